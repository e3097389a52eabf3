/**
Deciding: a category key, `a` (the suggestion), a priority key and the note record a save for `App` to
perform, and a decision moves on to the next failure that needs a look. A decision applies to the marked
rows when there are any, else to the current one.
*/
import {confirmedCount} from '../classify/confirmation.js';
import {shownId} from '../log/sanitize.js';
import {type DecisionInput, reportKey} from '../triage/journal.js';
import {isErrorKnown, type ReviewRow} from '../triage/review.js';
import {groupThousands} from '../text.js';
import {nextUndecided} from './cursor.js';
import {showUnsaved} from './journal-update.js';
import {awaitError} from './late-signatures.js';
import {enter, leave} from './modes.js';
import type {SaveRestore} from './save-failed.js';
import {withOpeningScroll} from './scroll.js';
import type {Keymap} from './keymap/types.js';
import {
	currentRow,
	idText,
	type ReviewState,
	type StatusText,
	withEffect,
	withStatus,
	withKeyHint,
	withWords,
} from './state.js';
import {unsavedSave} from './unsaved.js';
import {unnamedFailingOf, unnamedSoFarText} from './unnamed-failing.js';
import type {FieldEdit} from './field-edit.js';

export function shortId(id: string, length = 60): string {
	const safe = shownId(id);
	return safe.length > length ? `…${safe.slice(-(length - 1))}` : safe;
}

/** The rows a decision applies to: the marked ones, else the current one. */
export function targetRows(state: ReviewState): ReviewRow[] {
	if (state.marks.size > 0) {
		return state.rows.filter(row => state.marks.has(row.key));
	}

	const row = currentRow(state);
	return row ? [row] : [];
}

/**
The row a note or an issue typed is for: the one selected when the typing began, wherever the list has
moved since (another session's decision can filter it out of view); else the selected row.
*/
export function editedRow(state: ReviewState): ReviewRow | undefined {
	if (state.editingKey === undefined) {
		return currentRow(state);
	}

	const index = state.rowIndex.get(state.editingKey);
	return index === undefined ? undefined : state.rows[index];
}

/**
The row the detail pane shows: while a note or an issue is typed, the row it is for (the list may have moved
on), else the selected row.
*/
export function paneRow(state: ReviewState): ReviewRow | undefined {
	return state.mode === 'note' || state.mode === 'issue'
		? editedRow(state)
		: currentRow(state);
}

/**
The note or the issue typed is saved or cancelled (`before` → `after`): when the list moved on meanwhile,
the pane goes to the selected row, opened at its error.
*/
export function afterTyping(
	before: ReviewState,
	after: ReviewState,
): ReviewState {
	return paneRow(before)?.key === currentRow(after)?.key
		? after
		: withOpeningScroll(after);
}

/** Whether the log said anything of the row's error (`isErrorKnown`). */
export function knowsError(row: ReviewRow): boolean {
	return isErrorKnown(row.analyzed.failure);
}

/** The decision to save for a row. */
export function inputOf(
	state: ReviewState,
	row: ReviewRow,
	category: string,
	priority: string,
	note?: string,
	issue?: string,
): DecisionInput {
	// The note and the issue link stay with a report through new decisions until changed.
	const linked = issue ?? row.decision?.issue;
	return {
		id: row.analyzed.failure.id,
		// A decision is on this report: a test's call failure and teardown error are decided apart.
		phase: row.analyzed.failure.phase,
		category,
		priority,
		note: note ?? row.decision?.note ?? '',
		...(linked !== undefined && linked !== '' && {issue: linked}),
		// The evidence it was decided on: a teammate reading the journal or the CSV sees it.
		...(row.analyzed.confirmation && {
			confirmed: confirmedCount(row.analyzed.confirmation),
		}),
		// review.ts compares this with the cluster id to flag a decision whose error changed. A failure
		// whose error is not known yet (a live run prints tracebacks at its end) has nothing to compare.
		...(knowsError(row) && {signature: row.analyzed.cluster}),
		run: state.analysis.run.source,
	};
}

