/**
The runs before this one, read back from the history for the run diff: new, still failing, flaky and
fixed are judged against them. A run read back holds only the tests that matter (what failed or was
re-run in the window, and the tests asked for), so opening the review costs about the same with a year
of history as with a week.
*/

import type Database from 'better-sqlite3';
import {
	fileOfId,
	type LogFormat,
	type RetryResult,
	type Run,
	type TestResult,
} from '../../log/model.js';
import {unpackList} from './encode.js';
import {
	moreBit,
	outcomeBits,
	outcomeCodes,
	outcomeOfCode,
	phaseOfCode,
	phaseShift,
} from './schema.js';

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

type List = {
	readonly ids: readonly string[];
};

/** Test lists decoded once per store: most runs of a suite share one. */
export class ListCache {
	readonly #lists = new Map<number, List>();

	get(db: Database.Database, id: number): List {
		let list = this.#lists.get(id);
		if (!list) {
			const bytes = db
				.prepare('SELECT ids FROM test_lists WHERE id = ?')
				.pluck()
				.get(id) as Uint8Array;
			list = {ids: unpackList(bytes)};
			this.#lists.set(id, list);
		}

		return list;
	}
}

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
	test_list: number;
	outcomes: Uint8Array;
};

type ReportRow = [
	testIndex: number,
	phase: number,
	attempt: number,
	outcome: number,
	reruns: number,
];

const failedCode = outcomeCodes.failed;
const errorCode = outcomeCodes.error;

function isFailing(code: number): boolean {
	return code === failedCode || code === errorCode;
}

export function readContext(
	db: Database.Database,
	lists: ListCache,
	options: ContextOptions,
): Run[] {
	const exclude = options.exclude ?? new Set<number>();
	const candidates = db
		.prepare(
			`SELECT id, source, session, format, rootdir, pytest, python, passed, failed, error, skipped,
			xfailed, xpassed, rerun, complete, test_list, outcomes FROM runs
			WHERE id < ? ORDER BY id DESC LIMIT ?`,
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

	const reportsOf = db
		.prepare(
			'SELECT test_index, phase, attempt, outcome, reruns FROM reports WHERE run_id = ?',
		)
		.raw();
	const extras = window.map(row => reportsOf.all(row.id) as ReportRow[]);
	// The tests that matter: those asked for, and every one that failed or was re-run in the window.
	const wanted = new Set<string>(options.ids);
	for (const [position, row] of window.entries()) {
		const {ids} = lists.get(db, row.test_list);
		const {outcomes} = row;
		for (const [index, outcome] of outcomes.entries()) {
			if (isFailing(outcome & outcomeBits)) {
				wanted.add(ids[index]!);
			}
		}

		for (const report of extras[position]!) {
			if (report[2] > 0 || report[4] > 0 || isFailing(report[3])) {
				wanted.add(ids[report[0]]!);
			}
		}
	}

	return window.map((row, position) => {
		const {ids} = lists.get(db, row.test_list);
		const tests: TestResult[] = [];
		const retries: RetryResult[] = [];
		const result = (
			id: string,
			outcome: number,
			phase: number,
			reruns: number,
		): TestResult => ({
			id,
			file: fileOfId(id),
			outcome: outcomeOfCode[outcome]!,
			phase: phaseOfCode[phase]!,
			...(reruns > 0 && {reruns}),
		});
		const extraOf = new Map<number, ReportRow[]>();
		for (const report of extras[position]!) {
			const list = extraOf.get(report[0]) ?? [];
			list.push(report);
			extraOf.set(report[0], list);
		}

		const {outcomes} = row;
		for (const [at, id] of ids.entries()) {
			if (!wanted.has(id)) {
				continue;
			}

			const byte = outcomes[at]!;
			const more = (byte & moreBit) === 0 ? [] : (extraOf.get(at) ?? []);
			let reruns = 0;
			for (const report of more) {
				if (report[2] === 0) {
					reruns = Math.max(reruns, report[4]);
				} else {
					retries.push({
						...result(id, report[3], report[1], report[4]),
						attempt: report[2],
					});
				}
			}

			tests.push(
				result(id, byte & outcomeBits, (byte >> phaseShift) & 0b11, reruns),
			);
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
