/**
The run history on a team's store: the SQLite history's tables and encoding (`runs/history/schema.ts`,
`encode.ts`), on PostgreSQL. Recording is one transaction under an advisory lock (two CIs recording the
same run record it once); many rows go in as arrays (`unnest`), so a 6,000-test run is a handful of
statements. The run diff's window is read with a few queries, whatever the size of the history.
*/

import {Buffer} from 'node:buffer';
import type pg from 'pg';
import type {EarlierError} from '../classify/analyze.js';
import type {Run} from '../log/model.js';
import type {RunHistory} from '../runs/history/api.js';
import {
	buildContext,
	type ContextOptions,
	type ReportRow,
	type WindowRow,
} from '../runs/history/context.js';
import {encodeRun, packList, unpackList} from '../runs/history/encode.js';
import {
	runColumns,
	runRowValues,
	type RecordedRun,
	type RunRecord,
} from '../runs/history/records.js';
import {recordedRunOf, type RunRow} from '../runs/history/sqlite.js';
import {
	closeQuietly,
	connectStore,
	StoreError,
	storeErrorOf,
} from './connection.js';
import {nameOfStore} from './url.js';
import {historyLock, lockClass, migrateStore} from './schema.js';

/** Open the history on a store: connect, set up or check the schema. Throws StoreError. */
export async function openStoreHistory(
	url: string,
	options: {readonly now: () => Date},
): Promise<StoreHistory> {
	const client = await connectStore(url);
	try {
		await migrateStore(client, url);
		const {rows} = await client.query<{writable: boolean}>(
			"SELECT has_table_privilege('runs', 'INSERT') AS writable",
		);
		return new StoreHistory(url, client, options.now, !rows[0]?.writable);
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
	readonly #lists = new Map<number, readonly string[]>();

	constructor(
		url: string,
		client: pg.Client,
		now: () => Date,
		isReadonly: boolean,
	) {
		this.#url = url;
		this.file = `store ${nameOfStore(url)}`;
		this.#client = client;
		this.#now = now;
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

	async record(record: RunRecord): Promise<{id: number; isNew: boolean}> {
		this.#assertWritable();
		return this.#transaction(async client =>
			this.#recordLocked(client, record),
		);
	}

	async list(): Promise<RecordedRun[]> {
		return this.#guarded(async () => {
			const runs = await this.#client.query<RunRow>(
				'SELECT * FROM runs ORDER BY id',
			);
			const logRows = await this.#client.query<{
				run_id: number;
				path: string;
				kept: string | null;
			}>(
				`SELECT run_logs.run_id AS run_id, logs.path AS path, logs.kept AS kept
				FROM run_logs JOIN logs ON logs.id = run_logs.log_id
				ORDER BY run_logs.run_id, run_logs.position`,
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

			const missing = [...new Set(window.map(row => row.test_list))].filter(
				id => !this.#lists.has(id),
			);
			if (missing.length > 0) {
				const lists = await client.query<{
					id: number;
					ids: Buffer;
					tests: number;
				}>('SELECT id, ids, tests FROM test_lists WHERE id = ANY($1)', [
					missing,
				]);
				for (const row of lists.rows) {
					this.#lists.set(row.id, unpackList(row.ids, row.tests));
				}
			}

			return buildContext(
				window,
				window.map(row => extras.get(row.id) ?? []),
				id => this.#lists.get(id)!,
				options.ids,
			);
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

	/** The newest runs before `options.before` that the diff may compare with, newest first. */
	async #chooseWindow(options: ContextOptions): Promise<number[]> {
		const exclude = options.exclude ?? new Set<number>();
		const excludeLogs = options.excludeLogs ?? new Set<string>();
		const chosen: number[] = [];
		let before = options.before ?? Number.MAX_SAFE_INTEGER;
		while (chosen.length < options.window) {
			const {rows} = await this.#client.query<{
				id: number;
				rootdir: string | null;
				hashes: string[];
			}>(
				`SELECT runs.id, runs.rootdir,
				ARRAY(SELECT logs.hash FROM run_logs JOIN logs ON logs.id = run_logs.log_id
					WHERE run_logs.run_id = runs.id) AS hashes
				FROM runs WHERE runs.id < $1 ORDER BY runs.id DESC LIMIT $2`,
				[before, candidatePage],
			);
			for (const candidate of rows) {
				const isOtherSuite =
					options.rootdir !== undefined &&
					candidate.rootdir !== null &&
					candidate.rootdir !== options.rootdir;
				const isSameLogs = candidate.hashes.some(hash => excludeLogs.has(hash));
				if (!exclude.has(candidate.id) && !isOtherSuite && !isSameLogs) {
					chosen.push(candidate.id);
					if (chosen.length >= options.window) {
						break;
					}
				}
			}

			if (rows.length < candidatePage) {
				break;
			}

			before = rows.at(-1)!.id;
		}

		return chosen;
	}

	async #recordLocked(
		client: pg.Client,
		record: RunRecord,
	): Promise<{id: number; isNew: boolean}> {
		const existing = await client.query<{id: number}>(
			'SELECT id FROM runs WHERE run_key = $1',
			[record.key],
		);
		if (existing.rows[0]) {
			return {id: existing.rows[0].id, isNew: false};
		}

		const {run} = record;
		const at = this.#now().toISOString();
		const logIds: number[] = [];
		for (const log of record.logs) {
			const {rows} = await client.query<{id: number}>(
				`WITH added AS (
					INSERT INTO logs (hash, path, bytes, kept, recorded_at) VALUES ($1, $2, $3, $4, $5)
					ON CONFLICT (hash) DO NOTHING RETURNING id
				) SELECT id FROM added UNION ALL SELECT id FROM logs WHERE hash = $1`,
				[log.hash, log.path, log.bytes, log.kept ?? null, at],
			);
			logIds.push(rows[0]!.id);
		}

		const encoded = encodeRun(run);
		const list = await client.query<{id: number}>(
			'SELECT id FROM test_lists WHERE hash = $1',
			[encoded.listHash],
		);
		let listId = list.rows[0]?.id;
		if (listId === undefined) {
			const added = await client.query<{id: number}>(
				'INSERT INTO test_lists (hash, tests, ids) VALUES ($1, $2, $3) RETURNING id',
				[encoded.listHash, encoded.reports, packList(encoded.list)],
			);
			listId = added.rows[0]!.id;
		}

		const inserted = await client.query<{id: number}>(
			`INSERT INTO runs (${runColumns}) VALUES (${Array.from({length: 21}, (_, index) => `$${index + 1}`).join(', ')}) RETURNING id`,
			runRowValues(record, at, listId, {
				...encoded,
				outcomes: bufferOf(encoded.outcomes),
			}),
		);
		const runId = inserted.rows[0]!.id;
		await client.query(
			`INSERT INTO run_logs (run_id, position, log_id)
			SELECT $1, t.position - 1, t.log_id FROM unnest($2::bigint[]) WITH ORDINALITY AS t(log_id, position)`,
			[runId, logIds],
		);
		await dropPartsOf(client, runId, logIds);
		const {extras} = encoded;
		if (extras.length > 0) {
			await client.query(
				`INSERT INTO reports (run_id, test_index, phase, attempt, outcome, reruns)
				SELECT $1, * FROM unnest($2::int[], $3::int2[], $4::int2[], $5::int2[], $6::int[])
				ON CONFLICT DO NOTHING`,
				[
					runId,
					extras.map(report => report.testIndex),
					extras.map(report => report.phase),
					extras.map(report => report.attempt),
					extras.map(report => report.outcome),
					extras.map(report => report.reruns),
				],
			);
		}

		// One row per (test, signature) in a statement: ON CONFLICT cannot update a row twice.
		const errors = new Map<
			string,
			[string, string, string, string | null, number | null]
		>();
		const failures: Array<[number, string]> = [];
		for (const [position, item] of run.failures.entries()) {
			const signature = record.signatureOf(item);
			errors.set(`${item.id}\u0000${signature}`, [
				item.id,
				signature,
				item.headline,
				item.location?.path ?? null,
				item.location?.line ?? null,
			]);
			failures.push([encoded.failureIndexes[position]!, signature]);
		}

		if (errors.size > 0) {
			const rows = [...errors.values()];
			await client.query(
				`INSERT INTO errors (node_id, signature, headline, crash_path, crash_line)
				SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[])
				ON CONFLICT (node_id, signature) DO UPDATE SET headline = excluded.headline`,
				[0, 1, 2, 3, 4].map(column => rows.map(row => row[column])),
			);
			await client.query(
				`INSERT INTO failures (run_id, test_index, signature)
				SELECT $1, * FROM unnest($2::int[], $3::text[]) ON CONFLICT DO NOTHING`,
				[
					runId,
					failures.map(failure => failure[0]),
					failures.map(failure => failure[1]),
				],
			);
		}

		return {id: runId, isNew: true};
	}

	#assertWritable(): void {
		if (this.isReadonly) {
			throw new StoreError(
				'readonly',
				`${this.file}: read-only for this role, nothing written`,
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

function bufferOf(bytes: Uint8Array): Buffer {
	return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

async function forgetLocked(client: pg.Client, id: number): Promise<boolean> {
	const deleted = await client.query('DELETE FROM runs WHERE id = $1', [id]);
	await client.query('DELETE FROM reports WHERE run_id = $1', [id]);
	await client.query('DELETE FROM failures WHERE run_id = $1', [id]);
	await client.query('DELETE FROM run_logs WHERE run_id = $1', [id]);
	await client.query(
		'DELETE FROM test_lists WHERE id NOT IN (SELECT test_list FROM runs)',
	);
	return (deleted.rowCount ?? 0) > 0;
}

/** A run of shards replaces what was recorded of it from some of its logs only (as on SQLite). */
async function dropPartsOf(
	client: pg.Client,
	runId: number,
	logIds: readonly number[],
): Promise<void> {
	if (logIds.length < 2) {
		return;
	}

	const mine = new Set(logIds);
	const {rows} = await client.query<{run_id: number; logs: number[]}>(
		`SELECT run_id, array_agg(log_id) AS logs FROM run_logs
		WHERE run_id IN (SELECT run_id FROM run_logs WHERE log_id = ANY($1) AND run_id <> $2)
		GROUP BY run_id`,
		[logIds, runId],
	);
	for (const other of rows) {
		if (other.logs.every(log => mine.has(Number(log)))) {
			await forgetLocked(client, other.run_id);
		}
	}
}
