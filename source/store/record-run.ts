/**
Recording a run on a team's store in two round trips (team tour 66: a query per step, one after the other, was 11 round
trips for a new run and 19 for one that replaces an earlier read, 15 to 27 s over a store 0.7 s away). What to write
is decided as for the SQLite history (`runs/history/recording.ts`), its steps answered here from one read:

1. BEGIN, the history's lock, and everything the steps may ask (the runs of the record's keys and their logs, its
   logs by hash, the runs of its session sharing them, its test list by hash).
2. Every write the steps made, in their order, and COMMIT: one simple query, its values written in as literals
   (escaped by the client). A statement that fails ends the query before COMMIT, and the transaction is rolled back.

Under the lock no one else writes the history, so what was read stays true until the commit. The run is recorded
(committed) when the call returns, never before.
*/

import {Buffer} from 'node:buffer';
import type pg from 'pg';
import type {Recorded} from '../runs/history/api.js';
import {encodeRun} from '../runs/history/encode.js';
import {runColumns, type RunRecord} from '../runs/history/records.js';
import {
	type ErrorRow,
	recordWith,
	type RecordingSteps,
	type SharingRun,
} from '../runs/history/recording.js';
import {historyLock, lockClass} from './schema.js';

export async function recordRun(
	client: pg.Client,
	record: RunRecord,
	now: () => Date,
): Promise<Recorded> {
	const encoded = encodeRun(record.run);
	const sql = literals(client);
	const keys = [record.key, ...(record.replaces ?? [])];
	const hashes = record.logs.map(log => log.hash);
	const session = record.run.session ?? 1;
	try {
		const read = (await client.query(
			`BEGIN; SELECT pg_advisory_xact_lock(${lockClass}, ${historyLock});
			SELECT id, run_key, recorded_at, ARRAY(SELECT log_id FROM run_logs WHERE run_id = runs.id) AS logs
				FROM runs WHERE run_key = ANY(${sql.texts(keys)});
			SELECT id, hash FROM logs WHERE hash = ANY(${sql.texts(hashes)});
			SELECT run_logs.run_id, runs.recorded_at, array_agg(run_logs.log_id) AS logs
				FROM run_logs JOIN runs ON runs.id = run_logs.run_id
				WHERE run_logs.position >= 0 AND COALESCE(runs.session, 1) = ${sql.integer(session)} AND run_logs.run_id IN (
					SELECT run_id FROM run_logs WHERE position >= 0
					AND log_id IN (SELECT id FROM logs WHERE hash = ANY(${sql.texts(hashes)}))
				)
				GROUP BY run_logs.run_id, runs.recorded_at;
			SELECT id FROM test_lists WHERE hash = ${sql.text(encoded.listHash)}`,
		)) as unknown as pg.QueryResult[];
		const plan = new Plan(sql, read.slice(2) as Snapshot);
		const recorded = recordWith(plan.steps, record, now, encoded);
		if (!recorded.isNew) {
			await client.query('COMMIT');
			return recorded;
		}

		const written = (await client.query(
			plan.statements(),
		)) as unknown as pg.QueryResult[];
		const id = plan.idOf(recorded.id, written);
		return {...recorded, id};
	} catch (error) {
		await client.query('ROLLBACK').catch(() => undefined);
		throw error;
	}
}

type Snapshot = [
	pg.QueryResult<{
		id: number;
		run_key: string;
		recorded_at: string;
		logs: Array<number | string>;
	}>,
	pg.QueryResult<{id: number; hash: string}>,
	pg.QueryResult<{
		run_id: number;
		recorded_at: string;
		logs: Array<number | string>;
	}>,
	pg.QueryResult<{id: number}>,
];

/**
Ids of rows the plan inserts are not known before they are: the steps get numbers that no row has (below every
id and every place), and the statements name the row by its unique key instead (a log by its hash, a list by
its hash, the run by its key).
*/
const firstPending = -1_000_000_000;

/** The recording steps answered from the snapshot; what they write, kept as statements in their order. */
class Plan {
	readonly steps: RecordingSteps;
	readonly #sql: Literals;
	readonly #runs = new Map<string, {id: number; at: string; logs: number[]}>();
	readonly #recordedAt = new Map<number, string>();
	readonly #logs = new Map<string, number>();
	readonly #sharing: SharingRun[];
	readonly #list: number | undefined;
	/** What a pending id stands for in a statement. */
	readonly #pending = new Map<number, string>();
	readonly #forgotten = new Set<number>();
	readonly #statements: string[] = [];
	/** The place of the statement that inserts the run (its id comes back), when the store numbers it. */
	#runStatement: number | undefined;

