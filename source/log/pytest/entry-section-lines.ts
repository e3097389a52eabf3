/**
A line of the ERRORS, FAILURES or PASSES section that is no rule (the parser reads rules itself): pytest's bare `-q`
final line (held back), a passing test's output (nothing to read), a session a test printed in its report, or a line
of the open entry.
*/
import {finalLinePattern} from '../summary.js';
import type {FailuresReader} from './failures.js';
import type {HeldFinalLine} from './held-final-line.js';
import {startsPrintedQuietSession} from './nested-session.js';
import type {PrintedSessions} from './printed-session.js';

/** What the parser hands over with the line. */
export type EntrySectionInputs = {
	readonly section: 'errors' | 'failures' | 'passes';
	readonly ruleWidth: number | undefined;
	readonly held: HeldFinalLine;
	readonly failures: FailuresReader;
	readonly nested: PrintedSessions;
};

export function entrySectionLine(
	text: string,
	lineNumber: number,
	inputs: EntrySectionInputs,
): void {
	const {section, ruleWidth, held, failures, nested} = inputs;
	if (finalLinePattern.test(text)) {
		// `-q` with no short summary and no warnings (or `-q -rP`): pytest's last line, bare, right after the last
		// entry. Held back: it is the final line only if nothing follows it.
		held.hold(text, lineNumber, section);
	} else if (section === 'passes') {
		// A passing test's report: nothing to read.
	} else if (
		failures.isInCaptured &&
		startsPrintedQuietSession(text, ruleWidth)
	) {
		// pytest prints no progress inside a report: a session the test printed (nested-session.ts).
		nested.enter();
		failures.appendToEntry(text);
	} else {
		failures.line(text, lineNumber, section, ruleWidth);
	}
}
