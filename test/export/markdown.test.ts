import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {escapeControls} from '../../source/log/sanitize.js';
import {analyze} from '../../source/classify/analyze.js';
import {
	codeSpan,
	escapeCell,
	escapeLogCell,
	escapeLogHtml,
	formatMarkdown,
} from '../../source/export/markdown.js';
import type {Run} from '../../source/log/model.js';
import {readLog} from '../../source/log/read.js';
import {type Decision, reportKey} from '../../source/triage/journal.js';
import {buildReview, type Review} from '../../source/triage/review.js';
import {makeRun, untraced} from '../classify/make-run.js';

const asciiPunctuation = /[!-/:-@[-`{-~]/;

/**
A GFM table row split into cells as cmark-gfm does: a backslash and an ASCII punctuation
character are one unit, an unescaped `|` separates cells, then `\|` becomes `|` in each cell.
*/
function cellsOf(row: string): string[] {
	const cells: string[] = [];
	let current = '';
	for (let index = 0; index < row.length; index++) {
		const character = row[index]!;
		const next = row[index + 1];
		if (
			character === '\\' &&
			next !== undefined &&
			asciiPunctuation.test(next)
		) {
			current += character + next;
			index++;
		} else if (character === '|') {
			cells.push(current);
			current = '';
		} else {
			current += character;
		}
	}

	cells.push(current);
	// The leading and trailing pipes make an empty first and last piece.
	expect(cells[0]!.trim()).toBe('');
	expect(cells.at(-1)!.trim()).toBe('');
	return cells.slice(1, -1).map(cell => cell.replaceAll('\\|', '|').trim());
}

/** What a cell of escaped text renders as: fails on any character that would be markup. */
function renderText(cell: string): string {
	let text = '';
	for (let index = 0; index < cell.length; index++) {
		const character = cell[index]!;
		if (character === '\\' && asciiPunctuation.test(cell[index + 1] ?? '')) {
			text += cell[index + 1];
			index++;
			continue;
		}

		// A code span: what GitHub would link (escapeLogCell), as it is.
		if (character === '`') {
			const span = /^`([^`]+)`/.exec(cell.slice(index));
			expect(span?.[1], `unescaped \` in ${cell}`).toMatch(
				/^(?:@|[\w./-]*#\d|GH-)/,
			);
			text += span![1];
			index += span![0].length - 1;
			continue;
		}

		// `&` starts an entity only when it looks like one; then it must be one of ours.
		const entity =
			character === '&' ? /^&#?\w+;/.exec(cell.slice(index)) : null;
		if (entity) {
			expect(['&lt;', '&amp;'], `entity in ${cell}`).toContain(entity[0]);
			text += entity[0] === '&lt;' ? '<' : '&';
			index += entity[0].length - 1;
			continue;
		}

		expect('*_`[]<~$\\', `unescaped ${character} in ${cell}`).not.toContain(
			character,
		);
		text += character;
	}

	return text;
}

/** What a code-span cell renders as. */
function renderCode(cell: string): string {
	if (cell.startsWith('<code>')) {
		expect(cell.endsWith('</code>')).toBe(true);
		return cell
			.slice(6, -7)
			.replaceAll('&#124;', '|')
			.replaceAll('&lt;', '<')
			.replaceAll('&gt;', '>')
			.replaceAll('&amp;', '&');
	}

	const fence = /^`+/.exec(cell)![0];
	expect(cell.endsWith(fence)).toBe(true);
	let content = cell.slice(fence.length, -fence.length);
	expect(content).not.toContain(fence);
	if (
		content.startsWith(' ') &&
		content.endsWith(' ') &&
		content.trim() !== ''
	) {
		content = content.slice(1, -1);
	}

	return content;
}

describe('escapeCell', () => {
	test.each([
		['a | b', String.raw`a \| b`],
		[String.raw`back\slash`, String.raw`back\\slash`],
		['line\nbreak\r\nand\tmore', 'line break and more'],
		// Other controls, bidi and zero-width characters are shown as escapes (the backslash escaped for Markdown).
		[
			'lone\rcr csi\u009B bidi\u202E zw\u200B',
			String.raw`lone\\x0dcr csi\\x9b bidi\\u202e zw\\u200b`,
		],
		['<script>alert(1)</script>', '&lt;script>alert(1)&lt;/script>'],
		['&lt; is not <', '&amp;lt; is not &lt;'],
		[
			'**bold** _it_ `code` [link](x) ~~gone~~ $x$',
			String.raw`\*\*bold\*\* \_it\_ \`code\` \[link\](x) \~\~gone\~\~ \$x\$`,
		],
	])('%j', (text, escaped) => {
		expect(escapeCell(text)).toBe(escaped);
	});

	test('any text stays in one cell and renders as itself (line breaks and tabs as spaces, other controls as escapes)', () => {
		fc.assert(
			fc.property(fc.string({unit: 'binary-ascii'}), text => {
				const cells = cellsOf(`| ${escapeCell(text)} | x |`);
				expect(cells).toHaveLength(2);
				expect(renderText(cells[0]!)).toBe(
					escapeControls(text.replaceAll(/\r\n|[\n\t]/g, ' ')).trim(),
				);
			}),
		);
	});
});

