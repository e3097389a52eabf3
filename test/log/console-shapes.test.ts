import {describe, expect, test} from 'vitest';
import {
	parseVerboseLine,
	stripPercent,
} from '../../source/log/pytest/verbose-line.js';
import {header, parseText, rule} from './helpers.js';

const final = (text: string) => rule(text);

describe('console_output_style = times (pytest 8.4+): a duration where the percentage would be', () => {
	test.each([
		[
			'tests/t.py::test_a PASSED                                     646.3us',
			'tests/t.py::test_a PASSED',
		],
		[
			'tests/t.py::test_slow PASSED                                     1.110s',
			'tests/t.py::test_slow PASSED',
		],
		['tests/t.py::test_b ERROR           0.000us', 'tests/t.py::test_b ERROR'],
		[
			'tests/t.py::test_s SKIPPED (needs the [gpu] extra (see...) 461.5us',
			'tests/t.py::test_s SKIPPED (needs the [gpu] extra (see...)',
		],
		[
			'tests/t.py::test_c XFAIL (known)     2m 3s',
			'tests/t.py::test_c XFAIL (known)',
		],
		[
			'tests/t.py ..FsxE                                                1.163s',
			'tests/t.py ..FsxE',
		],
		[
			'EE..ExFFsF                                                              22.64ms',
			'EE..ExFFsF',
		],
		[
			'..F                                                                   1h 5m',
			'..F',
		],
	])('%s', (line, stripped) => {
		expect(stripPercent(line)).toBe(stripped);
	});

	test.each([
		// A bare final line, and output that merely ends in a duration, keep it.
		'3 failed, 2 passed in 8.72s',
		'downloaded in 1.250s',
		'tests/t.py::test_x[1.5s]',
	])('not a marker: %s', line => {
		expect(stripPercent(line)).toBe(line);
	});

	test('under xdist: the duration after the worker, -q letters padded for none', async () => {
		const verbose = await parseText(
			[
				header,
				'created: 2/2 workers',
				'2 workers [2 items]',
				'',
				'tests/t.py::test_one ',
				'tests/t.py::test_two ',
				'[gw1] 609.7us PASSED tests/t.py::test_one ',
				'[gw0] 1.250s FAILED tests/t.py::test_two ',
				'',
				rule('short test summary info'),
				'FAILED tests/t.py::test_two - assert False',
				final('1 failed, 1 passed in 2.20s'),
			].join('\n'),
		);
		expect(verbose.tests.map(test => `${test.id} ${test.outcome}`)).toEqual([
			'tests/t.py::test_one passed',
			'tests/t.py::test_two failed',
		]);
		expect(verbose.complete).toBe(true);
		const quiet = await parseText(
			[
				'bringing up nodes...',
				'',
				`.F${' '.repeat(60)}`,
				rule('short test summary info'),
				'FAILED tests/t.py::test_two - assert False',
				'1 failed, 1 passed in 2.20s',
			].join('\n'),
		);
		expect(quiet.complete).toBe(true);
	});

	test('the id and outcome of a -v line', () => {
		expect(
			parseVerboseLine(
				'tests/t.py::test_q[0.02] FAILED                             23.56ms',
			),
		).toMatchObject({id: 'tests/t.py::test_q[0.02]', word: 'FAILED'});
	});

	test('-v, -q and default logs count every test', async () => {
		const entries = [
			rule('FAILURES'),
			rule('test_two', '_'),
			'E       assert False',
			'',
			'tests/t.py:5: AssertionError',
			rule('short test summary info'),
			'FAILED tests/t.py::test_two - assert False',
		];
		const verbose = await parseText(
			[
				header,
				'collecting ... collected 3 items',
				'',
				'tests/t.py::test_one PASSED                                     646.3us',
				'tests/t.py::test_two FAILED                                     705.3us',
				'tests/t.py::test_slow PASSED                                     1.110s',
				'',
				...entries,
				final('1 failed, 2 passed in 1.20s'),
			].join('\n'),
		);
		expect(verbose.complete).toBe(true);
		expect(verbose.tests.map(test => `${test.id} ${test.outcome}`)).toEqual([
			'tests/t.py::test_one passed',
			'tests/t.py::test_two failed',
			'tests/t.py::test_slow passed',
		]);
		for (const progress of [
			[
				'.F.                                                                      1.120s',
			],
			[
				header,
				'collected 3 items',
				'',
				'tests/t.py .F.                                                        1.120s',
				'',
			],
		]) {
			const run = await parseText(
				[...progress, ...entries, '1 failed, 2 passed in 1.20s'].join('\n'),
			);
			expect(run.complete).toBe(true);
			expect(run.failures.map(failure => failure.id)).toEqual([
				'tests/t.py::test_two',
			]);
		}
	});
});

