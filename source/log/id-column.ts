/**
The node ids of a run's tests as UTF-8 in chunks, front coded (`IdColumn`): what a `TestList` and the
parser's table keep instead of a string per test.
*/
import {Buffer} from 'node:buffer';

/**
Ids live in chunks of 16 MiB (the first one grows to that size by doubling): a large log's ids are never
copied to grow, and an offset is a chunk number and a position in it, in 32 bits (4 GiB of ids).
*/
const chunkBits = 24;
const chunkSize = 1 << chunkBits;
const chunkMask = chunkSize - 1;
const maximumChunks = 2 ** (32 - chunkBits);

/**
How large the first chunk grows before the next ids go to a chunk of their own: a small run's column stays small,
and a large one's is not copied (the offsets past the first chunk's end go unused).
*/
const firstChunkLimit = 1 << 20;

/**
An id shares its start with the one before it (tests of a file, of a class, the parameters of a test): it is
kept as how many bytes it shares and the bytes that follow (front coding). Every 16th id is whole, so that
any id is at most 15 steps from one. On the bench's 100 MB log an id is 93 bytes and 26 of them its own.
*/
const restartInterval = 16;
/** The longest prefix one byte can say is shared. */
const maximumShared = 255;

/** Where a test's id is: `bytes[start..end)`. Valid until the column decodes another id. */
export type IdSpan = {
	readonly bytes: Buffer;
	readonly start: number;
	readonly end: number;
};

export function grownBuffer(
	buffer: Buffer,
	needed: number,
	keep: number,
): Buffer {
	if (needed <= buffer.length) {
		return buffer;
	}

	const grown = Buffer.allocUnsafe(Math.max(needed, buffer.length * 2));
	buffer.copy(grown, 0, 0, keep);
	return grown;
}

/**
The node ids of a table, one per row, front coded (see `restartInterval`). Append-only; an id is read back
whole into a buffer the column reuses (`span`), so a reader uses it before it asks for the next one.
*/
export class IdColumn {
	length = 0;
	#chunks: Buffer[] = [Buffer.allocUnsafe(16 * 1024)];
	/** The offset the next bytes go to. */
	#used = 0;
	/** Per row: where its own bytes start, how many there are, and how many it shares with the row before. */
	#starts: Uint32Array;
	#lengths: Uint32Array;
	#shared: Uint8Array;
	/** The last row's whole id, which the next one shares its start with. */
	#last: Buffer = Buffer.allocUnsafe(256);
	#lastLength = 0;
	/** The row whose whole id `#scratch` holds (-1: none). */
	#decoded = -1;
	#scratch: Buffer = Buffer.allocUnsafe(256);
	#scratchLength = 0;
	#text: Buffer = Buffer.allocUnsafe(256);

	/** `rows`: how many rows to make room for at once (more grow the column). */
	constructor(rows = 256) {
		const capacity = Math.max(1, rows);
		this.#starts = new Uint32Array(capacity);
		this.#lengths = new Uint32Array(capacity);
		this.#shared = new Uint8Array(capacity);
	}

