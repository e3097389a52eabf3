/**
Sessions a test printed (`nested-session.ts`): how deep the parser is inside them, and the last one started among the
progress lines, kept until the outer session goes on.

Read as a test's output, such a session holds every line up to its final line. A test's own run (pytester's) is followed
by the outer session: more progress, its sections, its final line. When nothing of the outer session follows, and the
outer session never printed a final line, the "printed session" was the outer session's own tail: a banner a test
printed glued to the letters (`.===== ERRORS =====`, as wide as pytest's rules), then the rest of the progress, pytest's
sections and its final line, all taken for the test's. The lines after the one that started it are then read again as
the outer session's; the banner stays the test's output.
*/
import {endsNestedSession} from './nested-session.js';

/** A run's tail is a few thousand lines; past this many, the lines are not kept and never read again. */
const maxKeptLines = 200_000;

type Kept = {
	readonly lines: Array<readonly [string, number]>;
	/** The outer session's progress mark when the printed session ended (`ProgressReader.mark`). */
	endMark?: number;
	isTooLong: boolean;
};

export class PrintedSessions {
	private depth = 0;
	private kept: Kept | undefined;

	/** Inside a session a test printed: its lines are that test's output. */
	get isInside(): boolean {
		return this.depth > 0;
	}

	/** A session a test printed starts inside a report, or inside another such session. */
	enter(): void {
		this.depth++;
	}

	/**
	A session a test printed starts among the progress lines with `text` (its title or first progress line): kept,
	unless it is a whole session's banner (a test's own run, whose progress is its own).
	*/
	enterAmongProgress(text: string): void {
		if (this.depth === 0) {
			this.kept = text.includes(' test session starts ')
				? undefined
				: {lines: [], isTooLong: false};
		}

		this.depth++;
	}

	/** What seemed a session a test printed was not one (`report-title-session.ts`): its lines are read again. */
	leave(): void {
		this.depth = 0;
	}

	/** A line inside; `mark` is the outer progress's mark (`ProgressReader.mark`). */
	line(text: string, lineNumber: number, mark: number): void {
		this.keep(text, lineNumber);
		this.depth -= endsNestedSession(text) ? 1 : 0;
		if (this.depth === 0 && this.kept && this.kept.endMark === undefined) {
			this.kept.endMark = mark;
		}
	}

	/**
	The lines to read again as the outer session's, once every line is read: when the last printed session among the
	progress lines ended and the outer progress has not moved since (`mark`), and the outer session did not go on.
	*/
	takeUnfollowed(
		mark: number,
		hasOuterGoneOn: boolean,
	): ReadonlyArray<readonly [string, number]> {
		const {kept} = this;
		this.kept = undefined;
		if (
			hasOuterGoneOn ||
			kept === undefined ||
			kept.isTooLong ||
			kept.endMark !== mark
		) {
			return [];
		}

		return kept.lines;
	}

	private keep(text: string, lineNumber: number): void {
		const {kept} = this;
		if (
			kept === undefined ||
			kept.isTooLong ||
			// A session printed inside a report after this one ended (`startsPrintedQuietSession`).
			kept.endMark !== undefined
		) {
			return;
		}

		if (kept.lines.length >= maxKeptLines) {
			kept.isTooLong = true;
			kept.lines.length = 0;
			return;
		}

		kept.lines.push([text, lineNumber]);
	}
}
