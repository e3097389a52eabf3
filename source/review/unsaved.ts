/**
Decisions on screen before their save returns. A key's decision goes into the rows at once, so that the next
key acts on the state this one produced: a priority key pressed a few milliseconds after a category key (both
read in one event) keeps that category, a note typed right after it is saved with it. The journal's state
replaces such a decision once its save lands; a save that fails takes it out again (its status says NOT saved),
and the rows show what the journal holds.
*/
import {
	type Decision,
	type DecisionInput,
	type DecisionState,
	decisionFor,
	inputDecision,
	reportKey,
} from '../triage/journal.js';
import type {ReviewRow} from '../triage/review.js';

/** One save that has not returned yet. */
export type UnsavedSave = {
	/** The id of its `save` effect. */
	readonly effect: number;
	/** The decisions it shows, by row key. */
	readonly decisions: ReadonlyMap<string, Decision>;
	/** What those rows showed before it: given back when it fails and the journal's state cannot be read. */
	readonly before: ReadonlyMap<string, Decision | undefined>;
};

/** The time of a decision not saved yet: the journal gives it its time when it appends it. */
const unsavedAt = '';

/** Whether a row's decision is one still being saved (the detail pane says so instead of a time). */
export function isUnsaved(decision: Decision): boolean {
	return decision.at === unsavedAt;
}

/** The save of `inputs` on `rows`, recorded as effect `effect`. */
export function unsavedSave(
	effect: number,
	inputs: readonly DecisionInput[],
	rows: readonly ReviewRow[],
): UnsavedSave {
	const byReport = new Map(
		inputs.map(input => [reportKey(input.id, input.phase!), input]),
	);
	const decisions = new Map<string, Decision>();
	const before = new Map<string, Decision | undefined>();
	for (const row of rows) {
		const {id, phase} = row.analyzed.failure;
		const input = byReport.get(reportKey(id, phase));
		if (input) {
			decisions.set(row.key, inputDecision(input, unsavedAt));
			before.set(row.key, row.decision);
		}
	}

	return {effect, decisions, before};
}

/** The newest unsaved decision on a row, if any. */
export function unsavedDecision(
	saves: readonly UnsavedSave[],
	key: string,
): Decision | undefined {
	for (let index = saves.length - 1; index >= 0; index--) {
		const decision = saves[index]!.decisions.get(key);
		if (decision) {
			return decision;
		}
	}

	return undefined;
}

/** The row keys being saved ("next undecided" skips them; a late signature waits for them). */
export function savingKeys(saves: readonly UnsavedSave[]): Set<string> {
	return new Set(saves.flatMap(save => [...save.decisions.keys()]));
}

/**
What a row shows: its newest unsaved decision, else the journal's (`decisions`), else, when the journal's
state is not known (`undefined`), what it showed.
*/
export function shownDecision(
	saves: readonly UnsavedSave[],
	decisions: DecisionState | undefined,
	row: ReviewRow,
): Decision | undefined {
	const unsaved = unsavedDecision(saves, row.key);
	if (unsaved) {
		return unsaved;
	}

	const {id, phase} = row.analyzed.failure;
	return decisions === undefined
		? row.decision
		: decisionFor(decisions, id, phase);
}
