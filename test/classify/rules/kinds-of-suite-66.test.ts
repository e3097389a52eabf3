/**
Rules changed after acceptance suite 66 (hivekeep) was measured blind (38 of 46 on its log and its XML): checked on
that real run's log and XML and on texts where the rule must or must not fire. The kind is not words of the suite:
a mock's expected call whose first value the code did pass, but by keyword where the test expects it by position (or
the other way round), is an expectation that pins the form of the call; other arguments, or a first value that
differs, stay the code's.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

describe.each(['holdout-66.log', 'holdout-66.xml'])(
	'on the real run %s',
	async file => {
		const analysis = analyze([
			await readLog(path.join(import.meta.dirname, '../acceptance', file)),
		]);
		test('test_keeper_notified_of_swarm: the expectation pins the call form', () => {
			expect(
				suggestionFor(analysis, 'test_keeper_notified_of_swarm'),
			).toMatchObject({
				rule: 'mock-call-form',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});
	},
);

function ruleOfMessage(expected: string, actual: string): string {
	const message = `AssertionError: expected call not found.\nExpected: ${expected}\n${actual}`;
	return ruleFor({
		headline: 'AssertionError: expected call not found.',
		traceback: `tests/test_a.py:3: in test_a\n    notifier.send.assert_called_once_with("k1", "hi")\n/usr/lib/python3.11/unittest/mock.py:933: in assert_called_with\n    raise AssertionError(_error_message()) from cause\n${message
			.split('\n')
			.map(line => `E   ${line}`)
			.join('\n')}`,
	});
}

describe("a mock's expected call", () => {
	test.each([
		[
			"send('k1', 'swarm cells')",
			"Actual: send(to='k1', body='swarm cells', channel='sms')",
		],
		[
			"send('k1', 'swarm cells')",
			"  Actual: send(to='k1', body='swarm cells')",
		],
		['mock.publish(42)', 'Actual: mock.publish(hive=42, retain=True)'],
		["send(to='k1', body='hi')", "Actual: send('k1', 'hi')"],
		['charge(amount=12.5)', 'Actual: charge(12.5, "EUR")'],
	])('%s against %s pins the form of the call', (expected, actual) => {
		expect(ruleOfMessage(expected, actual)).toBe('mock-call-form');
	});

	test.each([
		["send('k1', 'swarm cells')", "Actual: send('k1', 'swarm cells in H3')"],
		["send('k1', 'hi')", "Actual: send(to='k2', body='hi')"],
		["send(to='k1')", "Actual: send(to='k1', body='hi')"],
		["send('k1')", "Actual: send('k1', 'hi')"],
		['send(42)', 'Actual: send(hive=421)'],
	])('%s against %s stays the code’s', (expected, actual) => {
		expect(ruleOfMessage(expected, actual)).toBe('mock-call-expectation');
	});
});
