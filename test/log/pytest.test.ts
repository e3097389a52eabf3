import {describe, expect, test} from 'vitest';
import {parseFinalLine} from '../../source/log/summary.js';
import {
	parseVerboseLine,
	splitIdAndMessage,
} from '../../source/log/pytest/index.js';
import {header, parseText, rule} from './helpers.js';

const shortFailure = (
	name: string,
	message: string,
	file = 'tests/test_a.py',
) =>
	[
		rule(name, '_'),
		`${file}:12: in ${name.split('.').pop()!.replace(/\[.*$/, '')}`,
		'    assert False',
		`E   ${message}`,
	].join('\n');

describe('final line', () => {
	test.each([
		[
			'= 1 failed, 1299 passed, 210 skipped, 1 warning, 2 errors in 200.71s (0:03:20) =',
			{failed: 1, passed: 1299, skipped: 210, error: 2},
		],
		[
			'1 failed, 5146 passed, 13 skipped, 5 xfailed, 5 warnings, 3 errors in 211.29s (0:03:31)',
			{failed: 1, passed: 5146, skipped: 13, xfailed: 5, error: 3},
		],
		[
			'=============================== 1 error in 1.37s ===============================',
			{error: 1},
		],
		[
			'==== 2 passed, 1 xpassed, 3 rerun in 0.5s ====',
			{passed: 2, xpassed: 1, rerun: 3},
		],
		[
			'============================ no tests ran in 0.01s =============================',
			{},
		],
	])('%s', (line, expected) => {
		expect(parseFinalLine(line)).toMatchObject(expected);
	});

	test('not a final line', () => {
		expect(parseFinalLine('tests passed in my head')).toBeUndefined();
	});
});

describe('line shapes', () => {
	test.each([
		[
			'tests/a.py::test_x PASSED                                   [ 12%]',
			'tests/a.py::test_x',
			'PASSED',
		],
		[
			'tests/a.py::test_x[a PASSED b] FAILED',
			'tests/a.py::test_x[a PASSED b]',
			'FAILED',
		],
		[
			'tests/test_commands.py::TestRedisCommands::test_bitop_one SKIPPED (R...)',
			'tests/test_commands.py::TestRedisCommands::test_bitop_one',
			'SKIPPED',
		],
		[
			'tests/test_io.py::TestSaveTxt::test_large_zip XFAIL (MemoryError raised) [ 25%]',
			'tests/test_io.py::TestSaveTxt::test_large_zip',
			'XFAIL',
		],
		[
			'tests/a.py::test_trim[.-  ..stays] PASSED',
			'tests/a.py::test_trim[.-  ..stays]',
			'PASSED',
		],
	])('%s', (line, id, word) => {
		expect(parseVerboseLine(line)).toMatchObject({id, word});
	});

	test('summary message split outside brackets', () => {
		expect(
			splitIdAndMessage('tests/a.py::t[x - y] - ValueError: z - w'),
		).toEqual({id: 'tests/a.py::t[x - y]', message: 'ValueError: z - w'});
		expect(
			splitIdAndMessage(
				'tests/test_async_filters.py::test_custom_async_iteratable_filter[trio-<lambda>0]',
			),
		).toEqual({
			id: 'tests/test_async_filters.py::test_custom_async_iteratable_filter[trio-<lambda>0]',
		});
	});
});

