/**
Rules widened after acceptance suite 38 (deskhive) was measured blind (61 of 73 on its log, 62 on its XML): checked
on that real run's log and XML (Debian's pytest 7.2), and on texts in other words where the rule must or must not
fire. The kinds are not words of the suite: a stub peer whose handler is a function of the test module (not of the
conftest) is a thread that serves, not what a hung test waits on; and a fixture's session or JWT passed by a name of
its own (`member_session`, `admin_jwt`) expires like a fixture's `…_token`.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {waitOf} from '../../../source/classify/rules/hang.js';
import type {CapturedSection} from '../../../source/log/model.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

async function analysisOf(file: string) {
	return analyze([
		await readLog(path.join(import.meta.dirname, '../acceptance', file)),
	]);
}

describe.each(['holdout-38.log', 'holdout-38.xml'])(
	'on the real run of suite 38 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test('a lock-order deadlock is the code’s, though a stub’s handler from the test module reads its socket', () => {
			expect(suggestionFor(analysis, 'test_swaps_both_ways')).toMatchObject({
				category: 'BUG',
				priority: 'HIGH',
			});
		});
		test('a one-second session from a module-scoped fixture, expired when used, is the test’s', () => {
			expect(
				suggestionFor(analysis, 'test_member_session_rooms'),
			).toMatchObject({
				rule: 'token-from-fixture-expired',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});
	},
);

describe('a hang: a stub peer whose handler lives in the test module serves too', () => {
	const lockWait =
		'tests/test_a.py:9: in test_a\n    one.join()\n/usr/lib/python3.11/threading.py:1112: in join\n    self._wait_for_tstate_lock()\n/usr/lib/python3.11/threading.py:1132: in _wait_for_tstate_lock\n    if lock.acquire(block, timeout):\nE   Failed: Timeout >3.0s';

	function stack(
		name: string,
		frames: Array<[path: string, fn: string, source: string]>,
	): string {
		return [
			`~~~~~~~~~~~~~~~ Stack of ${name} (140085236324032) ~~~~~~~~~~~~~~~~`,
			...frames.flatMap(([file, fn, source]) => [
				`  File "${file}", line 10, in ${fn}`,
				`    ${source}`,
			]),
			'',
		].join('\n');
	}

	function dump(...stacks: string[]): CapturedSection[] {
		return [
			{
				name: 'Captured stderr call',
				text: ['+++ Timeout +++', '', ...stacks].join('\n'),
			},
		];
	}

	const swap = stack('Thread-60 (swap)', [
		['/usr/lib/python3.11/threading.py', 'run', 'self._target()'],
		['/ci/desks/desks/board.py', 'swap', 'with self.locks[second]:'],
	]);
	const fakeRedis = stack('Thread-38 (_one)', [
		['/usr/lib/python3.11/threading.py', 'run', 'self._target()'],
		['/ci/desks/tests/conftest.py', '_one', 'self.handler(conn)'],
		[
			'/ci/desks/tests/chaos/cache/test_cache.py',
			'fake',
			'head = reader.readline()',
		],
		[
			'/usr/lib/python3.11/socket.py',
			'readinto',
			'return self._sock.recv_into(b)',
		],
	]);
	const clientInTest = stack('Thread-9 (poll)', [
		['/usr/lib/python3.11/threading.py', 'run', 'self._target()'],
		['/ci/desks/tests/test_feed.py', 'poll', 'feed.next_batch()'],
		['/ci/desks/desks/feed.py', 'next_batch', 'return self.sock.recv(4096)'],
		['/usr/lib/python3.11/socket.py', 'recv', 'return self._sock.recv(n)'],
	]);

	test('threads waiting on each other’s locks beside a test module’s stub handler are a deadlock', () => {
		expect(waitOf({traceback: lockWait, captured: dump(swap, fakeRedis)})).toBe(
			'locks',
		);
	});

	const ownClient = stack('Thread-3 (client)', [
		['/usr/lib/python3.11/threading.py', 'run', 'self._target()'],
		['/ci/desks/tests/test_feed.py', 'client', 'reply = sock.recv(1024)'],
		['/usr/lib/python3.11/socket.py', 'recv', 'return self._sock.recv(n)'],
	]);

	test('a thread of the test module alone reading its socket, with no conftest stub above it, still waits on I/O', () => {
		expect(waitOf({traceback: lockWait, captured: dump(swap, ownClient)})).toBe(
			'io',
		);
	});

	test('a thread of the test reading a socket through the code’s client still waits on a service', () => {
		expect(
			waitOf({traceback: lockWait, captured: dump(swap, clientInTest)}),
		).toBe('io');
	});
});

describe('an expired session or JWT the test passes by a name of its own', () => {
	const readAt = (
		line: string,
		message = 'jwt.exceptions.ExpiredSignatureError: Signature has expired',
	) => ({
		headline: message,
		traceback: [
			'tests/test_rooms.py:30: in test_rooms_listed',
			`    ${line}`,
			'app/auth.py:45: in read_session',
			'    return jwt.decode(token, SECRET, algorithms=["HS256"])',
			`E   ${message}`,
		].join('\n'),
	});

	test('is the fixture’s, as a `…_token` is', () => {
		for (const line of [
			'claims = auth.read_session(member_session)',
			'assert auth.decode(KEY, admin_jwt)["sub"] == "ops"',
			'claims = auth.verify_token(service_token)',
		]) {
			expect(ruleFor(readAt(line))).toBe('token-from-fixture-expired');
		}
	});

	test('a bare session, one minted on the spot or another error is not read so', () => {
		for (const line of [
			'claims = auth.read_session(session)',
			'claims = auth.read_session(issue_session("m-1", lifetime=1))',
		]) {
			expect(ruleFor(readAt(line))).not.toBe('token-from-fixture-expired');
		}

		expect(
			ruleFor(
				readAt(
					'claims = auth.read_session(member_session)',
					'jwt.exceptions.InvalidAudienceError: Invalid audience',
				),
			),
		).not.toBe('token-from-fixture-expired');
	});
});
