/**
A large run in Markdown stays under GitHub's 65,536-character limit: clusters first, tracebacks folded (their
summaries say whose they are), the rest cut with a line that says so, decided failures listed before the cut.
*/
import {expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import {formatMarkdown} from '../../source/export/markdown.js';
import {readLog} from '../../source/log/read.js';
import {type Decision, reportKey} from '../../source/triage/journal.js';
import {buildReview} from '../../source/triage/review.js';
import {at, cellsOf, reviewOf} from './markdown-cells.js';

test("a 617-failure outage stays under GitHub's 65,536-character limit: clusters first, tracebacks folded, the rest cut with a line that says so", async () => {
	const run = await readLog('fixtures/real/psycopg2-pg-stopped-rA/run.log.gz');
	const markdown = formatMarkdown(reviewOf([run], []));
	expect([...markdown].length).toBeLessThan(65_536);
	expect(markdown.indexOf('### Clusters')).toBeLessThan(
		markdown.indexOf('### ENVIRONMENT'),
	);
	expect(markdown).toContain('<details>');
	expect(markdown).toMatch(
		/> \d+ more failures not listed: this text stays under GitHub's 65,536-character limit/,
	);
	// A small run is never cut.
	const small = formatMarkdown(
		reviewOf(
			[await readLog('fixtures/real/jinja-skew-tb-short/run.log.gz')],
			[],
		),
	);
	expect(small).not.toContain('not listed');
});

test("a cut text lists every decided failure first: a decision and its note are not dropped behind an outage's suggestions", async () => {
	const run = await readLog('fixtures/real/psycopg2-pg-stopped-rA/run.log.gz');
	const analysis = analyze([run]);
	// The last failures in log order, decided at a lower priority than the suggestions: the last rows a cut in
	// table order would keep.
	const decided = buildReview(analysis, new Map()).rows.slice(-40);
	const decisions = decided.map(
		(row, index) =>
			({
				id: row.analyzed.failure.id,
				phase: row.analyzed.failure.phase,
				category: row.category,
				priority: 'LOW',
				note: `looked at ${index}`,
				signature: row.analyzed.cluster,
				at,
			}) satisfies Decision,
	);
	const markdown = formatMarkdown(
		buildReview(
			analysis,
			new Map(
				decisions.map(decision => [
					reportKey(decision.id, decision.phase),
					decision,
				]),
			),
		),
	);
	expect([...markdown].length).toBeLessThan(65_536);
	expect(markdown).toMatch(
		/> \d+ more failures not listed: .*Decided failures are listed first\./,
	);
	const rows = markdown.split('\n').filter(line => line.startsWith('| `'));
	for (const decision of decisions) {
		expect(
			rows.filter(line => line.includes(`| ${decision.note} |`)),
			decision.note,
		).toHaveLength(1);
	}

	// The tables keep their order: by priority, the decided LOW rows after the suggested HIGH ones listed.
	const priorities = rows.map(line => cellsOf(line)[1]);
	expect(priorities.indexOf('LOW')).toBeGreaterThan(priorities.indexOf('HIGH'));
	expect(priorities.slice(priorities.indexOf('LOW'))).not.toContain('HIGH');
});

test("a folded traceback's summary says when it is a teardown or setup error's, as the table rows do", async () => {
	const run = await readLog('fixtures/demo/run.log');
	const summaries = formatMarkdown(reviewOf([run], []))
		.split('\n')
		.filter(line => line.startsWith('<summary>'));
	// The largest cluster of the demo run is teardown errors after passing tests.
	// HTML, where GitHub reads no Markdown: no backslash escapes (they would show).
	expect(summaries[0]).toContain(
		'test_oauth_provider_timeout (teardown error; last ',
	);
	expect(summaries.some(line => / \(last \d+ lines/.test(line))).toBe(true);
});

test("a cut text lists every category's decisions, and a note, before the hundreds of rows of one cluster decision", async () => {
	// Seen in tmux on psycopg2-pg-stopped-rA: x on the outage's cluster (541 rows ENVIRONMENT), a note on one of
	// them, then two failures decided TEST_DESIGN: the Markdown listed 271 of the cluster's rows and neither the
	// TEST_DESIGN table nor the note.
	const run = await readLog('fixtures/real/psycopg2-pg-stopped-rA/run.log.gz');
	const analysis = analyze([run]);
	const rows = buildReview(analysis, new Map()).rows;
	const sizes = new Map<string, number>();
	for (const row of rows) {
		sizes.set(row.analyzed.cluster, (sizes.get(row.analyzed.cluster) ?? 0) + 1);
	}

	const largest = [...sizes].toSorted((a, b) => b[1] - a[1])[0]![0];
	const inCluster = rows.filter(row => row.analyzed.cluster === largest);
	expect(inCluster.length).toBeGreaterThan(500);
	const others = rows.filter(row => row.analyzed.cluster !== largest);
	const decision = (
		row: (typeof rows)[number],
		category: string,
		priority: string,
		note = '',
	): Decision => ({
		id: row.analyzed.failure.id,
		phase: row.analyzed.failure.phase,
		category,
		priority,
		note,
		signature: row.analyzed.cluster,
		at,
	});
	const decisions = [
		...inCluster.map((row, index) =>
			decision(
				row,
				'ENVIRONMENT',
				'HIGH',
				index === inCluster.length - 1 ? 'the server was stopped' : '',
			),
		),
		decision(others.at(-1)!, 'TEST_DESIGN', 'MEDIUM'),
		decision(others.at(-2)!, 'TEST_DESIGN', 'MEDIUM'),
	];
	const markdown = formatMarkdown(
		buildReview(
			analysis,
			new Map(decisions.map(each => [reportKey(each.id, each.phase!), each])),
		),
	);
	expect([...markdown].length).toBeLessThan(65_536);
	expect(markdown).toMatch(/> \d+ more failures not listed/);
	expect(markdown).toContain('### TEST\\_DESIGN (2)');
	const lines = markdown.split('\n').filter(line => line.startsWith('| `'));
	for (const row of [others.at(-1)!, others.at(-2)!]) {
		expect(
			lines.filter(
				line =>
					line.includes(row.analyzed.failure.id.split('::').at(-1)!) &&
					cellsOf(line)[4] === 'manual',
			).length,
		).toBeGreaterThan(0);
	}

	expect(
		lines.filter(line => line.includes('| the server was stopped |')),
	).toHaveLength(1);
});
