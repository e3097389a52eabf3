/**
Where the text of failures' reports lives once read: tracebacks and captured output as UTF-8 in chunks, not
as a JavaScript string per line (issue 10). A run holds a handle per part and asks for the text when it is
shown or exported. Past a budget, full chunks go to a temporary file (removed when the process ends) and
are read back from there, so a 1 GB log's reports do not stay in memory.
*/
import {Buffer} from 'node:buffer';
import {randomBytes} from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';

const chunkSize = 4 * 1024 * 1024;

/**
Chunks kept in memory before the oldest go to the temporary file: two chunks. A run with more failure text
than that reads the rest back from the file (the system's page cache, not this process's memory): on the
100 MB bench log, 8 MB rather than 32 cut the peak RSS of `export --json` by ~17 MB, at no measurable time.
*/
const defaultBudget = 8 * 1024 * 1024;

/** A stored text: where its bytes start in the store and how many there are. */
export type BodyHandle = {
	readonly offset: number;
	readonly length: number;
};

/** The empty text, which needs no storage. */
export const emptyBody: BodyHandle = {offset: 0, length: 0};

type Spill = {
	readonly fd: number;
	readonly file: string;
};

const spills: Spill[] = [];
let isCleanupRegistered = false;

function removeSpills(): void {
	for (const spill of spills) {
		try {
			fs.closeSync(spill.fd);
		} catch {
			// Closed already.
		}

		try {
			fs.unlinkSync(spill.file);
		} catch {
			// Removed already (POSIX systems remove it as soon as it is open).
		}
	}
}

/** Append-only store of texts; texts are never changed or removed, and the whole store goes with its run. */
export class BodyStore {
	/** In-memory chunks by number; a chunk that went to the file is undefined here. */
	readonly #chunks: Array<Buffer | undefined> = [];
	/** Bytes in use, not counting the open text (which starts there, or at the start of the last chunk). */
	#used = 0;
	/** The open text: where it starts in the last chunk, its length and its lines. */
	#openStart = 0;
	#openLength = 0;
	#openLines = 0;
	#openChunk: Buffer | undefined;
	#inMemory = 0;
	/** Chunks sent to the file, to be written again: fresh memory costs a page fault per 4 KiB. */
	readonly #spares: Buffer[] = [];
	#spill: Spill | undefined;
	#cannotSpill = false;
	readonly #backs: Array<Buffer | undefined> = [undefined, undefined];
	readonly #backIndexes = [-1, -1];
	#backLast = 0;
	readonly #budget: number;

	/** `budget`: bytes kept in memory before full chunks go to a temporary file (0: every full chunk goes). */
	constructor(budget = defaultBudget) {
		this.#budget = budget;
	}

	/** Stores `text`; the handle gives it back. */
	add(text: string): BodyHandle {
		if (text.length === 0) {
			return emptyBody;
		}

		// A UTF-16 code unit is at most 3 bytes of UTF-8; a text longer than a chunk gets a chunk of its own.
		const room = text.length * 3;
		let chunk = this.#chunks.at(-1);
		let local = this.#used - (this.#chunks.length - 1) * chunkSize;
		if (chunk === undefined || local + room > chunk.length) {
			chunk = this.#newChunk(room);
			local = 0;
		}

		const offset = this.#used;
		const length = chunk.write(text, local, 'utf8');
		this.#used += length;
		return {offset, length};
	}

	/**
	Starts a text written a line at a time (`appendLine`, `appendLineBytes`) and ended by `endText`; one at a
	time, and no `add` while it is open. Lines are joined with newlines, as `add(lines.join('\n'))` would.
	*/
	beginText(): void {
		this.#openLength = 0;
		this.#openLines = 0;
	}

	/** A line of the open text. */
	appendLine(text: string): void {
		const chunk = this.#roomForLine(text.length * 3);
		const local = this.#openStart + this.#openLength;
		let at = local;
		if (this.#openLines > 0) {
			chunk[at++] = 10;
		}

		at += chunk.write(text, at, 'utf8');
		this.#openLength += at - local;
		this.#openLines++;
	}

	/** A line of the open text, as UTF-8 bytes (copied). */
	appendLineBytes(bytes: Uint8Array, start: number, end: number): void {
		const chunk = this.#roomForLine(end - start);
		const local = this.#openStart + this.#openLength;
		let at = local;
		if (this.#openLines > 0) {
			chunk[at++] = 10;
		}

		if (end - start < 64) {
			// Most lines are short: a loop costs less than the view `set` needs.
			for (let index = start; index < end; index++) {
				chunk[at++] = bytes[index]!;
			}
		} else {
			chunk.set(bytes.subarray(start, end), at);
			at += end - start;
		}

		this.#openLength += at - local;
		this.#openLines++;
	}

