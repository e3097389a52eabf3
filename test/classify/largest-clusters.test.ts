import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {
	type ClusterSummary,
	clusterSummaries,
	largestClusters,
} from '../../source/classify/cluster-summaries.js';
import type {Failure} from '../../source/log/model.js';
import type {Suggestion} from '../../source/classify/rules/types.js';

const suggestion: Suggestion = {
	category: 'UNKNOWN',
	priority: 'LOW',
	reason: 'none',
	rule: 'default',
};

function membersOf(clusters: readonly number[]) {
	return clusters.map((cluster, index) => ({
		failure: {
			id: `tests/test_a.py::test_${index}`,
			file: 'tests/test_a.py',
			outcome: 'failed',
			phase: 'call',
			headline: `E${cluster % 3}`,
			traceback: '',
			captured: [],
		} as unknown as Failure,
		cluster: `c${cluster}`,
		signature: `Error: ${cluster}`,
		suggestion,
	}));
}

describe('largestClusters', () => {
	test('the top clusters, their order and the rest are what building every cluster gives', () => {
		fc.assert(
			fc.property(
				fc.array(fc.nat({max: 30}), {maxLength: 200}),
				fc.nat({max: 12}),
				(clusters, top) => {
					const members = membersOf(clusters);
					const all = clusterSummaries(members);
					const largest = largestClusters(members, top);
					const plain = (cluster: ClusterSummary) => ({
						id: cluster.id,
						signature: cluster.signature,
						ids: cluster.ids,
						suggestion: cluster.suggestion,
						crashSite: cluster.crashSite,
						headline: cluster.headline,
					});
					expect(largest.shown.map(cluster => plain(cluster))).toEqual(
						all.slice(0, top).map(cluster => plain(cluster)),
					);
					expect(largest.count).toBe(all.length);
					expect(largest.failuresNotShown).toBe(
						all
							.slice(top)
							.reduce((sum, cluster) => sum + cluster.ids.length, 0),
					);
				},
			),
		);
	});

	test('ties keep the order the signatures first appear in', () => {
		const largest = largestClusters(membersOf([5, 7, 7, 5, 9, 1]), 2);
		expect(largest.shown.map(cluster => cluster.id)).toEqual(['c5', 'c7']);
		expect(largest.count).toBe(4);
		expect(largest.failuresNotShown).toBe(2);
	});
});

test('the failures whose error the log does not show are in no cluster', () => {
	const members = membersOf([1, 2, 2, 3]).map((member, index) =>
		index % 2 === 0
			? {
					...member,
					cluster: 'f79fdfe387',
					signature: '(no traceback in the log)',
				}
			: member,
	);
	const largest = largestClusters(members, 10);
	expect(largest.shown.map(cluster => cluster.id)).toEqual(['c2', 'c3']);
	expect(largest).toMatchObject({count: 2, failuresNotShown: 0, unread: 2});
});
