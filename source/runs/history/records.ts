/** What the run history keeps of a run, and how it lists one: the same for every store. */

import type {Counts, Failure, Run} from '../../log/model.js';

/** One log a run was read from. */
export type StoredLog = {
	readonly path: string;
	/** sha256 of its content (hex), gunzipped: `run.log` and `run.log.gz` are one log. */
	readonly hash: string;
	/** The length of its content. */
	readonly bytes: number;
	/** sha256 of its bytes as stored, when they are not its content (gzip): the key triage used before. */
	readonly storedHash?: string;
	/** The hashes of logs recorded before that this log's content begins with: earlier reads of it, cut short. */
	readonly earlierReads?: readonly string[];
	/** Where triage kept a copy (a log read from stdin). */
	readonly kept?: string;
};

export type RunRecord = {
	readonly run: Run;
	/** The run's identity: its logs' hashes and its session. Recording one key twice records nothing. */
	readonly key: string;
	readonly logs: readonly StoredLog[];
	/** The run's name as recorded, when not `run.source` (a team's store: `store/shared-names.ts`). */
	readonly source?: string;
	/**
	Keys of runs this one replaces, keeping the first one's place in the history: the same session recorded
	before from an earlier read of its log, cut short.
	*/
	readonly replaces?: readonly string[];
	/**
	When the earliest of the runs read after this one ended, where their logs say (runs are given oldest first): a
	run whose log does not say when it ran is placed no later, not at the time it is recorded.
	*/
	readonly notAfter?: string;
	/** A failure's signature hash (its cluster id). */
	readonly signatureOf: (failure: Failure) => string;
};

/** A run as the history lists it. */
export type RecordedRun = {
	readonly id: number;
	readonly key: string;
	readonly recordedAt: string;
	readonly source: string;
	readonly session: number | undefined;
	readonly format: string;
	readonly rootdir: string | undefined;
	readonly pytest: string | undefined;
	readonly python: string | undefined;
	readonly counts: Counts;
	readonly complete: boolean;
	/** It has re-run sessions (`--lf`). */
	readonly retried: boolean;
	readonly warnings: number;
	/** The logs it was read from, in order (a kept copy where there is one). */
	readonly logs: readonly string[];
};

/** The columns of a row of `runs`, in the order `runRowValues` gives them. */
export const runColumns =
	'run_key, recorded_at, source, session, format, rootdir, pytest, python, passed, failed, error, skipped, xfailed, xpassed, rerun, complete, retried, warnings, test_list, outcomes, durations';

/** A row of `runs` for a record, in `runColumns` order: one list for the SQLite history and a team's store. */
export function runRowValues(
	record: RunRecord,
	at: string,
	listId: number,
	encoded: {
		readonly outcomes: Uint8Array;
		readonly durations?: Uint8Array | undefined;
	},
): unknown[] {
	const {run} = record;
	const {counts, header} = run;
	return [
		record.key,
		at,
		record.source ?? run.source,
		run.session ?? null,
		run.format,
		header.rootdir ?? null,
		header.pytest ?? null,
		header.python ?? null,
		counts.passed,
		counts.failed,
		counts.error,
		counts.skipped,
		counts.xfailed,
		counts.xpassed,
		counts.rerun,
		run.complete ? 1 : 0,
		(run.retries?.length ?? 0) > 0 ? 1 : 0,
		run.warnings.length,
		listId,
		encoded.outcomes,
		encoded.durations ?? null,
	];
}
