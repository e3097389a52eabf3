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

/**
Whether a run recorded from two logs and named `source` is one console log with its own JUnit XML (named for the
log alone), not two shards (named for both, joined by `shardsName`). A log's own name may hold ` + ` (`a + b.log`),
so the name is matched against the logs it was read from; only where the history names the logs otherwise (a log
first recorded under another name) is a ` + ` in `source` taken to join shards, as histories were always read.
*/
export function isLogWithItsXml(
	source: string,
	logs: readonly string[],
): boolean {
	if (logs.length !== 2) {
		return false;
	}

	if (source === logs[0]) {
		return true;
	}

	return source !== shardsName(logs) && !source.includes(' + ');
}

/** A shard of a merged run: its console log, and the JUnit XML pytest wrote with it when it was given too. */
export type Shard = {readonly log: string; readonly xml?: string};

/** A run's shards, a log and its own JUnit XML as one (`shards` names both); undefined when it was not merged. */
export function shardsOf(run: Run): readonly Shard[] | undefined {
	if (!run.shards || run.junitXml !== undefined) {
		return undefined;
	}

	const xml = new Set(run.shardXml);
	return pairedShards(run.shards, source => xml.has(source));
}

/** `sources` in the order given as shards: a JUnit XML (`isXml`) right after a console log is that log's. */
export function pairedShards(
	sources: readonly string[],
	isXml: (source: string) => boolean,
): Shard[] {
	const shards: Shard[] = [];
	for (const source of sources) {
		const last = shards.at(-1);
		if (isXml(source) && last !== undefined && last.xml === undefined) {
			shards[shards.length - 1] = {log: last.log, xml: source};
		} else {
			shards.push({log: source});
		}
	}

	return shards;
}

/** `2 shards`, `2 shards and their JUnit XML`, `3 shards, 1 with its JUnit XML`. */
export function shardCount(shards: readonly Shard[]): string {
	const withXml = shards.filter(shard => shard.xml !== undefined).length;
	const count = `${shards.length} shards`;
	return withXml === 0
		? count
		: withXml === shards.length
			? `${count} and their JUnit XML`
			: `${count}, ${withXml} with its JUnit XML`;
}

/** One run from its shards (at least two), in the order given. */
export function mergeShards(shards: readonly Run[]): Run {
	const first = shards[0];
	if (!first || shards.length < 2) {
		throw new TypeError('mergeShards needs at least two runs');
	}

	const sources = shards.flatMap(shard => shard.shards ?? [shard.source]);
	// A shard given with its own JUnit XML stays one shard where the run is described.
	const shardXml = shards.flatMap(shard =>
		shard.junitXml === undefined ? [] : [shard.junitXml],
	);
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
		...(shardXml.length > 0 && {shardXml}),
		...(retries.length > 0 && {retries}),
		...(latest(shards) && {endedAt: latest(shards)}),
	};
}

/** When the last of these runs ended, of those whose logs say (ISO times in UTC sort as text). */
export function latest(runs: readonly Run[]): string | undefined {
	let last: string | undefined;
	for (const run of runs) {
		if (
			run.endedAt !== undefined &&
			(last === undefined || run.endedAt > last)
		) {
			last = run.endedAt;
		}
	}

	return last;
}

/** `shard-1.log`, or `shard-1.log and its JUnit XML shard-1.xml`. */
export function shardName(shard: Shard): string {
	return shard.xml === undefined
		? shard.log
		: `${shard.log} and its JUnit XML ${shard.xml}`;
}
