/**
The tests of a run as a table, not as objects: a million-test log keeps its node ids as UTF-8 in one
buffer and each report's outcome and phase in a byte, so a test costs about as many bytes as its id
(issue 10). Readers that look at every test use the accessors (`outcomeAt`, `idAt`); iterating makes a
`TestResult` object per test, for the places where a test at a time is what they need.
*/
import {Buffer} from 'node:buffer';
import {
	fileOfId,
	outcomes,
	phases,
	type Outcome,
	type Phase,
	type TestResult,
} from './model.js';

/** Outcome in the low 3 bits (index in `outcomes`), phase in the next 2 (index in `phases`). */
const phaseShift = 3;

const outcomeCodes = new Map<Outcome, number>(
	outcomes.map((outcome, index) => [outcome, index]),
);
const phaseCodes = new Map<Phase, number>(
	phases.map((phase, index) => [phase, index]),
);

/** The packed byte of an outcome and a phase. */
export function packReport(outcome: Outcome, phase: Phase): number {
	return outcomeCodes.get(outcome)! | (phaseCodes.get(phase)! << phaseShift);
}

export function outcomeOfCode(code: number): Outcome {
	return outcomes[code & 7]!;
}

export function phaseOfCode(code: number): Phase {
	return phases[(code >> phaseShift) & 3]!;
}

/**
Ids live in chunks of 16 MiB (the first one grows to that size by doubling): a large log's ids are never
copied to grow, and an offset is a chunk number and a position in it, in 32 bits (4 GiB of ids).
*/
const chunkBits = 24;
const chunkSize = 1 << chunkBits;
const chunkMask = chunkSize - 1;
const maximumChunks = 2 ** (32 - chunkBits);

/** Where a test's id is: `bytes[start..end)`. */
export type IdSpan = {
	readonly bytes: Buffer;
	readonly start: number;
	readonly end: number;
};

/**
Append-only storage for ids and their reports, shared by the parser's table while it reads and the
TestList it hands out: a report is (start, end) of its id and a packed byte.
*/
export class ReportColumns {
	/** Reports that share the id bytes of `columns` (and add none of their own). */
	static sharing(columns: ReportColumns, capacity: number): ReportColumns {
		const shared = new ReportColumns(capacity, 0);
		shared.chunks = columns.chunks;
		shared.used = columns.used;
		return shared;
	}

	chunks: Buffer[];
	/** The offset the next id goes to. */
	used = 0;
	starts: Uint32Array;
	ends: Uint32Array;
	codes: Uint8Array;
	length = 0;

	constructor(capacity = 1024, byteCapacity = 64 * 1024) {
		this.chunks = [Buffer.allocUnsafe(byteCapacity)];
		this.starts = new Uint32Array(capacity);
		this.ends = new Uint32Array(capacity);
		this.codes = new Uint8Array(capacity);
	}

	/** Copies `source[start..end)` in as a new id; returns where it starts. */
	appendIdBytes(source: Uint8Array, start: number, end: number): number {
		const length = end - start;
		const chunk = this.reserve(length);
		const local = this.used - (this.chunks.length - 1) * chunkSize;
		if (length < 256) {
			// A node id is short: a loop costs less than a view and a native copy.
			for (let index = 0; index < length; index++) {
				chunk[local + index] = source[start + index]!;
			}
		} else {
			chunk.set(source.subarray(start, end), local);
		}

		const at = this.used;
		this.used += length;
		return at;
	}

	/** Encodes `id` in as a new id; returns its [start, end). */
	appendIdText(id: string): [number, number] {
		// A UTF-16 code unit is at most 3 bytes of UTF-8.
		const chunk = this.reserve(id.length * 3);
		const local = this.used - (this.chunks.length - 1) * chunkSize;
		const start = this.used;
		this.used += chunk.write(id, local, 'utf8');
		return [start, this.used];
	}

	/** A report whose id is at [start, end) (already stored). */
	push(start: number, end: number, code: number): number {
		if (this.length === this.starts.length) {
			const capacity = Math.max(16, this.starts.length * 2);
			this.starts = grow(this.starts, capacity);
			this.ends = grow(this.ends, capacity);
			const codes = new Uint8Array(capacity);
			codes.set(this.codes);
			this.codes = codes;
		}

		const index = this.length++;
		this.starts[index] = start;
		this.ends[index] = end;
		this.codes[index] = code;
		return index;
	}

	/** The bytes of the id at `index`. */
	spanAt(index: number): IdSpan {
		const start = this.starts[index]!;
		if (start === this.ends[index]) {
			return {bytes: this.chunks[0]!, start: 0, end: 0};
		}

		const local = start & chunkMask;
		return {
			bytes: this.chunks[start >>> chunkBits]!,
			start: local,
			end: local + this.ends[index]! - start,
		};
	}

