/**
Rules widened after acceptance suite 42 (crumbline) was measured blind (60 of 65 on its log and on its XML): checked on
that real run's log and XML (Debian's pytest 7.2), and on texts in other words where the rule must or must not fire.
The kinds are not words of the suite: the code reading a field its test's own stub does not send (the stub's payload
out of step with the API), and a date written into the test compared with the clock on the right of the comparison,
which pytest explains on its `+  and` line.
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

describe.each(['holdout-42.log', 'holdout-42.xml'])(
	'on the real run of suite 42 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test('a KeyError on a field the test’s own stub does not send is the stub’s payload', () => {
			expect(suggestionFor(analysis, 'test_sacks_available')).toMatchObject({
				rule: 'stub-payload-out-of-step',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});
		test('a fixed date compared with now on the right is a test that ages', () => {
			expect(
				suggestionFor(analysis, 'test_christmas_preorder_open'),
			).toMatchObject({
				rule: 'clock-against-fixed-date',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});
		test('the code’s own KeyErrors elsewhere stay the code’s', () => {
			expect(suggestionFor(analysis, 'test_bake_times')?.category).toBe('BUG');
			expect(suggestionFor(analysis, 'test_station_branch')?.category).toBe(
				'BUG',
			);
		});
	},
);

describe('a field the test’s own stub does not send', () => {
	function keyError(
		testLine: string,
		codeLine: string,
		key = 'status',
	): string {
		return ruleFor({
			headline: `KeyError: '${key}'`,
			traceback: [
				'tests/chaos/network/test_links.py:30: in test_status',
				`    ${testLine}`,
				'app/links.py:12: in status_of',
				`    ${codeLine}`,
				`E   KeyError: '${key}'`,
			].join('\n'),
		});
	}

	test.each([
		[
			'assert links.status_of("m-1", stub.url) == "sent"',
			'return response.json()["status"]',
		],
		[
			'assert links.status_of("m-1", base=tcp_stub_a.url)',
			"return fetch(item, base)['status']",
		],
		[
			'assert links.status_of("m-1", httpserver.url_for("/m"))',
			'return client.get(path).json()["status"]',
		],
		[
			'assert links.status_of("m-1", f"http://127.0.0.1:{fake_gateway.port}")',
			'return session.get(url).json()["status"]',
		],
	])('%s / %s', (testLine, codeLine) => {
		expect(keyError(testLine, codeLine)).toBe('stub-payload-out-of-step');
	});

	test.each([
		// A key looked up by a variable (a token's kid in a key set), a dict of the code's own, no stub in the test.
		['assert links.status_of("m-1", stub.url)', 'return keys[kid]'],
		['assert links.status_of("m-1", stub.url)', 'return STATUSES[code]'],
		[
			'assert links.status_of("m-1", settings.URL)',
			'return response.json()["status"]',
		],
		['assert links.status_of("m-1")', 'return fetch(item)["status"]'],
	])('not: %s / %s', (testLine, codeLine) => {
		expect(keyError(testLine, codeLine)).not.toBe('stub-payload-out-of-step');
	});
});

describe('a date written into the test, compared with the clock on either side', () => {
	const assertion = (lines: string[]) => ({
		headline: lines[0]!.replace(/^E\s+/, ''),
		traceback: [
			'tests/core/test_dates.py:9: in test_open',
			'    assert check()',
			...lines,
		].join('\n'),
	});

	test('the clock on the right, explained on the `and` line, with a message of the test’s', () => {
		expect(
			ruleFor(
				assertion([
					'E   AssertionError: pre-orders close on the 20th',
					'E   assert datetime.datetime(2025, 12, 20, 0, 0) > datetime.datetime(2026, 12, 5, 21, 23, 26, 372392)',
					'E    +  where datetime.datetime(2025, 12, 20, 0, 0) = datetime(2025, 12, 20)',
					'E    +  and   datetime.datetime(2026, 12, 5, 21, 23, 26, 372392) = <built-in method now of type object at 0xa4f6c0>()',
					'E    +    where <built-in method now of type object at 0xa4f6c0> = datetime.now',
				]),
			),
		).toBe('clock-against-fixed-date');
		expect(
			ruleFor(
				assertion([
					'E   assert datetime.date(2026, 1, 31) >= datetime.date(2026, 12, 5)',
					'E    +  where datetime.date(2026, 1, 31) = date(2026, 1, 31)',
					'E    +  and   datetime.date(2026, 12, 5) = <built-in method today of type object at 0xa4f520>()',
				]),
			),
		).toBe('clock-against-fixed-date');
	});

	test('two dates the code computed, explained on the `and` line too, are not the calendar', () => {
		expect(
			ruleFor(
				assertion([
					'E   assert datetime.date(2026, 3, 17) <= datetime.date(2026, 3, 14)',
					'E    +  where datetime.date(2026, 3, 17) = <function due_date at 0x7f1>(datetime.date(2026, 3, 3))',
					'E    +  and   datetime.date(2026, 3, 14) = <function cutoff at 0x7f2>()',
				]),
			),
		).toBe('value-mismatch');
	});
});
