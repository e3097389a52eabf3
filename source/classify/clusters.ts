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
	const clusters = new Map<string, {signature: string; failures: Failure[]}>();
	for (const failure of failures) {
		const {hash, text} = signature(failure);
		const cluster = clusters.get(hash);
		if (cluster) {
			cluster.failures.push(failure);
		} else {
			clusters.set(hash, {signature: text, failures: [failure]});
		}
	}

	// Sorting is stable, so equal sizes keep first-appearance order.
	return [...clusters]
		.map(([id, cluster]) => ({id, ...cluster}))
		.toSorted((a, b) => b.failures.length - a.failures.length);
}
