/**
Rules written after acceptance suite 33 (hedgerow) was measured blind (67 of 72, 65 with the priority): checked on
that real run's log and XML (Debian's pytest 7.2), and on texts in other words where the rule must or must not fire.
The kind is a connection pool the test itself runs dry, not a word of the suite. With every set in view, two
conventions the engineers kept and the rules did not: a mock asserted on that was never called is the test's, a
test whose code did not raise is MEDIUM, and a unit test refused by a real service is the test's.
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

describe.each(['holdout-33.log', 'holdout-33.xml'])(
	'on the real run of suite 33 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test('a function that does not refuse what the test expects it to is MEDIUM', () => {
			expect(
				suggestionFor(analysis, 'test_negative_area_refused', 'call'),
			).toMatchObject({
				rule: 'did-not-raise',
				category: 'BUG',
				priority: 'MEDIUM',
			});
		});
		test('a pool the test sized and holds every connection of is the test', () => {
			expect(
				suggestionFor(analysis, 'test_ledger_pool_under_load', 'call'),
			).toMatchObject({
				rule: 'pool-held-by-test',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});
	},
);

const poolRanDry = (frames: readonly string[]) => {
	const message =
		'sqlalchemy.exc.TimeoutError: QueuePool limit of size 2 overflow 0 reached, connection timed out, timeout 0.50';
	return {
		headline: message,
		traceback: [
			...frames,
			'/usr/lib/python3/dist-packages/sqlalchemy/pool/impl.py:134: in _do_get',
			'    raise exc.TimeoutError(',
			`E   ${message}`,
		].join('\n'),
	};
};

describe('in other words', () => {
	test("connections the test checks out and keeps, on the test's own line, are the test's", () => {
		for (const line of [
			'    opened.append(engine.connect())',
			'    readers = [engine.connect() for _ in range(4)]',
			'    third = pool.getconn()',
		]) {
			expect(
				ruleFor(poolRanDry(['tests/test_store.py:62: in test_many', line])),
			).toBe('pool-held-by-test');
		}
	});
	test('a pool run dry by workers that each take a connection in `with`, or by the code, is still the pool size', () => {
		expect(
			ruleFor(
				poolRanDry([
					'tests/test_orders.py:69: in checkout',
					'    with engine.connect() as conn:',
				]),
			),
		).toBe('pool-exhausted');
		expect(
			ruleFor(
				poolRanDry([
					'tests/test_orders.py:20: in test_checkout',
					'    store.count_for(day)',
					'app/store.py:31: in count_for',
					'    conn = self.engine.connect()',
				]),
			),
		).toBe('pool-exhausted');
	});
});

const mockAsserted = (message: string) => ({
	headline: message.split('\n')[0],
	traceback: [
		'tests/test_notify.py:14: in test_notify',
		'    sender.send.assert_called_once()',
		'/usr/lib/python3.11/unittest/mock.py:912: in assert_called_once',
		'    raise AssertionError(msg)',
		...message.split('\n').map(line => `E   ${line}`),
	].join('\n'),
});

describe('a mock the test asserts on', () => {
	test("never called or never awaited: the test's", () => {
		for (const message of [
			"AssertionError: Expected 'send_sms' to have been called once. Called 0 times.",
			"AssertionError: Expected 'send' to have been called.",
			"AssertionError: Expected 'publish' to be called once. Called 0 times.",
			'AssertionError: Expected mock to have been awaited once. Awaited 0 times.',
			"AssertionError: expected call not found.\nExpected: send('b')\nActual: not called.",
		]) {
			expect(ruleFor(mockAsserted(message)), message).toBe('mock-never-called');
		}
	});
	test("called too often, when it should not be, or with other arguments: still the code's", () => {
		for (const message of [
			"AssertionError: Expected 'send' to have been called once. Called 2 times.\nCalls: [call('a'), call('a')].",
			"AssertionError: Expected 'getcwd' to not have been called. Called 1 times.",
			"AssertionError: expected call not found.\nExpected: send('b')\nActual: send('a')",
		]) {
			expect(ruleFor(mockAsserted(message)), message).toBe(
				'mock-call-expectation',
			);
		}
	});
});

const refused = (file: string, phase: 'call' | 'setup' = 'call') => ({
	id: `${file}::test_a`,
	file,
	phase,
	headline:
		"requests.exceptions.ConnectionError: HTTPConnectionPool(host='127.0.0.1', port=18810): Max retries exceeded with url: /status (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused'))",
	traceback: [
		`${file}:12: in test_a`,
		'    assert visits.lab_status(7) == "ready"',
		'app/visits.py:20: in lab_status',
		'    return client.status(visit)',
		"E   requests.exceptions.ConnectionError: HTTPConnectionPool(host='127.0.0.1', port=18810): Max retries exceeded with url: /status (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused'))",
	].join('\n'),
});

describe('a refused connection', () => {
	test("in the body of a unit test (tests/core, tests/unit) is the test's: its mock missed", () => {
		expect(ruleFor(refused('tests/core/test_visits.py'))).toBe(
			'unit-test-reached-service',
		);
		expect(ruleFor(refused('tests/unit/test_visits.py'))).toBe(
			'unit-test-reached-service',
		);
	});
	test("in a chaos or integration test, or in a unit test's fixture, is still the service's", () => {
		for (const file of [
			'tests/chaos/network/test_visits.py',
			'tests/integration/test_visits.py',
			'tests/test_visits.py',
		]) {
			expect(ruleFor(refused(file)), file).toBe('connection-refused');
		}

		expect(ruleFor(refused('tests/core/test_visits.py', 'setup'))).toBe(
			'connection-refused',
		);
	});
});
