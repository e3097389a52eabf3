/**
Marks: `Space` marks a row and moves on, `V` marks a range from the row marked last; a decision then
applies to every marked row (see `decide.ts`), and `esc` drops them.
*/
import {groupThousands} from '../text.js';
import {moveTo} from './cursor.js';
import {currentRow, withStatus, type ReviewState} from './state.js';

function describeMarks(count: number): string {
	return `${groupThousands(count)} marked: a category key decides them all, esc unmarks`;
}

/** `Space`: mark or unmark the current row, then select the next one. */
export function toggleMark(state: ReviewState): ReviewState {
	const row = currentRow(state);
	if (!row) {
		return state;
	}

	const marks = new Set(state.marks);
	if (marks.has(row.key)) {
		marks.delete(row.key);
	} else {
		marks.add(row.key);
	}

	const next = moveTo({...state, marks, anchor: row.key}, state.cursor + 1);
	return withStatus(next, describeMarks(marks.size));
}

/** `V`: mark every shown row from the row marked last to the current one. */
export function markRange(state: ReviewState): ReviewState {
	const row = currentRow(state);
	if (!row) {
		return state;
	}

	const anchorRow =
		state.anchor === undefined ? undefined : state.rowIndex.get(state.anchor);
	const anchorCursor =
		anchorRow === undefined ? -1 : state.visible.indexOf(anchorRow);
	const marks = new Set(state.marks);
	if (anchorCursor === -1) {
		marks.add(row.key);
	} else {
		const from = Math.min(anchorCursor, state.cursor);
		const to = Math.max(anchorCursor, state.cursor);
		for (let cursor = from; cursor <= to; cursor++) {
			marks.add(state.rows[state.visible[cursor]!]!.key);
		}
	}

	return withStatus(
		{...state, marks, anchor: row.key},
		describeMarks(marks.size),
	);
}

/** Drop every mark; undefined when there are none. */
export function dropMarks(state: ReviewState): ReviewState | undefined {
	return state.marks.size === 0
		? undefined
		: withStatus(
				{...state, marks: new Set(), anchor: undefined},
				'marks cleared',
			);
}
