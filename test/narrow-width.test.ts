import stringWidth from 'string-width';
import {expect, test} from 'vitest';
import {narrowWidth} from '../source/bundle-stubs/narrow-width.js';

/** Every code point below U+2600 narrowWidth claims, and the ones it leaves to string-width. */
function claimed(): {readonly narrow: string[]; readonly left: string[]} {
	const narrow: string[] = [];
	const left: string[] = [];
	for (let code = 0; code < 0x26_00; code++) {
		if (code >= 0xd8_00 && code <= 0xdf_ff) {
			continue;
		}

		const character = String.fromCodePoint(code);
		(narrowWidth(character) === undefined ? left : narrow).push(character);
	}

	return {narrow, left};
}

test('each character it measures is one column wide for string-width, alone and beside others', () => {
	const {narrow} = claimed();
	expect(narrow.length).toBeGreaterThan(1000);
	const wrong = narrow.filter(
		character =>
			stringWidth(character) !== 1 ||
			stringWidth(`a${character}`) !== 2 ||
			stringWidth(`${character}a`) !== 2 ||
			stringWidth(`${character}${character}`) !== 2 ||
			stringWidth(`${character}\u00E9`) !== 2,
	);
	expect(
		wrong.map(character => character.codePointAt(0)!.toString(16)),
	).toEqual([]);
});

test('what it leaves to string-width: controls, a soft hyphen, combining marks, wide shapes, East Asian text, emoji', () => {
	for (const text of [
		'\t',
		'\u00AD',
		'e\u0301',
		'\u25FD',
		'日本',
		'🙂',
		'a\u200Db',
		'\u001B]8;;https://example.com\u0007x\u001B]8;;\u0007',
	]) {
		expect(narrowWidth(text)).toBeUndefined();
	}
});

test.each([
	'',
	'plain ascii line',
	'›  FAIL high   bug               tests/api/test_orders_api.py::test_x',
	'░░░░░░░░░░░░ 0/47 decided',
	'─── traceback 1–4 of 4 · » crash line ───',
	'\u001B[1m\u001B[31mFAIL\u001B[39m\u001B[22m · café naïve',
	'←↑→↓ ▏▕ █▌ ◆ ● ‹›',
])('%j measures as string-width measures it', text => {
	expect(narrowWidth(text)).toBe(stringWidth(text));
});
