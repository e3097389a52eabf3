/**
A live run on a store looks up its earlier runs each time the failing ids change: it opened a new connection (and
checked the schema) for every lookup, a new backend on the team's server every few failures (QA 34). One
connection now serves the run's life; it is closed when the run ends, and one the server dropped is replaced.
*/
import {afterEach, describe, expect, test, vi} from 'vitest';
import pg from 'pg';
import type {Run} from '../../source/log/model.js';
import {readLogSessions} from '../../source/log/read.js';
import {contextLookup} from '../../source/live/live-context.js';
import {runCli} from '../cli-helpers.js';
import {sql, serverForTests} from './server.js';

const server = await serverForTests('live run lookups');

const now = () => new Date('2026-12-05T10:00:00Z');

/** The day-2 run as the live review reads it while its failures arrive: the first `count` of them. */
async function dayTwoUpTo(count: number): Promise<Run> {
	const [run] = await readLogSessions('fixtures/store-days/day2.log');
	return {...run!, failures: run!.failures.slice(0, count)};
}

async function triageBackends(url: string): Promise<number> {
	const rows = await sql(
		url,
		"SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'triage'",
	);
	return rows[0]!['n'] as number;
}

/** Connections the lookup made (the test's own queries are not triage's). */
function triageConnects(spy: {mock: {contexts: unknown[]}}): number {
	return spy.mock.contexts.filter(
		client =>
			(client as {connectionParameters: {application_name?: string}})
				.connectionParameters.application_name === 'triage',
	).length;
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe.skipIf(!server)('the earlier runs of a live run on a store', () => {
	test('are looked up on one connection for the run, closed when it ends', async () => {
		const url = await server!.createDatabase();
		const recorded = runCli(
			['record', '--store', url, 'fixtures/store-days/day1.log'],
			{env: {TRIAGE_HISTORY: 'on'}},
		);
		expect(recorded.stderr).toBe('');
		const connects = vi.spyOn(pg.Client.prototype, 'connect');
		const lookup = contextLookup(
			{store: url, triagePath: 'triage.jsonl'},
			'-',
			undefined,
			now,
		);
		for (const count of [1, 2, 3]) {
			const context = await lookup.contextFor(await dayTwoUpTo(count));
			expect(context).toHaveLength(1);
		}

		expect(triageConnects(connects)).toBe(1);
		expect(await triageBackends(url)).toBe(1);
		await lookup.close();
		expect(await triageBackends(url)).toBe(0);
		// Nothing is looked up once the run has ended.
		expect(await lookup.contextFor(await dayTwoUpTo(4))).toEqual([]);
		expect(triageConnects(connects)).toBe(1);
	});

	test('connect again after the server dropped the connection', async () => {
		const url = await server!.createDatabase();
		runCli(['record', '--store', url, 'fixtures/store-days/day1.log'], {
			env: {TRIAGE_HISTORY: 'on'},
		});
		const lookup = contextLookup(
			{store: url, triagePath: 'triage.jsonl'},
			'-',
			undefined,
			now,
		);
		try {
			expect(await lookup.contextFor(await dayTwoUpTo(1))).toHaveLength(1);
			// Restarted between two lookups: the connection held is dead, and replaced at once.
			server!.stop();
			server!.start();
			expect(await lookup.contextFor(await dayTwoUpTo(2))).toHaveLength(1);
			server!.stop();
			try {
				// Away: judged alone, no error.
				expect(await lookup.contextFor(await dayTwoUpTo(3))).toEqual([]);
			} finally {
				server!.start();
			}

			expect(await lookup.contextFor(await dayTwoUpTo(4))).toHaveLength(1);
			expect(await triageBackends(url)).toBe(1);
		} finally {
			await lookup.close();
		}

		expect(await triageBackends(url)).toBe(0);
	});
});
