/**
The selection in the failure list: moving it, and finding the next failure that needs a look (where a
decision moves on to).
*/
import {needsLook} from './quick-filters.js';
import {withOpeningScroll} from './scroll.js';
import {withStatus, type ReviewState} from './state.js';

/** Select the row at `cursor` in the filtered list (clamped); moving drops a pending priority. */
export function moveTo(state: ReviewState, cursor: number): ReviewState {
	const clamped = Math.max(0, Math.min(state.visible.length - 1, cursor));
	if (clamped === state.cursor || state.visible.length === 0) {
		return withoutPriority(state);
	}

	return withOpeningScroll({...withoutPriority(state), cursor: clamped});
}

/**
`state` without its pending priority. A status line still saying that the priority waits for a category
(`priority HIGH for this failure: now a category…`) would be wrong on the row moved to, where a category key
takes that row's priority: it says the priority was dropped instead.
*/
function withoutPriority(state: ReviewState): ReviewState {
	const {pendingPriority, status} = state;
	if (pendingPriority === undefined) {
		return state;
	}

	return status?.waitsForCategory
		? withStatus(
				{...state, pendingPriority: undefined},
				`priority ${pendingPriority} dropped: it was for the failure you moved from`,
			)
		: {...state, pendingPriority: undefined};
}

/** The cursor of the row that needs a look from the current one on (wrapping), `skip` skipped; undefined when none. */
export function nextUndecided(
	state: ReviewState,
	skip: ReadonlySet<string>,
): number | undefined {
	const count = state.visible.length;
	// From the cursor's own row: a decision on marked rows leaves the cursor where it is when its row still needs
	// a look (it was not decided); a decision on the cursor's row skips it.
	for (let step = 0; step < count; step++) {
		const cursor = (state.cursor + step) % count;
		const row = state.rows[state.visible[cursor]!]!;
		if (needsLook(row) && !skip.has(row.key) && !state.saving.has(row.key)) {
			return cursor;
		}
	}

	return undefined;
}
