/**
Several runs of one suite, oldest first: each test's history, flakiness, outages, and what changed.
*/

import {
	fileOfId,
	isFailureOutcome,
	type Outcome,
	type Run,
} from '../log/model.js';
import {
	absent,
	interestingIds,
	type Packed,
	packedTestsOfRun,
	passedIndex,
	passedOnRetry,
	severity,
	verdictCode,
} from './packed-tests.js';

export {passedOnRetry, severityIndex, testsOfRun} from './packed-tests.js';

/** A run where more than this share of the tests that ran failed or errored is an outage. */
export const defaultOutageThreshold = 0.5;

/**
Fewer failing tests than this is no outage, whatever the share: when 3 of 4 tests fail, a small suite
had a bad day; "most tests failed at once" (the environment, not the tests) needs a crowd to say so.
*/
export const minimumOutageFailures = 10;

/** Flips needed to call a test flaky: pass → fail → pass is two; one flip is just new or fixed. */
export const defaultMinimumFlips = 2;

export type HistoryOptions = {
	readonly outageThreshold?: number;
	readonly minimumFlips?: number;
};

/** How one run went as a whole. */
export type RunHealth = {
	/** 0 for the oldest run. */
	readonly index: number;
	readonly source: string;
	/** Tests that failed or errored (pytest's count when the log does not name every test). */
	readonly failing: number;
	/** Tests that ran to a verdict, not skipped (pytest's count when the log does not name every test). */
	readonly ran: number;
	/** `failing / ran`, 0 when nothing ran. */
	readonly failingShare: number;
	/** Most tests failed at once: the environment, not the tests; not counted for flakiness. */
	readonly isOutage: boolean;
	/** Read back from the run history, not from a log given now. */
	readonly isFromHistory: boolean;
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

export type RunDiff = {
	readonly runs: readonly RunHealth[];
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

function healthOf(index: number, run: Run, threshold: number): RunHealth {
	let failing = 0;
	let ran = 0;
	const {tests} = run;
	for (let index = 0; index < tests.length; index++) {
		// A test's second report (a teardown error) follows its first: count the test once.
		if (index > 0 && tests.isSameIdAs(index, index - 1)) {
			continue;
		}

		const outcome = tests.outcomeAt(index);
		if (outcome !== 'skipped') {
			ran++;
		}

		if (isFailureOutcome(outcome)) {
			failing++;
		}
	}

	// Progress dots and `-rfE` summaries name only the failures: then pytest's counts say how many ran.
	const {counts} = run;
	const countedRan =
		counts.passed +
		counts.failed +
		counts.error +
		counts.xfailed +
		counts.xpassed;
	if (countedRan > ran) {
		ran = countedRan;
		failing = Math.max(failing, counts.failed + counts.error);
	}

	const failingShare = ran === 0 ? 0 : Math.min(1, failing / ran);
	return {
		index,
		source: run.source,
		failing,
		ran,
		failingShare,
		isOutage: failing >= minimumOutageFailures && failingShare > threshold,
		isFromHistory: run.historyId !== undefined,
	};
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
	const threshold = options.outageThreshold ?? defaultOutageThreshold;
	const minimumFlips = options.minimumFlips ?? defaultMinimumFlips;
	// With one run, only its notable tests can be anything but passing: no other run to look ids up in.
	const interesting = runs.length === 1 ? 'notable' : interestingIds(runs);
	const testsByRun = runs.map(run => packedTestsOfRun(run, interesting));
	const health = runs.map((run, index) => healthOf(index, run, threshold));
	const retriedByRun = runs.map(run => passedOnRetry(run));
	const last = runs.length - 1;
	const packed: Packed[] = Array.from({length: runs.length}, () => absent);
	const wanted = new Map<
		string,
		{packed: Packed[]; flaky: FlakyInfo; kind: 'failing' | 'fixed' | 'flaky'}
	>();
	const statuses = new Map<string, FailureStatus>();
	// Each test once, in the first run that has it (one run's keys are unique already).
	const seen = runs.length > 1 ? new Set<string>() : undefined;
	for (const tests of testsByRun) {
		for (const id of tests.keys()) {
			if (seen) {
				if (seen.has(id)) {
					continue;
				}

				seen.add(id);
			}

			let flips = 0;
			let counted = 0;
			let previousCounted = -1;
			let passedOnRerun = false;
			let earlierHealthy = -1;
			let earlierAny = -1;
			for (let index = 0; index <= last; index++) {
				const value = testsByRun[index]!.get(id) ?? absent;
				packed[index] = value;
				const verdict = verdictCode(value);
				if (verdict === -1) {
					continue;
				}

				if (index < last) {
					earlierAny = verdict;
					if (!health[index]!.isOutage) {
						earlierHealthy = verdict;
					}
				}

				if (health[index]!.isOutage) {
					continue;
				}

				counted++;
				if (previousCounted !== -1 && previousCounted !== verdict) {
					flips++;
				}

				previousCounted = verdict;
				if (
					((value & 7) === passedIndex && value >>> 3 > 0) ||
					(verdict === 1 && retriedByRun[index]!.has(id))
				) {
					passedOnRerun = true;
				}
			}

			const isFlaky = flips >= minimumFlips || passedOnRerun;
			const newest = verdictCode(packed[last]!);
			const previous = earlierHealthy === -1 ? earlierAny : earlierHealthy;
			const isFixed = newest === 0 && previous === 1 && !isFlaky;
			if (newest === 1) {
				statuses.set(
					id,
					isFlaky ? 'flaky' : previous === 1 ? 'still failing' : 'new',
				);
			}

			if (newest === 1 || isFixed || isFlaky) {
				wanted.set(id, {
					packed: [...packed],
					flaky: {
						isFlaky,
						flips,
						possibleFlips: Math.max(0, counted - 1),
						passedOnRerun,
					},
					kind: isFixed ? 'fixed' : isFlaky ? 'flaky' : 'failing',
				});
			}
		}
	}

	const files = new Map<string, string>();
	for (const run of runs) {
		for (const failure of run.failures) {
			if (wanted.has(failure.id) && !files.has(failure.id)) {
				files.set(failure.id, failure.file);
			}
		}
	}

	const histories = new Map<string, TestHistory>();
	const fixed: TestHistory[] = [];
	const flaky: TestHistory[] = [];
	// Most tests have one of a few histories: one array of entries (and flaky info) stands for each.
	const entryLists = new Map<string, readonly HistoryEntry[]>();
	const flakyInfos = new Map<string, FlakyInfo>();
	for (const [id, test] of wanted) {
		const retried = test.packed.map((_, index) => retriedByRun[index]!.has(id));
		const entriesKey = `${test.packed.join(',')}|${retried.join(',')}`;
		let entries = entryLists.get(entriesKey);
		if (entries === undefined) {
			entries = test.packed.map((value, index): HistoryEntry => ({
				run: index,
				outcome: value === absent ? undefined : severity[value & 7],
				reruns: value === absent ? 0 : value >>> 3,
				...(retried[index] && {passedOnRetry: true}),
				isOutage: health[index]!.isOutage,
			}));
			entryLists.set(entriesKey, entries);
		}

		const flakyKey = `${test.flaky.isFlaky},${test.flaky.flips},${test.flaky.possibleFlips},${test.flaky.passedOnRerun}`;
		let info = flakyInfos.get(flakyKey);
		if (info === undefined) {
			info = test.flaky;
			flakyInfos.set(flakyKey, info);
		}

		const history: TestHistory = {
			id,
			file: files.get(id) ?? fileOfId(id),
			entries,
			flaky: info,
		};
		histories.set(id, history);
		if (test.kind === 'fixed') {
			fixed.push(history);
		}

		if (test.flaky.isFlaky) {
			flaky.push(history);
		}
	}

	return {runs: health, histories, statuses, fixed, flaky};
}
