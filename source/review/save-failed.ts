/**
A save that failed (a full disk, a lost store) gives back what the decision took: the cursor it moved on, the
marks it dropped, the pending priority and a note being saved. Without this, pressing the key again decides
the next failure, not the one that was not saved, and a typed note is gone.
*/
import {enter} from './modes.js';
import {currentRow, type ReviewState} from './state.js';

/** What a decision changed besides the journal: kept with its save, given back if the save fails. */
export type SaveRestore = {
	/** The selected row before the decision moved on, and the row it moved to. */
	readonly fromKey: string | undefined;
	readonly toKey: string | undefined;
	readonly marks: ReadonlySet<string>;
	readonly anchor: string | undefined;
	readonly pendingPriority: string | undefined;
	/** The note being saved (`#`): its editor opens again with it, Enter tries again. */
	readonly note?: string;
	/** The row the note is for (another session's decision may have moved the list off it meanwhile). */
	readonly noteKey?: string | undefined;
};

/**
Give back what the failed save took, as far as the user has not moved on since: the cursor only while it is
still where the decision put it, the marks only while no new ones were made, the note only from the list.
*/
export function restoreAfterFailedSave(
	state: ReviewState,
	restore: SaveRestore,
): ReviewState {
	let next = state;
	const isWhereMoved = currentRow(state)?.key === restore.toKey;
	if (isWhereMoved && restore.fromKey !== restore.toKey) {
		const row =
			restore.fromKey === undefined
				? undefined
				: state.rowIndex.get(restore.fromKey);
		const cursor = row === undefined ? -1 : state.visible.indexOf(row);
		if (cursor !== -1) {
			next = {...next, cursor};
		}
	}

	if (next.marks.size === 0 && restore.marks.size > 0) {
		next = {...next, marks: restore.marks, anchor: restore.anchor};
	}

	if (next.pendingPriority === undefined && restore.pendingPriority) {
		next = {...next, pendingPriority: restore.pendingPriority};
	}

	if (
		restore.note !== undefined &&
		next.mode === 'list' &&
		currentRow(next)?.key === restore.fromKey
	) {
		next = {
			...enter(next, 'note'),
			draft: restore.note,
			editingKey: restore.noteKey ?? restore.fromKey,
		};
	}

	return next;
}
