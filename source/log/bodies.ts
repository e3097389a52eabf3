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
import type {CapturedSection, Failure, Location} from './model.js';

const chunkSize = 4 * 1024 * 1024;

/** Chunks kept in memory before the oldest go to the temporary file. */
const defaultBudget = 32 * 1024 * 1024;

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
	#used = 0;
	#inMemory = 0;
	#spill: Spill | undefined;
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

	/** Bytes held in memory (for the benchmarks' figures). */
	get bytesInMemory(): number {
		return this.#inMemory;
	}

	#newChunk(room: number): Buffer {
		// Chunks start at multiples of the chunk size; an oversized text spans several of those numbers.
		const index = Math.ceil(this.#used / chunkSize);
		const size = Math.max(chunkSize, room);
		const spans = Math.ceil(size / chunkSize);
		this.#spillIfOver();
		const chunk = Buffer.allocUnsafe(spans * chunkSize);
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
		if (this.#inMemory < this.#budget) {
			return;
		}

		for (const [index, chunk] of this.#chunks.entries()) {
			if (this.#inMemory < this.#budget / 2) {
				break;
			}

			if (chunk === undefined) {
				continue;
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

			this.#chunks[index] = undefined;
			this.#inMemory -= chunk.length;
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

/** Where a stored failure's traceback and captured sections are. */
type StoredParts = {
	readonly store: BodyStore;
	readonly traceback: BodyHandle;
	readonly captured: ReadonlyArray<{
		readonly name: string;
		readonly text: BodyHandle;
	}>;
};

const noSections: StoredParts['captured'] = [];

/**
A failure whose traceback and captured output stay in the store until asked for: `traceback` and `captured`
are getters on the prototype, read each time. Being accessors, they are not copied by `{...failure}` or
`JSON.stringify` (name them, as the exporters do); every other field is a plain property.
*/
class StoredFailure implements Failure {
	readonly id: string;
	readonly file: string;
	readonly outcome: Failure['outcome'];
	readonly phase: Failure['phase'];
	readonly headline: string;
	// Declared, not defined: present only when the failure has them, as on a plain failure.
	declare readonly exceptionType?: string;
	declare readonly location?: Failure['location'];
	declare readonly logLine?: number;
	readonly #store: BodyStore;
	readonly #tracebackOffset: number;
	readonly #tracebackLength: number;
	readonly #captured: StoredParts['captured'];

	constructor(
		fields: Omit<Failure, 'traceback' | 'captured'>,
		parts: StoredParts,
	) {
		this.id = fields.id;
		this.file = fields.file;
		this.outcome = fields.outcome;
		this.phase = fields.phase;
		this.headline = fields.headline;
		const optional = this as {
			exceptionType?: string;
			location?: Failure['location'];
			logLine?: number;
		};
		if (fields.exceptionType !== undefined) {
			optional.exceptionType = fields.exceptionType;
		}

		if (fields.location !== undefined) {
			optional.location = fields.location;
		}

		if (fields.logLine !== undefined) {
			optional.logLine = fields.logLine;
		}

		this.#store = parts.store;
		this.#tracebackOffset = parts.traceback.offset;
		this.#tracebackLength = parts.traceback.length;
		this.#captured = parts.captured.length === 0 ? noSections : parts.captured;
	}

	get traceback(): string {
		return this.#store.get({
			offset: this.#tracebackOffset,
			length: this.#tracebackLength,
		});
	}

	get captured(): CapturedSection[] {
		return this.#captured.map(section => ({
			name: section.name,
			text: this.#store.get(section.text),
		}));
	}
}

/** A failure whose traceback and captured output stay in `parts.store` until asked for. */
export function storedFailure(
	fields: Omit<Failure, 'traceback' | 'captured'>,
	parts: StoredParts,
): Failure {
	return new StoredFailure(fields, parts);
}

/**
The texts a run's failures share, one copy each: headlines, exception types, crash locations, section
names. A copy of its own, too: a headline sliced from a traceback line (or an XML attribute) would keep the
whole text it came from alive (V8 keeps a slice's parent), and the store is there so that it does not.
57,000 failures have ~11,000 headlines.
*/
export class SharedTexts {
	readonly #texts = new Map<string, string>();
	/** Locations by path, then line. */
	readonly #locations = new Map<string, Map<number, Location>>();

	text(text: string): string {
		let kept = this.#texts.get(text);
		if (kept === undefined) {
			kept = Buffer.from(text).toString();
			this.#texts.set(kept, kept);
		}

		return kept;
	}

	location(location: Location): Location {
		let byLine = this.#locations.get(location.path);
		if (byLine === undefined) {
			byLine = new Map();
			this.#locations.set(this.text(location.path), byLine);
		}

		let kept = byLine.get(location.line);
		if (kept === undefined) {
			kept = {path: this.text(location.path), line: location.line};
			byLine.set(location.line, kept);
		}

		return kept;
	}

	fields(
		fields: Omit<Failure, 'traceback' | 'captured'>,
	): Omit<Failure, 'traceback' | 'captured'> {
		const {headline, exceptionType, location} = fields;
		return {
			...fields,
			headline: this.text(headline),
			...(exceptionType !== undefined && {
				exceptionType: this.text(exceptionType),
			}),
			...(location !== undefined && {location: this.location(location)}),
		};
	}
}
