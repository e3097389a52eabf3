/**
The short summary's ERROR lines of tests no ERRORS entry describes (`--tb=no`, `--tb=line`): which report each is, a
setup error, a teardown error after the test's call, or a collection error said once per xdist worker.
*/
import type {TestState} from './test-state.js';

/**
Gives each test the short summary names as ERROR (`summaryErrors`, in order, a test once per line) its error: a setup
error unless the test already has an outcome. `letterErrors`: how many `E` progress letters the log counted, if any.
*/
export function applySummaryErrors(
	summaryErrors: readonly TestState[],
	errorsWithEntry: ReadonlySet<TestState>,
	letterErrors: number | undefined,
): void {
	const summarized = new Set<TestState>();
	// An `E` letter for every test's ERROR line: none is a collection error said again by each xdist worker, whatever
	// its message (every setup and teardown after a test closed sys.stdout says `I/O operation on closed file`).
	const isEveryErrorLettered =
		letterErrors !== undefined &&
		letterErrors >=
			summaryErrors.filter(state => state.id.includes('::')).length;
	for (const state of summaryErrors) {
		if (errorsWithEntry.has(state)) {
			continue;
		}

		if (summarized.has(state)) {
			if (state.phase === 'collect') {
				// The same collection error from another xdist worker (a class's too: `isCollectErrorAgain`).
				(state.repeatedReports ??= []).push('error');
			} else if (
				state.outcome === 'error' &&
				state.phase === 'setup' &&
				!state.teardownError
			) {
				// A setup error, then the teardown of a fixture set up before the one that failed raised: two ERROR lines.
				state.teardownError = true;
			}

			continue;
		}

		summarized.add(state);
		if (state.outcome === undefined && state.subtests !== undefined) {
			// Its subtests reported, so its call ran: a setup error runs none. The error is its teardown's, after a call
			// the letters count (pytest-subtests 0.9 under `-q`: `SUBFAIL id`, then `ERROR id`).
			state.outcome = 'passed';
			state.teardownError = true;
		} else if (!state.outcome || state.outcome === 'error') {
			state.outcome = 'error';
			if (
				!state.id.includes('::') ||
				(state.isCollectErrorAgain && !isEveryErrorLettered)
			) {
				state.phase = 'collect';
			} else if (state.phase === 'call') {
				state.phase = 'setup';
			}
		} else {
			state.teardownError = true;
		}
	}
}
