/**
Each test of a run's reports once, by id: the outcomes its reports had, folded as pytest's XML writes them, and
the first duration one of them has. A console log and its JUnit XML of half a million tests are compared and
joined through it (same-run.ts): a number per test and a bit per outcome, not a set, a map entry and a report
object per report, which made the pair of a 100 MB log and its XML take 1 GB.

Tests are found by their ids' UTF-8 bytes where the list keeps them, in a table of numbers: a map keyed by
strings made a string of every id of both lists (3.2 of the 4.5 s the 100 MB pair spent being compared and
joined).
*/
import {Buffer} from 'node:buffer';
import {bytesEqual, grownBuffer} from '../log/id-column.js';
import type {Outcome} from '../log/model.js';
import type {TestList} from '../log/test-list.js';

/**
An XPASS is a passing testcase in the XML. A failure and an error are one class: a test whose xdist worker
crashed is FAILED in the console and a setup `<error>` in the XML.
*/
export function folded(outcome: Outcome): Outcome {
	return outcome === 'xpassed'
		? 'passed'
		: outcome === 'error'
			? 'failed'
			: outcome;
}

/** The folded outcomes, a bit each, in the order a test's outcomes are named. */
const foldedOutcomes: readonly Outcome[] = [
	'passed',
	'failed',
	'skipped',
	'xfailed',
];
const bitOf = new Map<Outcome, number>(
	foldedOutcomes.map((outcome, index) => [outcome, 1 << index]),
);
const passedBit = bitOf.get('passed')!;
const failedBit = bitOf.get('failed')!;

/** A 32-bit FNV-1a hash of an id's bytes. */
function hashOf(bytes: Uint8Array, start: number, end: number): number {
	let hash = 0x81_1c_9d_c5;
	for (let index = start; index < end; index++) {
		hash = Math.imul(hash ^ bytes[index]!, 0x01_00_01_93);
	}

	return hash >>> 0;
}

const indexes = new WeakMap<TestList, TestIndex>();

export class TestIndex {
	/** The index of a list, made once for it (a list does not change). */
	static of(tests: TestList): TestIndex {
		let index = indexes.get(tests);
		if (index === undefined) {
			index = new TestIndex(tests);
			indexes.set(tests, index);
		}

		return index;
	}

	/** How many tests (distinct ids) the list names. */
	readonly size: number;
	/** Passing reports of tests that also failed or errored (a pass, then a teardown error; a rerun). */
	readonly passesOfFailing: number;
	readonly #tests: TestList;
	/** Each test's first report, where its id is read. */
	readonly #firstReport: Int32Array;
	/** Each test's id's hash. */
	readonly #hashes: Uint32Array;
	/** Open addressing by hash: a test's number plus one (0: empty). Its length is a power of two. */
	readonly #slots: Int32Array;
	/** Each report's test number. */
	readonly #ofReport: Int32Array;
	readonly #masks: Uint8Array;
	/** Each test's first duration (NaN: none). */
	readonly #durations: Float64Array;
	/** The id being looked up, held apart from the list's buffer, which reading another id reuses. */
	#key: Buffer = Buffer.allocUnsafe(256);

