import {describe, expect, test} from 'vitest';
import {
	escapeControls,
	escapeIdControls,
	sanitize,
	sanitizeLine,
	sanitizeLines,
} from '../../source/log/sanitize.js';

describe('sanitize', () => {
	test.each([
		['plain text', 'plain text'],
		['\u001B]52;c;AAAA\u0007', '␛]52;c;AAAA␇'],
		['\u001B[2J\u001B[H', '␛[2J␛[H'],
		['\u001B]0;title\u001B\\', '␛]0;title␛\\'],
		['bell\u0007 backspace\b nul\u0000', 'bell␇ backspace␈ nul␀'],
		['del\u007F', 'del␡'],
		// C1 controls: U+009B is CSI and U+009D is OSC in terminals that honour them.
		['\u009B2J \u009D52;c;AAAA\u009C', '<U+009B>2J <U+009D>52;c;AAAA<U+009C>'],
		// Bidirectional overrides (Trojan Source) and line separators.
		['a\u202Eb\u2066c\u2028d', 'a<U+202E>b<U+2066>c<U+2028>d'],
		['lone\rcarriage', 'lone␍carriage'],
		['crlf\r\nline', 'crlf\nline'],
		['tab\there', 'tab here'],
		['\tx', '    x'],
		['ünïcödé ✓ 日本', 'ünïcödé ✓ 日本'],
		// A lone surrogate (a report log's or a journal's JSON can hold one) reached a terminal as U+FFFD: two ids
		// that differ by it looked alike. A pair (an emoji) is one character and stays.
		[
			'a[\uD800] b[\uDC00] c[\uD800\uD800]',
			'a[<U+D800>] b[<U+DC00>] c[<U+D800><U+D800>]',
		],
		['x\uDBFF', 'x<U+DBFF>'],
		['👍 \uD83D\uDC4D', '👍 👍'],
	])('%j', (input, expected) => {
		expect(sanitize(input)).toBe(expected);
	});

	test('a lone surrogate in an export is its escape, as JSON writes it', () => {
		expect(escapeControls('test_a[\uD800x] \uDC00 👍')).toBe(
			'test_a[\\ud800x] \\udc00 👍',
		);
	});

	test('nothing below U+0020 but newline, nor DEL or C1, survives', () => {
		let all = '';
		for (let code = 0; code < 0xa0; code++) {
			all += String.fromCharCode(code);
		}

		const safe = sanitize(all);

		expect(safe.replaceAll('\n', '')).not.toMatch(
			/[\u0000-\u001F\u007F-\u009F]/,
		);
	});

	test('sanitizeLine keeps one line; sanitizeLines splits', () => {
		expect(sanitizeLine('a\nb\u001B')).toBe('a⏎b␛');
		expect(sanitizeLines('a\n\u001B[31mb')).toEqual(['a', '␛[31mb']);
	});
});

describe('zero-width characters', () => {
	test.each([
		['a\u200Bb', 'a<U+200B>b'],
		['a\u200Cb\u200Dc', 'a<U+200C>b<U+200D>c'],
		['word\u2060joiner', 'word<U+2060>joiner'],
		['\uFEFFbom', '<U+FEFF>bom'],
	])('%j → %j', (text, expected) => {
		expect(sanitize(text)).toBe(expected);
	});
});

describe('escapeControls', () => {
	test.each([
		['plain\ttab\nnewline', 'plain\ttab\nnewline'],
		['back\bspace', String.raw`back\x08space`],
		['\u001B[2J', String.raw`\x1b[2J`],
		['cr\rhere', String.raw`cr\x0dhere`],
		['del\u007F', String.raw`del\x7f`],
		['\u009B2J \u009D0;t\u0007', String.raw`\x9b2J \x9d0;t\x07`],
		['a\u202Eb\u2066c\u2069', String.raw`a\u202eb\u2066c\u2069`],
		['z\u200Bw\u200Dj\u2060\uFEFF', String.raw`z\u200bw\u200dj\u2060\ufeff`],
		['\u2028\u2029', String.raw`\u2028\u2029`],
	])('%j → %j', (text, expected) => {
		expect(escapeControls(text)).toBe(expected);
	});

	// A message keeps the log's text: Python's repr of a colour code reads as the log shows it.
	test.each([
		[
			String.raw`assert '\x1b[31mred' == 'red'`,
			String.raw`assert '\x1b[31mred' == 'red'`,
		],
		['both \\x1b and \u001B', String.raw`both \x1b and \x1b`],
	])('%j → %j', (text, expected) => {
		expect(escapeControls(text)).toBe(expected);
	});
});

describe('escapeIdControls', () => {
	// An id holding ESC (pytest's `disable_test_id_escaping…`) and pytest's escaped id holding the text `\x1b` were
	// written alike: a backslash before an escape's text, or before a character written as one, is doubled.
	test.each([
		['test_x[\u001B]', String.raw`test_x[\x1b]`],
		[String.raw`test_x[\x1b]`, String.raw`test_x[\\x1b]`],
		['test_x[\\\u001B]', String.raw`test_x[\\\x1b]`],
		[String.raw`test_x[\\x1b]`, String.raw`test_x[\\\\x1b]`],
		[
			String.raw`\u202e \ud800 \x9b \x0d`,
			String.raw`\\u202e \\ud800 \\x9b \\x0d`,
		],
		// Not an escape this writes: left alone.
		[
			String.raw`Z\xfcrich C:\dir \\server \xAB \x0a \u4e2d`,
			String.raw`Z\xfcrich C:\dir \\server \xAB \x0a \u4e2d`,
		],
		['a\\\r\nb', 'a\\\r\nb'],
	])('%j → %j', (text, expected) => {
		expect(escapeIdControls(text)).toBe(expected);
	});

	test('no two texts are written alike', () => {
		const pieces = [
			'\\',
			'x1b',
			'x',
			'1',
			'b',
			'\u001B',
			'u202e',
			'\u202E',
			'\r',
			'\n',
			'a',
		];
		const seen = new Map<string, string>();
		const walk = (text: string, depth: number) => {
			const escaped = escapeIdControls(text);
			expect(seen.get(escaped) ?? text, JSON.stringify(text)).toBe(text);
			seen.set(escaped, text);
			if (depth < 4) {
				for (const piece of pieces) {
					walk(text + piece, depth + 1);
				}
			}
		};

		walk('', 0);
	});

	test('a hostile text is escaped at once', {timeout: 30_000}, () => {
		escapeIdControls(`${'\\'.repeat(200_000)}a`);
		escapeIdControls(String.raw`\x`.repeat(100_000));
		escapeIdControls('\\\u001B'.repeat(100_000));
	});
});
