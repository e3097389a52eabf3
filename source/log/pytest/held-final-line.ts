/**
`-q` with no short summary and no warnings prints pytest's final line bare, right after the last FAILURES or
ERRORS entry. A line of those sections that looks like it is held back: it is the final line only if nothing but
blank lines follows it; otherwise it goes back to its entry.
*/
import type {FailuresReader} from './failures.js';

/** A line of the ERRORS, FAILURES or PASSES section that may be pytest's bare `-q` final line. */
export type HeldLine = {
	text: string;
	lineNumber: number;
	section: 'errors' | 'failures' | 'passes';
	/** Blank lines read after it, which go to the entry with it. */
	blanks: number;
};

/** A line that looked like pytest's final line and was not the last: the entry's, after all, with the blank lines after it. */
export function releaseToEntry(
	held: HeldLine,
	failures: FailuresReader,
	ruleWidth: number | undefined,
): void {
	// A PASSES entry is not kept: nothing goes back.
	if (held.section === 'passes') {
		return;
	}

	failures.line(held.text, held.lineNumber, held.section, ruleWidth);
	for (let blank = 0; blank < held.blanks; blank++) {
		failures.appendToEntry('');
	}
}

/** The line held back, if any, and the blank lines after it. */
export class HeldFinalLine {
	#held: HeldLine | undefined;

	get isHolding(): boolean {
		return this.#held !== undefined;
	}

	hold(text: string, lineNumber: number, section: HeldLine['section']): void {
		this.#held = {text, lineNumber, section, blanks: 0};
	}

	/**
	A line read after the held one: a blank line is kept with it (true: nothing more to do with the line); any other
	line gives it back to its entry (`releaseToEntry`), and the line is then read as it is (false).
	*/
	line(
		text: string,
		failures: FailuresReader,
		ruleWidth: number | undefined,
	): boolean {
		const held = this.#held;
		if (held === undefined) {
			return false;
		}

		if (text.length === 0) {
			held.blanks++;
			return true;
		}

		this.#held = undefined;
		releaseToEntry(held, failures, ruleWidth);
		return false;
	}

	/** The line held to the end: pytest's final line, no longer held. */
	take(): HeldLine | undefined {
		const held = this.#held;
		this.#held = undefined;
		return held;
	}
}
