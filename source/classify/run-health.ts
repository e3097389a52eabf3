/**
How one run went as a whole: the tests that ran and failed, counted as tests (not reports), and whether most
of them failed at once (an outage: the environment, not the tests). `flaky.ts` judges each run of a diff so.
*/

import {isFailureOutcome, type Run} from '../log/model.js';
import {stepMask, type Steps} from '../in-turns.js';

/** A run where more than this share of the tests that ran failed or errored is an outage. */
export const defaultOutageThreshold = 0.5;

/**
Fewer failing tests than this is no outage, whatever the share: when 3 of 4 tests fail, a small suite
had a bad day; "most tests failed at once" (the environment, not the tests) needs a crowd to say so.
*/
export const minimumOutageFailures = 10;

/** How one run went as a whole. */
export type RunHealth = {
	/** 0 for the oldest run. */
	readonly index: number;
	readonly source: string;
	/**
	Tests that failed or errored, each once (a call failure and a teardown error are one test); pytest's count
	less the second reports the log names when the log does not name every test.
	*/
	readonly failing: number;
	/** Tests that ran to a verdict, not skipped, counted the same way. */
	readonly ran: number;
	/** `failing / ran`, 0 when nothing ran. */
	readonly failingShare: number;
	/** Most tests failed at once: the environment, not the tests; not counted for flakiness. */
	readonly isOutage: boolean;
	/** Read back from the run history, not from a log given now. */
	readonly isFromHistory: boolean;
	/** Its number in the history (`triage history` lists it so, `history forget` takes it), when read back from there. */
	readonly historyId?: number;
};

/**
Most tests failed at once: `failing` of `ran` is more than `threshold` of them, and a crowd (a small suite's bad
day is no outage). The review, the exports and `triage history` say it of the same runs.
*/
export function isOutageShare(
	failing: number,
	ran: number,
	threshold = defaultOutageThreshold,
): boolean {
	return (
		failing >= minimumOutageFailures &&
		ran > 0 &&
		Math.min(1, failing / ran) > threshold
	);
}

/** The health of run `index`, in steps (in-turns.ts): it yields every 65,536 reports. */
export function* healthSteps(
	index: number,
	run: Run,
	threshold: number,
): Steps<RunHealth> {
	// Tests, not reports: a test that fails and then errors in its teardown is one failing test. Its
	// reports follow one another; the test ran when one of them did, and failed when one of them failed.
	let failing = 0;
	let ran = 0;
	let reportsRan = 0;
	let reportsFailing = 0;
	let teardownErrors = 0;
	let isRan = false;
	let isFailing = false;
	const {tests} = run;
	for (let index = 0; index < tests.length; index++) {
		if ((index & stepMask) === stepMask) {
			yield;
		}

		if (index > 0 && !tests.isSameIdAs(index, index - 1)) {
			ran += Number(isRan);
			failing += Number(isFailing);
			isRan = false;
			isFailing = false;
		}

		const outcome = tests.outcomeAt(index);
		if (outcome !== 'skipped') {
			reportsRan++;
			isRan = true;
		}

		if (isFailureOutcome(outcome)) {
			reportsFailing++;
			isFailing = true;
		}

		if (outcome === 'error' && tests.phaseAt(index) === 'teardown') {
			teardownErrors++;
		}
	}

	ran += Number(isRan);
	failing += Number(isFailing);
	// Progress dots and `-rfE` summaries name only the failures: then pytest's counts say how many ran. They
	// count reports (`552 failed, 65 errors` for 552 tests): a teardown error is a test's second report (its
	// call passed or failed besides), and a failing test's second failing report is named with its first.
	const {counts} = run;
	const countedRan =
		counts.passed +
		counts.failed +
		counts.error +
		counts.xfailed +
		counts.xpassed;
	if (countedRan > reportsRan) {
		ran = countedRan - teardownErrors;
		failing = Math.max(
			failing,
			counts.failed + counts.error - (reportsFailing - failing),
		);
	}

	const failingShare = ran === 0 ? 0 : Math.min(1, failing / ran);
	return {
		index,
		source: run.source,
		failing,
		ran,
		failingShare,
		isOutage: isOutageShare(failing, ran, threshold),
		isFromHistory: run.historyId !== undefined,
		...(run.historyId !== undefined && {historyId: run.historyId}),
	};
}
