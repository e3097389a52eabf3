import fc from 'fast-check';
import {expect, test} from 'vitest';
import inkSanitizeAnsi from '../node_modules/ink/build/sanitize-ansi.js';
import sanitizeAnsi from '../source/bundle-stubs/sanitize-ansi.js';

/** Pieces of what a `<Text>` can hold: text, colours as the review writes them, and what Ink strips or keeps. */
const pieces = [
	'a',
	'FAIL ',
	'tests/test_x.py::test_y[param]',
	'›',
	'…',
	'日本',
	'👍',
	'e\u0301',
	'\t',
	'\n',
	'\u001B[2m',
	'\u001B[22m',
	'\u001B[1;31m',
	'\u001B[38;5;208m',
	'\u001B[38:2:1:2:3m',
	'\u001B[m',
	'\u001B[0m',
	'\u001B[39m',
	// CSI that are not SGR, or SGR Ink does not keep: stripped by Ink.
	'\u001B[2J',
	'\u001B[?25l',
	'\u001B[<1m',
	'\u001B[1 m',
	'\u001B[10A',
	// OSC (a hyperlink, a title), other escapes, C1 controls, a lone or cut ESC.
	'\u001B]8;;https://example.com\u0007',
	'\u001B]8;;\u0007',
	'\u001B]0;title\u001B\\',
	'\u001BP1$r\u001B\\',
	'\u001B(B',
	'\u001Bc',
	'\u009B31m',
	'\u009D8;;x\u009C',
	'\u0085',
	'\u009F',
	'\u001B',
	'\u001B[',
	'\u001B[31',
	'[31m',
];

const textArb = fc
	.array(fc.constantFrom(...pieces), {maxLength: 16})
	.map(parts => parts.join(''));

test('the same text as Ink’s sanitizeAnsi, whatever escape sequences it holds', () => {
	fc.assert(
		fc.property(textArb, text => {
			expect(sanitizeAnsi(text)).toBe(inkSanitizeAnsi(text));
		}),
		{numRuns: 5000},
	);
});

test('the same text as Ink’s for any string', () => {
	fc.assert(
		fc.property(fc.string({unit: 'binary', maxLength: 40}), text => {
			expect(sanitizeAnsi(text)).toBe(inkSanitizeAnsi(text));
		}),
		{numRuns: 5000},
	);
});

test('a line as the review colours it comes back as it is, and cursor moves are still dropped', () => {
	const line =
		'\u001B[1m›\u001B[22m \u001B[31mFAIL\u001B[39m  tests/a.py::test_b';
	expect(sanitizeAnsi(line)).toBe(line);
	expect(sanitizeAnsi(`a\u001B[2Jb\u001B[31mc`)).toBe('ab\u001B[31mc');
});
