/**
A decide or clear action as both journals (the file and a team's store) build it: every input checked
first, then one time and one group for all of its events, marked as one action. Plain data.
*/
import {
	asOneAction,
	checkInput,
	type ClearEvent,
	type DecideEvent,
	decideEvent,
	type DecisionInput,
	type JournalEvent,
	newGroup,
	type ReportRef,
} from './events.js';

/**
Builds the events of an action whose inputs were checked. A store calls it inside its transaction (the time
is the commit's) and passes `sign` to say who made each event; the file calls it right away.
*/
export type ActionBuilder<Event extends JournalEvent> = (
	now: () => Date,
	sign?: (event: Event) => Event,
) => {readonly group: string; readonly events: Event[]};

/** Decisions as one action. Throws (having built nothing) when an input would be unreadable once written. */
export function decideAction(
	inputs: readonly DecisionInput[],
): ActionBuilder<DecideEvent> {
	for (const input of inputs) {
		checkInput(input);
	}

	return builder(inputs, decideEvent);
}

/** Clears of reports as one action. Throws (having built nothing) on a report that is not one. */
export function clearAction(
	reports: readonly ReportRef[],
): ActionBuilder<ClearEvent> {
	for (const {id, phase} of reports) {
		checkInput({id, phase, category: '', priority: ''});
	}

	return builder(reports, ({id, phase}, at, group): ClearEvent =>
		phase === undefined
			? {t: 'clear', id, at, group}
			: {t: 'clear', id, phase, at, group},
	);
}

function builder<Input, Event extends JournalEvent>(
	inputs: readonly Input[],
	eventOf: (input: Input, at: string, group: string) => Event,
): ActionBuilder<Event> {
	return (now, sign = event => event) => {
		const at = now().toISOString();
		const group = newGroup();
		return {
			group,
			events: asOneAction(inputs.map(input => sign(eventOf(input, at, group)))),
		};
	};
}
