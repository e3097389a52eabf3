/**
The earlier runs a live review judges a run still being written against (new, still failing, flaky): those of
the history the session records the run in once it ends, the SQLite beside the triage file or the team's store.
A live run on a store was judged against the SQLite, which a store leaves alone: every failure of the second
day's run showed as failing "in the only run known" until the run ended, and the review made an empty
`.triage/history.sqlite` (QA 33).
*/

import type {Run} from '../log/model.js';
import type {StoredLog} from '../runs/history/records.js';
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

/**
The earlier runs for a live run read from `source`; `followed` is the file a `--follow` reads (its earlier reads,
cut short, are this session and not an earlier run). A store answers later, and one that is away gives none.
*/
export function contextLookup(
	history: LiveHistory,
	source: string,
	followed: string | undefined,
	now: () => Date,
): (run: Run) => readonly Run[] | Promise<readonly Run[]> {
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
		return run => {
			const before = runsBefore(folder, [run], [reading], {now, window});
			// SQLite: closed at once.
			void before.store?.close();
			return before.context;
		};
	}

	let earlierReads: string[] | undefined;
	return async run => {
		// Loaded only for a store: the local review never loads the PostgreSQL client.
		const {openStoreHistory} = await import('../store/history.js');
		let store: Awaited<ReturnType<typeof openStoreHistory>> | undefined;
		try {
			store = await openStoreHistory(history.store, {
				now,
				triagePath: history.triagePath,
			});
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
			return before.context;
		} catch {
			// Away or refused: judged alone, as the session's own read says when it ends.
			return [];
		} finally {
			await store?.close();
		}
	};
}
