/**
Where a section's title goes once `rule-titles.ts` called it one: the short summary's title again is a line of a `-vv`
message (`short-summary.ts`); the last entry's report may print that title itself (`held-summary.ts`); among the
progress lines an ERRORS or FAILURES title may be a test's output (`held-section-title.ts`); else the section begins.
*/
import type {SummaryHold} from './held-summary.js';
import {isEarlyTitle, type SectionTitleHold} from './held-section-title.js';
import type {ProgressReader} from './progress.js';
import type {Section} from './section-lines.js';
import type {ShortSummaryReader} from './short-summary.js';
import type {QuietXdistStart} from './xdist-start.js';

/** What the parser knows and reads with when a section's title comes. */
export type SectionTitleInputs = {
	/** The section the title is read in. */
	readonly section: Section;
	readonly ruleWidth: number | undefined;
	readonly hasSessionStart: boolean;
	readonly isProgressDone: boolean;
	readonly progress: ProgressReader;
	readonly summary: ShortSummaryReader;
	readonly summaryHold: SummaryHold;
	readonly titleHold: SectionTitleHold;
	readonly xdistStart: QuietXdistStart;
};

/**
Reads the title: `read` when it was read (a line of the summary, or held as maybe a test's output), `summary` when the
short summary begins held as the last report's, `start` when the section begins.
*/
export function placeSectionTitle(
	titled: Section | undefined,
	text: string,
	lineNumber: number,
	inputs: SectionTitleInputs,
): 'read' | 'summary' | 'start' {
	const {section, summary, summaryHold, titleHold, progress} = inputs;
	if (titled === 'summary' && section === 'summary') {
		// pytest prints this title once: again, it is a line of a `-vv` message (short-summary.ts).
		summary.line(text, lineNumber);
		return 'read';
	}

	if (titled === 'summary' && summaryHold.start(text, lineNumber, section)) {
		// The last entry's report can print this title itself (held-summary.ts).
		return 'summary';
	}

	const isHeld = titleHold.takes(titled, {
		section,
		isEarly: isEarlyTitle({
			hasProgress: progress.hasProgress,
			hasSessionStart: inputs.hasSessionStart,
			isProgressDone: inputs.isProgressDone,
			hasXdistEnded: inputs.xdistStart.hasEndedBeforeProgress,
		}),
		hasProgress: progress.hasProgress,
		ruleWidth: inputs.ruleWidth,
		hasPendingId: progress.hasPendingId,
	});
	return isHeld ? 'read' : 'start';
}
