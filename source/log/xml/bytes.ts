/**
The byte reader's (reader.ts) small parts: byte classes, the end of a name or a DOCTYPE, and the line
count, which is kept only as far as asked for.
*/
import type {Buffer} from 'node:buffer';

export const lessThan = 0x3c;
export const greaterThan = 0x3e;
export const slash = 0x2f;
export const bang = 0x21;
export const question = 0x3f;
export const equals = 0x3d;
export const newline = 0x0a;
export const carriageReturn = 0x0d;

/** 1: may start a name; 2: may continue one (bytes past ASCII are parts of names). */
const nameBytes = new Uint8Array(256);
for (let byte = 0; byte < 256; byte++) {
	const isLetter =
		(byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);
	if (isLetter || byte === 0x5f || byte === 0x3a || byte >= 0x80) {
		nameBytes[byte] = 1;
	} else if ((byte >= 0x30 && byte <= 0x39) || byte === 0x2d || byte === 0x2e) {
		nameBytes[byte] = 2;
	}
}

export function isSpace(byte: number): boolean {
	return byte === 0x20 || byte === 0x0a || byte === 0x09 || byte === 0x0d;
}

/** Marks a token cut by the end of the bytes so far: it is read again with the next chunk. */
export const incomplete = -1;

/** The end of the name starting at `from` (no name: `from`). */
export function nameEnd(buffer: Buffer, from: number): number {
	if (nameBytes[buffer[from] ?? 0] !== 1) {
		return from;
	}

	let at = from + 1;
	while (at < buffer.length && nameBytes[buffer[at]!] !== 0) {
		at++;
	}

	return at;
}

/** After a DOCTYPE's `>`: quoted strings, comments and an internal subset in brackets are skipped. */
export function doctypeEnd(buffer: Buffer, from: number): number {
	let depth = 0;
	let quote = 0;
	for (let at = from; at < buffer.length; at++) {
		const byte = buffer[at]!;
		if (quote !== 0) {
			if (byte === quote) {
				quote = 0;
			}
		} else if (
			byte === lessThan &&
			buffer[at + 1] === bang &&
			buffer[at + 2] === 0x2d &&
			buffer[at + 3] === 0x2d
		) {
			const end = buffer.indexOf('-->', at + 4);
			if (end === -1) {
				return incomplete;
			}

			at = end + 2;
		} else
			switch (byte) {
				case 0x22:
				case 0x27: {
					quote = byte;

					break;
				}

				case 0x5b: {
					depth++;

					break;
				}

				case 0x5d: {
					depth--;

					break;
				}

				default: {
					if (byte === greaterThan && depth <= 0) {
						return at + 1;
					}
				}
			}
	}

	return incomplete;
}

/** Lines counted in the buffers a reader goes through, up to where it is asked. */
export class LineCounter {
	private buffer: Buffer | undefined;
	private lineBase = 1;
	/** Lines before this offset of the buffer are counted. */
	private countedTo = 0;
	private wasCarriageReturn = false;
	private hasCarriageReturn = false;
	/** The first LF at or after `countedTo` as last searched (-1: none in the buffer), in a buffer without CR. */
	private nextNewline = -1;

	/** The next bytes: `buffer[from..]` follows the last offset counted to (the bytes before it are counted). */
	setBuffer(buffer: Buffer, from = 0): void {
		this.buffer = buffer;
		this.countedTo = from;
		this.hasCarriageReturn = buffer.includes(carriageReturn, from);
		this.nextNewline = this.hasCarriageReturn
			? -1
			: buffer.indexOf(newline, from);
	}

	/** The line at `end` of the current buffer (1-based): a CR LF, a CR and an LF each end one. */
	countTo(end: number): number {
		const buffer = this.buffer!;
		let at = this.countedTo;
		if (at >= end) {
			return this.lineBase;
		}

		let lines = 0;
		if (this.hasCarriageReturn) {
			let isAfterCarriageReturn = this.wasCarriageReturn;
			for (; at < end; at++) {
				const byte = buffer[at]!;
				if (byte === newline) {
					lines += isAfterCarriageReturn ? 0 : 1;
					isAfterCarriageReturn = false;
				} else {
					isAfterCarriageReturn = byte === carriageReturn;
					lines += isAfterCarriageReturn ? 1 : 0;
				}
			}
		} else {
			if (this.wasCarriageReturn && buffer[at] === newline) {
				// The LF of a CR LF cut where a chunk ended: the CR has counted the line.
				lines--;
			}

			// Asked at every test case, most often with no line end since the last time: the LF found
			// beyond the last count is kept, so each LF is searched for once.
			at = this.nextNewline;
			while (at !== -1 && at < end) {
				lines++;
				at = buffer.indexOf(newline, at + 1);
			}

			this.nextNewline = at;
		}

		this.wasCarriageReturn = buffer[end - 1] === carriageReturn;
		this.lineBase += lines;
		this.countedTo = end;
		return this.lineBase;
	}
}

/** Whether `buffer[from..to)` is `name`, an ASCII name (a name beyond ASCII is never the same). */
export function isName(
	name: string,
	buffer: Buffer,
	from: number,
	to: number,
): boolean {
	if (name.length !== to - from) {
		return false;
	}

	for (let index = name.length - 1; index >= 0; index--) {
		if (name.charCodeAt(index) !== buffer[from + index]) {
			return false;
		}
	}

	return true;
}

/** Names met so far (few): a tag's or attribute's name is matched against them instead of decoded again. */
export class NameTable {
	readonly #names: string[] = [];
	/**
	The name last found for each hash of a name's length and ends: most names are found at the first try,
	without going through the list ('' never matches).
	*/
	readonly #slots: string[] = Array.from({length: 64}, () => '');

	/** The name `buffer[from..to)`. */
	name(buffer: Buffer, from: number, to: number): string {
		const slot = ((to - from) * 7 + buffer[from]! * 3 + buffer[to - 1]!) & 63;
		const cached = this.#slots[slot]!;
		if (isName(cached, buffer, from, to)) {
			return cached;
		}

		for (const name of this.#names) {
			if (isName(name, buffer, from, to)) {
				this.#slots[slot] = name;
				return name;
			}
		}

		const name = buffer.toString('utf8', from, to);
		if (this.#names.length < 32 && /^[\u0000-\u007F]*$/.test(name)) {
			// As a property key (internalized): a handler compares it with its literals by identity.
			const key = Object.keys({[name]: true})[0]!;
			this.#names.push(key);
			this.#slots[slot] = key;
			return key;
		}

		return name;
	}
}
