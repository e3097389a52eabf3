/**
Other sessions' decisions a store journal read since its screen last refreshed, with who made them: the line of an
own save names the teammate whose decision came in with it (team tour 63: the winner of a same-second conflict was
told only `another session changed decisions too`, where the store knew it was ana).
*/
import type {OthersDecision} from '../triage/journal/api.js';
import type {JournalEvent} from '../triage/journal/events.js';
import type {OwnActions} from '../triage/journal/undo-target.js';

/** Past this many, the oldest are dropped: a line names a few. */
const limit = 100;

export class OthersRead {
	#isOpen = false;
	#pending: OthersDecision[] = [];
	#refreshed: readonly OthersDecision[] = [];

	/** Events read: those of other sessions' decisions and clears (a signature added late is not one) are kept. */
	read(events: readonly JournalEvent[], own: OwnActions): void {
		if (!this.#isOpen) {
			return;
		}

		for (const event of events) {
			if (
				(event.t !== 'decide' && event.t !== 'clear') ||
				(event.t === 'decide' && event.adds !== undefined) ||
				(event.group !== undefined && own.has(event.group))
			) {
				continue;
			}

			this.#pending.push({
				...(event.by !== undefined && {by: event.by}),
				id: event.id,
				...(event.phase !== undefined && {phase: event.phase}),
				...(event.t === 'decide' && {
					category: event.category,
					priority: event.priority,
				}),
			});
		}

		if (this.#pending.length > limit) {
			this.#pending = this.#pending.slice(-limit);
		}
	}

	/** The journal is open: what it reads from now on is others' news. */
	opened(): void {
		this.#isOpen = true;
	}

	/** A refresh took the state: what was read until now goes with it. */
	refresh(): void {
		this.#refreshed = this.#pending;
		this.#pending = [];
	}

	get refreshed(): readonly OthersDecision[] {
		return this.#refreshed;
	}
}
