/**
The run history's tables, in plain SQL that SQLite and PostgreSQL both accept, but for what a dialect
must say its own way (marked `${…}` below). Outcomes and phases are small integers: 365 runs of 6,000
tests are two million result rows, and every byte of a row counts.
*/

import {
	outcomes,
	phases,
	type Counts,
	type Outcome,
	type Phase,
} from '../../log/model.js';

/**
The schema version this code writes, and the newest it reads. 2 added the confirmation runs (`R` in the
review); a version 1 history gets their tables when it is opened for writing, and keeps every run it had.
*/
export const schemaVersion = 2;

/** Codes stored for outcomes: passed is 0 (SQLite stores 0 and 1 in no bytes at all). */
export const outcomeCodes: Readonly<Record<Outcome, number>> = {
	passed: 0,
	failed: 1,
	error: 2,
	skipped: 3,
	xfailed: 4,
	xpassed: 5,
};

/** Codes stored for phases: call is 0. */
export const phaseCodes: Readonly<Record<Phase, number>> = {
	call: 0,
	setup: 1,
	teardown: 2,
	collect: 3,
};

export const outcomeOfCode: readonly Outcome[] = outcomes.toSorted(
	(a, b) => outcomeCodes[a] - outcomeCodes[b],
);

export const phaseOfCode: readonly Phase[] = phases.toSorted(
	(a, b) => phaseCodes[a] - phaseCodes[b],
);

export type Dialect = {
	/** An integer key the database numbers itself. */
	readonly serial: string;
	/** Bytes. */
	readonly binary: string;
	/**
	After a table that is looked up by its primary key only: SQLite's `WITHOUT ROWID` keeps such a table as
	one tree, not a table and an index of the same columns (the 100 MB log's 57,000 failures were written
	twice; a third less to write, and a third less on disk). Tables made before read and write the same.
	*/
	readonly keyedTable: string;
};

export const sqliteDialect: Dialect = {
	serial: 'INTEGER PRIMARY KEY',
	binary: 'BLOB',
	keyedTable: ' WITHOUT ROWID',
};

export const postgresDialect: Dialect = {
	serial: 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY',
	binary: 'BYTEA',
	keyedTable: '',
};

/**
A run's outcomes are one byte per report, in the order of its list of node ids (a test with two reports
is in it twice): the outcome's code in bits 0–2, the phase's in bits 3–4, and bit 5 when the `reports`
table holds more on that test (reruns, a re-run session). A list is stored once for every run that has
the same reports in the same order (a suite run without xdist, day after day).
*/
export const outcomeBits = 0b111;
export const phaseShift = 3;
export const moreBit = 0b10_0000;

/**
Runs in the order they ran, as far as triage knows: `recorded_at` is when a run ended where its log says so (a
JUnit XML's timestamp, a report log's times, a CI service's time before pytest's final line), else when it was
recorded (by the machine that read its log); copying a history to or from a store keeps it. Ties by id. Never by
id alone: the runs of two machines pushed to one store, or pulled into a history that holds runs of its own, get
ids in the order they were copied.
*/
export const oldestFirst = 'recorded_at, id';
export const newestFirst = 'recorded_at DESC, id DESC';

