/**
Test ids to rows of the parser's table by hash, over the table's UTF-8 bytes: no string per test.
*/
import {Buffer} from 'node:buffer';
import {copyBytes, type IdColumn} from '../id-column.js';

const scratch = {bytes: Buffer.allocUnsafe(4096)};

/** `id` as UTF-8 in a reused buffer: [bytes, length]. */
export function encode(id: string): [Buffer, number] {
	if (id.length * 3 > scratch.bytes.length) {
		scratch.bytes = Buffer.allocUnsafe(id.length * 3);
	}

	return [scratch.bytes, scratch.bytes.write(id, 0, 'utf8')];
}

/** FNV-1a over `bytes[start..end)`. */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
	let hash = 0x81_1c_9d_c5;
	for (let index = start; index < end; index++) {
		hash = Math.imul(hash ^ bytes[index]!, 0x01_00_01_93);
	}

	return hash >>> 0;
}

/** Ids to rows by hash, over the table's bytes: no string per test. */
export class IdIndex {
	#slots: Int32Array;
	#hashes: Uint32Array;
	#count = 0;
	readonly #ids: IdColumn;
	/** The id being indexed, copied out of the column's buffer, which each comparison reuses. */
	#key: Buffer = Buffer.allocUnsafe(256);

	constructor(ids: IdColumn, expected: number) {
		this.#ids = ids;
		let size = 1024;
		while (size < expected * 2) {
			size *= 2;
		}

		this.#slots = new Int32Array(size).fill(-1);
		this.#hashes = new Uint32Array(size);
	}

	find(bytes: Uint8Array, start: number, end: number): number {
		return this.#lookup(bytes, start, end, hashBytes(bytes, start, end));
	}

	/** Indexes row `index`, replacing a row with the same id; returns the row replaced, or -1. */
	set(index: number): number {
		const span = this.#ids.span(index);
		const length = span.end - span.start;
		if (length > this.#key.length) {
			this.#key = Buffer.allocUnsafe(length * 2);
		}

		copyBytes(span.bytes, span.start, span.end, this.#key, 0);
		const hash = hashBytes(this.#key, 0, length);
		const mask = this.#slots.length - 1;
		let slot = hash & mask;
		for (;;) {
			const row = this.#slots[slot]!;
			if (row === -1) {
				this.#slots[slot] = index;
				this.#hashes[slot] = hash;
				this.#count++;
				if (this.#count * 2 > this.#slots.length) {
					this.#grow();
				}

				return -1;
			}

			if (
				this.#hashes[slot] === hash &&
				this.#ids.equals(row, this.#key, 0, length)
			) {
				this.#slots[slot] = index;
				return row;
			}

			slot = (slot + 1) & mask;
		}
	}

	#lookup(bytes: Uint8Array, start: number, end: number, hash: number): number {
		const mask = this.#slots.length - 1;
		let slot = hash & mask;
		for (;;) {
			const row = this.#slots[slot]!;
			if (row === -1) {
				return -1;
			}

			if (
				this.#hashes[slot] === hash &&
				this.#ids.equals(row, bytes, start, end)
			) {
				return row;
			}

			slot = (slot + 1) & mask;
		}
	}

	#grow(): void {
		const slots = this.#slots;
		const hashes = this.#hashes;
		this.#slots = new Int32Array(slots.length * 2).fill(-1);
		this.#hashes = new Uint32Array(slots.length * 2);
		const mask = this.#slots.length - 1;
		for (const [old, row] of slots.entries()) {
			if (row === -1) {
				continue;
			}

			const hash = hashes[old]!;
			let slot = hash & mask;
			while (this.#slots[slot] !== -1) {
				slot = (slot + 1) & mask;
			}

			this.#slots[slot] = row;
			this.#hashes[slot] = hash;
		}
	}
}