/**
Describe what was decided for the status line: `BUG HIGH tests/…::test_x` or `BUG HIGH on 5 failures`; a
test id is cut at its start to keep the line within `columns` (with `… saving: ` before it).
*/
function describeDecisions(
	inputs: readonly DecisionInput[],
	columns: number,
	verb: string,
): StatusText {
	const [first] = inputs;
	if (!first) {
		return {text: verb};
	}

	const isUniform = inputs.every(
		input =>
			input.category === first.category && input.priority === first.priority,
	);
	if (inputs.length === 1) {
		const words = `${first.category} ${first.priority} `;
		const room = columns - '… saving: '.length - words.length;
		return withWords(
			`${verb} ${words}`,
			idText(shortId(first.id, Math.max(20, Math.min(60, room)))),
		);
	}

	if (isUniform) {
		return {
			text: `${verb} ${first.category} ${first.priority} on ${inputs.length} failures`,
		};
	}

	// Marked failures decided with one category keep each its own priority, and `a` on them takes each its own
	// suggestion: the line says what was saved, as it does for one failure (new-user tour 63: `✓ saved: 2 failures`
	// named no category at all after `e` on two marked rows).
	const isOneCategory = inputs.every(
		input => input.category === first.category,
	);
	return {
		text: isOneCategory
			? `${verb} ${first.category} on ${inputs.length} failures: ${tally(inputs.map(input => input.priority))}`
			: `${verb} ${inputs.length} failures: ${tally(inputs.map(input => input.category))}`,
	};
}

/** `2 HIGH, 1 LOW`: how many of each value, most first (ties in the order met). */
function tally(values: readonly string[]): string {
	const counts = new Map<string, number>();
	for (const value of values) {
		counts.set(value, (counts.get(value) ?? 0) + 1);
	}

	return [...counts]
		.toSorted((a, b) => b[1] - a[1])
		.map(([value, count]) => `${count} ${value}`)
		.join(', ');
}

/** Record a save and move on to the next failure that needs a look. */
export function decide(
	state: ReviewState,
	inputs: DecisionInput[],
	rows: readonly ReviewRow[],
	options: {
		isMoving: boolean;
		message?: StatusText;
		note?: string;
		/** A note or issue saved: it changes that field alone. */
		edit?: FieldEdit;
	},
): ReviewState {
	// One decision per report: the same row given twice (marked and current) is decided once.
	const unique = [
		...new Map(
			inputs.map(input => [reportKey(input.id, input.phase!), input]),
		).values(),
	];
	if (unique.length === 0) {
		return state;
	}

	const {columns} = state.viewport;
	const message =
		options.message ?? describeDecisions(unique, columns, 'saved:');
	const keys = new Set(rows.map(row => row.key));
	let next: ReviewState = {
		...state,
		marks: new Set(),
		anchor: undefined,
		pendingPriority: undefined,
		status: {
			...describeDecisions(unique, columns, 'saving:'),
			tone: 'pending',
		},
	};
	if (options.isMoving) {
		const cursor = nextUndecided(next, keys);
		next = withOpeningScroll(cursor === undefined ? next : {...next, cursor});
	}

	// On screen at once: the next key, read before the save returns, acts on this decision (`unsaved.ts`).
	// `withEffect` below gives the save the id `nextEffectId`.
	next = showUnsaved(next, unsavedSave(next.nextEffectId, unique, rows));

	const restore: SaveRestore = {
		fromKey: currentRow(state)?.key,
		toKey: currentRow(next)?.key,
		marks: state.marks,
		anchor: state.anchor,
		pendingPriority: state.pendingPriority,
		...(options.note !== undefined && {
			note: options.note,
			noteKey: rows[0]?.key,
		}),
	};
	return withEffect(awaitError(next, rows), {
		type: 'save',
		decisions: unique,
		message,
		restore,
		...(options.edit && {edit: options.edit}),
	});
}

/** A category key. */
/** A category key or `a` on an empty list (a quick filter that shows none, a run with no failure) says so. */
function nothingToDecide(state: ReviewState): ReviewState {
	const unnamed = unnamedFailingOf(state);
	return withKeyHint(
		state,
		state.rows.length > 0
			? 'nothing to decide: the filter shows no failure (esc shows them all)'
			: state.live && state.live.phase !== 'ended'
				? `nothing to decide yet: ${unnamed > 0 ? unnamedSoFarText(unnamed) : 'no failure so far'}`
				: 'nothing to decide: this run has no failure',
	);
}

