/**
The run history on SQLite: every run triage has read, kept in `.triage/history.sqlite` beside the triage
file. A cache of what the logs said, never the only copy of a decision: whatever goes wrong with it (a
corrupt file, a lock held too long, a newer schema, a read-only disk) is a warning, and triage works from
the logs alone.
*/

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type {EarlierError} from '../../classify/analyze.js';
import type {Run} from '../../log/model.js';
import type {Confirmation} from '../../classify/confirmation.js';
import {
	type EarlierLog,
	earlierLogsOf,
	type LinkedLog,
} from '../content-hash.js';
import {shownPath} from '../../shown-path.js';
import {ListCache, readContext, type ContextOptions} from './context.js';
import {HistoryError} from './errors.js';
import {historyErrorOf} from './problems.js';
import {
	readConfirmations,
	recordConfirmation,
	type ConfirmationBatch,
} from './confirmations.js';
import type {RecordedRun, RunRecord} from './records.js';
import {
	recentRuns,
	type Recorded,
	type Rekeyed,
	type RunHistory,
} from './api.js';
import {forgetLocked, recordLocked, rekeyLocked} from './sqlite-record.js';
import {
	ensureHistoryFolder,
	guarded,
	migrate,
	recordedRunOf,
	type RunRow,
} from './sqlite.js';
import {newestFirst, oldestFirst} from './schema.js';

/** The folder beside the triage file that holds the history and kept logs. */
export const historyFolder = '.triage';
export const historyFile = 'history.sqlite';

/** `.triage/` beside the triage file. */
export function historyFolderOf(triagePath: string): string {
	return path.join(path.dirname(triagePath), historyFolder);
}

export function historyPathOf(triagePath: string): string {
	return path.join(historyFolderOf(triagePath), historyFile);
}

export {HistoryError} from './errors.js';
export type {RecordedRun, RunRecord, StoredLog} from './records.js';
export {ensureHistoryFolder} from './sqlite.js';

export type OpenOptions = {
	readonly now: () => Date;
	/** Never write (a read-only disk, or `history` listing only). */
	readonly readonly?: boolean;
	/** Milliseconds to wait for another process's write lock (default 2000). */
	readonly timeout?: number;
};

export class HistoryStore implements RunHistory {
	/** Open (creating it unless read-only) the history at `file`. Throws HistoryError, one line. */
	static open(file: string, options: OpenOptions): HistoryStore {
		const isReadonly = options.readonly ?? false;
		let db: Database.Database;
		try {
			if (!isReadonly) {
				ensureHistoryFolder(path.dirname(file));
			}

			db = new Database(file, {
				readonly: isReadonly,
				fileMustExist: isReadonly,
				timeout: options.timeout ?? 2000,
			});
		} catch (error) {
			// The system's words name the folder as resolved (this machine's path): said in ours.
			throw historyErrorOf(file, error, {isReadonly, isOpening: true});
		}

		try {
			if (!isReadonly) {
				// A rollback journal, not WAL: WAL's readers must write a -shm file, so a history on a
				// read-only disk could not even be read.
				db.pragma('journal_mode = DELETE');
			}

			migrate(db, file, isReadonly);
		} catch (error) {
			db.close();
			throw historyErrorOf(file, error, {isReadonly});
		}

		return new HistoryStore(file, db, options.now, isReadonly);
	}

	readonly file: string;
	readonly isReadonly: boolean;
	readonly #db: Database.Database;
	readonly #now: () => Date;
	/** Test lists read so far, by id. */
	readonly #lists = new ListCache();

	private constructor(
		file: string,
		db: Database.Database,
		now: () => Date,
		isReadonly: boolean,
	) {
		this.file = file;
		this.#db = db;
		this.#now = now;
		this.isReadonly = isReadonly;
	}

	close(): void {
		this.#db.close();
	}

	/** The id of the run recorded under `key`, if any. */
	find(key: string): number | undefined {
		const row = this.#db
			.prepare('SELECT id FROM runs WHERE run_key = ?')
			.get(key) as {id: number} | undefined;
		return row?.id;
	}

	findRead(hash: string, session: number): number | undefined {
		return guarded(
			this,
			() =>
				this.#db
					.prepare(
						`SELECT runs.id FROM run_logs JOIN logs ON logs.id = run_logs.log_id JOIN runs ON runs.id = run_logs.run_id
						WHERE logs.hash = ? AND COALESCE(runs.session, 1) = ?`,
					)
					.pluck()
					.get(hash, session) as number | undefined,
		);
	}