describe('pytest console parser', () => {
	test('-v with a class failure, a setup error, a teardown error after a pass, skip, xfail', async () => {
		const log = [
			header,
			'collecting ... collected 6 items',
			'',
			'tests/test_a.py::TestAuth::test_jwt[rs256] FAILED                         [ 16%]',
			'tests/test_a.py::test_db ERROR                                            [ 33%]',
			'tests/test_a.py::test_teardown PASSED                                     [ 50%]',
			'tests/test_a.py::test_teardown ERROR                                      [ 50%]',
			'tests/test_a.py::test_skip SKIPPED (no network)                           [ 66%]',
			'tests/test_a.py::test_xfail XFAIL (known)                                 [ 83%]',
			'tests/test_a.py::test_ok PASSED                                           [100%]',
			'',
			rule('ERRORS'),
			rule('ERROR at setup of test_db', '_'),
			'tests/conftest.py:5: in db',
			'    connect()',
			'E   ConnectionRefusedError: [Errno 111] Connection refused',
			rule('ERROR at teardown of test_teardown', '_'),
			'tests/conftest.py:9: in cleanup',
			'    rmtree()',
			"E   PermissionError: [Errno 13] Permission denied: '/tmp/x'",
			rule('FAILURES'),
			shortFailure(
				'TestAuth.test_jwt[rs256]',
				'AssertionError: Should experience some auth contention under load',
			),
			rule('Captured stdout call', '-'),
			'token=abc',
			rule('short test summary info'),
			'FAILED tests/test_a.py::TestAuth::test_jwt[rs256] - AssertionError: Should...',
			'ERROR tests/test_a.py::test_db - ConnectionRefusedError: [Errno 111] Connec...',
			'ERROR tests/test_a.py::test_teardown - PermissionError: [Errno 13] Permiss...',
			rule('1 failed, 2 passed, 1 skipped, 1 xfailed, 2 errors in 0.12s'),
		].join('\n');
		const run = await parseText(log);
		expect(run.complete).toBe(true);
		expect(run.warnings).toEqual([]);
		expect(run.header).toMatchObject({
			pytest: '7.2.1',
			python: '3.11.2',
			rootdir: '/src/app',
			collected: 6,
		});
		expect(run.tests.map(test => [test.id, test.outcome, test.phase])).toEqual([
			['tests/test_a.py::TestAuth::test_jwt[rs256]', 'failed', 'call'],
			['tests/test_a.py::test_db', 'error', 'setup'],
			['tests/test_a.py::test_teardown', 'passed', 'call'],
			['tests/test_a.py::test_teardown', 'error', 'teardown'],
			['tests/test_a.py::test_skip', 'skipped', 'call'],
			['tests/test_a.py::test_xfail', 'xfailed', 'call'],
			['tests/test_a.py::test_ok', 'passed', 'call'],
		]);
		expect(
			run.failures.map(failure => [
				failure.id,
				failure.phase,
				failure.headline,
			]),
		).toEqual([
			[
				'tests/test_a.py::TestAuth::test_jwt[rs256]',
				'call',
				'AssertionError: Should experience some auth contention under load',
			],
			[
				'tests/test_a.py::test_db',
				'setup',
				'ConnectionRefusedError: [Errno 111] Connection refused',
			],
			[
				'tests/test_a.py::test_teardown',
				'teardown',
				"PermissionError: [Errno 13] Permission denied: '/tmp/x'",
			],
		]);
		expect(run.failures[0]!.captured).toEqual([
			{name: 'Captured stdout call', text: 'token=abc'},
		]);
		expect(run.failures[0]!.location).toEqual({
			path: 'tests/test_a.py',
			line: 12,
		});
	});

	test("a whole pytest session printed inside a test's captured output is not the outer run", async () => {
		const log = [
			header,
			'collecting ... collected 2 items',
			'',
			'tests/test_plugin.py::test_inner_run FAILED                               [ 50%]',
			'tests/test_plugin.py::test_ok PASSED                                      [100%]',
			'',
			rule('FAILURES'),
			shortFailure(
				'test_inner_run',
				'AssertionError: inner run failed',
				'tests/test_plugin.py',
			),
			rule('Captured stdout call', '-'),
			rule('test session starts'),
			'platform linux -- Python 3.11.2, pytest-7.2.1, pluggy-1.0.0',
			'rootdir: /tmp/pytest-of-u/pytest-0/test_inner_run0',
			'collected 3 items',
			'',
			'test_inner_run.py .F.                                                    [100%]',
			'',
			rule('FAILURES'),
			rule('test_b', '_'),
			'E   assert 0',
			rule('short test summary info'),
			'FAILED test_inner_run.py::test_b - assert 0',
			rule('1 failed, 2 passed in 0.01s'),
			rule('short test summary info'),
			'FAILED tests/test_plugin.py::test_inner_run - AssertionError: inner run failed',
			rule('1 failed, 1 passed in 0.50s'),
		].join('\n');
		const run = await parseText(log);
		expect(run.counts).toMatchObject({failed: 1, passed: 1});
		expect(run.complete).toBe(true);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'tests/test_plugin.py::test_inner_run',
		]);
		expect(run.failures[0]!.headline).toBe('AssertionError: inner run failed');
		expect(run.failures[0]!.captured[0]!.text).toContain(
			'FAILED test_inner_run.py::test_b - assert 0',
		);
	});

	test("-s: outcome after the test's own output, no [ NN%]", async () => {
		const log = [
			header,
			'collected 3 items',
			'',
			'tests/test_s.py::test_prints hello from the test',
			'more output',
			'PASSED',
			'tests/test_s.py::test_quiet FAILED',
			'tests/test_s.py::test_inline printing...PASSED',
			rule('FAILURES'),
			shortFailure('test_quiet', 'assert 1 == 2', 'tests/test_s.py'),
			rule('short test summary info'),
			'FAILED tests/test_s.py::test_quiet - assert 1 == 2',
			rule('1 failed, 2 passed in 0.03s'),
		].join('\n');
		const run = await parseText(log);
		expect(run.complete).toBe(true);
		expect(run.tests.map(test => `${test.id} ${test.outcome}`)).toContain(
			'tests/test_s.py::test_prints passed',
		);
		expect(run.failures[0]!.headline).toBe('AssertionError: assert 1 == 2');
		expect(run.failures[0]!.exceptionType).toBe('AssertionError');
	});

	test('--color=yes: ANSI codes inside ids and outcomes, CRLF line ends', async () => {
		const esc = '\u001B';
		const log = [
			header,
			'collected 2 items',
			'',
			`tests/test_c.py::test_red[${esc}[1mx${esc}[0m] ${esc}[31mFAILED${esc}[0m${esc}[31m                    [ 50%]${esc}[0m`,
			`tests/test_c.py::test_green ${esc}[32mPASSED${esc}[0m${esc}[32m                        [100%]${esc}[0m`,
			`${esc}[31m${rule('FAILURES')}${esc}[0m`,
			`${esc}[31m${esc}[1m${rule('test_red[x]', '_')}${esc}[0m`,
			`${esc}[1m${esc}[31mE   ValueError: bad${esc}[0m`,
			rule('short test summary info'),
			`${esc}[31mFAILED${esc}[0m tests/test_c.py::test_red[x] - ValueError: bad`,
			`${esc}[31m${rule(`${esc}[31m${esc}[1m1 failed${esc}[0m, ${esc}[32m1 passed${esc}[0m${esc}[31m in 0.01s`)}${esc}[0m`,
		].join('\r\n');
		const run = await parseText(log);
		expect(run.complete).toBe(true);
		expect(run.failures.map(failure => [failure.id, failure.headline])).toEqual(
			[['tests/test_c.py::test_red[x]', 'ValueError: bad']],
		);
	});

	test('xdist: out-of-order completion, worker prefixes', async () => {
		const log = [
			header,
			'created: 2/2 workers',
			'2 workers [3 items]',
			'',
			'[gw1] [ 33%] PASSED tests/test_x.py::test_b ',
			'[gw0] [ 66%] FAILED tests/test_x.py::test_a[1 2] ',
			'[gw1] [100%] PASSED tests/test_x.py::test_c ',
			rule('FAILURES'),
			rule('test_a[1 2]', '_'),
			'[gw0] linux -- Python 3.11.2 /usr/bin/python3',
			'tests/test_x.py:3: in test_a',
			'    assert x',
			'E   TimeoutError: timed out after 5s',
			rule('short test summary info'),
			'FAILED tests/test_x.py::test_a[1 2] - TimeoutError: timed out after 5s',
			rule('1 failed, 2 passed in 1.01s'),
		].join('\n');
		const run = await parseText(log);
		expect(run.complete).toBe(true);
		expect(run.tests.map(test => test.id)).toEqual([
			'tests/test_x.py::test_b',
			'tests/test_x.py::test_a[1 2]',
			'tests/test_x.py::test_c',
		]);
		expect(run.failures[0]!.headline).toBe('TimeoutError: timed out after 5s');
	});

	test('pytest-rerunfailures: RERUN lines and the rerun count', async () => {
		const log = [
			header,
			'collected 2 items',
			'',
			'tests/test_r.py::test_flaky RERUN                                        [ 50%]',
			'tests/test_r.py::test_flaky PASSED                                       [ 50%]',
			'tests/test_r.py::test_ok PASSED                                          [100%]',
			rule('2 passed, 1 rerun in 0.20s'),
		].join('\n');
		const run = await parseText(log);
		expect(run.complete).toBe(true);
		expect(run.tests.at(0)).toMatchObject({
			id: 'tests/test_r.py::test_flaky',
			outcome: 'passed',
			reruns: 1,
		});
		expect(run.counts.rerun).toBe(1);
	});

	test('KeyboardInterrupt: incomplete with the reason, even with a final line', async () => {
		const log = [
			header,
			'collected 3 items',
			'',
			'tests/test_k.py::test_a PASSED                                           [ 33%]',
			'!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!! KeyboardInterrupt !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
			'/usr/lib/python3.11/time.py:1: KeyboardInterrupt',
			'(to show a full traceback on KeyboardInterrupt use --full-trace)',
			rule('1 passed in 3.00s'),
		].join('\n');
		const run = await parseText(log);
		expect(run.complete).toBe(false);
		expect(run.warnings.map(warning => warning.message).join('\n')).toContain(
			'KeyboardInterrupt',
		);
	});

	test('pytest.exit() with a long reason: one `!` a side, still the interruption (erfa, pytest 7.2)', async () => {
		const reason =
			'_pytest.outcomes.Exit: induced: the database went away, stopping the session';
		const log = [
			header,
			'collected 3 items',
			'',
			'tests/test_e.py::test_a FAILED                                           [ 33%]',
			'tests/test_e.py::test_b ',
			'',
			rule('1 failed in 0.55s'),
			`! ${reason} !`,
		].join('\n');
		const run = await parseText(log);
		expect(run.complete).toBe(false);
		expect(run.warnings.map(warning => warning.message)).toContain(
			`run was interrupted: ${reason}`,
		);
		// Text that only looks like it (a test's output) is not a title.
		const printed = await parseText(
			[
				header,
				'collected 1 item',
				'',
				'! careful !',
				'tests/test_e.py::test_a PASSED [100%]',
				rule('1 passed in 0.01s'),
			].join('\n'),
		);
		expect(printed.complete).toBe(true);
	});

	test('pytest.exit() with a returncode of its own: no summaries, so the failing tests go unnamed, and the warning says why', async () => {
		const log = [
			header,
			'collected 4 items',
			'',
			'tests/test_e.py F.F',
			'',
			rule('2 failed, 1 passed in 0.70s'),
			'!!!!!!!!!!!!!!!!!!!!!!! _pytest.outcomes.Exit: stop now !!!!!!!!!!!!!!!!!!!!!!!!',
		].join('\n');
		const run = await parseText(log);
		expect(run.complete).toBe(false);
		expect(run.warnings.map(warning => warning.message)).toEqual([
			'pytest counts 2 failing reports that the log never names (no FAILURES section and no short summary: pytest.exit() ended the session before its summaries)',
			'run was interrupted: _pytest.outcomes.Exit: stop now',
		]);
	});

	test('INTERNALERROR with no FAILURES section', async () => {
		const log = [
			header,
			'collected 2 items',
			'',
			'tests/test_i.py::test_a PASSED                                           [ 50%]',
			'INTERNALERROR> Traceback (most recent call last):',
			'INTERNALERROR>   File "/usr/lib/python3/dist-packages/_pytest/main.py", line 270, in wrap_session',
			'INTERNALERROR>     session.exitstatus = doit(config, session) or 0',
			'INTERNALERROR> ValueError: plugin exploded',
			rule('1 passed in 0.10s'),
		].join('\n');
		const run = await parseText(log);
		expect(run.complete).toBe(false);
		expect(run.warnings.map(warning => warning.message).join('\n')).toContain(
			'INTERNALERROR: ValueError: plugin exploded',
		);
	});

	test('a log cut off mid-run parses what is there and warns', async () => {
		const log = [
			header,
			'collected 30 items',
			'',
			'tests/test_t.py::test_a PASSED                                           [  3%]',
			'tests/test_t.py::test_b FAILED                                           [  6%]',
			'tests/test_t.py::test_c PAS',
		].join('\n');
		const run = await parseText(log);
		expect(run.complete).toBe(false);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'tests/test_t.py::test_b',
		]);
		expect(run.warnings.at(-1)!.message).toContain('truncated');
	});

	test('only the tail of a run: FAILURES headers mapped through the short summary', async () => {
		const log = [
			'E   assert 0',
			rule('test_tail_b', '_'),
			'tests/sub/test_t.py:8: in test_tail_b',
			"E   KeyError: 'k'",
			rule('short test summary info'),
			'FAILED tests/sub/test_t.py::test_tail_a - assert 0',
			"FAILED tests/sub/test_t.py::test_tail_b - KeyError: 'k'",
			'2 failed, 10 passed in 1.00s',
		].join('\n');
		const run = await parseText(log);
		expect(run.complete).toBe(false);
		expect(run.failures.map(failure => [failure.id, failure.headline])).toEqual(
			[
				['tests/sub/test_t.py::test_tail_a', 'AssertionError: assert 0'],
				['tests/sub/test_t.py::test_tail_b', "KeyError: 'k'"],
			],
		);
	});

	test('parsed outcomes that disagree with the final line: incomplete, never silently wrong', async () => {
		const log = [
			header,
			'collected 2 items',
			'',
			'tests/test_m.py::test_a PASSED',
			rule('2 passed in 0.01s'),
		].join('\n');
		const run = await parseText(log);
		expect(run.complete).toBe(false);
		expect(run.warnings.at(-1)!.message).toContain(
			'passed 1 parsed vs 2 reported',
		);
	});

	test('same test name in two files: the traceback picks the file', async () => {
		const log = [
			header,
			'collected 2 items',
			'',
			'tests/a/test_x.py::test_same FAILED                                      [ 50%]',
			'tests/b/test_x.py::test_same FAILED                                      [100%]',
			rule('FAILURES'),
			rule('test_same', '_'),
			'tests/b/test_x.py:2: in test_same',
			'E   ValueError: from b',
			rule('test_same', '_'),
			'tests/a/test_x.py:2: in test_same',
			'E   ValueError: from a',
			rule('2 failed in 0.01s'),
		].join('\n');
		const run = await parseText(log);
		expect(run.failures.map(failure => [failure.id, failure.headline])).toEqual(
			[
				['tests/a/test_x.py::test_same', 'ValueError: from a'],
				['tests/b/test_x.py::test_same', 'ValueError: from b'],
			],
		);
	});

	test('--tb=no: headlines from the short summary', async () => {
		const log = [
			header,
			'collected 1 item',
			'',
			'tests/test_n.py F                                                        [100%]',
			rule('short test summary info'),
			'FAILED tests/test_n.py::test_n - RuntimeError: boom',
			rule('1 failed in 0.01s'),
		].join('\n');
		const run = await parseText(log);
		expect(run.complete).toBe(true);
		expect(run.failures[0]).toMatchObject({
			id: 'tests/test_n.py::test_n',
			headline: 'RuntimeError: boom',
		});
	});

	test('warnings summary lines that look like ids are not tests', async () => {
		const log = [
			header,
			'collected 1 item',
			'',
			'tests/test_w.py .                                                        [100%]',
			rule('warnings summary'),
			'tests/test_w.py::test_w',
			'  /src/app/x.py:1: DeprecationWarning: old',
			'tests/test_w.py: 12 warnings',
			rule('1 passed, 13 warnings in 0.01s'),
		].join('\n');
		const run = await parseText(log);
		expect(run.complete).toBe(true);
		expect(run.tests.toArray()).toEqual([]);
	});
});

describe('other formats', () => {
	test('JUnit XML with file attributes (another tool) and pytest conventions', async () => {
		const xml = `<?xml version="1.0"?>
<testsuites><testsuite name="s" tests="4">
<testcase classname="tests.chaos.test_net.TestNet" name="test_reset[a.b]" file="tests/chaos/test_net.py" time="0.1"><failure message="ConnectionResetError: reset by peer">tests/chaos/test_net.py:9: in test_reset
E   ConnectionResetError: reset by peer</failure><system-out>out here</system-out></testcase>
<testcase classname="tests.test_fix" name="test_setup"><error message="failed on setup with &quot;OSError: no tmp&quot;">E   OSError: no tmp</error></testcase>
<testcase classname="tests.test_fix" name="test_x"><skipped type="pytest.xfail" message="known"/></testcase>
<testcase classname="tests.test_fix" name="test_ok"/>
<testcase time="0.000"/>
</testsuite></testsuites>`;
		const run = await parseText(xml, 'run.xml');
		expect(run.format).toBe('junit');
		expect(run.tests.map(test => [test.id, test.outcome, test.phase])).toEqual([
			['tests/chaos/test_net.py::TestNet::test_reset[a.b]', 'failed', 'call'],
			['tests/test_fix.py::test_setup', 'error', 'setup'],
			['tests/test_fix.py::test_x', 'xfailed', 'call'],
			['tests/test_fix.py::test_ok', 'passed', 'call'],
		]);
		expect(run.failures[1]!.headline).toBe('OSError: no tmp');
		expect(run.failures[0]!.captured).toEqual([
			{name: 'Captured stdout', text: 'out here'},
		]);
	});

	test('pytest-reportlog JSON Lines', async () => {
		const lines = [
			{pytest_version: '8.3.0', $report_type: 'SessionStart'},
			{
				nodeid: 'tests/test_r.py::test_a[x::y]',
				when: 'setup',
				outcome: 'passed',
				$report_type: 'TestReport',
			},
			{
				nodeid: 'tests/test_r.py::test_a[x::y]',
				when: 'call',
				outcome: 'failed',
				longrepr: {
					reprcrash: {
						path: '/src/tests/test_r.py',
						lineno: 4,
						message: 'AssertionError: nope\nassert 1 == 2',
					},
					reprtraceback: {
						reprentries: [
							{
								data: {
									lines: ['>   assert 1 == 2', 'E   AssertionError: nope'],
									reprfileloc: {
										path: 'tests/test_r.py',
										lineno: 4,
										message: 'AssertionError',
									},
								},
							},
						],
					},
				},
				$report_type: 'TestReport',
			},
			{
				nodeid: 'tests/test_r.py::test_a[x::y]',
				when: 'teardown',
				outcome: 'passed',
				$report_type: 'TestReport',
			},
			{
				nodeid: 'tests/test_r.py::test_b',
				when: 'setup',
				outcome: 'skipped',
				wasxfail: 'reason',
				longrepr: ['f', 1, 'x'],
				$report_type: 'TestReport',
			},
			{
				nodeid: 'tests/test_r.py::test_c',
				when: 'setup',
				outcome: 'failed',
				longrepr: "E   fixture 'db' not found",
				$report_type: 'TestReport',
			},
			{exitstatus: 1, $report_type: 'SessionFinish'},
		];
		const run = await parseText(
			lines.map(line => JSON.stringify(line)).join('\n'),
			'report.jsonl',
		);
		expect(run.format).toBe('reportlog');
		expect(run.complete).toBe(true);
		expect(run.tests.map(test => [test.id, test.outcome, test.phase])).toEqual([
			['tests/test_r.py::test_a[x::y]', 'failed', 'call'],
			['tests/test_r.py::test_b', 'xfailed', 'call'],
			['tests/test_r.py::test_c', 'error', 'setup'],
		]);
		expect(run.failures[0]!.headline).toBe('AssertionError: nope');
	});
});

describe('other shapes seen in the wild', () => {
	test('console_output_style = count: an xdist id that ends in [1/2] keeps it; the -v marker [3/4] is padded', async () => {
		const lines = [
			header,
			'2 workers [4 items]',
			'',
			'[gw0] [1/4] PASSED tests/test_c.py::test_ratio[1/2]',
			'[gw1] [2/4] FAILED tests/test_c.py::test_ratio[3/4]',
			'[gw0] [3/4] PASSED tests/test_c.py::test_plain',
			'[gw1] [4/4] SKIPPED tests/test_c.py::test_skip',
			rule('short test summary info'),
			'FAILED tests/test_c.py::test_ratio[3/4] - assert 0',
			rule('1 failed, 2 passed, 1 skipped in 0.12s'),
		];
		const run = await parseText(lines.join('\n'));
		expect(run.complete).toBe(true);
		expect(run.tests.map(test => `${test.id} ${test.outcome}`)).toEqual([
			'tests/test_c.py::test_ratio[1/2] passed',
			'tests/test_c.py::test_ratio[3/4] failed',
			'tests/test_c.py::test_plain passed',
			'tests/test_c.py::test_skip skipped',
		]);
	});

	test('GitHub Actions timestamps in front of every line; old pytest "seconds"', async () => {
		const lines = [
			header,
			'collected 2 items',
			'',
			'tests/test_g.py::test_a PASSED                                           [ 50%]',
			'tests/test_g.py::test_b FAILED                                           [100%]',
			rule('FAILURES'),
			rule('test_b', '_'),
			'    def test_b():',
			'>       raise KeyError("k")',
			"E       KeyError: 'k'",
			'',
			'tests/test_g.py:5: KeyError',
			rule('1 failed, 1 passed in 0.12 seconds'),
		];
		const log = lines
			.map(
				(line, index) =>
					`2024-05-01T10:00:${String(index).padStart(2, '0')}.1234567Z ${line}`,
			)
			.join('\n');
		const run = await parseText(log);
		expect(run.complete).toBe(true);
		expect(run.failures[0]).toMatchObject({
			id: 'tests/test_g.py::test_b',
			headline: "KeyError: 'k'",
			location: {path: 'tests/test_g.py', line: 5},
		});
	});

	test("--tb=native: headline and location from Python's own traceback", async () => {
		const log = [
			header,
			'collected 1 item',
			'',
			'tests/test_n.py::test_native FAILED                                      [100%]',
			rule('FAILURES'),
			rule('test_native', '_'),
			'Traceback (most recent call last):',
			'  File "/src/app/tests/test_n.py", line 3, in test_native',
			'    int("x")',
			"ValueError: invalid literal for int() with base 10: 'x'",
			rule('1 failed in 0.01s'),
		].join('\n');
		const run = await parseText(log);
		expect(run.failures[0]).toMatchObject({
			headline: "ValueError: invalid literal for int() with base 10: 'x'",
			location: {path: '/src/app/tests/test_n.py', line: 3},
		});
	});
});

test('--tb=line: a report as long as a message of 70,000 characters is still its failure’s (simplejson, pytest 7.2 and 9.1)', async () => {
	const huge = `ValueError: the response body was ${'x'.repeat(70_000)}`;
	const run = await parseText(
		[
			header,
			'collected 3 items',
			'',
			'tests/test_l.py FFF                                                      [100%]',
			'',
			rule('FAILURES'),
			'/src/app/tests/test_l.py:5: KeyError: 1',
			`/src/app/tests/test_l.py:9: ${huge}`,
			'/src/app/tests/test_l.py:12: LookupError',
			rule('short test summary info'),
			'FAILED tests/test_l.py::test_a - KeyError: 1',
			'FAILED tests/test_l.py::test_b - ValueError: the response body was xxxxxx...',
			'FAILED tests/test_l.py::test_c - LookupE...',
			rule('3 failed in 0.05s'),
		].join('\n'),
	);
	expect(run.failures.map(failure => failure.headline)).toEqual([
		'KeyError: 1',
		huge,
		'LookupError',
	]);
});

test('-vv --tb=no: a short-summary line as long as its uncut message (70,000 characters) gives the failure its headline (simplejson, pytest 9.1)', async () => {
	const huge = `ValueError: the response body was ${'x'.repeat(70_000)}`;
	const run = await parseText(
		[
			header,
			'collected 2 items',
			'',
			'tests/test_l.py::test_a FAILED                                           [ 50%]',
			'tests/test_l.py::test_b FAILED                                           [100%]',
			'',
			rule('short test summary info'),
			`FAILED tests/test_l.py::test_a - ${huge}`,
			'FAILED tests/test_l.py::test_b - LookupError',
			rule('2 failed in 0.05s'),
		].join('\n'),
	);
	expect(run.failures.map(failure => failure.headline)).toEqual([
		huge,
		'LookupError',
	]);
});

describe('pytest.fail(pytrace=False): a report of the message alone (simplejson, pytest 7.2 and 9.1)', () => {
	const entries = [
		rule('FAILURES'),
		rule('TestIndent.test_indent0', '_'),
		'induced: the service returned 503',
		'(retry budget exhausted)',
		rule('TestIndent.test_separators', '_'),
		'',
		'    def test_separators():',
		'>       raise KeyError(1)',
		'E       KeyError: 1',
		'',
		'tests/test_i.py:9: KeyError',
	];
	const start = [
		header,
		'collected 2 items',
		'',
		'tests/test_i.py FF                                                       [100%]',
		'',
	];

	test('pytest 9: its summary and XML say `Failed: message`, and so does its headline', async () => {
		const run = await parseText(
			[
				...start,
				...entries,
				rule('short test summary info'),
				'FAILED tests/test_i.py::TestIndent::test_indent0 - Failed: induced: the...',
				'FAILED tests/test_i.py::TestIndent::test_separators - KeyError: 1',
				rule('2 failed in 0.05s'),
			].join('\n'),
		);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'Failed: induced: the service returned 503',
			'KeyError: 1',
		]);
	});

	test('pytest 7.2: its summary has no message and its XML none of `Failed:`; --tb=line prints `None` for it, its own entry', async () => {
		const run = await parseText(
			[
				...start,
				...entries,
				rule('short test summary info'),
				'FAILED tests/test_i.py::TestIndent::test_indent0',
				'FAILED tests/test_i.py::TestIndent::test_separators - KeyError: 1',
				rule('2 failed in 0.05s'),
			].join('\n'),
		);
		expect(run.failures[0]!.headline).toBe('induced: the service returned 503');
		const line = await parseText(
			[
				...start,
				rule('FAILURES'),
				'None',
				'/src/app/tests/test_i.py:9: KeyError: 1',
				rule('short test summary info'),
				'FAILED tests/test_i.py::TestIndent::test_indent0',
				'FAILED tests/test_i.py::TestIndent::test_separators - KeyError: 1',
				rule('2 failed in 0.05s'),
			].join('\n'),
		);
		expect(line.failures.map(failure => failure.headline)).toEqual([
			'None',
			'KeyError: 1',
		]);
	});
});

