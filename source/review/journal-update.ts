/**
The journal's state coming back after a save, an undo, or another session's append: folded into the rows,
keeping the identity of the rows that did not change (the views skip them), and re-filtering only when a
filter or the list's order depends on decisions.
*/
import {
	type Decision,
	decisionFor,
	type DecisionState,
} from '../triage/journal.js';
import {progressOf, rowOf, type ReviewRow} from '../triage/review.js';
import {refilter} from './filters.js';
import {dependsOnDecisions} from './quick-filters.js';
import {sortDependsOnDecisions} from './sort.js';
import {
	currentRow,
	withStatus,
	type ReviewState,
	type StatusText,
} from './state.js';

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
Fold new journal state into the rows; unchanged rows keep their identity (the same array when none
changed). Only the rows whose decision changed are built again: a decision on one failure of 10,000
costs one row, not the whole review.
*/
function applyDecisions(
	state: ReviewState,
	decisions: DecisionState,
): readonly ReviewRow[] {
	let rows: ReviewRow[] | undefined;
	for (const [index, row] of state.rows.entries()) {
		const {id, phase} = row.analyzed.failure;
		const decision = decisionFor(decisions, id, phase);
		if (!sameDecision(row.decision, decision)) {
			rows ??= [...state.rows];
			rows[index] = rowOf(row.analyzed, row.key, decision);
		}
	}

	return rows ?? state.rows;
}

export type JournalUpdate = {
	readonly decisions: DecisionState;
	/** What the status line says, as saved. */
	readonly message?: StatusText;
	/** Select this test id (after an undo). */
	readonly select?: string;
};

/** Fold the journal's state into the screen; the saves that were pending are done. */
export function onJournalUpdate(
	state: ReviewState,
	update: JournalUpdate,
): ReviewState {
	const rows = applyDecisions(state, update.decisions);
	let next: ReviewState = {...state, saving: new Set()};
	if (rows !== state.rows) {
		next = {...next, rows, progress: progressOf(rows)};
		if (
			dependsOnDecisions(state.quick) ||
			sortDependsOnDecisions(state.sort) ||
			update.select !== undefined
		) {
			const selectKey =
				update.select === undefined
					? undefined
					: rows.find(row => row.analyzed.failure.id === update.select)?.key;
			next = refilter(next, {rows}, selectKey);
			// A priority key waits for a category on the row it was pressed on: once another session's decision
			// has filtered that row away, the next category key must not decide the row selected instead.
			const before = currentRow(state)?.key;
			if (
				next.pendingPriority !== undefined &&
				next.marks.size === 0 &&
				update.select === undefined &&
				currentRow(next)?.key !== before
			) {
				return withStatus(
					{...next, pendingPriority: undefined},
					`priority ${next.pendingPriority} dropped: another session decided the failure it was for`,
					'error',
				);
			}
		}
	}

	if (update.message === undefined) {
		return next;
	}

	// The save of the decision before a priority key: the hint of what to press next stays first.
	const {status} = state;
	return status?.waitsForCategory && next.pendingPriority !== undefined
		? {
				...next,
				status: {
					...status,
					text: `${status.text} · ✓ ${update.message.text}`,
					...(update.message.id !== undefined && {id: update.message.id}),
				},
			}
		: withStatus(next, update.message, 'saved');
}