describe('sections after the last FAILURES entry', () => {
	const failures = [
		header,
		'collected 4 items',
		'',
		'tests/t.py F.xX                                                     [100%]',
		'',
		rule('FAILURES'),
		rule('test_fails', '_'),
		'',
		'    def test_fails():',
		'>       assert 1 == 2',
		'E       assert 1 == 2',
		'',
		'tests/t.py:6: AssertionError',
		rule('Captured stdout call', '-'),
		'fails output',
	];

	test.each([
		['XPASSES', 'test_xpass_prints', 'Captured stdout call', 'xpass output'],
		[
			'XFAILURES',
			'test_xfail_prints',
			'',
			'E       ValueError: known bug here',
		],
	])(
		'%s (pytest 8+): its entries are no failures',
		async (title, name, captured, body) => {
			const run = await parseText(
				[
					...failures,
					rule(title),
					rule(name, '_'),
					...(captured ? [rule(captured, '-')] : []),
					body,
					rule('short test summary info'),
					'FAILED tests/t.py::test_fails - assert 1 == 2',
					final('1 failed, 1 passed, 1 xfailed, 1 xpassed in 0.10s'),
				].join('\n'),
			);
			expect(run.complete).toBe(true);
			expect(run.failures.map(failure => failure.id)).toEqual([
				'tests/t.py::test_fails',
			]);
		},
	);

	test("a plugin's section as wide as pytest's rules ends the entry; a test's own banner inside its output does not", async () => {
		const run = await parseText(
			[
				...failures,
				rule('DEBUG'),
				'more output',
				rule('tests coverage'),
				rule('coverage: platform linux, python 3.11.7-final-0', '_'),
				'',
				'Name           Stmts   Miss  Cover',
				'TOTAL             17      3    82%',
				'FAIL Required test coverage of 95% not reached. Total coverage: 82.35%',
				rule('short test summary info'),
				'FAILED tests/t.py::test_fails - assert 1 == 2',
				final('1 failed, 1 passed, 1 xfailed, 1 xpassed in 0.10s'),
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.failures).toHaveLength(1);
		expect(run.failures[0]!.captured[0]!.text).toContain('more output');
		expect(run.failures[0]!.captured[0]!.text).not.toContain('Stmts');
	});

	test("an unknown plugin's section right after a traceback (no captured output) ends the entry", async () => {
		const run = await parseText(
			[
				...failures.slice(0, -2),
				rule('plugin report'),
				rule('report: platform linux', '_'),
				'TOTAL             17      3    82%',
				rule('short test summary info'),
				'FAILED tests/t.py::test_fails - assert 1 == 2',
				final('1 failed, 1 passed, 1 xfailed, 1 xpassed in 0.10s'),
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'tests/t.py::test_fails',
		]);
		expect(run.failures[0]!.traceback).not.toContain('TOTAL');
	});

	test('pytest-cov’s `ERROR: Coverage failure` between -q letters and their percentage is no usage error', async () => {
		const run = await parseText(
			[
				'.F.',
				'ERROR: Coverage failure: total of 82 is less than fail-under=95',
				'                                                                         [100%]',
				...failures.slice(5),
				rule('short test summary info'),
				'FAILED tests/t.py::test_fails - assert 1 == 2',
				'1 failed, 2 passed in 3.00s',
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.warnings).toEqual([]);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'tests/t.py::test_fails',
		]);
	});
});

