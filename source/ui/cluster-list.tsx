import {memo, useMemo} from 'react';
import {Box, Text} from 'ink';
import type {ClusterSummary} from '../classify/analyze.js';
import {isUnread} from '../classify/cluster-summaries.js';
import {sanitizeLine} from '../log/sanitize.js';
import {truncateStart} from '../text-width.js';
import {groupThousands, longestLength} from '../text.js';
import {windowStart} from './failure-list.js';

export type ClusterListProps = {
	/** Largest first. */
	readonly clusters: readonly ClusterSummary[];
	/** With a filter on: how many failures it shows (the clusters listed are theirs). */
	readonly shownFailures?: number;
	/** Decided (not stale) failures per cluster id. */
	readonly decided: ReadonlyMap<string, number>;
	/**
	The category every failure of a cluster is decided (not stale) as, by cluster id: shown in capitals as
	the failure list shows a decision; a cluster not here shows its suggestion in lower case.
	*/
	readonly decidedCategories: ReadonlyMap<string, string>;
	readonly cursor: number;
	readonly height: number;
	readonly width: number;
	/** Category name → what to show (a short name on a narrow screen, see `list-columns.ts`). */
	readonly categoryLabels: ReadonlyMap<string, string>;
};

/** Screen lines per cluster: what it is, then what tells it from its neighbours. */
export const linesPerCluster = 2;

/**
The clusters, two lines each:
`› 132  12/132 decided ab12cd34ef environment   ConnectionError: Error 111 connecting to localhost:6379.`
`      tests/conftest.py:460 in _get_client · e.g. tests/test_pubsub.py::TestPubSub::test_numsub`
The first line shows the headline every failure shares, unmasked, else the masked signature; the second
the crash site and a test to look at: clusters whose masked messages read the same differ there.
*/
function ClusterListView({
	clusters,
	shownFailures,
	decided,
	decidedCategories,
	cursor,
	height,
	width,
	categoryLabels,
}: ClusterListProps) {
	// Failures whose error the log does not show (yet) share one signature, and are no cluster of identical failures.
	// Looked for once per list, not at every key: a run can have hundreds of thousands of clusters.
	const unread = useMemo(
		() => clusters.find(cluster => isUnread(cluster)),
		[clusters],
	);
	const known = clusters.length - (unread ? 1 : 0);
	const among =
		shownFailures === undefined
			? ''
			: ` among the ${groupThousands(shownFailures)} failure${shownFailures === 1 ? '' : 's'} shown`;
	const title = `${groupThousands(known)} cluster${known === 1 ? '' : 's'} of identical failures${among}, largest first (Enter shows its failures)${unread ? ` · ${groupThousands(unread.ids.length)} whose error is not in the log yet` : ''}`;
	const bodyHeight = Math.max(0, height - 1);
	const perPage = Math.max(1, Math.floor(bodyHeight / linesPerCluster));
	const start = windowStart(cursor, perPage, clusters.length);
	const largest = groupThousands(clusters[0]?.ids.length ?? 0).length;
	// A decision wins over the suggestion, in capitals as in the failure list; a suggestion in lower case.
	const categoryOf = (cluster: ClusterSummary) => {
		const category = decidedCategories.get(cluster.id);
		return category === undefined
			? (
					categoryLabels.get(cluster.suggestion.category) ??
					cluster.suggestion.category
				).toLowerCase()
			: (categoryLabels.get(category) ?? category);
	};

	// Once per list and decisions, not at every key (as `unread`).
	const categoryWidth = useMemo(
		() =>
			longestLength(
				clusters.map(cluster => categoryOf(cluster)),
				3,
			),
		// eslint-disable-next-line react-hooks/exhaustive-deps -- categoryOf reads only these
		[clusters, decidedCategories, categoryLabels],
	);
	const lines = clusters
		.slice(start, start + perPage)
		.flatMap((cluster, offset) => {
			const isSelected = start + offset === cursor;
			const size = cluster.ids.length;
			const done = decided.get(cluster.id) ?? 0;
			const isUnknown = cluster === unread;
			const what = isUnknown
				? 'errors not in the log yet: no cluster until each is read'
				: sanitizeLine(cluster.headline ?? cluster.signature);
			const indent = ' '.repeat(largest + 3);
			const site =
				cluster.crashSite === undefined
					? ''
					: `${sanitizeLine(cluster.crashSite)} · `;
			// The example where it has the room to be one (ten columns); else the crash site alone, which tells
			// clusters apart (`e.g. ……` said nothing).
			const room = width - indent.length - site.length - 5;
			const example =
				room >= 10
					? `e.g. ${truncateStart(sanitizeLine(cluster.ids[0] ?? ''), room)}`
					: '';
			return [
				<Text
					key={cluster.id}
					wrap="truncate-end"
					bold={isSelected}
					inverse={isSelected}
				>
					{isSelected ? '›' : ' '} {groupThousands(size).padStart(largest)}{' '}
					{`${groupThousands(done)}/${groupThousands(size)}`.padStart(
						largest * 2 + 1,
					)}{' '}
					decided {isUnknown ? '—'.padEnd(cluster.id.length) : cluster.id}{' '}
					{categoryOf(cluster).padEnd(categoryWidth)} {what}
				</Text>,
				<Text key={`${cluster.id}-where`} dimColor wrap="truncate-end">
					{indent}
					{example === '' ? site.slice(0, -' · '.length) : site}
					{example}
				</Text>,
			];
		});
	while (lines.length < bodyHeight) {
		lines.push(<Text key={`blank-${lines.length}`}> </Text>);
	}

	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text bold wrap="truncate-end">
				{title}
			</Text>
			{lines}
		</Box>
	);
}

export const ClusterList = memo(ClusterListView);
