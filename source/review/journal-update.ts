/**
The journal's state coming back after a save, an undo, or another session's append, and the decisions on
screen before their save returns (`unsaved.ts`): folded into the rows, keeping the identity of the rows that
did not change (the views skip them), and re-filtering only when a filter or the list's order depends on
decisions.
*/
import type {Decision, DecisionState} from '../triage/journal.js';
import {progressOf, rowOf, type ReviewRow} from '../triage/review.js';
import {sanitizeLine, shownId} from '../log/sanitize.js';
import {groupThousands} from '../text.js';
import type {OthersDecision} from '../triage/journal/api.js';
import {refilter} from './filters.js';
import {dependsOnDecisions} from './quick-filters.js';
import {sortDependsOnDecisions} from './sort.js';
import {
	currentRow,
	withStatus,
	type ReviewState,
	type StatusText,
} from './state.js';
import {othersChanged, withOthersWord} from './journal-outcomes.js';
import {othersChangedWord, savedWithNews} from './others-changed.js';
import {
	savingKeys,
	shownDecision,
	unsavedDecision,
	type UnsavedSave,
} from './unsaved.js';

function sameDecision(
	a: Decision | undefined,
	b: Decision | undefined,
): boolean {
	if (a === b) {
		return true;
	}

	if (a === undefined || b === undefined) {
		return false;
	}

	return (
		a.phase === b.phase &&
		a.category === b.category &&
		a.priority === b.priority &&
		a.note === b.note &&
		a.signature === b.signature &&
		a.at === b.at
	);
}

/**
The rows with each one's decision from `decisionOf`; unchanged rows keep their identity (the same array when
none changed). Only the rows whose decision changed are built again: a decision on one failure of 10,000
costs one row, not the whole review.
*/
function foldRows(
	state: ReviewState,
	decisionOf: (row: ReviewRow) => Decision | undefined,
): readonly ReviewRow[] {
	let rows: ReviewRow[] | undefined;
	for (const [index, row] of state.rows.entries()) {
		const decision = decisionOf(row);
		if (!sameDecision(row.decision, decision)) {
			rows ??= [...state.rows];
			rows[index] = rowOf(row.analyzed, row.key, decision);
		}
	}

	return rows ?? state.rows;
}

/**
The rows changed (decisions folded in): the progress follows, and the list is filtered again when a filter or
its order depends on decisions, keeping the selection (or moving it to `select`, a test id).
*/
export function withRows(
	state: ReviewState,
	rows: readonly ReviewRow[],
	select?: string,
): ReviewState {
	if (rows === state.rows) {
		return state;
	}

	let next: ReviewState = {...state, rows, progress: progressOf(rows)};
	if (
		dependsOnDecisions(state.quick) ||
		sortDependsOnDecisions(state.sort) ||
		select !== undefined
	) {
		const selectKey =
			select === undefined
				? undefined
				: rows.find(row => row.analyzed.failure.id === select)?.key;
		next = refilter(next, {rows}, selectKey);
		// A note or an issue being typed: the pane keeps its row, and so its scroll (`paneRow`).
		if (
			(state.mode === 'note' || state.mode === 'issue') &&
			state.editingKey !== undefined
		) {
			next = {...next, scroll: state.scroll};
		}

		// A priority key waits for a category on the row it was pressed on: once another session's decision
		// has filtered that row away, the next category key must not decide the row selected instead.
		const before = currentRow(state)?.key;
		if (
			next.pendingPriority !== undefined &&
			next.marks.size === 0 &&
			currentRow(next)?.key !== before
		) {
			// An undo that selects its row moves as `j`/`k` would: the priority stays with the row it was for.
			if (select !== undefined) {
				return {...next, pendingPriority: undefined};
			}

			return withStatus(
				{...next, pendingPriority: undefined},
				`priority ${next.pendingPriority} dropped: another session decided the failure it was for`,
				'error',
			);
		}
	}

	return next;
}

/** The saves still on their way, once `effect`'s has returned (saved or not). */
function withoutSave(
	state: ReviewState,
	effect: number | undefined,
): readonly UnsavedSave[] {
	const saves = state.unsaved ?? [];
	return effect === undefined
		? saves
		: saves.filter(save => save.effect !== effect);
}

/** A decision's save, recorded as effect `effect`: its decisions on screen at once (`unsaved.ts`). */
export function showUnsaved(
	state: ReviewState,
	save: UnsavedSave,
): ReviewState {
	const unsaved = [...(state.unsaved ?? []), save];
	return withUnsavedShown({...state, unsaved, saving: savingKeys(unsaved)});
}

/** The decisions still being saved, on the rows (of a newer review of a live run too). */
export function withUnsavedShown(state: ReviewState): ReviewState {
	const unsaved = state.unsaved ?? [];
	if (unsaved.length === 0) {
		return state;
	}

	const rows = foldRows(
		state,
		row => unsavedDecision(unsaved, row.key) ?? row.decision,
	);
	return withRows(state, rows);
}

