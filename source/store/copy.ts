/**
Copying a run history between SQLite and a store (`triage store push` / `pull`): the same tables on both
sides, so rows are copied as they are, run by run, with ids renumbered for the side they land on. A run
already on the other side (by its key) is skipped: copying twice copies nothing the second time.
*/

import type Database from 'better-sqlite3';
import type pg from 'pg';
import {oldestFirst} from '../runs/history/schema.js';

/** What copying needs of a database: `?` placeholders on both sides. */
export type SqlPort = {
	all<Row>(sql: string, parameters?: readonly unknown[]): Promise<Row[]>;
	run(sql: string, parameters?: readonly unknown[]): Promise<void>;
	transaction<T>(action: () => Promise<T>): Promise<T>;
};

export function sqlitePort(db: Database.Database): SqlPort {
	return {
		async all<Row>(sql: string, parameters: readonly unknown[] = []) {
			return db.prepare(sql).all(...parameters) as Row[];
		},
		async run(sql, parameters = []) {
			db.prepare(sql).run(...parameters);
		},
		async transaction(action) {
			db.exec('BEGIN IMMEDIATE');
			try {
				const result = await action();
				db.exec('COMMIT');
				return result;
			} catch (error) {
				db.exec('ROLLBACK');
				throw error;
			}
		},
	};
}

function numbered(sql: string): string {
	let index = 0;
	return sql.replaceAll('?', () => `$${++index}`);
}

export function pgPort(client: pg.Client): SqlPort {
	return {
		async all<Row>(sql: string, parameters: readonly unknown[] = []) {
			const result = await client.query(numbered(sql), [...parameters]);
			return result.rows as Row[];
		},
		async run(sql, parameters = []) {
			await client.query(numbered(sql), [...parameters]);
		},
		async transaction(action) {
			await client.query('BEGIN');
			try {
				const result = await action();
				await client.query('COMMIT');
				return result;
			} catch (error) {
				await client.query('ROLLBACK').catch(() => undefined);
				throw error;
			}
		},
	};
}

type Row = Record<string, unknown>;

const runColumns = [
	'run_key',
	'recorded_at',
	'source',
	'session',
	'format',
	'rootdir',
	'pytest',
	'python',
	'passed',
	'failed',
	'error',
	'skipped',
	'xfailed',
	'xpassed',
	'rerun',
	'complete',
	'retried',
	'warnings',
	'test_list',
	'outcomes',
	'durations',
] as const;

async function idOf(
	target: SqlPort,
	table: 'logs' | 'test_lists',
	hash: unknown,
): Promise<number> {
	const [row] = await target.all<{id: number}>(
		`SELECT id FROM ${table} WHERE hash = ?`,
		[hash],
	);
	return Number(row!.id);
}

/**
Copy every run of `source` that `target` lacks; returns how many were copied. `rename` names the logs, their kept
copies and the runs' sources on the target (a store names them from the triage file's folder: `shared-names.ts`).
*/
export async function copyHistory(
	source: SqlPort,
	target: SqlPort,
	rename: (name: string) => string = name => name,
): Promise<{copied: number; skipped: number}> {
	return target.transaction(async () => {
		const keys = await target.all<{run_key: string}>(
			'SELECT run_key FROM runs',
		);
		const known = new Set(keys.map(row => row.run_key));
		// Oldest first, as they ran: where the target numbers them anew, their ids follow that order when they can.
		const runs = await source.all<Row>(
			`SELECT * FROM runs ORDER BY ${oldestFirst}`,
		);
		let copied = 0;
		for (const run of runs) {
			if (known.has(run['run_key'] as string)) {
				continue;
			}

			await copyRun(source, target, run, rename);
			copied++;
		}

		const errors = await source.all<Row>(
			'SELECT node_id, signature, headline, crash_path, crash_line FROM errors',
		);
		for (const error of errors) {
			await target.run(
				`INSERT INTO errors (node_id, signature, headline, crash_path, crash_line) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (node_id, signature) DO UPDATE SET headline = excluded.headline`,
				[
					error['node_id'],
					error['signature'],
					error['headline'],
					error['crash_path'],
					error['crash_line'],
				],
			);
		}

		return {copied, skipped: runs.length - copied};
	});
}

async function copyRun(
	source: SqlPort,
	target: SqlPort,
	run: Row,
	rename: (name: string) => string,
): Promise<void> {
	const sourceId = run['id'];
	const logs = await source.all<Row>(
		`SELECT logs.hash, logs.path, logs.bytes, logs.kept, logs.recorded_at, run_logs.position
		FROM run_logs JOIN logs ON logs.id = run_logs.log_id WHERE run_logs.run_id = ? ORDER BY run_logs.position`,
		[sourceId],
	);
	const logIds: Array<[unknown, number]> = [];
	for (const log of logs) {
		await target.run(
			`INSERT INTO logs (hash, path, bytes, kept, recorded_at) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (hash) DO NOTHING`,
			[
				log['hash'],
				rename(log['path'] as string),
				log['bytes'],
				typeof log['kept'] === 'string' ? rename(log['kept']) : log['kept'],
				log['recorded_at'],
			],
		);

		logIds.push([log['position'], await idOf(target, 'logs', log['hash'])]);
	}

	const [list] = await source.all<Row>(
		'SELECT hash, tests, ids FROM test_lists WHERE id = ?',
		[run['test_list']],
	);
	await target.run(
		'INSERT INTO test_lists (hash, tests, ids) VALUES (?, ?, ?) ON CONFLICT (hash) DO NOTHING',
		[list!['hash'], list!['tests'], list!['ids']],
	);
	const listId = await idOf(target, 'test_lists', list!['hash']);
	const values = runColumns.map(column =>
		column === 'test_list'
			? listId
			: column === 'source'
				? rename(run[column] as string)
				: run[column],
	);
	const [inserted] = await target.all<{id: number}>(
		`INSERT INTO runs (${runColumns.join(', ')}) VALUES (${runColumns.map(() => '?').join(', ')}) RETURNING id`,
		values,
	);
	const runId = Number(inserted!.id);
	for (const [position, logId] of logIds) {
		await target.run(
			'INSERT INTO run_logs (run_id, position, log_id) VALUES (?, ?, ?)',
			[runId, position, logId],
		);
	}

	for (const report of await source.all<Row>(
		'SELECT test_index, phase, attempt, outcome, reruns FROM reports WHERE run_id = ?',
		[sourceId],
	)) {
		await target.run(
			'INSERT INTO reports (run_id, test_index, phase, attempt, outcome, reruns) VALUES (?, ?, ?, ?, ?, ?)',
			[
				runId,
				report['test_index'],
				report['phase'],
				report['attempt'],
				report['outcome'],
				report['reruns'],
			],
		);
	}

	for (const failure of await source.all<Row>(
		'SELECT test_index, signature FROM failures WHERE run_id = ?',
		[sourceId],
	)) {
		await target.run(
			'INSERT INTO failures (run_id, test_index, signature) VALUES (?, ?, ?)',
			[runId, failure['test_index'], failure['signature']],
		);
	}
}
