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
