/**
The summary screen's content as plain lines: bar charts by category and by area, the priority matrix,
the largest clusters, progress. Computed once per set of rows and width.
*/
import type {Analysis} from '../classify/analyze.js';
import {
	describeFlaky,
	describeOutage,
	historyLegend,
	historyMarks,
} from '../classify/history-text.js';
import {isUnread} from '../classify/cluster-summaries.js';
import {changeCounts} from '../classify/change-counts.js';
import {describeRerun} from '../classify/reruns.js';
import {failuresByOwner} from '../classify/owners.js';
import {groupThousands, longestLength} from '../text.js';
import {shardName, shardsOf} from '../runs/merge.js';
import {fitColumn, widestColumns, wrapText} from '../text-width.js';
import {type Progress, type ReviewRow, progressOf} from '../triage/review.js';
import {sanitizeLine, shownId} from '../log/sanitize.js';
import {clusterDecisions} from './clusters.js';
import {lookCount} from './quick-filters.js';

export type SummaryLine = {
	readonly text: string;
	readonly isHeading?: boolean;
};

/** A bar of `width` cells, `filled` of them full; text only, so it survives NO_COLOR. */
export function bar(value: number, total: number, width: number): string {
	const cells = Math.max(0, width);
	const filled =
		total > 0 ? Math.min(cells, Math.round((value / total) * cells)) : 0;
	return '█'.repeat(filled) + '░'.repeat(cells - filled);
}

type Count = {decided: number; suggested: number};

const cache = new WeakMap<readonly ReviewRow[], Map<number, SummaryLine[]>>();

export function summaryLines(
	analysis: Analysis,
	rows: readonly ReviewRow[],
	width: number,
): readonly SummaryLine[] {
	let byWidth = cache.get(rows);
	if (!byWidth) {
		byWidth = new Map();
		cache.set(rows, byWidth);
	}

	let lines = byWidth.get(width);
	if (!lines) {
		lines = buildSummary(analysis, rows, width);
		byWidth.set(width, lines);
	}

	return lines;
}

/** A name in a column `width` columns wide: padded, or cut with `…` so a cut name does not pass for another. */
const column = fitColumn;

/**
The progress bar and its counts, on one line where they fit in `width`: the bar gives up cells for the counts
(`0/617 decided, 617 undecided (23 of them stale)` was cut at 80 columns), and the counts go under a bar that
would be shorter than 10 cells, wrapped, never cut.
*/
export function progressLines(
	progress: Progress,
	total: number,
	width: number,
	barWidth: number,
): SummaryLine[] {
	// Undecided as the `undecided` quick filter counts (`needsLook`): a stale decision is decided again.
	const counts = `${groupThousands(progress.decided)}/${groupThousands(total)} decided, ${groupThousands(lookCount(progress))} undecided${progress.stale > 0 ? ` (${groupThousands(progress.stale)} of them stale)` : ''}`;
	const room = width - 3 - counts.length;
	if (room >= 10) {
		return [
			{
				text: `  ${bar(progress.decided, total, Math.min(barWidth, room))} ${counts}`,
			},
		];
	}

	return [
		{text: `  ${bar(progress.decided, total, barWidth)}`},
		...wrapText(counts, Math.max(1, width - 2), 2).map(text => ({
			text: `  ${text}`,
		})),
	];
}

