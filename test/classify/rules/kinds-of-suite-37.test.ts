/**
Acceptance suite 37 (stowfold) reached 66 of 70 blind, 66 with the priority: its four misses are judgement calls the
traceback leaves open (see the acceptance README), and no rule was written for them. One rule was written from the
sets before it: an assertion that a cachetools TTL cache no longer holds an entry, which suites 35 and 36 both decided
was the test's wait (`ttl-entry-not-expired-in-test`). The rest of this file keeps the shape the round was asked to
weigh: one root cause surfacing through different libraries' exception types across modules, and chaos tests that
fail on every rerun. Each must keep reading as one cause, in the log and in the XML, and in the words a newer urllib3
(2.x, under pytest 9) uses for the same causes.
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

describe.each(['holdout-37.log', 'holdout-37.xml'])(
	'on the real run of suite 37 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		// An in-cluster name the runner cannot resolve, through redis-py, psycopg2, httpx, urllib and getaddrinfo.
		test.each([
			'test_override_holder',
			'test_access_log_written',
			'test_open_gate_remote',
			'test_camera_snapshot',
			'test_insurer_health',
		])('a name that does not resolve is the DNS of the runner (%s)', name => {
			expect(suggestionFor(analysis, name)).toMatchObject({
				rule: 'dns-failure',
				category: 'ENVIRONMENT',
				priority: 'MEDIUM',
			});
		});
		// A staging certificate no CA signed, through requests, httpx and urllib.
		test.each([
			'test_client_token_staging_tls',
			'test_charge_staging_tls',
			'test_insurer_quote_staging_tls',
			'test_refund_staging_tls',
		])('an untrusted certificate is the trust settings (%s)', name => {
			expect(suggestionFor(analysis, name)).toMatchObject({
				rule: 'certificate-untrusted',
				category: 'CONFIGURATION',
				priority: 'MEDIUM',
			});
		});
		// Flaky tests that failed every rerun keep the cause of their last attempt.
		test.each([
			['test_staff_profile_overloaded_provider', 'ENVIRONMENT', 'MEDIUM'],
			['test_cache_stalls', 'ENVIRONMENT', 'MEDIUM'],
			['test_refund_connection_reset', 'ENVIRONMENT', 'MEDIUM'],
			['test_charge_one_in_three_slow', 'ENVIRONMENT', 'MEDIUM'],
			['test_concurrent_move_ins_count', 'BUG', 'HIGH'],
		] as const)('%s is %s %s', (name, category, priority) => {
			expect(suggestionFor(analysis, name)).toMatchObject({
				category,
				priority,
			});
		});
	},
);

describe("the same causes in urllib3 2's words (requests 2.32+, pytest 9)", () => {
	test('NameResolutionError through retries is the DNS of the runner', () => {
		expect(
			ruleFor({
				headline:
					"requests.exceptions.ConnectionError: HTTPConnectionPool(host='billing.example.internal', port=80): Max retries exceeded with url: /x (Caused by NameResolutionError(\"HTTPConnection(host='billing.example.internal', port=80): Failed to resolve 'billing.example.internal' ([Errno -2] Name or service not known)\"))",
				traceback: [
					'tests/test_probe.py:38: in test_dns',
					'    session().get("http://billing.example.internal/x", timeout=1)',
					'E   socket.gaierror: [Errno -2] Name or service not known',
					"E   urllib3.exceptions.NameResolutionError: HTTPConnection(host='billing.example.internal', port=80): Failed to resolve 'billing.example.internal' ([Errno -2] Name or service not known)",
				].join('\n'),
			}),
		).toBe('dns-failure');
	});
	test('a self-signed certificate in urllib3 2.x is untrusted', () => {
		expect(
			ruleFor({
				headline:
					"requests.exceptions.SSLError: HTTPSConnectionPool(host='127.0.0.1', port=51197): Max retries exceeded with url: / (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate (_ssl.c:1006)')))",
				traceback: [
					'tests/test_probe.py:45: in test_cert',
					'E   ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate (_ssl.c:1006)',
					'E   urllib3.exceptions.SSLError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate (_ssl.c:1006)',
				].join('\n'),
			}),
		).toBe('certificate-untrusted');
	});
	test('read retries run out as a ConnectionError is a slow service', () => {
		expect(
			ruleFor({
				headline:
					"requests.exceptions.ConnectionError: HTTPConnectionPool(host='127.0.0.1', port=36745): Max retries exceeded with url: / (Caused by ReadTimeoutError(\"HTTPConnectionPool(host='127.0.0.1', port=36745): Read timed out. (read timeout=0.2)\"))",
				traceback: [
					'tests/test_probe2.py:14: in test_read_retries',
					'E   TimeoutError: timed out',
					"E   urllib3.exceptions.ReadTimeoutError: HTTPConnectionPool(host='127.0.0.1', port=36745): Read timed out. (read timeout=0.2)",
				].join('\n'),
			}),
		).toBe('read-timeout-as-connection-error');
	});
});

describe.each([
	['holdout-35.log', 'test_timetable_memo_expires'],
	['holdout-35.xml', 'test_timetable_memo_expires'],
	['holdout-36.log', 'test_recent_lookups_expire'],
	['holdout-36.xml', 'test_recent_lookups_expire'],
])('on the real run %s', (file, name) => {
	test("an entry still in a TTLCache the test expected expired is the test's wait", async () => {
		expect(suggestionFor(await analysisOf(file), name)).toMatchObject({
			rule: 'ttl-entry-not-expired-in-test',
			category: 'TEST_DESIGN',
			priority: 'MEDIUM',
		});
	});
});

describe('an entry of a TTL cache asserted gone', () => {
	const assertion = (line: string) => ({
		headline: `AssertionError: ${line}`,
		traceback: [
			'tests/test_cache.py:30: in test_expires',
			'    assert key not in cache',
			`E   AssertionError: ${line}`,
		].join('\n'),
	});
	test.each([
		"assert 'w' not in TTLCache({'w': 1}, maxsize=4, currsize=1)",
		"assert ('north', 3) not in TLRUCache({('north', 3): 'x'}, maxsize=8, currsize=1)",
	])("still there is the test's wait: %s", line => {
		expect(ruleFor(assertion(line))).toBe('ttl-entry-not-expired-in-test');
	});
	test.each([
		// A TTL cache that lost an entry it should hold is the code's (or its settings').
		"assert 'w' in TTLCache({}, maxsize=4, currsize=0)",
		// Other caches never expire by time: an entry still there is what the code kept.
		"assert 'w' not in LRUCache({'w': 1}, maxsize=4, currsize=1)",
		// The same test through the cache's get prints no cache: not read so.
		'assert 2.5 is None',
	])('not read so: %s', line => {
		expect(ruleFor(assertion(line))).not.toBe('ttl-entry-not-expired-in-test');
	});
});
