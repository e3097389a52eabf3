/**
The reports the progress lines make (`VerboseReports`, asked by `progress.ts`): a test met for the first time in a
plain `-v` log goes to the table directly; one met before or run by xdist adds its report to what the parser knows
of it (a rerun, a teardown's report after the call's, the same outcome again, a crashed worker's test run again).
*/
import type {FailureListener, Outcome} from '../model.js';
import type {IdNormalizer} from './ids.js';
import {addSubtestReport} from './subtests.js';
import type {TestState} from './test-state.js';
import type {TestTable} from './tests.js';
import type {VerboseLine} from './verbose-line.js';

/** The words a `-v` line ends with, and what each reports. */
export const outcomeWords: Record<string, Outcome | 'rerun'> = {
	PASSED: 'passed',
	FAILED: 'failed',
	ERROR: 'error',
	SKIPPED: 'skipped',
	XFAIL: 'xfailed',
	XPASS: 'xpassed',
	RERUN: 'rerun',
};

/** pytest counts every report it prints: each one here is kept, as the outcome or beside it. */
export function addVerboseReport(
	state: TestState,
	outcome: Outcome | 'rerun',
	isXdist: boolean,
): void {
	if (outcome === 'rerun') {
		state.reruns = (state.reruns ?? 0) + 1;
		if (state.outcome === 'passed') {
			// The call passed and its teardown failed: pytest counted that PASSED before the rerun.
			state.passedBeforeRerun++;
		}

		state.outcome = undefined;
		state.teardownError = false;
		return;
	}

	if (outcome === 'error') {
		if (state.outcome && state.outcome !== 'error') {
			state.teardownError = true;
		} else if (state.outcome === 'error') {
			state.teardownError = true;
		} else {
			state.outcome = 'error';
			state.phase = 'setup';
		}

		return;
	}

	if (state.outcome === outcome && (outcome !== 'failed' || isXdist)) {
		// The same outcome twice in a row (a teardown report that is also XFAIL or SKIPPED, a test that
		// crashed two xdist workers): pytest counts every report it prints.
		(state.repeatedReports ??= []).push(outcome);
		return;
	}

	if (
		state.outcome !== undefined &&
		(outcome === 'skipped' || outcome === 'xfailed')
	) {
		// A teardown report that says SKIPPED or XFAIL after the call's report (`XPASS` then `XFAIL`: an xfail
		// test's teardown failed; `FAILED` then `SKIPPED`: its teardown skipped). pytest counts both. The XML
		// has the failed call and the later report, else only the later one.
		if (state.outcome === 'failed') {
			(state.otherReports ??= []).push(outcome);
		} else {
			(state.repeatedReports ??= []).push(state.outcome);
			state.outcome = outcome;
		}

		return;
	}

	if (state.outcome !== undefined) {
		// A crashed worker's test run again by its replacement (`--dist loadscope`/`loadfile`): FAILED by
		// the crash, then PASSED; or two items of one id (a collector naming two alike, `--keep-duplicates`).
		// Both are reports; the failed one keeps the FAILURES entry. Two failed items of one id (pytest 7.2 names
		// parameters `''` and `0` alike) each have their own entry: the second is a report and a failure of its own.
		if (outcome === 'failed' && state.outcome === 'failed') {
			(state.workerReports ??= []).push(outcome);
		} else if (outcome === 'failed') {
			(state.otherReports ??= []).push(state.outcome);
			state.outcome = outcome;
		} else {
			(state.otherReports ??= []).push(outcome);
		}

		return;
	}

	state.outcome = outcome;
}

/** What `VerboseReports.idOf` keeps for an id once lines cut to it were seen to be items whose names hold spaces. */
const hasSpaces = '';

/** Lines of `-s` output kept to tell a custom item's name (`VerboseReports.idOf`): a bound, not a copy of a log. */
const maximumNamed = 10_000;

type ReportInputs = {
	readonly tests: TestTable;
	readonly ids: IdNormalizer;
	readonly onFailure: FailureListener | undefined;
};

