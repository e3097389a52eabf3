/**
Failing reports a run counts and its log does not name (yet): a `-q` run's `F` and `E` name no test until pytest
prints their ids at the end of the run. The list, the status line and a category key pressed meanwhile say it in
the same words.
*/
import type {ReviewState} from './state.js';

/** Failing reports pytest counts and the log never names, when the run has no failure to show. */
export function unnamedFailingOf(state: ReviewState): number {
	const {failures, run} = state.analysis;
	return failures.length === 0 ? run.counts.failed + run.counts.error : 0;
}

/**
A live run's failing reports its log has counted and not named yet: a `-q` log's `F` and `E` name no test, and its
failures arrive with their ids at the end of the run.
*/
export function unnamedSoFarText(count: number): string {
	return `${count} failing so far, not named yet: pytest names ${count === 1 ? 'it' : 'them'} at the end of the run (-v names each as it runs)`;
}
