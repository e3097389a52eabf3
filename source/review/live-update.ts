/**
A newer review of the same run while it is still being read (`triage run`, `--follow`, a live pipe): the
failures read so far, with what is known of each by now. The person keeps their place: the selected
failure stays selected (and scrolled as it was while its traceback is unchanged), marks stay on the
failures they were on, and the filters are applied to the new rows.
*/
import type {Review} from '../triage/review.js';
import {quickFiltersOf} from './quick-filters.js';
import {refilter} from './filters.js';
import {currentRow, type ReviewState} from './state.js';

/** Replace the rows with those of `review`, keeping the selection, marks, filters and scroll. */
export function onReviewUpdate(
	state: ReviewState,
	review: Review,
): ReviewState {
	const selected = currentRow(state);
	const rowIndex = new Map(review.rows.map((row, index) => [row.key, index]));
	const marks = [...state.marks].filter(key => rowIndex.has(key));
	const quickFilters = quickFiltersOf(review.analysis);
	const base: ReviewState = {
		...state,
		analysis: review.analysis,
		progress: review.progress,
		rowIndex,
		quickFilters,
		quick: quickFilters.includes(state.quick) ? state.quick : 'all',
		marks: marks.length === state.marks.size ? state.marks : new Set(marks),
		anchor:
			state.anchor !== undefined && rowIndex.has(state.anchor)
				? state.anchor
				: undefined,
	};
	const next = refilter(base, {rows: review.rows}, selected?.key);
	const now = currentRow(next);
	// refilter scrolls a newly selected failure to its error; the same failure, unchanged, keeps its scroll.
	return selected !== undefined &&
		now?.key === selected.key &&
		now.analyzed.failure.traceback === selected.analyzed.failure.traceback
		? {...next, scroll: state.scroll}
		: next;
}
