/**
Rules written after acceptance suite 12 (kerbside) was measured blind (65 of 76), for kinds of failure it
showed that no rule knew or read otherwise: checked on that real run's log and XML, and on texts in other
words where the rule must not fire. Each is a kind (a service whose client says it is down, a cron expression
a scheduler refuses, an asyncio object the code under test keeps across event loops), not a word of the suite.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

describe.each(['holdout-12.log', 'holdout-12.xml'])(
	'on the real run of suite 12 (%s)',
	async file => {
		const analysis = analyze([
			await readLog(path.join(import.meta.dirname, '../acceptance', file)),
		]);
		test.each([
			// hvac's VaultDown for a sealed Vault: the service says it is down, not the code's use of hvac.
			[
				'test_sealed_vault',
				'call',
				'service-unavailable',
				'ENVIRONMENT',
				'HIGH',
			],
			// A semaphore kept at module level by the app, bound by an earlier test's loop.
			[
				'test_push_service_outage_notice',
				'call',
				'app-primitive-on-another-loop',
				'BUG',
				'HIGH',
			],
		] as const)('%s: %s', (name, phase, rule, category, priority) => {
			expect(suggestionFor(analysis, name, phase)).toMatchObject({
				rule,
				category,
				priority,
			});
		});
		test('a cron expression out of range in a settings file stops collection: the configuration, HIGH', () => {
			const found = analysis.failures.find(
				({failure}) =>
					failure.phase === 'collect' &&
					failure.id === 'tests/core/test_maintenance.py',
			);
			expect(found?.suggestion).toMatchObject({
				rule: 'schedule-expression-invalid-at-setup',
				category: 'CONFIGURATION',
				priority: 'HIGH',
			});
		});
	},
);

describe('on the real runs of suites 6 and 10', async () => {
	test("an asyncio object the tests keep (a test module's lock, a test class's queue) stays the tests' mistake", async () => {
		const suite10 = analyze([
			await readLog(
				path.join(import.meta.dirname, '../acceptance/holdout-10.log'),
			),
		]);
		expect(
			suggestionFor(suite10, 'test_offers_for_the_dinner_rush'),
		).toMatchObject({rule: 'event-loop-mismatch', category: 'TEST_DESIGN'});
		const suite6 = analyze([
			await readLog(
				path.join(import.meta.dirname, '../acceptance/holdout-6.log'),
			),
		]);
		expect(suggestionFor(suite6, 'test_second_batch')).toMatchObject({
			rule: 'event-loop-mismatch',
			category: 'TEST_DESIGN',
		});
	});
});

const appFrames = [
	'tests/test_a.py:12: in test_a',
	'    await service.notify_all(members)',
	'src/app/notify.py:40: in notify_all',
	'    async with SLOTS:',
	'/usr/lib/python3.11/asyncio/locks.py:15: in __aenter__',
	'    await self.acquire()',
].join('\n');

describe('in other words', () => {
	test("APScheduler's words for a crontab it refuses, at a call: the schedule setting, MEDIUM", () => {
		for (const headline of [
			'ValueError: Wrong number of fields; got 4, expected 5',
			"ValueError: Error validating expression '8': the last value (8) is higher than the maximum value (6)",
		]) {
			expect(ruleFor({headline, exceptionType: 'ValueError'})).toBe(
				'schedule-expression-invalid',
			);
		}
	});
	test("croniter's other refusals, at setup: a fixture cannot start, HIGH", () => {
		expect(
			ruleFor({
				phase: 'setup',
				headline:
					'croniter.croniter.CroniterNotAlphaError: [0 3 * * mon-frii] is not acceptable',
				exceptionType: 'croniter.croniter.CroniterNotAlphaError',
			}),
		).toBe('schedule-expression-invalid-at-setup');
	});
	test('an Event of the app used on a second loop is the code’s, from its frames', () => {
		expect(
			ruleFor({
				headline:
					'RuntimeError: <asyncio.locks.Semaphore object at 0x7f00 [locked]> is bound to a different event loop',
				exceptionType: 'RuntimeError',
				traceback: `${appFrames}\nE   RuntimeError: <asyncio.locks.Semaphore object at 0x7f00 [locked]> is bound to a different event loop`,
			}),
		).toBe('app-primitive-on-another-loop');
	});
});

describe('where they must not fire', () => {
	test("a future of another loop (a session fixture's pool used by a test's loop) stays the fixtures' loop scope", () => {
		expect(
			ruleFor({
				headline:
					"RuntimeError: Task <Task pending name='Task-3'> got Future <Future pending> attached to a different loop",
				exceptionType: 'RuntimeError',
				traceback: `${appFrames}\nE   RuntimeError: Task got Future attached to a different loop`,
			}),
		).toBe('event-loop-mismatch');
	});
	test('a lock the test module keeps, bound to an earlier loop, stays the test’s', () => {
		expect(
			ruleFor({
				headline:
					'RuntimeError: <asyncio.locks.Lock object at 0x7f00 [locked]> is bound to a different event loop',
				exceptionType: 'RuntimeError',
				traceback: [
					'tests/test_a.py:30: in test_a',
					'    async with LOCK:',
					'/usr/lib/python3.11/asyncio/locks.py:15: in __aenter__',
					'    await self.acquire()',
					'E   RuntimeError: <asyncio.locks.Lock object at 0x7f00 [locked]> is bound to a different event loop',
				].join('\n'),
			}),
		).toBe('event-loop-mismatch');
	});
	test('a type whose name only begins with a service word and Down is not a service that is down', () => {
		expect(
			ruleFor({
				headline: 'app.errors.HostDownloadError: checksum mismatch',
				exceptionType: 'app.errors.HostDownloadError',
			}),
		).not.toBe('service-unavailable');
	});
	test('a cron word in an unrelated value error is left to other rules', () => {
		expect(
			ruleFor({
				headline: "ValueError: invalid literal for int() with base 10: 'cron'",
				exceptionType: 'ValueError',
			}),
		).not.toMatch(/^schedule-expression/);
	});
});