/**
A save failed (`effect`): its decisions leave the screen. The rows show the journal's state (`decisions`),
or, when it could not be read, what they showed before the save, under the saves still on their way.
*/
export function dropFailedSave(
	state: ReviewState,
	effect: number,
	decisions: DecisionState | undefined,
): ReviewState {
	const failed = state.unsaved?.find(save => save.effect === effect);
	const unsaved = withoutSave(state, effect);
	const rows = foldRows(state, row => {
		if (decisions !== undefined) {
			return shownDecision(unsaved, decisions, row);
		}

		return (
			unsavedDecision(unsaved, row.key) ??
			(failed?.before.has(row.key) ? failed.before.get(row.key) : row.decision)
		);
	});
	const notSaved = new Set([
		...(state.notSaved ?? []),
		...(failed?.decisions.keys() ?? []),
	]);
	return withRows(
		{...state, unsaved, saving: savingKeys(unsaved), notSaved},
		rows,
	);
}

/** The rows not saved before, less those `save` saved now (the same decision made again, once the disk had room). */
function stillNotSaved(
	state: ReviewState,
	save: UnsavedSave | undefined,
): ReadonlySet<string> | undefined {
	if (save === undefined || state.notSaved === undefined) {
		return state.notSaved;
	}

	const notSaved = new Set(state.notSaved);
	for (const key of save.decisions.keys()) {
		notSaved.delete(key);
	}

	return notSaved;
}

export type JournalUpdate = {
	readonly decisions: DecisionState;
	/** What the status line says, as saved. */
	readonly message?: StatusText;
	/** Select this test id (after an undo). */
	readonly select?: string;
	/** The id of the save effect that returned with this state. */
	readonly saved?: number;
	/** Other sessions' decisions came in (a refresh): `message` is unused, the screen says so itself. */
	readonly isOthers?: boolean;
	/** Those decisions, with who made them where the journal records it (a store). */
	readonly others?: readonly OthersDecision[];
};

/**
Fold the journal's state into the screen, under the decisions still being saved; `update.saved`, the save
that returned with it, is done.
*/
export function onJournalUpdate(
	state: ReviewState,
	update: JournalUpdate,
): ReviewState {
	const unsaved = withoutSave(state, update.saved);
	const rows = foldRows(state, row =>
		shownDecision(unsaved, update.decisions, row),
	);
	const notSaved = stillNotSaved(
		state,
		state.unsaved?.find(save => save.effect === update.saved),
	);
	const next = withRows(
		{
			...state,
			unsaved,
			saving: savingKeys(unsaved),
			...(notSaved && {notSaved}),
		},
		rows,
		update.select,
	);
	// A pending priority dropped (its row filtered away) says so: that stays on the status line.
	if (
		state.pendingPriority !== undefined &&
		next.pendingPriority === undefined
	) {
		return next;
	}

	const {status} = state;
	if (update.isOthers) {
		return othersArrived(state, next, status, update.others);
	}

	if (update.message === undefined) {
		return next;
	}

	// Another session decided these rows again right after this save committed, before the journal read it back (two
	// people pressing a key on one failure at once): the line says what they hold now, not "saved" beside another decision.
	const save = state.unsaved?.find(save => save.effect === update.saved);
	const overtaken = save === undefined ? [] : overtakenSaves(next, save);
	if (save !== undefined && overtaken.length > 0) {
		return {
			...next,
			status: {
				...savesChangedText(overtaken, save.decisions.size),
				tone: 'info',
				isOthers: true,
			},
		};
	}

	// Others' decisions came in while this save was on its way: its confirmation says both.
	const message = status?.isOthers
		? withOthersWord(
				update.message,
				status.othersWord && `${status.othersWord} too`,
			)
		: update.message;
	// The save of the decision before a priority key: the hint of what to press next stays first.
	return status?.waitsForCategory && next.pendingPriority !== undefined
		? {
				...next,
				status: {
					...status,
					text: `${status.text} · ✓ ${message.text}`,
					...(message.id !== undefined && {id: message.id}),
				},
			}
		: savedStatus(
				withStatus(next, message, 'saved'),
				state.unsaved?.find(save => save.effect === update.saved),
			);
}

/** `state` whose status confirms `save`: it keeps the keys of the rows saved (`Status.savedKeys`). */
function savedStatus(
	state: ReviewState,
	save: UnsavedSave | undefined,
): ReviewState {
	return save === undefined || state.status === undefined
		? state
		: {
				...state,
				status: {...state.status, savedKeys: new Set(save.decisions.keys())},
			};
}

