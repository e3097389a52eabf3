/**
Rules changed after acceptance suite 54 (lapwater) was measured blind (37 of 41 on its log and its XML): checked on
that real run's log and XML (Debian's pytest 7.2), and on texts in other words where the rule must or must not fire.
The kind is not words of the suite: the time left until a date the test hands the code, answered as a negative
`timedelta` (`datetime.timedelta(days=-7, seconds=66517)`) rather than a negative number, because that date is now
past. The test comparing it with `timedelta(0)` is no reason to refuse it; a date moved by a span in the argument is.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

async function analysisOf(file: string) {
	return analyze([
		await readLog(path.join(import.meta.dirname, '../acceptance', file)),
	]);
}

describe.each(['holdout-54.log', 'holdout-54.xml'])(
	'on the real run of suite 54 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test('a session date now past, as a negative timedelta until it', () => {
			expect(
				suggestionFor(analysis, 'test_early_bird_session_is_ahead'),
			).toMatchObject({
				rule: 'time-left-until-fixed-date-negative',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});
	},
);

function assertion(lines: readonly string[]) {
	return ruleFor({
		headline: `AssertionError: ${lines[0]!}`,
		traceback: [
			'tests/test_sessions.py:53: in test_session_is_ahead',
			'    assert sessions.starts_in(datetime(2026, 11, 30, 6, 30, tzinfo=UTC)) > timedelta(0)',
			...lines.map(line => `E   ${line}`),
		].join('\n'),
	});
}

describe('a negative timedelta until a date the test hands the code', () => {
	test.each([
		[
			'assert datetime.timedelta(days=-7, seconds=66517, microseconds=645518) > datetime.timedelta(0)',
			' +  where datetime.timedelta(days=-7, seconds=66517, microseconds=645518) = <function starts_in at 0x7fb3>(datetime.datetime(2026, 11, 30, 6, 30, tzinfo=datetime.timezone.utc))',
			' +    where <function starts_in at 0x7fb3> = sessions.starts_in',
			' +  and   datetime.timedelta(0) = timedelta(0)',
		],
		[
			'assert datetime.timedelta(days=-1, seconds=82800) >= datetime.timedelta()',
			' +  where datetime.timedelta(days=-1, seconds=82800) = <bound method Timetable.until of <Timetable>>(datetime.date(2025, 3, 1))',
		],
		[
			'assert timedelta(days=-30) > timedelta(days=0)',
			' +  where timedelta(days=-30) = <function notice_left at 0x7f9d>(datetime.date(2025, 10, 3))',
		],
	])('%s', (...lines) => {
		expect(assertion(lines)).toBe('time-left-until-fixed-date-negative');
	});

	test.each([
		// Time left, but less than the test wants: another failure.
		[
			'assert datetime.timedelta(days=2) > datetime.timedelta(days=3)',
			' +  where datetime.timedelta(days=2) = <function starts_in at 0x7fb3>(datetime.datetime(2031, 1, 1, 0, 0))',
		],
		// The test hands the code a date moved by a span: the code's answer is what is wrong.
		[
			'assert datetime.timedelta(days=-3) > datetime.timedelta(0)',
			' +  where datetime.timedelta(days=-3) = <function starts_in at 0x7fb3>((datetime.datetime(2026, 12, 6, 9, 0) + datetime.timedelta(days=3)))',
		],
		// The test hands the code the clock.
		[
			'assert datetime.timedelta(days=-1, seconds=3600) > datetime.timedelta(0)',
			' +  where datetime.timedelta(days=-1, seconds=3600) = <function starts_in at 0x7fb3>(datetime.datetime(2026, 12, 6, 9, 0))',
			' +    and   datetime.datetime(2026, 12, 6, 9, 0) = <built-in method now of type object at 0x7f>()',
		],
		// The span is not the code's answer about a date.
		[
			'assert datetime.timedelta(days=-1) > datetime.timedelta(0)',
			' +  where datetime.timedelta(days=-1) = <function drift at 0x7f9d>(42)',
		],
	])('not %s', (...lines) => {
		expect(assertion(lines)).not.toBe('time-left-until-fixed-date-negative');
	});

	test('hostile lines are refused', () => {
		for (const lines of [
			[
				'assert timedelta(days=-1) > timedelta(0)',
				` +  where timedelta(days=-1) = <function ${'<function '.repeat(25_000)}`,
			],
			[`assert timedelta(days=-${'1'.repeat(250_000)}`],
			[
				'assert timedelta(days=-1) > timedelta(0)',
				` +  where timedelta(days=-1) = <function f>(datetime.date(2025, 1, 1)) ${'timedelta('.repeat(25_000)}`,
			],
		]) {
			expect(assertion(lines)).not.toBe('time-left-until-fixed-date-negative');
		}
	});
});
