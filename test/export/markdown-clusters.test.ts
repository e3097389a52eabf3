/**
The Markdown's cluster table shows the error as pytest printed it where all of a cluster's failures say the same
(`assert 500 == 404`), not the signature whose masks (`assert <n> == <n>`, escaped `&lt;n>`) an issue's reader
took for the message; a cluster whose failures differ keeps the signature, which says what they share.
*/
import {expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import {formatMarkdown} from '../../source/export/markdown.js';
import {readLog} from '../../source/log/read.js';
import {type Decision, reportKey} from '../../source/triage/journal.js';
import {buildReview} from '../../source/triage/review.js';
import {at, cellsOf, reviewOf} from './markdown-cells.js';

async function clusterRows(): Promise<string[]> {
	const markdown = formatMarkdown(
		buildReview(analyze([await readLog('fixtures/demo/run.log')]), new Map()),
	);
	return markdown
		.split('\n')
		.filter(line => /^\| [\da-f]{10} \| \d+ \|/.test(line));
}

test('a cluster of one failure: its message as printed, and where it crashed', async () => {
	const rows = await clusterRows();
	expect(rows).toContain(
		'| c61b5a66be | 1 | BUG HIGH | - | AssertionError: assert 500 == 404 @ tests/api/test\\_orders\\_api.py:test\\_get\\_order\\_not\\_found |',
	);
	expect(rows).toContain(
		"| 92d2d79428 | 1 | BUG HIGH | - | AssertionError: assert 'v28' == 'v29' @ tests/chaos/cache/test\\_cache\\_chaos.py:test\\_cache\\_invalidation\\_race |",
	);
});

test('failures that say the same: that; failures that differ: the signature, masks and all', async () => {
	const rows = await clusterRows();
	expect(rows).toContain(
		'| 6a7b5a5fd4 | 2 | ENVIRONMENT LOW | - | AssertionError: Should experience some auth contention under load @ tests/chaos/auth/test\\_auth\\_chaos.py:test\\_concurrent\\_authentication\\_load |',
	);
	expect(rows).toContain(
		'| 812d1f0760 | 3 | BUG HIGH | - | AssertionError: assert &lt;n> == &lt;n> @ tests/chaos/concurrency/test\\_concurrency\\_chaos.py:test\\_race\\_condition\\_counter |',
	);
});

test('the Clusters table says what was decided on each cluster beside its suggestion, as the report does', async () => {
	const run = await readLog('fixtures/demo/run.log');
	const review = reviewOf([run]);
	// The largest cluster: three teardown errors of one fixture.
	const [largest] = review.analysis.clusters;
	const members = review.rows.filter(
		row => row.analyzed.cluster === largest!.id,
	);
	expect(members).toHaveLength(3);
	const decide = (row: (typeof members)[number], category: string) =>
		({
			id: row.analyzed.failure.id,
			phase: row.analyzed.failure.phase,
			category,
			priority: 'MEDIUM',
			note: '',
			signature: row.analyzed.cluster,
			at,
		}) satisfies Decision;
	const cellOf = (decisions: readonly Decision[]) => {
		const markdown = formatMarkdown(
			buildReview(
				review.analysis,
				new Map(
					decisions.map(decision => [
						reportKey(decision.id, decision.phase!),
						decision,
					]),
				),
			),
		);
		const header = markdown
			.split('\n')
			.find(line => line.startsWith('| Cluster |'))!;
		const row = markdown
			.split('\n')
			.find(line => line.startsWith(`| ${largest!.id} |`))!;
		return cellsOf(row)[cellsOf(header).indexOf('Decided')];
	};

	expect(cellOf([])).toBe('-');
	expect(cellOf(members.map(row => decide(row, 'ENVIRONMENT')))).toBe(
		'ENVIRONMENT MEDIUM',
	);
	expect(cellOf([decide(members[0]!, 'ENVIRONMENT')])).toBe(
		'ENVIRONMENT MEDIUM (1 of 3)',
	);
	expect(
		cellOf([
			decide(members[0]!, 'ENVIRONMENT'),
			decide(members[1]!, 'BUG'),
			decide(members[2]!, 'BUG'),
		]),
	).toBe('mixed: BUG 2, ENVIRONMENT 1');
});
