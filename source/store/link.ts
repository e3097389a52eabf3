/**
The connections of a decision journal on a team's store: one client for its queries and, when it listens,
one LISTENing for other sessions' commits. One operation runs at a time on them. A lost connection is said
once (a notice), retried every `reconnectInterval` in the background and before the next operation; once
back, the journal catches up on what it missed.
*/

import type pg from 'pg';
import type {JournalNotice} from '../triage/journal/api.js';
import {
	closeQuietly,
	connectStore,
	lostDetail,
	type StoreError,
	storeErrorOf,
} from './connection.js';
import {decisionsChannel, migrateStore} from './schema.js';

export type StoreLinkOptions = {
	readonly url: string;
	/** Listen for other sessions' commits. */
	readonly listen: boolean;
	/** Milliseconds between attempts to reconnect after the connection was lost. */
	readonly reconnectInterval: number;
	/**
	Read what is new on the store, within the queue: on every connect (after LISTEN, so that nothing
	committed in between is missed) and when another session committed. Throws when a query fails.
	*/
	readonly catchUp: (client: pg.Client) => Promise<void>;
};

export class StoreLink {
	readonly #options: StoreLinkOptions;
	#client: pg.Client | undefined;
	#listener: pg.Client | undefined;
	#lost: StoreError | undefined;
	readonly #notices: JournalNotice[] = [];
	#queue: Promise<unknown> = Promise.resolve();
	#isFetchQueued = false;
	#reconnectTimer: NodeJS.Timeout | undefined;
	#isClosed = false;
	/** Decisions that failed with the connection away (`unsavedWhileAway`): the notice that it is back counts them. */
	#unsaved = 0;

	constructor(options: StoreLinkOptions) {
		this.#options = options;
	}

	/** Whether the connection is up (false from a loss until the reconnect). */
	get isConnected(): boolean {
		return this.#client !== undefined && this.#lost === undefined;
	}

	/** The connection lost or back, once each time. */
	takeNotice(): JournalNotice | undefined {
		return this.#notices.shift();
	}

	/** Run one store operation at a time: a background fetch never interleaves with an append. */
	async serial<T>(action: () => Promise<T>): Promise<T> {
		const run = this.#queue.then(action, action);
		this.#queue = run.catch(() => undefined);
		return run;
	}

