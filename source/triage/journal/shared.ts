/**
The strings a load keeps, one per value. A journal holds several events per test (five in the
100,000-event bench), and every parsed line brings its own copy of the id, the category, the priority,
the run and often the signature; all of them stay alive (the decisions in effect and the undo history
keep every decision read). Keeping one string per id, and the same string while a field repeats from
one event to the next, makes the heap after a load smaller and leaves the garbage collector less to
copy while it loads (what a load costs most besides `JSON.parse`).
*/
import type {FoldEvent} from './fold.js';
import {buildDecision, type JournalEvent} from './events.js';

/** Ids kept to share at most; past it the table starts again (correct either way, only larger). */
const maxIds = 1 << 20;

/** How many recent distinct values of one field are kept to share. */
const recentCount = 4;

/**
The last few distinct values of one field: categories, priorities and runs repeat from one event to
the next, and so do the signature, note and time of the events of one cluster decision.
*/
class RecentValues {
	readonly #values: string[] = [];
	#next = 0;

	share(value: string): string {
		const values = this.#values;
		for (const each of values) {
			if (each === value) {
				return each;
			}
		}

		if (values.length < recentCount) {
			values.push(value);
		} else {
			values[this.#next] = value;
			this.#next = (this.#next + 1) % recentCount;
		}

		return value;
	}
}

export class SharedStrings {
	readonly #ids = new Map<string, string>();
	readonly #categories = new RecentValues();
	readonly #priorities = new RecentValues();
	readonly #notes = new RecentValues();
	readonly #issues = new RecentValues();
	readonly #confirmations = new RecentValues();
	readonly #signatures = new RecentValues();
	readonly #runs = new RecentValues();
	readonly #times = new RecentValues();

	/** The event as the fold takes it, its strings shared with the events read before. */
	foldEvent(event: JournalEvent): FoldEvent {
		const id = this.#id(event.id);
		return {
			id,
			phase: event.phase,
			decision:
				event.t === 'decide'
					? buildDecision(
							id,
							event.phase,
							this.#categories.share(event.category),
							this.#priorities.share(event.priority),
							this.#notes.share(event.note ?? ''),
							event.issue === undefined
								? undefined
								: this.#issues.share(event.issue),
							event.confirmed === undefined
								? undefined
								: this.#confirmations.share(event.confirmed),
							event.signature === undefined
								? undefined
								: this.#signatures.share(event.signature),
							event.run === undefined ? undefined : this.#runs.share(event.run),
							this.#times.share(event.at),
						)
					: undefined,
			group: event.group,
			undo: event.undo,
			size: event.of,
			// What the undo history says of an action: a clear's time (a decision's is in it), and who.
			at: event.t === 'clear' ? this.#times.share(event.at) : undefined,
			by: event.by,
			...(event.t === 'decide' &&
				event.adds !== undefined && {addsSignature: true}),
		};
	}

	#id(id: string): string {
		const known = this.#ids.get(id);
		if (known !== undefined) {
			return known;
		}

		if (this.#ids.size >= maxIds) {
			this.#ids.clear();
		}

		this.#ids.set(id, id);
		return id;
	}
}
