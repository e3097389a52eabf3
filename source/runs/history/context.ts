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
} from '../../log/model.js';
import {IdColumn} from '../../log/id-column.js';
import {packReport, ReportRows, TestList} from '../../log/test-list.js';
import {nameReports} from '../../classify/packed-tests.js';
import {IdFinder} from '../../log/id-finder.js';
import {forgetLarge, StoredList} from './stored-list.js';
import {SameSuite, type Suite} from './same-suite.js';
import type {RunColumns} from './sqlite.js';
import {
	countsOfRow,
	moreBit,
	newestFirst,
	oldestFirst,
	outcomeBits,
	outcomeCodes,
	outcomeOfCode,
	phaseOfCode,
	phaseShift,
} from './schema.js';

export type ContextOptions = {
	/**
	Only runs recorded before this one, or before the earliest of these (the runs being read), in the order runs
	ran (`oldestFirst`); every run when undefined, or when none of them is there.
	*/
	readonly before?: number | readonly number[];
	/** Runs left out (those being read now). */
	readonly exclude?: ReadonlySet<number>;
	/** At most this many runs, the newest. */
	readonly window: number;
	/** Tests wanted in every run of the window (the failing tests of the runs being read). */
	readonly ids: Iterable<string>;
	/** Only runs of this suite (`same-suite.ts`): another suite's runs say nothing about this one. */
	readonly suite?: Suite;
	/** Leave out runs read from any of these logs (by hash): a run is never compared with itself. */
	readonly excludeLogs?: ReadonlySet<string>;
};

/** Test lists inflated once per store: most runs of a suite share one. */
export class ListCache {
	readonly #lists = new Map<number, StoredList>();

	get(db: Database.Database, id: number): StoredList {
		let list = this.#lists.get(id);
		if (!list) {
			const row = db
				.prepare('SELECT ids, tests FROM test_lists WHERE id = ?')
				.get(id) as {ids: Uint8Array; tests: number};
			list = new StoredList(row.ids, row.tests);
			this.#lists.set(id, list);
		}

		return list;
	}

