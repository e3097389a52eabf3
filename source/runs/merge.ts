/**
Shards of one run merged into one: the two halves of a CI matrix, pytest-split's groups.
*/

import {
	emptyCounts,
	type Counts,
	type Run,
	type Warning,
} from '../log/model.js';
import {TestList} from '../log/test-list.js';

function sumCounts(all: readonly Counts[]): Counts {
	const total = emptyCounts();
	for (const counts of all) {
		for (const key of Object.keys(total) as Array<keyof Counts>) {
			total[key] += counts[key];
		}
	}

	return total;
}

/** How a merged run is named: its shards' sources, joined. */
export function shardsName(sources: readonly string[]): string {
	return sources.join(' + ');
}

/** One run from its shards (at least two), in the order given. */
export function mergeShards(shards: readonly Run[]): Run {
	const first = shards[0];
	if (!first || shards.length < 2) {
		throw new TypeError('mergeShards needs at least two runs');
	}

	const sources = shards.flatMap(shard => shard.shards ?? [shard.source]);
	const warnings: Warning[] = [];
	const failures = [];
	const retries = [];
	let collected: number | undefined = 0;
	for (const shard of shards) {
		// Loops, not spreads: a shard of a million-failure run has more failures than a call takes arguments.
		for (const failure of shard.failures) {
			failures.push(failure);
		}

		for (const retry of shard.retries ?? []) {
			retries.push(retry);
		}

		collected =
			collected === undefined || shard.header.collected === undefined
				? undefined
				: collected + shard.header.collected;
		for (const warning of shard.warnings) {
			// Line numbers are the shard's own: say which log they are in.
			warnings.push({
				line: warning.line,
				message: `${shard.source}: ${warning.message}`,
			});
		}
	}

	const reported = shards.map(shard => shard.reportedCounts);
	const header = {...first.header};
	delete (header as {shard?: unknown}).shard;
	// Logs of several sessions line up by position (`--shards`): the merged run is that session of each, and is
	// recorded as such, not as their first session's run again.
	const {session} = first;
	return {
		source: shardsName(sources),
		...(session !== undefined &&
			shards.every(shard => shard.session === session) && {session}),
		format: first.format,
		header: {
			...header,
			...(collected === undefined ? {} : {collected}),
		},
		tests: TestList.concat(shards.map(shard => shard.tests)),
		failures,
		counts: sumCounts(shards.map(shard => shard.counts)),
		...(reported.every(counts => counts !== undefined) && {
			reportedCounts: sumCounts(reported),
		}),
		complete: shards.every(shard => shard.complete),
		warnings,
		shards: sources,
		...(retries.length > 0 && {retries}),
	};
}
