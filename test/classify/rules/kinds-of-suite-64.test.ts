/**
Rules changed after acceptance suite 64 (tramyard) was measured blind (45 of 53 on its log and its XML): checked on
that real run's log and XML, on suite 22's, and on texts where the rule must or must not fire. The kind is not words
of the suite: Python's TimeoutError raised by the app's own line, with no socket, client or service below it and none
named in its message, is the code giving up a wait of its own (a thread's join, an event), which both sets that had
one decided the code's bug. A client's timeout, one raised by a library or by the test, and one whose message names a
host, a service or a connection stay where they were.
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

describe.each([
	['holdout-64.log', 'TestConcurrency::test_routes_set_through_junction'],
	['holdout-64.xml', 'TestConcurrency::test_routes_set_through_junction'],
	['holdout-22.log', 'test_chiller_ready'],
	['holdout-22.xml', 'test_chiller_ready'],
])('on the real run %s', async (file, name) => {
	const analysis = await analysisOf(file);
	test(`${name}: the code's own wait given up`, () => {
		expect(suggestionFor(analysis, name)).toMatchObject({
			rule: 'own-timeout-raised-in-app',
			category: 'BUG',
			priority: 'HIGH',
		});
	});
});

function ruleOfTimeout(
	message: string,
	source = 'raise TimeoutError(f"route setting not finished after {timeout}s")',
	frames = 'app/interlock.py:54: in set_routes',
): string {
	const line = message ? `TimeoutError: ${message}` : 'TimeoutError';
	return ruleFor({
		headline: line,
		traceback: `tests/test_a.py:3: in test_a\n    set_routes()\n${frames}\n    ${source}\nE   ${line}`,
	});
}

describe("a TimeoutError the code's own line raises", () => {
	test.each([
		'route setting not finished after 2.0s: Thread-25 (_set_route), Thread-26 (_set_route) still running',
		'glycol loop not ready after 0.5s',
		'',
	])("with nothing outside the code in %j is the code's", message => {
		expect(ruleOfTimeout(message)).toBe('own-timeout-raised-in-app');
	});

	test.each([
		'signalling service not ready after 5s',
		'no answer from http://signals.internal/health after 5s',
		'gateway host 10.0.0.7 did not respond within 2s',
		'connection to the telemetry peer not established after 3s',
	])('with a service in %j is a timeout waiting on it', message => {
		expect(ruleOfTimeout(message)).toBe('timeout-error');
	});

	test('below a frame of I/O is a timeout waiting on the network', () => {
		expect(
			ruleOfTimeout(
				'frame not complete after 2s',
				'raise TimeoutError("frame not complete after 2s")',
				'app/feeds.py:30: in read_frame\n    data = sock.recv(64)\n/usr/lib/python3.11/socket.py:705: in readinto\n    return self._sock.recv_into(b)\napp/feeds.py:33: in read_frame',
			),
		).toBe('timeout-error');
	});

	test("raised by the test's own line is not the code's", () => {
		expect(
			ruleFor({
				headline: 'TimeoutError: workers not finished after 2s',
				traceback:
					'tests/test_a.py:9: in test_a\n    raise TimeoutError("workers not finished after 2s")\nE   TimeoutError: workers not finished after 2s',
			}),
		).not.toBe('own-timeout-raised-in-app');
	});

	test("a library's TimeoutError of another module is not Python's", () => {
		expect(
			ruleFor({
				headline: 'redis.exceptions.TimeoutError: pool drained',
				traceback:
					'tests/test_a.py:3: in test_a\n    drain()\napp/cache.py:9: in drain\n    raise redis.exceptions.TimeoutError("pool drained")\nE   redis.exceptions.TimeoutError: pool drained',
			}),
		).not.toBe('own-timeout-raised-in-app');
	});
});