describe('pytest 7.2: the session’s own collection error (a conftest.py below the rootdir fails to import)', () => {
	const errors = [
		rule('ERRORS'),
		rule('ERROR collecting test session', '_'),
		'sub/conftest.py:1: in <module>',
		'    import missing_plugin_module',
		"E   ModuleNotFoundError: No module named 'missing_plugin_module'",
		rule('short test summary info'),
		"ERROR  - ModuleNotFoundError: No module named 'missing_plugin_module'",
		'!!!!!!!!!!!!!!!!!!!! Interrupted: 1 error during collection !!!!!!!!!!!!!!!!!!!!',
	];

	test('the log: one error, with the empty node id', async () => {
		const run = await parseText(
			[
				header,
				'collecting ... collected 0 items / 1 error',
				'',
				...errors,
				final('1 error in 0.61s'),
			].join('\n'),
		);
		expect(
			run.failures.map(failure => [
				failure.id,
				failure.phase,
				failure.headline,
			]),
		).toEqual([
			[
				'',
				'collect',
				"ModuleNotFoundError: No module named 'missing_plugin_module'",
			],
		]);
		expect(run.counts.error).toBe(1);
		expect(run.complete).toBe(false);
	});

	test('the XML: its anonymous test case holds the error', async () => {
		const run = await parseText(
			'<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="1" failures="0" skipped="0" tests="1" time="0.6"><testcase classname="" name="" time="0.000"><error message="collection failure">E   ModuleNotFoundError: No module named \'x\'</error></testcase></testsuite></testsuites>',
			'run.xml',
		);
		expect(run.failures.map(failure => [failure.id, failure.phase])).toEqual([
			['', 'collect'],
		]);
	});

	test('the XML: an anonymous test case without a result is still no test (after a KeyboardInterrupt)', async () => {
		const run = await parseText(
			'<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="0" failures="0" skipped="0" tests="2" time="0.6"><testcase classname="t" name="test_a" time="0.001"/><testcase classname="" name="" time="0.000"/></testsuite></testsuites>',
			'run.xml',
		);
		expect(run.tests.map(test => test.id)).toEqual(['t.py::test_a']);
	});
});

describe('pytest dies as it ends its last progress line: the traceback glued to the marker', () => {
	const crash = [
		'Traceback (most recent call last):',
		'  File "<frozen runpy>", line 198, in _run_module_as_main',
		"OSError: [Errno 24] Too many open files: '/src/out/run.xml'",
	];

	test('-q: the letters count, the run is cut short', async () => {
		const run = await parseText(
			[`...EEE.${' '.repeat(66)}[100%]${crash[0]!}`, ...crash.slice(1)].join(
				'\n',
			),
		);
		expect(run.counts).toMatchObject({passed: 4, error: 3});
		expect(run.complete).toBe(false);
	});

	test('-v: the last test keeps its outcome', async () => {
		const run = await parseText(
			[
				header,
				'collecting ... collected 2 items',
				'',
				'tests/t.py::test_a PASSED                                          [ 50%]',
				`tests/t.py::test_b PASSED                                          [100%]${crash[0]!}`,
				...crash.slice(1),
			].join('\n'),
		);
		expect(run.tests.map(test => `${test.id} ${test.outcome}`)).toEqual([
			'tests/t.py::test_a passed',
			'tests/t.py::test_b passed',
		]);
		expect(run.complete).toBe(false);
	});
});

