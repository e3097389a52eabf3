/**
A `test session starts` banner after a line shaped like a file's finished progress line, in a session that printed no
banner yet: a plugin's line (a conftest's `pytest_sessionstart` runs before the terminal reporter's, which prints the
banner) or the last line of an earlier run cut short, never a session a test printed. pytest ends a file's line
(padding it to its percentage) only when the next file starts, and writes that file's name on the next line before any
of its tests runs: under `-s` a test's output, a session it printed too, comes after that name. Only a line that the
letters filled (its percentage one space after them) is followed by more letters or a test's output at the line's
start.
*/
const fileEndedLine = /^\S+ [.FEsxXRuy,-]+ {2,}\[\s*\d+(?:%|\/\d+)]$/;
const bannerLine = /^=+ test session starts =+$/;

export class LineBeforeBanner {
	private previous = '';
	private hasBanner = false;

	/** Whether `text`, the session's next line, is a banner that starts a session of its own (see above). */
	startsSession(text: string): boolean {
		return (
			!this.hasBanner &&
			bannerLine.test(text) &&
			fileEndedLine.test(this.previous)
		);
	}

	/** A line of the current session, read. */
	read(text: string): void {
		this.previous = text;
		this.hasBanner ||= bannerLine.test(text);
	}

	/** A new session opened. */
	reset(): void {
		this.previous = '';
		this.hasBanner = false;
	}
}
