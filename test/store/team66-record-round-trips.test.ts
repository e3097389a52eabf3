/**
Team tour 66: recording a run on a store was a query per step of the recording, one after the other: 11 round trips
for a new run (BEGIN, the lock, the run's key, its log, its test list looked up then inserted, the run, its logs,
errors, failures, COMMIT), 19 for one that takes an earlier read's place (the day's JUnit XML after its console log):
15 to 27 s over a store 0.7 s away. It is now two: BEGIN, the lock and every read the recording asks; then every
write and COMMIT. What it records is what the SQLite history records, and a run is recorded only once committed.

Real logs (fixtures/store-days, fixtures/qa53/reruns-p7-v) on a real PostgreSQL behind a proxy that holds its answers
back; the round trips counted are the store history's own queries (pg sends one at a time).
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, test, vi} from 'vitest';
import {openSession} from '../../source/session.js';
import {HistoryStore} from '../../source/runs/history/store.js';
import {historyPathOf} from '../../source/runs/history/use.js';
import {openStoreHistory, StoreHistory} from '../../source/store/history.js';
import type {RecordedRun} from '../../source/runs/history/records.js';
import {serverForTests, sql} from './server.js';
import {slowProxy} from './slow-proxy.js';

const server = await serverForTests('recording a run over a slow link');

const days = path.resolve('fixtures/store-days');
const reruns = path.resolve('fixtures/qa53/reruns-p7-v/run.log');

function clock() {
	let at = Date.parse('2026-12-08T06:00:00Z');
	return () => {
		at += 1000;
		return new Date(at);
	};
}

/** The round trips (queries on its own connection) of each `record` a store history makes from now on. */
function countRecords(): number[] {
	const counts: number[] = [];
	const record = StoreHistory.prototype.record;
	vi.spyOn(StoreHistory.prototype, 'record').mockImplementation(async function (
		this: StoreHistory,
		...args
	) {
		const query = vi.spyOn(this.client, 'query');
		try {
			return await record.apply(this, args);
		} finally {
			counts.push(query.mock.calls.length);
		}
	});
	return counts;
}

afterEach(() => {
	vi.restoreAllMocks();
});

/** What a history lists of its runs, but for when they were recorded (each side's clock). */
function listed(runs: readonly RecordedRun[]) {
	return runs.map(run => ({
		id: run.id,
		source: path.basename(run.source),
		counts: run.counts,
		complete: run.complete,
		retried: run.retried,
		logs: run.logs.map(log => path.basename(log)),
	}));
}

describe.skipIf(!server)('recording a run on a slow store', () => {
	test(
		'is two round trips, new or in an earlier read’s place, and records what SQLite records',
		{timeout: 120_000},
		async () => {
			const url = await server!.createDatabase();
			const database = url.split('/').at(-1)!;
			const proxy = slowProxy(path.join(server!.folder, '.s.PGSQL.5432'), 20);
			const local = fs.mkdtempSync(path.join(os.tmpdir(), 'team66-local-'));
			const team = fs.mkdtempSync(path.join(os.tmpdir(), 'team66-team-'));
			for (const name of ['day1.log', 'day1.xml', 'day2.log']) {
				fs.copyFileSync(path.join(days, name), path.join(local, name));
				fs.copyFileSync(path.join(days, name), path.join(team, name));
			}

			const steps = [
				['day1.log'],
				// The JUnit XML of day 1 after its console log: one run, in the place of the first.
				['day1.log', 'day1.xml'],
				['day2.log'],
				[reruns],
			];
			const onSqlite = clock();
			const onStore = clock();
			const counts = countRecords();
			try {
				for (const logs of steps) {
					for (const [cwd, store, now] of [
						[local, undefined, onSqlite],
						[team, proxy.url(database), onStore],
					] as const) {
						const session = await openSession({
							logs: logs.map(log => path.resolve(cwd, log)),
							cwd,
							now,
							grouping: 'shards',
							...(store !== undefined && {store}),
						});
						await session.close();
					}
				}

				expect(counts).toHaveLength(steps.length);
				for (const count of counts) {
					expect(count).toBeLessThanOrEqual(2);
				}

				const sqlite = HistoryStore.open(
					historyPathOf(path.join(local, 'triage.jsonl')),
					{now: onSqlite},
				);
				const store = await openStoreHistory(url, {now: onStore});
				try {
					const expected = listed(sqlite.list());
					expect(expected.map(run => run.source)).toEqual([
						'day1.log',
						'day2.log',
						'run.log',
					]);
					expect(expected[0]!.logs).toEqual(['day1.log', 'day1.xml']);
					expect(expected[2]!.retried || expected[2]!.counts.rerun > 0).toBe(
						true,
					);
					expect(listed(await store.list())).toEqual(expected);
					// The rows behind the diff: each run's failures and errors, reruns, logs.
					const storeRuns = await store.list();
					const ids = storeRuns.map(run => run.id);
					expect(
						await sql(url, 'SELECT count(*)::int AS n FROM reports'),
					).not.toEqual([{n: 0}]);
					expect(
						await sql(
							url,
							`SELECT run_id::int, count(*)::int AS n FROM failures GROUP BY run_id ORDER BY run_id`,
						),
					).toEqual(
						expected.map((run, index) => ({
							run_id: ids[index],
							n: run.counts.failed + run.counts.error,
						})),
					);
					// Nothing left of the run day 1's XML replaced: one list per run, no stray log.
					expect(
						await sql(url, 'SELECT count(*)::int AS n FROM test_lists'),
					).toEqual([{n: 3}]);
					expect(
						await sql(url, 'SELECT count(*)::int AS n FROM run_logs'),
					).toEqual([{n: 4}]);
				} finally {
					sqlite.close();
					await store.close();
				}
			} finally {
				proxy.close();
			}
		},
	);

	test(
		'a write that fails records nothing and says so',
		{timeout: 60_000},
		async () => {
			const url = await server!.createDatabase();
			const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'team66-fail-'));
			fs.copyFileSync(path.join(days, 'day1.log'), path.join(cwd, 'day1.log'));
			const history = await openStoreHistory(url, {now: clock()});
			await history.close();
			// The last write of a run (its failures) refused by the server: the run, its logs and errors must go too.
			await sql(
				url,
				`CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by a test'; END $$;
			CREATE TRIGGER refuse BEFORE INSERT ON failures FOR EACH STATEMENT EXECUTE FUNCTION refuse()`,
			);
			const session = await openSession({
				logs: [path.join(cwd, 'day1.log')],
				cwd,
				now: clock(),
				store: url,
			});
			await session.close();
			expect(session.warnings.join('\n')).toMatch(/refused by a test/);
			for (const table of [
				'runs',
				'logs',
				'errors',
				'run_logs',
				'test_lists',
			]) {
				expect(
					await sql(url, `SELECT count(*)::int AS n FROM ${table}`),
				).toEqual([{n: 0}]);
			}
		},
	);
});
