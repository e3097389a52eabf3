/**
Under `-s`, in a run whose `-v` lines have no marker, another test's whole `-v` line with no marker while a test's `id `
waits for its outcome (`test_fake.py::test_fake PASSED`): that test's output, or pytest's report of another test after
a wrong `id ` was taken to wait (a teardown's output that looked like one). pytest prints no other test's line before
the waiting one's word, and prints that word right after the test's output: when the next line starts with an outcome
word (`PASSED` alone, the waiting test's), the held line was output; anything else makes it a report, read again.
*/
import {leadingOutcomeWord, outcomeWords} from './pending-id.js';

type Held = {readonly text: string; readonly lineNumber: number};

export class DeferredVerboseLine {
	private held: Held | undefined;
	/** The held line is read again: it holds nothing then (each line read again once). */
	private isReplaying = false;
	/** The progress reader: reads a report again, or takes the line as the waiting test's output. */
	private readonly progress: {
		readonly killed: {onOutput(text: string): void};
		line(text: string, lineNumber: number): void;
	};

	constructor(progress: DeferredVerboseLine['progress']) {
		this.progress = progress;
	}

	/** Whether a line can be held now: none is, and none is being read again. */
	get mayHold(): boolean {
		return this.held === undefined && !this.isReplaying;
	}

	hold(text: string, lineNumber: number): void {
		this.held = {text, lineNumber};
	}

	/** The next line that may be structure, before it is read: it tells whose the held line was. */
	next(text: string): void {
		const {held} = this;
		if (!held) {
			return;
		}

		if (!startsWithOutcome(text)) {
			this.flush();
			return;
		}

		this.held = undefined;
		this.progress.killed.onOutput(held.text);
	}

	/** A section, a long line or the end of the log: the held line was a report. */
	flush(): void {
		const {held} = this;
		if (!held) {
			return;
		}

		this.held = undefined;
		this.isReplaying = true;
		try {
			this.progress.line(held.text, held.lineNumber);
		} finally {
			this.isReplaying = false;
		}
	}
}

/** pytest's word alone (`PASSED`, `SKIPPED (reason)`), or glued to what the teardown printed (`PASSEDdone`). */
function startsWithOutcome(text: string): boolean {
	return (
		leadingOutcomeWord(text) !== undefined ||
		outcomeWords.some(
			word =>
				text.startsWith(word) &&
				(text.length === word.length || text.startsWith(' (', word.length)),
		)
	);
}