	/**
	Connect (or reconnect): set up the schema, catch up, listen. Throws StoreError. `onAccepted` is told once the
	store took us and its schema is ours, before its decisions are read.
	*/
	async connect(onAccepted?: () => void): Promise<void> {
		return this.serial(async () => this.#connect(onAccepted));
	}

	/** Within `serial`: the client, reconnecting first when the connection was lost. Throws StoreError. */
	async ready(): Promise<pg.Client> {
		if (this.#isClosed) {
			throw storeErrorOf(new Error('connection closed'), this.#options.url);
		}

		if (!this.#client || this.#lost) {
			clearTimeout(this.#reconnectTimer);
			try {
				await this.#reconnect();
			} catch (error) {
				this.#scheduleReconnect();
				throw error;
			}
		}

		return this.#client!;
	}

	/** The error as a StoreError; a lost connection also starts reconnecting. */
	failed(error: unknown): StoreError {
		const failure = storeErrorOf(error, this.#options.url);
		if (failure.reason === 'lost' || failure.reason === 'refused') {
			this.#onLost(failure);
		}

		return failure;
	}

	/**
	A decision failed with the connection away. Its NOT saved lasts on the status line only until the next notice:
	"store connected again: decisions are saved" came a second later and read as if it had been (QA 33, a lock held
	past the query timeout), so that notice says how many were not.
	*/
	unsavedWhileAway(): void {
		this.#unsaved++;
	}

	/** Never reconnect from now on; an operation after this fails. */
	stop(): void {
		this.#isClosed = true;
		clearTimeout(this.#reconnectTimer);
	}

	/** Stop, let the operation running finish, end the connections. */
	async close(): Promise<void> {
		this.stop();
		await this.#queue.catch(() => undefined);
		const clients = [this.#client, this.#listener];
		this.#client = undefined;
		this.#listener = undefined;
		await Promise.all(clients.map(async client => closeQuietly(client)));
	}

	/**
	Within `serial`: listen first, then catch up, so that nothing committed in between is missed. The listening
	connection is made, and LISTENs, while the other connects and checks the schema: over a slow network each was a
	round trip more before a `triage run` started its command (team tour 64: 6 round trips in turn, now 3).
	*/
	async #connect(onAccepted?: () => void): Promise<void> {
		const {url} = this.#options;
		const connecting = connectStore(url, error => {
			this.#onLost(error);
		});
		const listening = this.#options.listen
			? connectStore(url, error => {
					this.#onLost(error);
				}).then(async listener => {
					listener.on('notification', () => {
						this.#onNotification();
					});
					try {
						await listener.query(`LISTEN ${decisionsChannel}`);
					} catch (error) {
						await closeQuietly(listener);
						throw error;
					}

					return listener;
				})
			: Promise.resolve(undefined);
		const migrated = connecting.then(async client => {
			try {
				await migrateStore(client, url);
			} catch (error) {
				await closeQuietly(client);
				throw error;
			}

			return client;
		});
		// Both settled before either is judged: a connection left to come after the other failed is closed, not leaked.
		const [made, listened] = await Promise.allSettled([migrated, listening]);
		const client = made.status === 'fulfilled' ? made.value : undefined;
		const listener =
			listened.status === 'fulfilled' ? listened.value : undefined;
		try {
			if (made.status === 'rejected') {
				throw made.reason as Error;
			}

			if (listened.status === 'rejected') {
				throw listened.reason as Error;
			}

			onAccepted?.();
			await this.#options.catchUp(client!);
		} catch (error) {
			await closeQuietly(client);
			await closeQuietly(listener);
			throw storeErrorOf(error, url);
		}

		this.#client = client;
		this.#listener = listener;
		this.#lost = undefined;
	}

	async #reconnect(): Promise<void> {
		await this.#connect();
		const unsaved = this.#unsaved;
		this.#unsaved = 0;
		// Not a problem notice: "back" is what makes the review add the signatures it could not meanwhile.
		this.#notices.push({
			message:
				unsaved === 0
					? 'store connected again: decisions are saved'
					: `store connected again: decisions are saved; ${unsaved === 1 ? '1 decision' : `${unsaved} decisions`} made while it was away ${unsaved === 1 ? 'was' : 'were'} NOT saved (make ${unsaved === 1 ? 'it' : 'them'} again)`,
			isProblem: false,
			...(unsaved > 0 && {hasUnsaved: true}),
		});
	}

	#onNotification(): void {
		if (this.#isFetchQueued) {
			return;
		}

		this.#isFetchQueued = true;
		void this.serial(async () => {
			this.#isFetchQueued = false;
			const client = this.#client;
			if (!client || this.#lost) {
				return;
			}

			try {
				await this.#options.catchUp(client);
			} catch (error) {
				this.failed(error);
			}
		});
	}

	#onLost(error: StoreError): void {
		if (this.#isClosed || this.#lost) {
			return;
		}

		this.#lost = error;
		this.#notices.push({
			message: `store connection lost, decisions NOT saved until it is back: ${lostDetail(error)}`,
			isProblem: true,
		});
		const clients = [this.#client, this.#listener];
		this.#client = undefined;
		this.#listener = undefined;
		for (const client of clients) {
			void closeQuietly(client);
		}

		this.#scheduleReconnect();
	}

	#scheduleReconnect(): void {
		if (this.#isClosed) {
			return;
		}

		clearTimeout(this.#reconnectTimer);
		this.#reconnectTimer = setTimeout(() => {
			void this.serial(async () => {
				if (this.#isClosed || (this.#client && !this.#lost)) {
					return;
				}

				try {
					await this.#reconnect();
				} catch {
					this.#scheduleReconnect();
				}
			});
		}, this.#options.reconnectInterval);
		this.#reconnectTimer.unref();
	}
}
