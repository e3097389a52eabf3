/** Opening the SQLite history: its folder, its schema, its rows as records, its errors as one line. */

import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import {shownPath} from '../../shown-path.js';
import {
	countsOfRow,
	runsOrderIndex,
	schemaStatements,
	schemaVersion,
	sqliteDialect,
} from './schema.js';
import {HistoryError} from './errors.js';
import {historyErrorOf} from './problems.js';
import type {RecordedRun} from './records.js';

/** The columns of a stored run that every reader of the `runs` table asks for. */
export type RunColumns = {
	id: number;
	source: string;
	session: number | null;
	format: string;
	rootdir: string | null;
	pytest: string | null;
	python: string | null;
	passed: number;
	failed: number;
	error: number;
	skipped: number;
	xfailed: number;
	xpassed: number;
	rerun: number;
	complete: number;
};

export type RunRow = RunColumns & {
	run_key: string;
	recorded_at: string;
	retried: number;
	warnings: number;
};

/** Create `.triage/` with a `.gitignore` of `*` (as `.pytest_cache` does): the triage file is what is shared. */
export function ensureHistoryFolder(directory: string): void {
	const stat = fs.statSync(directory, {throwIfNoEntry: false});
	if (stat && !stat.isDirectory()) {
		throw new HistoryError(
			`${shownPath(directory)} is a file, not a folder: move it away and triage makes the folder again`,
		);
	}

	if (!stat) {
		// Node 20's recursive mkdir says ENOENT on a read-only disk: where the parent exists (the triage file's
		// folder), the plain mkdir says EROFS. Another triage may make the folder meanwhile.
		try {
			fs.mkdirSync(directory, {
				recursive: !fs.existsSync(path.dirname(directory)),
			});
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
				throw error;
			}
		}
	}

	const ignore = path.join(directory, '.gitignore');
	if (!fs.existsSync(ignore)) {
		try {
			fs.writeFileSync(
				ignore,
				'# Created by triage: a cache of runs read, rebuilt from the logs.\n*\n',
			);
		} catch (error) {
			// Not an empty one left behind (a full disk): the next triage writes it whole.
			fs.rmSync(ignore, {force: true});
			throw error;
		}
	}
}

export function recordedRunOf(
	row: RunRow,
	logs: readonly string[],
): RecordedRun {
	return {
		id: row.id,
		key: row.run_key,
		recordedAt: row.recorded_at,
		source: row.source,
		session: row.session ?? undefined,
		format: row.format,
		rootdir: row.rootdir ?? undefined,
		pytest: row.pytest ?? undefined,
		python: row.python ?? undefined,
		counts: countsOfRow(row),
		complete: row.complete === 1,
		retried: row.retried === 1,
		warnings: row.warnings,
		logs,
	};
}

function hasRunsOrder(db: Database.Database): boolean {
	return (
		db
			.prepare(
				"SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'runs_order'",
			)
			.get() !== undefined
	);
}

export function migrate(
	db: Database.Database,
	file: string,
	isReadonly: boolean,
): void {
	const hasMeta = db
		.prepare(
			"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'",
		)
		.get();
	const schema = hasMeta
		? (db.prepare("SELECT value FROM meta WHERE name = 'schema'").get() as
				{value: string} | undefined)
		: undefined;
	if (hasMeta && schema === undefined) {
		// Every history triage made says its schema (it is written with the tables): a damaged page lost it.
		throw new HistoryError(
			`${shownPath(file)}: not a history triage can read (damaged: it does not say its schema): it holds only what the logs said, so delete it and triage records runs afresh`,
			'damaged',
		);
	}

	const version = Number(schema?.value ?? 0);
	if (version > schemaVersion) {
		throw new HistoryError(
			`${shownPath(file)}: written by a newer triage (history schema ${version}, this one knows ${schemaVersion}); not used`,
		);
	}

	if (version === schemaVersion) {
		if (!isReadonly && !hasRunsOrder(db)) {
			try {
				db.exec(runsOrderIndex);
			} catch {
				// Another triage writing (busy) or a full disk: the history reads the same without it, only slower.
			}
		}

		return;
	}

	if (isReadonly) {
		// An older schema read as it is: every table it has reads the same; what is newer is not there yet.
		if (version >= 1) {
			return;
		}

		const hasTables = db
			.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table'")
			.get();
		throw hasTables
			? new HistoryError(
					`${shownPath(file)}: not a history triage made (it does not say its schema): move it away and triage makes the history again`,
					'damaged',
				)
			: new HistoryError(
					`${shownPath(file)}: needs setting up and is read-only`,
				);
	}

	db.transaction(() => {
		for (const statement of [
			...schemaStatements(sqliteDialect),
			runsOrderIndex,
		]) {
			db.exec(statement);
		}

		db.prepare(
			"INSERT INTO meta (name, value) VALUES ('schema', ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
		).run(String(schemaVersion));
	}).immediate();
}

/** `action` on the history, its errors as one line (`problems.ts`). */
export function guarded<T>(
	history: {readonly file: string; readonly isReadonly: boolean},
	action: () => T,
): T {
	try {
		return action();
	} catch (error) {
		throw historyErrorOf(history.file, error, {
			isReadonly: history.isReadonly,
		});
	}
}
