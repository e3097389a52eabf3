/**
The progress lines between the session header and the first section: `-v` lines (one outcome per test, xdist's `[gwN]` lines, `-s` output between an id and its outcome) set each test's outcome; `-q` letters (`..F.sx`) are only counted.
*/
import {emptyCounts, type FailureListener, type Outcome} from '../model.js';
import {finalLinePattern} from '../summary.js';
import {findIdEnd, isBalanced, type IdNormalizer} from './ids.js';
import type {TestTable} from './tests.js';
import {
	fastVerboseId,
	fastVerboseWord,
	parseVerboseLine,
	stripPercent,
} from './verbose-line.js';

const outcomeWords: Record<string, Outcome | 'rerun'> = {
	PASSED: 'passed',
	FAILED: 'failed',
	ERROR: 'error',
	SKIPPED: 'skipped',
	XFAIL: 'xfailed',
	XPASS: 'xpassed',
	RERUN: 'rerun',
};

const progressChars: Record<string, Outcome | 'rerun'> = {
	'.': 'passed',
	F: 'failed',
	E: 'error',
	s: 'skipped',
	x: 'xfailed',
	X: 'xpassed',
	R: 'rerun',
};

const charsBeforeWorker = /^([.FEsxXR]+)\[gw\d+] /;
const xdistLine =
	/^\[gw\d+] (?:\[\s*\d+%] )?(PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS|RERUN) (.+)$/s;
const trailingOutcome =
	/(PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS|RERUN)(?: \(.*\))?(?:\s+\[\s*\d+%])?\s*$/;
const charsOnly = /^[.FEsxXR]+$/;
const fileAndChars = /^(\S+) ([.FEsxXR]+)$/;

export type ProgressInputs = {
	readonly tests: TestTable;
	readonly ids: IdNormalizer;
	readonly onFailure: FailureListener | undefined;
	/** A final line met among the progress lines (`-q` prints it with no `=` padding). */
	readonly onFinalLine: (text: string, lineNumber: number) => void;
};

export class ProgressReader {
	/** Any progress line seen, `-v` or letters. */
	hasProgress = false;
	/** A `-v` line seen: the progress lines name the tests. */
	hasVerbose = false;
	/** Progress letters seen: their counts are the run's, not the named tests'. */
	hasChars = false;
	readonly charCounts = emptyCounts();
	private isXdist = false;
	private pendingChars: string | undefined;
	private pendingId: string | undefined;
	private readonly inputs: ProgressInputs;

	constructor(inputs: ProgressInputs) {
		this.inputs = inputs;
	}

	/**
	Called with every line that may be structure, before it is read: letters held back by `line` count only when a section or pytest's last line follows them.
	*/
	settlePending(text: string): void {
		if (this.pendingChars === undefined) {
			return;
		}

		const pending = this.pendingChars;
		this.pendingChars = undefined;
		const first = text.charCodeAt(0);
		if (
			first === 61 /* = */ ||
			first === 33 /* ! */ ||
			charsOnly.test(stripPercent(text)) ||
			finalLinePattern.test(text)
		) {
			this.countChars(pending);
		}
	}

	/** At the end of the log, letters held back count. */
	flushPending(): void {
		if (this.pendingChars !== undefined) {
			this.countChars(this.pendingChars);
			this.pendingChars = undefined;
		}
	}

	/** A section starts: an id printed without its outcome will not get one. */
	forgetPendingId(): void {
		this.pendingId = undefined;
	}

	line(text: string, lineNumber: number): void {
		const xdist =
			text.charCodeAt(0) === 91 /* [ */ ? xdistLine.exec(text) : null;
		if (xdist) {
			this.isXdist = true;
			this.hasProgress = true;
			this.hasVerbose = true;
			// Another worker's output can follow on the same line: the id ends at the first space outside brackets.
			const rest = stripPercent(xdist[2]!).trim();
			const end = findIdEnd(rest);
			this.onVerbose(
				end === -1 ? rest : rest.slice(0, end),
				xdist[1]!,
				lineNumber,
			);
			return;
		}

		const fastId = fastVerboseId(text);
		if (fastId !== undefined) {
			this.hasProgress = true;
			this.hasVerbose = true;
			this.pendingId = undefined;
			this.onVerbose(fastId, fastVerboseWord(), lineNumber);
			return;
		}

		const verbose = parseVerboseLine(text);
		if (verbose) {
			this.hasProgress = true;
			this.hasVerbose = true;
			this.pendingId = undefined;
			this.onVerbose(verbose.id, verbose.word, lineNumber);
			return;
		}

		const beforeWorker = charsBeforeWorker.exec(text);
		if (beforeWorker) {
			// xdist -q: a worker's message (`[gw1] node down: …`) printed right after the progress letters.
			this.countChars(beforeWorker[1]!);
			return;
		}

		const withoutPercent = stripPercent(text);
		const hasPercent = withoutPercent.length !== text.length;
		if (charsOnly.test(withoutPercent)) {
			if (hasPercent || this.hasChars) {
				this.countChars(withoutPercent);
			} else if (!this.hasVerbose) {
				// `.sxFF` with no `[ NN%]`: -q output cut short by --maxfail or -x. Progress only if a
				// section or pytest's last line follows (see line()).
				this.pendingChars = withoutPercent;
			}

			return;
		}

		const fileChars = fileAndChars.exec(withoutPercent);
		if (
			fileChars &&
			(hasPercent || /\.(?:py|txt|rst|md)$/.test(fileChars[1]!))
		) {
			this.countChars(fileChars[2]!);
			return;
		}

		if (finalLinePattern.test(text)) {
			this.inputs.onFinalLine(text, lineNumber);
			return;
		}

		if (this.pendingId) {
			const trailing = trailingOutcome.exec(text);
			if (trailing) {
				this.onVerbose(this.pendingId, trailing[1]!, lineNumber);
				this.pendingId = undefined;
			}

			return;
		}

		if (this.hasVerbose || !this.hasChars) {
			// `-s`: `id ` printed, then the test's own output, the outcome later.
			const space = text.indexOf(' ');
			const candidate = space === -1 ? text : text.slice(0, space);
			if (
				candidate.includes('::') &&
				/^[\w./-]/.test(candidate) &&
				isBalanced(candidate)
			) {
				const trailing = trailingOutcome.exec(text.slice(candidate.length));
				if (trailing) {
					this.hasProgress = true;
					this.hasVerbose = true;
					this.onVerbose(candidate, trailing[1]!, lineNumber);
				} else {
					this.pendingId = candidate;
				}
			}
		}
	}

	private countChars(chars: string): void {
		this.hasProgress = true;
		this.hasChars = true;
		for (const char of chars) {
			const outcome = progressChars[char];
			if (outcome) {
				this.charCounts[outcome]++;
			}
		}
	}

	private onVerbose(rawId: string, word: string, _lineNumber: number): void {
		const outcome = outcomeWords[word]!;
		const id = this.inputs.ids.normalize(rawId);
		// xdist completes tests out of order; a plain -v log names each test on adjacent lines.
		const state = this.isXdist
			? this.inputs.tests.getOrAdd(id)
			: this.inputs.tests.sequential(id);
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

		if (outcome === 'error' || outcome === 'failed') {
			this.inputs.onFailure?.(id, outcome);
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

		if (state.outcome === outcome && outcome !== 'failed') {
			// The same outcome twice in a row (a teardown report that is also XFAIL or SKIPPED):
			// pytest counts every report it prints.
			(state.repeatedReports ??= []).push(outcome);
			return;
		}

		state.outcome = outcome;
	}
}
