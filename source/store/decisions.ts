/**
The decisions on a team's store: the journal's events in `decision_events`, one row each, never updated
or deleted. The journal's promises hold: the last event for a report wins (the fold is the file's own),
undo appends, an action is acknowledged only once its transaction committed, and two deciders at once
lose nothing (appends are serialized by an advisory lock, so `seq` order is commit order and a reader that
has seen `seq` N has seen everything before it). Each event says who made it (`by`).

A commit notifies `triage_decisions`; every open journal LISTENs and folds in what others committed in
the background, so a review sees another session's decisions within a moment. When the connection is
lost, actions fail ("NOT saved") and the journal reconnects every second; once back it reads what it
missed (the connections, their loss and the reconnect are `link.ts`'s). The SQL on the table is in
`decision-rows.ts`; the count of saves in flight when the CLI finishes in `saves-in-flight.ts`.
*/

import type pg from 'pg';
import type {Phase, Warning} from '../log/model.js';
import type {
	AddedSignature,
	DecisionJournal,
	JournalNotice,
	OthersDecision,
	Rebase,
} from '../triage/journal/api.js';
import {signaturesStillWanted} from '../triage/journal/added-signature.js';
import {
	type ActionBuilder,
	clearAction,
	decideAction,
} from '../triage/journal/action.js';
import {
	addedSignatureEvent,
	type ClearEvent,
	type DecideEvent,
	type DecisionInput,
	type JournalEvent,
	type ReportRef,
	newGroup,
} from '../triage/journal/events.js';
import {type DecisionState, JournalFold} from '../triage/journal/fold.js';
import {
	anyAction,
	OwnActions,
	planUndo,
	type UndoCheck,
	type UndoOutcome,
	type UndoTarget,
} from '../triage/journal/undo-target.js';
import {runShared, withRunShared} from '../triage/journal/run-path.js';
import {
	beginAndReadAfter,
	type EventsRead,
	holdsEvent,
	insertAndCommit,
	insertEvents,
	lockDecisions,
	readAllEvents,
	readEventsAfter,
} from './decision-rows.js';
import {StoreLink} from './link.js';
import {eventsToCopy} from './events-to-copy.js';
import {trackPending} from './open-clients.js';
import {SavesInFlight} from './saves-in-flight.js';
import {OthersRead} from './others-read.js';
import {nameOfStore} from './url.js';
import {eventsToSaveAgain, replacedNotice} from './replaced.js';
import type {StoreJournalOptions} from './journal-options.js';

export type {StoreJournalOptions} from './journal-options.js';

/** Open the decisions on a store: connect, set up or check the schema, read every event. Throws StoreError. */
export async function openStoreJournal(
	options: StoreJournalOptions,
): Promise<StoreJournal> {
	const journal = new StoreJournal(options);
	await journal.connect();
	return journal;
}

export class StoreJournal implements DecisionJournal {
	readonly path: string;
	get isReadInBackground(): boolean {
		return true;
	}

	get exists(): boolean {
		return true;
	}

	readonly #options: StoreJournalOptions;
	#fold = new JournalFold();
	/** The actions this journal committed: this session's (another process on the store is another session). */
	readonly #own = new OwnActions();
	readonly #others = new OthersRead();
	#warnings: Warning[] = [];
	#lastSeq = 0;
	/** The hash of the event at `#lastSeq`: a store that no longer holds it was replaced (`#readAgainIfReplaced`). */
	#lastHash: string | undefined;
	#isChanged = false;
	/** Said once `refresh` has taken the state they go with, so that its "updated" does not cover them. */
	readonly #notices: JournalNotice[] = [];
	#noticesAfterRefresh: JournalNotice[] = [];
	readonly #link: StoreLink;
	/** Actions appended but not committed yet, and those that failed after the CLI began to finish. */
	readonly #saving = new SavesInFlight();
	readonly #untrack: () => void;