	private constructor(tests: TestList) {
		const {length} = tests;
		this.#tests = tests;
		this.#ofReport = new Int32Array(length);
		this.#firstReport = new Int32Array(length);
		this.#hashes = new Uint32Array(length);
		let slots = 16;
		while (slots < length * 2) {
			slots *= 2;
		}

		this.#slots = new Int32Array(slots);
		const masks = new Uint8Array(length);
		const durations = new Float64Array(length).fill(Number.NaN);
		let size = 0;
		let number = -1;
		for (let index = 0; index < length; index++) {
			// Consecutive reports of one test share its id's row: its id is looked up once.
			if (index === 0 || !tests.isSameIdAs(index, index - 1)) {
				const span = tests.idSpanAt(index);
				const hash = hashOf(span.bytes, span.start, span.end);
				const known = this.#find(span.bytes, span.start, span.end, hash);
				if (known === undefined) {
					number = size++;
					this.#firstReport[number] = index;
					this.#hashes[number] = hash;
					this.#put(number, hash);
				} else {
					number = known;
				}
			}

			this.#ofReport[index] = number;
			masks[number]! |= bitOf.get(folded(tests.outcomeAt(index)))!;
			const duration = tests.durationAt(index);
			if (duration !== undefined && Number.isNaN(durations[number])) {
				durations[number] = duration;
			}
		}

		let passes = 0;
		for (let index = 0; index < length; index++) {
			if (
				tests.outcomeAt(index) === 'passed' &&
				(masks[this.#ofReport[index]!]! & failedBit) !== 0
			) {
				passes++;
			}
		}

		for (let test = 0; test < size; test++) {
			const mask = masks[test]!;
			// A test that passed and then errored in teardown, or failed in one of its subtests, is one failing
			// testcase in pytest's XML: its pass is left out.
			masks[test] =
				(mask & failedBit) !== 0 && mask !== failedBit
					? mask & ~passedBit
					: mask;
		}

		this.passesOfFailing = passes;
		this.size = size;
		// Made as long as the reports; a test's reruns and teardown errors are reports of their own.
		this.#firstReport = this.#firstReport.slice(0, size);
		this.#hashes = this.#hashes.slice(0, size);
		this.#masks = masks.slice(0, size);
		this.#durations = durations.slice(0, size);
	}

	/** The test number of an id, or undefined when the list does not name it. */
	numberOf(id: string): number | undefined {
		const key = Buffer.from(id, 'utf8');
		return this.#find(key, 0, key.length, hashOf(key, 0, key.length));
	}

	/**
	The number in this list of test `number` of `other`, or undefined when this list does not name it. A log and
	its XML name their tests in one order, mostly: the test of the same number is tried first, read in order
	where a probe of the table is a cache miss.
	*/
	numberOfTestIn(other: TestIndex, number: number): number | undefined {
		const hash = other.#hashes[number]!;
		const span = other.#tests.idSpanAt(other.#firstReport[number]!);
		if (number < this.size && this.#hashes[number] === hash) {
			const length = span.end - span.start;
			this.#key = grownBuffer(this.#key, length, 0);
			this.#key.set(span.bytes.subarray(span.start, span.end), 0);
			const same = this.#tests.idSpanAt(this.#firstReport[number]!);
			if (
				same.end - same.start === length &&
				bytesEqual(same.bytes, same.start, this.#key, 0, length)
			) {
				return number;
			}

			return this.#find(this.#key, 0, length, hash);
		}

		return this.#find(span.bytes, span.start, span.end, hash);
	}

	idOf(number: number): string {
		return this.#tests.idAt(this.#firstReport[number]!);
	}

	/** The test number of report `index`. */
	numberAtReport(index: number): number {
		return this.#ofReport[index]!;
	}

	/** A test's folded outcomes as bits (see `outcomesIn`). */
	outcomeBits(number: number): number {
		return this.#masks[number]!;
	}

	/** A test's first duration, when one of its reports has one. */
	durationOf(number: number): number | undefined {
		const seconds = this.#durations[number]!;
		return Number.isNaN(seconds) ? undefined : seconds;
	}

	#put(number: number, hash: number): void {
		const mask = this.#slots.length - 1;
		let slot = hash & mask;
		while (this.#slots[slot] !== 0) {
			slot = (slot + 1) & mask;
		}

		this.#slots[slot] = number + 1;
	}

	#find(
		bytes: Uint8Array,
		start: number,
		end: number,
		hash: number,
	): number | undefined {
		const mask = this.#slots.length - 1;
		const length = end - start;
		let held = false;
		for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
			const entry = this.#slots[slot]!;
			if (entry === 0) {
				return undefined;
			}

			const number = entry - 1;
			if (this.#hashes[number] !== hash) {
				continue;
			}

			if (!held) {
				// Reading this list's id would overwrite the bytes looked for when they are this list's own.
				this.#key = grownBuffer(this.#key, length, 0);
				this.#key.set(bytes.subarray(start, end), 0);
				held = true;
			}

			const span = this.#tests.idSpanAt(this.#firstReport[number]!);
			if (
				span.end - span.start === length &&
				bytesEqual(span.bytes, span.start, this.#key, 0, length)
			) {
				return number;
			}
		}
	}
}

/** The outcomes `bits` stand for, in the order passed, failed, skipped, xfailed. */
export function outcomesIn(bits: number): Outcome[] {
	return foldedOutcomes.filter(outcome => (bits & bitOf.get(outcome)!) !== 0);
}