/**
The rows `save` decided whose decision in `state` has another category or priority: another session's. A row this
session decided again since (its save still on its way) is left out: it shows that newer decision.
*/
function overtakenSaves(
	state: ReviewState,
	save: UnsavedSave,
): Array<{readonly row: ReviewRow; readonly saved: Decision | undefined}> {
	return state.rows.flatMap(row => {
		const saved = save.decisions.get(row.key);
		return saved !== undefined &&
			!state.saving.has(row.key) &&
			row.decision !== undefined &&
			(row.decision.category !== saved.category ||
				row.decision.priority !== saved.priority)
			? [{row, saved}]
			: [];
	});
}

/**
The rows of `saved` (keys) whose decision differs in `after` from `before`: those another session changed
since this session saved them.
*/
function changedSaves(
	before: ReviewState,
	after: ReviewState,
	saved: ReadonlySet<string>,
): Array<{readonly row: ReviewRow; readonly saved: Decision | undefined}> {
	const decisions = new Map<string, Decision | undefined>();
	for (const row of before.rows) {
		if (saved.has(row.key)) {
			decisions.set(row.key, row.decision);
		}
	}

	return after.rows
		.filter(
			row =>
				decisions.has(row.key) &&
				!sameDecision(decisions.get(row.key), row.decision),
		)
		.map(row => ({row, saved: decisions.get(row.key)}));
}

/**
What another session changed of a decision saved here, when it kept its category and priority (a teammate's
`#` or `I` on it): `the note`, `the issue link`, both; undefined when the category or priority changed, or
nothing a person reads did.
*/
function sidePartsChanged(
	saved: Decision | undefined,
	now: Decision,
): string | undefined {
	if (saved?.category !== now.category || saved.priority !== now.priority) {
		return undefined;
	}

	const parts = [
		...(saved.note === now.note ? [] : ['the note']),
		...((saved.issue ?? '') === (now.issue ?? '') ? [] : ['the issue link']),
	];
	return parts.length === 0 ? undefined : parts.join(' and ');
}

/** What the status line says when another session changed decisions this one just saved. */
function savesChangedText(
	changed: ReadonlyArray<{
		readonly row: ReviewRow;
		readonly saved: Decision | undefined;
	}>,
	saved: number,
): StatusText {
	const [first] = changed;
	if (changed.length === 1 && saved === 1 && first !== undefined) {
		const {row} = first;
		const id = shownId(row.analyzed.failure.id);
		const decision = row.decision;
		const side =
			decision === undefined
				? undefined
				: sidePartsChanged(first.saved, decision);
		const shown =
			decision === undefined
				? ''
				: sanitizeLine(`${decision.category} ${decision.priority}`);
		// On a store the decision says who made it, and the line names them, as the detail pane does (team tour 62:
		// "another session" told Ana nothing of which teammate had replaced her decision a second later).
		// Only a decision made after this one is its maker's doing: one older (put back by another session's undo of
		// this one) was made before, by someone who replaced nothing.
		const who =
			decision?.by === undefined ||
			decision.by === '' ||
			(first.saved !== undefined && decision.at <= first.saved.at)
				? 'another session'
				: sanitizeLine(decision.by);
		return {
			// The id last: on a narrow line it is cut at its start, as the list cuts it.
			text:
				decision === undefined
					? `updated: another session undid your decision on ${id}`
					: side === undefined
						? `updated: ${who} replaced your decision: ${shown} on ${id}`
						: `updated: ${who} changed ${side} of your decision (${shown}) on ${id}`,
			id,
		};
	}

	return {
		text: `updated: another session changed ${groupThousands(changed.length)} of the ${groupThousands(saved)} decisions you saved`,
	};
}

/**
Other sessions' decisions came in (a refresh). An own action's confirmation on the status line stays, with the
word about others added: two people deciding at once each still see that their own decision was saved.
*/
function othersArrived(
	before: ReviewState,
	state: ReviewState,
	status: ReviewState['status'],
	others?: readonly OthersDecision[],
): ReviewState {
	const changed =
		status?.tone === 'saved' && !status.isOthers && status.savedKeys
			? changedSaves(before, state, status.savedKeys)
			: [];
	if (changed.length > 0) {
		// Not "saved" any more: the line says what another session made of it.
		return {
			...state,
			status: {
				...savesChangedText(changed, status!.savedKeys!.size),
				tone: 'info',
				isOthers: true,
			},
		};
	}

	// Named (team tour 65): which tests, and who, where `another session changed decisions` said neither.
	const word = othersChangedWord(before, state, others);
	if (status?.tone === 'saved' && !status.isOthers) {
		return {...state, status: savedWithNews(status, word)};
	}

	const text = `updated: ${word ?? othersChanged}`;
	// A priority key's hint keeps what to press next first.
	if (status?.waitsForCategory && state.pendingPriority !== undefined) {
		return {...state, status: {...status, text: `${status.text} · ✓ ${text}`}};
	}

	return {
		...state,
		status: {
			text,
			tone: 'saved',
			isOthers: true,
			...(word !== undefined && {othersWord: word}),
		},
	};
}
