/**
The run history in words and marks, for a person: an outage's sentence, a flaky test's flips, one mark per
run (`P P F R F*`). What they describe is worked out in `flaky.ts`.
*/
import type {Outcome} from '../log/model.js';
import {groupThousands, percent} from '../text.js';
import type {
	FailureStatus,
	FlakyInfo,
	HistoryEntry,
	RunHealth,
} from './flaky.js';

/**
What an outage run was, said first in the report, the exports and the summary:
`OUTAGE: 617 of 833 tests that ran failed at once (74.1%): most likely the environment, not the tests`. Its share
is `percent`'s, as the report's runs section gives the same run's.
*/
export function describeOutage(health: RunHealth): string {
	// Grouped (`1,969 of 2,495`), as the review says every count of a thousand and more.
	return `OUTAGE: ${groupThousands(health.failing)} of ${groupThousands(health.ran)} tests that ran failed at once (${percent(Math.min(health.failing, health.ran), health.ran)}): most likely the environment, not the tests`;
}

/** What a failure of a run with no earlier run to compare with is, in the exports (the review says `no earlier run known`). */
export const onlyRunKnown = 'only run known';

/**
A failure's status against the earlier runs, as the exports say it: `new`, `still failing` or `flaky`, and
with no earlier run `only run known` (not `new`: nothing says it was not failing before).
*/
export function runStatusText(status: FailureStatus, runCount: number): string {
	return runCount <= 1 ? onlyRunKnown : status;
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

const historyLetters: Readonly<Record<Outcome, string>> = {
	passed: 'P',
	failed: 'F',
	error: 'E',
	skipped: 'S',
	xfailed: 'x',
	xpassed: 'X',
};

/** What the history marks mean, for a legend. */
export const historyLegend =
	'P passed, F failed, E error, S skipped, x xfailed, X xpassed, R passed on a rerun, - absent; * outage run';

/** One mark per run, oldest first: `P P F R F*`. */
export function historyMarks(
	entries: readonly HistoryEntry[],
	separator = ' ',
): string {
	return entries
		.map(entry => {
			const letter =
				entry.outcome === undefined
					? '-'
					: entry.passedOnRetry ||
						  (entry.outcome === 'passed' && entry.reruns > 0)
						? 'R'
						: historyLetters[entry.outcome];
			return letter + (entry.isOutage ? '*' : '');
		})
		.join(separator);
}
