/**
A line the parser's section reads, once it is no rule, no held line and no `!!!` title: in the progress (the header, the
progress lines, `--durations` without a FAILURES section), an ERRORS, FAILURES or PASSES entry, the short summary, or
a section after them (warnings, a plugin's, what follows the final line).
*/
import {finalLinePattern} from '../summary.js';
import type {DurationIds} from './durations.js';
import {entrySectionLine} from './entry-section-lines.js';
import {generatedFile} from './failure-shapes.js';
import type {FailuresReader} from './failures.js';
import type {HeldFinalLine} from './held-final-line.js';
import type {Preamble} from './preamble.js';
import type {PrintedSessions} from './printed-session.js';
import {preambleOrProgressLine} from './progress-lines.js';
import type {ProgressReader} from './progress.js';
import {progressEndOf, type Section} from './section-lines.js';
import type {SessionEnd} from './session-end.js';
import type {ShortSummaryReader} from './short-summary.js';

/**
What the parser hands over with the line: one object for every line, its section, rule width and banner set before
each; read them before calling a reader, which may read a line again (a final line held) and set them anew.
*/
export type SectionLineInputs = {
	readonly section: Section;
	readonly ruleWidth: number | undefined;
	readonly hasSessionStart: boolean;
	readonly header: Preamble;
	readonly progress: ProgressReader;
	readonly durations: DurationIds;
	readonly held: HeldFinalLine;
	readonly failures: FailuresReader;
	readonly nested: PrintedSessions;
	readonly summary: ShortSummaryReader;
	readonly end: SessionEnd;
	readonly onFinalLine: (text: string, lineNumber: number) => void;
};

/** Reads the line; among the progress lines, returns whether it ends the progress (`progressEndOf`), if it tells. */
export function readSectionLine(
	text: string,
	lineNumber: number,
	inputs: SectionLineInputs,
): boolean | undefined {
	const {section, durations, end} = inputs;
	switch (section) {
		case 'none': {
			// `--durations` in a run with no FAILURES section: its title is no section of pytest's own, and no
			// progress follows.
			const {progress, header, hasSessionStart} = inputs;
			if (progress.hasProgress && durations.line(text)) {
				return undefined;
			}

			preambleOrProgressLine(text, lineNumber, {
				end,
				progress,
				header,
				hasSessionStart,
			});
			// junitxml's rule is part of pytest's terminal summary, printed once every report was: a plugin's section
			// after it (`pytest_terminal_summary`) is no test's output, and a line in it is no pending test's outcome.
			return (
				progressEndOf(text, progress.hasProgress) ??
				(generatedFile.test(text) || undefined)
			);
		}

		case 'errors':
		case 'failures':
		case 'passes': {
			const {ruleWidth, held, failures, nested} = inputs;
			entrySectionLine(text, lineNumber, {
				section,
				ruleWidth,
				held,
				failures,
				nested,
			});
			return undefined;
		}

		case 'summary': {
			inputs.summary.line(text, lineNumber);
			return undefined;
		}

		default: {
			if (section === 'other' && durations.line(text)) {
				return undefined;
			}

			if (section === 'warnings') {
				durations.warningLine(text);
			}

			if (
				(section === 'warnings' || section === 'other') &&
				finalLinePattern.test(text)
			) {
				inputs.onFinalLine(text, lineNumber);
			} else if (end.reportedCounts) {
				end.afterEnd(text, lineNumber);
			}

			return undefined;
		}
	}
}
