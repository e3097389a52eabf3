/**
Writing runs into the SQLite history, each inside the caller's transaction (`HistoryStore`): a run
recorded once, the runs it replaces (an earlier read of its log, its shards read alone), a run forgotten,
a run an earlier triage keyed by its gzipped bytes keyed by its content.
*/

import type Database from 'better-sqlite3';
import type {Recorded, Rekeyed} from './api.js';
import {encodeRun, packList} from './encode.js';
import {insertMany, type InsertMany} from './insert-many.js';
import {runColumns, runRowValues, type RunRecord} from './records.js';

/** Each error once per test and signature: the latest headline. */
const upsertErrors: InsertMany = {
	into: 'INSERT INTO errors (node_id, signature, headline, crash_path, crash_line) VALUES',
	columns: 5,
	onConflict:
		'ON CONFLICT (node_id, signature) DO UPDATE SET headline = excluded.headline',
};

const insertFailures: InsertMany = {
	into: 'INSERT INTO failures (run_id, test_index, signature) VALUES',
	columns: 3,
	onConflict: 'ON CONFLICT DO NOTHING',
};

/** Record a run once (in the caller's transaction): a key already recorded changes nothing. */
export function recordLocked(
	db: Database.Database,
	record: RunRecord,
	now: () => Date,
): Recorded {
	const find = db.prepare('SELECT id FROM runs WHERE run_key = ?').pluck();
	const existing = find.get(record.key) as number | undefined;
	if (existing !== undefined) {
		return {id: existing, isNew: false};
	}

	// An earlier read of this run's log (cut short) is the same session: this run takes its place.
	const replaced = (record.replaces ?? [])
		.map(key => find.get(key) as number | undefined)
		.filter((id): id is number => id !== undefined);
	// Their logs stay linked to it as earlier reads (`findRead`), at places below 0.
	const earlierReads = new Set<number>();
	for (const id of replaced) {
		for (const logId of db
			.prepare('SELECT log_id FROM run_logs WHERE run_id = ?')
			.pluck()
			.all(id) as number[]) {
			earlierReads.add(logId);
		}

		forgetLocked(db, id);
	}

	const {run} = record;
	const at = now().toISOString();
	const logIds = record.logs.map(log => {
		db.prepare(
			`INSERT INTO logs (hash, path, bytes, kept, recorded_at) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (hash) DO NOTHING`,
		).run(log.hash, log.path, log.bytes, log.kept ?? null, at);
		return db
			.prepare('SELECT id FROM logs WHERE hash = ?')
			.pluck()
			.get(log.hash) as number;
	});
	const isReadFurther = replaced.length > 0;
	// A run read from some of its logs before (a shard, a log without its JUnit XML) is this run: its place too.
	replaced.push(...dropPartsOf(db, logIds, run.session ?? 1));
	const place = replaced.length > 0 ? Math.min(...replaced) : undefined;
	const encoded = encodeRun(run);
	let listId = db
		.prepare('SELECT id FROM test_lists WHERE hash = ?')
		.pluck()
		.get(encoded.listHash) as number | undefined;
	listId ??= db
		.prepare(
			'INSERT INTO test_lists (hash, tests, ids) VALUES (?, ?, ?) RETURNING id',
		)
		.pluck()
		.get(encoded.listHash, encoded.reports, packList(encoded.list)) as number;
	const values = runRowValues(record, at, listId, encoded);
	const runId = db
		.prepare(
			place === undefined
				? `INSERT INTO runs (${runColumns}) VALUES (${values.map(() => '?').join(', ')}) RETURNING id`
				: `INSERT INTO runs (id, ${runColumns}) VALUES (?, ${values.map(() => '?').join(', ')}) RETURNING id`,
		)
		.pluck()
		.get(...(place === undefined ? [] : [place]), ...values) as number;
	const link = db.prepare(
		'INSERT INTO run_logs (run_id, position, log_id) VALUES (?, ?, ?)',
	);
	for (const [position, logId] of logIds.entries()) {
		link.run(runId, position, logId);
	}

	for (const [index, logId] of [...earlierReads]
		.filter(logId => !logIds.includes(logId))
		.entries()) {
		link.run(runId, -1 - index, logId);
	}

	const extra = db.prepare(
		`INSERT INTO reports (run_id, test_index, phase, attempt, outcome, reruns)
		VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
	);
	for (const report of encoded.extras) {
		extra.run(
			runId,
			report.testIndex,
			report.phase,
			report.attempt,
			report.outcome,
			report.reruns,
		);
	}

	const errors: unknown[] = [];
	const failures: unknown[] = [];
	for (const [position, item] of run.failures.entries()) {
		const signature = record.signatureOf(item);
		errors.push(
			item.id,
			signature,
			item.headline,
			item.location?.path ?? null,
			item.location?.line ?? null,
		);
		failures.push(runId, encoded.failureIndexes[position]!, signature);
	}

	insertMany(db, upsertErrors, errors);
	insertMany(db, insertFailures, failures);
	return {
		id: runId,
		isNew: true,
		...(isReadFurther && {isReadFurther: true}),
	};
}

/**
A run of several logs replaces what was recorded of the same session before from some of its logs only (the
first shard, read while the others were still running; a console log read without its JUnit XML): their ids.
*/
function dropPartsOf(
	db: Database.Database,
	logIds: readonly number[],
	session: number,
): number[] {
	if (logIds.length < 2) {
		return [];
	}

	const mine = new Set(logIds);
	const others = db
		.prepare(
			`SELECT DISTINCT run_logs.run_id FROM run_logs JOIN runs ON runs.id = run_logs.run_id
			WHERE log_id IN (${logIds.map(() => '?').join(', ')}) AND position >= 0 AND COALESCE(runs.session, 1) = ?`,
		)
		.pluck()
		.all(...logIds, session) as number[];
	const logsOf = db
		.prepare('SELECT log_id FROM run_logs WHERE run_id = ? AND position >= 0')
		.pluck();
	const dropped: number[] = [];
	for (const other of others) {
		const theirs = logsOf.all(other) as number[];
		if (theirs.every(log => mine.has(log))) {
			forgetLocked(db, other);
			dropped.push(other);
		}
	}

	return dropped;
}

/** Forget a run's rows (in the caller's transaction); whether it was there. */
export function forgetLocked(db: Database.Database, id: number): boolean {
	const changes = db.prepare('DELETE FROM runs WHERE id = ?').run(id).changes;
	db.prepare('DELETE FROM reports WHERE run_id = ?').run(id);
	db.prepare('DELETE FROM failures WHERE run_id = ?').run(id);
	db.prepare('DELETE FROM run_logs WHERE run_id = ?').run(id);
	db.prepare(
		'DELETE FROM test_lists WHERE id NOT IN (SELECT test_list FROM runs)',
	).run();
	return changes > 0;
}

/** `RunHistory.rekey` in the caller's transaction. */
export function rekeyLocked(
	db: Database.Database,
	from: string,
	to: string,
	logs: readonly Rekeyed[],
): void {
	// Both keys recorded (the plain log read too): each stays as it is.
	if (db.prepare('SELECT 1 FROM runs WHERE run_key = ?').get(to)) {
		return;
	}

	db.prepare('UPDATE runs SET run_key = ? WHERE run_key = ?').run(to, from);
	const idOf = db.prepare('SELECT id FROM logs WHERE hash = ?').pluck();
	for (const log of logs) {
		const old = idOf.get(log.from) as number | undefined;
		const current = idOf.get(log.to) as number | undefined;
		if (old === undefined) {
			continue;
		}

		if (current === undefined) {
			db.prepare('UPDATE logs SET hash = ?, bytes = ? WHERE id = ?').run(
				log.to,
				log.bytes,
				old,
			);
		} else {
			db.prepare('UPDATE run_logs SET log_id = ? WHERE log_id = ?').run(
				current,
				old,
			);
			db.prepare('DELETE FROM logs WHERE id = ?').run(old);
		}
	}
}
