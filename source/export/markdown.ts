/**
The Markdown export (`triage export --markdown`): a summary and one table per category, for pasting
into an issue or a pull request. GitHub-flavoured: tables, node ids in code spans, and log text
escaped so that nothing in it becomes markup, a link, HTML or a broken table.
*/

import {
	type ClusterSummary,
	isUnread,
	unreadText,
} from '../classify/cluster-summaries.js';
import type {AnalyzedFailure} from '../classify/analyze.js';
import {signatureOf} from '../classify/signature.js';
import {describeOutage} from '../classify/history-text.js';
import type {Outcome} from '../log/model.js';
import {collectOnlyOf, testsCounted} from '../log/summary.js';
import {longestLength, percent} from '../text.js';
import {escapeControls, namedId} from '../log/sanitize.js';
import type {Review, ReviewRow} from '../triage/review.js';
import {failuresByOwner} from '../classify/owners.js';
import {decidedText, tallyClusters} from './cluster-decided.js';
import {
	clip,
	codeSpan,
	escapeCell,
	escapeLogCell,
	escapeLogHtml,
} from './markdown-text.js';
import {failureTables, tableRow} from './markdown-tables.js';

export {
	codeSpan,
	escapeCell,
	escapeLogCell,
	escapeLogHtml,
} from './markdown-text.js';

export type MarkdownOptions = {
	/** Characters of a headline shown before it is cut (default 300): an issue body has a size limit. */
	readonly headlineLength?: number;
	/**
	Characters the whole text may take (default 65,000): GitHub refuses an issue or pull request body over
	65,536. Past it the failure tables are cut, with a line that says how many rows are missing and how to
	get them all.
	*/
	readonly maxLength?: number;
};

/** Clusters whose first traceback is shown (in a `<details>`), and how much of it. */
const tracebackClusters = 3;
const tracebackLines = 30;
const tracebackLineLength = 160;

function count(value: number, word: string, plural = `${word}s`): string {
	return `${value.toLocaleString('en-US')} ${value === 1 ? word : plural}`;
}

const outcomeWords: Record<Outcome, [string, string]> = {
	failed: ['failed', 'failed'],
	error: ['error', 'errors'],
	passed: ['passed', 'passed'],
	skipped: ['skipped', 'skipped'],
	xfailed: ['xfailed', 'xfailed'],
	xpassed: ['xpassed', 'xpassed'],
};

/** Names in the rule set's order, then any other name the rows use (a decision made under other rules). */
function ordered(known: readonly string[], used: Iterable<string>): string[] {
	const names = [...known];
	for (const name of used) {
		if (!names.includes(name)) {
			names.push(name);
		}
	}

	return names;
}

