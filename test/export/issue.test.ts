import {parse} from 'csv-parse/sync';
import {stringify} from 'csv-stringify/sync';
import {describe, expect, test} from 'vitest';
import {analyze, type Analysis} from '../../source/classify/analyze.js';
import {builtInRuleSet} from '../../source/classify/rules/built-in.js';
import {reviewExtras} from '../../source/commands/export.js';
import {writeCsv} from '../../source/export/csv.js';
import {writeJson} from '../../source/export/json.js';
import {formatMarkdown} from '../../source/export/markdown.js';
import {formatReport} from '../../source/export/report.js';
import {planImport} from '../../source/triage/import.js';
import {reportKey, type Decision} from '../../source/triage/journal.js';
import {buildReview, type Review} from '../../source/triage/review.js';
import {makeRun} from '../classify/make-run.js';

const file = 'tests/chaos/database/test_pool.py';
const linked = `${file}::test_pool_exhausted`;
const byUrl = `${file}::test_pool_timeout`;
const plain = `${file}::test_pool_size`;
const undecided = `${file}::test_pool_reset`;
const run = makeRun('today.log', {
	[linked]: 'failed',
	[byUrl]: 'failed',
	[plain]: 'failed',
	[undecided]: 'failed',
});
const template = 'https://github.com/org/repo/issues/%s';

function decision(id: string, issue?: string): [string, Decision] {
	return [
		id,
		{
			id,
			category: 'CONFIGURATION',
			priority: 'HIGH',
			note: 'pool size',
			...(issue !== undefined && {issue}),
			at: '2026-11-23T10:00:00.000Z',
		},
	];
}

const decisions = new Map([
	decision(linked, '#412'),
	decision(byUrl, 'https://jira.example.com/browse/DB-7?focus=(a)|b'),
	decision(plain),
]);

function reviewWith(issueUrl: string | undefined): Review {
	const analysis: Analysis = {
		...analyze([run]),
		...(issueUrl !== undefined && {issueUrl}),
	};
	return buildReview(analysis, decisions);
}

function csvRows(review: Review): Array<Record<string, string>> {
	let text = '';
	writeCsv(review, part => {
		text += part;
	});
	return parse<Record<string, string>>(text, {columns: true});
}

describe('the issue column of the CSV, read back by a CSV parser', () => {
	test('the URL from the template, the URL given, or nothing', () => {
		const rows = csvRows(reviewWith(template));
		expect(Object.keys(rows[0]!)).toContain('Issue');
		expect(
			Object.fromEntries(rows.map(row => [row['Node ID'], row['Issue']])),
		).toEqual({
			[linked]: 'https://github.com/org/repo/issues/412',
			[byUrl]: 'https://jira.example.com/browse/DB-7?focus=(a)|b',
			[plain]: '',
			[undecided]: '',
		});
	});

	test('without a template, the reference as given', () => {
		const rows = csvRows(reviewWith(undefined));
		expect(rows.find(row => row['Node ID'] === linked)?.['Issue']).toBe('#412');
	});

	test('import keeps a decision’s issue when a spreadsheet changed its category', () => {
		let text = '';
		writeCsv(reviewWith(template), part => {
			text += part;
		});
		const [header, ...records] = parse(text);
		const record = records.find(
			cells => cells[header!.indexOf('Node ID')] === linked,
		)!;
		record[header!.indexOf('Category')] = 'BUG';
		// An edited Issue cell is not read: issues change with `#` or `decide --issue`.
		record[header!.indexOf('Issue')] = 'OTHER-1';
		const plan = planImport({
			text: stringify([header!, ...records]),
			decisions: new Map([...decisions].map(([id, each]) => [id, each])),
			ruleSet: builtInRuleSet(),
		});
		expect(plan.errors).toEqual([]);
		expect(plan.decisions.map(each => each.input)).toMatchObject([
			{id: linked, category: 'BUG', issue: '#412'},
		]);
	});
});

describe('JSON', () => {
	test('decision.issue is {ref, url}, url null without one, null without an issue', () => {
		const review = reviewWith(template);
		let text = '';
		writeJson(
			[run],
			part => {
				text += part;
			},
			{extras: reviewExtras(review)},
		);
		const failures = (
			JSON.parse(text) as {
				runs: Array<{
					failures: Array<{id: string; decision: {issue: unknown} | null}>;
				}>;
			}
		).runs[0]!.failures;
		const issueOf = (id: string) =>
			failures.find(failure => failure.id === id)?.decision?.issue;
		expect(issueOf(linked)).toEqual({
			ref: '#412',
			url: 'https://github.com/org/repo/issues/412',
		});
		expect(issueOf(plain)).toBeNull();
		expect(
			failures.find(failure => failure.id === undecided)?.decision,
		).toBeNull();

		let bare = '';
		writeJson(
			[run],
			part => {
				bare += part;
			},
			{extras: reviewExtras(reviewWith(undefined))},
		);
		expect(bare).toContain('"issue":{"ref":"#412","url":null}');
	});
});

describe('Markdown', () => {
	test('an Issue column with a link, its URL safe inside a table', () => {
		const text = formatMarkdown(reviewWith(template));
		expect(text).toContain(
			'| Test | Priority | Run status | Headline | Source | Note | Issue |',
		);
		expect(text).toContain('[#412](https://github.com/org/repo/issues/412) |');
		// Parentheses and the pipe of the URL would end the link or the cell.
		expect(text).toContain(
			'[https://jira.example.com/browse/DB-7?focus=(a)\\|b](https://jira.example.com/browse/DB-7?focus=%28a%29%7Cb) |',
		);
		const row = text
			.split('\n')
			.find(line => line.startsWith('| `') && line.includes(plain))!;
		expect(row.endsWith('| pool size |  |')).toBe(true);
	});

	test('no Issue column while no decision links one; the reference alone without a template', () => {
		const none = buildReview(analyze([run]), new Map([decision(plain)]));
		expect(formatMarkdown(none)).not.toContain('Issue');
		expect(formatMarkdown(reviewWith(undefined))).toContain(
			'| pool size | #412 |',
		);
	});
});

describe('report', () => {
	test('the reference and its URL under the failure', () => {
		const review = reviewWith(template);
		const reportDecisions = new Map(
			review.rows.flatMap(row =>
				row.decision
					? [
							[
								reportKey(row.analyzed.failure.id, row.analyzed.failure.phase),
								{
									category: row.decision.category,
									priority: row.decision.priority,
									note: row.decision.note,
									...(row.decision.issue !== undefined && {
										issue: row.decision.issue,
									}),
								},
							] as const,
						]
					: [],
			),
		);
		const text = formatReport(review.analysis, {decisions: reportDecisions});
		expect(text).toContain(
			'   Issue:    #412 <https://github.com/org/repo/issues/412>',
		);
		expect(text).toContain(
			'   Issue:    https://jira.example.com/browse/DB-7?focus=(a)|b\n',
		);
		expect(text.match(/Issue:/g)).toHaveLength(2);
	});
});
