import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {escapeControls} from '../../source/log/sanitize.js';
import {
	codeSpan,
	escapeCell,
	escapeLogCell,
	escapeLogHtml,
	formatMarkdown,
} from '../../source/export/markdown.js';
import {makeRun} from '../classify/make-run.js';
import {
	at,
	cellsOf,
	renderCode,
	renderText,
	reviewOf,
} from './markdown-cells.js';

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
		// Between <code> tags Markdown still reads a backslash, a backtick, `*`: entities (cmark-gfm rendered
		// the old `<code>test[a\&#124;b]</code>` as test[a&#124;b]).
		['test[a\\|b]', '<code>test&#91;a&#92;&#124;b&#93;</code>'],
		[
			're[\\d*\\|`x`]',
			'<code>re&#91;&#92;d&#42;&#92;&#124;&#96;x&#96;&#93;</code>',
		],
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
