/**
A run's tests packed for comparing runs: each test's combined outcome in one number (its severity and its
reruns), the ones worth comparing, and the verdict a packed outcome gives.
*/

import {fileOfId, outcomes, type Outcome, type Run} from '../log/model.js';
import {IdFinder} from '../log/id-finder.js';
import type {TestList} from '../log/test-list.js';
import {stepMask, type Steps, toEnd} from '../in-turns.js';

// When a test has several reports in one run (a call failure and a teardown error), the worst wins.
export const severity: readonly Outcome[] = [
	'failed',
	'error',
	'passed',
	'xpassed',
	'xfailed',
	'skipped',
];

/** The worst of a test's reports wins: lower is worse. */
export const severityIndex: Readonly<Record<Outcome, number>> = {
	failed: 0,
	error: 1,
	passed: 2,
	xpassed: 3,
	xfailed: 4,
	skipped: 5,
};

export const passedIndex = severityIndex.passed;
export const skippedIndex = severityIndex.skipped;

// A 200,000-test run makes an object per test expensive: a test's outcome in a run is packed into
// one number, its severity index in the low 3 bits and its reruns above them.
export type Packed = number;

export const absent = -1;

/** Lists whose reports' ids a reader already holds as strings, by list: each report's id. */
const namedLists = new WeakMap<TestList, readonly string[]>();

/**
Names each report of `list` by `ids` (as `idAt` would): the runs read back from the history share one list's
strings, and the diff then looks them up as they are instead of making a string per report of every run (a
year of a 6,000-test suite: 20,000 strings, a tenth of a second before the review's first frame).
*/
export function nameReports(list: TestList, ids: readonly string[]): void {
	if (ids.length !== list.length) {
		throw new RangeError(
			`${ids.length} names for a list of ${list.length} reports`,
		);
	}

	namedLists.set(list, ids);
}

/** Each report's id, from its names when it has them. */
function idsOf(list: TestList): (index: number) => string {
	const names = namedLists.get(list);
	return names ? index => names[index]! : index => list.idAt(index);
}

/**
Only tests that failed somewhere or passed on a rerun can be new, still failing, fixed or flaky: the
rest (most of a 6,000-test suite) are skipped without a map entry. The reports of named lists (`nameReports`)
are marked by place first and named once per list, not once per run.
*/
export function interestingIds(runs: readonly Run[]): Set<string> {
	const ids = new Set<string>();
	const marksOf = new Map<readonly string[], Uint8Array>();
	for (const run of runs) {
		const {tests} = run;
		const names = namedLists.get(tests);
		let marks = names && marksOf.get(names);
		if (names && !marks) {
			marks = new Uint8Array(names.length);
			marksOf.set(names, marks);
		}

		const hasReruns = tests.hasReruns;
		for (let index = 0; index < tests.length; index++) {
			if (
				tests.isFailureAt(index) ||
				(hasReruns && (tests.rerunsAt(index) ?? 0) > 0)
			) {
				if (marks) {
					marks[index] = 1;
				} else {
					ids.add(tests.idAt(index));
				}
			}
		}

		for (const failure of run.failures) {
			ids.add(failure.id);
		}

		for (const retry of run.retries ?? []) {
			ids.add(retry.id);
		}
	}

	for (const [names, marks] of marksOf) {
		// eslint-disable-next-line unicorn/no-for-loop -- the index says which name
		for (let index = 0; index < marks.length; index++) {
			if (marks[index] === 1) {
				ids.add(names[index]!);
			}
		}
	}

	return ids;
}

/** A report's severity index by its TestList code (the outcome's index in `outcomes`, low 3 bits). */
const severityOfCode: readonly number[] = outcomes.map(
	outcome => severityIndex[outcome],
);

/** The packed outcome of a test with a report of this severity and reruns, and maybe one already. */
function combined(previous: Packed, severity: number, reruns: number): Packed {
	return previous === absent
		? severity | (reruns << 3)
		: Math.min(previous & 7, severity) |
				(Math.max(previous >>> 3, reruns) << 3);
}

/** The tests worth comparing across runs, and each one's packed outcome in each run. */
export type PackedTable = {
	/** Each test's id by its number: in the order the runs first name them (oldest run first, in log order). */
	readonly ids: readonly string[];
	/** The packed outcome of test `test` in run `run` at `run * ids.length + test` (`absent`: not in that run). */
	readonly packed: Int32Array;
};

/**
The tests of several runs worth comparing (`interestingIds`; with one run, its notable ones), numbered in the
order `packedTestsOfRun` of each run in turn would first name them, and their packed outcomes in one array.
A list that names its reports (`nameReports`) is numbered once for every run that has it: the runs read
back from the history cost a pass over their bytes, not a string and a map entry per report and run.
*/
export function packedTable(runs: readonly Run[]): PackedTable {
	return toEnd(packedTableSteps(runs));
}

