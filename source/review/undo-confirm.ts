/**
`z` undoes the journal's newest action not undone yet, and the journal is shared: that action may be
another session's (a teammate's `triage decide` of thousands of decisions, a second review on the file).
This session's own action is undone at once, as it always was; another session's is asked about first,
on the status line, as `x` asks before it applies: `y` undoes it, any other key cancels. The undo then
reverts exactly the action asked about: when another session appended meanwhile, nothing is undone and
the screen asks again about the action that is newest now.
*/
import type {UndoTarget} from '../triage/journal.js';
import {actionIdText, actionText} from '../triage/undo-text.js';
import {enter, leave} from './modes.js';
import {withEffect, withStatus, type ReviewState} from './state.js';

/**
Record an undo. Until it returns, the keys that follow wait (`queueKey`): what the undo restores, or the
question it asks, is only known then, and a key pressed right after `z` acts on that.
*/
function withUndo(
	state: ReviewState,
	expected: string | undefined,
): ReviewState {
	return withEffect(
		{...withStatus(state, 'undoing…', 'pending'), undoing: state.nextEffectId},
		{type: 'undo', expected},
	);
}

/** `z`: undo this session's newest action; another session's comes back as a question (`askUndo`). */
export function undo(state: ReviewState): ReviewState {
	return withUndo(state, undefined);
}

/** A key read while an undo is on its way: kept for when it returns; undefined when none is. */
export function queueKey(
	state: ReviewState,
	name: string,
): ReviewState | undefined {
	return state.undoing === undefined
		? undefined
		: {...state, queuedKeys: [...(state.queuedKeys ?? []), name]};
}

/**
The undo `undone` returned (its outcome is in `state`): the keys read meanwhile, in `state`; `replay` is the
reducer's key handling.
*/
export function afterUndo(
	state: ReviewState,
	undone: number | undefined,
	replay: (state: ReviewState, name: string) => ReviewState,
): ReviewState {
	if (undone === undefined || undone !== state.undoing) {
		return state;
	}

	const queued = state.queuedKeys ?? [];
	return queued.reduce(replay, {
		...state,
		undoing: undefined,
		queuedKeys: undefined,
	});
}

/**
The newest action is not one `z` undoes without asking (another session's), or it changed since the
question (`isChanged`): ask about it.
*/
export function askUndo(
	state: ReviewState,
	target: UndoTarget,
	now: Date,
	isChanged: boolean,
): ReviewState {
	const whose = target.isOwn ? 'your' : "another session's";
	const what = actionText(target, now);
	const question = isChanged
		? `changed meanwhile, nothing undone; now the newest is ${whose} action: ${what}. Undo it? y/n`
		: `undo ${whose} action: ${what}? y/n`;
	const id = actionIdText(target);
	return withStatus(
		{...enter(state, 'undo'), undoAsked: target},
		{text: question, ...(id !== undefined && {id})},
	);
}

/** `y`: undo the action asked about, and only it. */
export function confirmUndo(state: ReviewState): ReviewState {
	const target = state.undoAsked;
	const left = {...leave(state), undoAsked: undefined};
	if (!target) {
		return left;
	}

	return withUndo(left, target.group);
}

/** Any other key: nothing is undone. */
export function cancelUndo(state: ReviewState): ReviewState {
	return withStatus({...leave(state), undoAsked: undefined}, 'nothing undone');
}

/**
A notice (the store's) while the question is asked: it would hide the question on the status line while `y`
still answered it, so the question goes and nothing is undone.
*/
export function noticeWhileAsking(
	state: ReviewState,
	message: string,
): ReviewState {
	return withStatus(
		{...leave(state), undoAsked: undefined},
		`${message} · nothing undone (z asks again)`,
	);
}
