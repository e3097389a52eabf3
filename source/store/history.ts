/**
The run history on a team's store: the SQLite history's tables and encoding (`runs/history/schema.ts`,
`encode.ts`), on PostgreSQL. Recording is one transaction under an advisory lock (two CIs recording the
same run record it once); many rows go in as arrays (`unnest`), so a 6,000-test run is a handful of
statements. The run diff's window is read with a few queries, whatever the size of the history.
*/

import {type Buffer} from 'node:buffer';
import type pg from 'pg';
import type {EarlierError} from '../classify/analyze.js';
import type {Run} from '../log/model.js';
import {
	recentRuns,
	type Recorded,
	type Rekeyed,
	type RunHistory,
} from '../runs/history/api.js';
import {
	type EarlierLog,
	earlierLogsOf,
	type LinkedLog,
} from '../runs/content-hash.js';
import {SameSuite} from '../runs/history/same-suite.js';
import {
	buildContext,
	type ContextOptions,
	type ReportRow,
	type WindowRow,
} from '../runs/history/context.js';
import {forgetLarge, StoredList} from '../runs/history/stored-list.js';
import type {RecordedRun, RunRecord} from '../runs/history/records.js';
import {recordedRunOf, type RunRow} from '../runs/history/sqlite.js';
import {newestFirst, oldestFirst} from '../runs/history/schema.js';
import {
	closeQuietly,
	connectStore,
	StoreError,
	storeErrorOf,
} from './connection.js';
import {nameOfStore} from './url.js';
import {historyLock, lockClass, migrateStore} from './schema.js';
import {forgetLocked, recordRun} from './record-run.js';
import {sharedRecord} from './shared-names.js';

/** Open the history on a store: connect, set up or check the schema. Throws StoreError. */
export async function openStoreHistory(
	url: string,
	options: {
		readonly now: () => Date;
		/** The triage file, that the logs recorded are named from (`shared-names.ts`): ./triage.jsonl by default. */
		readonly triagePath?: string;
	},
): Promise<StoreHistory> {
	const client = await connectStore(url);
	try {
		await migrateStore(client, url);
		const {rows} = await client.query<{writable: boolean}>(
			"SELECT has_table_privilege('runs', 'INSERT') AS writable",
		);
		return new StoreHistory(
			url,
			client,
			{now: options.now, triagePath: options.triagePath ?? 'triage.jsonl'},
			!rows[0]?.writable,
		);
	} catch (error) {
		await closeQuietly(client);
		throw storeErrorOf(error, url);
	}
}

/** Candidates read per query when choosing the window (most are taken). */
const candidatePage = 200;

export class StoreHistory implements RunHistory {
	readonly file: string;
	readonly isReadonly: boolean;
	readonly #url: string;
	readonly #client: pg.Client;
	readonly #now: () => Date;
	readonly #triagePath: string;
	readonly #lists = new Map<number, StoredList>();

	constructor(
		url: string,
		client: pg.Client,
		{now, triagePath}: {readonly now: () => Date; readonly triagePath: string},
		isReadonly: boolean,
	) {
		this.#url = url;
		this.file = `store ${nameOfStore(url)}`;
		this.#client = client;
		this.#now = now;
		this.#triagePath = triagePath;
		this.isReadonly = isReadonly;
	}

	/** The connection, for copying between stores (`store push`/`pull`). */
	get client(): pg.Client {
		return this.#client;
	}