	idAt(index: number): string {
		const start = this.starts[index]!;
		if (start === this.ends[index]) {
			return '';
		}

		const local = start & chunkMask;
		return this.chunks[start >>> chunkBits]!.toString(
			'utf8',
			local,
			local + this.ends[index]! - start,
		);
	}

	/** Whether the id at `index` is the UTF-8 `source[start..end)`. */
	idEquals(
		index: number,
		source: Uint8Array,
		start: number,
		end: number,
	): boolean {
		const ownStart = this.starts[index]!;
		const length = end - start;
		if (this.ends[index]! - ownStart !== length) {
			return false;
		}

		if (length === 0) {
			return true;
		}

		// Ids of one suite share long prefixes: compare from the end, where they differ.
		const bytes = this.chunks[ownStart >>> chunkBits]!;
		const local = ownStart & chunkMask;
		for (let offset = length - 1; offset >= 0; offset--) {
			if (bytes[local + offset] !== source[start + offset]) {
				return false;
			}
		}

		return true;
	}

	/**
	The chunk that has room for `length` more bytes at `used`: the last one, grown or a new one when it is full
	(then `used` moves to the new chunk's start).
	*/
	private reserve(length: number): Buffer {
		const last = this.chunks.length - 1;
		const chunk = this.chunks[last]!;
		const local = this.used - last * chunkSize;
		if (local + length <= chunk.length) {
			return chunk;
		}

		if (last === 0 && local + length <= chunkSize) {
			// The first chunk grows by doubling up to the chunk size.
			const grown = Buffer.allocUnsafe(
				Math.min(chunkSize, Math.max(local + length, chunk.length * 2)),
			);
			chunk.copy(grown, 0, 0, local);
			this.chunks[0] = grown;
			return grown;
		}

		if (length > chunkSize) {
			throw new RangeError('a test id longer than 16 MiB');
		}

		if (this.chunks.length >= maximumChunks) {
			throw new RangeError(
				'more test ids than one table holds (4 GiB of node ids)',
			);
		}

		const fresh = Buffer.allocUnsafe(chunkSize);
		this.chunks.push(fresh);
		this.used = (last + 1) * chunkSize;
		return fresh;
	}
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

function grow(array: Uint32Array, capacity: number): Uint32Array {
	const grown = new Uint32Array(capacity);
	grown.set(array);
	return grown;
}

/** What a TestList holds besides its columns. */
export type TestListExtras = {
	/** pytest-rerunfailures' reruns, by report index (only the reports that had any). */
	readonly reruns?: ReadonlyMap<number, number>;
	/** Seconds, by report index, when the log printed them. */
	readonly durations?: ReadonlyMap<number, number>;
};

/** The reports of a run, in log order: one per test outcome (a teardown error is a second one). */
export class TestList implements Iterable<TestResult> {
	/** A list with no reports. */
	static readonly empty: TestList = new TestList(new ReportColumns(0, 0));

	/** A list of the given reports, in that order. */
	static from(results: Iterable<TestResult>): TestList {
		const columns = new ReportColumns();
		const reruns = new Map<number, number>();
		const durations = new Map<number, number>();
		for (const result of results) {
			const [start, end] = columns.appendIdText(result.id);
			const index = columns.push(
				start,
				end,
				packReport(result.outcome, result.phase),
			);
			if (result.reruns !== undefined) {
				reruns.set(index, result.reruns);
			}

			if (result.duration !== undefined) {
				durations.set(index, result.duration);
			}
		}

		return new TestList(columns, {reruns, durations});
	}

	/** The reports of several lists, in order (shards of one run). */
	static concat(lists: readonly TestList[]): TestList {
		if (lists.length === 1) {
			return lists[0]!;
		}

		const columns = new ReportColumns();
		const reruns = new Map<number, number>();
		const durations = new Map<number, number>();
		for (const list of lists) {
			for (let index = 0; index < list.length; index++) {
				const {bytes, start, end} = list.idSpanAt(index);
				const at = columns.appendIdBytes(bytes, start, end);
				const report = columns.push(
					at,
					columns.used,
					list.#columns.codes[index]!,
				);
				const rerun = list.rerunsAt(index);
				if (rerun !== undefined) {
					reruns.set(report, rerun);
				}

				const duration = list.durationAt(index);
				if (duration !== undefined) {
					durations.set(report, duration);
				}
			}
		}

		return new TestList(columns, {reruns, durations});
	}

