/** The events that undo an action of the fold's undo history (`fold.ts`). */
import {phases, type Phase} from '../../log/model.js';
import {decisionOf, type Decision, type JournalEvent} from './events.js';
import {reportKey, type DecisionState} from './decision-state.js';
import type {Action} from './undo-history.js';

/**
The event that puts `decision` back as one of the undo's events. It keeps who made it (`by`, where the journal
recorded it): the decision in effect again is still its maker's, however the undo is signed (a store signs the
other events with who undid; the row says so too). Signed by the undoer, Ben's decision that Cara's undo of
Ana's brought back read "by cara" at Ben's time, on every screen and in every export (team tour 62).
*/
function restoreEvent(
	decision: Decision,
	group: string,
	undo: string,
): JournalEvent {
	return {
		t: 'decide',
		...decisionOf(decision),
		group,
		undo,
		...(decision.by !== undefined && {by: decision.by}),
	};
}

/**
The events that revert `action`: every id it touched gets back the entries it had before,
exactly. When its id-wide decision is still the one it had, only the reports that differ get an
event; otherwise its id-wide decision (or a clear of every report) comes first, then each
per-report entry it had.
*/
export function undoEvents(
	action: Action,
	state: DecisionState,
	at: string,
	group: string,
): JournalEvent[] {
	const undo = action.group;
	const events: JournalEvent[] = [];
	const entryEvent = (
		id: string,
		phase: Phase,
		decision: Decision | undefined,
	): JournalEvent =>
		decision
			? restoreEvent(decision, group, undo)
			: {t: 'clear', id, phase, at, group, undo};
	for (const [index, id] of action.ids.entries()) {
		const previous = action.previous[index];
		const isEntries = previous !== undefined && 'reports' in previous;
		const idWide = isEntries ? previous.idWide : previous;
		const reports = new Map(isEntries ? previous.reports : []);
		const changed =
			idWide === state.get(id)
				? changedReports(state, id, idWide, reports)
				: undefined;
		if (changed && changed.length > 0) {
			for (const phase of changed) {
				events.push(entryEvent(id, phase, reports.get(phase)));
			}

			continue;
		}

		events.push(
			idWide
				? restoreEvent(idWide, group, undo)
				: {t: 'clear', id, at, group, undo},
		);
		for (const [phase, decision] of reports) {
			events.push(entryEvent(id, phase, decision));
		}
	}

	return events;
}

/**
The reports of `id` whose entry differs from `reports`, when an event per report can restore it;
undefined when that takes an id-wide event (no event removes a report's own entry so that the
id-wide decision shows through again).
*/
function changedReports(
	state: DecisionState,
	id: string,
	idWide: Decision | undefined,
	reports: ReadonlyMap<Phase, Decision | undefined>,
): Phase[] | undefined {
	const changed: Phase[] = [];
	for (const phase of phases) {
		const key = reportKey(id, phase);
		const had = reports.has(phase);
		if (had === state.has(key) && reports.get(phase) === state.get(key)) {
			continue;
		}

		if (!had && idWide) {
			return undefined;
		}

		changed.push(phase);
	}

	return changed;
}
