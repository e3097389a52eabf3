/**
Rules changed after acceptance suite 62 (tremorline) was measured blind (36 of 47 on its log and its XML): checked on
that real run's log and XML, on suite 59's and suite 44's, and on texts where the rule must or must not fire. The kind
is not words of the suite: a statement timeout on a read whose query the code's own line prints, with nothing in it
that waits (no sleep, no `FOR UPDATE`), is the code's slow query; both sets that had one decided so. A `pg_sleep` in
the line (suite 44's stand-in for a slow server), a query sent from the test's own code, a locking read and a write
stay the server's.
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
	['holdout-62.log', 'TestDatabase::test_swarm_detection'],
	['holdout-62.xml', 'TestDatabase::test_swarm_detection'],
	['holdout-59.log', 'TestDatabase::test_duplicate_lots_report'],
	['holdout-59.xml', 'TestDatabase::test_duplicate_lots_report'],
])('on the real run %s', async (file, name) => {
	const analysis = await analysisOf(file);
	test(`${name}: the code's own query past the statement timeout`, () => {
		expect(suggestionFor(analysis, name)).toMatchObject({
			rule: 'statement-timeout-of-own-query',
			category: 'BUG',
			priority: 'HIGH',
		});
	});
});

describe.each(['holdout-44.log', 'holdout-44.xml'])(
	'on the real run of suite 44 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test('test_occupancy_report: a pg_sleep in the query stands for a slow server', () => {
			expect(suggestionFor(analysis, 'test_occupancy_report')).toMatchObject({
				rule: 'statement-timeout',
				category: 'ENVIRONMENT',
			});
		});
	},
);

const line =
	'psycopg2.errors.QueryCanceled: canceling statement due to statement timeout';

function ruleOfQuery(
	source: string,
	where = 'app/catalogue.py:40: in swarm',
): string {
	return ruleFor({
		headline: line,
		traceback: `tests/test_a.py:3: in test_a\n    swarm(db)\n${where}\n    ${source}\nE   ${line}`,
	});
}

describe('a statement timeout', () => {
	test.each([
		'cur.execute("SELECT count(DISTINCT a.id) FROM events a JOIN events b "',
		"cursor.execute('''WITH pairs AS (SELECT a.id FROM lots a, lots b",
		'await conn.execute(f"select id from readings where {clause}")',
	])("on the code's own read, %s, is the code's query", source => {
		expect(ruleOfQuery(source)).toBe('statement-timeout-of-own-query');
	});

	test.each([
		'cur.execute("SELECT count(*) FROM tickets, pg_sleep(0.5) WHERE garage = %s", (garage,))',
		'cur.execute("SELECT * FROM bays WHERE id = %s FOR UPDATE", (bay,))',
		'cur.execute("UPDATE bays SET free = free - 1 WHERE id = %s", (bay,))',
		'cur.execute(REPORT_QUERY, (garage,))',
	])('on %s, is the server', source => {
		expect(ruleOfQuery(source)).toBe('statement-timeout');
	});

	test("sent from the test's own code, is the server", () => {
		expect(
			ruleOfQuery(
				'cur.execute("SELECT count(*) FROM events a JOIN events b ON a.lat = b.lat")',
				'tests/test_a.py:9: in helper',
			),
		).toBe('statement-timeout');
	});
});