	readonly length: number;
	readonly #columns: ReportColumns;
	readonly #reruns: ReadonlyMap<number, number> | undefined;
	readonly #durations: ReadonlyMap<number, number> | undefined;

	constructor(columns: ReportColumns, extras: TestListExtras = {}) {
		this.#columns = columns;
		this.length = columns.length;
		this.#reruns = extras.reruns?.size ? extras.reruns : undefined;
		this.#durations = extras.durations?.size ? extras.durations : undefined;
	}

	idAt(index: number): string {
		return this.#columns.idAt(index);
	}

	/** Where the id's UTF-8 bytes are, for writers that copy them. */
	idSpanAt(index: number): IdSpan {
		return this.#columns.spanAt(index);
	}

	/** Whether two reports are of one test (a teardown error's report follows its test's). */
	isSameIdAs(index: number, other: number): boolean {
		const {bytes, start, end} = this.#columns.spanAt(other);
		return this.#columns.idEquals(index, bytes, start, end);
	}

	/** Whether two reports' ids have the same file part (everything before the first `::`). */
	isSameFileAs(index: number, other: number): boolean {
		const a = this.#columns.spanAt(index);
		const b = this.#columns.spanAt(other);
		const aEnd = fileEndOf(a);
		const bEnd = fileEndOf(b);
		return (
			aEnd - a.start === bEnd - b.start &&
			a.bytes.compare(b.bytes, b.start, bEnd, a.start, aEnd) === 0
		);
	}

	fileAt(index: number): string {
		return fileOfId(this.idAt(index));
	}

	outcomeAt(index: number): Outcome {
		return outcomes[this.#columns.codes[index]! & 7]!;
	}

	phaseAt(index: number): Phase {
		return phaseOfCode(this.#columns.codes[index]!);
	}

	/** Whether the report at `index` failed or errored, without naming its outcome. */
	isFailureAt(index: number): boolean {
		const outcome = this.#columns.codes[index]! & 7;
		// `failed` is 0 and `error` is 5 in `outcomes`.
		return outcome === 0 || outcome === 5;
	}

	rerunsAt(index: number): number | undefined {
		return this.#reruns?.get(index);
	}

	durationAt(index: number): number | undefined {
		return this.#durations?.get(index);
	}

	/** Whether any report was re-run: most runs have none, and then nothing needs a look per test. */
	get hasReruns(): boolean {
		return this.#reruns !== undefined;
	}

	/** The indexes of the reports that were re-run, in order. */
	rerunIndexes(): number[] {
		return this.#reruns
			? [...this.#reruns.keys()].toSorted((a, b) => a - b)
			: [];
	}

	/** The report at `index` as an object (a new one each time). */
	at(index: number): TestResult | undefined {
		if (index < 0) {
			index += this.length;
		}

		if (index < 0 || index >= this.length) {
			return undefined;
		}

		const id = this.idAt(index);
		const reruns = this.rerunsAt(index);
		const duration = this.durationAt(index);
		return {
			id,
			file: fileOfId(id),
			outcome: this.outcomeAt(index),
			phase: this.phaseAt(index),
			...(reruns !== undefined && {reruns}),
			...(duration !== undefined && {duration}),
		};
	}

	*[Symbol.iterator](): Iterator<TestResult> {
		for (let index = 0; index < this.length; index++) {
			yield this.at(index)!;
		}
	}

	/** Every report as an object: for tests and small runs. */
	toArray(): TestResult[] {
		return [...this];
	}

	// The array methods readers of small runs (and tests) use: each makes an object per report it visits.

	map<T>(mapper: (test: TestResult, index: number) => T): T[] {
		const mapped: T[] = [];
		for (let index = 0; index < this.length; index++) {
			mapped.push(mapper(this.at(index)!, index));
		}

		return mapped;
	}

	filter(
		predicate: (test: TestResult, index: number) => boolean,
	): TestResult[] {
		return this.toArray().filter((test, index) => predicate(test, index));
	}

	find(
		predicate: (test: TestResult, index: number) => boolean,
	): TestResult | undefined {
		for (let index = 0; index < this.length; index++) {
			const test = this.at(index)!;
			if (predicate(test, index)) {
				return test;
			}
		}

		return undefined;
	}

	some(predicate: (test: TestResult, index: number) => boolean): boolean {
		for (let index = 0; index < this.length; index++) {
			if (predicate(this.at(index)!, index)) {
				return true;
			}
		}

		return false;
	}

	every(predicate: (test: TestResult, index: number) => boolean): boolean {
		return !this.some((test, index) => !predicate(test, index));
	}
}
