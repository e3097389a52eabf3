/**
Which of the runs being read the history has already (under their key, under the key an earlier triage
gave a gzipped log, or as an earlier read of their log), and which runs of earlier reads they replace.
*/

import type {Run} from '../../log/model.js';
import {otherKeys, runKey} from '../read-logs.js';
import type {Rekeyed, RunHistory} from './api.js';
import type {StoredLog} from './records.js';

/** The history's answers about the runs being read: which it has, and where a run read further goes. */
export type Known = {
	/** Each run's id in the history when it was recorded before (under its key, or the key of its `.gz` before). */
	readonly known: Array<number | undefined>;
	/** The ids of runs recorded from earlier reads of the runs' logs (cut short): the same sessions. */
	readonly replaced: number[];
	/** Runs found under the key of their gzipped logs' bytes (an earlier triage's): keyed by content now. */
	readonly rekeys: Array<{from: string; to: string; logs: Rekeyed[]}>;
};

/**
Where a run may be found: its key, its `.gz`'s key before, its earlier reads' keys, and its logs, each as part
of a run recorded before (every log's content known, else none).
*/
function keysOf(
	run: Run,
	logs: ReadonlyMap<string, StoredLog>,
	hashes: ReadonlyMap<string, string>,
): {
	key: string;
	legacy: string | undefined;
	earlier: string[];
	reads: Array<{hash: string; session: number}>;
} {
	const sources = run.shards ?? [run.source];
	const session = run.session ?? 1;
	const reads = sources.flatMap(source => {
		const hash = hashes.get(source);
		return hash === undefined ? [] : [{hash, session}];
	});
	return {
		key: runKey(run, hashes),
		...otherKeys(run, logs),
		reads: reads.length === sources.length ? reads : [],
	};
}

/** The one recorded run holding every log given (a shard, a log joined with its XML, a longer read), if any. */
function holdingAll(
	reads: ReadonlyArray<{hash: string; session: number}>,
	lookup: Lookup,
): number | undefined {
	const ids = new Set(
		reads.map(read => lookup.findRead(read.hash, read.session)),
	);
	const [id] = ids;
	return ids.size === 1 ? id : undefined;
}

type Lookup = {
	find(key: string): number | undefined;
	findRead(hash: string, session: number): number | undefined;
};

export function knownFrom(
	runs: readonly Run[],
	logs: ReadonlyMap<string, StoredLog>,
	hashes: ReadonlyMap<string, string>,
	lookup: Lookup,
): Known {
	const known: Array<number | undefined> = [];
	const replaced: number[] = [];
	const rekeys: Known['rekeys'] = [];
	for (const run of runs) {
		const {key, legacy, earlier, reads} = keysOf(run, logs, hashes);
		let id = lookup.find(key);
		if (id === undefined && legacy !== undefined) {
			id = lookup.find(legacy);
			if (id !== undefined) {
				rekeys.push({from: legacy, to: key, logs: rekeyedOf(run, logs)});
			}
		}

		// A log read again after a longer read of it replaced its run, or logs read after a run of more logs that
		// holds them all (a shard, shards without their XML, a log joined with its XML): that run is their session.
		if (id === undefined && reads.length > 0) {
			id = holdingAll(reads, lookup);
		}

		known.push(id);
		if (id === undefined) {
			replaced.push(
				...earlier
					.map(key => lookup.find(key))
					.filter((earlierId): earlierId is number => earlierId !== undefined),
			);
		}
	}

	return {known, replaced, rekeys};
}

function rekeyedOf(run: Run, logs: ReadonlyMap<string, StoredLog>): Rekeyed[] {
	return (run.shards ?? [run.source]).flatMap(source => {
		const log = logs.get(source);
		return log?.storedHash === undefined
			? []
			: [{from: log.storedHash, to: log.hash, bytes: log.bytes}];
	});
}

/** `knownFrom` on a history that answers later (a team's store): each question asked once first. */
export async function knownRuns(
	store: RunHistory,
	runs: readonly Run[],
	logs: ReadonlyMap<string, StoredLog>,
	hashes: ReadonlyMap<string, string>,
): Promise<Known> {
	const ids = new Map<string, number | undefined>();
	const reads = new Map<string, number | undefined>();
	for (const run of runs) {
		const {key, legacy, earlier, reads: logReads} = keysOf(run, logs, hashes);
		for (const each of [
			key,
			...(legacy === undefined ? [] : [legacy]),
			...earlier,
		]) {
			if (!ids.has(each)) {
				ids.set(each, await store.find(each));
			}
		}

		for (const read of logReads) {
			const readKey = `${read.session}#${read.hash}`;
			if (!reads.has(readKey)) {
				reads.set(readKey, await store.findRead(read.hash, read.session));
			}
		}
	}

	return knownFrom(runs, logs, hashes, {
		find: key => ids.get(key),
		findRead: (hash, session) => reads.get(`${session}#${hash}`),
	});
}
