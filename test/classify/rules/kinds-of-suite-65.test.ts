/**
Rules changed after acceptance suite 65 (gridcall) was measured blind (40 of 51 on its log and its XML): checked on
that real run's log and XML, on suite 62's, and on texts where the rule must or must not fire. The kind is not words
of the suite: a database connection used after it was closed, in its driver's words, is a connection the server
dropped on an earlier use (both sets that had one restarted a real PostgreSQL mid-run under a held connection, and
decided the server's restart). A cursor closed, or SQLite's closed database, is the code's own doing and stays where
it was.
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
	['holdout-65.log', 'TestDatabase::test_night_session_lists_open_incidents'],
	['holdout-65.xml', 'TestDatabase::test_night_session_feeder_totals'],
	['holdout-62.log', 'TestDatabase::test_replay_day[2026-11-03]'],
	['holdout-62.xml', 'TestDatabase::test_replay_day[2026-11-04]'],
])('on the real run %s', async (file, name) => {
	const analysis = await analysisOf(file);
	test(`${name}: a connection the server dropped before`, () => {
		expect(suggestionFor(analysis, name)).toMatchObject({
			rule: 'connection-closed-earlier',
			category: 'ENVIRONMENT',
			priority: 'MEDIUM',
		});
	});
});

function ruleOfLine(line: string): string {
	return ruleFor({
		headline: line,
		traceback: `tests/test_a.py:3: in test_a\n    count(conn)\napp/register.py:7: in count\n    with conn.cursor() as cur:\nE   ${line}`,
	});
}

describe('a database connection used after it was closed', () => {
	test.each([
		'psycopg2.InterfaceError: connection already closed',
		'sqlalchemy.exc.InterfaceError: (psycopg2.InterfaceError) connection already closed',
		'asyncpg.exceptions._base.InterfaceError: cannot perform operation: connection is closed',
		'psycopg.OperationalError: the connection is closed',
	])('in %j is the server dropping it earlier', line => {
		expect(ruleOfLine(line)).toBe('connection-closed-earlier');
	});

	test.each([
		'psycopg2.InterfaceError: cursor already closed',
		'sqlite3.ProgrammingError: Cannot operate on a closed database.',
		'ValueError: I/O operation on closed file.',
		'AssertionError: assert "connection already closed" in log',
	])('not in %j', line => {
		expect(ruleOfLine(line)).not.toBe('connection-closed-earlier');
	});
});
