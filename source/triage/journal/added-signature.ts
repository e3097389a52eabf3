/**
What an event that only adds a signature (or names a run: `DecideEvent.adds`) does to the decision in effect on its
report: the fold applies it with this, and the journals write one only where it changes something. Two reviews of
one run (`triage run`'s own and a `--follow` review, on one team's store) each signed the same decision, so that
the store held two signature events for one decision (QA 42); the second now finds it signed and writes none.
*/
import type {Phase} from '../../log/model.js';
import {isKeptPartial} from '../../runs/stray-partials.js';
import {reportKey, type DecisionState} from './decision-state.js';
import {
	decisionOf,
	unnamedRun,
	type Decision,
	type DecideEvent,
} from './events.js';

/**
`current` with the signature (and run) of `signed`, the same decision with them; undefined when `signed` changes
nothing: no decision in effect, another decision since, or one signed already whose run needs no name.
*/
export function withAddedSignature(
	current: Decision | undefined,
	signed: Decision | undefined,
): Decision | undefined {
	// Made on `-` (a live run's log not named yet), or on a `.partial` another triage was writing: named once
	// the log is kept, as the log is then (QA 34: a follower's decisions named a file renamed at the run's end).
	const namesRun =
		current?.run !== undefined &&
		(current.run === unnamedRun || isKeptPartial(current.run)) &&
		signed?.run !== undefined &&
		signed.run !== unnamedRun &&
		signed.run !== current.run;
	const addsSignature =
		current?.signature === undefined && signed?.signature !== undefined;
	if (
		signed === undefined ||
		current === undefined ||
		(!addsSignature && !namesRun) ||
		current.at !== signed.at ||
		current.category !== signed.category ||
		current.priority !== signed.priority
	) {
		return undefined;
	}

	return decisionOf({
		...current,
		signature: current.signature ?? signed.signature,
		...(namesRun && {run: signed.run}),
	});
}

/** The state's key of the decision in effect on the report of `id` and `phase` (its own, else the id-wide one). */
export function keyInEffect(
	state: DecisionState,
	id: string,
	phase: Phase | undefined,
): string {
	const key = phase === undefined ? id : reportKey(id, phase);
	return state.has(key) ? key : id;
}

/** Of signature events, those that would change a decision of `state` (one signed meanwhile by another review is not). */
export function signaturesStillWanted<Event extends DecideEvent>(
	state: DecisionState,
	events: readonly Event[],
): Event[] {
	return events.filter(event => {
		const current = state.get(keyInEffect(state, event.id, event.phase));
		return withAddedSignature(current, decisionOf(event)) !== undefined;
	});
}
