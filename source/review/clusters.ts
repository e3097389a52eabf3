/**
The cluster list (`Tab`): moving through the clusters, largest first, and showing the failures of one. With a
filter on, it lists the clusters of the failures the filter shows.
*/
import type {ClusterSummary} from '../classify/analyze.js';
import type {ReviewRow} from '../triage/review.js';
import {emptyText, refilter} from './filters.js';
import {withOpeningScroll} from './scroll.js';
import {currentRow, withStatus, type ReviewState} from './state.js';

/** The clusters listed for each filtered list, by the list (moving in the cluster list asks no row again). */
const listedByVisible = new WeakMap<
	readonly number[],
	{
		readonly all: readonly ClusterSummary[];
		readonly listed: readonly ClusterSummary[];
	}
>();

/**
The clusters the cluster list shows: every cluster, or with a filter on (fewer failures shown than there
are), those with a failure the filter shows.
*/
export function listedClusters(
	state: Pick<ReviewState, 'analysis' | 'rows' | 'visible'>,
): readonly ClusterSummary[] {
	const all = state.analysis.clusters;
	if (state.visible.length === state.rows.length) {
		return all;
	}

	const known = listedByVisible.get(state.visible);
	if (known?.all === all) {
		return known.listed;
	}

	const shown = new Set(
		state.visible.map(index => state.rows[index]!.analyzed.cluster),
	);
	const listed = all.filter(cluster => shown.has(cluster.id));
	listedByVisible.set(state.visible, {all, listed});
	return listed;
}

function clusterIndexOfCurrent(state: ReviewState): number {
	const row = currentRow(state);
	if (!row) {
		return 0;
	}

	return Math.max(
		0,
		listedClusters(state).findIndex(
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
		Math.min(listedClusters(state).length - 1, state.clusterCursor + delta),
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
		clusterCursor: isFirst ? 0 : Math.max(0, listedClusters(state).length - 1),
	};
}

/**
Back to the failure list, showing only the selected cluster's failures, all of them: a quick or text filter on
is put aside until Esc drops the cluster.
*/
export function selectCluster(state: ReviewState): ReviewState {
	const cluster = listedClusters(state)[state.clusterCursor];
	if (!cluster) {
		return {...state, mode: 'list'};
	}

	const hadFilter =
		state.quick !== 'all' ||
		Boolean(state.text.pattern) ||
		state.text.isInverted;
	const next = refilter(
		{
			...state,
			mode: 'list',
			beforeCluster: hadFilter
				? {quick: state.quick, text: state.text}
				: undefined,
		},
		{cluster: cluster.id, quick: 'all', text: emptyText},
	);
	const count = next.visible.length;
	return withStatus(
		withOpeningScroll({...next, cursor: 0}),
		`cluster ${cluster.id}: ${count} ${count === 1 ? 'failure' : 'failures'}; esc ${hadFilter ? 'goes back to the filter before' : 'shows all'}`,
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

/** What the cluster list shows of the decisions on each cluster. */
export type ClusterDecisions = {
	/** Decided (not stale) failures per cluster id. */
	readonly decided: ReadonlyMap<string, number>;
	/** The category every failure of a cluster is decided (not stale) as, when they all agree, by cluster id. */
	readonly decidedCategories: ReadonlyMap<string, string>;
};

export function clusterDecisions(rows: readonly ReviewRow[]): ClusterDecisions {
	const decided = new Map<string, number>();
	// Per cluster: the one category its failures are decided as so far, or null once one is undecided or
	// decided otherwise.
	const agreed = new Map<string, string | null>();
	for (const row of rows) {
		const {cluster} = row.analyzed;
		const isDecided = row.decision !== undefined && !row.isStale;
		if (isDecided) {
			decided.set(cluster, (decided.get(cluster) ?? 0) + 1);
		}

		const category = isDecided ? row.category : null;
		const before = agreed.get(cluster);
		agreed.set(
			cluster,
			before === undefined || before === category ? category : null,
		);
	}

	const decidedCategories = new Map<string, string>();
	for (const [cluster, category] of agreed) {
		if (category !== null) {
			decidedCategories.set(cluster, category);
		}
	}

	return {decided, decidedCategories};
}
