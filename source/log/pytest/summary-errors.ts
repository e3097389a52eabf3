/**
The short summary's ERROR lines of tests no ERRORS entry describes (`--tb=no`, `--tb=line`): which report each is, a
setup error, a teardown error after the test's call, or a collection error said once per xdist worker.
*/
import type {Counts} from '../model.js';
import type {TestState} from './test-state.js';
import type {TestTable} from './tests.js';

/**
How many teardown errors the progress letters show, when they can: at the default verbosity every test run prints one
letter, and a teardown error one more (`tdx/test_td.py .EE.sFE` for 5 tests: two of its `E`s are teardowns), so the
letters beyond the tests the header says run (`collected 6 items / 1 deselected / 5 selected`) are teardown errors.
Only for a session that ran to its final line, every test run (no `-x` stop, no interruption, no rerun), whose letters
count what its final line does (no subtest letters): collection errors and skipped modules print none.
*/
export function teardownsByLetters(session: {
	readonly header: {readonly selected?: number};
	readonly progress: {readonly hasChars: boolean; readonly charCounts: Counts};
	readonly end: {
		readonly reportedCounts: Counts | undefined;
		readonly hasStoppedEarly: boolean;
		readonly hasInterruption: boolean;
	};
}): number | undefined {
	const {header, progress, end} = session;
	const reported = end.reportedCounts;
	if (
		header.selected === undefined ||
		!progress.hasChars ||
		!reported ||
		end.hasStoppedEarly ||
		end.hasInterruption
	) {
		return undefined;
	}

	const letters = progress.charCounts;
	const isLetteredAsCounted =
		letters.rerun === 0 &&
		reported.rerun === 0 &&
		(['passed', 'failed', 'xfailed', 'xpassed'] as const).every(
			outcome => letters[outcome] === reported[outcome],
		) &&
		letters.error <= reported.error &&
		letters.skipped <= reported.skipped;
	const beyond =
		letters.passed +
		letters.failed +
		letters.error +
		letters.skipped +
		letters.xfailed +
		letters.xpassed -
		header.selected;
	return isLetteredAsCounted && beyond >= 0 ? beyond : undefined;
}

/**
Gives each test the short summary names as ERROR (`summaryErrors`, in order, a test once per line) its error: a setup
error unless the test already has an outcome. `letterErrors`: how many `E` progress letters the log counted, if any.
*/
export function applySummaryErrors(
	summaryErrors: readonly TestState[],
	errorsWithEntry: ReadonlySet<TestState>,
	letterErrors: number | undefined,
	byLetters?: {
		readonly tests: TestTable;
		/** `teardownsByLetters`. */
		readonly letterTeardowns: number | undefined;
	},
): void {
	const summarized = new Set<TestState>();
	// The tests whose lone ERROR line is read as a setup error: nothing names their call.
	const lone: TestState[] = [];
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
			if (!state.outcome && state.id.includes('::')) {
				lone.push(state);
			}

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

	settleLoneErrors(lone, byLetters);
}

/**
`-q`'s and the default verbosity's letters print a test that passed and failed at teardown as `.E`, as another test's
pass and a setup error: a lone ERROR line (`--tb=no`, no ERRORS entry) is read as a setup error. When the letters show
exactly as many teardown errors beyond those known as there are lone ERROR lines, each is a teardown after a call.
*/
function settleLoneErrors(
	lone: readonly TestState[],
	byLetters:
		| {readonly tests: TestTable; readonly letterTeardowns: number | undefined}
		| undefined,
): void {
	const teardowns = byLetters?.letterTeardowns;
	if (
		lone.length === 0 ||
		teardowns === undefined ||
		teardowns < lone.length ||
		lone.some(state => state.phase !== 'setup' || state.teardownError)
	) {
		return;
	}

	const known = byLetters!.tests.select(
		(_outcome, teardownError) => teardownError,
	).length;
	if (teardowns - known !== lone.length) {
		return;
	}

	for (const state of lone) {
		state.outcome = 'passed';
		state.phase = 'call';
		state.teardownError = true;
	}
}