describe('-s: a test’s own output on the line of its id or its file', () => {
	test.each([
		[
			'tests/t.py::test_checking checking the cache... PASSED',
			'tests/t.py::test_checking',
			'PASSED',
		],
		['tests/t.py::test_p[2] value 2 FAILED', 'tests/t.py::test_p[2]', 'FAILED'],
		[
			'tests/t.py::test_p[a b] value 2 FAILED',
			'tests/t.py::test_p[a b]',
			'FAILED',
		],
		[
			'my tests/t.py::test_a PASSED                                  [ 50%]',
			'my tests/t.py::test_a',
			'PASSED',
		],
		[
			'tests/t.py::TestA::test_b <- tests/base.py PASSED',
			'tests/t.py::TestA::test_b',
			'PASSED',
		],
	])('%s', (line, id, word) => {
		expect(parseVerboseLine(line)).toMatchObject({id, word});
	});

	test('pytest-timeout’s dump right after the file’s name, letters glued before the next one', async () => {
		const dump = [
			'~~~~~~~~~~~~~~~~~~~~~~ Stack of poller (139663109494464) ~~~~~~~~~~~~~~~~~~~~~~~',
			'  File "/usr/lib/python3.11/threading.py", line 327, in wait',
			'    waiter.acquire()',
			`${'+'.repeat(35)} Timeout ${'+'.repeat(36)}`,
		];
		const run = await parseText(
			[
				header,
				'collected 3 items',
				'',
				`tests/test_t.py ${'+'.repeat(35)} Timeout ${'+'.repeat(36)}`,
				...dump,
				`F.${'+'.repeat(35)} Timeout ${'+'.repeat(36)}`,
				...dump,
				'F',
				'',
				rule('short test summary info'),
				'FAILED tests/test_t.py::test_a - Failed: Timeout >1.0s',
				'FAILED tests/test_t.py::test_c - Failed: Timeout >1.0s',
				final('2 failed, 1 passed in 2.20s'),
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.warnings).toEqual([]);
	});

	test('faulthandler_timeout’s dump glued to the letters before it (numexpr -q and patsy, pytest 7.2 and 9.1): they count; alone on its line it is no progress', async () => {
		const dump = [
			'Thread 0x00007f687e2cc040 (most recent call first):',
			'  File "/src/app/conftest.py", line 113 in pytest_runtest_call',
			'  File "/usr/lib/python3/dist-packages/_pytest/runner.py", line 260 in <lambda>',
			'',
		];
		const quiet = await parseText(
			[
				'.......Timeout (0:00:01)!',
				...dump,
				'.Timeout (0:00:01.500000)!',
				...dump,
				'..x.F                                                                    [100%]',
				rule('short test summary info'),
				'FAILED tests/test_t.py::test_a - ValueError: x',
				'1 failed, 11 passed, 1 xfailed in 3.20s',
			].join('\n'),
		);
		expect(quiet.counts).toMatchObject({passed: 11, failed: 1, xfailed: 1});
		expect(quiet.warnings).toEqual([]);
		const byFile = await parseText(
			[
				header,
				'collected 4 items',
				'',
				'tests/test_t.py Timeout (0:00:01)!',
				...dump,
				'.FTimeout (0:00:01)!',
				...dump,
				'..                                                [100%]',
				'',
				rule('short test summary info'),
				'FAILED tests/test_t.py::test_b - ValueError: x',
				final('1 failed, 3 passed in 3.20s'),
			].join('\n'),
		);
		expect(byFile.complete).toBe(true);
		expect(byFile.warnings).toEqual([]);
		// xdist: each worker's dump between the `-v` lines, alone on its line.
		const workers = await parseText(
			[
				header,
				'created: 2/2 workers',
				'2 workers [2 items]',
				'',
				'tests/test_t.py::test_a ',
				'tests/test_t.py::test_b Timeout (0:00:01)!',
				...dump,
				'Timeout (0:00:01)!',
				...dump,
				'[gw0] [ 50%] PASSED tests/test_t.py::test_a ',
				'[gw1] [100%] PASSED tests/test_t.py::test_b ',
				'',
				final('2 passed in 3.20s'),
			].join('\n'),
		);
		expect(workers.warnings).toEqual([]);
		expect(workers.tests).toHaveLength(2);
	});

	test('-v -s: a test’s output longer than any structure, no newline after it, its outcome at the end or later (simplejson and uncertainties, pytest 9.1 and 7.2)', async () => {
		const output = 'x'.repeat(70_000);
		const run = await parseText(
			[
				header,
				'collected 4 items',
				'',
				`tests/test_h.py::test_first ${output}PASSED`,
				'tests/test_h.py::test_ok PASSED',
				`tests/test_h.py::test_more ${output}`,
				'more output',
				'PASSED',
				'tests/test_h.py::test_later ',
				`${output}FAILED`,
				'',
				rule('FAILURES'),
				rule('test_later', '_'),
				'E   ValueError: x',
				'',
				'tests/test_h.py:9: ValueError',
				rule('short test summary info'),
				'FAILED tests/test_h.py::test_later - ValueError: x',
				final('1 failed, 3 passed in 0.20s'),
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.tests.map(test => [test.id, test.outcome])).toEqual([
			['tests/test_h.py::test_first', 'passed'],
			['tests/test_h.py::test_ok', 'passed'],
			['tests/test_h.py::test_more', 'passed'],
			['tests/test_h.py::test_later', 'failed'],
		]);
	});
});

test('on a terminal pytest redraws its collection count with CRs: no part of it is progress (patsy, pytest 9.1 under a pty)', async () => {
	const rest = [
		'',
		'tests/test_a.py::test_a PASSED                                           [ 50%]',
		'tests/test_a.py::test_b PASSED                                           [100%]',
		'',
		final('2 passed in 0.01s'),
	];
	for (const collecting of [
		'\u001B[1mcollecting ... \u001B[0m\u001B[1m\rcollecting 0 items          \u001B[0m\u001B[1m\rcollected 2 items          \u001B[0m\r',
		'collecting ... \rcollecting 1 item / 1 error   \rcollected 2 items  ',
	]) {
		const run = await parseText([header, collecting, ...rest].join('\r\n'));
		expect(run.warnings).toEqual([]);
		expect(run.header.collected).toBe(2);
		expect(run.tests).toHaveLength(2);
	}
});

test('an interrupt that reaches pytest as it closes the session: the traceback after the final line ends in KeyboardInterrupt', async () => {
	const run = await parseText(
		[
			header,
			'created: 2/2 workers',
			'',
			rule('no tests ran in 12.03s'),
			'Traceback (most recent call last):',
			'  File "/usr/lib/python3/dist-packages/_pytest/main.py", line 318, in wrap_session',
			'    session.exitstatus = doit(config, session) or 0',
			'KeyboardInterrupt',
		].join('\n'),
	);
	expect(run.complete).toBe(false);
	expect(run.warnings.map(warning => warning.message)).toContain(
		'run was interrupted: KeyboardInterrupt',
	);
});

describe('a usage error names what pytest refused, whatever argparse calls the program', () => {
	// pytest 9.1 names itself `python -m pytest` when run so; 9.0 and 7.2 `__main__.py`; the script `pytest`.
	test.each([
		'python -m pytest',
		'python3.11 -m pytest',
		'__main__.py',
		'pytest',
	])('%s: error: unrecognized arguments', async program => {
		const run = await parseText(
			[
				`ERROR: usage: ${program} [options] [file_or_dir] [file_or_dir] [...]`,
				`${program}: error: unrecognized arguments: --badflag`,
				'  inifile: None',
				'  rootdir: /src/svc',
				'',
			].join('\n'),
		);
		expect(run.complete).toBe(false);
		expect(run.warnings.map(warning => warning.message)).toEqual([
			'pytest usage error: unrecognized arguments: --badflag',
		]);
	});
});
