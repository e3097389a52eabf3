/**
Rules widened after acceptance suite 35 (clutchpoint) was measured blind (65 of 72, 63 with the priority): checked on
that real run's log and XML (Debian's pytest 7.2), and on texts in other words where the rule must or must not fire.
The kinds are not words of the suite: a wait that ran out on the code's coroutine stuck on an asyncio lock of its
own, and the code's own error naming the environment variable it lacks after the words `not set`.
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

describe.each(['holdout-35.log', 'holdout-35.xml'])(
	'on the real run of suite 35 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test("the test's wait_for on the code's coroutine stuck on the code's asyncio lock is the code's", () => {
			expect(
				suggestionFor(analysis, 'test_theory_room_after_empty_session', 'call'),
			).toMatchObject({
				rule: 'own-wait-timeout-on-app-lock',
				category: 'BUG',
				priority: 'HIGH',
			});
		});
		test("the code's own error naming the variable after 'is not set' is a setting", () => {
			for (const name of ['test_sms_reminder_sent', 'test_sms_reminder_key']) {
				expect(suggestionFor(analysis, name, 'call'), name).toMatchObject({
					rule: 'missing-environment-variable',
					category: 'CONFIGURATION',
					priority: 'MEDIUM',
				});
			}
		});
	},
);

const cancelled = (inner: readonly string[]) => ({
	headline: 'TimeoutError',
	traceback: [
		'/usr/lib/python3.11/asyncio/tasks.py:490: in wait_for',
		'    return fut.result()',
		...inner,
		'E   asyncio.exceptions.CancelledError',
		'',
		'The above exception was the direct cause of the following exception:',
		'tests/test_rooms.py:16: in test_rooms',
		'    assert asyncio.run(scenario()) == 1',
		'/usr/lib/python3.11/asyncio/base_events.py:653: in run_until_complete',
		'    return future.result()',
		'tests/test_rooms.py:14: in scenario',
		'    return await asyncio.wait_for(room.run(["a"]), timeout=0.2)',
		'/usr/lib/python3.11/asyncio/tasks.py:492: in wait_for',
		'    raise exceptions.TimeoutError() from exc',
		'E   TimeoutError',
	].join('\n'),
});

describe("a test's wait_for that ran out", () => {
	test("on the code's coroutine waiting on an asyncio lock, semaphore or event of the code's is the code's", () => {
		for (const inner of [
			[
				'app/rooms.py:9: in run',
				'    await self.lock.acquire()',
				'/usr/lib/python3.11/asyncio/locks.py:114: in acquire',
				'    await fut',
			],
			[
				'src/shop/queue.py:40: in take',
				'    async with self.slots:',
				'/usr/lib/python3.11/asyncio/locks.py:15: in __aenter__',
				'    await self.acquire()',
				'/usr/lib/python3.11/asyncio/locks.py:387: in acquire',
				'    await fut',
			],
			[
				'shop/ready.py:22: in wait_ready',
				'    await self.ready.wait()',
				'/usr/lib/python3.11/asyncio/locks.py:213: in wait',
				'    await fut',
			],
		]) {
			expect(ruleFor(cancelled(inner)), inner[0]).toBe(
				'own-wait-timeout-on-app-lock',
			);
		}
	});
	test("on a lock or an event of the test's own, or on the code's sleep, is still the test's wait", () => {
		for (const inner of [
			['/usr/lib/python3.11/asyncio/locks.py:114: in acquire', '    await fut'],
			[
				'tests/helpers.py:9: in hold',
				'    await lock.acquire()',
				'/usr/lib/python3.11/asyncio/locks.py:114: in acquire',
				'    await fut',
			],
			[
				'tests/conftest.py:30: in ready',
				'    await event.wait()',
				'/usr/lib/python3.11/asyncio/locks.py:213: in wait',
				'    await fut',
			],
			[
				'app/rooms.py:12: in run',
				'    await asyncio.sleep(5)',
				'/usr/lib/python3.11/asyncio/tasks.py:649: in sleep',
				'    return await future',
			],
		]) {
			expect(ruleFor(cancelled(inner)), inner[0]).toBe(
				'own-wait-timeout-in-test',
			);
		}
	});
});

const raisedByApp = (message: string) => ({
	headline: message,
	traceback: [
		'tests/test_sms.py:30: in test_send',
		'    sms.send("+447700900123", "hello")',
		'app/sms.py:12: in send',
		'    raise SmsError(message)',
		`E   ${message}`,
	].join('\n'),
});

describe("the code's own error", () => {
	test('naming the environment variable after its verdict is a setting', () => {
		for (const message of [
			'app.sms.SmsError: SMS API key is not set (APP_SMS_API_KEY)',
			"app.payments.PaymentError: payment token not configured; set 'APP_PAYMENT_TOKEN'",
			'RuntimeError: webhook secret is unset, export APP_WEBHOOK_SECRET',
			'app.sms.SmsError: SMS gateway URL not set: $APP_SMS_URL',
		]) {
			expect(ruleFor(raisedByApp(message)), message).toBe(
				'missing-environment-variable',
			);
		}
	});
	test('saying something is not set without naming a variable is not read so', () => {
		for (const message of [
			'app.sms.SmsError: delivery flag is not set for message 42',
			'ValueError: reminder time not set (lesson L-12)',
		]) {
			expect(ruleFor(raisedByApp(message)), message).not.toBe(
				'missing-environment-variable',
			);
		}
	});
});
