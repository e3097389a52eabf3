/**
The fold: journal events in, the current decisions and the undo history out. Plain data, no file
access, so that what a sequence of events means can be tested without a disk.
*/
import {decisionOf, type Decision, type JournalEvent} from './events.js';

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

/** One undoable action: the ids it touched and the decision each had before it. */
export type Action = {
	readonly group: string;
	readonly ids: readonly string[];
	/** Undefined where the id had no decision. */
	readonly previous: ReadonlyArray<Decision | undefined>;
};

/**
The actions not undone yet, oldest first, in flat arrays: a load of 100,000 events should not
allocate three objects per event for an undo history that is rarely used.
*/
export class UndoHistory {
	readonly #groups: string[] = [];
	/** Where each action's entries start. */
	readonly #starts: number[] = [];
	readonly #isUndone: boolean[] = [];
	readonly #ids: string[] = [];
	readonly #previous: Array<Decision | undefined> = [];
	/** Whether the next event of the last action's group still belongs to it. */
	#isOpen = false;
	#openIds: Set<string> | undefined;

	/** Record that `id` had `previous` before the action `group` changed it. */
	record(group: string, id: string, previous: Decision | undefined): void {
		if (!this.#isOpen || this.#groups.at(-1) !== group) {
			this.#groups.push(group);
			this.#starts.push(this.#ids.length);
			this.#isUndone.push(false);
			this.#ids.push(id);
			this.#previous.push(previous);
			this.#isOpen = true;
			this.#openIds = undefined;
			return;
		}

		// Only the first event of an id in one action knows its state before the action.
		const start = this.#starts.at(-1)!;
		this.#openIds ??= new Set(this.#ids.slice(start));
		if (!this.#openIds.has(id)) {
			this.#openIds.add(id);
			this.#ids.push(id);
			this.#previous.push(previous);
		}
	}

	/** The last action is complete (another kind of event came). */
	close(): void {
		this.#isOpen = false;
		this.#openIds = undefined;
	}

	markUndone(group: string): void {
		this.close();
		for (let index = this.#groups.length - 1; index >= 0; index--) {
			if (this.#groups[index] === group) {
				this.#isUndone[index] = true;
				break;
			}
		}

		while (this.#isUndone.at(-1)) {
			this.#groups.pop();
			this.#isUndone.pop();
			const start = this.#starts.pop()!;
			this.#ids.length = start;
			this.#previous.length = start;
		}
	}

	/** The most recent action not undone. */
	top(): Action | undefined {
		for (let index = this.#groups.length - 1; index >= 0; index--) {
			if (!this.#isUndone[index]) {
				const start = this.#starts[index]!;
				const end = this.#starts[index + 1] ?? this.#ids.length;
				return {
					group: this.#groups[index]!,
					ids: this.#ids.slice(start, end),
					previous: this.#previous.slice(start, end),
				};
			}
		}

		return undefined;
	}
}

/**
The state a sequence of events folds to. Feed it events in file order with `apply`; `state()`
hands out a map that is never mutated afterwards (a change makes a new one), so identity
comparison tells whether anything changed.
*/
export class JournalFold {
	#decisions = new Map<string, Decision>();
	/** Whether `#decisions` was handed out by `state()` and must be copied before a change. */
	#isShared = false;
	readonly #history = new UndoHistory();
	#lastUndoGroup: string | undefined;

	state(): ReadonlyMap<string, Decision> {
		this.#isShared = true;
		return this.#decisions;
	}

	/** The most recent action not undone yet. */
	undoable(): Action | undefined {
		return this.#history.top();
	}

	apply(event: JournalEvent): void {
		if (this.#isShared) {
			this.#decisions = new Map(this.#decisions);
			this.#isShared = false;
		}

		const previous = this.#decisions.get(event.id);
		if (event.t === 'decide') {
			this.#decisions.set(event.id, decisionOf(event));
		} else {
			this.#decisions.delete(event.id);
		}

		const {group, undo} = event;
		if (undo !== undefined) {
			if (undo !== this.#lastUndoGroup) {
				this.#lastUndoGroup = undo;
				this.#history.markUndone(undo);
			}

			return;
		}

		this.#lastUndoGroup = undefined;
		if (group === undefined) {
			// Not written by an action (hand-edited, compacted): part of no undo step.
			this.#history.close();
		} else {
			this.#history.record(group, event.id, previous);
		}
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

/** The events that revert `action`: for each id it touched, the decision it had before. */
export function undoEvents(
	action: Action,
	at: string,
	group: string,
): JournalEvent[] {
	return action.ids.map((id, index): JournalEvent => {
		const previous = action.previous[index];
		return previous
			? {t: 'decide', ...decisionOf(previous), group, undo: action.group}
			: {t: 'clear', id, at, group, undo: action.group};
	});
}
