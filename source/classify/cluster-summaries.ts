/**
The clusters of an analysis: its failures grouped by signature, largest first, each with what tells it apart
from the others (the crash site, the headline its failures share).

A run of a hundred thousand failures that each crash in their own test function has as many clusters, and
the crash site of each was a string of its own, kept for the whole review (575k clusters and ~60 MB of crash
sites for the 1 GB bench log). A cluster's crash site is worked out when it is asked for (the cluster list
shows a screenful, the report the largest), from its first failure, and kept from then on.
*/

import {type Failure, noTracebackHeadline} from '../log/model.js';
import {clusterIndexes} from './clusters.js';
import type {Suggestion} from './rules/types.js';
import {crashSiteWithLine} from './signature.js';

export type ClusterSummary = {
	readonly id: string;
	readonly signature: string;
	/** Node ids, in log order (a test with a call failure and a teardown error can appear twice). */
	readonly ids: readonly string[];
	/** The suggestion for the cluster's first failure. */
	readonly suggestion: Suggestion;
	/** Where the cluster's first failure crashed, with its line: `tests/testutils.py:42 in connect`. */
	readonly crashSite?: string;
	/** The headline, unmasked, when every failure of the cluster has the same one. */
	readonly headline?: string;
};

/** What a cluster is made from: an analyzed failure's cluster id, signature and suggestion. */
type Member = {
	readonly failure: Failure;
	readonly cluster: string;
	readonly signature: string;
	readonly suggestion: Suggestion;
};

class Cluster implements ClusterSummary {
	readonly id: string;
	readonly signature: string;
	readonly ids: readonly string[];
	readonly suggestion: Suggestion;
	readonly headline?: string;
	readonly #first: Failure;
	/** Null: worked out, and there is none. */
	#crashSite: string | null | undefined;

	constructor(members: readonly Member[], indexes: readonly number[]) {
		const first = members[indexes[0]!]!;
		this.id = first.cluster;
		this.signature = first.signature;
		this.ids = indexes.map(index => members[index]!.failure.id);
		this.suggestion = first.suggestion;
		this.#first = first.failure;
		const {headline} = first.failure;
		if (
			headline !== '' &&
			indexes.every(index => members[index]!.failure.headline === headline)
		) {
			this.headline = headline;
		}
	}

	get crashSite(): string | undefined {
		if (this.#crashSite === undefined) {
			const failure = this.#first;
			// A stored failure reads its traceback from the run's store each time it is asked: once here.
			this.#crashSite =
				crashSiteWithLine({
					traceback: failure.traceback,
					file: failure.file,
					phase: failure.phase,
					...(failure.location !== undefined && {location: failure.location}),
				}) ?? null;
		}

		return this.#crashSite ?? undefined;
	}

	/** The cluster as plain data, its crash site included (`JSON.stringify` sees no getter). */
	toJSON(): ClusterSummary {
		const {crashSite} = this;
		return {
			id: this.id,
			signature: this.signature,
			ids: this.ids,
			suggestion: this.suggestion,
			...(crashSite !== undefined && {crashSite}),
			...(this.headline !== undefined && {headline: this.headline}),
		};
	}
}

/** The clusters of these analyzed failures (in log order): largest first, ties in order of first appearance. */
export function clusterSummaries(
	members: readonly Member[],
): readonly ClusterSummary[] {
	return clusterIndexes(members.map(member => member.cluster)).map(
		indexes => new Cluster(members, indexes),
	);
}

/** What a live failure says while pytest has not printed its traceback yet (in place of `noTracebackHeadline`). */
export const pendingHeadline =
	'traceback not printed yet: pytest prints it in FAILURES, at the end of the run';

/**
Whether a headline only says that the failure's error is not in the log (yet): such failures share one
signature, the headline's, and are no cluster of identical failures.
*/
export function isUnreadHeadline(headline: string): boolean {
	return headline === noTracebackHeadline || headline === pendingHeadline;
}

/** Whether these are the failures whose error the log does not show (yet) (`isUnreadHeadline`). */
export function isUnread(cluster: Pick<ClusterSummary, 'signature'>): boolean {
	return isUnreadHeadline(cluster.signature);
}

/** `2 failures whose error the log does not show are in no cluster.`: said where clusters are listed. */
export function unreadText(unread: number): string {
	return unread === 1
		? '1 failure whose error the log does not show is in no cluster.'
		: `${unread} failures whose error the log does not show are in no cluster.`;
}

/** The largest clusters of a run, and what the others add up to. */
export type LargestClusters = {
	/** At most `top`, largest first, ties in order of first appearance (as `clusterSummaries` orders them). */
	readonly shown: readonly ClusterSummary[];
	/** How many clusters there are in all. */
	readonly count: number;
	/** The failures of the clusters not shown. */
	readonly failuresNotShown: number;
	/** The failures whose error the log does not show (`isUnread`): in none of the clusters. */
	readonly unread: number;
};

/**
The `top` largest clusters of these analyzed failures and how many there are, built without the others: a
report lists ten, and building all 575k clusters of the 1 GB bench log took ~100 MB at its peak. The failures
whose error the log does not show are counted apart (`unread`), in no cluster.
*/
export function largestClusters(
	members: readonly Member[],
	top: number,
): LargestClusters {
	// Each signature's place in order of first appearance, and its size; the unread failures in none.
	const slots = new Map<string, number>();
	const sizes: number[] = [];
	let unread = 0;
	for (const member of members) {
		if (isUnread(member)) {
			unread++;
			continue;
		}

		const slot = slots.get(member.cluster);
		if (slot === undefined) {
			slots.set(member.cluster, sizes.length);
			sizes.push(1);
		} else {
			sizes[slot]!++;
		}
	}

	// The largest `top` slots, kept sorted: larger first, an earlier slot first among equals.
	const chosen: number[] = [];
	const wanted = Math.max(0, top);
	for (let slot = 0; slot < (wanted > 0 ? sizes.length : 0); slot++) {
		const size = sizes[slot]!;
		if (chosen.length === wanted && size <= sizes[chosen.at(-1)!]!) {
			continue;
		}

		let at = chosen.length;
		while (at > 0 && sizes[chosen[at - 1]!]! < size) {
			at--;
		}

		chosen.splice(at, 0, slot);
		if (chosen.length > wanted) {
			chosen.pop();
		}
	}

	const place = new Map(chosen.map((slot, index) => [slot, index]));
	const indexes: number[][] = chosen.map(() => []);
	let shownFailures = 0;
	for (const [index, member] of members.entries()) {
		const slot = slots.get(member.cluster);
		const at = slot === undefined ? undefined : place.get(slot);
		if (at !== undefined) {
			indexes[at]!.push(index);
			shownFailures++;
		}
	}

	return {
		shown: indexes.map(members_ => new Cluster(members, members_)),
		count: sizes.length,
		failuresNotShown: members.length - unread - shownFailures,
		unread,
	};
}
