/**
The text report of `triage report`: the old analyzer's sections, plus areas, owners (with a CODEOWNERS
file, `report-owners.ts`), the priority matrix, clusters, history across runs and, once people have
decided, triage progress. The breakdowns by file and area and the clusters are `report-breakdown.ts`'s.
*/

import type {AnalyzedFailure, Analysis} from '../classify/analyze.js';
import type {Category} from '../classify/categories.js';
import {
	type LargestClusters,
	largestClusters,
} from '../classify/cluster-summaries.js';
import {describeOutage} from '../classify/history-text.js';
import type {Outcome} from '../log/model.js';
import {collectOnlyOf, testsCounted} from '../log/summary.js';
import {longestLength} from '../text.js';
import {shardName, shardsOf} from '../runs/merge.js';
import {reportKey} from '../triage/journal.js';
import type {UnmatchedDecision} from '../triage/unmatched.js';
import {type ClusterDecided, tallyClusters} from './cluster-decided.js';
import {detailLines, type Verdict} from './report-detail.js';
import {ownersSection} from './report-owners.js';
import {
	byAreaSection,
	byFileSection,
	clustersSection,
} from './report-breakdown.js';
import {
	flakyAndNewSection,
	rerunsSection,
	unmatchedSection,
} from './report-history.js';
import {
	doubleRule,
	inert,
	percent,
	plural,
	rule,
	section,
} from './report-text.js';

export {inert} from './report-text.js';

/** A person's decision on a failure, as the triage journal keeps it (DESIGN.md, "The triage file"). */
export type ReportDecision = {
	readonly category: string;
	readonly priority: string;
	readonly note?: string;
	/** An issue reference (`triage/issue-link.ts`); the analysis's `issueUrl` makes it a link. */
	readonly issue?: string;
	/** The failure's signature changed since the decision was made. */
	readonly stale?: boolean;
	/** Then, the error it was decided on, when the run history remembers it. */
	readonly decidedOn?: string;
	/** Who decided, where the journal records it (a team's store). */
	readonly by?: string;
};

export type ReportOptions = {
	/**
	Decisions by failure report (`reportKey(id, phase)`: a test's call failure and teardown error are
	decided apart); where one exists it wins over the suggestion.
	*/
	readonly decisions?: ReadonlyMap<string, ReportDecision>;
	/** How many clusters to list (default 10). */
	readonly topClusters?: number;
	/** The triage file's decisions that found no failure in this run (tests fixed, renamed or moved). */
	readonly unmatched?: readonly UnmatchedDecision[];
};

/** Parser warnings listed in the summary; the JSON export has every one. */
const shownWarnings = 20;

const outcomeLabels: Record<Outcome, string> = {
	passed: 'Passed',
	failed: 'Failed',
	error: 'Errors',
	skipped: 'Skipped',
	xfailed: 'Xfailed',
	xpassed: 'Xpassed',
};

/**
What the report says of a failure nobody decided: its suggestion's. One for every failure that got the same
suggestion (the analysis shares them), its reason joined only when a line shows it: a reason of 200
characters for each of half a million failures took 200 MB of the 1 GB bench log's report.
*/
class SuggestedVerdict implements Verdict {
	readonly #suggestion: AnalyzedFailure['suggestion'];

	constructor(suggestion: AnalyzedFailure['suggestion']) {
		this.#suggestion = suggestion;
	}

	get source(): 'suggested' {
		return 'suggested';
	}

	get category(): string {
		return this.#suggestion.category;
	}

	get priority(): string {
		return this.#suggestion.priority;
	}

	get reason(): string {
		return this.#suggestion.reason;
	}
}

function verdictOf(
	analyzed: AnalyzedFailure,
	decisions: ReadonlyMap<string, ReportDecision> | undefined,
	suggested: Map<AnalyzedFailure['suggestion'], Verdict>,
): Verdict {
	const decision = decisions?.get(
		reportKey(analyzed.failure.id, analyzed.failure.phase),
	);
	if (decision) {
		return {
			category: decision.category,
			priority: decision.priority,
			reason: `decided by ${decision.by === undefined ? 'a person' : inert(decision.by)}; the suggestion was ${analyzed.suggestion.category}/${analyzed.suggestion.priority}: ${analyzed.suggestion.reason}`,
			source: decision.stale ? 'stale' : 'decided',
			note: decision.note,
			...(decision.issue !== undefined && {issue: decision.issue}),
			...(decision.decidedOn !== undefined && {decidedOn: decision.decidedOn}),
		};
	}

	let verdict = suggested.get(analyzed.suggestion);
	if (verdict === undefined) {
		verdict = new SuggestedVerdict(analyzed.suggestion);
		suggested.set(analyzed.suggestion, verdict);
	}

	return verdict;
}

