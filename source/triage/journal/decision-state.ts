/**
The decisions in effect as the fold keeps them (`fold.ts`): keyed by test id (id-wide) or by report, read
with `decisionFor`, and written back as events.
*/
import type {Phase} from '../../log/model.js';
import {decisionOf, type Decision, type JournalEvent} from './events.js';

/**
The decisions in effect. Under a test id: its id-wide decision. Under `reportKey(id, phase)`: the
decision on that report, or `undefined`, a tombstone (that report was cleared; the id-wide decision
does not apply to it). Read it with `decisionFor`, not `get`.
*/
export type DecisionState = ReadonlyMap<string, Decision | undefined>;

/** The state's key of one report of a test. */
export function reportKey(id: string, phase: Phase): string {
	return `${id}\u0000${phase}`;
}

/** The decision on one failure report: its own, else its test's id-wide one. */
export function decisionFor(
	state: DecisionState,
	id: string,
	phase: Phase,
): Decision | undefined {
	const key = reportKey(id, phase);
	return state.has(key) ? state.get(key) : state.get(id);
}

/**
The state as events that fold to it again: id-wide decisions first (they would drop the
per-report entries after them), then per-report decisions, then tombstones, as clears at `at`.
*/
export function stateEvents(state: DecisionState, at: string): JournalEvent[] {
	const idWide: JournalEvent[] = [];
	const perReport: JournalEvent[] = [];
	const tombstones: JournalEvent[] = [];
	for (const [key, decision] of state) {
		if (decision === undefined) {
			const separator = key.lastIndexOf('\u0000');
			const id = key.slice(0, separator);
			const phase = key.slice(separator + 1) as Phase;
			tombstones.push({t: 'clear', id, phase, at});
		} else if (decision.phase === undefined) {
			idWide.push({t: 'decide', ...decisionOf(decision)});
		} else {
			perReport.push({t: 'decide', ...decisionOf(decision)});
		}
	}

	return [...idWide, ...perReport, ...tombstones];
}

/** A decision whose failure's error changed since it was made. */
export function isStale(
	decision: Pick<Decision, 'signature'>,
	currentSignature: string | undefined,
): boolean {
	return (
		decision.signature !== undefined &&
		currentSignature !== undefined &&
		decision.signature !== currentSignature
	);
}
