import {styledCharsFromTokens, tokenize} from '@alcalzone/ansi-tokenize';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {
	isNarrowCharacter,
	narrowWidth,
} from '../../source/bundle-stubs/narrow-width.js';
import {styledCharsOf, tokenizeLine} from '../../source/ui/styled-chars.js';

/** Every UTF-16 unit isNarrowCharacter accepts. */
function narrowCharacters(): string[] {
	const narrow: string[] = [];
	for (let code = 0; code <= 0xff_ff; code++) {
		if (isNarrowCharacter(code)) {
			narrow.push(String.fromCharCode(code));
		}
	}

	return narrow;
}

describe('the styled characters of a line, as ansi-tokenize reads them', () => {
	test('isNarrowCharacter is the class narrowWidth measures, for every UTF-16 unit', () => {
		const disagree: string[] = [];
		for (let code = 0; code <= 0xff_ff; code++) {
			const character = String.fromCharCode(code);
			const isSurrogate = code >= 0xd8_00 && code <= 0xdf_ff;
			const measured =
				!isSurrogate && !'\u001B\u009B'.includes(character)
					? narrowWidth(character) === 1
					: false;
			if (isNarrowCharacter(code) !== measured) {
				disagree.push(code.toString(16));
			}
		}

		expect(disagree).toEqual([]);
	});

	test('each narrow character, alone, doubled, beside ASCII and beside colours', () => {
		const narrow = narrowCharacters();
		expect(narrow.length).toBeGreaterThan(1000);
		const wrong: string[] = [];
		for (const character of narrow) {
			for (const line of [
				character,
				`${character}${character}`,
				`a${character}b`,
				`\u001B[31m${character}\u001B[39m${character}`,
			]) {
				if (
					JSON.stringify(tokenizeLine(line)) !== JSON.stringify(tokenize(line))
				) {
					wrong.push(character.codePointAt(0)!.toString(16));
				}
			}
		}

		expect(wrong).toEqual([]);
	});

	test('all narrow characters in one line, in order and reversed', () => {
		const narrow = narrowCharacters();
		for (const line of [narrow.join(''), narrow.toReversed().join('')]) {
			expect(tokenizeLine(line)).toEqual(tokenize(line));
		}
	});

	// Pieces of the review's lines and of what a log may bring (escapes are made visible before they are
	// drawn, but the tokenizer must not depend on it).
	const pieces = [
		'a',
		'FAIL',
		' ',
		'tests/test_x.py::test_y[param-1]',
		'─── traceback ',
		'›',
		'…',
		'–',
		'é',
		'░▌',
		'→',
		'日本',
		'👍',
		'🇫🇷',
		'e\u0301',
		'\u0301',
		'a\u200Db',
		'\uFE0F',
		'\u00AD',
		'\t',
		'\r\n',
		'\u001B[1m',
		'\u001B[22m',
		'\u001B[2;36m',
		'\u001B[39m',
		'\u001B[38;5;208m',
		'\u001B[38;2;10;20;30m',
		'\u001B[48;5m',
		'\u001B[m',
		'\u001B[0m',
		'\u001B[7m',
		'\u001B]8;;https://example.com/a;b\u0007',
		'\u001B]8;id=1;file:///t.py\u0007',
		'\u001B]8;;\u0007',
		'\u001B]8;no-end',
		'\u001B[31',
		'\u001B[3x',
		'\u001B',
		'\u009B31m',
		'\u0007',
		'm',
		';',
		'[',
		']',
	];

	test('random lines: the same tokens and styled characters as ansi-tokenize', () => {
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom(...pieces), {maxLength: 16}),
				parts => {
					const line = parts.join('');
					expect(tokenizeLine(line)).toEqual(tokenize(line));
					expect(styledCharsOf(line)).toEqual(
						styledCharsFromTokens(tokenize(line)),
					);
				},
			),
			{numRuns: 3000},
		);
	});

	test('a line of the review is read without segmenting it', () => {
		const segment = Intl.Segmenter.prototype.segment;
		let segmented = 0;
		Intl.Segmenter.prototype.segment = function (
			this: Intl.Segmenter,
			text: string,
		) {
			segmented += text.length;
			return segment.call(this, text);
		};

		try {
			const line =
				'\u001B[7m› FAIL  \u001B]8;;file:///r/tests/test_x.py\u0007tests/test_x.py::test_y[a-1]\u001B]8;;\u0007 … AssertionError: 1 == 2\u001B[27m';
			expect(styledCharsOf(line)).toEqual(
				styledCharsFromTokens(tokenize(line)),
			);
			segmented = 0;
			styledCharsOf(line);
			// Only the escape sequences themselves went through ansi-tokenize.
			expect(segmented).toBe(
				'\u001B[7m\u001B]8;;file:///r/tests/test_x.py\u0007\u001B]8;;\u0007\u001B[27m'
					.length,
			);
		} finally {
			Intl.Segmenter.prototype.segment = segment;
		}
	});
});
