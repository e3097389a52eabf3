/**
A store replaced under an open session: its database dropped and made again, or restored from an older backup.
The session no longer finds the last event it read; it reads everything again, and the decisions it showed that
the store lost are appended again as they were (`lost-decisions.ts`, as for a triage file replaced by another
program), each signed by who made it, not by who puts it back. Plain data: the SQL is the journal's.
*/
import type {JournalNotice} from '../triage/journal/api.js';
import {decisionFor} from '../triage/journal/decision-state.js';
import {asOneAction, type JournalEvent} from '../triage/journal/events.js';
import type {DecisionState} from '../triage/journal/fold.js';
import {
	lostCount,
	lostDecisionEvents,
} from '../triage/journal/lost-decisions.js';

/** Who made the decision `event` puts back, as `shown` has it; undefined for a tombstone or an unsigned one. */
function shownBy(
	shown: DecisionState,
	event: JournalEvent,
): string | undefined {
	if (event.t !== 'decide') {
		return undefined;
	}

	return (
		event.phase === undefined
			? shown.get(event.id)
			: decisionFor(shown, event.id, event.phase)
	)?.by;
}

/** The events that put back what `shown` held and the replaced store (`now`) lost, as one action (`group`). */
export function eventsToSaveAgain(
	shown: DecisionState,
	now: DecisionState,
	options: {readonly at: string; readonly group: string; readonly who: string},
): JournalEvent[] {
	return asOneAction(
		lostDecisionEvents(shown, now, options.at).map(event => ({
			...event,
			group: options.group,
			by: shownBy(shown, event) ?? options.who,
		})),
	);
}

/** What the status line says once the replaced store was read again, `events` saved again. */
export function replacedNotice(
	store: string,
	events: readonly JournalEvent[],
): JournalNotice {
	const count = lostCount(events);
	const decisions = count === 1 ? '1 decision' : `${count} decisions`;
	return {
		message:
			count === 0
				? `store ${store} was replaced (its database made again or restored): read again`
				: `store ${store} was replaced (its database made again or restored) without ${decisions} shown here: saved them again (z takes them out)`,
		isProblem: false,
		isSavedAgain: true,
	};
}
