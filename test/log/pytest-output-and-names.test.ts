import {describe, expect, test} from 'vitest';
import {header, parseText, rule} from './helpers.js';

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
