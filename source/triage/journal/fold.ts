/**
The fold: journal events in, the current decisions and the undo history out. Plain data, no file
access, so that what a sequence of events means can be tested without a disk.

A decision belongs to a failure report: (test id, phase). Events without a phase (every journal
written before that) mean every report of the test. The last event for a report wins:

- an event without a phase replaces the test's id-wide entry (a `clear` removes it) and drops every
  per-report entry of the test;
- a `decide` with a phase sets that report's entry;
- a `clear` with a phase removes that report's entry, and while the test has an id-wide decision,
  leaves a tombstone so that the id-wide decision does not show through for that report;
- the decision on a report is its own entry (none for a tombstone), else the id-wide one
  (`decisionFor`).
*/
import {phases, type Phase} from '../../log/model.js';
import {decisionOf, type Decision, type JournalEvent} from './events.js';
import {isSameState} from './same-state.js';
import {keyInEffect, withAddedSignature} from './added-signature.js';
import {reportKey, type DecisionState} from './decision-state.js';
import {type Action, type TestSnapshot, UndoHistory} from './undo-history.js';

export type {Action, ActionKind, TestSnapshot} from './undo-history.js';
export {
	decisionFor,
	isStale,
	reportKey,
	stateEvents,
	type DecisionState,
} from './decision-state.js';
export {undoEvents} from './undo-events.js';

/** An event as the fold takes it: a `decide` with its decision built (`decisionOf`), a `clear` without one. */
export type FoldEvent = {
	readonly id: string;
	readonly phase: Phase | undefined;
	/** A `decide`'s decision; undefined: a `clear`. */
	readonly decision: Decision | undefined;
	readonly group: string | undefined;
	readonly undo: string | undefined;
	/** The size of its action (`of`). */
	readonly size: number | undefined;
	/** A `clear`'s time (a `decide`'s is its decision's): what the undo history says of an action. */
	readonly at?: string | undefined;
	/** Who made it (`by`), when the event says. */
	readonly by?: string | undefined;
	/** It only adds its decision's signature (or run's name) to the decision in effect (`DecideEvent.adds`). */
	readonly addsSignature?: boolean;
};

/** A fold's state without its history, as plain data (`JournalFold.parts`). */
export type FoldParts = {
	/** The state's entries in its order (a report key whose decision is undefined: a tombstone). */
	readonly entries: ReadonlyArray<readonly [string, Decision | undefined]>;
	/** The events of actions not read whole yet, by group, in the order their groups came. */
	readonly pending: ReadonlyArray<readonly [string, readonly FoldEvent[]]>;
};

/**
The state a sequence of events folds to. Feed it events in file order with `apply`; `state()`
hands out a map that is never mutated afterwards (a change makes a new one), so identity
comparison tells whether anything changed.
*/
export class JournalFold {
	/**
	A fold without history in the state `parts` describes (`parts()` of a fold of the same events): the
	decisions in effect in their order, and the actions not read whole yet.
	*/
	static fromParts(parts: FoldParts): JournalFold {
		const fold = new JournalFold(false);
		for (const [key, decision] of parts.entries) {
			if (decision === undefined || decision.phase !== undefined) {
				const id = key.slice(0, key.lastIndexOf('\u0000'));
				fold.#reportCounts.set(id, (fold.#reportCounts.get(id) ?? 0) + 1);
			}

			fold.#decisions.set(key, decision);
		}

		for (const [group, events] of parts.pending) {
			fold.#pending.set(group, [...events]);
		}

		return fold;
	}

	#decisions = new Map<string, Decision | undefined>();
	/** Whether `#decisions` was handed out by `state()` and must be copied before a change. */
	#isShared = false;
	/**
	How many per-report entries each id has in `#decisions` (ids without any are absent): most ids have
	none, and a load of 100,000 events then builds no report key for them.
	*/
	readonly #reportCounts = new Map<string, number>();
	/** Undefined: this fold keeps no undo history (`hasHistory`). */
	#history: UndoHistory | undefined;
	#lastUndoGroup: string | undefined;
	/** Events of actions not read whole yet (an append in progress, or one a failed write cut short). */
	readonly #pending = new Map<string, FoldEvent[]>();

	/**
	Without history (`isKeepingHistory` false) the fold keeps only the state: a big journal loads faster, and
	its history is read again from the file when an undo first needs it (`journal/reader.ts`).
	*/
	constructor(isKeepingHistory = true) {
		this.#history = isKeepingHistory ? new UndoHistory() : undefined;
	}

	/** Whether `undoable` can answer: the fold keeps an undo history. */
	get hasHistory(): boolean {
		return this.#history !== undefined;
	}

	state(): DecisionState {
		this.#isShared = true;
		return this.#decisions;
	}

