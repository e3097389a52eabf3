/**
Several runs of one suite, oldest first: each test's history, flakiness, outages, and what changed.
*/

import {
	fileOfId,
	isFailureOutcome,
	type Outcome,
	type Run,
} from '../log/model.js';
import {stepMask, type Steps, toEnd} from '../in-turns.js';
import {
	absent,
	type Packed,
	packedTableSteps,
	passedIndex,
	passedOnRetry,
	severity,
	verdictCode,
} from './packed-tests.js';
import {
	defaultOutageThreshold,
	healthSteps,
	type RunHealth,
} from './run-health.js';

export {passedOnRetry, severityIndex, testsOfRun} from './packed-tests.js';
export {
	defaultOutageThreshold,
	isOutageShare,
	minimumOutageFailures,
	type RunHealth,
} from './run-health.js';

/** Flips needed to call a test flaky: pass → fail → pass is two; one flip is just new or fixed. */
export const defaultMinimumFlips = 2;

export type HistoryOptions = {
	readonly outageThreshold?: number;
	readonly minimumFlips?: number;
};

/** One test in one run. */
export type HistoryEntry = {
	readonly run: number;
	/** Undefined when the test is not in that run. */
	readonly outcome?: Outcome;
	readonly reruns: number;
	/** It failed here, and a later session that re-ran it (`--lf`) saw it pass. */
	readonly passedOnRetry?: boolean;
	readonly isOutage: boolean;
};

export type FlakyInfo = {
	readonly isFlaky: boolean;
	/** Verdict changes (pass ↔ fail) between consecutive counted runs. */
	readonly flips: number;
	/** Counted runs with a verdict, minus one: `flips` of `possibleFlips` possible. */
	readonly possibleFlips: number;
	/** Passed after pytest-rerunfailures re-ran it, in some counted run. */
	readonly passedOnRerun: boolean;
};

export type TestHistory = {
	readonly id: string;
	readonly file: string;
	/** One entry per run, oldest first. */
	readonly entries: readonly HistoryEntry[];
	readonly flaky: FlakyInfo;
};

/** What a failure of the newest run is, compared with the runs before it. */
export type FailureStatus = 'new' | 'still failing' | 'flaky';

/** A test that matters, with its status when it fails in the newest run. */
export type DiffedTest = {
	readonly history: TestHistory;
	readonly status: FailureStatus | undefined;
};

export type RunDiff = {
	readonly runs: readonly RunHealth[];
	/**
	The tests that matter, by id, in one map (a failure of the newest run looks its test up once): each
	failing test of the newest run, fixed and flaky tests.
	*/
	readonly tests: ReadonlyMap<string, DiffedTest>;
	/** The tests that matter, by id: each failing test of the newest run, fixed and flaky tests. */
	readonly histories: ReadonlyMap<string, TestHistory>;
	/** Each failing test of the newest run. */
	readonly statuses: ReadonlyMap<string, FailureStatus>;
	/** Tests that failed in the run before and pass in the newest, and are not flaky. */
	readonly fixed: readonly TestHistory[];
	/** Every flaky test, whatever its newest outcome. */
	readonly flaky: readonly TestHistory[];
};

type Verdict = 'pass' | 'fail';

function verdictOf(outcome: Outcome | undefined): Verdict | undefined {
	if (outcome === undefined || outcome === 'skipped') {
		return undefined;
	}

	return isFailureOutcome(outcome) ? 'fail' : 'pass';
}

/** Flakiness from a history: flips across counted (non-outage) runs, and passes on rerun. */
export function flakyInfo(
	entries: readonly HistoryEntry[],
	minimumFlips = defaultMinimumFlips,
): FlakyInfo {
	let flips = 0;
	let counted = 0;
	let previous: Verdict | undefined;
	let passedOnRerun = false;
	for (const entry of entries) {
		if (entry.isOutage) {
			continue;
		}

		const verdict = verdictOf(entry.outcome);
		if (verdict === undefined) {
			continue;
		}

		counted++;
		if (previous !== undefined && previous !== verdict) {
			flips++;
		}

		previous = verdict;
		if (
			(entry.outcome === 'passed' && entry.reruns > 0) ||
			entry.passedOnRetry
		) {
			passedOnRerun = true;
		}
	}

	return {
		isFlaky: flips >= minimumFlips || passedOnRerun,
		flips,
		possibleFlips: Math.max(0, counted - 1),
		passedOnRerun,
	};
}

