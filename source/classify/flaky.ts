/**
Several runs of one suite, oldest first: each test's history, flakiness, outages, and what changed.
*/

import {
	isFailureOutcome,
	type Outcome,
	type Run,
	type TestResult,
} from '../log/model.js';

/** A run where more than this share of the tests that ran failed or errored is an outage. */
export const defaultOutageThreshold = 0.5;

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
};

/** One test in one run. */
export type HistoryEntry = {
	readonly run: number;
	/** Undefined when the test is not in that run. */
	readonly outcome?: Outcome;
	readonly reruns: number;
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
	/** Every test of every run, by id. */
	readonly histories: ReadonlyMap<string, TestHistory>;
	/** Each failing test of the newest run. */
	readonly statuses: ReadonlyMap<string, FailureStatus>;
	/** Tests that failed in the run before and pass in the newest, and are not flaky. */
	readonly fixed: readonly TestHistory[];
	/** Every flaky test, whatever its newest outcome. */
	readonly flaky: readonly TestHistory[];
};

type Verdict = 'pass' | 'fail';

// When a test has several reports in one run (a call failure and a teardown error), the worst wins.
const severity: readonly Outcome[] = [
	'failed',
	'error',
	'passed',
	'xpassed',
	'xfailed',
	'skipped',
];

function verdictOf(outcome: Outcome | undefined): Verdict | undefined {
	if (outcome === undefined || outcome === 'skipped') {
		return undefined;
	}

	return isFailureOutcome(outcome) ? 'fail' : 'pass';
}

type TestInRun = {outcome: Outcome; reruns: number; file: string};

/** Each test of a run with its combined outcome; failures missing from `tests` are added. */
export function testsOfRun(run: Run): Map<string, TestInRun> {
	const tests = new Map<string, TestInRun>();
	const add = (
		result: Pick<TestResult, 'id' | 'file' | 'outcome' | 'reruns'>,
	) => {
		const previous = tests.get(result.id);
		const reruns = Math.max(previous?.reruns ?? 0, result.reruns ?? 0);
		const outcome =
			previous &&
			severity.indexOf(previous.outcome) < severity.indexOf(result.outcome)
				? previous.outcome
				: result.outcome;
		tests.set(result.id, {outcome, reruns, file: result.file});
	};

	for (const result of run.tests) {
		add(result);
	}

	for (const failure of run.failures) {
		if (!tests.has(failure.id)) {
			add(failure);
		}
	}

	return tests;
}

function healthOf(
	index: number,
	run: Run,
	tests: ReadonlyMap<string, TestInRun>,
	threshold: number,
): RunHealth {
	let failing = 0;
	let ran = 0;
	for (const test of tests.values()) {
		const verdict = verdictOf(test.outcome);
		if (verdict !== undefined) {
			ran++;
		}

		if (verdict === 'fail') {
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
		isOutage: ran > 0 && failingShare > threshold,
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
		if (entry.outcome === 'passed' && entry.reruns > 0) {
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
The verdict of the last run before the newest that has one: healthy runs first, an outage run
only when no healthy run has the test.
*/
function previousVerdict(
	entries: readonly HistoryEntry[],
): Verdict | undefined {
	const earlier = entries.slice(0, -1);
	const healthy = earlier.findLast(
		entry => !entry.isOutage && verdictOf(entry.outcome) !== undefined,
	);
	const any = earlier.findLast(entry => verdictOf(entry.outcome) !== undefined);
	return verdictOf((healthy ?? any)?.outcome);
}

/** Histories, outages, statuses of the newest run's failures, fixed and flaky tests. */
export function diffRuns(
	runs: readonly Run[],
	options: HistoryOptions = {},
): RunDiff {
	const threshold = options.outageThreshold ?? defaultOutageThreshold;
	const minimumFlips = options.minimumFlips ?? defaultMinimumFlips;
	const testsByRun = runs.map(run => testsOfRun(run));
	const health = runs.map((run, index) =>
		healthOf(index, run, testsByRun[index]!, threshold),
	);

	const files = new Map<string, string>();
	for (const tests of testsByRun) {
		for (const [id, test] of tests) {
			if (!files.has(id)) {
				files.set(id, test.file);
			}
		}
	}

	const histories = new Map<string, TestHistory>();
	for (const [id, file] of files) {
		const entries = testsByRun.map((tests, index): HistoryEntry => {
			const test = tests.get(id);
			return {
				run: index,
				outcome: test?.outcome,
				reruns: test?.reruns ?? 0,
				isOutage: health[index]!.isOutage,
			};
		});
		histories.set(id, {
			id,
			file,
			entries,
			flaky: flakyInfo(entries, minimumFlips),
		});
	}

	const statuses = new Map<string, FailureStatus>();
	const fixed: TestHistory[] = [];
	const flaky: TestHistory[] = [];
	for (const history of histories.values()) {
		if (history.flaky.isFlaky) {
			flaky.push(history);
		}

		const newest = verdictOf(history.entries.at(-1)?.outcome);
		const previous = previousVerdict(history.entries);
		if (newest === 'fail') {
			statuses.set(
				history.id,
				history.flaky.isFlaky
					? 'flaky'
					: previous === 'fail'
						? 'still failing'
						: 'new',
			);
		} else if (
			newest === 'pass' &&
			previous === 'fail' &&
			!history.flaky.isFlaky
		) {
			fixed.push(history);
		}
	}

	return {runs: health, histories, statuses, fixed, flaky};
}

/** `2 of 3 possible`, or `passed on rerun`, for reports and the detail pane. */
export function describeFlaky(flaky: FlakyInfo): string {
	const parts: string[] = [];
	if (flaky.flips > 0) {
		parts.push(`flipped ${flaky.flips} of ${flaky.possibleFlips} possible`);
	}

	if (flaky.passedOnRerun) {
		parts.push('passed on rerun');
	}

	return parts.join(', ');
}
