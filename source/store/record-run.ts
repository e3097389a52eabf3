/**
Recording a run on a team's store, inside the caller's transaction (`StoreHistory.record`): what to write is
decided as for the SQLite history (`runs/history/recording.ts`); the queries are here.
*/

import type pg from 'pg';
import type {Recorded} from '../runs/history/api.js';
import {runColumns, type RunRecord} from '../runs/history/records.js';
import {
	type AwaitedRecordingSteps,
	type ErrorRow,
	recordAwaiting,
} from '../runs/history/recording.js';

export async function recordRun(
	client: pg.Client,
	record: RunRecord,
	now: () => Date,
): Promise<Recorded> {
	return recordAwaiting(storeSteps(client), record, now);
}

/** `recording.ts`'s steps as queries on a team's store. BIGINT arrays come back as strings: `Number`. */
function storeSteps(client: pg.Client): AwaitedRecordingSteps {
	return {
		async runOf(key) {
			const {rows} = await client.query<{id: number}>(
				'SELECT id FROM runs WHERE run_key = $1',
				[key],
			);
			return rows[0]?.id;
		},
		async logsOf(run) {
			const {rows} = await client.query<{log_id: number}>(
				'SELECT log_id FROM run_logs WHERE run_id = $1',
				[run],
			);
			return rows.map(row => Number(row.log_id));
		},
		async recordedAtOf(run) {
			const {rows} = await client.query<{recorded_at: string}>(
				'SELECT recorded_at FROM runs WHERE id = $1',
				[run],
			);
			return rows[0]?.recorded_at;
		},
		async forget(run) {
			await forgetLocked(client, run);
		},
		async addLog(log, at) {
			const {rows} = await client.query<{id: number}>(
				`WITH added AS (
					INSERT INTO logs (hash, path, bytes, kept, recorded_at) VALUES ($1, $2, $3, $4, $5)
					ON CONFLICT (hash) DO NOTHING RETURNING id
				) SELECT id FROM added UNION ALL SELECT id FROM logs WHERE hash = $1`,
				[log.hash, log.path, log.bytes, log.kept ?? null, at],
			);
			return rows[0]!.id;
		},
		async runsSharing(logIds, session) {
			const {rows} = await client.query<{run_id: number; logs: number[]}>(
				`SELECT run_id, array_agg(log_id) AS logs FROM run_logs
				WHERE position >= 0 AND run_id IN (
					SELECT run_logs.run_id FROM run_logs JOIN runs ON runs.id = run_logs.run_id
					WHERE log_id = ANY($1) AND position >= 0 AND COALESCE(runs.session, 1) = $2
				)
				GROUP BY run_id`,
				[logIds, session],
			);
			return rows.map(row => ({
				run: Number(row.run_id),
				logs: row.logs.map(Number),
			}));
		},
		async testList(encoded) {
			const list = await client.query<{id: number}>(
				'SELECT id FROM test_lists WHERE hash = $1',
				[encoded.listHash],
			);
			if (list.rows[0]) {
				return list.rows[0].id;
			}

			const added = await client.query<{id: number}>(
				'INSERT INTO test_lists (hash, tests, ids) VALUES ($1, $2, $3) RETURNING id',
				[encoded.listHash, encoded.reports, encoded.packList()],
			);
			return added.rows[0]!.id;
		},
		async addRun(values, place) {
			const parameters = values.map((_, index) => `$${index + 1}`).join(', ');
			const {rows} = await client.query<{id: number}>(
				place === undefined
					? `INSERT INTO runs (${runColumns}) VALUES (${parameters}) RETURNING id`
					: `INSERT INTO runs (id, ${runColumns}) OVERRIDING SYSTEM VALUE VALUES ($${values.length + 1}, ${parameters}) RETURNING id`,
				place === undefined ? [...values] : [...values, place],
			);
			return rows[0]!.id;
		},
		async linkLogs(run, links) {
			await client.query(
				`INSERT INTO run_logs (run_id, position, log_id)
				SELECT $1, * FROM unnest($2::int[], $3::bigint[])`,
				[
					run,
					links.map(([position]) => position),
					links.map(([, logId]) => logId),
				],
			);
		},
		async addReports(run, extras) {
			await client.query(
				`INSERT INTO reports (run_id, test_index, phase, attempt, outcome, reruns)
				SELECT $1, * FROM unnest($2::int[], $3::int2[], $4::int2[], $5::int2[], $6::int[])
				ON CONFLICT DO NOTHING`,
				[
					run,
					extras.map(report => report.testIndex),
					extras.map(report => report.phase),
					extras.map(report => report.attempt),
					extras.map(report => report.outcome),
					extras.map(report => report.reruns),
				],
			);
		},
		async addFailures(run, errors, failures) {
			// One row per (test, signature) in a statement, the latest: ON CONFLICT cannot update a row twice.
			const latest = new Map<string, ErrorRow>();
			for (const row of errors) {
				latest.set(`${row[0]}\u0000${row[1]}`, row);
			}

			const rows = [...latest.values()];
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
					run,
					failures.map(failure => failure[0]),
					failures.map(failure => failure[1]),
				],
			);
		},
	};
}

export async function forgetLocked(
	client: pg.Client,
	id: number,
): Promise<boolean> {
	const deleted = await client.query('DELETE FROM runs WHERE id = $1', [id]);
	await client.query('DELETE FROM reports WHERE run_id = $1', [id]);
	await client.query('DELETE FROM failures WHERE run_id = $1', [id]);
	await client.query('DELETE FROM run_logs WHERE run_id = $1', [id]);
	await client.query(
		'DELETE FROM test_lists WHERE id NOT IN (SELECT test_list FROM runs)',
	);
	return (deleted.rowCount ?? 0) > 0;
}
