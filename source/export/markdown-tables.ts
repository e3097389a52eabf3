/**
The failure tables of the Markdown export (`markdown.ts`): one per category, its failures by priority, cut
where the text would pass its budget.
*/

import {confirmationLabel} from '../classify/confirmation.js';
import {runStatusText} from '../classify/history-text.js';
import {namedId} from '../log/sanitize.js';
import {issueLinkOf} from '../triage/issue-link.js';
import type {Review, ReviewRow} from '../triage/review.js';
import {clip, codeSpan, escapeCell, escapeLogCell} from './markdown-text.js';

export function tableRow(cells: readonly string[]): string {
	return `| ${cells.join(' | ')} |`;
}

/**
A decision's issue as a table cell: a Markdown link when it has a URL, else the reference as text. The
URL (printable ASCII, see `triage/issue-link.ts`) gets its parentheses, angle brackets and pipes
percent-encoded, so that it ends neither the link nor the cell.
*/
function issueCell(row: ReviewRow, issueUrl: string | undefined): string {
	const issue = issueLinkOf(row.decision?.issue, issueUrl);
	if (!issue) {
		return '';
	}

	const text = escapeCell(issue.ref);
	if (issue.url === undefined) {
		return text;
	}

	const url = issue.url.replaceAll(
		/[()<>|\\]/g,
		character =>
			`%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
	);
	return `[${text}](${url})`;
}

function sourceText(row: ReviewRow): string {
	if (row.source !== 'manual') {
		return escapeCell(row.source);
	}

	// Who decided, where the journal records it (a store, a file pulled from one).
	const by = row.decision?.by;
	const manual = by === undefined ? 'manual' : `manual by ${escapeCell(by)}`;
	return row.isStale ? `${manual}, **stale**` : manual;
}

export type TablesOptions = {
	readonly categories: readonly string[];
	readonly priorities: readonly string[];
	readonly byCategory: ReadonlyMap<string, readonly ReviewRow[]>;
	readonly headlineLength: number;
	/** Characters the whole text may take, and those taken before the tables. */
	readonly budget: number;
	readonly length: number;
};

/**
The tables' lines, how many failures they list, and whether they were cut. When they would not fit, the
decided failures are listed before those with a suggestion only, those with a note or an issue first, the
categories taking turns (each table still by priority, in log order): a person's decisions and notes are what
the text is pasted for, and a cut in log order dropped them behind hundreds of suggestions of an outage's
cluster, or behind the hundreds of rows of one cluster decision.
*/
export function failureTables(
	review: Review,
	options: TablesOptions,
): {lines: string[]; listed: number; isCut: boolean} {
	const {analysis, rows} = review;
	const {categories, priorities, byCategory, headlineLength, budget} = options;
	const priorityRank = new Map(priorities.map((name, index) => [name, index]));
	// The tables gain an Issue column once any decision links one.
	const hasIssues = rows.some(row => Boolean(row.decision?.issue));
	// And a Confirmed column once any failure was run again (`R`).
	const hasConfirmations = rows.some(row => row.analyzed.confirmation);
	const lineOf = (row: ReviewRow) => {
		const {failure, status} = row.analyzed;
		return tableRow([
			// A test can error in setup or teardown besides failing: say which report a row is.
			failure.outcome === 'error' && failure.phase !== 'call'
				? `${codeSpan(namedId(failure.id))} (${failure.phase} error)`
				: codeSpan(namedId(failure.id)),
			escapeCell(row.priority),
			runStatusText(status, analysis.runs.length),
			escapeLogCell(clip(failure.headline, headlineLength)),
			sourceText(row),
			escapeCell(clip(row.decision?.note ?? '', headlineLength)),
			...(hasIssues ? [issueCell(row, analysis.issueUrl)] : []),
			...(hasConfirmations
				? [
						row.analyzed.confirmation
							? escapeCell(confirmationLabel(row.analyzed.confirmation))
							: '',
					]
				: []),
		]);
	};

	const tables = categories.flatMap(category => {
		const list = byCategory.get(category);
		if (!list) {
			return [];
		}

		// Stable: log order within one priority.
		const sorted = list.toSorted(
			(a, b) =>
				(priorityRank.get(a.priority) ?? 0) -
				(priorityRank.get(b.priority) ?? 0),
		);
		const header = [
			`### ${escapeCell(category)} (${list.length})`,
			'',
			tableRow([
				'Test',
				'Priority',
				'Run status',
				'Headline',
				'Source',
				'Note',
				...(hasIssues ? ['Issue'] : []),
				...(hasConfirmations ? ['Confirmed'] : []),
			]),
			tableRow([
				'---',
				'---',
				'---',
				'---',
				'---',
				'---',
				...(hasIssues ? ['---'] : []),
				...(hasConfirmations ? ['---'] : []),
			]),
		];
		return [
			{
				header,
				// Its lines and the blank line after the table.
				headerLength: header.reduce((sum, line) => sum + line.length + 1, 1),
				rows: sorted.map(row => ({row, line: lineOf(row)})),
			},
		];
	});
	let {length} = options;
	const listed = new Set<ReviewRow>();
	const opened = new Set<(typeof tables)[number]>();
	let isCut = false;
	// Tiers, each listed before the next: decisions with a note or an issue, the other decisions, the suggestions.
	// Within a tier the tables take turns, a row each: an outage's cluster decided in one key (541 rows of one
	// category) no longer pushed every other category's decisions, and the note typed on one of its rows, out of
	// the text.
	const tiers: ReadonlyArray<(row: ReviewRow) => boolean> = [
		row =>
			row.source === 'manual' &&
			(Boolean(row.decision?.note) || Boolean(row.decision?.issue)),
		row => row.source === 'manual',
		() => true,
	];
	for (const tier of tiers) {
		const queues = tables.map(table =>
			table.rows.filter(({row}) => !listed.has(row) && tier(row)),
		);
		const longest = Math.max(0, ...queues.map(queue => queue.length));
		for (let index = 0; index < longest && !isCut; index++) {
			for (const [position, table] of tables.entries()) {
				const item = queues[position]![index];
				if (item === undefined) {
					continue;
				}

				const cost =
					item.line.length + 1 + (opened.has(table) ? 0 : table.headerLength);
				if (length + cost > budget) {
					isCut = true;
					break;
				}

				opened.add(table);
				listed.add(item.row);
				length += cost;
			}
		}

		if (isCut) {
			break;
		}
	}

	const out: string[] = [];
	for (const table of tables) {
		if (opened.has(table)) {
			out.push(
				...table.header,
				...table.rows.filter(({row}) => listed.has(row)).map(({line}) => line),
				'',
			);
		}
	}

	return {lines: out, listed: listed.size, isCut};
}