describe('--tb=line reports raised outside a .py file, and report-like lines in captured output', () => {
	const summary = [
		rule('short test summary info'),
		'FAILED test_warnout.py::test_warn_printed - assert 1 == 2',
		'FAILED test_warnout.py::test_warn_last - assert 3 == 4',
		"FAILED test_warnout.py::test_frozen - ModuleNotFoundError: No module named 'n...",
		'3 failed, 1 passed in 7.26s',
	];
	const outcomes = [
		'test_warnout.py::test_warn_printed failed',
		'test_warnout.py::test_warn_last failed',
		'test_warnout.py::test_frozen failed',
	];

	test('pytest 7.2: a report from <frozen importlib._bootstrap> is its own entry', async () => {
		const run = await parseText(
			[
				header,
				'collected 4 items',
				'',
				'test_warnout.py FF.F                                                     [100%]',
				'',
				rule('FAILURES'),
				'/src/app/test_warnout.py:5: assert 1 == 2',
				'/src/app/test_warnout.py:10: assert 3 == 4',
				"<frozen importlib._bootstrap>:1142: ModuleNotFoundError: No module named 'no_such_module_here'",
				...summary,
			].join('\n'),
		);
		expect(run.warnings).toEqual([]);
		expect(run.failures.map(failure => [failure.id, failure.headline])).toEqual(
			[
				['test_warnout.py::test_warn_printed', 'AssertionError: assert 1 == 2'],
				['test_warnout.py::test_warn_last', 'AssertionError: assert 3 == 4'],
				[
					'test_warnout.py::test_frozen',
					"ModuleNotFoundError: No module named 'no_such_module_here'",
				],
			],
		);
		expect(run.failures[2]!.location).toEqual({
			path: '<frozen importlib._bootstrap>',
			line: 1142,
		});
	});

	test('pytest 9: a warning line in captured stderr is output; the last line before the next E line is the report', async () => {
		const run = await parseText(
			[
				header.replace('pytest-7.2.1', 'pytest-9.0.3'),
				'collected 4 items',
				'',
				'test_warnout.py FF.F                                                     [100%]',
				'',
				rule('FAILURES'),
				'E   assert 1 == 2',
				rule('Captured stderr call', '-'),
				'/usr/lib/python3/dist-packages/foo/bar.py:12: DeprecationWarning: old api',
				"  warnings.warn('old api')",
				'/src/app/test_warnout.py:5: assert 1 == 2',
				'E   assert 3 == 4',
				rule('Captured stdout call', '-'),
				'note',
				rule('Captured stderr call', '-'),
				'/usr/lib/python3/dist-packages/foo/bar.py:12: DeprecationWarning: old api',
				'/src/app/test_warnout.py:10: assert 3 == 4',
				"E   ModuleNotFoundError: No module named 'no_such_module_here'",
				"<frozen importlib._bootstrap>:1140: ModuleNotFoundError: No module named 'no_such_module_here'",
				...summary,
			].join('\n'),
		);
		expect(run.warnings).toEqual([]);
		expect(
			run.tests
				.filter(test => test.outcome === 'failed')
				.map(test => `${test.id} ${test.outcome}`),
		).toEqual(outcomes);
		expect(
			run.failures.map(failure => [failure.headline, failure.location?.line]),
		).toEqual([
			['AssertionError: assert 1 == 2', 5],
			['AssertionError: assert 3 == 4', 10],
			["ModuleNotFoundError: No module named 'no_such_module_here'", 1140],
		]);
		expect(run.failures[0]!.captured).toEqual([
			{
				name: 'Captured stderr call',
				text: "/usr/lib/python3/dist-packages/foo/bar.py:12: DeprecationWarning: old api\n  warnings.warn('old api')",
			},
		]);
		expect(run.failures[1]!.captured.at(-1)).toEqual({
			name: 'Captured stderr call',
			text: '/usr/lib/python3/dist-packages/foo/bar.py:12: DeprecationWarning: old api',
		});
	});
});