/** What people decided on the clusters the report lists. */
function clusterDecisions(
	analysis: Analysis,
	largest: LargestClusters,
	verdicts: readonly Verdict[],
): Map<string, ClusterDecided> {
	return tallyClusters(
		largest.shown.map(cluster => cluster.id),
		analysis.failures.keys(),
		index => analysis.failures[index]!.cluster,
		index => {
			const verdict = verdicts[index]!;
			return verdict.source === 'suggested'
				? undefined
				: {
						category: verdict.category,
						priority: verdict.priority,
						isStale: verdict.source === 'stale',
					};
		},
	);
}

/** The configured categories, then any name a decision uses that is not among them. */
function categoriesInUse(
	analysis: Analysis,
	verdicts: readonly Verdict[],
): Category[] {
	const categories = [...analysis.categories];
	for (const verdict of verdicts) {
		if (!categories.some(category => category.name === verdict.category)) {
			categories.push({
				name: verdict.category,
				key: '',
				description: '(not a configured category)',
			});
		}
	}

	return categories;
}

function summarySection(analysis: Analysis, clusterCount: number): string[] {
	const {counts} = analysis.run;
	// pytest's final line counts reports: a test failing in call and erroring in teardown is in two counts.
	const {tests: total, teardownErrors} = testsCounted(analysis.run);
	const lines = [`Total tests:    ${total}`];
	for (const outcome of [
		'passed',
		'failed',
		'error',
		'skipped',
		'xfailed',
		'xpassed',
	] as const) {
		lines.push(
			`${`${outcomeLabels[outcome]}:`.padEnd(15)} ${String(counts[outcome]).padStart(String(total).length)}  ${percent(counts[outcome], total).padStart(6)}`,
		);
	}

	if (counts.rerun > 0) {
		lines.push(`Reruns:         ${counts.rerun}`);
	}

	if (teardownErrors > 0) {
		lines.push(
			`(${plural(teardownErrors, 'error')} at teardown ${teardownErrors === 1 ? 'is' : 'are'} of ${teardownErrors === 1 ? 'a test' : 'tests'} counted above as well: pytest counts each report, not each test)`,
		);
	}

	lines.push(
		'',
		`Failures to triage: ${analysis.failures.length} in ${plural(clusterCount, 'cluster')}`,
	);
	if (!analysis.run.complete) {
		lines.push(
			"WARNING: this run is incomplete (interrupted, truncated, or its counts disagree with pytest's final line).",
		);
	}

	const {warnings} = analysis.run;
	if (warnings.length > 0) {
		lines.push(`Parser warnings: ${warnings.length}`);
		for (const warning of warnings.slice(0, shownWarnings)) {
			lines.push(
				`  ${warning.line > 0 ? `line ${warning.line}: ` : ''}${inert(warning.message)}`,
			);
		}

		if (warnings.length > shownWarnings) {
			lines.push(
				`  … and ${warnings.length - shownWarnings} more (triage export --json lists them all)`,
			);
		}
	}

	lines.push(...idleRuleLines(analysis));
	return section('SUMMARY', lines);
}

/** A team's rules that suggested nothing in this run: a pattern that matches nothing says so nowhere else. */
function idleRuleLines(analysis: Analysis): string[] {
	const idle = analysis.idleRules ?? [];
	const origins = [...new Set(idle.map(rule => rule.origin))];
	return origins.map(origin => {
		const names = idle
			.filter(rule => rule.origin === origin)
			.map(rule => inert(rule.name));
		return `${names.length === 1 ? 'A rule' : `${names.length} rules`} of ${inert(origin)} suggested nothing for any failure: ${names.join(', ')} (triage rules shows what each matches)`;
	});
}

function progressSection(verdicts: readonly Verdict[]): string[] {
	const total = verdicts.length;
	// As the review counts: a stale decision needs deciding again, so it is not "decided".
	const decided = verdicts.filter(
		verdict => verdict.source === 'decided',
	).length;
	const stale = verdicts.filter(verdict => verdict.source === 'stale').length;
	return section('TRIAGE PROGRESS', [
		`Decided:          ${String(decided).padStart(5)} of ${total}  (${percent(decided, total)})`,
		`Suggestion only:  ${String(total - decided - stale).padStart(5)}`,
		`Stale:            ${String(stale).padStart(5)}  (decided, but the error changed since: look again)`,
	]);
}

/**
The width of the category names' column in the category and matrix sections: 15, or wider for a rules
file's longer name (`INFRASTRUCTURE_OUTAGE`), so the counts stay in their columns.
*/
function categoryWidth(categories: readonly Category[]): number {
	return (
		longestLength(
			categories.map(category => inert(category.name)),
			14,
		) + 1
	);
}

function byCategorySection(
	categories: readonly Category[],
	verdicts: readonly Verdict[],
): string[] {
	const total = verdicts.length;
	if (total === 0) {
		return section('FAILURES BY CATEGORY', ['No failures.']);
	}

	// Every category, a category without failures too, as the review's summary lists them.
	const nameWidth = categoryWidth(categories);
	const lines: string[] = [];
	for (const category of categories) {
		const count = verdicts.filter(
			verdict => verdict.category === category.name,
		).length;
		lines.push(
			`${inert(category.name).padEnd(nameWidth)} ${String(count).padStart(4)} ${count === 1 ? 'failure ' : 'failures'}  ${percent(count, total).padStart(6)}  ${inert(category.description)}`,
		);
	}

	return section('FAILURES BY CATEGORY', lines);
}

