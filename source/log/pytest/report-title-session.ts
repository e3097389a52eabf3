/**
An ERRORS or FAILURES title inside a FAILURES or ERRORS entry (`rule-titles.ts`, `isTestsOwnSection`): pytest prints
ERRORS, then FAILURES, each once, so the title is the test's output, and what follows is read as a session the test
printed (pytester's, a tool echoing a pytest log), up to its final line (`printed-session.ts`). A test can print such a
title alone, though, with no session after it: then that "session" ends only at pytest's own final line, and every
entry, the summary and the final line of the run go into the test's report.

The title cannot tell, and no line of the test's output can; what follows its end can. A session a test printed is
followed by more of the outer run: another entry, a section, pytest's final line, or the test's own last lines. So the
lines after the title are held, not yet given to the entry, until the printed session ends and a line of pytest's own
structure follows it (a rule, an entry's header, a `Captured …` part's title, a bare final line): they were the entry's.
When the log ends first (inside that session, or after the final line that ended it and lines no rule's, such as a CI's
own `ERROR: Job failed`), nothing of the outer run followed: they were the outer run's own lines, and are read again so.
*/
import {finalLinePattern} from '../summary.js';

/** What pytest prints of its own after a report's captured output: a rule (`===`, `___`, `---` with a title). */
const outerStructure = /^(?:={3,}|_{3,} .* _{3,}$|-{3,} .* -{3,}$)/;

/** A run's tail is a few thousand lines; past this many, the lines go to the entry as they come (the old reading). */
const maxHeldLines = 200_000;

export class ReportTitleSession {
	private held: Array<readonly [string, number]> | undefined;
	/** A line of the open entry's report (`FailuresReader.appendToEntry`). */
	private readonly toEntry: (text: string) => void;

	constructor(toEntry: (text: string) => void) {
		this.toEntry = toEntry;
	}

	/** Lines after such a title are held: the parser reads none of them as bytes. */
	get isHolding(): boolean {
		return this.held !== undefined;
	}

	/** A session a test printed starts at `title`, a rule read inside an entry (the title itself is the entry's). */
	start(title: string): void {
		if (title !== 'test session starts') {
			// A whole session's banner is a test's own run: its lines are the entry's as they come.
			this.held = [];
		}
	}

	/**
	A line read inside a session a test printed (`isInside`), or after one ended. True when it was taken (held, or
	given to the entry); false when the outer run goes on with it, a line of its structure (the held lines given to the
	entry first).
	*/
	line(text: string, lineNumber: number, isInside: boolean): boolean {
		const {held} = this;
		if (held === undefined) {
			if (isInside) {
				this.toEntry(text);
			}

			return isInside;
		}

		if (
			isInside ||
			(!outerStructure.test(text) && !finalLinePattern.test(text))
		) {
			if (held.length < maxHeldLines) {
				held.push([text, lineNumber]);
			} else {
				this.release();
				this.toEntry(text);
			}

			return true;
		}

		this.release();
		return false;
	}

	/**
	At the end of the log: the held lines, which nothing of the outer run followed, are read again as its own (`parser`),
	out of the session they seemed (`nested`); they may hold another such title, whose lines are held again. Then the
	lines of a session printed among the progress lines that nothing followed (`takePrinted`, `printed-session.ts`): read
	again, they can start another (a second title the test printed, hunt 36), whose lines are read again in turn.
	*/
	readUnfollowed(
		nested: {leave(): void},
		parser: {line(text: string, lineNumber: number): void},
		takePrinted: () => ReadonlyArray<readonly [string, number]>,
	): void {
		for (;;) {
			while (this.held !== undefined) {
				const {held} = this;
				this.held = undefined;
				nested.leave();
				for (const [text, lineNumber] of held) {
					parser.line(text, lineNumber);
				}
			}

			const again = takePrinted();
			if (again.length === 0) {
				return;
			}

			for (const [text, lineNumber] of again) {
				parser.line(text, lineNumber);
			}
		}
	}

	/** The held lines were the entry's. */
	private release(): void {
		for (const [text] of this.held ?? []) {
			this.toEntry(text);
		}

		this.held = undefined;
	}
}
