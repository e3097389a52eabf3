/**
Rules widened after acceptance suite 44 (baywarden) was measured blind (58 of 66 on its log and on its XML): checked on
that real run's log and XML (Debian's pytest 7.2), and on texts in other words where the rule must or must not fire.
The kinds are not words of the suite: redis-py's blocking pool with no connection left, which says only
`ConnectionError: No connection available.`; a Redis replica cut from its primary (`MASTERDOWN`); a proxy's 407 in the
words requests and aiohttp put around it; and an expired pass the test passes by a name of its own, as a key or a
token so passed already was.
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

describe.each(['holdout-44.log', 'holdout-44.xml'])(
	'on the real run of suite 44 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test('a blocking pool with no connection left is pool sizing', () => {
			expect(
				suggestionFor(analysis, 'test_level_signs_subscribe'),
			).toMatchObject({
				rule: 'pool-exhausted',
				category: 'CONFIGURATION',
				priority: 'MEDIUM',
			});
		});
		test('a Redis replica cut from its primary is a failover in progress', () => {
			expect(
				suggestionFor(analysis, 'test_free_from_stale_replica'),
			).toMatchObject({
				rule: 'replica-cut-from-primary',
				category: 'ENVIRONMENT',
				priority: 'MEDIUM',
			});
		});
		test('a proxy asking for credentials (407 through raise_for_status) is the proxy setting', () => {
			expect(
				suggestionFor(analysis, 'test_refund_through_egress_proxy'),
			).toMatchObject({
				rule: 'proxy-refused',
				category: 'CONFIGURATION',
				priority: 'MEDIUM',
			});
		});
		test('a pass from a module-scoped fixture, expired, is the fixture’s', () => {
			expect(
				suggestionFor(analysis, 'test_season_pass_holder_after_lunch'),
			).toMatchObject({
				rule: 'token-from-fixture-expired',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});
		test('the database side stays as it was read: outages, the code’s races and the server’s limits', () => {
			expect(
				suggestionFor(analysis, 'test_free_spaces_from_replica', 'setup')
					?.category,
			).toBe('ENVIRONMENT');
			expect(
				suggestionFor(analysis, 'test_same_plate_at_two_barriers')?.category,
			).toBe('BUG');
			expect(suggestionFor(analysis, 'test_cars_cross_levels')?.category).toBe(
				'BUG',
			);
			expect(suggestionFor(analysis, 'test_four_booths')?.category).toBe(
				'CONFIGURATION',
			);
		});
	},
);

describe('a connection pool with no connection left', () => {
	function poolDry(headline: string) {
		return ruleFor({
			headline,
			traceback: [
				'tests/chaos/cache/test_signs.py:36: in test_signs',
				'    assert len(signs.subscribe(client, GARAGES)) == 4',
				'app/signs.py:36: in subscribe',
				'    subscription.subscribe(f"levels:{garage}")',
				'/usr/lib/python3/dist-packages/redis/connection.py:1493: in get_connection',
				'    raise ConnectionError("No connection available.")',
				`E   ${headline}`,
			].join('\n'),
		});
	}

	test.each([
		'redis.exceptions.ConnectionError: No connection available.',
		'ConnectionError: No connection available.',
	])('%s', headline => {
		expect(poolDry(headline)).toBe('pool-exhausted');
	});

	test.each([
		// A server that is not there stays a connection refused or out of reach.
		'redis.exceptions.ConnectionError: Error 111 connecting to 127.0.0.1:6379. Connection refused.',
		'ConnectionError: No connection could be made because the target machine actively refused it',
		// An application's own words about an absent network are not a pool.
		'app.errors.NetworkError: No connection available to the gateway',
	])('not: %s', headline => {
		expect(poolDry(headline)).not.toBe('pool-exhausted');
	});
});

describe('a replica cut from its primary', () => {
	function replica(headline: string) {
		return ruleFor({
			headline,
			traceback: [
				'tests/chaos/cache/test_faults.py:30: in test_read',
				'    assert cache.free(client, "QUAY") is not None',
				'app/cache.py:21: in free',
				'    value = client.get(f"free:{garage}")',
				`E   ${headline}`,
			].join('\n'),
		});
	}

	test.each([
		"redis.exceptions.ResponseError: MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'.",
		"ResponseError: MASTERDOWN Link with MASTER is down and slave-serve-stale-data is set to 'no'.",
	])('%s', headline => {
		expect(replica(headline)).toBe('replica-cut-from-primary');
	});

	test.each([
		// A write to a read-only replica is the code's write (or its URL), not a replica cut off.
		"redis.exceptions.ReadOnlyError: You can't write against a read only replica.",
		// A name that merely holds the letters.
		'KeyError: MASTERDOWNTIME',
	])('not: %s', headline => {
		expect(replica(headline)).not.toBe('replica-cut-from-primary');
	});
});

describe('a proxy asking for credentials', () => {
	test.each([
		'requests.exceptions.HTTPError: 407 Client Error: Proxy Authentication Required for url: http://acquirer.example/refunds',
		"aiohttp.client_exceptions.ClientResponseError: 407, message='Proxy Authentication Required', url=URL('http://a.example')",
		"httpx.HTTPStatusError: Client error '407 Proxy Authentication Required' for url 'http://a.example/x'",
		'OSError: Tunnel connection failed: 407 Proxy Authentication Required',
	])('%s', headline => {
		expect(ruleFor({headline})).toBe('proxy-refused');
	});

	test.each([
		// Another status is not a proxy's refusal.
		'requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: http://a.example/x',
		// A number 407 elsewhere in the words.
		'ValueError: order 407 has no items; Proxy Authentication Required is not set for this shop at all',
	])('not: %s', headline => {
		expect(ruleFor({headline})).not.toBe('proxy-refused');
	});
});

describe('an expired pass the test passes by a name of its own', () => {
	function expired(testLine: string) {
		return ruleFor({
			headline: 'jwt.exceptions.ExpiredSignatureError: Signature has expired',
			traceback: [
				'tests/chaos/auth/test_passes.py:23: in test_holder',
				`    ${testLine}`,
				'app/auth.py:53: in holder_of',
				'    return jwt.decode(token, secret, algorithms=["HS256"])["sub"]',
				'E   jwt.exceptions.ExpiredSignatureError: Signature has expired',
			].join('\n'),
		});
	}

	test.each([
		'assert auth.holder_of(season_pass, SECRET) == "holder-41"',
		'assert gates.admit(boarding_pass)',
	])('%s', testLine => {
		expect(expired(testLine)).toBe('token-from-fixture-expired');
	});

	test.each([
		// A pass the test mints on the spot under a bare name is the test's own token.
		'assert auth.holder_of(token, SECRET) == "holder-41"',
		'assert auth.holder_of(auth.gate_pass("h", "N"), SECRET)',
	])('not: %s', testLine => {
		expect(expired(testLine)).not.toBe('token-from-fixture-expired');
	});
});
