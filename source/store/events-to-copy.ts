/**
Which decision events `triage store push` appends to a store, and `store pull` to a triage file: those the other
side lacks. A triage file is committed and shared, so the same events reach a store from several people (each
push signs the unsigned ones anew), and come back signed by a pull; and either side may have decided a report
since: an event appended after a newer decision on its report would win the fold and silently undo it.
*/
import {reportKey} from '../triage/journal/fold.js';
import type {JournalEvent} from '../triage/journal/events.js';

/** An event whoever signed it: a push signs the file's unsigned events with the pusher's name. */
function unsignedText(event: JournalEvent): string {
	const {by: _by, ...rest} = event;
	return JSON.stringify(rest);
}

/** The newest time of the events present, per test (`id`) and per report (`reportKey`). */
function newestTimes(present: readonly JournalEvent[]): {
	readonly onTest: ReadonlyMap<string, string>;
	readonly onTestWide: ReadonlyMap<string, string>;
	readonly onReport: ReadonlyMap<string, string>;
} {
	const onTest = new Map<string, string>();
	const onTestWide = new Map<string, string>();
	const onReport = new Map<string, string>();
	const note = (map: Map<string, string>, key: string, at: string) => {
		const newest = map.get(key);
		if (newest === undefined || at > newest) {
			map.set(key, at);
		}
	};

	// An undo decided nothing at its own time: it restored what was before the action it undoes, and counts at
	// that action's time (an event newer than that is newer than what the undo left in effect).
	const actionTimes = undoneTimes(present);
	for (const event of present) {
		const at =
			(event.undo === undefined ? undefined : actionTimes.get(event.undo)) ??
			event.at;
		note(onTest, event.id, at);
		if (event.phase === undefined) {
			note(onTestWide, event.id, at);
		} else {
			note(onReport, reportKey(event.id, event.phase), at);
		}
	}

	return {onTest, onTestWide, onReport};
}

/** When each action of `events` was taken (its events' earliest `at`), by its group. */
function undoneTimes(
	events: readonly JournalEvent[],
): ReadonlyMap<string, string> {
	const times = new Map<string, string>();
	for (const {group, at} of events) {
		if (group !== undefined) {
			const earliest = times.get(group);
			if (earliest === undefined || at < earliest) {
				times.set(group, at);
			}
		}
	}

	return times;
}

function eventsByTest(
	events: readonly JournalEvent[],
): Map<string, JournalEvent[]> {
	const byTest = new Map<string, JournalEvent[]>();
	for (const event of events) {
		const ofTest = byTest.get(event.id);
		if (ofTest === undefined) {
			byTest.set(event.id, [event]);
		} else {
			ofTest.push(event);
		}
	}

	return byTest;
}

/**
The events of `local` to append where `present` are (a store, or a triage file on a pull), in their order, and
how many it leaves out as overtaken: not those present (the same event, signed by anyone or no one), nor those
on a report decided there at their time or since (an event for the whole test stands for each of its reports), nor
an undo's events on a report decided there at the time of the action it undoes or since: the undo restores what was
before that action, and appended after the other side's newer decision it would clear that.
An action (`of` events) some of whose events stay out says its new size, or the fold would wait for the rest
forever and apply none of it.
*/
export function eventsToCopy(
	local: readonly JournalEvent[],
	present: readonly JournalEvent[],
): {events: JournalEvent[]; overtaken: number} {
	const known = new Set(present.map(event => unsignedText(event)));
	const {onTest, onTestWide, onReport} = newestTimes(present);
	// The newest of the store's events that this one would override, if at its time or later.
	const isOvertaken = (event: JournalEvent): boolean =>
		(event.phase === undefined
			? [onTest.get(event.id)]
			: [
					onTestWide.get(event.id),
					onReport.get(reportKey(event.id, event.phase)),
				]
		).some(at => at !== undefined && at >= event.at);

	const undoneAt = undoneTimes(local);
	let presentByTest: Map<string, JournalEvent[]> | undefined;
	const isUndoOvertaken = (event: JournalEvent): boolean => {
		const at = event.undo === undefined ? undefined : undoneAt.get(event.undo);
		if (at === undefined) {
			return false;
		}

		presentByTest ??= eventsByTest(present);
		return (presentByTest.get(event.id) ?? []).some(
			other =>
				other.group !== event.undo &&
				other.at >= at &&
				(event.phase === undefined ||
					other.phase === undefined ||
					other.phase === event.phase),
		);
	};

	const fresh = local.filter(event => !known.has(unsignedText(event)));
	const kept = fresh.filter(
		event => !isOvertaken(event) && !isUndoOvertaken(event),
	);
	const sizes = new Map<string, number>();
	for (const event of kept) {
		if (event.group !== undefined && event.of !== undefined) {
			sizes.set(event.group, (sizes.get(event.group) ?? 0) + 1);
		}
	}

	return {
		events: kept.map(event =>
			event.group === undefined ||
			event.of === undefined ||
			sizes.get(event.group) === event.of
				? event
				: {...event, of: sizes.get(event.group)!},
		),
		overtaken: fresh.length - kept.length,
	};
}
