/**
A test that forks and whose child does not exit (`os.fork()` with no `os._exit`): the child goes on with the session
and, when it outlives its parent, prints the rest of the progress after the parent's final line, then its own
FAILURES, short summary and final line, which count the whole run (the child holds every report made before the fork).
It also writes the JUnit XML last. Under `-v` pytest had flushed the forking test's `id ` before the fork, so the
child's first line is that test's outcome word alone with its marker (`FAILED      [ 50%]`), then the `-v` lines of the
tests after it, which the parent already reported. Under `-q` and the default verbosity the child's
first line continues the parent's line of letters at the column where the fork left it: shorter than pytest's full
progress line, which `sessions.ts` therefore does not take for the next session's first.

Here the child's progress replaces the parent's reports of the same tests (no report counted twice), and its sections
replace the parent's (`parser.ts` forgets those when `opens` says the child began).
*/
import type {Counts, Outcome} from '../model.js';
import type {FailuresReader} from './failures.js';
import type {IdNormalizer} from './ids.js';
import {charsOnly} from './progress-letters.js';
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

/** A line of letters and a progress marker (`..F.   [100%]`), as `-q` prints them; `sessions.ts` has its twin. */
const quietProgressLine = /^[.FEsxXR]+ *\[\s*\d+(?:%|\/\d+)]$/;

/** A line of the child's progress under `-q` or the default verbosity: letters, or a file and its letters, and a marker. */
function isLettersLine(text: string): boolean {
	const marker = progressMarkerStart(text);
	if (marker <= 0) {
		return false;
	}

	const before = text.slice(0, marker).trimEnd();
	const space = before.indexOf(' ');
	return charsOnly.test(space === -1 ? before : before.slice(space + 1));
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
	/** Under `-q` or the default verbosity, the parent's final line's counts, until the child's is read (`end`). */
	#parentCounts: Counts | undefined;

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
			const isChild =
				this.#parentCounts === undefined
					? this.#line(text, tests, ids)
					: isLettersLine(text);
			return isChild ? progressDone.test(text) : undefined;
		}

		if (this.#opensQuiet(text)) {
			this.#parentCounts = end.finalCounts;
		} else if (
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
		const {tests, end, progress} = this.#inputs;
		if (this.#forkOutcome !== undefined && tests.size > 0) {
			this.#settle(tests, tests.size - 1);
		}

		this.#isReading = false;
		const parent = this.#parentCounts;
		const child = end.reportedCounts;
		if (parent !== undefined && child !== undefined) {
			// The parent's letters went on past the fork as the parent saw the tests, the child's final line counts them as
			// the child did: the letters count the child's way by the difference of the two final lines (the child's
			// letters are not counted).
			this.#parentCounts = undefined;
			const letters = progress.charCounts;
			for (const key of Object.keys(letters) as Array<keyof Counts>) {
				letters[key] += child[key] - parent[key];
			}
		}
	}

	/**
	A line of letters after pytest's final line in a run of letters (`-q`, the default verbosity), which `sessions.ts`
	left in this session: it continues the line the fork left, whatever its width (a forked child's).
	*/
	#opensQuiet(text: string): boolean {
		const {end, progress} = this.#inputs;
		if (
			!end.hasFinalLine ||
			progress.hasVerbose ||
			!progress.hasChars ||
			!quietProgressLine.test(text)
		) {
			return false;
		}

		this.#isReading = true;
		return true;
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
