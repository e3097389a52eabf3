/**
What the header says about a run still being read (`LiveProgress`), and the small readings of the log the live
review makes for it: pytest's last percentage, and failures whose traceback has not come yet.
*/

import {pendingHeadline} from '../classify/cluster-summaries.js';
import type {Run} from '../log/model.js';
import {withFields} from '../log/stored-failure.js';
import type {Review} from '../triage/review.js';

/** What the header says about a run still being read. */
export type LiveProgress = {
	/** `waiting`: no byte yet; `running`: bytes are coming; `ended`: the log is complete and read. */
	readonly phase: 'waiting' | 'running' | 'ended';
	readonly bytes: number;
	/** pytest's last `[ NN%]`. */
	readonly percent?: number;
	readonly tests: number;
	readonly failures: number;
	readonly startedAt: number;
	/** Set once the log has ended: the time it took. */
	readonly endedAt?: number;
	/** One line about the live view itself (paused on a very large log, say). */
	readonly note?: string;
	/**
	The earlier runs for the failures shown are still being asked for (a team's store, over a slow network): new,
	still failing and flaky are judged on what came so far, and the review updates when the answer comes.
	*/
	readonly isHistoryPending?: boolean;
	/** What the header calls the run: `triage run`'s command (its log is stdin to the reader). */
	readonly name?: string;
	/** A `-` log (a command's output, a pipe) that is kept and named once the run ends (the history is on). */
	readonly isNamedAtEnd?: boolean;
	/**
	Set once the log's last byte came: the run is read whole, and recorded where `isRecordedAtEnd` (a store's history
	takes seconds over a slow network), before the complete review replaces the live one. The header said `RUNNING
	[100%]` meanwhile (team tour 64).
	*/
	readonly logEndedAt?: number;
	/** The run is recorded in the history once read whole (not by a follower of another triage's `.partial`). */
	readonly isRecordedAtEnd?: boolean;
};

export type LiveSnapshot = {
	/** The newest review; undefined until a read of the log found pytest output. */
	readonly review?: Review;
	readonly progress: LiveProgress;
};

const percentPattern = /\[\s*(\d{1,3})%]/g;

export function lastPercent(tail: string): number | undefined {
	let percent: number | undefined;
	for (const match of tail.matchAll(percentPattern)) {
		percent = Number(match[1]);
	}

	return percent;
}

/** Failures known only from their progress line say why their traceback is missing. */
export function withPendingHeadlines(run: Run): Run {
	if (!run.failures.some(failure => failure.traceback === '')) {
		return run;
	}

	return {
		...run,
		failures: run.failures.map(failure =>
			failure.traceback === '' && failure.exceptionType === undefined
				? withFields(failure, {headline: pendingHeadline})
				: failure,
		),
	};
}

/** The progress without `isHistoryPending`: set again by the read that asks. */
export function withoutPending(progress: LiveProgress): LiveProgress {
	if (progress.isHistoryPending === undefined) {
		return progress;
	}

	const {isHistoryPending, ...rest} = progress;
	return rest;
}

/**
The log as far as its last line that names a test is whole: pytest -v prints a test's id, runs it, then its outcome and
its `[ NN%]` marker, and a read cut in that line (`id FAILED   [  4`) dropped the test, which the next read had again.
Counts went one down and up between refreshes, and a run near the outage share showed OUTAGE on and off (team tour
64). A line in progress that names no test (`-q` letters, `..F.`) is read as it is: its letters are the progress.
*/
export function withoutTestLineInProgress(log: Buffer): Buffer {
	const lineStart = log.lastIndexOf(10) + 1;
	if (lineStart === log.length) {
		return log;
	}

	const tail = log.subarray(lineStart).toString('latin1');
	return tail.includes('::') ? log.subarray(0, lineStart) : log;
}
