/**
What an undo would revert, said before it is done. An undo reverts the journal's most recent action not
undone yet, and the journal is shared: that action may be another session's (a teammate's bulk
`triage decide` on the store, a second review on the same file). So a journal can describe that action
first (`UndoTarget`: whether this journal appended it, how many tests and reports it touched, when, by
whom), and undo it only if a check of that description still holds at the moment the undo is appended
(`planUndo`'s `accept`: after reading what others appended, under the store's lock). Plain data, no file
access; `journal/file.ts` and `store/decisions.ts` call it.
*/
import {asOneAction, newGroup, type JournalEvent} from './events.js';
import {type ActionKind, type JournalFold, undoEvents} from './fold.js';
import type {Action} from './undo-history.js';

/** The action an undo would revert now. */
export type UndoTarget = {
	/** The action's group: an undo checks it to revert only the action that was asked about. */
	readonly group: string;
	/** Appended by this journal (this session) rather than by another process. */
	readonly isOwn: boolean;
	/** Tests it touched. */
	readonly tests: number;
	/** Its events: a decision (or a removal) on one report each. */
	readonly reports: number;
	readonly kind: ActionKind;
	/** The one test it touched, when it touched one. */
	readonly id: string | undefined;
	/** When it was made (its events' `at`, ISO 8601), as written: untrusted text. */
	readonly at: string | undefined;
	/** Who made it (`by`: a store writes it), as written: untrusted text. */
	readonly by: string | undefined;
};

/** What an undo that checks first did. */
export type UndoOutcome = {
	/** The action that was the most recent one when the undo checked (undefined: nothing to undo). */
	readonly target: UndoTarget | undefined;
	/** The events appended; empty when there was nothing to undo or the check refused it. */
	readonly events: readonly JournalEvent[];
};

/** Whether to undo the action described (`undoIf`). */
export type UndoCheck = (target: UndoTarget) => boolean;

/**
The actions one journal appended: what makes an action this session's. Kept in memory only (a new
process is a new session), one string per action.
*/
export class OwnActions {
	readonly #groups = new Set<string>();

	/** An action this journal appends (its group), or its events. */
	add(action: string | readonly JournalEvent[]): void {
		const group = typeof action === 'string' ? action : action[0]?.group;
		if (group !== undefined) {
			this.#groups.add(group);
		}
	}

	has(group: string): boolean {
		return this.#groups.has(group);
	}
}

export function describeAction(action: Action, own: OwnActions): UndoTarget {
	return {
		group: action.group,
		isOwn: own.has(action.group),
		tests: action.ids.length,
		reports: action.events,
		kind: action.kind,
		id: action.ids.length === 1 ? action.ids[0] : undefined,
		at: action.at,
		by: action.by,
	};
}

/**
The events that undo the most recent action in `fold`, when there is one and `accept` takes its
description; `sign` marks each event (a store's `by`).
*/
export function planUndo(
	fold: JournalFold,
	own: OwnActions,
	at: string,
	accept: UndoCheck,
	sign: (event: JournalEvent) => JournalEvent = event => event,
): UndoOutcome {
	const action = fold.undoable();
	if (!action) {
		return {target: undefined, events: []};
	}

	const target = describeAction(action, own);
	if (!accept(target)) {
		return {target, events: []};
	}

	return {
		target,
		events: asOneAction(
			undoEvents(action, fold.state(), at, newGroup()).map(sign),
		),
	};
}

/** Undo whatever action is the most recent (`undo()` without a check). */
export const anyAction: UndoCheck = () => true;

/** Undo the action asked about, and nothing else (another session appended since: nothing). */
export function sameAction(group: string): UndoCheck {
	return target => target.group === group;
}
