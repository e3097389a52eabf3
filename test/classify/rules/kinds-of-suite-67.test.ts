/**
Rules changed after acceptance suite 67 (racebib) was measured blind (39 of 50 on its log and its XML): checked on
that real run's log and XML and on texts where the rule must or must not fire. The kind is not words of the suite: a
naive and an aware datetime compared or subtracted on the test's own line (the traceback's innermost frame is the
test's) is the test's expected time built without the time zone the code's times carry; the same error raised in the
code under test, or an error of another kind on the test's line, stays where it was.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

describe.each(['holdout-67.log', 'holdout-67.xml'])(
	'on the real run %s',
	async file => {
		const analysis = analyze([
			await readLog(path.join(import.meta.dirname, '../acceptance', file)),
		]);
		test("test_first_wave_starts_before_half_past: the test's naive time against the code's aware one", () => {
			expect(
				suggestionFor(analysis, 'test_first_wave_starts_before_half_past'),
			).toMatchObject({
				rule: 'naive-aware-compared-in-test',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});
	},
);

function inTest(
	message: string,
	source = 'assert start_time(1) < datetime(2027, 4, 25, 9, 30)',
): string {
	return ruleFor({
		headline: message,
		traceback: `tests/core/test_waves.py:12: in test_first_wave\n    ${source}\nE   ${message}`,
	});
}

function inCode(message: string): string {
	return ruleFor({
		headline: message,
		traceback: `tests/core/test_waves.py:12: in test_overdue\n    assert overdue(due)\napp/billing.py:7: in overdue\n    return now() > due\nE   ${message}`,
	});
}

describe("naive and aware datetimes on the test's own line", () => {
	test.each([
		"TypeError: can't compare offset-naive and offset-aware datetimes",
		"TypeError: can't subtract offset-naive and offset-aware datetimes",
	])("%s is the test's", message => {
		expect(inTest(message)).toBe('naive-aware-compared-in-test');
	});

	test("subtracting on the test's line reads the same", () => {
		expect(
			inTest(
				"TypeError: can't subtract offset-naive and offset-aware datetimes",
				'assert (finish(r) - datetime(2027, 4, 25, 9)).seconds < 3600',
			),
		).toBe('naive-aware-compared-in-test');
	});

	test.each([
		"TypeError: can't compare offset-naive and offset-aware datetimes",
		"TypeError: can't subtract offset-naive and offset-aware datetimes",
	])("%s raised in the code under test stays the code's", message => {
		expect(inCode(message)).not.toBe('naive-aware-compared-in-test');
	});

	test.each([
		"TypeError: '<' not supported between instances of 'datetime.datetime' and 'str'",
		"TypeError: can't compare datetime.datetime to datetime.date",
		"ValueError: can't compare offset-naive and offset-aware datetimes",
	])("%s on the test's line is not read so", message => {
		expect(inTest(message)).not.toBe('naive-aware-compared-in-test');
	});
});
