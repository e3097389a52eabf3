import {describe, expect, test} from 'vitest';
import {formatMarkdown} from '../../source/export/markdown.js';
import type {Run} from '../../source/log/model.js';
import {readLog} from '../../source/log/read.js';
import {makeRun, untraced} from '../classify/make-run.js';
import {
	at,
	cellsOf,
	renderCode,
	renderText,
	reviewOf,
} from './markdown-cells.js';

test.each([
	'fixtures/sessions/call-and-teardown.log',
	'fixtures/sessions/call-and-teardown.xml',
])(
	'%s: a test failing in call and erroring in teardown is one test of three, as pytest counts',
	async log => {
		const markdown = formatMarkdown(reviewOf([await readLog(log)]));
		expect(markdown).toContain(
			'**3 failures** (1 failed, 2 errors) of 3 tests',
		);
	},
);

describe('formatMarkdown', () => {
	const auth = 'tests/chaos/auth/test_auth_chaos.py::TestAuthChaos';
	// No tracebacks: the suggestions come from the names (test_load is ENVIRONMENT, LOW).
	const run = makeRun('today.log', {
		[`${auth}::test_outage`]: untraced('failed'),
		[`${auth}::test_load`]: untraced('failed'),
		[`${auth}::test_login`]: 'passed',
		'tests/test_db.py::test_rollback': untraced('error'),
	});

	test('failures whose error the log does not show are in no cluster: not in the Clusters table nor its count, as the summary line and the report say', async () => {
		// hostile/run.log: one failing test has a progress line and no entry in FAILURES.
		const markdown = formatMarkdown(
			reviewOf([await readLog('fixtures/hostile/run.log')]),
		);
		expect(markdown).toContain('of 11 tests · 8 clusters');
		expect(markdown).toContain('### Clusters (8)');
		// No cluster row for them (their rows in the category tables still say it).
		expect(markdown).not.toMatch(
			/^\| [\da-f]{10} \| \d+ \| [^|]+ \| \(no traceback in the log\) \|$/m,
		);
		expect(markdown).toContain(
			'1 failure whose error the log does not show is in no cluster.',
		);
	});

	test('a summary with counts and progress, then one table per category', () => {
		const markdown = formatMarkdown(
			reviewOf(
				[run],
				[
					{
						id: `${auth}::test_outage`,
						category: 'BUG',
						priority: 'HIGH',
						note: 'see #12',
						at,
					},
					{
						id: 'tests/test_db.py::test_rollback',
						category: 'BUG',
						priority: 'LOW',
						note: '',
						at,
						signature: 'old',
					},
				],
			),
		);
		expect(markdown).toContain('## Test triage: `today.log`');
		expect(markdown).toContain('**3 failures** (2 failed, 1 error) of 4 tests');
		expect(markdown).toContain(
			'**Progress:** 1 of 3 decided (33.3%) · 1 stale',
		);
		expect(markdown).toContain('1 with a suggestion only');
		expect(markdown).not.toContain('[!WARNING]');
		expect(markdown).toContain('| BUG | 2 | 1 | 0 | 1 |');
		// Every category in the summary, one without failures too (as the review's summary and the report list
		// them), but no table of its failures.
		expect(markdown).toContain('| ENVIRONMENT | 0 | 0 | 0 | 0 |');
		expect(markdown).not.toContain('### ENVIRONMENT');
		const bug = markdown.slice(markdown.indexOf('### BUG (2)'));
		const rows = bug.split('\n').filter(line => line.startsWith('| `'));
		expect(rows.slice(0, 2).map(row => cellsOf(row))).toEqual([
			[
				`\`${auth}::test_outage\``,
				'HIGH',
				// One run: no earlier run says whether it failed before, as the review says.
				'only run known',
				'AssertionError: test\\_outage went wrong',
				'manual',
				'see #12',
			],
			[
				'`tests/test_db.py::test_rollback` (setup error)',
				'LOW',
				'only run known',
				'AssertionError: test\\_rollback went wrong',
				'manual, **stale**',
				'',
			],
		]);
		expect(markdown).toMatch(/### [A-Z_\\]+ \(1\)/);
	});

	test('a decision says who made it, with its source, when the journal records it', () => {
		const markdown = formatMarkdown(
			reviewOf(
				[run],
				[
					{
						id: `${auth}::test_outage`,
						category: 'BUG',
						priority: 'HIGH',
						note: '',
						at,
						by: 'ada_*x*',
					},
					{
						id: 'tests/test_db.py::test_rollback',
						category: 'BUG',
						priority: 'LOW',
						note: '',
						at,
						signature: 'old',
						by: 'bob',
					},
				],
			),
		);
		const bug = markdown.slice(markdown.indexOf('### BUG (2)'));
		const sources = bug
			.split('\n')
			.filter(line => line.startsWith('| `'))
			.map(row => cellsOf(row)[4]);
		expect(sources.slice(0, 2)).toEqual([
			String.raw`manual by ada\_\*x\*`,
			'manual by bob, **stale**',
		]);
	});

	test('an incomplete run is flagged', () => {
		const incomplete: Run = {
			...run,
			complete: false,
			warnings: [{line: 42, message: 'the log ends inside a <traceback>'}],
		};
		const markdown = formatMarkdown(reviewOf([incomplete]));
		expect(markdown).toContain('> [!WARNING]\n> This run is incomplete');
		expect(markdown).toContain('line 42: the log ends inside a &lt;traceback>');
	});

	test("pytest's reruns are counted in the summary line, as the report counts them", () => {
		const rerun: Run = {...run, counts: {...run.counts, rerun: 7}};
		expect(formatMarkdown(reviewOf([rerun]))).toMatch(
			/^\*\*\d+ failures?\*\*.* of \d+ tests? · 7 reruns · \d+ clusters?/m,
		);
		expect(formatMarkdown(reviewOf([run]))).not.toContain('rerun');
	});

	test('no failures', () => {
		const markdown = formatMarkdown(
			reviewOf([makeRun('green.log', {'tests/a.py::test_a': 'passed'})]),
		);
		expect(markdown).toContain('**0 failures** of 1 test');
		expect(markdown).toContain('No failures.');
	});

	test('a --collect-only run says that no test ran, not "No failures" as for a clean run', async () => {
		const run = await readLog('fixtures/hunt/collectonly-p9-co/run.log');
		const markdown = formatMarkdown(reviewOf([run]));
		expect(markdown).toContain(
			'> [!WARNING]\n> **pytest only collected the tests (--collect-only): 6 tests collected; no test ran**',
		);
		expect(markdown).toContain('No test ran, so no failure to triage.');
		expect(markdown).not.toContain('No failures.');
	});

	test('the hostile log: every table row keeps its six cells, and ids and headlines render as themselves', async () => {
		const hostile = await readLog('fixtures/hostile/run.log');
		const review = reviewOf(
			[hostile],
			[
				{
					id: 'tests/test_hostile.py::test_formula[+1]',
					category: 'BUG',
					priority: 'HIGH',
					note: 'a | b\nc <d>',
					at,
				},
			],
		);
		const markdown = formatMarkdown(review);
		const rows = markdown
			.split('\n')
			.filter(line => line.startsWith('| `') || line.startsWith('| <code>'));
		expect(rows).toHaveLength(hostile.failures.length);
		const rendered = new Map(
			rows.map(row => {
				const cells = cellsOf(row);
				expect(cells, row).toHaveLength(6);
				return [
					renderCode(
						cells[0]!.replace(/ \((?:setup|teardown|collect) error\)$/, ''),
					),
					cells.slice(1).map(cell => renderText(cell)),
				];
			}),
		);
		for (const failure of hostile.failures) {
			const cells = rendered.get(failure.id);
			expect(cells, failure.id).toBeDefined();
			expect(cells![2]).toBe(failure.headline.replaceAll('\t', ' '));
		}

		expect(rendered.get('tests/test_hostile.py::test_formula[+1]')![4]).toBe(
			'a | b c <d>',
		);
	});
});