/** `packedTable` in steps (in-turns.ts): it yields every 65,536 reports. */
export function* packedTableSteps(runs: readonly Run[]): Steps<PackedTable> {
	const interesting = runs.length === 1 ? undefined : interestingIds(runs);
	const numbers = new Map<string, number>();
	const ids: string[] = [];
	const numberOf = (id: string): number => {
		let number = numbers.get(id);
		if (number === undefined) {
			number = ids.length;
			numbers.set(id, number);
			ids.push(id);
		}

		return number;
	};

	// Each report's test number (-1: not compared), by run; a named list's are made once for all its runs.
	const numbered = new Map<readonly string[], Int32Array>();
	let finder: IdFinder | undefined;
	const reportNumbers: Int32Array[] = [];
	for (const run of runs) {
		const {tests} = run;
		const names = interesting && namedLists.get(tests);
		let numbersHere = names && numbered.get(names);
		if (!numbersHere) {
			numbersHere = new Int32Array(tests.length);
			const hasReruns = tests.hasReruns;
			for (let index = 0; index < tests.length; index++) {
				let number = -1;
				if (interesting) {
					// Every notable report's id is interesting.
					const id = names
						? interesting.has(names[index]!)
							? names[index]
							: undefined
						: (finder ??= new IdFinder(interesting)).find(
								tests.idSpanAt(index),
							);
					if (id !== undefined) {
						number = numberOf(id);
					}
				} else if (
					tests.isFailureAt(index) ||
					(hasReruns && (tests.rerunsAt(index) ?? 0) > 0)
				) {
					number = numberOf(tests.idAt(index));
				}

				numbersHere[index] = number;
				if ((index & stepMask) === stepMask) {
					yield;
				}
			}

			if (names) {
				numbered.set(names, numbersHere);
			}
		}

		// A failure the reports missed (a -q log's summary) counts, after them. A failure's id is the string the
		// table keeps: the run keeps it anyway, and the report's was decoded for the table alone (a second copy
		// of every failing id for as long as the analysis lives: 6 MB of the 100 MB bench log's).
		for (const failure of run.failures) {
			ids[numberOf(failure.id)] = failure.id;
		}

		reportNumbers.push(numbersHere);
	}

	const count = ids.length;
	const packed = new Int32Array(runs.length * count).fill(absent);
	for (const [runIndex, run] of runs.entries()) {
		const {tests} = run;
		const numbersHere = reportNumbers[runIndex]!;
		const offset = runIndex * count;
		const hasReruns = tests.hasReruns;
		for (let index = 0; index < tests.length; index++) {
			const number = numbersHere[index]!;
			if (number !== -1) {
				const at = offset + number;
				packed[at] = combined(
					packed[at]!,
					severityOfCode[tests.codeAt(index) & 7]!,
					hasReruns ? (tests.rerunsAt(index) ?? 0) : 0,
				);
			}

			if ((index & stepMask) === stepMask) {
				yield;
			}
		}

		for (const failure of run.failures) {
			const at = offset + numbers.get(failure.id)!;
			if (packed[at] === absent) {
				packed[at] = severityIndex[failure.outcome];
			}
		}
	}

	return {ids, packed};
}

/** The tests of a run that failed and then passed in a re-run session of it (`--lf`). */
export function passedOnRetry(run: Run): Set<string> {
	const passed = new Set<string>();
	for (const retry of run.retries ?? []) {
		if (retry.outcome === 'passed') {
			passed.add(retry.id);
		}
	}

	return passed;
}

/** `only`: the tests to keep besides the notable ones (failing, rerun); `notable`: none. */
export function packedTestsOfRun(
	run: Run,
	only?: ReadonlySet<string> | 'notable',
): Map<string, Packed> {
	const tests = new Map<string, Packed>();
	const add = (id: string, outcome: Outcome, reruns: number) => {
		const packed = severityIndex[outcome] | (reruns << 3);
		const previous = tests.get(id);
		tests.set(
			id,
			previous === undefined
				? packed
				: Math.min(previous & 7, packed & 7) |
						(Math.max(previous >>> 3, reruns) << 3),
		);
	};

	const {tests: results} = run;
	const idAt = idsOf(results);
	for (let index = 0; index < results.length; index++) {
		const reruns = results.rerunsAt(index) ?? 0;
		const isNotable = results.isFailureAt(index) || reruns > 0;
		if (!isNotable && only === 'notable') {
			continue;
		}

		const id = idAt(index);
		if (
			isNotable ||
			only === undefined ||
			(only !== 'notable' && only.has(id))
		) {
			add(id, results.outcomeAt(index), reruns);
		}
	}

	for (const failure of run.failures) {
		if (!tests.has(failure.id)) {
			add(failure.id, failure.outcome, 0);
		}
	}

	return tests;
}

type TestInRun = {outcome: Outcome; reruns: number; file: string};

/** Each test of a run with its combined outcome; failures missing from `tests` are added. */
export function testsOfRun(run: Run): Map<string, TestInRun> {
	const files = new Map<string, string>();
	for (let index = 0; index < run.tests.length; index++) {
		const id = run.tests.idAt(index);
		if (!files.has(id)) {
			files.set(id, fileOfId(id));
		}
	}

	for (const failure of run.failures) {
		if (!files.has(failure.id)) {
			files.set(failure.id, failure.file);
		}
	}

	const tests = new Map<string, TestInRun>();
	for (const [id, packed] of packedTestsOfRun(run)) {
		tests.set(id, {
			outcome: severity[packed & 7]!,
			reruns: packed >>> 3,
			file: files.get(id)!,
		});
	}

	return tests;
}

/** 1 fail, 0 pass, -1 no verdict (absent or skipped). */
export function verdictCode(packed: Packed): number {
	if (packed === absent) {
		return -1;
	}

	const outcome = packed & 7;
	return outcome === skippedIndex ? -1 : outcome < passedIndex ? 1 : 0;
}
