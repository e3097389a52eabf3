import {describe, expect, test} from 'vitest';
import type {CapturedSection} from '../../../source/log/model.js';
import {waitOf} from '../../../source/classify/rules/hang.js';

const futureWait =
	'tests/test_pool.py:49: in test_pool\n    results = [f.result() for f in futures]\n/usr/lib/python3.12/concurrent/futures/_base.py:451: in result\n    self._condition.wait(timeout)\n/usr/lib/python3.12/threading.py:355: in wait\n    waiter.acquire()\nE   Failed: Timeout >30.0s';

function dump(...frames: Array<[string, string, string]>): CapturedSection {
	return {
		name: 'Captured stderr call',
		text: [
			'',
			'+++++++++++++++++++++++++++++++++++ Timeout ++++++++++++++++++++++++++++++++++++',
			'',
			'~~~~~~~~~~~~~~~~~~~ Stack of worker-1 (139600438324806) ~~~~~~~~~~~~~~~~~~~',
			...frames.flatMap(([path, line, source]) => [
				`  File "${path}", line ${line}, in fn`,
				`    ${source}`,
			]),
			'',
			'+++++++++++++++++++++++++++++++++++ Timeout ++++++++++++++++++++++++++++++++++++',
		].join('\n'),
	};
}

describe('waitOf', () => {
	test('every stack in a lock or a condition: locks', () => {
		expect(
			waitOf({
				traceback: futureWait,
				captured: [
					dump(
						['/srv/app/src/app/locks.py', '88', 'self._cond.wait(timeout=5)'],
						['/usr/lib/python3.12/threading.py', '355', 'waiter.acquire()'],
					),
				],
			}),
		).toBe('locks');
	});

	test('a thread blocked in `with lock:` in the code itself: locks', () => {
		expect(
			waitOf({
				traceback: futureWait,
				captured: [
					dump(['/srv/app/src/app/pool.py', '74', 'with self._ledger_lock:']),
				],
			}),
		).toBe('locks');
	});

	test('one stack in a socket read: io', () => {
		expect(
			waitOf({
				traceback: futureWait,
				captured: [
					dump([
						'/usr/lib/python3.12/ssl.py',
						'1134',
						'return self._sslobj.read(len, buffer)',
					]),
				],
			}),
		).toBe('io');
		expect(
			waitOf({
				traceback: '/usr/lib/python3.11/socket.py:294: Failed: Timeout >60.0s',
				captured: [],
			}),
		).toBe('io');
	});

	test('nothing to go by: undefined', () => {
		expect(
			waitOf({traceback: 'E   Failed: Timeout >5.0s', captured: []}),
		).toBeUndefined();
		expect(
			waitOf({
				traceback:
					'tests/test_a.py:3: in test_a\n    compute()\nE   Failed: Timeout >5.0s',
				captured: [],
			}),
		).toBeUndefined();
	});
});
