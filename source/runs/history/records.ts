/** What the run history keeps of a run, and how it lists one: the same for every store. */

import type {Counts, Failure, Run} from '../../log/model.js';

/** One log a run was read from. */
export type StoredLog = {
	readonly path: string;
	/** sha256 of its bytes as stored (hex). */
	readonly hash: string;
	readonly bytes: number;
	/** Where triage kept a copy (a log read from stdin). */
	readonly kept?: string;
};

export type RunRecord = {
	readonly run: Run;
	/** The run's identity: its logs' hashes and its session. Recording one key twice records nothing. */
	readonly key: string;
	readonly logs: readonly StoredLog[];
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
