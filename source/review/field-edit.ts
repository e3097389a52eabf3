/**
A save from the review changes what its key changed: a category key the category and priority, a note the note, an
issue the issue. It carries the rest as the screen showed it (the suggestion, on a report undecided then; the note
the screen knew), and another session may have changed the report since the screen last read the journal (every
2 s): saved as they were, they replaced what it saved, and neither screen said so (QA 51: a note typed in one
terminal put BUG HIGH over the TEST_DESIGN decided in another 50 ms before; a category key there dropped a note
saved here 50 ms before). At the save the journal is read again, and the rest comes from the decision it holds now.
*/
import {decisionFor} from '../triage/journal/decision-state.js';
import type {DecisionInput} from '../triage/journal/events.js';
import type {DecisionState} from '../triage/journal.js';
import {type ReviewJournal, withOthersWord} from './journal-outcomes.js';
import type {StatusText} from './state.js';

/** What a save from the review changes: a note, an issue, or the decision (its category and priority). */
export type FieldEdit = {
	readonly field: 'note' | 'issue';
	/** A priority key pressed before the text (`2`, then `#`): the priority is this session's too. */
	readonly isPriorityOwn: boolean;
	/** The save's message without its `(and BUG HIGH)`: said with the word that the decision was kept. */
	readonly message: StatusText;
};

/**
`inputs` on the decisions `state` holds now: what the save does not change comes from the report's decision there (a
note or an issue: its category and priority, and the other of the two; a decision: its note and issue); undefined when
that changes none of them (the inputs are saved as they are). `isKept` when a category or priority was kept.
*/
export function onDecidedNow(
	inputs: readonly DecisionInput[],
	edit: FieldEdit | undefined,
	state: DecisionState,
): {decisions: DecisionInput[]; isKept: boolean} | undefined {
	let isChanged = false;
	let isKept = false;
	const decisions = inputs.map(input => {
		const now = decisionFor(state, input.id, input.phase!);
		if (now === undefined) {
			return input;
		}

		const category = edit ? now.category : input.category;
		const priority =
			edit && !edit.isPriorityOwn ? now.priority : input.priority;
		const note = edit?.field === 'note' ? (input.note ?? '') : now.note;
		const issue = edit?.field === 'issue' ? input.issue : now.issue;
		if (
			category === input.category &&
			priority === input.priority &&
			note === (input.note ?? '') &&
			(issue ?? '') === (input.issue ?? '')
		) {
			return input;
		}

		isChanged = true;
		isKept ||= category !== input.category || priority !== input.priority;
		const {issue: _issue, ...withoutIssue} = input;
		return {
			...withoutIssue,
			category,
			priority,
			note,
			...(issue !== undefined && issue !== '' && {issue}),
		};
	});
	return isChanged ? {decisions, isKept} : undefined;
}

/** The message of a save that kept another session's decision. */
export function keptMessage(edit: FieldEdit): StatusText {
	return {
		...edit.message,
		text: `${edit.message.text} · on the decision another session made meanwhile`,
	};
}

/**
The decisions a save writes, read against the journal as it is now, and the message it says; undefined when the
journal could not be read (the save then says its own error).
*/
export function keptDecisions(
	effect: {
		readonly decisions: readonly DecisionInput[];
		readonly message: StatusText;
		readonly edit?: FieldEdit;
	},
	journal: Pick<ReviewJournal, 'refresh' | 'state'>,
): {decisions: readonly DecisionInput[]; message: StatusText} | undefined {
	let isChanged: boolean;
	try {
		isChanged = journal.refresh();
	} catch {
		return undefined;
	}

	const now = onDecidedNow(effect.decisions, effect.edit, journal.state());
	if (now?.isKept && effect.edit) {
		return {decisions: now.decisions, message: keptMessage(effect.edit)};
	}

	// What this read took in is on the screen with the save: said as a refresh would have said it.
	return {
		decisions: now?.decisions ?? effect.decisions,
		message: isChanged ? withOthersWord(effect.message) : effect.message,
	};
}