/** The summary and one table per category, as Markdown text. */
export function formatMarkdown(
	review: Review,
	options: MarkdownOptions = {},
): string {
	const {analysis, rows, progress} = review;
	const {run} = analysis;
	const headlineLength = options.headlineLength ?? 300;
	const lines: string[] = [
		`## Test triage: ${codeSpan(run.source)}${run.junitXml === undefined ? '' : ` and its JUnit XML ${codeSpan(run.junitXml)}`}`,
		'',
	];
	const newest = analysis.runs.at(-1);
	if (newest?.isOutage) {
		lines.push('> [!WARNING]', `> **${describeOutage(newest)}**`, '');
	}

	// Before anything that counts failures: zero of them is not a clean run when no test ran.
	const collectOnly = collectOnlyOf(run);
	if (collectOnly) {
		lines.push('> [!WARNING]', `> **${escapeCell(collectOnly)}**`, '');
	}

	if (!run.complete) {
		const first = run.warnings[0];
		lines.push(
			'> [!WARNING]',
			'> This run is incomplete: the log was interrupted or truncated, or its counts disagree with pytest’s final line. Failures may be missing.' +
				(first
					? ` First parser warning: line ${first.line}: ${escapeLogCell(clip(first.message, headlineLength))}`
					: ''),
			'',
		);
	}

	// pytest's final line counts reports: a test failing in call and erroring in teardown is in two counts.
	const {tests} = testsCounted(run);
	const outcomeText = (['failed', 'error'] as const)
		.filter(outcome => run.counts[outcome] > 0)
		.map(outcome => {
			const [one, many] = outcomeWords[outcome];
			return count(run.counts[outcome], one, many);
		})
		.join(', ');
	const statuses = new Map<string, number>();
	for (const row of rows) {
		const {status} = row.analyzed;
		statuses.set(status, (statuses.get(status) ?? 0) + 1);
	}

	const remembered = analysis.runs.filter(
		health => health.isFromHistory,
	).length;
	const runsText =
		analysis.runs.length > 1
			? ` · compared with ${count(analysis.runs.length - 1, 'earlier run')}${remembered > 0 ? ` (${remembered} from the run history)` : ''}: ${[...statuses].map(([status, number]) => `${number} ${status}`).join(', ')}`
			: '';
	// pytest-rerunfailures' reruns are reports of their own in pytest's count (`report`'s "Reruns").
	const rerunText =
		run.counts.rerun > 0 ? ` · ${count(run.counts.rerun, 'rerun')}` : '';
	lines.push(
		`**${count(rows.length, 'failure')}**${outcomeText ? ` (${outcomeText})` : ''} of ${count(tests, 'test')}${rerunText} · ${count(analysis.clusters.filter(cluster => !isUnread(cluster)).length, 'cluster')}${runsText}`,
		'',
		`**Progress:** ${progress.decided} of ${progress.total} decided (${percent(progress.decided, progress.total)}) · ${progress.stale} stale (the error changed since the decision) · ${progress.undecided} with a suggestion only`,
		'',
		...changesSinceLines(analysis),
	);
	if (rows.length === 0) {
		lines.push(
			collectOnly ? 'No test ran, so no failure to triage.' : 'No failures.',
			'',
		);
		return lines.join('\n');
	}

	const categories = ordered(
		analysis.categories.map(category => category.name),
		rows.map(row => row.category),
	);
	const priorities = ordered(
		analysis.priorities.map(priority => priority.name),
		rows.map(row => row.priority),
	);
	const byCategory = new Map<string, ReviewRow[]>();
	for (const row of rows) {
		const list = byCategory.get(row.category);
		if (list) {
			list.push(row);
		} else {
			byCategory.set(row.category, [row]);
		}
	}

	lines.push(
		tableRow(['Category', 'Failures', ...priorities.map(p => escapeCell(p))]),
		tableRow(['---', '---:', ...priorities.map(() => '---:')]),
	);
	for (const category of categories) {
		const list = byCategory.get(category) ?? [];
		lines.push(
			tableRow([
				escapeCell(category),
				String(list.length),
				...priorities.map(priority =>
					String(list.filter(row => row.priority === priority).length),
				),
			]),
		);
	}

	lines.push('', ...ownerLines(review), ...clusterLines(review));
	const budget = (options.maxLength ?? 65_000) - 600;
	const tables = failureTables(review, {
		categories,
		priorities,
		byCategory,
		headlineLength,
		budget,
		length: lines.reduce((sum, line) => sum + line.length + 1, 0),
	});
	lines.push(...tables.lines);
	const {listed, isCut} = tables;
	if (isCut) {
		lines.push(
			`> [!NOTE]`,
			`> ${count(rows.length - listed, 'more failure')} not listed: this text stays under GitHub's 65,536-character limit for an issue or pull request body. Every failure is in ${codeSpan(`triage export ${run.source}${run.junitXml === undefined ? '' : ` ${run.junitXml}`} --csv FILE`)} (or \`--json\`), and \`triage report\` has the full text.${progress.decided > 0 ? ' Decided failures are listed first.' : ''}`,
			'',
		);
	}

	return lines.join('\n');
}

/** Owners listed in the Markdown; the CSV's Owners column has them all. */
const ownersListed = 15;