function buildSummary(
	analysis: Analysis,
	rows: readonly ReviewRow[],
	width: number,
): SummaryLine[] {
	const lines: SummaryLine[] = [];
	const total = rows.length;
	const progress = progressOf(rows);
	const barWidth = Math.max(5, Math.min(40, width - 44));
	// An outage explains the charts below it: it is said before them.
	const newest = analysis.runs.at(-1);
	if (newest?.isOutage) {
		// Wrapped, not cut: what it says most likely happened ends the line (80 columns cut it off).
		lines.push(
			...wrapText(describeOutage(newest), width, 2).map(text => ({
				text,
				isHeading: true,
			})),
			{text: ''},
		);
	}

	lines.push(
		{text: 'Progress', isHeading: true},
		...progressLines(progress, total, width, barWidth),
		{text: ''},
	);

	const categoryNames = analysis.categories.map(category => category.name);
	const byCategory = new Map<string, Count>(
		categoryNames.map(name => [name, {decided: 0, suggested: 0}]),
	);
	const byArea = new Map<string, number>();
	const matrix = new Map<string, Map<string, number>>();
	for (const row of rows) {
		let count = byCategory.get(row.category);
		if (!count) {
			count = {decided: 0, suggested: 0};
			byCategory.set(row.category, count);
		}

		if (row.decision && !row.isStale) {
			count.decided++;
		} else {
			count.suggested++;
		}

		byArea.set(row.analyzed.area, (byArea.get(row.analyzed.area) ?? 0) + 1);
		let priorities = matrix.get(row.category);
		if (!priorities) {
			priorities = new Map();
			matrix.set(row.category, priorities);
		}

		priorities.set(row.priority, (priorities.get(row.priority) ?? 0) + 1);
	}

	// The names' column: as wide as the longest name where the screen has room beside the bar and counts.
	const nameRoom = Math.max(16, width - barWidth - 26);
	const nameWidth = Math.min(
		nameRoom,
		widestColumns(
			[...byCategory.keys()].map(name => sanitizeLine(name)),
			8,
		),
	);
	lines.push({
		text: 'By category (decided + suggested)',
		isHeading: true,
	});
	const categoryCountWidth = countWidth(
		[...byCategory.values()].map(count => count.decided + count.suggested),
	);
	for (const [name, count] of byCategory) {
		const all = count.decided + count.suggested;
		lines.push({
			text: `  ${column(sanitizeLine(name), nameWidth)} ${bar(all, total, barWidth)} ${groupThousands(all).padStart(categoryCountWidth)}  (${groupThousands(count.decided)} decided)`,
		});
	}

	lines.push({text: ''}, {text: 'By area', isHeading: true});
	const areas = [...byArea].toSorted((a, b) => b[1] - a[1]);
	const areaWidth = Math.min(
		nameRoom,
		widestColumns(
			areas.map(([area]) => sanitizeLine(area)),
			8,
		),
	);
	const areaCountWidth = countWidth(areas.map(([, count]) => count));
	if (areas.length === 0) {
		lines.push({text: '  none'});
	}

	for (const [area, count] of areas) {
		lines.push({
			text: `  ${column(sanitizeLine(area), areaWidth)} ${bar(count, total, barWidth)} ${groupThousands(count).padStart(areaCountWidth)}`,
		});
	}

	lines.push(...ownerLines(analysis, rows, barWidth, total));

	const priorityNames = analysis.priorities.map(priority => priority.name);
	for (const priorities of matrix.values()) {
		for (const name of priorities.keys()) {
			if (!priorityNames.includes(name)) {
				priorityNames.push(name);
			}
		}
	}

	// Each column as wide as its name or its widest count, grouped (`1,969`), as the rest of the review says them.
	const cellWidth = Math.max(
		7,
		countWidth(
			[...matrix.values()].flatMap(priorities => [...priorities.values()]),
		),
	);
	const sums = new Map(
		[...byCategory.keys()].map(name => [
			name,
			[...(matrix.get(name)?.values() ?? [])].reduce((a, b) => a + b, 0),
		]),
	);
	const sumWidth = Math.max(5, countWidth([...sums.values()]));
	lines.push(
		{text: ''},
		{text: 'Priority matrix (category × priority)', isHeading: true},
		{
			text: `  ${''.padEnd(nameWidth)} ${priorityNames.map(name => name.padStart(cellWidth)).join(' ')}   ${'total'.padStart(sumWidth)}`,
		},
	);
	for (const name of byCategory.keys()) {
		const priorities = matrix.get(name);
		const cells = priorityNames.map(priority =>
			groupThousands(priorities?.get(priority) ?? 0).padStart(cellWidth),
		);
		lines.push({
			text: `  ${column(sanitizeLine(name), nameWidth)} ${cells.join(' ')}   ${groupThousands(sums.get(name) ?? 0).padStart(sumWidth)}`,
		});
	}

	lines.push(
		...historyLines(analysis, width),
		{text: ''},
		{text: 'Largest clusters', isHeading: true},
	);
	// Counted by report, as the cluster list counts: a test's decided teardown error does not count its
	// undecided call failure in the same cluster as decided too.
	const {decided: decidedPerCluster} = clusterDecisions(rows);
	const largest = analysis.clusters.slice(0, 10);
	const decidedTexts = largest.map(
		cluster =>
			`${groupThousands(decidedPerCluster.get(cluster.id) ?? 0)}/${groupThousands(cluster.ids.length)}`,
	);
	// Widths from the numbers as shown: a cluster of 12,345 failures no longer pushes its row out of line.
	const sizeWidth = countWidth(largest.map(cluster => cluster.ids.length));
	const decidedWidth = longestLength(decidedTexts, 1);
	for (const [index, cluster] of largest.entries()) {
		lines.push({
			text: `  ${groupThousands(cluster.ids.length).padStart(sizeWidth)}  ${decidedTexts[index]!.padStart(decidedWidth)} decided  ${
				isUnread(cluster)
					? `${'—'.padEnd(cluster.id.length)}  errors not in the log yet: no cluster until each is read`
					: `${cluster.id}  ${sanitizeLine(cluster.signature)}`
			}`,
		});
	}

	if (analysis.clusters.length > 10) {
		lines.push({
			text: `  … and ${groupThousands(analysis.clusters.length - 10)} more (Tab lists them all)`,
		});
	}

	return lines;
}

/** Owners shown on the summary; the report and the CSV have them all. */
const ownersShown = 10;