	/** What `fromParts` takes to make this state again (a journal's snapshot: `journal/snapshot.ts`). */
	parts(): FoldParts {
		// Without what only the undo history reads (a snapshot's fold keeps none); `by` goes to the decision.
		const pending = [...this.#pending].map(
			([group, events]) =>
				[
					group,
					events.map(({at, by, ...event}) =>
						by === undefined ? event : {...event, by},
					),
				] as const,
		);
		return {entries: [...this.#decisions], pending};
	}

	/** How many of its events were read of an action not read whole yet; undefined for any other group. */
	pendingCount(group: string): number | undefined {
		return this.#pending.get(group)?.length;
	}

	/** The most recent action not undone yet; undefined too when the fold keeps no history. */
	undoable(): Action | undefined {
		return this.#history?.top();
	}

	/**
	Take the undo history of `earlier`, the fold of the file this one's replaced (a `triage compact` from another
	terminal, which writes one event per decision and no history), when both hold the same decisions: each of
	its actions still says what its tests had before it, and undoing it appends events that restore exactly that.
	When any decision differs (an action this session had not read), or the file read has a history of its own
	(not a compaction's), the history stays as read. Whether taken.
	*/
	keepHistoryOf(earlier: JournalFold): boolean {
		if (
			this.#history === undefined ||
			earlier.#history?.top() === undefined ||
			this.#history.top() !== undefined ||
			earlier === this ||
			this.#pending.size > 0 ||
			!isSameState(this.#decisions, earlier.#decisions)
		) {
			return false;
		}

		this.#history = earlier.#history;
		this.#lastUndoGroup = earlier.#lastUndoGroup;
		return true;
	}

	/**
	Fold in one event. The events of an action that says its size (`of`) take effect together,
	when the last of them is read; an incomplete action never does.
	*/
	apply(event: JournalEvent): void {
		this.applyFoldEvent({
			id: event.id,
			phase: event.phase,
			decision: event.t === 'decide' ? decisionOf(event) : undefined,
			group: event.group,
			undo: event.undo,
			size: event.of,
			at: event.at,
			by: event.by,
			...(event.t === 'decide' &&
				event.adds !== undefined && {addsSignature: true}),
		});
	}

	/** Fold in one event whose decision is built already (as a load builds it: `journal/shared.ts`). */
	applyFoldEvent(event: FoldEvent): void {
		const {group, size} = event;
		if (group === undefined || size === undefined || size <= 1) {
			this.#applyNow(event);
			return;
		}

		const pending = this.#pending.get(group);
		if (!pending) {
			this.#pending.set(group, [event]);
			return;
		}

		pending.push(event);
		if (pending.length >= size) {
			this.#pending.delete(group);
			for (const each of pending) {
				this.#applyNow(each);
			}
		}
	}

	#applyNow(event: FoldEvent): void {
		if (event.addsSignature === true) {
			this.#addSignature(event);
			return;
		}

		if (this.#isShared) {
			this.#decisions = new Map(this.#decisions);
			this.#isShared = false;
		}

		const {id, phase} = event;
		// Who decided, shown with the decision where the journal knows it (a store).
		const decision =
			event.by === undefined || event.decision === undefined
				? event.decision
				: {...event.decision, by: event.by};
		// What the undo history records; a fold without history does not need it.
		const previous = this.#history ? this.#snapshot(id) : undefined;
		const decisions = this.#decisions;
		if (phase === undefined) {
			if (this.#reportCounts.has(id)) {
				for (const each of phases) {
					this.#deleteReport(id, reportKey(id, each));
				}
			}

			if (decision === undefined) {
				decisions.delete(id);
			} else {
				decisions.set(id, decision);
			}
		} else {
			const key = reportKey(id, phase);
			if (decision !== undefined) {
				this.#setReport(id, key, decision);
			} else if (decisions.has(id)) {
				this.#setReport(id, key, undefined);
			} else {
				this.#deleteReport(id, key);
			}
		}

		const history = this.#history;
		if (history === undefined) {
			return;
		}

		const {group, undo} = event;
		if (undo !== undefined) {
			if (undo !== this.#lastUndoGroup) {
				this.#lastUndoGroup = undo;
				history.markUndone(undo);
			}

			return;
		}

		this.#lastUndoGroup = undefined;
		if (group === undefined) {
			// Not written by an action (hand-edited, compacted): part of no undo step.
			history.close();
		} else {
			history.record(group, id, previous, {
				isDecide: decision !== undefined,
				at: decision?.at ?? event.at,
				by: event.by,
			});
		}
	}

	/**
	The signature of `event`'s decision, added to the decision in effect on its report when that is the same
	decision without one (a decision changed since keeps what it has). Part of no undo step.
	*/
	#addSignature(event: FoldEvent): void {
		const where = keyInEffect(this.#decisions, event.id, event.phase);
		const current = this.#decisions.get(where);
		const withSignature = withAddedSignature(current, event.decision);
		if (withSignature === undefined) {
			return;
		}

		if (this.#isShared) {
			this.#decisions = new Map(this.#decisions);
			this.#isShared = false;
		}

		this.#decisions.set(
			where,
			current?.by === undefined
				? withSignature
				: {...withSignature, by: current.by},
		);
	}

	#setReport(id: string, key: string, decision: Decision | undefined): void {
		if (!this.#decisions.has(key)) {
			this.#reportCounts.set(id, (this.#reportCounts.get(id) ?? 0) + 1);
		}

		this.#decisions.set(key, decision);
	}

	#deleteReport(id: string, key: string): void {
		if (this.#decisions.delete(key)) {
			const count = this.#reportCounts.get(id)! - 1;
			if (count === 0) {
				this.#reportCounts.delete(id);
			} else {
				this.#reportCounts.set(id, count);
			}
		}
	}

	/** Every entry `id` has now. */
	#snapshot(id: string): TestSnapshot {
		const decisions = this.#decisions;
		const idWide = decisions.get(id);
		if (!this.#reportCounts.has(id)) {
			return idWide;
		}

		let reports: Array<readonly [Phase, Decision | undefined]> | undefined;
		for (const phase of phases) {
			const key = reportKey(id, phase);
			if (decisions.has(key)) {
				reports ??= [];
				reports.push([phase, decisions.get(key)]);
			}
		}

		return reports ? {idWide, reports} : idWide;
	}
}

/** Fold events from scratch. */
export function foldEvents(events: Iterable<JournalEvent>): JournalFold {
	const fold = new JournalFold();
	for (const event of events) {
		fold.apply(event);
	}

	return fold;
}
