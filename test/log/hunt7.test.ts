import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {parseText, rule} from './helpers.js';

// What the seventh hunt's real runs showed (fixtures/real-suites/README.md, record-hunt7.sh), as small logs and its runs.
const root = path.resolve('fixtures/real-suites');

describe('what the seventh hunt showed', () => {
	const pluginFailure = async (progress: string[]) =>
		parseText(
			[
				rule('test session starts'),
				'platform linux -- Python 3.11.7, pytest-9.0.3, pluggy-1.6.0',
				'rootdir: /src/app',
				'collected 6 items',
				'',
				...progress,
				'',
				rule('FAILURES'),
				rule('TestBest.test_none', '_'),
				'',
				'item = <TestCaseFunction test_none>',
				'',
				'    def pytest_runtest_call(item):',
				'>       raise ValueError("induced")',
				'E       ValueError: induced',
				'',
				'/src/plugins/faults.py:12: ValueError',
				rule('short test summary info'),
				'SKIPPED [1] tests/test_b.py: not here',
				rule('1 failed, 4 passed, 1 skipped in 0.05s'),
			].join('\n'),
		);

	test("-rs without f, a failure raised in a plugin's hook: the file whose letters hold the F is the test's", async () => {
		const run = await pluginFailure([
			'tests/test_a.py ..F                                                      [ 50%]',
			'tests/test_b.py .s.                                                      [100%]',
		]);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'tests/test_a.py::TestBest::test_none',
		]);
	});

	test('the F on a line of letters that goes on from the line naming the file', async () => {
		const run = await pluginFailure([
			'tests/test_b.py .s.                                                      [ 50%]',
			'tests/test_a.py ..',
			'F                                                                        [100%]',
		]);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'tests/test_a.py::TestBest::test_none',
		]);
	});

	test('several files with an F: the entries follow the F letters in order', async () => {
		const entry = (name: string) => [
			rule(name, '_'),
			'',
			'    def pytest_runtest_call(item):',
			'>       raise ValueError("induced")',
			'E       ValueError: induced',
			'',
			'/src/plugins/faults.py:12: ValueError',
		];
		const run = await parseText(
			[
				rule('test session starts'),
				'platform linux -- Python 3.11.7, pytest-9.0.3, pluggy-1.6.0',
				'rootdir: /src/app',
				'collected 6 items',
				'',
				'tests/test_a.py .F.                                                      [ 50%]',
				'tests/test_b.py F..                                                      [100%]',
				'',
				rule('FAILURES'),
				...entry('test_one'),
				...entry('TestTwo.test_two'),
				rule('2 failed, 4 passed in 0.05s'),
			].join('\n'),
		);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'tests/test_a.py::test_one',
			'tests/test_b.py::TestTwo::test_two',
		]);
	});

	test("pytest 9's --tb=line with subtests and doctests: entries follow the FAILED and SUBFAILED lines, a doctest's report gives its headline", async () => {
		const run = await readLog(
			path.join(root, 'suite-p9-tbline-doctest', 'run.log'),
		);
		expect(
			run.failures.map(failure => [
				failure.id.split('::').slice(1).join('::'),
				failure.headline,
			]),
		).toEqual([
			['shop', 'DocTestFailure: expected 4, got 3'],
			['shop.total', "TypeError: 'NoneType' object is not iterable"],
			['TestRows::test_error_in_subtest', "KeyError: 'missing'"],
			[
				'TestRows::test_rows',
				'AssertionError: 3 not less than 3 : row 3 is over the limit',
			],
			[
				'TestRows::test_rows',
				'AssertionError: 4 not less than 3 : row 4 is over the limit',
			],
			// The subtest's failure first, as the XML lists it (hunt 66).
			['test_fixture_subtests', 'AssertionError: beta rejected'],
			['test_fixture_subtests', 'contains 1 failed subtest'],
		]);
		expect(run.warnings).toEqual([]);
	});

	test("-q -s: the first test prints right after its letter on the log's first line; those letters count", async () => {
		const run = await parseText(
			[
				'.hello from the first test',
				'F.more output',
				'..                                                                       [100%]',
				rule('FAILURES'),
				rule('test_b', '_'),
				'',
				'    def test_b():',
				'>       assert 1 == 2',
				'E       assert 1 == 2',
				'',
				'tests/test_a.py:5: AssertionError',
				rule('short test summary info'),
				'FAILED tests/test_a.py::test_b - assert 1 == 2',
				'1 failed, 4 passed in 0.05s',
			].join('\n'),
		);
		expect(run.counts).toMatchObject({failed: 1, passed: 4});
		expect(run.warnings).toEqual([]);
		expect(run.complete).toBe(true);
	});

	test('pytest failing before its final line (a plugin raising in the terminal summary, a fixture teardown after -x): the warning names the exception', async () => {
		for (const [name, exception] of [
			[
				'referencing-p90-v-termsummary',
				'ValueError: induced: the summary plugin failed',
			],
			[
				'scipy-p7-v-setupshow-x',
				'ConnectionResetError: induced: module teardown could not close the shared connection',
			],
		]) {
			const run = await readLog(path.join(root, name!, 'run.log'));
			expect(run.complete).toBe(false);
			expect(run.warnings.map(warning => warning.message)).toContain(
				`pytest failed before its final summary line: ${exception}`,
			);
		}
	});

	const crashLog = async (tail: string[]) =>
		parseText(
			[
				rule('test session starts'),
				'platform linux -- Python 3.11.7, pytest-9.0.3, pluggy-1.6.0',
				'rootdir: /src/app',
				'collected 3 items',
				'',
				'tests/test_a.py::test_one PASSED                                         [ 33%]',
				...tail,
			].join('\n'),
		);
	const traceback = [
		'Traceback (most recent call last):',
		'  File "/src/app/conftest.py", line 3, in pytest_unconfigure',
		'    raise OSError("gone")',
		'OSError: gone',
	];

	test("a log cut after a test's own printed traceback, or after more progress, is not pytest failing", async () => {
		for (const tail of [
			[
				...traceback,
				'tests/test_a.py::test_two PASSED                                         [ 66%]',
			],
			traceback.slice(0, -1),
		]) {
			const run = await crashLog(tail);
			expect(run.warnings.map(warning => warning.message)).toContain(
				"log ends before pytest's final summary line: the run was killed or the log is truncated",
			);
		}
	});

	test("Python's `Exception ignored in atexit callback` after pytest's own traceback leaves it the cause", async () => {
		const run = await crashLog([
			...traceback,
			'Exception ignored in atexit callback: <function flush at 0x7f>',
			'Traceback (most recent call last):',
			'  File "/src/app/conftest.py", line 9, in flush',
			'RuntimeError: flush failed',
		]);
		expect(run.warnings.map(warning => warning.message)).toContain(
			'pytest failed before its final summary line: OSError: gone',
		);
	});

	test('a fixture that cannot be found: the XML\'s `failed on setup with "file …, line 14"` gives way to its E line, as in the log; pytest 9\'s ScopeMismatch is `Failed: …` as its summary says', async () => {
		for (const name of ['edge-p7-v-rA', 'edge-p9-q', 'edge-p90-tbline-rfEs']) {
			const directory = path.join(root, name);
			for (const run of [
				await readLog(path.join(directory, 'run.log')),
				await readLog(path.join(directory, 'run.xml')),
			]) {
				const headlines = new Map(
					run.failures.map(failure => [
						failure.id.split('::').at(-1),
						failure.headline,
					]),
				);
				expect(headlines.get('test_missing_fixture')).toBe(
					"fixture 'no_such_fixture' not found",
				);
				if (name !== 'edge-p7-v-rA') {
					expect(headlines.get('test_scope_mismatch')).toMatch(
						/^Failed: ScopeMismatch: You tried to access the function scoped fixture func_thing/,
					);
				}
			}
		}
	});

	test("pytest 7.2's --tb=line: a doctest's report cut at 50 characters is an entry of its own, read for its headline", async () => {
		const run = await readLog(
			path.join(root, 'p7plug-p7-tbline-doctest', 'run.log'),
		);
		expect(
			run.failures
				.filter(failure => failure.phase === 'call')
				.map(failure => [failure.id, failure.headline]),
		).toEqual([
			['p7plug/mod.py::mod.f', 'DocTestFailure: expected 2, got 1'],
			[
				'p7plug/test_files.py::test_async_fails',
				'AssertionError: assert 1 == 2',
			],
		]);
		const sympy = await readLog(
			path.join(root, 'sympy-p7-v-doctest-tbline', 'run.log'),
		);
		expect(sympy.failures.map(failure => failure.headline)).toEqual(
			Array.from({length: 5}, () => 'DocTestFailure'),
		);
		expect(sympy.warnings).toEqual([]);
	});

	test("an asyncio TaskGroup's ExceptionGroup, printed by Python itself: the XML's headline is its first leaf too, as the log's", async () => {
		for (const name of ['aio-p9-v-rA', 'aio-p9-tbline-auto', 'aio-p7-v']) {
			const directory = path.join(root, name);
			for (const file of ['run.log', 'run.xml']) {
				const run = await readLog(path.join(directory, file));
				expect(
					run.failures.find(failure => failure.id.endsWith('::test_gather'))
						?.headline,
				).toBe('ValueError: task 1 failed');
			}
		}
	});

	test("ANSI colours in an exception's message: the XML's #x1B is the ESC the log carries, and both headlines lose the colour", async () => {
		for (const name of ['numpy-p7-s-rA-ansi', 'referencing-p90-rA-ansi']) {
			const directory = path.join(root, name);
			const xml = await readLog(path.join(directory, 'run.xml'));
			const run = await readLog(path.join(directory, 'run.log'));
			const headlines = xml.failures.map(failure => failure.headline);
			expect(headlines).toContain('AssertionError: induced: red message');
			expect(run.failures.map(failure => failure.headline)).toEqual(headlines);
			// The report's text too: no `#x1B[31m` left where the log had a colour.
			for (const failure of xml.failures) {
				expect(failure.traceback).not.toContain('#x1B');
			}
		}
	});
});
