/**
Writing runs into the SQLite history, each inside the caller's transaction (`HistoryStore`): a run
recorded once (what to write is `recording.ts`'s; the statements are here), a run forgotten, a run an
earlier triage keyed by its gzipped bytes keyed by its content.
*/

import type Database from 'better-sqlite3';
import type {Recorded, Rekeyed} from './api.js';
import {insertMany, type InsertMany} from './insert-many.js';
import {runColumns, type RunRecord} from './records.js';
import {recordWith, type RecordingSteps} from './recording.js';

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
	return recordWith(sqliteSteps(db), record, now);
}

/** `recording.ts`'s steps as SQLite statements. */
function sqliteSteps(db: Database.Database): RecordingSteps {
	const find = db.prepare('SELECT id FROM runs WHERE run_key = ?').pluck();
	return {
		runOf: key => find.get(key) as number | undefined,
		logsOf: run =>
			db
				.prepare('SELECT log_id FROM run_logs WHERE run_id = ?')
				.pluck()
				.all(run) as number[],
		recordedAtOf: run =>
			db
				.prepare('SELECT recorded_at FROM runs WHERE id = ?')
				.pluck()
				.get(run) as string | undefined,
		forget(run) {
			forgetLocked(db, run);
		},
		addLog(log, at) {
			db.prepare(
				`INSERT INTO logs (hash, path, bytes, kept, recorded_at) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (hash) DO NOTHING`,
			).run(log.hash, log.path, log.bytes, log.kept ?? null, at);
			return db
				.prepare('SELECT id FROM logs WHERE hash = ?')
				.pluck()
				.get(log.hash) as number;
		},
		runsSharing(logIds, session) {
			const others = db
				.prepare(
					`SELECT DISTINCT run_logs.run_id FROM run_logs JOIN runs ON runs.id = run_logs.run_id
					WHERE log_id IN (${logIds.map(() => '?').join(', ')}) AND position >= 0 AND COALESCE(runs.session, 1) = ?`,
				)
				.pluck()
				.all(...logIds, session) as number[];
			const logsOf = db
				.prepare(
					'SELECT log_id FROM run_logs WHERE run_id = ? AND position >= 0',
				)
				.pluck();
			return others.map(run => ({run, logs: logsOf.all(run) as number[]}));
		},
		testList(encoded) {
			const listId = db
				.prepare('SELECT id FROM test_lists WHERE hash = ?')
				.pluck()
				.get(encoded.listHash) as number | undefined;
			return (
				listId ??
				(db
					.prepare(
						'INSERT INTO test_lists (hash, tests, ids) VALUES (?, ?, ?) RETURNING id',
					)
					.pluck()
					.get(encoded.listHash, encoded.reports, encoded.packList()) as number)
			);
		},
		addRun(values, place) {
			const parameters = values.map(() => '?').join(', ');
			return db
				.prepare(
					place === undefined
						? `INSERT INTO runs (${runColumns}) VALUES (${parameters}) RETURNING id`
						: `INSERT INTO runs (id, ${runColumns}) VALUES (?, ${parameters}) RETURNING id`,
				)
				.pluck()
				.get(...(place === undefined ? [] : [place]), ...values) as number;
		},
		linkLogs(run, links) {
			const link = db.prepare(
				'INSERT INTO run_logs (run_id, position, log_id) VALUES (?, ?, ?)',
			);
			for (const [position, logId] of links) {
				link.run(run, position, logId);
			}
		},
		addReports(run, extras) {
			const extra = db.prepare(
				`INSERT INTO reports (run_id, test_index, phase, attempt, outcome, reruns)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
			);
			for (const report of extras) {
				extra.run(
					run,
					report.testIndex,
					report.phase,
					report.attempt,
					report.outcome,
					report.reruns,
				);
			}
		},
		addFailures(run, errors, failures) {
			insertMany(db, upsertErrors, errors.flat());
			insertMany(
				db,
				insertFailures,
				failures.flatMap(([testIndex, signature]) => [
					run,
					testIndex,
					signature,
				]),
			);
		},
	};
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
