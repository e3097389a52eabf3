/**
Keys whose work happens outside the screen: quit, the editor, the shell (Ctrl+Z) and the clipboard. Each records an effect
that `App` performs after the commit (saving is recorded by `decide.ts`, undo by `undo-confirm.ts`).
*/
import {sanitizeLine, shownId} from '../log/sanitize.js';
import {editedRow} from './decide.js';
import {editorTargetOf} from './detail-text.js';
import {formatFilter} from './filters.js';
import {notSavedTests} from './not-saved-rows.js';
import {
	currentRow,
	idText,
	type ReviewState,
	type UnsavedNote,
	withEffect,
	withStatus,
	withWords,
} from './state.js';

/** `q`: quit, keeping the place, the filter and the order for next time. */
export function quit(state: ReviewState): ReviewState {
	return quitting(state, false);
}

/** How many tests below the selected one leaving the review keeps (`ResumeState.nextIds`). */
const nextIdsKept = 10;

/** The tests of the rows below the cursor, nearest first, each once, and not the selected test. */
function idsBelow(state: ReviewState): string[] {
	const selected = currentRow(state)?.analyzed.failure.id;
	const ids = new Set<string>();
	for (
		let index = state.cursor + 1;
		index < state.visible.length && ids.size < nextIdsKept;
		index++
	) {
		const {id} = state.rows[state.visible[index]!]!.analyzed.failure;
		if (id !== selected) {
			ids.add(id);
		}
	}

	return [...ids];
}

/**
Ended from outside (a kill, the terminal closed): quit as `q` does whatever is open, so that leaving says what was not
saved (decisions a full disk refused, the note being typed); the exit says the signal.
*/
export function endFromOutside(state: ReviewState): ReviewState {
	return quitting(state, false);
}

/** Ctrl+C: quit as `q` does (everything decided is saved already), and the exit says it was interrupted (130). */
export function interrupt(state: ReviewState): ReviewState {
	return quitting(state, true);
}

function quitting(state: ReviewState, isInterrupt: boolean): ReviewState {
	return withEffect(state, {
		type: 'quit',
		selectedId: currentRow(state)?.analyzed.failure.id,
		selectedPhase: currentRow(state)?.analyzed.failure.phase,
		nextIds: idsBelow(state),
		// Under a cluster filter the quick and text filters are put aside: the ones esc brings back are kept.
		filter:
			state.cluster === undefined
				? formatFilter(state.quick, state.text.text)
				: formatFilter(
						state.beforeCluster?.quick ?? 'all',
						state.beforeCluster?.text.text ?? '',
					),
		cluster: state.cluster,
		sort: state.sort,
		isInterrupt,
		notSaved: state.notSaved?.size ?? 0,
		notSavedTests: notSavedTests(state),
		...unsavedNoteOf(state),
	});
}

/** The note being typed, when it differs from the note its row has (Ctrl+C quits while typing; `q` is a letter). */
function unsavedNoteOf(state: ReviewState): {unsavedNote?: UnsavedNote} {
	const row = editedRow(state);
	const text = state.draft.trim();
	return state.mode !== 'note' ||
		row === undefined ||
		text === '' ||
		text === (row.decision?.note ?? '').trim()
		? {}
		: {unsavedNote: {id: row.analyzed.failure.id, text}};
}

/** `o`: the failing test in $EDITOR at its line. */
export function openEditor(state: ReviewState): ReviewState {
	const row = currentRow(state);
	if (!row) {
		return state;
	}

	const target = editorTargetOf(
		row.analyzed.failure,
		state.analysis.run.header.rootdir,
	);
	return withEffect(
		withStatus(
			state,
			withWords(
				'opening ',
				idText(sanitizeLine(target.file)),
				target.line === undefined ? '' : `:${target.line}`,
			),
		),
		{type: 'openEditor', target},
	);
}

/** Ctrl+Z: to the shell until `fg`. */
export function suspend(state: ReviewState): ReviewState {
	return withEffect(state, {type: 'suspend'});
}

/** `y`: the node id to the clipboard. */
export function copyId(state: ReviewState): ReviewState {
	const row = currentRow(state);
	if (!row) {
		return state;
	}

	return withEffect(
		withStatus(
			state,
			withWords('copied: ', idText(shownId(row.analyzed.failure.id))),
		),
		{type: 'copy', text: row.analyzed.failure.id},
	);
}
