/**
The earlier runs a live review judges a run still being written against (new, still failing, flaky): those of
the history the session records the run in once it ends, the SQLite beside the triage file or the team's store.
A live run on a store was judged against the SQLite, which a store leaves alone: every failure of the second
day's run showed as failing "in the only run known" until the run ended, and the review made an empty
`.triage/history.sqlite` (QA 33).
*/

import type {Run} from '../log/model.js';
import type {StoredLog} from '../runs/history/records.js';
import type {StoreHistory} from '../store/history.js';
import {runsBefore, runsBeforeIn} from '../runs/history/use.js';
import {earlierReadsAmong, earlierReadsOf} from './earlier-reads.js';

/** Where the session records the run: the SQLite in `folder`, or the store at `store`. */
export type LiveHistory =
	| {readonly folder: string}
	| {
			readonly store: string;
			/** The triage file, that the store names logs from (`shared-names.ts`). */
			readonly triagePath: string;
	  };

/** Earlier runs read: as many as the session's own read takes. */
const window = 30;

/** How a live review asks for earlier runs, and lets go of what it holds to ask (a store's connection) once it is done. */
export type ContextLookup = {
	readonly contextFor: (run: Run) => readonly Run[] | Promise<readonly Run[]>;
	/** Called once the run is read to its end or left: nothing is looked up after. */
	close(): Promise<void>;
};

/**
The earlier runs for a live run read from `source`; `followed` is the file a `--follow` reads (its earlier reads,
cut short, are this session and not an earlier run). A store answers later, and one that is away gives none.
*/
export function contextLookup(
	history: LiveHistory,
	source: string,
	followed: string | undefined,
	now: () => Date,
): ContextLookup {
	if ('folder' in history) {
		const {folder} = history;
		// A log still being read has no hash yet: only its earlier reads are known.
		const reading: StoredLog = {
			path: source,
			hash: '',
			bytes: 0,
			earlierReads:
				followed === undefined ? [] : earlierReadsOf(followed, folder, now),
		};
		return {
			contextFor(run) {
				const before = runsBefore(folder, [run], [reading], {now, window});
				// SQLite: closed at once.
				void before.store?.close();
				return before.context;
			},
			async close() {
				// Nothing held between reads.
			},
		};
	}

	return storeLookup(history, source, followed, now);
}

/**
On a store, one connection for the run's life: the lookup runs each time the failing ids change, and a connection
(with the schema check) for each was a new backend on the team's server every few failures (QA 34). It is
closed when the run ends or is left; one that fails is dropped, and a later lookup connects again.
*/
function storeLookup(
	history: Extract<LiveHistory, {store: string}>,
	source: string,
	followed: string | undefined,
	now: () => Date,
): ContextLookup {
	let opening: Promise<StoreHistory> | undefined;
	let isClosed = false;
	let earlierReads: string[] | undefined;
	const drop = async (held: Promise<StoreHistory> | undefined) => {
		if (opening === held) {
			opening = undefined;
		}

		const store = await held?.catch(() => undefined);
		await store?.close();
	};

	const open = async () => {
		// Loaded only for a store: the local review never loads the PostgreSQL client.
		const {openStoreHistory} = await import('../store/history.js');
		return openStoreHistory(history.store, {
			now,
			triagePath: history.triagePath,
		});
	};

	/** The earlier runs on the connection held (made now if none is); undefined when the store could not be read. */
	const lookUp = async (
		run: Run,
		held: Promise<StoreHistory>,
	): Promise<readonly Run[] | undefined> => {
		try {
			const store = await held;
			earlierReads ??=
				followed === undefined
					? []
					: earlierReadsAmong(followed, await store.recentLogs());
			const reading: StoredLog = {
				path: source,
				hash: '',
				bytes: 0,
				earlierReads,
			};
			const before = await runsBeforeIn(store, [run], [reading], {window});
			return before.isUnread ? undefined : before.context;
		} catch {
			return undefined;
		}
	};

	return {
		async contextFor(run) {
			// A connection that served earlier lookups may have been dropped since (the server restarted, an idle
			// timeout): it is replaced once. One made for this lookup that fails is not tried again until the next.
			for (const isReused of [opening !== undefined, false]) {
				if (isClosed) {
					return [];
				}

				opening ??= open();
				const held = opening;
				const context = await lookUp(run, held);
				// Closed while this lookup was connecting: the connection it made is not kept.
				if (context === undefined || isClosed) {
					await drop(held);
				}

				if (context !== undefined || !isReused) {
					// Away or refused: judged alone, as the session's own read says when it ends.
					return context ?? [];
				}
			}

			return [];
		},
		async close() {
			isClosed = true;
			await drop(opening);
		},
	};
}
