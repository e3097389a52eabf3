/**
Why a failure got its suggestion, read whole. The detail pane's line (`suggested bug high by rule value-mismatch:
exception type AssertionError; raised in the test at …`) cut the reason at the terminal's width, at 80 columns
after its first words, and no screen of the review showed the rest. Full screen (`l`), an undecided failure's
reason too long for that line gets lines of its own below the info, as a long note does (`note-lines.ts`), out of
the same half of the traceback's lines.
*/
import {sanitizeLine} from '../log/sanitize.js';
import {textWidth} from '../text-width.js';
import type {ReviewRow} from '../triage/review.js';
import {linesBelowInfo} from './note-lines.js';

/** The label the reason follows on the first of its own lines. */
export const reasonLabel = 'why: ';

/** The detail pane's suggestion line of an undecided failure, as it would be with its reason on it. */
export function suggestionLine(row: ReviewRow): string {
	const {suggestion} = row.analyzed;
	// The fallback is no rule's judgment: the exports' Source says `default` too.
	const by =
		row.source === 'default'
			? 'by default'
			: `by rule ${sanitizeLine(suggestion.rule)}`;
	return `suggested ${suggestion.category.toLowerCase()} ${suggestion.priority.toLowerCase()} ${by}: ${sanitizeLine(suggestion.reason)}`;
}

/**
The lines the reason takes below the info (the first starting with `why: `), in a full-screen pane `width`
columns wide of `detailLines` lines; none in the list's pane, for a decided failure (its note has those lines),
or when the line holds it whole.
*/
export function reasonLinesOf(
	row: ReviewRow | undefined,
	width: number,
	detailLines: number,
	isFullScreen: boolean,
): string[] {
	if (
		!isFullScreen ||
		!row ||
		row.decision ||
		textWidth(suggestionLine(row)) <= width
	) {
		return [];
	}

	return linesBelowInfo(
		reasonLabel + sanitizeLine(row.analyzed.suggestion.reason),
		width,
		detailLines,
		isFullScreen,
	);
}
