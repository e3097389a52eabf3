/**
What a decision holds besides its category and priority, as `decide` and `undo` print it after them: its issue
and the start of its note (` · issue #12 · note "flaky on CI"`), so that two decisions that differ only there do
not read the same.
*/
import {sanitizeLine} from '../log/sanitize.js';
import {truncateEnd} from '../text-width.js';

/** How much of a note a line shows. */
const noteColumns = 40;

export function decisionExtras(decision: {
	readonly issue?: string;
	readonly note?: string;
}): string {
	const issue = decision.issue
		? ` · issue ${sanitizeLine(decision.issue)}`
		: '';
	const note = decision.note
		? ` · note "${truncateEnd(sanitizeLine(decision.note), noteColumns)}"`
		: '';
	return issue + note;
}
