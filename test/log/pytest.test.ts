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

	// pytest colours whole words: around an id, never inside its brackets (a sequence there is the id's own: hostile-ids.test.ts).
	test('--color=yes: ANSI codes around ids and outcomes, CRLF line ends', async () => {
		const esc = '\u001B';
		const log = [
			header,
			'collected 2 items',
			'',
			`${esc}[1mtests/test_c.py::test_red[x]${esc}[0m ${esc}[31mFAILED${esc}[0m${esc}[31m                    [ 50%]${esc}[0m`,
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
});