function matrixSection(
	analysis: Analysis,
	categories: readonly Category[],
	verdicts: readonly Verdict[],
): string[] {
	const priorities = analysis.priorities.map(priority => priority.name);
	for (const verdict of verdicts) {
		if (!priorities.includes(verdict.priority)) {
			priorities.push(verdict.priority);
		}
	}

	const cell = (text: string) => text.padStart(8);
	const nameWidth = categoryWidth(categories);
	const lines = [
		`${''.padEnd(nameWidth)}${priorities.map(name => cell(inert(name))).join('')}${cell('Total')}`,
	];
	const row = (label: string, selected: readonly Verdict[]) =>
		`${label.padEnd(nameWidth)}${priorities
			.map(priority =>
				cell(
					String(
						selected.filter(verdict => verdict.priority === priority).length,
					),
				),
			)
			.join('')}${cell(String(selected.length))}`;
	for (const category of categories) {
		lines.push(
			row(
				inert(category.name),
				verdicts.filter(verdict => verdict.category === category.name),
			),
		);
	}

	lines.push(row('Total', verdicts));
	return section('PRIORITY MATRIX', lines);
}

/**
Writes the text report for an analysis, a line at a time (lines are separated by a newline; the report
ends with an empty line); decisions, where given, win over suggestions.
*/
export function writeReport(
	analysis: Analysis,
	write: (text: string) => void,
	options: ReportOptions = {},
): void {
	const {decisions} = options;
	const suggested = new Map<AnalyzedFailure['suggestion'], Verdict>();
	const verdicts = analysis.failures.map(analyzed =>
		verdictOf(analyzed, decisions, suggested),
	);
	const categories = categoriesInUse(analysis, verdicts);
	const header = [doubleRule, 'TEST FAILURE ANALYSIS REPORT', doubleRule];
	const {run} = analysis;
	const about = [
		run.header.pytest ? `pytest ${run.header.pytest}` : undefined,
		run.header.python ? `Python ${run.header.python}` : undefined,
	]
		.filter(Boolean)
		.join(', ');
	header.push(`Run: ${inert(run.source)}${about ? ` (${about})` : ''}`);
	if (analysis.runs.length > 1) {
		const remembered = analysis.runs.filter(
			health => health.isFromHistory,
		).length;
		header.push(
			`Compared with ${plural(analysis.runs.length - 1, 'earlier run')}${remembered > 0 ? ` (${remembered} from the run history)` : ''}.`,
		);
	}

	const shards = shardsOf(run);
	if (run.junitXml !== undefined) {
		header.push(
			`Read from ${inert(run.source)} and its JUnit XML ${inert(run.junitXml)} (one run: pytest wrote both).`,
		);
	} else if (shards) {
		header.push(
			`Shards: ${shards.length} merged into this run: ${shards.map(shard => inert(shardName(shard))).join(', ')}.`,
		);
	}

	header.push('');
	// Every section below would say "No failures." as for a clean run.
	const collectOnly = collectOnlyOf(run);
	if (collectOnly) {
		header.push(`NO TEST RAN: ${inert(collectOnly)}.`, '');
	}

	// An outage explains every failure below it: it comes before the sections, not inside one.
	const newest = analysis.runs.at(-1);
	if (newest?.isOutage) {
		header.push(describeOutage(newest), '');
	}

	let separator = '';
	const writeLines = (lines: Iterable<string>) => {
		for (const line of lines) {
			write(separator + line);
			separator = '\n';
		}
	};

	// The clusters the report lists, built alone: a run can have hundreds of thousands.
	const top = options.topClusters ?? 10;
	const largest = largestClusters(analysis.failures, top);
	writeLines([
		...header,
		...summarySection(analysis, largest.count),
		...(decisions ? progressSection(verdicts) : []),
		...unmatchedSection(options.unmatched ?? []),
		...byCategorySection(categories, verdicts),
		...byFileSection(analysis),
		...byAreaSection(analysis),
		...ownersSection(analysis.codeowners, analysis.failures, verdicts, rule),
		...matrixSection(analysis, categories, verdicts),
		...clustersSection(
			largest,
			top,
			decisions && clusterDecisions(analysis, largest, verdicts),
		),
		...(analysis.reruns.length > 0 ? rerunsSection(analysis) : []),
		...(analysis.runs.length > 1 ? flakyAndNewSection(analysis) : []),
	]);
	writeLines(
		detailLines(analysis, categories, verdicts, decisions !== undefined),
	);
}

/** The text report for an analysis as one string (see `writeReport`, which a large run needs). */
export function formatReport(
	analysis: Analysis,
	options: ReportOptions = {},
): string {
	const parts: string[] = [];
	writeReport(
		analysis,
		text => {
			parts.push(text);
		},
		options,
	);
	return parts.join('');
}