/** The statements that create the current version, in order (each creates only what is missing). */
export function schemaStatements(dialect: Dialect): string[] {
	return [
		`CREATE TABLE IF NOT EXISTS meta (
			name TEXT PRIMARY KEY,
			value TEXT NOT NULL
		)`,
		// Every log read, once, by content.
		`CREATE TABLE IF NOT EXISTS logs (
			id ${dialect.serial},
			hash TEXT NOT NULL UNIQUE,
			path TEXT NOT NULL,
			bytes BIGINT NOT NULL,
			kept TEXT,
			recorded_at TEXT NOT NULL
		)`,
		// Node ids joined by newlines, deflated; `hash` is of the joined text.
		`CREATE TABLE IF NOT EXISTS test_lists (
			id ${dialect.serial},
			hash TEXT NOT NULL UNIQUE,
			tests INTEGER NOT NULL,
			ids ${dialect.binary} NOT NULL
		)`,
		`CREATE TABLE IF NOT EXISTS runs (
			id ${dialect.serial},
			run_key TEXT NOT NULL UNIQUE,
			recorded_at TEXT NOT NULL,
			source TEXT NOT NULL,
			session INTEGER,
			format TEXT NOT NULL,
			rootdir TEXT,
			pytest TEXT,
			python TEXT,
			passed INTEGER NOT NULL,
			failed INTEGER NOT NULL,
			error INTEGER NOT NULL,
			skipped INTEGER NOT NULL,
			xfailed INTEGER NOT NULL,
			xpassed INTEGER NOT NULL,
			rerun INTEGER NOT NULL,
			complete SMALLINT NOT NULL,
			retried SMALLINT NOT NULL,
			warnings INTEGER NOT NULL,
			test_list BIGINT NOT NULL,
			outcomes ${dialect.binary} NOT NULL,
			durations ${dialect.binary}
		)`,
		`CREATE TABLE IF NOT EXISTS run_logs (
			run_id BIGINT NOT NULL,
			position INTEGER NOT NULL,
			log_id BIGINT NOT NULL,
			PRIMARY KEY (run_id, position)
		)`,
		// What one byte per report cannot say: reruns, re-run sessions (attempt 1, 2, …).
		`CREATE TABLE IF NOT EXISTS reports (
			run_id BIGINT NOT NULL,
			test_index INTEGER NOT NULL,
			phase SMALLINT NOT NULL,
			attempt SMALLINT NOT NULL,
			outcome SMALLINT NOT NULL,
			reruns INTEGER NOT NULL,
			PRIMARY KEY (run_id, test_index, phase, attempt)
		)`,
		// Each error once per test: a stale decision shows the one it was decided on.
		`CREATE TABLE IF NOT EXISTS errors (
			node_id TEXT NOT NULL,
			signature TEXT NOT NULL,
			headline TEXT NOT NULL,
			crash_path TEXT,
			crash_line INTEGER,
			PRIMARY KEY (node_id, signature)
		)${dialect.keyedTable}`,
		// Which error each failing report of a run had (its place in the run's list).
		`CREATE TABLE IF NOT EXISTS failures (
			run_id BIGINT NOT NULL,
			test_index INTEGER NOT NULL,
			signature TEXT NOT NULL,
			PRIMARY KEY (run_id, test_index)
		)${dialect.keyedTable}`,
		// Version 2. A failure run again N times (`R`): one row per repetition, never a row of `runs`, so a
		// confirmation is never mixed into the run it confirms or counted in the run diff.
		`CREATE TABLE IF NOT EXISTS confirmation_runs (
			id ${dialect.serial},
			batch TEXT NOT NULL,
			repetition INTEGER NOT NULL,
			repetitions INTEGER NOT NULL,
			rootdir TEXT,
			command TEXT NOT NULL,
			log TEXT,
			for_run TEXT,
			recorded_at TEXT NOT NULL
		)`,
		// Each test's report in a repetition; `base_signature` is the error being confirmed.
		`CREATE TABLE IF NOT EXISTS confirmation_results (
			confirmation_run BIGINT NOT NULL,
			node_id TEXT NOT NULL,
			phase SMALLINT NOT NULL,
			base_signature TEXT NOT NULL,
			outcome SMALLINT NOT NULL,
			signature TEXT,
			PRIMARY KEY (confirmation_run, node_id, phase)
		)`,
		'CREATE INDEX IF NOT EXISTS confirmation_results_node ON confirmation_results (node_id)',
	];
}

/**
The runs in the order they ran (`newestFirst`): every command that reads the history asks for the newest few.
Without it each such question reads the whole table, outcomes included (3,650 runs of 6,000 tests: an export
took ~0.15 s more CPU and 17 MB more RSS). An index changes nothing a triage reads, so histories and stores made
before it are not a new schema: a history gets it when it is next opened for writing (`sqlite.ts`), a store when
it is made (each adds it after the tables, so that a database holding another application's `runs` is said so by
what the tables lack first).
*/
export const runsOrderIndex =
	'CREATE INDEX IF NOT EXISTS runs_order ON runs (recorded_at, id)';

/** The code stored for a test a repetition did not report. */
export const missingCode = 7;

/** A `runs` row's counts columns as Counts. */
export function countsOfRow(
	row: Readonly<Record<keyof Counts, number>>,
): Counts {
	return {
		passed: row.passed,
		failed: row.failed,
		error: row.error,
		skipped: row.skipped,
		xfailed: row.xfailed,
		xpassed: row.xpassed,
		rerun: row.rerun,
	};
}
