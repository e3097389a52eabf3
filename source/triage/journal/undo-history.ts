/**
The undo history a fold keeps: every action not undone yet, with what each id it touched had before it.
Plain data, no file access.
*/
import type {Phase} from '../../log/model.js';
import type {Decision} from './events.js';

/** What a test had before an action changed it: every entry it had in the state. */
type TestEntries = {
	readonly idWide: Decision | undefined;
	/** Per-report entries; `undefined` is a tombstone. */
	readonly reports: ReadonlyArray<readonly [Phase, Decision | undefined]>;
};

/**
A test's entries before an action: none (undefined), only an id-wide decision (that decision, the
common case, stored without allocating), or all of them.
*/
export type TestSnapshot = Decision | TestEntries | undefined;

/** One undoable action: the ids it touched and the decision each had before it. */
export type Action = {
	readonly group: string;
	readonly ids: readonly string[];
	/** What each id had before the action. */
	readonly previous: readonly TestSnapshot[];
	/** Its events (a test's reports each have one): what a confirmation before an undo counts. */
	readonly events: number;
	/** Whether its events decide (`decide`), clear (`clear`), or both. */
	readonly kind: ActionKind;
	/** Its first event's `at`, when the fold was given it. */
	readonly at: string | undefined;
	/** Its first event's `by` (who made it, on a store), when there is one. */
	readonly by: string | undefined;
};

export type ActionKind = 'decide' | 'clear' | 'both';

/** What a fold knows of an event besides its id, for the history. */
export type EventFacts = {
	readonly isDecide: boolean;
	readonly at: string | undefined;
	readonly by: string | undefined;
};

const kindNames: Readonly<Record<number, ActionKind>> = {
	1: 'decide',
	2: 'clear',
	3: 'both',
};

/** Up to this many ids, an action's ids are searched rather than put in a set. */
const smallAction = 16;

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
	readonly #previous: TestSnapshot[] = [];
	/** Per action: its events, what they do (1 decide, 2 clear, 3 both), its first event's time and author. */
	readonly #sizes: number[] = [];
	readonly #kinds: number[] = [];
	readonly #times: Array<string | undefined> = [];
	readonly #authors: Array<string | undefined> = [];
	/** Whether the next event of the last action's group still belongs to it. */
	#isOpen = false;
	#openIds: Set<string> | undefined;

	/** Record that `id` had `previous` before the action `group` changed it. */
	record(
		group: string,
		id: string,
		previous: TestSnapshot,
		facts?: EventFacts,
	): void {
		const kind = facts === undefined ? 0 : facts.isDecide ? 1 : 2;
		if (!this.#isOpen || this.#groups.at(-1) !== group) {
			this.#groups.push(group);
			this.#starts.push(this.#ids.length);
			this.#isUndone.push(false);
			this.#sizes.push(1);
			this.#kinds.push(kind);
			this.#times.push(facts?.at);
			this.#authors.push(facts?.by);
			this.#ids.push(id);
			this.#previous.push(previous);
			this.#isOpen = true;
			this.#openIds = undefined;
			return;
		}

		const last = this.#sizes.length - 1;
		this.#sizes[last]!++;
		this.#kinds[last]! |= kind;

		// Only the first event of an id in one action knows its state before the action.
		if (!this.#isInOpenAction(id)) {
			this.#openIds?.add(id);
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
			this.#sizes.pop();
			this.#kinds.pop();
			this.#times.pop();
			this.#authors.pop();
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
					events: this.#sizes[index]!,
					kind: kindNames[this.#kinds[index]!] ?? 'decide',
					at: this.#times[index],
					by: this.#authors[index],
				};
			}
		}

		return undefined;
	}

	/** Whether the open action has an entry for `id` (a search while it is small, a set after). */
	#isInOpenAction(id: string): boolean {
		if (this.#openIds) {
			return this.#openIds.has(id);
		}

		const start = this.#starts.at(-1)!;
		const ids = this.#ids;
		if (ids.length - start <= smallAction) {
			for (let index = start; index < ids.length; index++) {
				if (ids[index] === id) {
					return true;
				}
			}

			return false;
		}

		this.#openIds = new Set(ids.slice(start));
		return this.#openIds.has(id);
	}
}
