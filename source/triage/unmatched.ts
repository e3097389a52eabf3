/**
The decisions of the triage file that found no failure in the run read: a test fixed since (it passed), or
one the run does not name (renamed, moved, deleted, or not run: a `-k` subset, another shard). Their count
is said when a review opens, so that a day whose tests were renamed does not look like a day with nothing
decided before; `triage report` lists them.
*/

import type {Outcome, Run} from '../log/model.js';
import type {DecisionState} from './journal/fold.js';
import type {Decision} from './journal/events.js';

export type UnmatchedDecision = {
	readonly decision: Decision;
	/** What the run says of its test: its last outcome, or undefined when it does not name it. */
	readonly outcome: Outcome | undefined;
};

/** The decisions in `state` that no failure of `run` takes, in the triage file's order. */
export function unmatchedDecisions(
	run: Pick<Run, 'failures' | 'tests'>,
	state: DecisionState,
): UnmatchedDecision[] {
	if (state.size === 0) {
		return [];
	}

	const failing = new Set<string>();
	for (const {id, phase} of run.failures) {
		failing.add(id);
		failing.add(`${id}\u0000${phase}`);
	}

	const unmatched: Decision[] = [];
	for (const [key, decision] of state) {
		if (decision !== undefined && !failing.has(key)) {
			unmatched.push(decision);
		}
	}

	if (unmatched.length === 0) {
		return [];
	}

	// The run's last word on each test these decisions are about (a teardown error after a pass is its last).
	const wanted = new Set(unmatched.map(decision => decision.id));
	const outcomes = new Map<string, Outcome>();
	for (let index = 0; index < run.tests.length; index++) {
		const id = run.tests.idAt(index);
		if (wanted.has(id)) {
			outcomes.set(id, run.tests.outcomeAt(index));
		}
	}

	return unmatched.map(decision => ({
		decision,
		outcome: outcomes.get(decision.id),
	}));
}

/** `3 earlier decisions found no failure in this run (2 on tests it does not name: renamed or moved?)`. */
export function unmatchedLine(
	unmatched: readonly UnmatchedDecision[],
): string | undefined {
	if (unmatched.length === 0) {
		return undefined;
	}

	const unnamed = unmatched.filter(({outcome}) => outcome === undefined).length;
	const count =
		unmatched.length === 1
			? '1 earlier decision'
			: `${unmatched.length} earlier decisions`;
	const about =
		unnamed === 0
			? ''
			: unnamed === unmatched.length
				? unnamed === 1
					? ' (on a test it does not name: renamed or moved?)'
					: ' (on tests it does not name: renamed or moved?)'
				: ` (${unnamed} on tests it does not name: renamed or moved?)`;
	return `${count} found no failure in this run${about}; triage report lists them`;
}

/** A decision's report as the report names it: its id, and its phase when it is on one. */
export function unmatchedName(decision: Decision): string {
	return decision.phase === undefined || decision.phase === 'call'
		? decision.id
		: `${decision.id} [${decision.phase}]`;
}
