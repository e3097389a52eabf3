import {describe, expect, test} from 'vitest';
import {header, parseText, rule} from './helpers.js';

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
		// `None` is pytest's str() of a report with no crash line: it says nothing of the failure.
		expect(line.failures.map(failure => failure.headline)).toEqual([
			'(no traceback in the log)',
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
		// Every line ended, as pytest ends them: a log whose last line has no newline was cut.
		const run = await parseText(
			[progress, ...entries, ...summary].join('\n') + '\n',
		);
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
				'',
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
				'',
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
			const run = await parseText(lines.join('\n') + '\n');
			expect(run.complete).toBe(false);
		}
	});

	test("the short summary whole but for its last line's newline: cut there, not complete", async () => {
		const run = await parseText([progress, ...entries, ...summary].join('\n'));
		expect(run.complete).toBe(false);
		expect(run.warnings.map(warning => warning.message)).toContainEqual(
			expect.stringMatching(/log ends before pytest's final summary line/),
		);
	});
});
