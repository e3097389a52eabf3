/**
Rules widened after acceptance suite 43 (roomwise) was measured blind (57 of 63 on its log and on its XML): checked on
that real run's log and XML (Debian's pytest 7.2), and on texts in other words where the rule must or must not fire.
The kinds are not words of the suite: a pool the code keeps for the whole process, shut down by an earlier test, an
expired key the test passes by a name of its own (a fixture's), as a token so passed already was, and the code's own
lock not acquired in time, in an exception of the code's named for it, as Python's TimeoutError already was.
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

describe.each(['holdout-43.log', 'holdout-43.xml'])(
	'on the real run of suite 43 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test('a module-level pool shut down by an earlier test is the tests’ shared state', () => {
			expect(suggestionFor(analysis, 'test_turndown_rooms')).toMatchObject({
				rule: 'module-pool-shut-by-earlier-test',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});
		test('a room key from a module-scoped fixture, expired, is the fixture’s', () => {
			expect(
				suggestionFor(analysis, 'test_key_opens_room_after_breakfast'),
			).toMatchObject({
				rule: 'token-from-fixture-expired',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});
		test('the code’s own lock not acquired in time is the code’s lock held too long', () => {
			expect(
				suggestionFor(analysis, 'test_inspect_after_empty_floor'),
			).toMatchObject({
				rule: 'lock-timeout',
				category: 'BUG',
				priority: 'HIGH',
			});
		});
		test('the code’s own thread-pool and queue defects stay the code’s', () => {
			expect(suggestionFor(analysis, 'test_cleaning_minutes')?.category).toBe(
				'BUG',
			);
			expect(suggestionFor(analysis, 'test_linen_runs')?.category).toBe('BUG');
		});
	},
);

describe('a pool refusing work after shutdown', () => {
	function shutDown(
		codeLine: string,
		message = 'cannot schedule new futures after shutdown',
	) {
		return ruleFor({
			headline: `RuntimeError: ${message}`,
			traceback: [
				'tests/chaos/concurrency/test_pool.py:12: in test_encode',
				'    assert media.encode_all(["a"]) == ["A"]',
				'app/media.py:20: in encode_all',
				`    ${codeLine}`,
				'/usr/lib/python3.11/concurrent/futures/thread.py:167: in submit',
				"    raise RuntimeError('cannot schedule new futures after shutdown')",
				`E   RuntimeError: ${message}`,
			].join('\n'),
		});
	}

	test.each([
		'return list(_executor.map(duration, paths))',
		'return list(ENCODERS.map(str.upper, names))',
		'return [f.result() for f in [_turndown.submit(str.upper, room) for room in rooms]]',
		'future = POOL.submit(work)',
	])('a module-level pool: %s', codeLine => {
		expect(shutDown(codeLine)).toBe('module-pool-shut-by-earlier-test');
	});

	test.each([
		// The code's own pool, a local or an instance's: the code shut it and used it again.
		'return list(pool.map(work, items))',
		'return self._pool.submit(work)',
		'return self.pool.submit(work)',
	])('not the code’s own pool: %s', codeLine => {
		expect(shutDown(codeLine)).not.toBe('module-pool-shut-by-earlier-test');
	});

	test('not the interpreter’s shutdown', () => {
		expect(
			shutDown(
				'return list(_executor.map(work, items))',
				'cannot schedule new futures after interpreter shutdown',
			),
		).not.toBe('module-pool-shut-by-earlier-test');
	});
});

describe('an expired key the test passes by a name of its own', () => {
	function expired(testLine: string) {
		return ruleFor({
			headline: 'jwt.exceptions.ExpiredSignatureError: Signature has expired',
			traceback: [
				'tests/chaos/auth/test_keys.py:23: in test_door',
				`    ${testLine}`,
				'app/auth.py:49: in open_door',
				'    claims = jwt.decode(token, secret, algorithms=["HS256"])',
				'E   jwt.exceptions.ExpiredSignatureError: Signature has expired',
			].join('\n'),
		});
	}

	test.each([
		'assert auth.open_door(guest_key, "305", SECRET)',
		'assert locks.admit(SECRET, member_key)',
	])('%s', testLine => {
		expect(expired(testLine)).toBe('token-from-fixture-expired');
	});

	test.each([
		// A key that signs or checks is not the token; the token here is the test's own.
		'assert auth.verify(token, public_key)',
		'assert auth.verify(token, signing_key)',
		'assert auth.verify(token, api_key)',
		'assert auth.verify(token, jwt_key)',
	])('not: %s', testLine => {
		expect(expired(testLine)).not.toBe('token-from-fixture-expired');
	});
});

describe('a lock not acquired in time', () => {
	function timedOut(headline: string) {
		return ruleFor({
			headline,
			traceback: [
				'tests/chaos/concurrency/test_board.py:53: in test_inspect',
				'    assert board.inspect("1") == 0',
				'app/board.py:44: in inspect',
				'    raise FloorLockTimeout(f"floor {floor} lock not acquired within {timeout}s")',
				`E   ${headline}`,
			].join('\n'),
		});
	}

	test.each([
		'app.board.FloorLockTimeout: floor 1 lock not acquired within 0.2s',
		'LockTimeoutError: ledger lock not acquired in 5 s',
		'TimeoutError: Lock orders:d15a50 not acquired after 5.06s',
	])('%s', headline => {
		expect(timedOut(headline)).toBe('lock-timeout');
	});

	test.each([
		// filelock's bare Timeout: a lock file another process or an earlier test keeps.
		"filelock._error.Timeout: The file lock '/srv/app/run.lock' could not be acquired.",
		// A timeout named for something else that mentions a lock in passing.
		'ReadTimeoutError: read timed out while the peer held its lock acquire',
		// A test that expected the code to time out.
		"Failed: DID NOT RAISE <class 'app.board.LockTimeout'>",
	])('not: %s', headline => {
		expect(timedOut(headline)).not.toBe('lock-timeout');
	});
});
