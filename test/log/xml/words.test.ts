import {Buffer} from 'node:buffer';
import {expect, test} from 'vitest';
import {
	skipOrdinaryTextWords,
	skipPlainValueWords,
	WordView,
	wordOf,
} from '../../../source/log/xml/words.js';

/** Bytes at and around every boundary the word tests draw. */
const interesting = [
	0x00, 0x01, 0x09, 0x0a, 0x0d, 0x1f, 0x20, 0x21, 0x22, 0x25, 0x26, 0x27, 0x3b,
	0x3c, 0x3d, 0x41, 0x5c, 0x5d, 0x5e, 0x7e, 0x7f, 0x80, 0x81, 0xbf, 0xc0, 0xee,
	0xef, 0xf0, 0xfe, 0xff,
];

/**
Every word of four interesting bytes, after a word that passes and before one that passes: the test stops at
it exactly when one of its bytes is one to stop at, and never before it.
*/
function mistakes(
	skip: (view: WordView, from: number, to: number) => number,
	stopsAt: (byte: number) => boolean,
	passing: number,
): string[] {
	const memory = Buffer.alloc(16, passing);
	const view = new WordView();
	view.view(memory);
	const found: string[] = [];
	for (const a of interesting) {
		for (const b of interesting) {
			for (const c of interesting) {
				for (const d of interesting) {
					memory.fill(passing);
					memory[4] = a;
					memory[5] = b;
					memory[6] = c;
					memory[7] = d;
					const stop = skip(view, 0, 16);
					const shouldStop = [a, b, c, d].some(byte => stopsAt(byte));
					if (shouldStop ? stop !== 4 : stop !== 16) {
						found.push([a, b, c, d].map(byte => byte.toString(16)).join(' '));
					}
				}
			}
		}
	}

	return found;
}

test('a plain attribute value: a word passes when its bytes are printable ASCII but &, < and the quote', () => {
	for (const quote of [0x22, 0x27]) {
		expect(
			mistakes(
				(view, from, to) => skipPlainValueWords(view, from, to, wordOf(quote)),
				byte =>
					byte < 0x20 ||
					byte >= 0x80 ||
					byte === 0x26 ||
					byte === 0x3c ||
					byte === quote,
				0x41,
			).slice(0, 5),
		).toEqual([]);
	}
});

test('character data: a word passes unless a byte is below 0x20, &, ] or 0xEF', () => {
	expect(
		mistakes(
			skipOrdinaryTextWords,
			byte => byte < 0x20 || byte === 0x26 || byte === 0x5d || byte === 0xef,
			0x41,
		).slice(0, 5),
	).toEqual([]);
});

test('a buffer in the middle of its memory: words are found where the buffer is', () => {
	const memory = Buffer.alloc(32, 0x41);
	for (let offset = 0; offset < 4; offset++) {
		const buffer = memory.subarray(offset + 1, offset + 29);
		const view = new WordView();
		view.view(buffer);
		buffer.fill(0x41);
		buffer[17] = 0x26;
		const from = (4 - ((offset + 1) % 4)) % 4;
		const stop = skipOrdinaryTextWords(view, from, buffer.length);
		expect(stop).toBeLessThanOrEqual(17);
		expect(stop).toBeGreaterThan(17 - 4);
		expect((view.base + stop) % 4).toBe(0);
	}
});
