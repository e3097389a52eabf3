/**
A test that forks and whose child does not exit (`os.fork()` with no `os._exit`): the child goes on with the session
and, when it outlives its parent, prints the rest of the progress after the parent's final line, then its own
FAILURES, short summary and final line, which count the whole run (the child holds every report made before the fork).
It also writes the JUnit XML last. Under `-v` pytest had flushed the forking test's `id ` before the fork, so the
child's first line is that test's outcome word alone with its marker (`FAILED      [ 50%]`), then the `-v` lines of the
tests after it, which the parent already reported. `-q` and the default verbosity continue a line of letters, which
`sessions.ts` reads as the log's next session.

Here the child's progress replaces the parent's reports of the same tests (no report counted twice), and its sections
replace the parent's (`parser.ts` forgets those when `opens` says the child began).
*/
import type {Outcome} from '../model.js';
import type {FailuresReader} from './failures.js';
import type {IdNormalizer} from './ids.js';
import {progressMarkerStart} from './progress-marker.js';
import type {ProgressReader} from './progress.js';
import {progressDone, type Section} from './section-lines.js';
import type {SessionEnd} from './session-end.js';
import type {ShortSummaryReader} from './short-summary.js';
import type {TestTable} from './tests.js';
import {parseVerboseLine} from './verbose-line.js';
import {outcomeWords} from './verbose-reports.js';

/** The outcome a line of the word alone says (`PASSED`, `SKIPPED (reason)`), before its marker; undefined for others. */
function bareOutcome(text: string): Outcome | undefined {
	const marker = progressMarkerStart(text);
	if (marker <= 0) {
		return undefined;
	}

	const space = text.indexOf(' ');
	const word = space === -1 ? text : text.slice(0, space);
	const outcome = outcomeWords[word];
	if (outcome === undefined || outcome === 'rerun') {
		return undefined;
	}

	const rest = text.slice(word.length, marker).trim();
	return rest === '' || (rest.startsWith('(') && rest.endsWith(')'))
		? outcome
		: undefined;
}

/** The session's readers: the child's lines go to the table, the parent's sections are forgotten. */
type ForkInputs = {
	readonly tests: TestTable;
	readonly ids: IdNormalizer;
	readonly progress: ProgressReader;
	readonly failures: FailuresReader;
	readonly summary: ShortSummaryReader;
	readonly end: SessionEnd;
};

export class ForkedChild {
	readonly #inputs: ForkInputs;
	/** The child's progress is being read: its `-v` lines name tests the parent already reported. */
	#isReading = false;
	/** The forking test's outcome in the child, until the test it belongs to is known. */
	#forkOutcome: Outcome | undefined;
	/** The row the child's last `-v` line named: its next line of the same test (a teardown's ERROR) is no new report. */
	#lastRow = -1;

	constructor(inputs: ForkInputs) {
		this.#inputs = inputs;
	}

	get isReading(): boolean {
		return this.#isReading;
	}

	/**
	A line in `section` that is the child's (its first, or its progress): undefined for any other; else whether it
	ends the progress (`[100%]`). The parser's section is then the progress again.
	*/
	read(text: string, section: Section): boolean | undefined {
		const {end, progress, failures, summary, tests, ids} = this.#inputs;
		if (this.#isReading && section === 'none') {
			return this.#line(text, tests, ids) ? progressDone.test(text) : undefined;
		}

		if (
			section !== 'other' ||
			end.reportedCounts === undefined ||
			!progress.hasVerbose ||
			!this.#opens(text)
		) {
			return undefined;
		}

		failures.forget();
		summary.forget();
		end.forgetFinalLine();
		return progressDone.test(text);
	}

	/** The child's progress ended (a section, or the log): the forking test was the last one read. */
	end(): void {
		const {tests} = this.#inputs;
		if (this.#forkOutcome !== undefined && tests.size > 0) {
			this.#settle(tests, tests.size - 1);
		}

		this.#isReading = false;
	}

	/**
	A line after pytest's final line in a `-v` run: whether it is a forked child's first (a bare outcome word with its
	marker), when the child begins. Anything else after the final line (a CI's own lines, an atexit's output) is not.
	*/
	#opens(text: string): boolean {
		const outcome = bareOutcome(text);
		if (outcome === undefined) {
			return false;
		}

		this.#isReading = true;
		this.#forkOutcome = outcome;
		return true;
	}

	/**
	A progress line of the child: true when it was a `-v` line of a test the table has, whose report it replaces.
	The first such test came right after the forking one, which gets the child's word for it.
	*/
	#line(text: string, tests: TestTable, ids: IdNormalizer): boolean {
		if (progressMarkerStart(text) <= 0) {
			return false;
		}

		const verbose = parseVerboseLine(text);
		const outcome = verbose ? outcomeWords[verbose.word] : undefined;
		if (verbose === undefined || outcome === undefined || outcome === 'rerun') {
			return false;
		}

		const state = tests.get(ids.normalize(verbose.id));
		if (state === undefined) {
			return false;
		}

		if (state.index === this.#lastRow) {
			// The parent read the same reports of it: a teardown's after the call's.
			return true;
		}

		if (this.#forkOutcome !== undefined && state.index > 0) {
			this.#settle(tests, state.index - 1);
		}

		this.#lastRow = state.index;
		replace(tests, state.index, outcome);
		return true;
	}

	#settle(tests: TestTable, index: number): void {
		replace(tests, index, this.#forkOutcome!);
		this.#forkOutcome = undefined;
	}
}

/** The child's report of a test in place of the parent's. */
function replace(tests: TestTable, index: number, outcome: Outcome): void {
	const state = tests.stateAt(index);
	if (state.outcome === outcome) {
		return;
	}

	state.outcome = outcome;
	state.phase = outcome === 'error' ? 'setup' : 'call';
}
