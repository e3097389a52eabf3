import {memo} from 'react';
import {Box, Text} from 'ink';
import type {ClusterSummary} from '../classify/analyze.js';
import {sanitizeLine} from '../log/sanitize.js';
import {windowStart} from './failure-list.js';

export type ClusterListProps = {
	/** Largest first. */
	readonly clusters: readonly ClusterSummary[];
	/** Decided (not stale) failures per cluster id. */
	readonly decided: ReadonlyMap<string, number>;
	readonly cursor: number;
	readonly height: number;
	readonly width: number;
};

/** The clusters, one line each: `› 132  12/132 decided  ab12cd34ef  environment  ConnectionError: …`. */
function ClusterListView({
	clusters,
	decided,
	cursor,
	height,
	width,
}: ClusterListProps) {
	const title = `${clusters.length} cluster${clusters.length === 1 ? '' : 's'} of identical failures, largest first (Enter shows its failures)`;
	const bodyHeight = Math.max(0, height - 1);
	const start = windowStart(cursor, bodyHeight, clusters.length);
	const lines = clusters
		.slice(start, start + bodyHeight)
		.map((cluster, offset) => {
			const isSelected = start + offset === cursor;
			const size = cluster.ids.length;
			const done = decided.get(cluster.id) ?? 0;
			return (
				<Text
					key={cluster.id}
					wrap="truncate-end"
					bold={isSelected}
					inverse={isSelected}
				>
					{isSelected ? '›' : ' '} {String(size).padStart(5)}{' '}
					{`${done}/${size}`.padStart(11)} decided {cluster.id}{' '}
					{cluster.suggestion.category.toLowerCase().padEnd(13)}{' '}
					{sanitizeLine(cluster.signature)}
				</Text>
			);
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