	constructor(options: StoreJournalOptions) {
		this.#options = options;
		this.path = nameOfStore(options.url);
		this.#link = new StoreLink({
			url: options.url,
			listen: options.listen ?? true,
			reconnectInterval: options.reconnectInterval ?? 1000,
			catchUp: async client => {
				await this.#readAgainIfReplaced(client);
				if (await this.#readNew(client)) {
					this.#isChanged = true;
				}
			},
		});
		this.#untrack = trackPending(async say => this.#finish(say));
	}

	get warnings(): readonly Warning[] {
		return this.#warnings;
	}

	/** Whether the connection is up (false from a loss until the reconnect). */
	get isConnected(): boolean {
		return this.#link.isConnected;
	}

	/** Events read so far (the highest `seq`). */
	get lastSeq(): number {
		return this.#lastSeq;
	}

	state(): DecisionState {
		return this.#fold.state();
	}

	refresh(): boolean {
		const isChanged = this.#isChanged;
		this.#isChanged = false;
		this.#others.refresh();
		this.#notices.push(...this.#noticesAfterRefresh);
		this.#noticesAfterRefresh = [];
		return isChanged;
	}

	othersRefreshed(): readonly OthersDecision[] {
		return this.#others.refreshed;
	}

	takeNotice(): JournalNotice | undefined {
		return this.#link.takeNotice() ?? this.#notices.shift();
	}

	async decideMany(
		inputs: readonly DecisionInput[],
		rebase?: Rebase,
	): Promise<readonly DecideEvent[]> {
		const runsFrom = this.#options.runsFrom;
		const shared = (decisions: readonly DecisionInput[]) =>
			runsFrom === undefined
				? decisions
				: decisions.map(input =>
						input.run === undefined
							? input
							: {...input, run: runShared(input.run, runsFrom)},
					);
		if (inputs.length === 0) {
			return [];
		}

		// Checked before anything is sent: an input that is no decision throws here.
		const action = decideAction(shared(inputs));
		// Made again under the lock, from what others committed up to now: the review's own read of the store comes
		// with its NOTIFY, a moment late, and a category key pressed in that moment dropped a note another person had
		// saved just before (QA 52, two reviews on one store).
		return this.#appendOwn(
			rebase === undefined
				? action
				: (now, sign) =>
						decideAction(shared(rebase(this.#fold.state())))(now, sign),
		);
	}

	async decide(input: DecisionInput): Promise<DecideEvent> {
		const [event] = await this.decideMany([input]);
		return event!;
	}

	async addSignatures(
		signed: readonly AddedSignature[],
	): Promise<readonly DecideEvent[]> {
		if (signed.length === 0) {
			return [];
		}

		const {runsFrom} = this.#options;
		// Not this session's action: `z` undoes the decision, never this. Chosen under the lock, after reading what
		// others committed: another review of the run (`triage run`'s and a `--follow` one) may have signed it first.
		return this.#append(() =>
			signaturesStillWanted(
				this.#fold.state(),
				signed.map(({decision, signature, run}) =>
					this.#signed(
						addedSignatureEvent(
							decision,
							signature,
							run === undefined || runsFrom === undefined
								? run
								: runShared(run, runsFrom),
						),
					),
				),
			),
		);
	}

	async clearMany(
		reports: readonly ReportRef[],
	): Promise<readonly ClearEvent[]> {
		return reports.length === 0 ? [] : this.#appendOwn(clearAction(reports));
	}

	async clear(id: string, phase?: Phase): Promise<ClearEvent> {
		const [event] = await this.clearMany([
			phase === undefined ? {id} : {id, phase},
		]);
		return event!;
	}

	/** Undo the store's most recent action not undone yet (anyone's, as in a shared file). */
	async undo(): Promise<readonly JournalEvent[]> {
		const {events} = await this.undoIf(anyAction);
		return events;
	}

	/** The store's most recent action not undone yet, having read what others committed first. */
	async nextUndo(): Promise<UndoTarget | undefined> {
		const {target} = await this.undoIf(() => false);
		return target;
	}

	/**
	Undo the most recent action only when `accept` takes its description: checked in the transaction that
	appends the undo, under the lock, after reading what others committed (no one appends in between).
	*/
	async undoIf(accept: UndoCheck): Promise<UndoOutcome> {
		let target: UndoTarget | undefined;
		const events = await this.#append(() => {
			const planned = planUndo(
				this.#fold,
				this.#own,
				this.#options.now().toISOString(),
				accept,
				// A decision the undo puts back keeps who made it (`undo-events.ts`); the rest is signed by who undoes.
				event =>
					event.by === undefined
						? this.#signed(event)
						: {...this.#signed(event), by: event.by},
			);
			target = planned.target;
			return [...planned.events];
		});
		return {target, events};
	}

	/**
	Append events as they are (a push from a local file), but those `eventsToCopy` leaves out: the store's
	own, and those on reports the store decided since. Chosen under the lock, against every event of the
	store. Returns how many were appended, and how many left out as overtaken.
	*/
	async appendRaw(
		events: readonly JournalEvent[],
	): Promise<{added: number; overtaken: number}> {
		let added = 0;
		let overtaken = 0;
		await this.#append(
			async client => {
				const chosen = eventsToCopy(events, await readAllEvents(client));
				overtaken = chosen.overtaken;
				return chosen.events;
			},
			count => {
				added = count;
			},
		);
		return {added, overtaken};
	}

	/** Every event in the store, in order (for a pull into a local file). */
	async allEvents(): Promise<JournalEvent[]> {
		return this.#link.serial(async () => {
			const client = await this.#link.ready();
			try {
				return await readAllEvents(client);
			} catch (error) {
				throw this.#link.failed(error);
			}
		});
	}

	async close(): Promise<void> {
		this.#untrack();
		await this.#link.close();
	}

	/** Connect (or reconnect): set up the schema, read what is new, listen. Throws StoreError. */
	async connect(): Promise<void> {
		await this.#link.connect(this.#options.onAccepted);
		// What the store held as it opened is the screen's first state, not news of others.
		this.#others.opened();
	}

	/** `event` signed by who decides; an older decision it restores or signs names its run as the store names runs. */
	#signed<Event extends JournalEvent>(event: Event): Event {
		const {runsFrom} = this.#options;
		return {
			...(runsFrom === undefined ? event : withRunShared(event, runsFrom)),
			by: this.#options.who,
		};
	}

	/**
	Append this session's action, built (its time and group) in the transaction. One that fails with the store away
	is counted for the notice that it is back (a signature added late is not: the review adds it again itself).
	*/
	async #appendOwn<Event extends JournalEvent>(
		build: ActionBuilder<Event>,
	): Promise<Event[]> {
		try {
			return await this.#append(() => {
				const {group, events} = build(this.#options.now, event =>
					this.#signed(event),
				);
				// Ours before the commit, so that no read of the store sees it as another session's.
				this.#own.add(group);
				return events;
			});
		} catch (error) {
			if (!this.#link.isConnected) {
				this.#link.unsavedWhileAway();
			}

			throw error;
		}
	}

	async #append<Event extends JournalEvent>(
		build: (client: pg.Client) => Event[] | Promise<Event[]>,
		onAdded?: (count: number) => void,
	): Promise<Event[]> {
		return this.#saving.track(this.#appendNow(build, onAdded));
	}

	async #appendNow<Event extends JournalEvent>(
		build: (client: pg.Client) => Event[] | Promise<Event[]>,
		onAdded?: (count: number) => void,
	): Promise<Event[]> {
		return this.#link.serial(async () => {
			const client = await this.#link.ready();
			let events: Event[];
			try {
				// What others committed first: an undo reverts the store's latest action. BEGIN, the lock and this
				// read are one round trip, and the insert, NOTIFY and COMMIT another (team tour 65: seven before).
				if (this.#foldIn(await beginAndReadAfter(client, this.#lastSeq))) {
					this.#isChanged = true;
				}

				events = await build(client);
				const inserted = await insertAndCommit(
					client,
					this.#options.who,
					events,
					this.#lastSeq,
				);
				// Committed: saved. Ours are folded in as the store numbered them (under the lock, no one else's came
				// between): no read after the commit.
				this.#foldIn(inserted);
				if (events.length > 0) {
					// Not inside `onAdded?.(…)`: an optional call skips its arguments when there is no callback.
					const added = inserted.rowCount;
					onAdded?.(added);
				}
			} catch (error) {
				await client.query('ROLLBACK').catch(() => undefined);
				throw this.#link.failed(error);
			}

			return events;
		});
	}

	/** Fold in the events after the last one read; whether there were any. */
	async #readNew(client: pg.Client): Promise<boolean> {
		return this.#foldIn(await readEventsAfter(client, this.#lastSeq));
	}

	/** Fold in events read after the last one: whether there were any. */
	#foldIn(read: EventsRead): boolean {
		for (const event of read.events) {
			this.#fold.apply(event);
		}

		this.#others.read(read.events, this.#own);

		if (read.warnings.length > 0) {
			// A new array: a caller holding the old one sees it unchanged.
			this.#warnings = [...this.#warnings, ...read.warnings];
		}

		this.#lastSeq = read.lastSeq;
		this.#lastHash = read.lastHash ?? this.#lastHash;
		return read.rowCount > 0;
	}

	/**
	A store whose database was dropped and made again, or restored from an older backup, while this session had it
	open no longer holds the last event read: the events after it that others append are then numbered below it,
	and were never read (QA 50: a decision shown "saved" stayed off the screen that made it, and off every other).
	Everything is read again, and the decisions shown here that the store lost are appended again as they were, as
	one action of this session's (`z` takes them out), as a triage file replaced by another program is.
	*/
	async #readAgainIfReplaced(client: pg.Client): Promise<void> {
		if (
			this.#lastHash === undefined ||
			(await holdsEvent(client, this.#lastSeq, this.#lastHash))
		) {
			return;
		}

		const shown = this.#fold.state();
		const before = {
			fold: this.#fold,
			lastSeq: this.#lastSeq,
			lastHash: this.#lastHash,
		};
		this.#fold = new JournalFold();
		this.#lastSeq = 0;
		this.#lastHash = undefined;
		this.#isChanged = true;
		let again: JournalEvent[] = [];
		try {
			await client.query('BEGIN');
			await lockDecisions(client);
			await this.#readNew(client);
			const group = newGroup();
			again = eventsToSaveAgain(shown, this.#fold.state(), {
				at: this.#options.now().toISOString(),
				group,
				who: this.#options.who,
			});
			if (again.length > 0) {
				this.#own.add(group);
				await insertEvents(client, this.#options.who, again);
			}

			await client.query('COMMIT');
		} catch (error) {
			await client.query('ROLLBACK').catch(() => undefined);
			// As it was: the next catch-up finds the store replaced again and puts back what this one could not.
			this.#fold = before.fold;
			this.#lastSeq = before.lastSeq;
			this.#lastHash = before.lastHash;
			throw error;
		}

		this.#noticesAfterRefresh.push(replacedNotice(this.path, again));
	}

	/**
	When a command is done (the review quit: `b q` typed at once), the CLI lets the actions in flight commit
	before it ends the connections, which would roll them back; what did not commit in time is said. From
	then on nothing reconnects (a reconnect to a server that stopped answering kept the process alive).
	*/
	async #finish(say: (line: string) => void): Promise<string | undefined> {
		const lost = await this.#saving.finishSaying(
			this.#options.finishTimeout ?? 5000,
			this.path,
			say,
		);
		this.#link.stop();
		return lost;
	}
}