	/** The text so far, while it is open. */
	get openText(): string {
		const chunk = this.#openChunk;
		return chunk === undefined || this.#openLength === 0
			? ''
			: chunk.toString(
					'utf8',
					this.#openStart,
					this.#openStart + this.#openLength,
				);
	}

	/** Lines appended to the open text so far. */
	get openLines(): number {
		return this.#openLines;
	}

	/** Ends the open text: its handle and how many lines it had. */
	endText(): {text: BodyHandle; lines: number} {
		const lines = this.#openLines;
		const length = this.#openLength;
		this.#openLines = 0;
		this.#openLength = 0;
		this.#openChunk = undefined;
		if (length === 0) {
			return {text: emptyBody, lines};
		}

		const offset = this.#used;
		this.#used += length;
		return {text: {offset, length}, lines};
	}

	/** The text of a handle this store gave. */
	get(handle: BodyHandle): string {
		if (handle.length === 0) {
			return '';
		}

		const chunkIndex = Math.floor(handle.offset / chunkSize);
		const local = handle.offset - chunkIndex * chunkSize;
		const chunk = this.#chunks[chunkIndex];
		if (chunk !== undefined) {
			return chunk.toString('utf8', local, local + handle.length);
		}

		if (local + handle.length <= chunkSize) {
			return this.#readBack(chunkIndex).toString(
				'utf8',
				local,
				local + handle.length,
			);
		}

		const bytes = Buffer.allocUnsafe(handle.length);
		let read = 0;
		while (read < handle.length) {
			const count = fs.readSync(
				this.#spill!.fd,
				bytes,
				read,
				handle.length - read,
				handle.offset + read,
			);
			if (count === 0) {
				throw new Error(
					'a stored traceback is missing from its temporary file',
				);
			}

			read += count;
		}