	/** Record a run once: a key already recorded changes nothing. */
	record(record: RunRecord): Recorded {
		this.#assertWritable();
		return guarded(this, () =>
			this.#db
				.transaction(() => recordLocked(this.#db, record, this.#now))
				.immediate(),
		);
	}

	recentLogs(): EarlierLog[] {
		return guarded(this, () =>
			earlierLogsOf(
				this.#db
					.prepare(
						`SELECT logs.hash AS hash, logs.bytes AS bytes, run_logs.run_id AS run, run_logs.position AS position
							FROM logs JOIN run_logs ON run_logs.log_id = logs.id
							WHERE run_logs.run_id IN (SELECT id FROM runs ORDER BY ${newestFirst} LIMIT ?)`,
					)
					.all(recentRuns) as LinkedLog[],
			),
		);
	}

	rekey(from: string, to: string, logs: readonly Rekeyed[]): void {
		this.#assertWritable();
		guarded(this, () => {
			this.#db
				.transaction(() => {
					rekeyLocked(this.#db, from, to, logs);
				})
				.immediate();
		});
	}

	/** Every recorded run (or the `newest` so many), oldest first. */
	list(newest?: number): RecordedRun[] {
		return guarded(this, () => {
			const limit = newest ?? -1;
			const rows = this.#db
				.prepare(
					`SELECT * FROM (SELECT * FROM runs ORDER BY ${newestFirst} LIMIT ?) AS newest ORDER BY ${oldestFirst}`,
				)
				.all(limit) as RunRow[];
			const logRows = this.#db
				.prepare(
					`SELECT run_logs.run_id AS run_id, logs.path AS path, logs.kept AS kept
					FROM run_logs JOIN logs ON logs.id = run_logs.log_id WHERE run_logs.position >= 0
					AND run_logs.run_id IN (SELECT id FROM runs ORDER BY ${newestFirst} LIMIT ?)
					ORDER BY run_logs.run_id, run_logs.position`,
				)
				.all(limit) as Array<{
				run_id: number;
				path: string;
				kept: string | null;
			}>;
			const logs = new Map<number, string[]>();
			for (const row of logRows) {
				const list = logs.get(row.run_id) ?? [];
				list.push(row.kept ?? row.path);
				logs.set(row.run_id, list);
			}

			return rows.map(row => recordedRunOf(row, logs.get(row.id) ?? []));
		});
	}

	inOrder(ids: readonly number[]): number[] {
		return guarded(
			this,
			() =>
				this.#db
					.prepare(
						`SELECT id FROM runs WHERE id IN (SELECT value FROM json_each(?)) ORDER BY ${oldestFirst}`,
					)
					.pluck()
					.all(JSON.stringify(ids)) as number[],
		);
	}

	/**
	Forget one run (its results and failures); returns whether it was there, and the kept copies of logs
	(from stdin) that no run uses any more, for the caller to delete.
	*/
	forget(id: number): {isForgotten: boolean; unusedKept: string[]} {
		this.#assertWritable();
		return guarded(this, () =>
			this.#db
				.transaction(() => {
					const isForgotten = forgetLocked(this.#db, id);
					const unusedKept = this.#db
						.prepare(
							'SELECT kept FROM logs WHERE kept IS NOT NULL AND id NOT IN (SELECT log_id FROM run_logs)',
						)
						.pluck()
						.all() as string[];
					this.#db
						.prepare(
							'DELETE FROM logs WHERE id NOT IN (SELECT log_id FROM run_logs)',
						)
						.run();
					return {isForgotten, unusedKept};
				})
				.immediate(),
		);
	}

	/**
	The runs before a point in the history (oldest first), as runs the run diff can read: each holds the
	tests that matter (those that failed or were re-run in the window, and `ids`), not every test.
	*/
	context(options: ContextOptions): Run[] {
		return guarded(this, () => readContext(this.#db, this.#lists, options));
	}

	/** The errors these tests failed with in the history, one per test and signature (the latest headline). */
	earlierErrors(ids: Iterable<string>): EarlierError[] {
		return guarded(this, () => {
			// One query for all the ids (a query per failure cost the review's first frame a tenth of a
			// second for 600 failures); each id's errors in the order of the key, as one query per id gave them.
			const wanted = [...new Set(ids)];
			const rows = this.#db
				.prepare(
					'SELECT node_id, signature, headline FROM errors WHERE node_id IN (SELECT value FROM json_each(?)) ORDER BY node_id, signature',
				)
				.raw()
				.all(JSON.stringify(wanted)) as Array<[string, string, string]>;
			const byId = new Map<string, EarlierError[]>();
			for (const [id, signature, headline] of rows) {
				let errors = byId.get(id);
				if (!errors) {
					errors = [];
					byId.set(id, errors);
				}

				errors.push({id, signature, headline});
			}

			return wanted.flatMap(id => byId.get(id) ?? []);
		});
	}

	/** Store a confirmation (`R`): its repetitions and each test's report in them (`confirmations.ts`). */
	recordConfirmation(batch: ConfirmationBatch): void {
		this.#assertWritable();
		guarded(this, () => {
			this.#db
				.transaction(() => {
					recordConfirmation(this.#db, batch);
				})
				.immediate();
		});
	}

	/** Every confirmation of these tests, oldest first. */
	confirmations(ids: Iterable<string>): Confirmation[] {
		return guarded(this, () =>
			this.#hasTable('confirmation_results')
				? readConfirmations(this.#db, ids)
				: [],
		);
	}

	/** A remembered value (`last_opened`: the logs the last command opened, JSON). */
	getMeta(name: string): string | undefined {
		return guarded(
			this,
			() =>
				(
					this.#db
						.prepare('SELECT value FROM meta WHERE name = ?')
						.get(name) as {value: string} | undefined
				)?.value,
		);
	}

	setMeta(name: string, value: string): void {
		this.#assertWritable();
		guarded(this, () =>
			this.#db
				.prepare(
					'INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
				)
				.run(name, value),
		);
	}

	/** Bytes on disk (the database and its write-ahead log). */
	size(): number {
		let total = 0;
		for (const suffix of ['', '-wal', '-shm']) {
			try {
				total += fs.statSync(this.file + suffix).size;
			} catch {
				// No write-ahead log right now.
			}
		}

		return total;
	}

	#hasTable(name: string): boolean {
		return (
			this.#db
				.prepare(
					"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
				)
				.get(name) !== undefined
		);
	}

	#assertWritable(): void {
		if (this.isReadonly) {
			throw new HistoryError(`${shownPath(this.file)}: opened read-only`);
		}
	}
}
