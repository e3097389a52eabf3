/**
Rules written after acceptance suite 23 (snowgate) was measured blind (58 of 69), for kinds of failure it
showed that a rule read otherwise: checked on that real run's log and XML (Debian's pytest 7.2), and on texts in
other words where the rule must or must not fire. Each is a kind (an SNMP agent that never answers), not a word
of the suite.
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
	},
);

describe('in other words', () => {
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
