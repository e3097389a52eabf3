/**
Rules written after acceptance suite 20 (cuewright) was measured blind (57 of 71), for kinds of failure it
showed that a rule read otherwise: checked on that real run's log and XML, and on texts in other words where
the rule must or must not fire. Each is a kind (an installed library calling what this Python removed, a Redis
ACL user without a command, a stub peer of a conftest left reading its socket while the code's threads
deadlock), not a word of the suite.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {waitOf} from '../../../source/classify/rules/hang.js';
import {readLog} from '../../../source/log/read.js';
import type {CapturedSection} from '../../../source/log/model.js';
import {ruleFor, suggestionFor} from './failures.js';

describe.each(['holdout-20.log', 'holdout-20.xml'])(
	'on the real run of suite 20 (%s)',
	async file => {
		const analysis = analyze([
			await readLog(path.join(import.meta.dirname, '../acceptance', file)),
		]);
		test("pysrt opening a file with the U mode Python 3.11 removed is the installed library's", () => {
			expect(suggestionFor(analysis, 'test_open_master_file')).toMatchObject({
				rule: 'library-older-than-python',
				category: 'ENVIRONMENT',
				priority: 'MEDIUM',
			});
		});
		test("Redis refusing flushdb to the ACL user is the user's grants", () => {
			expect(suggestionFor(analysis, 'test_reset_between_runs')).toMatchObject({
				rule: 'database-privileges',
				category: 'CONFIGURATION',
				priority: 'MEDIUM',
			});
		});
		test("two threads of the code in each other's locks are a deadlock, whatever stub is still reading", () => {
			expect(
				suggestionFor(analysis, 'test_segment_copies_both_ways'),
			).toMatchObject({
				rule: 'hang-on-locks',
				category: 'BUG',
				priority: 'HIGH',
			});
		});
		test('a code defect in a library call and a Redis too old keep their rules', () => {
			expect(suggestionFor(analysis, 'test_load_vendor_file')?.category).toBe(
				'BUG',
			);
			expect(
				suggestionFor(analysis, 'test_reclaim_stalled_renders')?.rule,
			).toBe('unknown-server-command');
		});
	},
);

describe('in other words', () => {
	const raisedBelow = (caller: string, error: string) => ({
		headline: error,
		traceback: [
			'tests/test_feed.py:8: in test_feed',
			'    items = feed.load(URL)',
			'app/feed.py:12: in load',
			'    return parser.parse(text)',
			...caller.split('\n'),
			`E   ${error}`,
		].join('\n'),
	});
	const inLibrary = [
		'/usr/lib/python3/dist-packages/oldparser/core.py:40: in parse',
		'    if isinstance(node, collections.Mapping):',
	].join('\n');
	test('an installed library using the ABCs collections lost, or the loop parameter asyncio lost, is too old for this Python', () => {
		expect(
			ruleFor(
				raisedBelow(
					inLibrary,
					"AttributeError: module 'collections' has no attribute 'Mapping'",
				),
			),
		).toBe('library-older-than-python');
		expect(
			ruleFor(
				raisedBelow(
					[
						'/opt/venv/lib/python3.12/site-packages/oldclient/pool.py:31: in __init__',
						'    self._lock = asyncio.Lock(loop=loop)',
						'/usr/lib/python3.12/asyncio/mixins.py:17: in __init__',
						'    raise TypeError(',
					].join('\n'),
					'TypeError: As of 3.10, the *loop* parameter was removed from Lock() since it is no longer necessary',
				),
			),
		).toBe('library-older-than-python');
	});
	test('a method another library dropped, not this Python, is not read so', () => {
		expect(
			ruleFor(
				raisedBelow(
					'/opt/venv/lib/python3.12/site-packages/imaging/pack.py:12: in pack\n    return pixels.tostring()',
					"AttributeError: 'numpy.ndarray' object has no attribute 'tostring'",
				),
			),
		).not.toBe('library-older-than-python');
		expect(
			ruleFor(
				raisedBelow(
					'/opt/venv/lib/python3.12/site-packages/oldxml/walk.py:12: in walk\n    return node.getchildren()',
					"AttributeError: 'xml.etree.ElementTree.Element' object has no attribute 'getchildren'",
				),
			),
		).toBe('library-older-than-python');
	});
	test("the same words raised in the code's own frame are the code's, not a library's", () => {
		expect(
			ruleFor({
				headline:
					"AttributeError: module 'collections' has no attribute 'Mapping'",
				traceback: [
					'tests/test_feed.py:8: in test_feed',
					'    items = feed.load(URL)',
					'app/feed.py:12: in load',
					'    if isinstance(node, collections.Mapping):',
					"E   AttributeError: module 'collections' has no attribute 'Mapping'",
				].join('\n'),
			}),
		).not.toBe('library-older-than-python');
		expect(
			ruleFor(
				raisedBelow(
					'<frozen codecs>:906: in open\n    ???',
					"ValueError: invalid mode: 'rUb'",
				),
			),
		).not.toBe('library-older-than-python');
	});
	test("Redis 7's words for a user without a key or a command are a grant missing too", () => {
		expect(
			ruleFor({
				headline:
					'redis.exceptions.NoPermissionError: No permissions to access a key',
			}),
		).toBe('database-privileges');
		expect(
			ruleFor({
				headline:
					"redis.exceptions.ResponseError: NOPERM User cache has no permissions to run the 'config|set' command",
			}),
		).toBe('database-privileges');
	});
	test('a password Redis refuses is not a grant missing', () => {
		expect(
			ruleFor({
				headline:
					'redis.exceptions.AuthenticationError: invalid username-password pair or user is disabled.',
			}),
		).not.toBe('database-privileges');
	});

	const timeout = [
		'tests/test_pool.py:49: in test_pool',
		'    worker.join()',
		'/usr/lib/python3.11/threading.py:1132: in _wait_for_tstate_lock',
		'    if lock.acquire(block, timeout):',
		'E   Failed: Timeout >3.0s',
	].join('\n');
	const stack = (
		name: string,
		...frames: Array<[string, string, string]>
	): CapturedSection => ({
		name: 'Captured stderr call',
		text: [
			'',
			'+++++++++++++++++++++++++++++++++++ Timeout ++++++++++++++++++++++++++++++++++++',
			'',
			`~~~~~~~~~~~~~~~~~~~ Stack of ${name} (139600438324806) ~~~~~~~~~~~~~~~~~~~`,
			'  File "/usr/lib/python3.11/threading.py", line 975, in run',
			'    self._target(*self._args, **self._kwargs)',
			...frames.flatMap(([file, line, source]) => [
				`  File "${file}", line ${line}, in fn`,
				`    ${source}`,
			]),
			'',
		].join('\n'),
	});
	const deadlocked = stack('Thread-9 (transfer)', [
		'/srv/app/src/app/ledger.py',
		'40',
		'with self.target_lock:',
	]);
	test("a conftest's stub peer reading its socket says nothing of what the code's threads wait on", () => {
		expect(
			waitOf({
				traceback: timeout,
				captured: [
					deadlocked,
					stack(
						'Thread-3 (serve)',
						['/srv/app/tests/conftest.py', '88', 'line = reader.readline()'],
						[
							'/usr/lib/python3.11/socket.py',
							'706',
							'return self._sock.recv_into(b)',
						],
					),
				],
			}),
		).toBe('locks');
	});
	test("a thread of the test's own file, or a conftest's thread in a client library, reading a socket is still I/O", () => {
		expect(
			waitOf({
				traceback: timeout,
				captured: [
					deadlocked,
					stack(
						'Thread-3 (client)',
						['/srv/app/tests/test_pool.py', '20', 'reply = sock.recv(1024)'],
						[
							'/usr/lib/python3.11/socket.py',
							'706',
							'return self._sock.recv_into(b)',
						],
					),
				],
			}),
		).toBe('io');
		expect(
			waitOf({
				traceback: timeout,
				captured: [
					deadlocked,
					stack(
						'Thread-3 (consume)',
						[
							'/srv/app/tests/conftest.py',
							'30',
							'message = client.blpop("jobs")',
						],
						[
							'/usr/lib/python3/dist-packages/redis/connection.py',
							'249',
							'data = self._buffer.readline()',
						],
						[
							'/usr/lib/python3.11/socket.py',
							'706',
							'return self._sock.recv_into(b)',
						],
					),
				],
			}),
		).toBe('io');
	});
});