/**
Histories, outages, statuses of the newest run's failures, fixed and flaky tests. Each test's
status compares its newest verdict with the last earlier run that has one: a healthy run first,
an outage run only when no healthy run has the test.
*/
export function diffRuns(
	runs: readonly Run[],
	options: HistoryOptions = {},
): RunDiff {
	return toEnd(diffSteps(runs, options));
}

/** `diffRuns` in steps (in-turns.ts): it yields every 65,536 tests or reports. */
export function* diffSteps(
	runs: readonly Run[],
	options: HistoryOptions = {},
): Steps<RunDiff> {
	const threshold = options.outageThreshold ?? defaultOutageThreshold;
	const minimumFlips = options.minimumFlips ?? defaultMinimumFlips;
	const table = yield* packedTableSteps(runs);
	const health: RunHealth[] = [];
	for (const [index, run] of runs.entries()) {
		health.push(yield* healthSteps(index, run, threshold));
	}

	const retriedByRun = runs.map(run => passedOnRetry(run));
	// Looked at for every test in every run below: plain arrays, not a property of an object per run and a
	// look in an empty set (most runs have no re-run session).
	const isOutage = health.map(run => run.isOutage);
	const hasRetried = retriedByRun.map(retried => retried.size > 0);
	const last = runs.length - 1;
	const count = table.ids.length;
	const packed: Packed[] = Array.from({length: runs.length}, () => absent);
	const wanted: WantedTest[] = [];
	// Each test once, in the order the runs first name it.
	for (let test = 0; test < count; test++) {
		if ((test & stepMask) === stepMask) {
			yield;
		}

		const id = table.ids[test]!;
		let flips = 0;
		let counted = 0;
		let previousCounted = -1;
		let passedOnRerun = false;
		let earlierHealthy = -1;
		let earlierAny = -1;
		for (let index = 0; index <= last; index++) {
			const value = table.packed[index * count + test]!;
			packed[index] = value;
			const verdict = verdictCode(value);
			if (verdict === -1) {
				continue;
			}

			if (index < last) {
				earlierAny = verdict;
				if (!isOutage[index]) {
					earlierHealthy = verdict;
				}
			}

			if (isOutage[index]) {
				continue;
			}

			counted++;
			if (previousCounted !== -1 && previousCounted !== verdict) {
				flips++;
			}

			previousCounted = verdict;
			if (
				((value & 7) === passedIndex && value >>> 3 > 0) ||
				(verdict === 1 && hasRetried[index] && retriedByRun[index]!.has(id))
			) {
				passedOnRerun = true;
			}
		}

		const isFlaky = flips >= minimumFlips || passedOnRerun;
		const newest = verdictCode(packed[last]!);
		const previous = earlierHealthy === -1 ? earlierAny : earlierHealthy;
		const isFixed = newest === 0 && previous === 1 && !isFlaky;
		if (newest === 1 || isFixed || isFlaky) {
			wanted.push({
				id,
				packed: [...packed],
				flaky: {
					isFlaky,
					flips,
					possibleFlips: Math.max(0, counted - 1),
					passedOnRerun,
				},
				kind: isFixed ? 'fixed' : isFlaky ? 'flaky' : 'failing',
				status:
					newest === 1
						? isFlaky
							? 'flaky'
							: previous === 1
								? 'still failing'
								: 'new'
						: undefined,
			});
		}
	}

	// The file of a test as its first failure names it (a test of every run fails in some run, or it is
	// not wanted; one that is, and never failed, has the file of its id).
	const files = new Map<string, string>();
	for (const run of runs) {
		for (const failure of run.failures) {
			if (!files.has(failure.id)) {
				files.set(failure.id, failure.file);
			}
		}
	}

	const diffed = new Map<string, DiffedTest>();
	const fixed: TestHistory[] = [];
	const flaky: TestHistory[] = [];
	const anyRetried = retriedByRun.some(retried => retried.size > 0);
	// Most tests have one of a few histories: one array of entries (and flaky info) stands for each.
	// Keys of one run are numbers: a string per test is a cost a million-test run notices.
	const entryLists = new Map<string | number, readonly HistoryEntry[]>();
	const flakyInfos = new Map<number, FlakyInfo>();
	for (const test of wanted) {
		const {id} = test;
		const retried = anyRetried
			? test.packed.map((_, index) => retriedByRun[index]!.has(id))
			: undefined;
		const entriesKey =
			runs.length === 1
				? (test.packed[0]! + 1) * 2 + (retried?.[0] ? 1 : 0)
				: retried === undefined
					? test.packed.join(',')
					: `${test.packed.join(',')}|${retried.join(',')}`;
		let entries = entryLists.get(entriesKey);
		if (entries === undefined) {
			entries = test.packed.map((value, index): HistoryEntry => ({
				run: index,
				outcome: value === absent ? undefined : severity[value & 7],
				reruns: value === absent ? 0 : value >>> 3,
				...(retried?.[index] && {passedOnRetry: true}),
				isOutage: health[index]!.isOutage,
			}));
			entryLists.set(entriesKey, entries);
		}

		// Flips and possible flips are each at most the number of runs.
		const {flaky: info} = test;
		const flakyKey =
			((info.flips * (runs.length + 1) + info.possibleFlips) * 2 +
				(info.isFlaky ? 1 : 0)) *
				2 +
			(info.passedOnRerun ? 1 : 0);
		let shared = flakyInfos.get(flakyKey);
		if (shared === undefined) {
			shared = info;
			flakyInfos.set(flakyKey, shared);
		}

		const history: TestHistory = {
			id,
			file: files.get(id) ?? fileOfId(id),
			entries,
			flaky: shared,
		};
		diffed.set(id, {history, status: test.status});
		if (test.kind === 'fixed') {
			fixed.push(history);
		}

		if (test.flaky.isFlaky) {
			flaky.push(history);
		}
	}

	return new Diff(health, diffed, fixed, flaky);
}

