/**
Rules changed after acceptance suite 72 (smokehall) was measured blind (38 of 49 on its log and its XML). One kind,
no words of a suite: a Redis node answering READONLY (`You can't write against a read only replica.`) is a replica
the client's address points at, a setting or what a failover left, not a write the code routed wrong: suites 7, 39
and 72 decided it CONFIGURATION MEDIUM, suite 43 (after a failover) ENVIRONMENT MEDIUM, none BUG. A database's
read-only transaction (PostgreSQL's `cannot execute INSERT in a read-only transaction`, MySQL's `--read-only`) stays
write-to-read-only-server: three of the four sets with one decided it the code's routing.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

async function analysed(file: string) {
	return analyze([
		await readLog(path.join(import.meta.dirname, '../acceptance', file)),
	]);
}

describe.each([
	['holdout-72.log', 'test_publish_price_list'],
	['holdout-72.xml', 'test_price_list_roundtrip'],
	['holdout-39.log', 'test_write_to_replica'],
	['holdout-7.xml', 'test_remember_on_failover'],
])('on the real run %s', async (file, name) => {
	const analysis = await analysed(file);
	test(`${name}: Redis's READONLY is the client's address`, () => {
		expect(suggestionFor(analysis, name)).toMatchObject({
			rule: 'redis-read-only-replica',
			category: 'CONFIGURATION',
			priority: 'MEDIUM',
		});
	});
});

describe.each(['holdout-72.log', 'holdout-72.xml'])(
	'on the real run %s',
	async file => {
		const analysis = await analysed(file);
		test("PostgreSQL's read-only transaction stays the code's write", () => {
			expect(suggestionFor(analysis, 'test_tasting_recorded')).toMatchObject({
				rule: 'write-to-read-only-server',
				category: 'BUG',
				priority: 'HIGH',
			});
		});
	},
);

function raisedUnder(exceptionType: string, message: string): string {
	return ruleFor({
		headline: `${exceptionType}: ${message}`,
		exceptionType,
		traceback: `tests/test_prices.py:12: in test_publish\n    prices.publish({"kipper": 14.5})\nshop/prices.py:43: in publish\n    writer.hset("prices", mapping=prices)\n/usr/lib/python3/dist-packages/redis/client.py:90: in execute_command\n    raise error\nE   ${exceptionType}: ${message}`,
	});
}

describe('a write refused by a read-only node', () => {
	test.each([
		[
			'redis.exceptions.ReadOnlyError',
			"You can't write against a read only replica.",
		],
		[
			'redis.exceptions.ReadOnlyError',
			"You can't write against a read only slave.",
		],
		[
			'redis.exceptions.ResponseError',
			"READONLY You can't write against a read only replica.",
		],
		[
			'aioredis.exceptions.ReadOnlyError',
			"You can't write against a read only replica.",
		],
	])('%s: %s is a replica the client is pointed at', (type, message) => {
		expect(raisedUnder(type, message)).toBe('redis-read-only-replica');
	});

	test.each([
		[
			'psycopg2.errors.ReadOnlySqlTransaction',
			'cannot execute INSERT in a read-only transaction',
		],
		[
			'asyncpg.exceptions.ReadOnlySQLTransactionError',
			'cannot execute UPDATE in a read-only transaction',
		],
		[
			'pymysql.err.OperationalError',
			"(1290, 'The MySQL server is running with the --read-only option so it cannot execute this statement')",
		],
		['pymongo.errors.NotPrimaryError', 'not primary, full error: {}'],
	])('%s: %s stays a write the code sent to a reader', (type, message) => {
		expect(raisedUnder(type, message)).toBe('write-to-read-only-server');
	});
});
