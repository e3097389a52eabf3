/**
Clusters: the failures of one run that share a signature, so one decision can cover them all.
*/

import type {Failure} from '../log/model.js';
import {signatureOf, type Signature} from './signature.js';

export type Cluster = {
	/** The signature's short hash: what `--cluster` takes. */
	readonly id: string;
	readonly signature: string;
	/** The failures in log order. */
	readonly failures: readonly Failure[];
};

/** Group failures by signature, largest cluster first; ties keep the order of first appearance. */
export function clusterFailures(
	failures: readonly Failure[],
	signature: (failure: Failure) => Signature = signatureOf,
): Cluster[] {
	const signatures = failures.map(failure => signature(failure));
	return clusterIndexes(signatures.map(({hash}) => hash)).map(members => ({
		id: signatures[members[0]!]!.hash,
		signature: signatures[members[0]!]!.text,
		failures: members.map(index => failures[index]!),
	}));
}

/**
The clusters of failures whose signature hashes these are, as their indexes: largest first; ties keep the
order of first appearance.
*/
export function clusterIndexes(hashes: readonly string[]): number[][] {
	const clusters = new Map<string, number[]>();
	for (const [index, hash] of hashes.entries()) {
		const members = clusters.get(hash);
		if (members) {
			members.push(index);
		} else {
			clusters.set(hash, [index]);
		}
	}

	// Sorting is stable, so equal sizes keep first-appearance order.
	return [...clusters.values()].toSorted((a, b) => b.length - a.length);
}
