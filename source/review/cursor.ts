/**
The selection in the failure list: moving it, and finding the next failure that needs a look (where a
decision moves on to).
*/
import {needsLook} from './quick-filters.js';
import {withOpeningScroll} from './scroll.js';
import type {ReviewState} from './state.js';

/** Select the row at `cursor` in the filtered list (clamped); moving drops a pending priority. */
export function moveTo(state: ReviewState, cursor: number): ReviewState {
	const clamped = Math.max(0, Math.min(state.visible.length - 1, cursor));
	if (clamped === state.cursor || state.visible.length === 0) {
		return state.pendingPriority === undefined
			? state
			: {...state, pendingPriority: undefined};
	}

	return withOpeningScroll({
		...state,
		cursor: clamped,
		pendingPriority: undefined,
	});
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
