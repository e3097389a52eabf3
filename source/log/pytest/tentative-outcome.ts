/**
`-s` under `-v`: the outcome of a test whose id was printed before its output. An outcome word that ends a line after
that output may be the test's own output (`FAILED` alone on a line, then `checking ... PASSED`): the last one before
the next id, a section or the end is held as the test's. pytest's word glued to what the teardown printed
(`PASSEDrollback: ERROR`) is the test's at once, and so is a word with pytest's progress after it (`PASSED   [ 11%]`,
or the word before `--log-cli-level`'s `live log teardown` rule): what follows them is output.
*/
import {leadingOutcomeWord} from './pending-id.js';

export type HeldOutcome = {
	id: string;
	word: string;
	lineNumber: number;
	/** Only a line that is an outcome word (`PASSED`, `FAILED   [ 40%]`) or starts with one replaces the word. */
	isStrict?: boolean;
};

export class TentativeOutcome {
	private held: HeldOutcome | undefined;

	get isHeld(): boolean {
		return this.held !== undefined;
	}

	hold(id: string, word: string, lineNumber: number, isStrict = false): void {
		this.held = {id, word, lineNumber, isStrict};
	}

	/**
	A line of output while an outcome is held (`trailing`: the outcome word that ends it, if any). True when the line
	settles it: pytest's word starts the line, glued to what the teardown printed.
	*/
	output(
		text: string,
		trailing: RegExpExecArray | undefined,
		lineNumber: number,
	): boolean {
		const leading = leadingOutcomeWord(text);
		const word =
			leading ??
			(this.held?.isStrict && trailing?.index !== 0
				? undefined
				: trailing?.[1]);
		if (this.held && word) {
			this.held.word = word;
			this.held.lineNumber = lineNumber;
		}

		return (
			leading !== undefined || isMarked(trailing) || liveLogAfterCall.test(text)
		);
	}

	/** The held outcome, no longer held. */
	take(): HeldOutcome | undefined {
		const {held} = this;
		this.held = undefined;
		return held;
	}
}

/** Whether an outcome word that ends a line has pytest's progress after it (`PASSED   [ 11%]`): pytest's own. */
export function isMarked(trailing: RegExpExecArray | undefined): boolean {
	return trailing?.[0].trimEnd().endsWith(']') ?? false;
}

/** `--log-cli-level`'s rule of the teardown's live logs: the call's outcome was printed before it. */
const liveLogAfterCall = /^-+ live log (?:teardown|finish) -+$/;