/** With a CODEOWNERS file: each owner's failures, decided ones and categories, most failures first. */
function ownerLines(review: Review): string[] {
	const {analysis, rows} = review;
	if (analysis.codeowners === undefined) {
		return [];
	}

	const owners = failuresByOwner(rows.map(row => row.analyzed));
	const lines = [
		`**By owner** (${codeSpan(analysis.codeowners)})`,
		'',
		tableRow(['Owner', 'Failures', 'Decided', 'Categories']),
		tableRow(['---', '---:', '---:', '---']),
	];
	for (const [owner, indexes] of owners.slice(0, ownersListed)) {
		const categories = new Map<string, number>();
		let decided = 0;
		for (const index of indexes) {
			const row = rows[index]!;
			categories.set(row.category, (categories.get(row.category) ?? 0) + 1);
			if (row.decision && !row.isStale) {
				decided++;
			}
		}

		lines.push(
			tableRow([
				// A code span: a report pasted into an issue must not notify every team it names.
				codeSpan(owner),
				String(indexes.length),
				String(decided),
				[...categories]
					.toSorted((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
					.map(([category, number]) => `${escapeCell(category)} ${number}`)
					.join(', '),
			]),
		);
	}

	if (owners.length > ownersListed) {
		lines.push(
			'',
			`${count(owners.length - ownersListed, 'more owner')}: the CSV export's Owners column has them all.`,
		);
	}

	lines.push('');
	return lines;
}

/**
The error a cluster shows in the table: where all its failures say the same (`ClusterSummary.headline`), that
headline as pytest printed it and the crash site (`AssertionError: assert 2 == 3 @ tests/test_a.py:test_one`). The
signature masks what varies between failures (`assert <n> == <n>`): an issue's reader took the masks for the
message, and a cluster of one failure has nothing that varies. A cluster whose failures say different things
keeps its signature.
*/
function clusterError(
	cluster: ClusterSummary,
	first: AnalyzedFailure | undefined,
): string {
	if (cluster.headline === undefined || first === undefined) {
		return cluster.signature;
	}

	const {location} = signatureOf(first.failure);
	return location === undefined
		? cluster.headline
		: `${cluster.headline} @ ${location}`;
}

/** The largest clusters in a table, and the first tracebacks of the top ones behind `<details>`. */
function clusterLines(review: Review): string[] {
	const {analysis} = review;
	// The failures whose error the log does not show share a signature, but are no cluster (as the report says).
	const clusters = analysis.clusters.filter(cluster => !isUnread(cluster));
	const unread = analysis.clusters.find(cluster => isUnread(cluster));
	const unreadLines =
		unread === undefined ? [] : [unreadText(unread.ids.length), ''];
	if (clusters.length === 0) {
		return unreadLines;
	}

	const top = clusters.slice(0, 10);
	// What people decided on each, beside the suggestion: a cluster decided otherwise says so.
	const decided = tallyClusters(
		top.map(cluster => cluster.id),
		review.rows,
		row => row.analyzed.cluster,
		row =>
			row.decision && {
				category: row.decision.category,
				priority: row.decision.priority,
				isStale: row.isStale,
			},
	);
	const firsts = new Map<string, AnalyzedFailure>();
	for (const analyzed of analysis.failures) {
		if (!firsts.has(analyzed.cluster)) {
			firsts.set(analyzed.cluster, analyzed);
		}
	}

	const lines = [
		`### Clusters (${clusters.length > top.length ? `largest ${top.length} of ${clusters.length}` : clusters.length})`,
		'',
		tableRow(['Cluster', 'Failures', 'Suggested', 'Decided', 'Error']),
		tableRow(['---', '---:', '---', '---', '---']),
		...top.map(cluster =>
			tableRow([
				escapeCell(cluster.id),
				String(cluster.ids.length),
				escapeCell(
					`${cluster.suggestion.category} ${cluster.suggestion.priority}`,
				),
				escapeCell(decidedText(decided.get(cluster.id), ' ') ?? '-'),
				escapeLogCell(clip(clusterError(cluster, firsts.get(cluster.id)), 200)),
			]),
		),
		'',
		...unreadLines,
	];
	for (const cluster of top.slice(0, tracebackClusters)) {
		const first = firsts.get(cluster.id);
		if (!first) {
			continue;
		}

		const text = first.failure.traceback
			.split('\n')
			.slice(-tracebackLines)
			.map(line => clip(escapeControls(line), tracebackLineLength));
		const longest = longestLength(text.join('\n').match(/`+/g) ?? [], 2);
		const fence = '`'.repeat(longest + 1);
		lines.push(
			'<details>',
			// A teardown error's cluster says so: the test's call failure can be another cluster's.
			`<summary>cluster ${escapeLogHtml(cluster.id)}: ${escapeLogHtml(namedId(first.failure.id))} (${first.failure.phase === 'call' ? '' : `${first.failure.phase} error; `}last ${text.length} lines of its traceback)</summary>`,
			'',
			fence,
			...text,
			fence,
			'',
			'</details>',
			'',
		);
	}

	return lines;
}

/** Tests fixed since the run before, and those that passed only after a rerun: named, one per line. */
function changesSinceLines(analysis: Review['analysis']): string[] {
	const lines: string[] = [];
	const list = (title: string, ids: readonly string[]) => {
		if (ids.length === 0) {
			return;
		}

		lines.push(`**${title} (${ids.length}):**`, '');
		for (const id of ids.slice(0, 50)) {
			lines.push(`- ${codeSpan(id)}`);
		}

		if (ids.length > 50) {
			lines.push(`- … and ${ids.length - 50} more (see the JSON export)`);
		}

		lines.push('');
	};

	list(
		'Fixed since the run before',
		analysis.fixed.map(history => history.id),
	);
	list(
		'Passed only after a rerun',
		analysis.reruns
			.filter(summary => summary.passedOnRerun)
			.map(summary => summary.id),
	);
	return lines;
}
