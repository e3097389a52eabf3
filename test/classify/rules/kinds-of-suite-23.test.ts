/**
Rules written after acceptance suite 23 (snowgate) was measured blind (58 of 69), for kinds of failure it
showed that a rule read otherwise: checked on that real run's log and XML (Debian's pytest 7.2), and on texts in
other words where the rule must or must not fire. Each is a kind (an SNMP agent that never answers, a hang while
the HTTP client waits out a service's Retry-After), not a word of the suite.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

describe.each(['holdout-23.log', 'holdout-23.xml'])(
	'on the real run of suite 23 (%s)',
	async file => {
		const analysis = analyze([
			await readLog(path.join(import.meta.dirname, '../acceptance', file)),
		]);
		test("pysnmp's 'No SNMP response received before timeout', quoted by the code's own exception, is an agent not there", () => {
			for (const name of [
				'test_wet_bulb_of_first_cannon',
				'test_cold_enough_on_second_cannon',
			]) {
				expect(suggestionFor(analysis, name)).toMatchObject({
					rule: 'snmp-agent-silent',
					category: 'ENVIRONMENT',
					priority: 'HIGH',
				});
			}
		});
		test("a hang in urllib3's sleep_for_retry is a service's Retry-After waited out, not a slow answer", () => {
			expect(
				suggestionFor(analysis, 'test_forecast_rate_limited'),
			).toMatchObject({
				rule: 'hang-waiting-retry-after',
				category: 'ENVIRONMENT',
				priority: 'MEDIUM',
			});
			expect(suggestionFor(analysis, 'test_forecast_slow_service')?.rule).toBe(
				'pytest-timeout',
			);
		});
	},
);

test("in suite 20's run, the provider's 429 with Retry-After past pytest-timeout is read the same way", async () => {
	for (const file of ['holdout-20.log', 'holdout-20.xml']) {
		const analysis = analyze([
			await readLog(path.join(import.meta.dirname, '../acceptance', file)),
		]);
		expect(suggestionFor(analysis, 'test_translate_rate_limited')?.rule).toBe(
			'hang-waiting-retry-after',
		);
	}
});

const timeoutIn = (...frames: string[]) => ({
	headline: 'Failed: Timeout >3.0s',
	traceback: [
		'tests/test_feed.py:9: in test_feed',
		'    assert feed.fetch() == []',
		...frames,
		'E   Failed: Timeout >3.0s',
	].join('\n'),
});

describe('in other words', () => {
	test("a hang in urllib3's own backoff is not a Retry-After", () => {
		expect(
			ruleFor(
				timeoutIn(
					'/opt/venv/lib/python3.12/site-packages/urllib3/util/retry.py:371: in sleep_for_retry',
					'    time.sleep(retry_after)',
				),
			),
		).toBe('hang-waiting-retry-after');
		expect(
			ruleFor(
				timeoutIn(
					'/opt/venv/lib/python3.12/site-packages/urllib3/util/retry.py:380: in _sleep_backoff',
					'    time.sleep(backoff)',
				),
			),
		).not.toBe('hang-waiting-retry-after');
	});
	test("Net-SNMP's 'Timeout: No Response from HOST' is an agent not there; an SNMP error the agent answered is not", () => {
		expect(
			ruleFor({
				headline:
					'SystemError: Timeout: No Response from switch-07.example.net.',
			}),
		).toBe('snmp-agent-silent');
		expect(
			ruleFor({
				headline:
					'app.snmp.PollError: 10.1.2.3:161: No SNMP response received before timeout',
				traceback: [
					'tests/test_poll.py:8: in test_poll',
					'    assert poll.uptime("10.1.2.3") > 0',
					'app/poll.py:21: in uptime',
					'    raise PollError(f"{host}:{port}: {error_indication}")',
					'E   app.snmp.PollError: 10.1.2.3:161: No SNMP response received before timeout',
				].join('\n'),
			}),
		).toBe('snmp-agent-silent');
		expect(
			ruleFor({
				headline:
					'app.snmp.PollError: 10.1.2.3:161: noSuchName at 1.3.6.1.2.1.1.3.0',
			}),
		).not.toBe('snmp-agent-silent');
	});
});
