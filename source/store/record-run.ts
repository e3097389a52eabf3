/**
Recording a run on a team's store, inside the caller's transaction (`StoreHistory.record`): its logs, its test
list, its row, its extra reports and its failures, as the SQLite history records them (`runs/history/store.ts`).
*/

import {Buffer} from 'node:buffer';
import type pg from 'pg';
import type {Recorded} from '../runs/history/api.js';
import {encodeRun, packList} from '../runs/history/encode.js';
import {
	runColumns,
	runRowValues,
	type RunRecord,
} from '../runs/history/records.js';

export async function recordRun(
	client: pg.Client,
	record: RunRecord,
	now: () => Date,
): Promise<Recorded> {
	const existing = await client.query<{id: number}>(
		'SELECT id FROM runs WHERE run_key = $1',
		[record.key],
	);
	if (existing.rows[0]) {
		return {id: existing.rows[0].id, isNew: false};
	}

	// An earlier read of this run's log (cut short) is the same session: this run takes its place.
	// Their logs stay linked to it as earlier reads (`findRead`), at places below 0.
	const replaced: number[] = [];
	const earlierReads = new Set<number>();
	for (const key of record.replaces ?? []) {
		const {rows} = await client.query<{id: number; logs: number[]}>(
			`SELECT id, ARRAY(SELECT log_id FROM run_logs WHERE run_id = runs.id) AS logs
			FROM runs WHERE run_key = $1`,
			[key],
		);
		if (rows[0]) {
			replaced.push(rows[0].id);
			for (const logId of rows[0].logs) {
				earlierReads.add(Number(logId));
			}

			await forgetLocked(client, rows[0].id);
		}
	}

	const {run} = record;
	const at = now().toISOString();
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

	const isReadFurther = replaced.length > 0;
	// A run read from some of its logs before (a shard, a log without its JUnit XML) is this run: its place too.
	replaced.push(...(await dropPartsOf(client, logIds, run.session ?? 1)));
	const place = replaced.length > 0 ? Math.min(...replaced) : undefined;
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

	const values = runRowValues(record, at, listId, {
		...encoded,
		outcomes: bufferOf(encoded.outcomes),
	});
	const parameters = values.map((_, index) => `$${index + 1}`).join(', ');
	const inserted = await client.query<{id: number}>(
		place === undefined
			? `INSERT INTO runs (${runColumns}) VALUES (${parameters}) RETURNING id`
			: `INSERT INTO runs (id, ${runColumns}) OVERRIDING SYSTEM VALUE VALUES ($${values.length + 1}, ${parameters}) RETURNING id`,
		place === undefined ? values : [...values, place],
	);
	const runId = inserted.rows[0]!.id;
	await client.query(
		`INSERT INTO run_logs (run_id, position, log_id)
		SELECT $1, t.position - 1, t.log_id FROM unnest($2::bigint[]) WITH ORDINALITY AS t(log_id, position)`,
		[runId, logIds],
	);
	const reads = [...earlierReads].filter(logId => !logIds.includes(logId));
	if (reads.length > 0) {
		await client.query(
			`INSERT INTO run_logs (run_id, position, log_id)
			SELECT $1, -t.position, t.log_id FROM unnest($2::bigint[]) WITH ORDINALITY AS t(log_id, position)`,
			[runId, reads],
		);
	}

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

	return {
		id: runId,
		isNew: true,
		...(isReadFurther && {isReadFurther: true}),
	};
}

function bufferOf(bytes: Uint8Array): Buffer {
	return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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

/** A run of several logs replaces what was recorded of its session from some of its logs only (as on SQLite): their ids. */
async function dropPartsOf(
	client: pg.Client,
	logIds: readonly number[],
	session: number,
): Promise<number[]> {
	if (logIds.length < 2) {
		return [];
	}

	const mine = new Set(logIds);
	const {rows} = await client.query<{run_id: number; logs: number[]}>(
		`SELECT run_id, array_agg(log_id) AS logs FROM run_logs
		WHERE position >= 0 AND run_id IN (
			SELECT run_logs.run_id FROM run_logs JOIN runs ON runs.id = run_logs.run_id
			WHERE log_id = ANY($1) AND position >= 0 AND COALESCE(runs.session, 1) = $2
		)
		GROUP BY run_id`,
		[logIds, session],
	);
	const dropped: number[] = [];
	for (const other of rows) {
		if (other.logs.every(log => mine.has(Number(log)))) {
			await forgetLocked(client, other.run_id);
			dropped.push(Number(other.run_id));
		}
	}

	return dropped;
}
