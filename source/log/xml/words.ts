/**
A buffer's bytes four at a time: the byte reader's checks (start-tag.ts, scan.ts) skip the words in which
no byte can stop them, and look at the bytes of the one word that may hold one. A word is tested with the
usual bit tricks (a zero byte shows as a borrow into its high bit); a test may stop at a word whose bytes
all pass, never pass a word that has a byte to stop at.
*/
import type {Buffer} from 'node:buffer';

const ones = 0x01_01_01_01;
/** 0x80808080 as the 32-bit integer the words are. */
const highs = -0x7f_7f_7f_80;

/** The words of a buffer's memory (aligned, whole), and where the buffer starts in it. */
export class WordView {
	buffer: Buffer | undefined;
	words: Int32Array = new Int32Array(0);
	base = 0;

	/** Views `buffer`; nothing is copied. */
	view(buffer: Buffer): void {
		if (buffer === this.buffer) {
			return;
		}

		this.buffer = buffer;
		this.words = new Int32Array(
			buffer.buffer,
			0,
			buffer.buffer.byteLength >>> 2,
		);
		this.base = buffer.byteOffset;
	}
}

/** `byte` in each of a word's bytes. */
export function wordOf(byte: number): number {
	return Math.imul(byte, ones);
}

/**
From `from` (at a word's start: `(view.base + from) % 4 === 0`), the start of the first word before `to`
that may hold a byte that is not printable ASCII (below 0x20, 0x80 and above), or is `&`, `<` or the quote
`quoteWord` is made of; the start of the last, partial word when every whole one passes.
*/
export function skipPlainValueWords(
	view: WordView,
	from: number,
	to: number,
	quoteWord: number,
): number {
	const {words, base} = view;
	let word = (base + from) >> 2;
	const end = (base + to) >> 2;
	while (word < end) {
		const bytes = words[word]!;
		const quote = bytes ^ quoteWord;
		const ampersand = bytes ^ 0x26_26_26_26;
		const less = bytes ^ 0x3c_3c_3c_3c;
		const stops =
			((bytes - 0x20_20_20_20) & ~bytes) |
			bytes |
			((quote - ones) & ~quote) |
			((ampersand - ones) & ~ampersand) |
			((less - ones) & ~less);
		if ((stops & highs) !== 0) {
			break;
		}

		word++;
	}

	return word * 4 - base;
}

/**
From `from` (at a word's start), the start of the first word before `to` that may hold a byte character data
stops at (a control but tab and LF, which a word test cannot tell apart from LF: every byte below 0x20;
`&`, `]`, or 0xEF, which may start U+FFFE or U+FFFF); the start of the last, partial word when every whole
one passes. Bytes beyond ASCII pass.
*/
export function skipOrdinaryTextWords(
	view: WordView,
	from: number,
	to: number,
): number {
	const {words, base} = view;
	let word = (base + from) >> 2;
	const end = (base + to) >> 2;
	while (word < end) {
		const bytes = words[word]!;
		const ampersand = bytes ^ 0x26_26_26_26;
		const bracket = bytes ^ 0x5d_5d_5d_5d;
		const lead = bytes ^ -0x10_10_10_11;
		const stops =
			((bytes - 0x20_20_20_20) & ~bytes) |
			((ampersand - ones) & ~ampersand) |
			((bracket - ones) & ~bracket) |
			((lead - ones) & ~lead);
		if ((stops & highs) !== 0) {
			break;
		}

		word++;
	}

	return word * 4 - base;
}