	/**
	Forgets the lists too large to keep between reads (a 552,000-test run's is 52 MB): one read of the context
	asks for a list many times, the next read of this store (the live review's) inflates it again.
	*/
	releaseLarge(): void {
		forgetLarge(this.#lists);
	}
}

/** A run of the window as stored. */
export type WindowRow = RunColumns & {
	test_list: number;
	outcomes: Uint8Array;
};

/** One of the `reports` table's rows: what one byte per report cannot say. */
export type ReportRow = [
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
	const excludeLogs = options.excludeLogs ?? new Set<string>();
	const hashesOf = db
		.prepare(
			'SELECT logs.hash FROM run_logs JOIN logs ON logs.id = run_logs.log_id WHERE run_logs.run_id = ?',
		)
		.pluck();
	const sameSuite = new SameSuite(options.suite);
	const chosen: number[] = [];
	const bound =
		options.before === undefined
			? undefined
			: (db
					.prepare(
						`SELECT recorded_at, id FROM runs WHERE id IN (SELECT value FROM json_each(?)) ORDER BY ${oldestFirst} LIMIT 1`,
					)
					.raw()
					.get(JSON.stringify([options.before].flat())) as
					[string, number] | undefined);
	for (const candidate of db
		.prepare(
			`SELECT id, rootdir, test_list FROM runs ${bound ? 'WHERE (recorded_at, id) < (?, ?)' : ''} ORDER BY ${newestFirst}`,
		)
		.iterate(...(bound ?? [])) as Iterable<{
		id: number;
		rootdir: string | null;
		test_list: number;
	}>) {
		if (chosen.length >= options.window) {
			break;
		}

		if (exclude.has(candidate.id)) {
			continue;
		}

		const isSameLogs =
			excludeLogs.size > 0 &&
			(hashesOf.all(candidate.id) as string[]).some(hash =>
				excludeLogs.has(hash),
			);
		if (
			!isSameLogs &&
			sameSuite.isSame(candidate.rootdir, candidate.test_list, id =>
				lists.get(db, id),
			)
		) {
			chosen.push(candidate.id);
		}
	}

	const runRow = db.prepare(
		`SELECT id, source, session, format, rootdir, pytest, python, passed, failed, error, skipped,
		xfailed, xpassed, rerun, complete, test_list, outcomes FROM runs WHERE id = ?`,
	);
	const window = chosen.toReversed().map(id => runRow.get(id) as WindowRow);
	if (window.length === 0) {
		lists.releaseLarge();
		return [];
	}

	const reportsOf = db
		.prepare(
			'SELECT test_index, phase, attempt, outcome, reruns FROM reports WHERE run_id = ?',
		)
		.raw();
	const extras = window.map(row => reportsOf.all(row.id) as ReportRow[]);
	try {
		return buildContext(window, extras, id => lists.get(db, id), options.ids);
	} finally {
		lists.releaseLarge();
	}
}

/**
Marks (1 in `marks`) each place whose stored byte says failed (code 1) or error (2), four places at a time:
this runs once a command, mostly before the optimizer has seen it, over every byte of every run of the
window (a year of a 6,000-test suite: 180,000), where a step per byte cost a tenth of a second once (with an
iterator) and a hundredth still (indexed). `marks` holds whole words, as many places as the list or more.
*/
function markFailing(outcomes: Uint8Array, marks: Uint8Array): void {
	// The bytes copied to whole words of their own (a blob from SQLite may start anywhere in its buffer).
	const bytes = new Uint8Array(marks.length);
	bytes.set(
		outcomes.length > marks.length
			? outcomes.subarray(0, marks.length)
			: outcomes,
	);
	const words = new Uint32Array(bytes.buffer);
	const marked = new Uint32Array(
		marks.buffer,
		marks.byteOffset,
		marks.length / 4,
	);
	// eslint-disable-next-line unicorn/no-for-loop -- the index says which places
	for (let index = 0; index < words.length; index++) {
		const word = words[index]!;
		// In each byte: bits 0 and 1 differ (001 or 010) and bit 2 is clear; only bit 0 of each byte is kept,
		// so each place's mark is 0 or 1 whatever the byte order.
		marked[index]! |= (word ^ (word >>> 1)) & ~(word >>> 2) & 0x01_01_01_01;
	}
}

/** The TestList code (`packReport`) of each stored byte's outcome and phase (its low five bits). */
const listCodes: readonly number[] = Array.from({length: 32}, (_, bits) => {
	const outcome = outcomeOfCode[bits & outcomeBits];
	const phase = phaseOfCode[(bits >> phaseShift) & 0b11];
	return outcome === undefined || phase === undefined
		? 0
		: packReport(outcome, phase);
});

/**
The tests of one stored list that a window reads: their places in the list, and their ids in one column
that every run of the window with this list shares (a column is read-only once made; a reader copies an
id's bytes before it reads another's, as every reader of a TestList does).
*/
type ListPlan = {
	readonly list: StoredList;
	/** The places of the wanted tests, in list order. */
	readonly places: Uint32Array;
	/** Each place's row in `column`. */
	readonly rows: Uint32Array;
	readonly column: IdColumn;
	/**
	Each place's id, the list's own string: every run of the window with this list names its reports with
	these, so the run diff makes no string per report and run (`nameReports`).
	*/
	readonly names: readonly string[];
};

/** `wanted`: the ids the window keeps, found by the stored bytes (no string per id of the list). */
function planOf(list: StoredList, wanted: IdFinder): ListPlan {
	const chosen: number[] = [];
	const names: string[] = [];
	for (let at = 0; at < list.length; at++) {
		const id = list.findIn(wanted, at);
		if (id !== undefined) {
			chosen.push(at);
			names.push(id);
		}
	}

	const places = Uint32Array.from(chosen);
	const rows = new Uint32Array(places.length);
	const column = new IdColumn();
	for (let index = 0; index < places.length; index++) {
		// A test's second report (a teardown error) follows its first and shares its row, as in `TestList.from`.
		rows[index] =
			index > 0 && names[index - 1] === names[index]
				? rows[index - 1]!
				: column.appendText(names[index]!);
	}

	column.trim();
	return {list, places, rows, column, names};
}

/**
The runs of a window read back, from its rows, each run's extra reports and its test list (any store):
each holds only the tests that matter. A test read back is a row in a column shared by the runs with the
same list, not an object: a year of a 6,000-test suite's runs read a thirtieth of a second sooner.
*/
export function buildContext(
	window: readonly WindowRow[],
	extras: ReadonlyArray<readonly ReportRow[]>,
	listOf: (listId: number) => StoredList,
	askedFor: Iterable<string>,
): Run[] {
	// The tests that matter: those asked for, and every one that failed or was re-run in the window, marked
	// by place in each list first (the runs of a window share a few lists), then named once per list.
	const marksOf = new Map<number, Uint8Array>();
	for (const [position, row] of window.entries()) {
		let marks = marksOf.get(row.test_list);
		if (!marks) {
			// Whole words, so that `markFailing` reads and writes four places at a time.
			marks = new Uint8Array(Math.ceil(listOf(row.test_list).length / 4) * 4);
			marksOf.set(row.test_list, marks);
		}

		markFailing(row.outcomes, marks);
		for (const report of extras[position]!) {
			if (report[2] > 0 || report[4] > 0 || isFailing(report[3])) {
				marks[report[0]] = 1;
			}
		}
	}

	const wanted = new Set<string>(askedFor);
	for (const [listId, marks] of marksOf) {
		const list = listOf(listId);
		const words = new Uint32Array(
			marks.buffer,
			marks.byteOffset,
			marks.length / 4,
		);
		// eslint-disable-next-line unicorn/no-for-loop -- the index says which places
		for (let word = 0; word < words.length; word++) {
			if (words[word] === 0) {
				continue;
			}

			for (
				let index = word * 4;
				index < word * 4 + 4 && index < list.length;
				index++
			) {
				if (marks[index] === 1) {
					wanted.add(list.idAt(index));
				}
			}
		}
	}

	const plans = new Map<number, ListPlan>();
	// Made once for the lists of the window: a year of a changing suite's runs may have a list each.
	let finder: IdFinder | undefined;
	return window.map((row, position) => {
		let plan = plans.get(row.test_list);
		if (!plan) {
			finder ??= new IdFinder(wanted);
			plan = planOf(listOf(row.test_list), finder);
			plans.set(row.test_list, plan);
		}

		const {list, places, rows, column, names} = plan;
		const retries: RetryResult[] = [];
		const extraOf = new Map<number, ReportRow[]>();
		for (const report of extras[position]!) {
			const list = extraOf.get(report[0]) ?? [];
			list.push(report);
			extraOf.set(report[0], list);
		}

		// The reports of the runs of a list differ only in their codes: the rows are the plan's, shared (a list
		// never changes its arrays), and the codes are written in place, not pushed one by one.
		const reports = new ReportRows(0);
		reports.rows = rows;
		const codes = new Uint8Array(places.length);
		reports.codes = codes;
		reports.length = places.length;
		const reruns = new Map<number, number>();
		const {outcomes} = row;
		// eslint-disable-next-line unicorn/no-for-loop -- as the loops over the bytes above
		for (let report = 0; report < places.length; report++) {
			const at = places[report]!;
			const byte = outcomes[at]!;
			codes[report] = listCodes[byte & 0b1_1111]!;
			if ((byte & moreBit) === 0) {
				continue;
			}

			let most = 0;
			for (const extra of extraOf.get(at) ?? []) {
				if (extra[2] === 0) {
					most = Math.max(most, extra[4]);
				} else {
					const id = list.idAt(at);
					retries.push({
						id,
						file: fileOfId(id),
						outcome: outcomeOfCode[extra[3]]!,
						phase: phaseOfCode[extra[1]]!,
						...(extra[4] > 0 && {reruns: extra[4]}),
						attempt: extra[2],
					});
				}
			}

			if (most > 0) {
				reruns.set(report, most);
			}
		}

		const counts = countsOfRow(row);
		const tests = new TestList(column, reports, {reruns});
		nameReports(tests, names);
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
