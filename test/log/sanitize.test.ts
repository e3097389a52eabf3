import {describe, expect, test} from 'vitest';
import {
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
	])('%j', (input, expected) => {
		expect(sanitize(input)).toBe(expected);
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
