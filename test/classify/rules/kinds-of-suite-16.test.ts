/**
Rules written after acceptance suite 16 (bidlark) was measured blind (53 of 69), for kinds of failure it
showed that no rule knew or that a rule read otherwise: checked on that real run's log and XML, and on texts
in other words where the rule must not fire. Each is a kind (a lock file left behind, a PermissionError the
code raises with words of its own, an asyncio stream cut short, a circuit breaker quoting a refused
connection, LMDB's size limits, a setting handed to a library without converting its type), not a word of
the suite.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

describe.each(['holdout-16.log', 'holdout-16.xml'])(
	'on the real run of suite 16 (%s)',
	async file => {
		const analysis = analyze([
			await readLog(path.join(import.meta.dirname, '../acceptance', file)),
		]);
		test("a lock file the code creates with O_EXCL and finds already there is the code's, HIGH", () => {
			expect(
				suggestionFor(analysis, 'test_pacing_lock_after_failed_run'),
			).toMatchObject({
				rule: 'lock-file-left-in-app',
				category: 'BUG',
				priority: 'HIGH',
			});
		});
		test('a PermissionError the code raises with its own words is not the machine refusing a file', () => {
			expect(
				suggestionFor(analysis, 'test_vendor_can_push_segments')?.rule,
			).not.toBe('permission-denied');
		});
		test('an asyncio stream that ends before the bytes it expected is a dropped connection, MEDIUM', () => {
			expect(
				suggestionFor(analysis, 'test_bid_ack_frame_complete'),
			).toMatchObject({
				rule: 'connection-reset',
				category: 'ENVIRONMENT',
				priority: 'MEDIUM',
			});
		});
		test('a circuit breaker whose error quotes a refused connection is a breaker open, MEDIUM', () => {
			expect(
				suggestionFor(
					analysis,
					'test_win_notice_delivered_despite_tracker_outage',
				),
			).toMatchObject({
				rule: 'circuit-open',
				category: 'ENVIRONMENT',
				priority: 'MEDIUM',
			});
		});
		test("LMDB's map full is the setting that sizes the store", () => {
			expect(
				suggestionFor(analysis, 'test_segments_loaded_for_a_day'),
			).toMatchObject({
				rule: 'embedded-store-size-limit',
				category: 'CONFIGURATION',
				priority: 'MEDIUM',
			});
		});
		test("a setting handed to hmac as a str is the code's, not the setting's", () => {
			expect(
				suggestionFor(analysis, 'test_win_notice_signature'),
			).toMatchObject({category: 'BUG', priority: 'HIGH'});
		});
		test('the refused connections and a path the runner lacks keep their rules', () => {
			expect(
				suggestionFor(analysis, 'test_bid_reaches_exchange[4471]')?.rule,
			).toBe('connection-refused');
			expect(
				suggestionFor(analysis, 'test_first_impression_counts_one')?.rule,
			).toBe('connection-refused');
		});
	},
);

describe('in other words', () => {
	test("a lock file the test's own code creates twice is the test's", () => {
		expect(
			ruleFor({
				headline:
					"FileExistsError: [Errno 17] File exists: '/tmp/pytest-of-ci/pytest-0/test_a0/run.pid'",
				traceback: [
					'tests/test_a.py:12: in test_a',
					'    fd = os.open(pidfile, os.O_CREAT | os.O_EXCL | os.O_WRONLY)',
					"E   FileExistsError: [Errno 17] File exists: '/tmp/pytest-of-ci/pytest-0/test_a0/run.pid'",
				].join('\n'),
			}),
		).toBe('lock-file-left-in-test');
	});
	test('a folder that exists is not a lock file', () => {
		expect(
			ruleFor({
				headline:
					"FileExistsError: [Errno 17] File exists: '/tmp/pytest-of-ci/pytest-0/test_a0/exports'",
				traceback: [
					'src/app/exports.py:8: in prepare',
					'    os.mkdir(folder)',
					"E   FileExistsError: [Errno 17] File exists: '/tmp/pytest-of-ci/pytest-0/test_a0/exports'",
				].join('\n'),
			}),
		).not.toMatch(/lock-file-left/);
	});
	test("the operating system's PermissionError is still the machine's", () => {
		expect(
			ruleFor({
				headline: "PermissionError: [Errno 13] Permission denied: '/dev/kvm'",
				traceback: [
					'tests/test_a.py:5: in test_a',
					"    open('/dev/kvm', 'rb')",
					"E   PermissionError: [Errno 13] Permission denied: '/dev/kvm'",
				].join('\n'),
			}),
		).toBe('permission-denied');
	});
	test("a PermissionError the code raises for an expired token is the code's check", () => {
		expect(
			ruleFor({
				headline: 'PermissionError: token expired 10 s ago',
				traceback: [
					'src/app/auth.py:29: in check_token',
					'    raise PermissionError(f"token expired {age} s ago")',
					'E   PermissionError: token expired 10 s ago',
				].join('\n'),
			}),
		).not.toBe('permission-denied');
	});
	test("LMDB's other fixed limits are the store's settings too", () => {
		expect(
			ruleFor({
				headline:
					'lmdb.DbsFullError: mdb_dbi_open: MDB_DBS_FULL: Environment maxdbs limit reached',
				traceback: [
					'src/app/store.py:14: in open_table',
					'    return env.open_db(name.encode())',
					'E   lmdb.DbsFullError: mdb_dbi_open: MDB_DBS_FULL: Environment maxdbs limit reached',
				].join('\n'),
			}),
		).toBe('embedded-store-size-limit');
	});
	test('a setting handed over unset (None) is still refused as the setting', () => {
		expect(
			ruleFor({
				headline:
					'TypeError: expected str, bytes or os.PathLike object, not NoneType',
				traceback: [
					'src/app/store.py:9: in open_store',
					'    return sqlite3.connect(settings.DB_PATH)',
					'/usr/lib/python3.11/sqlite3/__init__.py:3: in connect',
					'    raise TypeError("expected str, bytes or os.PathLike object, not NoneType")',
					'E   TypeError: expected str, bytes or os.PathLike object, not NoneType',
				].join('\n'),
			}),
		).toBe('setting-refused-by-library');
	});
	test("a setting handed over as a str where bytes are wanted is the code's", () => {
		expect(
			ruleFor({
				headline: "TypeError: key: expected bytes or bytearray, but got 'str'",
				traceback: [
					'src/app/webhooks.py:9: in sign',
					'    return hmac.new(settings.WEBHOOK_SECRET, body, "sha256").hexdigest()',
					'/usr/lib/python3.11/hmac.py:53: in __init__',
					'    raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)',
					"E   TypeError: key: expected bytes or bytearray, but got 'str'",
				].join('\n'),
			}),
		).not.toBe('setting-refused-by-library');
	});
	test("a circuit breaker's error that quotes a reset connection is a breaker open", () => {
		expect(
			ruleFor({
				headline:
					"pybreaker.CircuitBreakerError: Failures threshold reached, circuit breaker opened (last: ConnectionResetError(104, 'Connection reset by peer'))",
				traceback: [
					'src/app/client.py:30: in call',
					'    return self.breaker.call(self._send, payload)',
					"E   pybreaker.CircuitBreakerError: Failures threshold reached, circuit breaker opened (last: ConnectionResetError(104, 'Connection reset by peer'))",
				].join('\n'),
			}),
		).toBe('circuit-open');
	});
});
