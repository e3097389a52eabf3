/**
The cluster list (`Tab`): moving through the clusters, largest first, and showing the failures of one.
*/
import {emptyText, refilter} from './filters.js';
import {withOpeningScroll} from './scroll.js';
import {currentRow, withStatus, type ReviewState} from './state.js';

function clusterIndexOfCurrent(state: ReviewState): number {
	const row = currentRow(state);
	if (!row) {
		return 0;
	}

	return Math.max(
		0,
		state.analysis.clusters.findIndex(
			cluster => cluster.id === row.analyzed.cluster,
		),
	);
}

/** Open the cluster list on the current row's cluster. */
export function openClusters(state: ReviewState): ReviewState {
	return {
		...state,
		mode: 'clusters',
		clusterCursor: clusterIndexOfCurrent(state),
		status: undefined,
	};
}

export function moveClusterCursor(
	state: ReviewState,
	delta: number,
): ReviewState {
	const clusterCursor = Math.max(
		0,
		Math.min(state.analysis.clusters.length - 1, state.clusterCursor + delta),
	);
	return {...state, clusterCursor};
}

/** The largest or the smallest cluster. */
export function clusterCursorToEdge(
	state: ReviewState,
	isFirst: boolean,
): ReviewState {
	return {
		...state,
		clusterCursor: isFirst
			? 0
			: Math.max(0, state.analysis.clusters.length - 1),
	};
}

/** Back to the failure list, showing only the selected cluster's failures. */
export function selectCluster(state: ReviewState): ReviewState {
	const cluster = state.analysis.clusters[state.clusterCursor];
	if (!cluster) {
		return {...state, mode: 'list'};
	}

	const next = refilter(
		{...state, mode: 'list'},
		{cluster: cluster.id, quick: 'all', text: emptyText},
	);
	return withStatus(
		withOpeningScroll({...next, cursor: 0}),
		`cluster ${cluster.id}: ${next.visible.length} failures; esc shows all`,
	);
}

/**
The sizes of the clusters of several failures, by cluster id: a failure whose cluster is not here is its
cluster's only one. Counted from the failures, without building the clusters.
*/
export function multiFailureClusterSizes(
	failures: ReadonlyArray<{readonly cluster: string}>,
): Map<string, number> {
	const counts = new Map<string, number>();
	for (const {cluster} of failures) {
		counts.set(cluster, (counts.get(cluster) ?? 0) + 1);
	}

	const sizes = new Map<string, number>();
	for (const [cluster, count] of counts) {
		if (count > 1) {
			sizes.set(cluster, count);
		}
	}

	return sizes;
}
