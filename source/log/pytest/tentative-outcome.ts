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
	/** The text before the word, when it ended a line (`    Scenario: Login `): what a second report repeats. */
	before?: string;
};

export class TentativeOutcome {
	private held: HeldOutcome | undefined;

	get isHeld(): boolean {
		return this.held !== undefined;
	}

	hold(
		id: string,
		word: string,
		lineNumber: number,
		isStrict = false,
		before?: string,
	): void {
		this.held = {id, word, lineNumber, isStrict, before};
	}

	/**
	A line that repeats the text before the held word and ends with `ERROR` (pytest-bdd's `--gherkin-terminal-reporter`
	prints each report of a scenario as `Feature: …` and `    Scenario: Login PASSED`, no id, then its teardown's as
	`    Scenario: Login ERROR`; under `-vv` the words alone, `    PASSED`, then `    ERROR`): a second report of the test,
	not output whose last word replaces the first. The held word is returned, to be reported, and the `ERROR` held.
	*/
	repeated(
		text: string,
		trailing: RegExpExecArray | undefined,
		lineNumber: number,
	): HeldOutcome | undefined {
		const {held} = this;
		if (
			held?.before === undefined ||
			held.before === '' ||
			trailing?.[1] !== 'ERROR' ||
			!callWords.has(held.word) ||
			text.slice(0, trailing.index) !== held.before
		) {
			return undefined;
		}

		this.held = {id: held.id, word: 'ERROR', lineNumber, before: held.before};
		return held;
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
			this.held.before =
				leading === undefined && trailing
					? text.slice(0, trailing.index)
					: undefined;
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

/** The words of a test's call (or a skip at setup), which a teardown's `ERROR` can follow. */
const callWords = new Set(['PASSED', 'FAILED', 'SKIPPED', 'XFAIL', 'XPASS']);

/** Whether an outcome word that ends a line has pytest's progress after it (`PASSED   [ 11%]`): pytest's own. */
export function isMarked(trailing: RegExpExecArray | undefined): boolean {
	return trailing?.[0].trimEnd().endsWith(']') ?? false;
}

/** `--log-cli-level`'s rule of the teardown's live logs: the call's outcome was printed before it. */
const liveLogAfterCall = /^-+ live log (?:teardown|finish) -+$/;