		return bytes.toString('utf8');
	}

	/**
	Whether a stored text, in memory, starts and ends with a printable ASCII character (not a space): then its
	first and last lines are not blank. False when it cannot tell cheaply (empty, or in the temporary file).
	*/
	hasPrintableEnds(handle: BodyHandle): boolean {
		if (handle.length === 0) {
			return false;
		}

		const chunkIndex = Math.floor(handle.offset / chunkSize);
		const chunk = this.#chunks[chunkIndex];
		if (chunk === undefined) {
			return false;
		}

		const local = handle.offset - chunkIndex * chunkSize;
		const first = chunk[local]!;
		const last = chunk[local + handle.length - 1]!;
		return first > 32 && first < 127 && last > 32 && last < 127;
	}

	/** Bytes held in memory (for the benchmarks' figures). */
	get bytesInMemory(): number {
		return this.#inMemory;
	}

	/**
	The chunk the open text is in, with room for a newline and `room` more bytes: a text that outgrows its
	chunk moves, whole, to a new one. Sets `#openStart` (where the open text starts in it).
	*/
	#roomForLine(room: number): Buffer {
		let chunk = this.#openChunk;
		if (this.#openLength === 0) {
			// A new text starts where the last one ended, in the last chunk (none after an oversized one).
			chunk = this.#chunks.at(-1);
			this.#openStart = this.#used - (this.#chunks.length - 1) * chunkSize;
			this.#openChunk = chunk;
		}

		const needed = this.#openLength + 1 + room;
		if (chunk !== undefined && this.#openStart + needed <= chunk.length) {
			return chunk;
		}

		const old = chunk;
		const oldStart = this.#openStart;
		chunk = this.#newChunk(
			this.#openLength > 0 ? Math.max(needed * 2, chunkSize) : needed,
		);
		if (old !== undefined && this.#openLength > 0) {
			old.copy(chunk, 0, oldStart, oldStart + this.#openLength);
		}

		this.#openStart = 0;
		this.#openChunk = chunk;
		return chunk;
	}

	#newChunk(room: number): Buffer {
		// Chunks start at multiples of the chunk size; an oversized text spans several of those numbers.
		const index = Math.ceil(this.#used / chunkSize);
		const size = Math.max(chunkSize, room);
		const spans = Math.ceil(size / chunkSize);
		this.#spillIfOver();
		const chunk =
			(spans === 1 ? this.#spares.pop() : undefined) ??
			Buffer.allocUnsafe(spans * chunkSize);

		for (let later = index; later < this.#chunks.length; later++) {
			// A chunk that held only an open text which outgrew it: replaced.
			this.#inMemory -= this.#chunks[later]?.length ?? 0;
		}

		this.#chunks.length = index;
		this.#chunks[index] = chunk;
		for (let extra = 1; extra < spans; extra++) {
			// Numbers an oversized chunk covers: never looked up (every handle starts in `index`).
			this.#chunks[index + extra] = undefined;
		}

		this.#used = index * chunkSize;
		this.#inMemory += chunk.length;
		return chunk;
	}

	/** Sends full chunks to the temporary file, oldest first, while more than the budget is in memory. */
	#spillIfOver(): void {
		if (this.#inMemory < this.#budget || this.#cannotSpill) {
			return;
		}

		for (const [index, chunk] of this.#chunks.entries()) {
			if (this.#inMemory < this.#budget / 2) {
				break;
			}

			if (chunk === undefined) {
				continue;
			}

			try {
				this.#write(chunk, index);
			} catch {
				// No temporary file (a full or read-only temporary folder): the texts stay in memory, as a
				// smaller run's do, rather than the run not being read at all.
				this.#cannotSpill = true;
				return;
			}

			this.#chunks[index] = undefined;
			this.#inMemory -= chunk.length;
			// Not the chunk of a text still being written: its start is copied from there to the new chunk. A spill
			// sends chunks down to half the budget, and so many come back as spares: no more is ever fresh memory.
			if (
				chunk.length === chunkSize &&
				chunk !== this.#openChunk &&
				this.#spares.length * chunkSize < this.#budget
			) {
				this.#spares.push(chunk);
			}
		}
	}

	/**
	A spilled chunk, read back whole and kept until others are asked for: the analysis and the exports read
	failures in the order of their tests, from two streams of texts (pytest's ERRORS section, then its
	FAILURES), a read of 4 MiB for each chunk of each stream rather than one for each of tens of thousands
	of texts. The two chunks read last are kept.
	*/
	#readBack(chunkIndex: number): Buffer {
		const kept = this.#backIndexes.indexOf(chunkIndex);
		if (kept !== -1) {
			return this.#backs[kept]!;
		}

		// The one read less recently is replaced.
		const slot = this.#backLast === 0 ? 1 : 0;
		const buffer = this.#backs[slot] ?? Buffer.allocUnsafe(chunkSize);
		this.#backs[slot] = buffer;
		this.#backIndexes[slot] = -1;
		const wanted = Math.min(chunkSize, this.#used - chunkIndex * chunkSize);
		let read = 0;
		while (read < wanted) {
			const count = fs.readSync(
				this.#spill!.fd,
				buffer,
				read,
				wanted - read,
				chunkIndex * chunkSize + read,
			);
			if (count === 0) {
				throw new Error(
					'a stored traceback is missing from its temporary file',
				);
			}

			read += count;
		}

		this.#backIndexes[slot] = chunkIndex;
		this.#backLast = slot;
		return buffer;
	}

	/** A chunk into the temporary file, at its place; throws when the file cannot be made or written. */
	#write(chunk: Buffer, index: number): void {
		for (const [slot, kept] of this.#backIndexes.entries()) {
			if (kept === index) {
				this.#backIndexes[slot] = -1;
			}
		}

		const spill = this.#openSpill();
		let written = 0;
		while (written < chunk.length) {
			written += fs.writeSync(
				spill.fd,
				chunk,
				written,
				chunk.length - written,
				index * chunkSize + written,
			);
		}
	}

	#openSpill(): Spill {
		if (this.#spill) {
			return this.#spill;
		}

		const file = path.join(
			os.tmpdir(),
			`triage-${process.pid}-${randomBytes(6).toString('hex')}.bodies`,
		);
		const fd = fs.openSync(file, 'wx+', 0o600);
		const spill = {fd, file};
		spills.push(spill);
		if (!isCleanupRegistered) {
			isCleanupRegistered = true;
			process.on('exit', removeSpills);
		}

		// Where the system allows it, the file goes now and lives as long as it is open.
		try {
			fs.unlinkSync(file);
		} catch {
			// Windows: removed at exit.
		}

		this.#spill = spill;
		return spill;
	}
}

/** The part of a stored text that is lines `start` to `end` of it (`lines`: the text split at newlines). */
export function linesOf(
	handle: BodyHandle,
	lines: readonly string[],
	start: number,
	end: number,
): BodyHandle {
	if (start >= end) {
		return emptyBody;
	}

	if (start === 0 && end === lines.length) {
		return handle;
	}

	let before = 0;
	for (let index = 0; index < start; index++) {
		before += Buffer.byteLength(lines[index]!) + 1;
	}

	let length = end - start - 1;
	for (let index = start; index < end; index++) {
		length += Buffer.byteLength(lines[index]!);
	}

	return {offset: handle.offset + before, length};
}