describe('codeSpan', () => {
	test.each([
		['tests/a.py::test_a[x]', '`tests/a.py::test_a[x]`'],
		['test[`tick`]', '``test[`tick`]``'],
		['`edge`', '`` `edge` ``'],
		['a ``` b', '````a ``` b````'],
		['test[a|b]', '`test[a\\|b]`'],
		['test[a\\|b]', '<code>test[a\\&#124;b]</code>'],
	])('%j', (text, span) => {
		expect(codeSpan(text)).toBe(span);
	});

	test('any node id stays in one cell and renders as itself', () => {
		fc.assert(
			fc.property(
				fc.string({
					unit: fc.constantFrom(
						'`',
						'|',
						'\\',
						' ',
						'<',
						'&',
						'a',
						'[',
						']',
						':',
					),
				}),
				id => {
					fc.pre(id.trim() !== '');
					const cells = cellsOf(`| ${codeSpan(id)} | x |`);
					expect(cells).toHaveLength(2);
					expect(renderCode(cells[0]!)).toBe(id);
				},
			),
		);
	});
});

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

function reviewOf(
	runs: readonly Run[],
	decisions: readonly Decision[] = [],
): Review {
	return buildReview(
		analyze(runs),
		new Map(decisions.map(decision => [decision.id, decision])),
	);
}

const at = '2026-11-23T10:00:00.000Z';

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
		expect(markdown).toContain('**Progress:** 1 of 3 decided (33%) · 1 stale');
		expect(markdown).toContain('1 with a suggestion only');
		expect(markdown).not.toContain('[!WARNING]');
		expect(markdown).toContain('| BUG | 2 | 1 | 0 | 1 |');
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

test('a folded traceback’s summary is HTML: entities, a mention in <code>, no backslash', () => {
	expect(escapeLogHtml('tests/t.py::test_x[@admin-<b>&1]')).toBe(
		'tests/t.py::test_x[<code>@admin-</code>&lt;b&gt;&amp;1]',
	);
});

describe('escapeLogCell: what GitHub would link in a log’s text', () => {
	test.each([
		[
			'PermissionError: @admin may not write',
			'PermissionError: `@admin` may not write',
		],
		['owned by @acme/platform-team', 'owned by `@acme/platform-team`'],
		['@ops_bot: retry #3 of 5', '`@ops_bot`: retry `#3` of 5'],
		[
			'see GH-12 and acme/api#40, jlord#26',
			'see `GH-12` and `acme/api#40`, `jlord#26`',
		],
		// An address, a decorator's call, a fragment: no link.
		['mail ada@example.com', 'mail ada@example.com'],
		['url http://x/#top', 'url http://x/#top'],
		['a_b | *c*', 'a\\_b \\| \\*c\\*'],
	])('%s', (text, cell) => {
		expect(escapeLogCell(text)).toBe(cell);
	});

	test('a failure’s headline in the Markdown table has its mention and issue number in code; a note keeps its own', () => {
		const id = 'tests/test_acl.py::test_write';
		const markdown = formatMarkdown(
			reviewOf(
				[
					makeRun('today.log', {
						[id]: {
							outcome: 'failed',
							failure: {headline: 'PermissionError: @admin denied (#7)'},
						},
					}),
				],
				[
					{
						id,
						category: 'BUG',
						priority: 'HIGH',
						note: 'ask @ada, see #12',
						at,
					},
				],
			),
		);
		const row = markdown
			.split('\n')
			.find(line => line.startsWith('| `tests/test_acl.py'))!;
		expect(row).toContain('PermissionError: `@admin` denied (`#7`)');
		expect(row).toContain('ask @ada, see #12');
	});
});