describe('failing tests the log never names', () => {
	test('-q --no-summary: only progress letters and the final line; not complete, and says why', async () => {
		// mpmath's tests under pytest 9 with `-q --no-header --no-summary`, verbatim.
		const run = await parseText(
			[
				'..............F........................                                  [100%]',
				'1 failed, 38 passed, 1 warning in 27.46s',
			].join('\n'),
		);
		expect(run.counts).toMatchObject({failed: 1, passed: 38});
		expect(run.failures).toEqual([]);
		expect(run.complete).toBe(false);
		expect(run.warnings.map(warning => warning.message)).toEqual([
			'pytest counts 1 failing report that the log never names (no FAILURES section and no short summary: --no-summary or --tb=no -rN?)',
		]);
	});

	test('a clean run says nothing of the kind', async () => {
		const run = await parseText(
			[
				'.......................................                                  [100%]',
				'39 passed in 27.46s',
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.warnings).toEqual([]);
	});
});

describe('-qq: pytest prints no final line', () => {
	// psutil's tests under Debian's pytest 7.2 with -qq, reduced.
	const progress =
		'...................F..F..................ssssssssssssssssssssssss        [100%]';
	const entries = [
		rule('FAILURES'),
		rule('TestMisc.test_setup_script', '_'),
		'psutil/tests/test_misc.py:259: in test_setup_script',
		'    module = import_module_by_path(setup_py)',
		"E   FileNotFoundError: [Errno 2] No such file or directory: '/usr/lib/python3/dist-packages/setup.py'",
		rule('TestCommonModule.test_debug', '_'),
		'psutil/tests/test_misc.py:437: in test_debug',
		'    assert msg.startswith("psutil-debug"), msg',
		'E   AssertionError: ',
	];
	const summary = [
		rule('short test summary info'),
		'FAILED psutil/tests/test_misc.py::TestMisc::test_setup_script - FileNotFoundE...',
		'FAILED psutil/tests/test_misc.py::TestCommonModule::test_debug - AssertionErr...',
	];

	test('the progress ran to its end and the short summary follows: complete, counted from the letters', async () => {
		const run = await parseText([progress, ...entries, ...summary].join('\n'));
		expect(run.complete).toBe(true);
		expect(run.counts).toMatchObject({failed: 2, passed: 39, skipped: 24});
		expect(run.failures.map(failure => failure.id)).toEqual([
			'psutil/tests/test_misc.py::TestMisc::test_setup_script',
			'psutil/tests/test_misc.py::TestCommonModule::test_debug',
		]);
		expect(run.warnings.map(warning => warning.message)).toEqual([
			"no final line, as pytest prints none with -qq: the counts are the progress's",
		]);
	});

	test('a clean -qq run is its progress alone', async () => {
		const run = await parseText(
			'.........................................ssssssssssssssssssssssss        [100%]\n',
		);
		expect(run.complete).toBe(true);
		expect(run.counts).toMatchObject({passed: 41, skipped: 24});
	});

	test('a clean -qq run under xdist, with --junitxml: its rule after the progress', async () => {
		// zope.interface's tests, pytest 7.2 -qq -n 2, verbatim but for the path.
		const run = await parseText(
			[
				'bringing up nodes...',
				'',
				'........................................................................ [ 25%]',
				'.........s.............................................................. [ 77%]',
				'.............................................................            [100%]',
				'------------ generated xml file: /src/out/zope-p7-qq-n2/run.xml -------------',
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.counts).toMatchObject({passed: 204, skipped: 1});
	});

	test('-qq -x: stopped early after the summary', async () => {
		const run = await parseText(
			[
				'...................F',
				...entries.slice(0, 5),
				summary[0],
				summary[1],
				'!!!!!!!!!!!!!!!!!!!!!!!!!! stopping after 1 failures !!!!!!!!!!!!!!!!!!!!!!!!!!!',
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.failures).toHaveLength(1);
	});

	test('cut inside the FAILURES section, or before the progress ends, or with failures never named: not complete', async () => {
		for (const lines of [
			[progress, ...entries.slice(0, 7)],
			['...................F..F..........'],
			[progress],
		]) {
			const run = await parseText(lines.join('\n'));
			expect(run.complete).toBe(false);
		}
	});
});

describe('same test name in several files, errors whose tracebacks only show fixtures', () => {
	const errors = [
		rule('ERRORS'),
		rule('ERROR at setup of test_same', '_'),
		'tests/conftest.py:64: in mock_upstream',
		'    server = HTTPServer(("127.0.0.1", port), UpstreamHandler)',
		'E   OSError: [Errno 98] Address already in use',
		rule('ERROR at teardown of test_same', '_'),
		'tests/conftest.py:112: in scratch_dir',
		'    shutil.rmtree(path)',
		'E   OSError: [Errno 39] Directory not empty',
	];
	const summary = [
		rule('short test summary info'),
		'ERROR tests/a/test_x.py::test_same - OSError: [Errno 98] Address already in use',
		'ERROR tests/b/test_x.py::test_same - OSError: [Errno 39] Directory not empty',
		rule('2 passed, 2 errors in 0.10s'),
	];
	const expected = [
		[
			'tests/a/test_x.py::test_same',
			'error',
			'setup',
			'OSError: [Errno 98] Address already in use',
		],
		[
			'tests/b/test_x.py::test_same',
			'error',
			'teardown',
			'OSError: [Errno 39] Directory not empty',
		],
	];

	test('-v', async () => {
		const run = await parseText(
			[
				header,
				'collected 3 items',
				'',
				'tests/a/test_x.py::test_same ERROR                                       [ 33%]',
				'tests/b/test_x.py::test_same PASSED                                      [ 66%]',
				'tests/b/test_x.py::test_same ERROR                                       [ 66%]',
				'tests/c/test_x.py::test_same PASSED                                      [100%]',
				...errors,
				...summary,
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(
			run.failures.map(failure => [
				failure.id,
				failure.outcome,
				failure.phase,
				failure.headline,
			]),
		).toEqual(expected);
	});

	test('-q', async () => {
		const run = await parseText(
			[
				'E.E.                                                                     [100%]',
				...errors,
				...summary,
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(
			run.failures.map(failure => [
				failure.id,
				failure.outcome,
				failure.phase,
				failure.headline,
			]),
		).toEqual(expected);
	});
});

describe('colour codes never reach the model, whatever the format', () => {
	test('pytest-reportlog with --color=yes tracebacks and captured output', async () => {
		const esc = '\u001B';
		const lines = [
			{pytest_version: '8.3.0', $report_type: 'SessionStart'},
			{
				nodeid: 'tests/test_c.py::test_c',
				when: 'call',
				outcome: 'failed',
				longrepr: {
					reprcrash: {
						path: 'tests/test_c.py',
						lineno: 3,
						message: `${esc}[31mValueError: red${esc}[0m`,
					},
					reprtraceback: {
						reprentries: [
							{
								data: {
									lines: [
										`${esc}[1m>   boom()${esc}[0m`,
										`${esc}[1m${esc}[31mE   ValueError: red${esc}[0m`,
									],
								},
							},
						],
					},
				},
				sections: [['Captured stdout call', `${esc}]0;owned${esc}\\hello`]],
				$report_type: 'TestReport',
			},
			{exitstatus: 1, $report_type: 'SessionFinish'},
		];
		const run = await parseText(
			lines.map(line => JSON.stringify(line)).join('\n'),
			'report.jsonl',
		);
		const [failure] = run.failures;
		expect(failure!.headline).toBe('ValueError: red');
		expect(JSON.stringify(failure)).not.toContain('\\u001b');
		expect(failure!.captured[0]!.text).toBe('hello');
	});
});

test('failures are reported as they are read, before the run resolves', async () => {
	const {Readable} = await import('node:stream');
	const {readLog} = await import('../../source/log/read.js');
	const seen: string[] = [];
	const log = [
		header,
		'collected 3 items',
		'',
		'tests/test_s.py::test_a FAILED                                           [ 33%]',
		'tests/test_s.py::test_b PASSED                                           [ 66%]',
		'tests/test_s.py::test_c ERROR                                            [100%]',
		rule('1 failed, 1 passed, 1 error in 0.01s'),
	].join('\n');
	await readLog('s.log', {
		stream: Readable.from([Buffer.from(log)]),
		onFailure(id, outcome) {
			seen.push(`${outcome} ${id}`);
		},
	});
	expect(seen).toEqual([
		'failed tests/test_s.py::test_a',
		'error tests/test_s.py::test_c',
	]);
});

test('-s: a banner a test prints does not end the progress lines', async () => {
	const log = [
		header,
		'collected 3 items',
		'',
		'tests/test_b.py::test_banner ',
		'======================== warming up the cache =========================',
		'PASSED',
		'tests/test_b.py::test_after FAILED',
		'tests/test_b.py::test_last PASSED',
		rule('FAILURES'),
		rule('test_after', '_'),
		'E   ValueError: late',
		rule('1 failed, 2 passed in 0.01s'),
	].join('\n');
	const run = await parseText(log);
	expect(run.complete).toBe(true);
	expect(run.tests.map(test => `${test.id} ${test.outcome}`)).toEqual([
		'tests/test_b.py::test_banner passed',
		'tests/test_b.py::test_after failed',
		'tests/test_b.py::test_last passed',
	]);
});

test("a === line in a failure's captured output stays in that failure", async () => {
	const log = [
		header,
		'collected 2 items',
		'',
		'tests/test_d.py::test_one FAILED                                         [ 50%]',
		'tests/test_d.py::test_two FAILED                                         [100%]',
		rule('FAILURES'),
		rule('test_one', '_'),
		'E   ValueError: one',
		rule('Captured stdout call', '-'),
		rule('DEBUG DUMP'),
		'state=1',
		rule('test_two', '_'),
		'E   KeyError: two',
		rule('2 failed in 0.01s'),
	].join('\n');
	const run = await parseText(log);
	expect(run.complete).toBe(true);
	expect(run.failures.map(failure => failure.headline)).toEqual([
		'ValueError: one',
		'KeyError: two',
	]);
	expect(run.failures[0]!.captured[0]!.text).toContain('DEBUG DUMP');
});

test("a ____ line in a failure's captured output is not a new report (pytest's own fill the width)", async () => {
	const log = [
		header,
		'collected 1 item',
		'',
		'tests/test_u.py::test_one FAILED                                         [100%]',
		rule('FAILURES'),
		rule('test_one', '_'),
		'E   ValueError: one',
		rule('Captured stdout call', '-'),
		'_____ section of my own _____',
		'state=1',
		rule('1 failed in 0.01s'),
	].join('\n');
	const run = await parseText(log);
	expect(run.complete).toBe(true);
	expect(run.warnings).toEqual([]);
	expect(run.failures[0]!.captured[0]!.text).toBe(
		'_____ section of my own _____\nstate=1',
	);
});

test("another tool's JUnit XML keeps its own names as ids", async () => {
	const xml = `<?xml version="1.0"?>
<testsuites><testsuite name="com.example.CartTest" tests="2">
<testcase classname="com.example.CartTest" name="addsItem" time="0.01"/>
<testcase classname="com.example.CartTest" name="rejectsNegative"><failure message="expected exception" type="java.lang.AssertionError">at com.example.CartTest.rejectsNegative(CartTest.java:42)</failure></testcase>
</testsuite></testsuites>`;
	const run = await parseText(xml, 'TEST-cart.xml');
	expect(run.tests.map(test => `${test.id} ${test.outcome}`)).toEqual([
		'com.example.CartTest::addsItem passed',
		'com.example.CartTest::rejectsNegative failed',
	]);
	expect(run.failures[0]!.headline).toBe(
		'java.lang.AssertionError: expected exception',
	);
});
