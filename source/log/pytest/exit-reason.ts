/**
The later lines of a `pytest.exit()` reason that holds newlines. pytest pads the reason as one title of `!`s
(`write_sep('!', …)`), so the title's first line opens with the `!`s and has none at its end (`!!!! _pytest.outcomes.Exit:
first line`, `bangTitle`'s third form), the lines between are the reason's as they are, and its last line ends with the
`!`s (`second line !!!!`). Each of those lines is the reason's, never progress or a report.
*/
import {bangTitle} from './section-lines.js';

/** The reason's last line: its text, a space and the `!`s (at least one, when the line nearly fills the terminal). */
const lastLine = /^(.*?) !+$/;
/** A reason whose last line never comes (a cut log) stops taking lines after this many. */
const mostLines = 100;

/** Whether `text` is the first line of a `pytest.exit()` reason that goes on (`bangTitle`'s third form). */
export function opensExitReason(text: string): boolean {
	return (
		text.charCodeAt(0) === 33 /* ! */ && bangTitle.exec(text)?.[3] !== undefined
	);
}

export class ExitReasonLines {
	private open: {title: string} | undefined;
	private taken = 0;

	/** A banner's first line opened a reason that goes on: `interruption`'s title takes each later line. */
	start(interruption: {title: string}): void {
		this.open = interruption;
		this.taken = 0;
	}

	stop(): void {
		this.open = undefined;
	}

	/** Whether `text` is a later line of the open reason (added to its title after a newline). */
	read(text: string): boolean {
		const {open} = this;
		if (open === undefined) {
			return false;
		}

		const last = lastLine.exec(text);
		open.title += `\n${last ? last[1]! : text}`;
		this.taken++;
		if (last || this.taken >= mostLines) {
			this.open = undefined;
		}

		return true;
	}
}