/** The failures of each owner of CODEOWNERS, most first; nothing without a CODEOWNERS file. */
function ownerLines(
	analysis: Analysis,
	rows: readonly ReviewRow[],
	barWidth: number,
	total: number,
): SummaryLine[] {
	if (analysis.codeowners === undefined) {
		return [];
	}

	const owners = failuresByOwner(rows.map(row => row.analyzed));
	const shown = owners.slice(0, ownersShown);
	const width = Math.min(
		16,
		widestColumns(
			shown.map(([owner]) => sanitizeLine(owner)),
			8,
		),
	);
	const lines: SummaryLine[] = [
		{text: ''},
		{
			text: `By owner (${sanitizeLine(analysis.codeowners)})`,
			isHeading: true,
		},
	];
	const ownerCountWidth = countWidth(
		shown.map(([, indexes]) => indexes.length),
	);
	for (const [owner, indexes] of shown) {
		const decided = indexes.filter(index => {
			const row = rows[index]!;
			return row.decision && !row.isStale;
		}).length;
		lines.push({
			text: `  ${column(sanitizeLine(owner), width)} ${bar(indexes.length, total, barWidth)} ${groupThousands(indexes.length).padStart(ownerCountWidth)}  (${groupThousands(decided)} decided)`,
		});
	}

	if (owners.length > ownersShown) {
		lines.push({
			text: `  … and ${groupThousands(owners.length - ownersShown)} more (triage report lists them all)`,
		});
	}

	return lines;
}

/** What the run was compared with, the tests fixed since, and those that passed only on a rerun. */
function historyLines(analysis: Analysis, width: number): SummaryLine[] {
	const lines: SummaryLine[] = [{text: ''}, {text: 'Runs', isHeading: true}];
	const {run} = analysis;
	const shards = shardsOf(run);
	if (run.junitXml !== undefined) {
		lines.push({
			text: `  this run: read from ${sanitizeLine(run.source)} and its JUnit XML ${sanitizeLine(run.junitXml)}`,
		});
	} else if (shards) {
		lines.push({
			text: `  this run: ${shards.length} shards merged (${shards.map(shard => sanitizeLine(shardName(shard))).join(', ')})`,
		});
	}

	const earlier = analysis.runs.slice(0, -1);
	const remembered = earlier.filter(health => health.isFromHistory).length;
	const compared =
		earlier.length === 0
			? // Not "everything is new": nothing says those tests passed before (the exports' `only run known`). Not
				// ".triage/" either: on a team's store the runs are kept there; and not "the only run": a store may hold
				// later ones (QA 42).
				'  no earlier run known: new and fixed need one (every run read is kept in the run history)'
			: `  compared with ${earlier.length} earlier run${earlier.length === 1 ? '' : 's'}${remembered > 0 ? ` (${remembered} from the run history)` : ''}`;
	lines.push(...wrapText(compared, width, 4).map(text => ({text})));
	if (earlier.length > 0) {
		// As the report counts them: this run's failing reports new and still failing, the tests flaky and fixed.
		const counts = changeCounts(analysis);
		lines.push({
			text: `  new ${groupThousands(counts.new)} · still failing ${groupThousands(counts.stillFailing)} · flaky ${groupThousands(counts.flaky)} · fixed ${groupThousands(counts.fixed)}`,
		});
	}

	// The legend of the detail pane's history marks, in two lines that fit 80 columns.
	const phrases = historyLegend.split(/, |; /);
	lines.push(
		{text: `  history marks, oldest first: ${phrases.slice(0, 4).join(', ')},`},
		{text: `    ${phrases.slice(4).join(', ')}`},
	);
	const passed = analysis.reruns.filter(summary => summary.passedOnRerun);
	lines.push(
		{text: ''},
		{
			text: `Passed only after a rerun (${passed.length}): flaky evidence`,
			isHeading: true,
		},
		...(passed.length === 0
			? [{text: '  none'}]
			: passed.map(summary => ({
					text: `  ${sanitizeLine(summary.id)}   ${describeRerun(summary)}`,
				}))),
		{text: ''},
		// A test is flaky by its flips across the runs or by a pass after a rerun: said for each, as the report says it.
		// The heading said "across the runs … failed and passed in turn" of a test that passed on a rerun in the only
		// run known (QA 53, pytest-rerunfailures --reruns 2).
		{
			text: `Flaky (${analysis.flaky.length}): flipped across the runs, or passed on a rerun`,
			isHeading: true,
		},
		...(analysis.flaky.length === 0
			? [{text: '  none'}]
			: analysis.flaky.map(history => ({
					text: `  ${shownId(history.id)}   ${historyMarks(history.entries, '')}   ${describeFlaky(history.flaky)}`,
				}))),
		{text: ''},
		{
			text: `Fixed since the run before (${analysis.fixed.length})`,
			isHeading: true,
		},
		...(analysis.fixed.length === 0
			? [{text: '  none'}]
			: analysis.fixed.map(history => ({
					text: `  ${sanitizeLine(history.id)}   ${historyMarks(history.entries, '')}`,
				}))),
	);
	return lines;
}

/** The width of a column of counts as the review shows them, grouped (`12,345`). */
function countWidth(counts: readonly number[]): number {
	return longestLength(
		counts.map(count => groupThousands(count)),
		1,
	);
}
