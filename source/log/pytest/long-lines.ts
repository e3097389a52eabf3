/**
A line longer than anything pytest prints as structure (`maxStructuralLine`): content (captured output, a huge repr),
a test's output under `-s` with its `-v` outcome at the end, or one of the two reports pytest does print that long.
Read here without the patterns for structure, which would only cost time on it.
*/
import type {FailuresReader} from './failures.js';
import type {ProgressReader} from './progress.js';
import type {Section} from './section-lines.js';
import type {ShortSummaryReader} from './short-summary.js';

export type LongLineReaders = {
	readonly section: Section;
	readonly ruleWidth: number | undefined;
	readonly failures: FailuresReader;
	readonly progress: ProgressReader;
	readonly summary: ShortSummaryReader;
};

export function readLongLine(
	text: string,
	lineNumber: number,
	readers: LongLineReaders,
): void {
	const {section, failures} = readers;
	if (section === 'failures') {
		// `--tb=line`: a failure's one-line report (`path:line: message`) is as long as its message.
		failures.line(text, lineNumber, section, readers.ruleWidth);
		return;
	}

	if (section === 'summary') {
		// `-vv`: pytest cuts no message in the short summary.
		readers.summary.line(text, lineNumber);
		return;
	}

	if (section === 'none' && !failures.isInEntry) {
		readers.progress.onLongLine(text, lineNumber);
	}

	failures.appendToEntry(text);
}