type WantedTest = {
	readonly id: string;
	readonly packed: Packed[];
	readonly flaky: FlakyInfo;
	readonly kind: 'failing' | 'fixed' | 'flaky';
	readonly status: FailureStatus | undefined;
};

/** A run diff whose maps by history and by status are made only when asked for (the analysis asks `tests`). */
class Diff implements RunDiff {
	readonly runs: readonly RunHealth[];
	readonly tests: ReadonlyMap<string, DiffedTest>;
	readonly fixed: readonly TestHistory[];
	readonly flaky: readonly TestHistory[];
	#histories: Map<string, TestHistory> | undefined;
	#statuses: Map<string, FailureStatus> | undefined;

	constructor(
		runs: readonly RunHealth[],
		tests: ReadonlyMap<string, DiffedTest>,
		fixed: readonly TestHistory[],
		flaky: readonly TestHistory[],
	) {
		this.runs = runs;
		this.tests = tests;
		this.fixed = fixed;
		this.flaky = flaky;
	}

	get histories(): ReadonlyMap<string, TestHistory> {
		this.#histories ??= new Map(
			[...this.tests].map(([id, test]) => [id, test.history]),
		);
		return this.#histories;
	}

	get statuses(): ReadonlyMap<string, FailureStatus> {
		if (this.#statuses === undefined) {
			this.#statuses = new Map();
			for (const [id, test] of this.tests) {
				if (test.status !== undefined) {
					this.#statuses.set(id, test.status);
				}
			}
		}

		return this.#statuses;
	}
}
