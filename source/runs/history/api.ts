/** What a run history offers, wherever it is kept: SQLite beside the triage file (`HistoryStore`) or a team's store (`StoreHistory`). */

import type {EarlierError} from '../../classify/analyze.js';
import type {Run} from '../../log/model.js';
import type {EarlierLog} from '../content-hash.js';
import type {ContextOptions} from './context.js';
import type {RecordedRun, RunRecord} from './records.js';

/** A value, or the promise of one (a store on the network answers later). */
export type MaybePromise<T> = T | Promise<T>;

/** A run history. Every method throws a one-line error (HistoryError, StoreError) when it cannot do its job. */
/** A run recorded: its number, whether it was new, whether it replaced a run of an earlier read of its log. */
export type Recorded = {
	readonly id: number;
	readonly isNew: boolean;
	readonly isReadFurther?: boolean;
	/** The runs recorded before from some of its logs only (its shards, or a log without its XML) that it replaced. */
	readonly replacedParts?: readonly number[];
};

/** A log's hash as an earlier triage stored it (`from`: of its gzipped bytes), and as it is now. */
export type Rekeyed = {
	readonly from: string;
	readonly to: string;
	readonly bytes: number;
};

/** How many of the runs recorded last a log read now may continue (`recentLogs`). */
export const recentRuns = 200;

export type RunHistory = {
	/** What messages name: the SQLite file, or the store's URL without its password. */
	readonly file: string;
	readonly isReadonly: boolean;
	/** The id of the run recorded under `key`, if any. */
	find(key: string): MaybePromise<number | undefined>;
	/**
	The run a log (by its hash) was read into besides its own: the one that replaced an earlier read of it, cut
	short (that read, opened again, is this run's session), or a run of several logs it is one of (a shard, a
	console log joined with its JUnit XML).
	*/
	findRead(hash: string, session: number): MaybePromise<number | undefined>;
	/** Record a run once: a key already recorded changes nothing. */
	record(record: RunRecord): MaybePromise<Recorded>;
	/**
	The logs of the runs recorded last (at most `recentRuns`), each once: a log read now that continues one of
	them is the same session read further.
	*/
	recentLogs(): MaybePromise<EarlierLog[]>;
	/**
	Give a run recorded under the key of its gzipped logs' bytes (by an earlier triage) the key of their
	content, and its logs their content's hash: the plain log is then that run too.
	*/
	rekey(from: string, to: string, logs: readonly Rekeyed[]): MaybePromise<void>;
	/** Every recorded run (or the `newest` so many), oldest first. */
	list(newest?: number): MaybePromise<RecordedRun[]>;
	/** These runs (ids), oldest first as they ran (`oldestFirst` in schema.ts); ids not recorded left out. */
	inOrder(ids: readonly number[]): MaybePromise<number[]>;
	/** Forget one run; the kept copies of logs no run uses any more, for the caller to delete. */
	forget(
		id: number,
	): MaybePromise<{isForgotten: boolean; unusedKept: string[]}>;
	/** The runs before a point in the history, as the run diff reads them (see `context.ts`). */
	context(options: ContextOptions): MaybePromise<Run[]>;
	/** The errors these tests failed with in the history, one per test and signature. */
	earlierErrors(ids: Iterable<string>): MaybePromise<EarlierError[]>;
	getMeta(name: string): MaybePromise<string | undefined>;
	setMeta(name: string, value: string): MaybePromise<void>;
	close(): MaybePromise<void>;
};