	async close(): Promise<void> {
		await closeQuietly(this.#client);
	}

	async find(key: string): Promise<number | undefined> {
		return this.#guarded(async () => {
			const {rows} = await this.#client.query<{id: number}>(
				'SELECT id FROM runs WHERE run_key = $1',
				[key],
			);
			return rows[0]?.id;
		});
	}

	async findRead(hash: string, session: number): Promise<number | undefined> {
		return this.#guarded(async () => {
			const {rows} = await this.#client.query<{id: number}>(
				`SELECT runs.id FROM run_logs JOIN logs ON logs.id = run_logs.log_id JOIN runs ON runs.id = run_logs.run_id
				WHERE logs.hash = $1 AND COALESCE(runs.session, 1) = $2 LIMIT 1`,
				[hash, session],
			);
			return rows[0]?.id;
		});
	}

	async record(record: RunRecord): Promise<Recorded> {
		this.#assertWritable();
		// Its own transaction, in two round trips (record-run.ts).
		return this.#guarded(async () =>
			recordRun(
				this.#client,
				sharedRecord(record, this.#triagePath),
				this.#now,
			),
		);
	}

	async recentLogs(): Promise<EarlierLog[]> {
		return this.#guarded(async () => {
			const {rows} = await this.#client.query<LinkedLog>(
				`SELECT logs.hash, logs.bytes, run_logs.run_id AS run, run_logs.position
				FROM logs JOIN run_logs ON run_logs.log_id = logs.id
				WHERE run_logs.run_id IN (SELECT id FROM runs ORDER BY ${newestFirst} LIMIT $1)`,
				[recentRuns],
			);
			return earlierLogsOf(rows);
		});
	}

	async rekey(
		from: string,
		to: string,
		logs: readonly Rekeyed[],
	): Promise<void> {
		this.#assertWritable();
		await this.#transaction(async client => {
			const taken = await client.query(
				'SELECT 1 FROM runs WHERE run_key = $1',
				[to],
			);
			// Both keys recorded (the plain log read too): each stays as it is.
			if (taken.rows.length > 0) {
				return;
			}

			await client.query('UPDATE runs SET run_key = $1 WHERE run_key = $2', [
				to,
				from,
			]);
			for (const log of logs) {
				const {rows} = await client.query<{id: number; hash: string}>(
					'SELECT id, hash FROM logs WHERE hash = ANY($1)',
					[[log.from, log.to]],
				);
				const old = rows.find(row => row.hash === log.from)?.id;
				const current = rows.find(row => row.hash === log.to)?.id;
				if (old === undefined) {
					continue;
				}

				if (current === undefined) {
					await client.query(
						'UPDATE logs SET hash = $1, bytes = $2 WHERE id = $3',
						[log.to, log.bytes, old],
					);
				} else {
					await client.query(
						'UPDATE run_logs SET log_id = $1 WHERE log_id = $2',
						[current, old],
					);
					await client.query('DELETE FROM logs WHERE id = $1', [old]);
				}
			}
		});
	}

	async list(newest?: number): Promise<RecordedRun[]> {
		return this.#guarded(async () => {
			// LIMIT NULL is no limit.
			const limit = newest ?? null;
			const runs = await this.#client.query<RunRow>(
				`SELECT * FROM (SELECT * FROM runs ORDER BY ${newestFirst} LIMIT $1) AS newest ORDER BY ${oldestFirst}`,
				[limit],
			);
			const logRows = await this.#client.query<{
				run_id: number;
				path: string;
				kept: string | null;
			}>(
				`SELECT run_logs.run_id AS run_id, logs.path AS path, logs.kept AS kept
				FROM run_logs JOIN logs ON logs.id = run_logs.log_id WHERE run_logs.position >= 0
				AND run_logs.run_id IN (SELECT id FROM runs ORDER BY ${newestFirst} LIMIT $1)
				ORDER BY run_logs.run_id, run_logs.position`,
				[limit],
			);
			const logs = new Map<number, string[]>();
			for (const row of logRows.rows) {
				const list = logs.get(row.run_id) ?? [];
				list.push(row.kept ?? row.path);
				logs.set(row.run_id, list);
			}

			return runs.rows.map(row => recordedRunOf(row, logs.get(row.id) ?? []));
		});
	}

	async inOrder(ids: readonly number[]): Promise<number[]> {
		return this.#guarded(async () => {
			const {rows} = await this.#client.query<{id: number}>(
				`SELECT id FROM runs WHERE id = ANY($1) ORDER BY ${oldestFirst}`,
				[[...ids]],
			);
			return rows.map(row => Number(row.id));
		});
	}

	async forget(
		id: number,
	): Promise<{isForgotten: boolean; unusedKept: string[]}> {
		this.#assertWritable();
		return this.#transaction(async client => {
			const isForgotten = await forgetLocked(client, id);
			const {rows} = await client.query<{kept: string}>(
				'DELETE FROM logs WHERE id NOT IN (SELECT log_id FROM run_logs) RETURNING kept',
			);
			return {
				isForgotten,
				unusedKept: rows
					.map(row => row.kept)
					.filter((kept): kept is string => kept !== null),
			};
		});
	}

	async context(options: ContextOptions): Promise<Run[]> {
		return this.#guarded(async () => {
			const chosen = await this.#chooseWindow(options);
			if (chosen.length === 0) {
				return [];
			}

			const client = this.#client;
			const runs = await client.query<WindowRow>(
				`SELECT id, source, session, format, rootdir, pytest, python, passed, failed, error, skipped,
				xfailed, xpassed, rerun, complete, test_list, outcomes FROM runs WHERE id = ANY($1)`,
				[chosen],
			);
			const byId = new Map(runs.rows.map(row => [row.id, row]));
			const window = chosen.toReversed().map(id => byId.get(id)!);
			const reports = await client.query<number[]>({
				text: `SELECT run_id, test_index, phase, attempt, outcome, reruns FROM reports
				WHERE run_id = ANY($1)`,
				values: [chosen],
				rowMode: 'array',
			});
			const extras = new Map<number, ReportRow[]>();
			for (const row of reports.rows) {
				const [runId, ...report] = row;
				const list = extras.get(runId!) ?? [];
				list.push(report as ReportRow);
				extras.set(runId!, list);
			}

			await this.#readLists(window.map(row => row.test_list));
			try {
				return buildContext(
					window,
					window.map(row => extras.get(row.id) ?? []),
					id => this.#lists.get(id)!,
					options.ids,
				);
			} finally {
				forgetLarge(this.#lists);
			}
		});
	}

	async earlierErrors(ids: Iterable<string>): Promise<EarlierError[]> {
		return this.#guarded(async () => {
			const {rows} = await this.#client.query<{
				node_id: string;
				signature: string;
				headline: string;
			}>(
				'SELECT node_id, signature, headline FROM errors WHERE node_id = ANY($1)',
				[[...ids]],
			);
			return rows.map(row => ({
				id: row.node_id,
				signature: row.signature,
				headline: row.headline,
			}));
		});
	}

	async getMeta(name: string): Promise<string | undefined> {
		return this.#guarded(async () => {
			const {rows} = await this.#client.query<{value: string}>(
				'SELECT value FROM meta WHERE name = $1',
				[name],
			);
			return rows[0]?.value;
		});
	}

	async setMeta(name: string, value: string): Promise<void> {
		this.#assertWritable();
		await this.#guarded(async () =>
			this.#client.query(
				'INSERT INTO meta (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
				[name, value],
			),
		);
	}

	/** Decode the test lists not read yet. */
	async #readLists(ids: readonly number[]): Promise<void> {
		const missing = [...new Set(ids)].filter(id => !this.#lists.has(id));
		if (missing.length === 0) {
			return;
		}

		const lists = await this.#client.query<{
			id: number;
			ids: Buffer;
			tests: number;
		}>('SELECT id, ids, tests FROM test_lists WHERE id = ANY($1)', [missing]);
		for (const row of lists.rows) {
			this.#lists.set(row.id, new StoredList(row.ids, row.tests));
		}
	}

	/** The newest runs before `options.before` that the diff may compare with, newest first. */
	async #chooseWindow(options: ContextOptions): Promise<number[]> {
		const exclude = options.exclude ?? new Set<number>();
		const excludeLogs = options.excludeLogs ?? new Set<string>();
		const sameSuite = new SameSuite(options.suite);
		const chosen: number[] = [];
		// Paged from the newest down, in the order runs ran (`newestFirst`): each page after the last row of the one before.
		let before: [string, number] | undefined;
		if (options.before !== undefined) {
			const {rows} = await this.#client.query<{
				recorded_at: string;
				id: number;
			}>(
				`SELECT recorded_at, id FROM runs WHERE id = ANY($1) ORDER BY ${oldestFirst} LIMIT 1`,
				[[options.before].flat()],
			);
			before = rows[0] && [rows[0].recorded_at, Number(rows[0].id)];
		}

		while (chosen.length < options.window) {
			const {rows} = await this.#client.query<{
				id: number;
				recorded_at: string;
				rootdir: string | null;
				test_list: number;
				hashes: string[];
			}>(
				`SELECT runs.id, runs.recorded_at, runs.rootdir, runs.test_list,
				ARRAY(SELECT logs.hash FROM run_logs JOIN logs ON logs.id = run_logs.log_id
					WHERE run_logs.run_id = runs.id) AS hashes
				FROM runs ${before ? 'WHERE (runs.recorded_at, runs.id) < ($2, $3)' : ''}
				ORDER BY ${newestFirst} LIMIT $1`,
				[candidatePage, ...(before ?? [])],
			);
			// The test lists of runs whose rootdir does not tell their suite, read once.
			await this.#readLists(
				rows
					.filter(row => !sameSuite.byRootdir(row.rootdir))
					.map(row => row.test_list),
			);
			for (const candidate of rows) {
				const isSameLogs = candidate.hashes.some(hash => excludeLogs.has(hash));
				if (
					!exclude.has(candidate.id) &&
					!isSameLogs &&
					sameSuite.isSame(candidate.rootdir, candidate.test_list, id =>
						this.#lists.get(id)!,
					)
				) {
					chosen.push(candidate.id);
					if (chosen.length >= options.window) {
						break;
					}
				}
			}

			if (rows.length < candidatePage) {
				break;
			}

			const last = rows.at(-1)!;
			before = [last.recorded_at, Number(last.id)];
		}

		return chosen;
	}

	#assertWritable(): void {
		if (this.isReadonly) {
			throw new StoreError(
				'readonly',
				nameOfStore(this.#url),
				'read-only for this role, nothing written',
			);
		}
	}

	async #guarded<T>(action: () => Promise<T>): Promise<T> {
		try {
			return await action();
		} catch (error) {
			throw storeErrorOf(error, this.#url);
		}
	}

	async #transaction<T>(action: (client: pg.Client) => Promise<T>): Promise<T> {
		return this.#guarded(async () => {
			const client = this.#client;
			await client.query('BEGIN');
			try {
				await client.query('SELECT pg_advisory_xact_lock($1, $2)', [
					lockClass,
					historyLock,
				]);
				const result = await action(client);
				await client.query('COMMIT');
				return result;
			} catch (error) {
				await client.query('ROLLBACK').catch(() => undefined);
				throw error;
			}
		});
	}
}