/** Where the progress lines' reports go: the test table, and the listener told of each failure as it is read. */
export class VerboseReports {
	/**
	xdist's `[gwN]` lines seen, or its `scheduling tests via …` line: tests complete out of order, a crashed worker's
	test runs again, and every outcome is a `[gwN] WORD id` line. Once the controller printed a test's `id ` as it
	started, a word on another line (that `id ` line too) is a worker's stderr (`-s`); pytest-sugar prints no `id `
	line, and its own lines, read as `id WORD`, give the outcomes.
	*/
	isXdist = false;
	/**
	Under xdist, the controller printed a test's `id ` as it started: from then on no line but a `[gwN]` one gives an
	outcome, whether an `id ` waits or not (a `[gwN] SUBPASSED` line of a subtest ends the wait, and a worker's stderr
	`ERROR` can then come glued to the next test's `id `: hunt 64, seed 74843).
	*/
	printsStarts = false;
	readonly #inputs: ReportInputs;
	/** The id whose `-v` line comes next after its bare `id ` line (`PendingTest.reported`). */
	#capturedReportsOf: string | undefined;
	/** By id cut at a space (`VerboseLine.named`): all that came before the word on the line that reported it. */
	readonly #named = new Map<string, string>();

	constructor(inputs: ReportInputs) {
		this.#inputs = inputs;
	}

	/**
	The id a `-v` line reports: its id, or all that came before its word when a line cut to the same id (a Python
	test's name ends at its first space) already reported a test with other text there. Then it is another test, a
	custom item whose name holds spaces (`TestPoint::spec: case 96 ok`, then `…::spec: case 97 ok`), not one test's
	`-s` output: a test prints before its word once, and a rerun's line comes after its RERUN.
	*/
	idOf(line: VerboseLine): string {
		const {id, named} = line;
		if (named === undefined) {
			return id;
		}

		const before = this.#named.get(id);
		if (before === undefined) {
			if (this.#named.size >= maximumNamed) {
				this.#named.clear();
			}

			this.#named.set(id, named);
			return id;
		}

		if (before === hasSpaces) {
			return named;
		}

		const {tests, ids} = this.#inputs;
		const first = before === named ? undefined : tests.get(ids.normalize(id));
		if (first?.outcome === undefined) {
			return id;
		}

		// The names hold spaces: the first line's test takes its whole name too.
		tests.renameRow(first.index, ids.normalize(before));
		this.#named.set(id, hasSpaces);
		return named;
	}

	/** A `-v` line's outcome word for the test it names. */
	verbose(rawId: string, word: string): void {
		const outcome = outcomeWords[word]!;
		const {tests, ids, onFailure} = this.#inputs;
		const id = ids.normalize(rawId);
		const hasCapturedReports = this.#capturedReportsOf === rawId;
		this.#capturedReportsOf = undefined;
		if (!this.isXdist && outcome !== 'rerun' && !tests.isLast(id)) {
			// The common -v line: a test met for the first time, its outcome its only report (an error is at setup).
			if (outcome === 'error' || outcome === 'failed') {
				onFailure?.(id, outcome);
			}

			tests.addReport(id, outcome, outcome === 'error' ? 'setup' : 'call');
			if (hasCapturedReports) {
				tests.sequential(id).hasCapturedReports = true;
			}

			return;
		}

		// xdist completes tests out of order; a plain -v log names each test on adjacent lines.
		const state = this.isXdist ? tests.getOrAdd(id) : tests.sequential(id);
		if (outcome === 'error' || outcome === 'failed') {
			onFailure?.(id, outcome);
		}

		addVerboseReport(state, outcome, this.isXdist);
		state.hasCapturedReports ||= hasCapturedReports;
	}

	/** The next `-v` line is that of `rawId`, whose `id ` line ended bare: its subtests reported into its output. */
	expectCapturedReports(rawId: string): void {
		this.#capturedReportsOf = rawId;
	}

	/** A subtest's `-v` line: a report of its own for its test (none for a passed one, which pytest counts apart). */
	subtest(
		rawId: string,
		outcome: 'failed' | 'skipped' | 'xfailed' | undefined,
		description: string | undefined,
	): void {
		const {tests, ids, onFailure} = this.#inputs;
		const id = ids.normalize(rawId);
		const state = this.isXdist ? tests.getOrAdd(id) : tests.sequential(id);
		if (outcome === undefined) {
			return;
		}

		if (outcome === 'failed') {
			onFailure?.(id, outcome);
		}

		addSubtestReport(state, outcome, description);
	}
}