	/**
	Adds the id `source[start..end)` (UTF-8) as a new row; returns the row. `sharedAtLeast`: how many bytes
	it is known to share with the last row's id (a reader that built both from the same head says so), which
	need not be compared again.
	*/
	append(
		source: Uint8Array,
		start: number,
		end: number,
		sharedAtLeast = 0,
	): number {
		const length = end - start;
		const row = this.length;
		let shared = 0;
		let last = this.#last;
		if (row % restartInterval !== 0) {
			const limit = Math.min(length, this.#lastLength, maximumShared);
			shared = Math.min(sharedAtLeast, limit);
			while (shared < limit && source[start + shared] === last[shared]) {
				shared++;
			}
		}

		const own = length - shared;
		const local = this.#reserve(own);
		const chunks = this.#chunks;
		copyBytes(source, start + shared, end, chunks.at(-1)!, local);
		if (row === this.#starts.length) {
			this.#grow();
		}

		this.#starts[row] = this.#used;
		this.#lengths[row] = own;
		this.#shared[row] = shared;
		this.#used += own;
		if (last.length < length) {
			last = grownBuffer(last, length, shared);
			this.#last = last;
		}

		copyBytes(source, start + shared, end, last, shared);
		this.#lastLength = length;
		this.length++;
		return row;
	}

	/** Adds `id` as a new row; returns the row. */
	appendText(id: string): number {
		this.#text = grownBuffer(this.#text, id.length * 3, 0);
		const length = this.#text.write(id, 0, 'utf8');
		return this.append(this.#text, 0, length);
	}

	/** Adds `id` as a new row unless it is the last row's id; returns its row. */
	appendTextOnce(id: string): number {
		this.#text = grownBuffer(this.#text, id.length * 3, 0);
		const length = this.#text.write(id, 0, 'utf8');
		return this.isLast(this.#text, 0, length)
			? this.length - 1
			: this.append(this.#text, 0, length);
	}

	/** Whether the last row's id is `source[start..end)`. */
	isLast(source: Uint8Array, start: number, end: number): boolean {
		return (
			this.length > 0 &&
			this.#lastLength === end - start &&
			bytesEqual(this.#last, 0, source, start, end - start)
		);
	}

	/** The whole id of `row`, in the column's reused buffer. */
	span(row: number): IdSpan {
		if (row !== this.#decoded) {
			const restart = row - (row % restartInterval);
			if (this.#decoded >= restart && this.#decoded < row) {
				// Forward from the row decoded last (the next rows, read in order).
				for (let current = this.#decoded + 1; current <= row; current++) {
					const shared = this.#shared[current]!;
					this.#scratch = grownBuffer(
						this.#scratch,
						shared + this.#lengths[current]!,
						shared,
					);
					this.#copyOwn(current, shared, this.#scratch);
				}
			} else {
				this.#decodeBackward(row);
			}

			this.#decoded = row;
		}

		return {bytes: this.#scratch, start: 0, end: this.#scratchLength};
	}

	/** How many bytes row `row`'s id shares with the row before's (0 for every whole id). */
	sharedAt(row: number): number {
		return this.#shared[row]!;
	}

	idAt(row: number): string {
		const {bytes, end} = this.span(row);
		return bytes.toString('utf8', 0, end);
	}

	/** Whether row `row`'s id is `source[start..end)`. */
	equals(row: number, source: Uint8Array, start: number, end: number): boolean {
		const span = this.span(row);
		return (
			span.end === end - start &&
			bytesEqual(span.bytes, 0, source, start, end - start)
		);
	}

	/** Gives back the unused room of the row arrays (once no more rows come). */
	trim(): void {
		if (this.#starts.length > this.length) {
			this.#starts = fitted(this.#starts, this.length);
			this.#lengths = fitted(this.#lengths, this.length);
			this.#shared = fitted(this.#shared, this.length);
		}
	}

	/** Row `row`'s own bytes, after the `shared` it shares, to `target`; sets the scratch length. */
	#copyOwn(row: number, shared: number, target: Buffer): void {
		const own = this.#lengths[row]!;
		const start = this.#starts[row]!;
		const chunk = this.#chunks[start >>> chunkBits]!;
		const local = start & chunkMask;
		copyBytes(chunk, local, local + own, target, shared);
		this.#scratchLength = shared + own;
	}

	/**
	Row `row`'s whole id into the scratch buffer from the row back: each earlier row gives only the bytes of the
	start still missing, so every byte is copied once however far the last whole id is.
	*/
	#decodeBackward(row: number): void {
		let needed = this.#shared[row]!;
		const length = needed + this.#lengths[row]!;
		this.#scratch = grownBuffer(this.#scratch, length, 0);
		const scratch = this.#scratch;
		this.#copyOwn(row, needed, scratch);
		for (let current = row - 1; needed > 0; current--) {
			const shared = this.#shared[current]!;
			if (shared < needed) {
				const start = this.#starts[current]!;
				const chunk = this.#chunks[start >>> chunkBits]!;
				const local = start & chunkMask;
				copyBytes(chunk, local, local + needed - shared, scratch, shared);
				needed = shared;
			}
		}

		this.#scratchLength = length;
	}

	#grow(): void {
		const capacity =
			this.#starts.length < 1 << 20
				? this.#starts.length * 2
				: Math.ceil(this.#starts.length * 1.25);
		this.#starts = grow(this.#starts, capacity);
		this.#lengths = grow(this.#lengths, capacity);
		const shared = new Uint8Array(capacity);
		shared.set(this.#shared);
		this.#shared = shared;
	}

	/** Where in the last chunk `length` more bytes go (moving to a new chunk when it is full). */
	#reserve(length: number): number {
		const last = this.#chunks.length - 1;
		const chunk = this.#chunks[last]!;
		const local = this.#used - last * chunkSize;
		if (local + length <= chunk.length) {
			return local;
		}

		if (last === 0 && local + length <= firstChunkLimit) {
			// The first chunk grows by doubling up to 1 MiB; past that the ids go on in a whole chunk, so that no
			// more than 1 MiB is ever copied to grow (a copy into fresh memory costs a page fault per 4 KiB).
			const grown = Buffer.allocUnsafe(
				Math.min(firstChunkLimit, Math.max(local + length, chunk.length * 2)),
			);
			chunk.copy(grown, 0, 0, local);
			this.#chunks[0] = grown;
			return local;
		}

		if (length > chunkSize) {
			throw new RangeError('a test id longer than 16 MiB');
		}

		if (this.#chunks.length >= maximumChunks) {
			throw new RangeError(
				'more test ids than one table holds (4 GiB of node ids)',
			);
		}

		const fresh = Buffer.allocUnsafe(chunkSize);
		this.#chunks.push(fresh);
		this.#used = (last + 1) * chunkSize;
		return 0;
	}
}

/**
Copies `source[start..end)` to `target` at `at`: a loop for the short runs ids are (a call of Buffer#copy costs
more than copying them), a native copy else.
*/
export function copyBytes(
	source: Uint8Array,
	start: number,
	end: number,
	target: Uint8Array,
	at: number,
): void {
	const length = end - start;
	if (length < 64) {
		for (let index = 0; index < length; index++) {
			target[at + index] = source[start + index]!;
		}
	} else {
		target.set(source.subarray(start, end), at);
	}
}

export function bytesEqual(
	a: Uint8Array,
	aStart: number,
	b: Uint8Array,
	bStart: number,
	length: number,
): boolean {
	// Ids of one suite share long prefixes: compare from the end, where they differ.
	for (let offset = length - 1; offset >= 0; offset--) {
		if (a[aStart + offset] !== b[bStart + offset]) {
			return false;
		}
	}

	return true;
}

/** Where the file part of an id ends: its first `::`, or its end. */
export function fileEndOf(span: IdSpan): number {
	const {bytes, start, end} = span;
	for (let index = start; index + 1 < end; index++) {
		if (bytes[index] === 0x3a && bytes[index + 1] === 0x3a) {
			return index;
		}
	}

	return end;
}

/** The file part of every id of `ids`, each file once, in order of first appearance. */
export function filesOf(ids: IdColumn): string[] {
	const files: string[] = [];
	const seen = new Set<string>();
	// The last file decoded, as bytes: consecutive tests share their file, decoded only when it changes.
	let previous = Buffer.allocUnsafe(256);
	let previousLength = -1;
	for (let index = 0; index < ids.length; index++) {
		// An id that shares the previous one's file and its `::` has its file: not even decoded.
		if (previousLength !== -1 && ids.sharedAt(index) >= previousLength + 2) {
			continue;
		}

		const span = ids.span(index);
		const {bytes, start} = span;
		const fileEnd = fileEndOf(span);
		const length = fileEnd - start;
		if (
			length === previousLength &&
			bytes.compare(previous, 0, length, start, fileEnd) === 0
		) {
			continue;
		}

		if (length > previous.length) {
			previous = Buffer.allocUnsafe(length * 2);
		}

		bytes.copy(previous, 0, start, fileEnd);
		previousLength = length;
		const file = bytes.toString('utf8', start, fileEnd);
		if (!seen.has(file)) {
			seen.add(file);
			files.push(file);
		}
	}

	return files;
}

/** The array with room for `capacity` entries, its entries kept. */
export function grow(array: Uint32Array, capacity: number): Uint32Array {
	const grown = new Uint32Array(capacity);
	grown.set(array);
	return grown;
}

/**
The first `length` items of a column array that has room for more. A small array comes from the allocator's heap,
where the room left over may be memory of the process: a copy lets it go. A large one's room was never written, so
no memory holds it (fresh pages are mapped when first written): a view costs nothing, where a copy into fresh
memory costs a page fault per 4 KiB.
*/
export function fitted<T extends Uint8Array | Uint32Array | Float64Array>(
	array: T,
	length: number,
): T {
	if (array.length <= length) {
		return array;
	}

	return (
		array.byteLength < 1 << 20
			? array.slice(0, length)
			: array.subarray(0, length)
	) as T;
}