	constructor(sql: Literals, [runs, logs, sharing, list]: Snapshot) {
		this.#sql = sql;
		for (const row of runs.rows) {
			this.#runs.set(row.run_key, {
				id: row.id,
				at: row.recorded_at,
				logs: row.logs.map(Number),
			});
			this.#recordedAt.set(row.id, row.recorded_at);
		}

		for (const row of logs.rows) {
			this.#logs.set(row.hash, row.id);
		}

		this.#sharing = sharing.rows.map(row => {
			this.#recordedAt.set(row.run_id, row.recorded_at);
			return {run: row.run_id, logs: row.logs.map(Number)};
		});
		this.#list = list.rows[0]?.id;
		this.steps = this.#makeSteps();
	}

	/** The writes and COMMIT, as one simple query. */
	statements(): string {
		const cleanup =
			this.#forgotten.size > 0
				? // After the inserts: a list the new run takes over from a forgotten one is kept.
					[
						'DELETE FROM test_lists WHERE id NOT IN (SELECT test_list FROM runs)',
					]
				: [];
		return [...this.#statements, ...cleanup, 'COMMIT'].join(';\n');
	}

	/** The recorded run's id: its place, or what the store numbered it. */
	idOf(id: number, written: readonly pg.QueryResult[]): number {
		if (id > firstPending || this.#runStatement === undefined) {
			return id;
		}

		return Number(
			(written[this.#runStatement]?.rows[0] as {id: number} | undefined)?.id,
		);
	}

	#pendingId(expression: string): number {
		const id = firstPending - this.#pending.size;
		this.#pending.set(id, expression);
		return id;
	}

	/** An id in a statement: a number, or the subquery that finds the row inserted before it. */
	#id(id: number): string {
		return this.#pending.get(id) ?? this.#sql.integer(id);
	}

	#makeSteps(): RecordingSteps {
		const sql = this.#sql;
		const write = (statement: string) => {
			this.#statements.push(statement);
		};

		return {
			runOf: key => {
				const run = this.#runs.get(key);
				return run && !this.#forgotten.has(run.id) ? run.id : undefined;
			},
			logsOf: run =>
				[...this.#runs.values()].find(each => each.id === run)?.logs ?? [],
			recordedAtOf: run =>
				this.#forgotten.has(run) ? undefined : this.#recordedAt.get(run),
			forget: run => {
				this.#forgotten.add(run);
				for (const statement of forgetStatements(sql.integer(run))) {
					write(statement);
				}
			},
			addLog: (log, at) => {
				const known = this.#logs.get(log.hash);
				if (known !== undefined) {
					return known;
				}

				write(
					`INSERT INTO logs (hash, path, bytes, kept, recorded_at) VALUES (${sql.values([log.hash, log.path, log.bytes, log.kept ?? null, at])}) ON CONFLICT (hash) DO NOTHING`,
				);
				const id = this.#pendingId(
					`(SELECT id FROM logs WHERE hash = ${sql.text(log.hash)})`,
				);
				this.#logs.set(log.hash, id);
				return id;
			},
			runsSharing: logIds => {
				const given = new Set(logIds);
				return this.#sharing.filter(
					each =>
						!this.#forgotten.has(each.run) &&
						each.logs.some(log => given.has(log)),
				);
			},
			testList: encoded => {
				if (this.#list !== undefined) {
					return this.#list;
				}

				write(
					`INSERT INTO test_lists (hash, tests, ids) VALUES (${sql.values([encoded.listHash, encoded.reports, encoded.packList()])})`,
				);
				return this.#pendingId(
					`(SELECT id FROM test_lists WHERE hash = ${sql.text(encoded.listHash)})`,
				);
			},
			addRun: (values, place) => {
				// The list's id among the values: a pending one is its subquery.
				const row = values.map((value, index) =>
					index === listColumn ? this.#id(value as number) : sql.value(value),
				);
				const key = sql.text(values[0] as string);
				if (place === undefined) {
					this.#runStatement = this.#statements.length;
					write(
						`INSERT INTO runs (${runColumns}) VALUES (${row.join(', ')}) RETURNING id`,
					);
					return this.#pendingId(
						`(SELECT id FROM runs WHERE run_key = ${key})`,
					);
				}

				write(
					`INSERT INTO runs (id, ${runColumns}) OVERRIDING SYSTEM VALUE VALUES (${sql.integer(place)}, ${row.join(', ')})`,
				);
				return place;
			},
			linkLogs: (run, links) => {
				write(
					`INSERT INTO run_logs (run_id, position, log_id) VALUES ${links
						.map(
							([position, log]) =>
								`(${this.#id(run)}, ${sql.integer(position)}, ${this.#id(log)})`,
						)
						.join(', ')}`,
				);
			},
			addReports: (run, extras) => {
				write(
					`INSERT INTO reports (run_id, test_index, phase, attempt, outcome, reruns)
					SELECT ${this.#id(run)}, * FROM unnest(${sql.integers(extras.map(report => report.testIndex))}::int[],
					${sql.integers(extras.map(report => report.phase))}::int2[], ${sql.integers(extras.map(report => report.attempt))}::int2[],
					${sql.integers(extras.map(report => report.outcome))}::int2[], ${sql.integers(extras.map(report => report.reruns))}::int[])
					ON CONFLICT DO NOTHING`,
				);
			},
			addFailures: (run, errors, failures) => {
				// One row per (test, signature) in a statement, the latest: ON CONFLICT cannot update a row twice.
				const latest = new Map<string, ErrorRow>();
				for (const row of errors) {
					latest.set(`${row[0]}\u0000${row[1]}`, row);
				}

				write(
					`INSERT INTO errors (node_id, signature, headline, crash_path, crash_line) VALUES ${[
						...latest.values(),
					]
						.map(row => `(${sql.values(row)})`)
						.join(', ')}
					ON CONFLICT (node_id, signature) DO UPDATE SET headline = excluded.headline`,
				);
				write(
					`INSERT INTO failures (run_id, test_index, signature)
					SELECT ${this.#id(run)}, * FROM unnest(${sql.integers(failures.map(failure => failure[0]))}::int[],
					${sql.texts(failures.map(failure => failure[1]))}::text[]) ON CONFLICT DO NOTHING`,
				);
			},
		};
	}
}

/** Where the test list's id is among `runColumns`. */
const listColumn = runColumns.split(', ').indexOf('test_list');

type Literals = ReturnType<typeof literals>;

/** Values written into a query as SQL literals: text escaped by the client, numbers checked to be integers, bytes in hex. */
function literals(client: pg.Client) {
	const integer = (value: number): string => {
		if (!Number.isSafeInteger(value)) {
			throw new TypeError(`not an integer: ${value}`);
		}

		return String(value);
	};

	const text = (value: string): string => client.escapeLiteral(value);
	const value = (each: unknown): string => {
		if (each === null || each === undefined) {
			return 'NULL';
		}

		if (typeof each === 'number') {
			return integer(each);
		}

		if (typeof each === 'string') {
			return text(each);
		}

		if (each instanceof Uint8Array) {
			// decode(), not '\x…': the same bytes whatever standard_conforming_strings says.
			return `decode('${Buffer.from(each.buffer, each.byteOffset, each.byteLength).toString('hex')}', 'hex')`;
		}

		throw new TypeError(`not a value for the store: ${typeof each}`);
	};

	return {
		integer,
		text,
		value,
		values: (row: readonly unknown[]) =>
			row.map(each => value(each)).join(', '),
		integers: (list: readonly number[]) =>
			`'{${list.map(each => integer(each)).join(',')}}'`,
		texts: (list: readonly string[]) =>
			`ARRAY[${list.map(each => text(each)).join(', ')}]::text[]`,
	};
}

/** What forgets the run `id` (an integer literal): its row and the rows of its reports, failures and logs. */
function forgetStatements(id: string): string[] {
	return [
		`DELETE FROM runs WHERE id = ${id}`,
		...['reports', 'failures', 'run_logs'].map(
			table => `DELETE FROM ${table} WHERE run_id = ${id}`,
		),
	];
}

/** Forget the run `id` in the caller's transaction, in one round trip; whether there was such a run. */
export async function forgetLocked(
	client: pg.Client,
	id: number,
): Promise<boolean> {
	const results = (await client.query(
		[
			...forgetStatements(literals(client).integer(id)),
			'DELETE FROM test_lists WHERE id NOT IN (SELECT test_list FROM runs)',
		].join(';\n'),
	)) as unknown as pg.QueryResult[];
	return (results[0]?.rowCount ?? 0) > 0;
}
