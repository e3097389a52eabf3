import {describe, expect, test} from 'vitest';
import {header9, parseText, rule} from './helpers.js';

// Shapes the seventeenth hunt's real runs showed (fixtures/real-suites/README.md, record-hunt17.sh), as small logs.

function escaped(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll('\n', '&#10;');
}

/** Hypothesis's FlakyFailure, a group of one sub-exception, as Python prints it (pytest's report of it). */
const flakyReport = [
	'  + Exception Group Traceback (most recent call last):',
	'  |   File "/src/app/tests/test_shapes.py", line 139, in test_cross',
	'  |     def test_cross(arrays):',
	'  |   File "/src/site/hypothesis/core.py", line 2295, in wrapped_test',
	'  |     raise the_error_hypothesis_found',
	'  | hypothesis.errors.FlakyFailure: Hypothesis test_cross(arrays=array([[  69],',
	'  |        [  99]])) produces unreliable results: Falsified on the first call but did not on a subsequent one (1 sub-exception)',
	'  | Unreliable test timings! On an initial run, this test took 371.78ms, which exceeded the deadline of 200.00ms.',
	'  +-+---------------- 1 ----------------',
	'    | Traceback (most recent call last):',
	'    |   File "/src/site/hypothesis/core.py", line 1050, in test',
	'    |     raise DeadlineExceeded(',
	'    | hypothesis.errors.DeadlineExceeded: Test took 371.78ms, which exceeds the deadline of 200.00ms.',
	'    +------------------------------------',
];
const groupLine =
	'hypothesis.errors.FlakyFailure: Hypothesis test_cross(arrays=array([[  69],';

describe('the seventeenth hunt: an exception group of one sub-exception (Hypothesis’s FlakyFailure)', () => {
	test('the log’s headline is the group’s own line', async () => {
		const run = await parseText(
			[
				header9('collected 1 item'),
				'tests/test_shapes.py::test_cross FAILED                                  [100%]',
				'',
				rule('FAILURES'),
				rule('test_cross', '_'),
				...flakyReport,
				rule('short test summary info'),
				"FAILED tests/test_shapes.py::test_cross - DeadlineExceeded('Test took 371.78ms, which exceeds the deadl...",
				rule('1 failed in 0.50s'),
			].join('\n'),
		);
		expect(run.failures.map(failure => failure.headline)).toEqual([groupLine]);
	});

	test('pytest 8.4+’s XML message, the sub-exception’s repr `[single exception in FlakyFailure]`, gives way to the report, as in the log', async () => {
		// pytest's XML strips the report's leading blanks.
		const text = flakyReport.join('\n').trimStart();
		const message =
			"DeadlineExceeded('Test took 371.78ms, which exceeds the deadline of 200.00ms.') [single exception in FlakyFailure]";
		const xml = await parseText(
			[
				'<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="0" failures="1" skipped="0" tests="1" time="0.5">',
				'<testcase classname="tests.test_shapes" name="test_cross" time="0.4">',
				`<failure message="${escaped(message)}">${escaped(text)}</failure></testcase>`,
				'</testsuite></testsuites>',
			].join(''),
			'run.xml',
		);
		expect(xml.failures.map(failure => failure.headline)).toEqual([groupLine]);
	});
});

describe('the seventeenth hunt: -q, and pytest fails before its final line', () => {
	/** A -q run's log (no header: -q and -qq look alike) up to its short summary. */
	const quietRun = [
		'F.....E                                                                  [100%]',
		rule('ERRORS'),
		rule('ERROR at setup of test_trace_to_file', '_'),
		'E   OSError: [Errno 9] Bad file descriptor',
		rule('FAILURES'),
		rule('test_abc_non_local', '_'),
		'E   AssertionError: assert 1 == 2',
		'',
		'pkg/tests/test_abc.py:12: AssertionError',
		rule('short test summary info'),
		'FAILED pkg/tests/test_abc.py::test_abc_non_local - AssertionError: assert 1 == 2',
		'ERROR pkg/tests/test_logger.py::test_trace_to_file - OSError: [Errno 9] Bad file descriptor',
	];

	test('a log that ends with Python’s traceback is a crash (a plugin’s terminal summary raised), not -qq', async () => {
		const run = await parseText(
			[
				...quietRun,
				'Traceback (most recent call last):',
				'  File "/opt/python3.11/lib/python3.11/site-packages/_pytest/terminal.py", line 1005, in pytest_terminal_summary',
				'  File "/src/site/_hypothesis_pytestplugin.py", line 404, in pytest_terminal_summary',
				'    from hypothesis.internal.observability import _WROTE_TO',
				'  File "/src/site/pkg/__diff.py", line 101, in memorise',
				'    seq_id = dict((id_(key),id_(value)) for key, value in s.items())',
				'ValueError: too many values to unpack (expected 2)',
				'',
			].join('\n'),
		);
		expect(run.complete).toBe(false);
		expect(run.warnings.map(warning => warning.message)).toEqual([
			'pytest failed before its final summary line: ValueError: too many values to unpack (expected 2)',
		]);
	});

	test('the same log ending at its short summary is -qq’s, whole', async () => {
		// Ends with a newline: a last line without one may have been cut.
		const run = await parseText(`${quietRun.join('\n')}\n`);
		expect(run.complete).toBe(true);
		expect(run.counts).toMatchObject({passed: 5, failed: 1, error: 1});
	});
});
