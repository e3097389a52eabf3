import {describe, expect, test} from 'vitest';
import {header9, parseText, rule} from './helpers.js';

// Shapes the eighth hunt's real runs showed (fixtures/real-suites/README.md, record-hunt8.sh), as small logs.

describe('the eighth hunt', () => {
	test('-v -s: what a teardown printed with no newline follows the outcome word; the test passed, then errored', async () => {
		const run = await parseText(
			[
				header9(),
				'tests/test_a.py::test_one PASSED',
				'tests/test_a.py::test_two PASSEDteardown: removing the scratch database',
				'',
				'tests/test_a.py::test_two ERROR',
				'tests/test_a.py::test_three status: FAILEDPASSED',
				'',
				rule('ERRORS'),
				rule('ERROR at teardown of test_two', '_'),
				'',
				'    def test_two():',
				'>       raise FileNotFoundError("gone")',
				'E       FileNotFoundError: gone',
				'',
				'tests/test_a.py:9: FileNotFoundError',
				rule('short test summary info'),
				'ERROR tests/test_a.py::test_two - FileNotFoundError: gone',
				rule('3 passed, 1 error in 0.10s'),
			].join('\n'),
		);
		expect(run.counts).toMatchObject({passed: 3, error: 1});
		expect(run.complete).toBe(true);
		expect(
			run.failures.map(failure => [
				failure.id,
				failure.phase,
				failure.headline,
			]),
		).toEqual([
			['tests/test_a.py::test_two', 'teardown', 'FileNotFoundError: gone'],
		]);
	});

	test("--dist loadgroup: node ids end with @group, FAILURES headers do not; the entry is the test's", async () => {
		const run = await parseText(
			[
				header9('created: 2/2 workers'),
				'2 workers [3 items]',
				'',
				'scheduling tests via LoadGroupScheduling',
				'',
				'tests/test_a.py::TestA::test_one@serial ',
				'[gw0] [ 33%] PASSED tests/test_a.py::TestA::test_one@serial ',
				'tests/test_a.py::test_p[x-1]@serial ',
				'[gw0] [ 66%] FAILED tests/test_a.py::test_p[x-1]@serial ',
				'tests/test_a.py::test_plain ',
				'[gw1] [100%] PASSED tests/test_a.py::test_plain ',
				'',
				rule('FAILURES'),
				rule('test_p[x-1]', '_'),
				'[gw0] linux -- Python 3.11.7 /opt/python3.11/bin/python',
				'',
				'    def test_p(value):',
				'>       assert value == 2',
				'E       assert 1 == 2',
				'',
				'tests/test_a.py:12: AssertionError',
				rule('short test summary info'),
				'FAILED tests/test_a.py::test_p[x-1]@serial - assert 1 == 2',
				rule('1 failed, 2 passed in 1.10s'),
			].join('\n'),
		);
		expect(run.warnings).toEqual([]);
		expect(run.complete).toBe(true);
		expect(run.failures.map(failure => [failure.id, failure.headline])).toEqual(
			[
				[
					'tests/test_a.py::test_p[x-1]@serial',
					'AssertionError: assert 1 == 2',
				],
			],
		);
	});

	const lookalike = [
		'____________________ test_fake_entry ____________________',
		'tests/fake.py::test_fake PASSED                                  [ 50%]',
		'FAILED tests/fake.py::test_fake - AssertionError: printed by the test',
		'==================== 3 failed, 1 passed in 0.12s ====================',
		'=============== short test summary info ===============',
	];

	test("-rA: captured output that reads like a pytest run, with rules narrower than the terminal, is the test's", async () => {
		const run = await parseText(
			[
				header9(),
				'tests/test_a.py F..F                                                     [100%]',
				'',
				rule('FAILURES'),
				rule('test_one', '_'),
				'',
				'    def test_one():',
				'>       raise ConnectionError("induced: service unavailable")',
				'E       ConnectionError: induced: service unavailable',
				'',
				'tests/test_a.py:3: ConnectionError',
				rule('Captured stdout call', '-'),
				...lookalike,
				rule('test_four', '_'),
				'',
				'    def test_four():',
				'>       raise OSError(5, "induced: Input/output error")',
				'E       OSError: [Errno 5] induced: Input/output error',
				'',
				'tests/test_a.py:9: OSError',
				rule('PASSES'),
				rule('test_two', '_'),
				rule('Captured stdout call', '-'),
				...lookalike,
				rule('short test summary info'),
				'PASSED tests/test_a.py::test_two',
				'PASSED tests/test_a.py::test_three',
				'FAILED tests/test_a.py::test_one - Conne...',
				'FAILED tests/test_a.py::test_four - OS...',
				rule('2 failed, 2 passed in 0.10s'),
			].join('\n'),
		);
		expect(run.counts).toMatchObject({failed: 2, passed: 2});
		expect(run.complete).toBe(true);
		expect(run.warnings).toEqual([]);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'ConnectionError: induced: service unavailable',
			'OSError: [Errno 5] induced: Input/output error',
		]);
		expect(
			run.tests.map(test => `${test.id} ${test.outcome}`).toSorted(),
		).toEqual([
			'tests/test_a.py::test_four failed',
			'tests/test_a.py::test_one failed',
			'tests/test_a.py::test_three passed',
			'tests/test_a.py::test_two passed',
		]);
	});

	const scopeMismatch = (summary: string) =>
		[
			header9('collected 2 items'),
			'tests/test_a.py::test_ok PASSED                                          [ 50%]',
			'tests/test_a.py::test_wide ERROR                                         [100%]',
			'',
			rule('ERRORS'),
			rule('ERROR at setup of test_wide', '_'),
			'ScopeMismatch: You tried to access the function scoped fixture tmp_path with a module scoped request object. Requesting fixture stack:',
			'tests/conftest.py:8:  def database(request)',
			'Requested fixture:',
			'/opt/python3.11/lib/python3.11/site-packages/_pytest/tmpdir.py:255:  def tmp_path(request: FixtureRequest, tmp_path_factory: TempPathFactory) -> Generator[Path]',
			rule('short test summary info'),
			summary,
			rule('1 passed, 1 error in 0.10s'),
		].join('\n');

	test.each([
		['no message (the id fills the line)', 'ERROR tests/test_a.py::test_wide'],
		[
			'a message cut inside `Failed: `',
			'ERROR tests/test_a.py::test_wide - Failed...',
		],
	])(
		'pytest 9: a report of pytest.fail(pytrace=False) (ScopeMismatch) with %s is `Failed: …`, as the XML says',
		async (_, summary) => {
			const run = await parseText(scopeMismatch(summary));
			expect(run.failures.map(failure => failure.headline)).toEqual([
				'Failed: ScopeMismatch: You tried to access the function scoped fixture tmp_path with a module scoped request object. Requesting fixture stack:',
			]);
		},
	);

	test("-q (no header): pytest 8's ScopeMismatch text says which pytest it is", async () => {
		const log = scopeMismatch('ERROR tests/test_a.py::test_wide')
			.split('\n')
			.filter(
				line =>
					!/test session starts|^platform |^rootdir: |^collected /.test(line),
			)
			.join('\n');
		const run = await parseText(log);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'Failed: ScopeMismatch: You tried to access the function scoped fixture tmp_path with a module scoped request object. Requesting fixture stack:',
		]);
		const old = await parseText(
			log.replace(
				'request object. Requesting fixture stack:',
				'request object, involved factories:',
			),
		);
		expect(old.failures.map(failure => failure.headline)).toEqual([
			'ScopeMismatch: You tried to access the function scoped fixture tmp_path with a module scoped request object, involved factories:',
		]);
	});

	test('pytest 7.2: the same report says no `Failed: ` (nor does its XML)', async () => {
		const run = await parseText(
			scopeMismatch('ERROR tests/test_a.py::test_wide').replace(
				'pytest-9.1.1, pluggy-1.6.0',
				'pytest-7.2.1, pluggy-1.0.0',
			),
		);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'ScopeMismatch: You tried to access the function scoped fixture tmp_path with a module scoped request object. Requesting fixture stack:',
		]);
	});

	test('pytest 9: a strict xfail that passed is plain text, not pytest.fail(): kept as it is', async () => {
		const run = await parseText(
			scopeMismatch('FAILED tests/test_a.py::test_wide')
				.replace('test_wide ERROR ', 'test_wide FAILED')
				.replace(rule('ERRORS'), rule('FAILURES'))
				.replace(
					rule('ERROR at setup of test_wide', '_'),
					rule('test_wide', '_'),
				)
				.replace(
					/ScopeMismatch[^]*FixtureRequest[^\n]*/,
					'[XPASS(strict)] fixed upstream',
				)
				.replace('1 passed, 1 error', '1 failed, 1 passed'),
		);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'[XPASS(strict)] fixed upstream',
		]);
	});

	const childAbort = [
		'Fatal Python error: Aborted',
		'',
		'Current thread 0x00007ff7ad083040 (most recent call first):',
		'  File "/usr/lib/python3.11/multiprocessing/process.py", line 108 in run',
		'  File "/usr/lib/python3.11/multiprocessing/popen_fork.py", line 71 in _launch',
		'',
		'Extension modules: greenlet._greenlet, greenlet.tests._test_extension_cpp (total: 2)',
	];

	test("-v: a child process the test forked aborts (faulthandler's stacks on the id's line); pytest goes on, the run is whole", async () => {
		const run = await parseText(
			[
				header9(),
				'tests/test_cpp.py::CPPTests::test_exception_switch PASSED       [ 33%]',
				`tests/test_cpp.py::CPPTests::test_unhandled_exception_aborts ${childAbort[0]!}`,
				...childAbort.slice(1),
				'PASSED [ 66%]',
				'tests/test_cpp.py::CPPTests::test_last PASSED                   [100%]',
				'',
				rule('3 passed in 2.10s'),
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.warnings).toEqual([]);
		expect(run.tests.map(test => `${test.id} ${test.outcome}`)).toEqual([
			'tests/test_cpp.py::CPPTests::test_exception_switch passed',
			'tests/test_cpp.py::CPPTests::test_unhandled_exception_aborts passed',
			'tests/test_cpp.py::CPPTests::test_last passed',
		]);
	});

	test('-q: the same between progress letters; the letters after it count', async () => {
		const run = await parseText(
			[
				`tests/test_cpp.py .${childAbort[0]!}`,
				...childAbort.slice(1),
				'..                                                    [100%]',
				'3 passed in 2.10s',
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.counts).toMatchObject({passed: 3});
	});

	test("a narrow terminal: the captured run's rules are wider than pytest's, and still the test's", async () => {
		const narrow = (title: string, char = '=') => {
			const fill = Math.max(40 - title.length - 2, 2);
			const left = Math.floor(fill / 2);
			return title.length + 4 > 40
				? `${char} ${title} ${char}`
				: `${char.repeat(left)} ${title} ${char.repeat(fill - left)}`;
		};

		const run = await parseText(
			[
				narrow('test session starts'),
				'platform linux -- Python 3.11.7, pytest-9.1.1, pluggy-1.6.0',
				'rootdir: /src/app',
				'collected 2 items',
				'',
				'tests/test_a.py FF                [100%]',
				'',
				narrow('FAILURES'),
				narrow('test_one', '_'),
				'',
				'>       raise ConnectionError("induced")',
				'E       ConnectionError: induced',
				'',
				'tests/test_a.py:3: ConnectionError',
				narrow('Captured stdout call', '-'),
				...lookalike,
				narrow('test_two', '_'),
				'',
				'>       raise OSError(5, "induced")',
				'E       OSError: [Errno 5] induced',
				'',
				'tests/test_a.py:9: OSError',
				narrow('short test summary info'),
				'FAILED tests/test_a.py::test_one',
				'FAILED tests/test_a.py::test_two',
				narrow('2 failed in 0.10s and a title too long to fit'),
			].join('\n'),
		);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'ConnectionError: induced',
			'OSError: [Errno 5] induced',
		]);
	});
});