export function decideCategory(
	state: ReviewState,
	category: string,
): ReviewState {
	const rows = targetRows(state);
	if (rows.length === 0) {
		return nothingToDecide(state);
	}

	const inputs = rows.map(row =>
		inputOf(state, row, category, state.pendingPriority ?? row.priority),
	);
	return decide(state, inputs, rows, {isMoving: true});
}

/** `a`: decide the suggestion. */
export function accept(state: ReviewState): ReviewState {
	const rows = targetRows(state);
	if (rows.length === 0) {
		return nothingToDecide(state);
	}

	const inputs = rows.map(row =>
		inputOf(
			state,
			row,
			row.analyzed.suggestion.category,
			state.pendingPriority ?? row.analyzed.suggestion.priority,
		),
	);
	return decide(state, inputs, rows, {isMoving: true});
}

/** The category keys, as the status and the header name them: `b c e t u`. */
export function categoryKeysOf(keymap: Keymap): string {
	return keymap.list
		.filter(binding => binding.action.type === 'category')
		.map(binding => binding.keys[0])
		.join(' ');
}

/** A priority key: saved at once on a decided row, else kept for the next category key. */
export function setPriority(state: ReviewState, priority: string): ReviewState {
	const row = currentRow(state);
	if (!row) {
		return state;
	}

	const categoryKeys = categoryKeysOf(state.keymap);
	if (state.marks.size === 0 && row.decision && !row.isStale) {
		if (row.decision.priority === priority) {
			return {...state, pendingPriority: priority};
		}

		const saved = decide(
			state,
			[inputOf(state, row, row.decision.category, priority)],
			[row],
			{isMoving: false},
		);
		return {...saved, pendingPriority: priority};
	}

	const where =
		state.marks.size > 0
			? `the ${groupThousands(state.marks.size)} marked failures`
			: 'this failure';
	return {
		...state,
		pendingPriority: priority,
		status: {
			text: `priority ${priority} for ${where}: now a category (${categoryKeys}) or a to accept the suggestion`,
			short:
				state.marks.size > 0
					? `${priority} for ${groupThousands(state.marks.size)} marked: now ${categoryKeys} or a`
					: `${priority}: now ${categoryKeys}, or a to accept`,
			tone: 'info',
			waitsForCategory: true,
		},
	};
}

/** Forget a priority key pressed without a category; undefined when there is none. */
export function dropPriority(state: ReviewState): ReviewState | undefined {
	return state.pendingPriority === undefined
		? undefined
		: withStatus({...state, pendingPriority: undefined}, 'priority dropped');
}

/** `n`: type the note of the current row, starting from its note. */
export function editNote(state: ReviewState): ReviewState {
	const row = currentRow(state);
	if (!row) {
		return state;
	}

	return {
		...enter(state, 'note'),
		draft: row.decision?.note ?? '',
		editingKey: row.key,
		status: undefined,
	};
}

/** Save the note typed; on an undecided row that decides it (its suggestion or the pending priority). */
export function submitNote(state: ReviewState): ReviewState {
	const row = editedRow(state);
	if (!row) {
		return leave(state);
	}

	const note = state.draft.trim();
	if (note === (row.decision?.note ?? '')) {
		return afterTyping(state, withStatus(leave(state), 'note unchanged'));
	}

	const isDecided = row.decision !== undefined;
	const saved = decide(
		leave(state),
		[
			inputOf(
				state,
				row,
				row.category,
				state.pendingPriority ?? row.priority,
				note,
			),
		],
		[row],
		{
			isMoving: false,
			note,
			message: withWords(
				`saved note${isDecided ? '' : ` (and ${row.category} ${state.pendingPriority ?? row.priority})`}: `,
				idText(shortId(row.analyzed.failure.id)),
			),
			edit: {
				field: 'note',
				isPriorityOwn: state.pendingPriority !== undefined,
				message: withWords(
					'saved note: ',
					idText(shortId(row.analyzed.failure.id)),
				),
			},
		},
	);
	// A note is about this row: the marks stay for the next decision.
	return afterTyping(state, {
		...saved,
		marks: state.marks,
		anchor: state.anchor,
	});
}
