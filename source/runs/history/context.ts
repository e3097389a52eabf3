/**
The runs before this one, read back from the history for the run diff: new, still failing, flaky and
fixed are judged against them. A run read back holds only the tests that matter (what failed or was
re-run in the window, and the tests asked for), so opening the review costs the same with a year of
history as with a week.
*/

import type Database from 'better-sqlite3';
import {
	fileOfId,
	type LogFormat,
	type RetryResult,
	type Run,
	type TestResult,
} from '../../log/model.js';
import {outcomeOfCode, phaseOfCode} from './schema.js';

export type ContextOptions = {
	/** Only runs recorded before this one (the first run being read); every run when undefined. */
	readonly before?: number;
	/** Runs left out (those being read now). */
	readonly exclude?: ReadonlySet<number>;
	/** At most this many runs, the newest. */
	readonly window: number;
	/** Tests wanted in every run of the window (the failing tests of the runs being read). */
	readonly ids: Iterable<string>;
};

/** Past this many (run, test) lookups, reading each run whole is cheaper than seeking. */
const maxSeeks = 200_000;

type WindowRow = {
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

type ResultRow = [
	testId: number,
	phase: number,
	attempt: number,
	outcome: number,
	reruns: number,
];

export function readContext(
	db: Database.Database,
	options: ContextOptions,
): Run[] {
	const exclude = options.exclude ?? new Set<number>();
	const candidates = db
		.prepare(
			`SELECT id, source, session, format, rootdir, pytest, python, passed, failed, error, skipped,
			xfailed, xpassed, rerun, complete FROM runs WHERE id < ? ORDER BY id DESC LIMIT ?`,
		)
		.all(
			options.before ?? Number.MAX_SAFE_INTEGER,
			options.window + exclude.size,
		) as WindowRow[];
	const window = candidates
		.filter(row => !exclude.has(row.id))
		.slice(0, options.window)
		.toReversed();
	if (window.length === 0) {
		return [];
	}

	const wanted = new Set<number>();
	const testId = db.prepare('SELECT id FROM tests WHERE node_id = ?').pluck();
	for (const id of options.ids) {
		const found = testId.get(id) as number | undefined;
		if (found !== undefined) {
			wanted.add(found);
		}
	}

	const notable = db
		.prepare(
			`SELECT DISTINCT test_id FROM results
			WHERE run_id = ? AND (outcome IN (1, 2) OR reruns > 0 OR attempt > 0)`,
		)
		.pluck();
	for (const run of window) {
		for (const id of notable.iterate(run.id) as Iterable<number>) {
			wanted.add(id);
		}
	}

	const nodeId = db.prepare('SELECT node_id FROM tests WHERE id = ?').pluck();
	const nodeIds = new Map<number, string>();
	for (const id of wanted) {
		nodeIds.set(id, nodeId.get(id) as string);
	}

	const isSeeking = wanted.size * window.length <= maxSeeks;
	const seek = db
		.prepare(
			'SELECT test_id, phase, attempt, outcome, reruns FROM results WHERE run_id = ? AND test_id = ?',
		)
		.raw();
	const scan = db
		.prepare(
			'SELECT test_id, phase, attempt, outcome, reruns FROM results WHERE run_id = ?',
		)
		.raw();
	return window.map(row => {
		const tests: TestResult[] = [];
		const retries: RetryResult[] = [];
		const add = (result: ResultRow) => {
			const id = nodeIds.get(result[0]);
			if (id === undefined) {
				return;
			}

			const test: TestResult = {
				id,
				file: fileOfId(id),
				outcome: outcomeOfCode[result[3]]!,
				phase: phaseOfCode[result[1]]!,
				...(result[4] > 0 && {reruns: result[4]}),
			};
			if (result[2] === 0) {
				tests.push(test);
			} else {
				retries.push({...test, attempt: result[2]});
			}
		};

		if (isSeeking) {
			for (const id of wanted) {
				for (const result of seek.iterate(row.id, id) as Iterable<ResultRow>) {
					add(result);
				}
			}
		} else {
			for (const result of scan.iterate(row.id) as Iterable<ResultRow>) {
				add(result);
			}
		}

		const counts = {
			passed: row.passed,
			failed: row.failed,
			error: row.error,
			skipped: row.skipped,
			xfailed: row.xfailed,
			xpassed: row.xpassed,
			rerun: row.rerun,
		};
		return {
			source: row.source,
			format: row.format as LogFormat,
			header: {
				...(row.rootdir !== null && {rootdir: row.rootdir}),
				...(row.pytest !== null && {pytest: row.pytest}),
				...(row.python !== null && {python: row.python}),
			},
			tests,
			failures: [],
			counts,
			reportedCounts: counts,
			complete: row.complete === 1,
			warnings: [],
			...(row.session !== null && {session: row.session}),
			...(retries.length > 0 && {retries}),
			historyId: row.id,
		};
	});
}
