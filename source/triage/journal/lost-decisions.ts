/**
Decisions an open journal lost when another program replaced its file (an editor's save by rename, `git checkout`
of an older version, `truncate`): what the state read before held and the file read now does not, or holds
only from before. A compaction, which keeps every decision, loses none; a decision made since (a later `at`) is
not taken for lost. Plain data: the events that put the lost ones back, each as it was (its own time).
*/
import type {Phase} from '../../log/model.js';
import {decisionOf, type Decision, type JournalEvent} from './events.js';
import {decisionFor, type DecisionState} from './decision-state.js';

/** Whether `decision`, in effect before, is gone from the file read now: no decision, or an older one, in its place. */
function isLost(decision: Decision, now: Decision | undefined): boolean {
	return now === undefined || now.at < decision.at;
}

/** The test id of a state's key (`reportKey`: the id, a NUL, the phase). */
function idOfKey(key: string): string {
	const separator = key.lastIndexOf('\u0000');
	return separator === -1 ? key : key.slice(0, separator);
}

/**
The events that give `after` back the decisions of `before` it lost, oldest state first as `stateEvents` orders
them: a test's id-wide decision (then its reports' entries, which that event drops), a report's own decision, and
the tombstones of a test whose id-wide decision comes back (cleared at `at`). Empty: nothing was lost.
*/
export function lostDecisionEvents(
	before: DecisionState,
	after: DecisionState,
	at: string,
): JournalEvent[] {
	const idWideLost = new Set<string>();
	const reportsLost = new Set<Decision>();
	for (const [key, decision] of before) {
		if (decision === undefined) {
			continue;
		}

		if (decision.phase === undefined) {
			if (isLost(decision, after.get(key))) {
				idWideLost.add(decision.id);
			}
		} else if (
			isLost(decision, decisionFor(after, decision.id, decision.phase))
		) {
			reportsLost.add(decision);
		}
	}

	const idWide: JournalEvent[] = [];
	const perReport: JournalEvent[] = [];
	const tombstones: JournalEvent[] = [];
	for (const [key, decision] of before) {
		const id = decision?.id ?? idOfKey(key);
		if (decision === undefined) {
			if (idWideLost.has(id)) {
				const phase = key.slice(id.length + 1) as Phase;
				tombstones.push({t: 'clear', id, phase, at});
			}
		} else if (decision.phase === undefined) {
			if (idWideLost.has(id)) {
				idWide.push({t: 'decide', ...decisionOf(decision)});
			}
		} else if (idWideLost.has(id) || reportsLost.has(decision)) {
			perReport.push({t: 'decide', ...decisionOf(decision)});
		}
	}

	return [...idWide, ...perReport, ...tombstones];
}

/** How many decisions `events` put back (their clears are part of one of them). */
export function lostCount(events: readonly JournalEvent[]): number {
	return events.filter(event => event.t === 'decide').length;
}
