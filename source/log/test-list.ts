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
import {
	bytesEqual,
	fileEndOf,
	grow,
	fitted,
	grownBuffer,
	IdColumn,
	type IdSpan,
} from './id-column.js';

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

/** Reports being gathered for a TestList: per report, its id's row and its packed outcome and phase. */
export class ReportRows {
	rows: Uint32Array;
	codes: Uint8Array;
	/**
	Seconds per report, once any report has them: +0 (as a new array is filled) says none was printed, and a
	duration of 0 is kept as -0. No array is filled with a mark of its own, so that growing touches only the
	memory in use.
	*/
	durations: Float64Array | undefined;
	length = 0;

	constructor(capacity = 256) {
		this.rows = new Uint32Array(Math.max(1, capacity));
		this.codes = new Uint8Array(Math.max(1, capacity));
	}

	push(row: number, code: number): number {
		if (this.length === this.rows.length) {
			const capacity =
				this.rows.length < 1 << 20
					? this.rows.length * 2
					: Math.ceil(this.rows.length * 1.25);
			this.rows = grow(this.rows, capacity);
			const codes = new Uint8Array(capacity);
			codes.set(this.codes);
			this.codes = codes;
			if (this.durations) {
				const durations = new Float64Array(capacity);
				durations.set(this.durations);
				this.durations = durations;
			}
		}

		this.rows[this.length] = row;
		this.codes[this.length] = code;
		return this.length++;
	}

	/** The seconds report `index` took. */
	setDuration(index: number, seconds: number): void {
		this.durations ??= new Float64Array(this.rows.length);
		this.durations[index] = seconds === 0 ? -0 : seconds;
	}
}

/** What a TestList holds besides its reports. */
export type TestListExtras = {
	/** pytest-rerunfailures' reruns, by report index (only the reports that had any). */
	readonly reruns?: ReadonlyMap<number, number>;
};

/**
The reports of a run, in log order: one per test outcome (a teardown error is a second one). The reports of
one test share its id's row: consecutive reports of a test always do, in a list made by `from` too.
*/
export class TestList implements Iterable<TestResult> {
	/** A list with no reports. */
	static readonly empty: TestList = new TestList(
		new IdColumn(),
		new ReportRows(0),
	);

	/** A list of the given reports, in that order. */
	static from(results: Iterable<TestResult>): TestList {
		const ids = new IdColumn();
		const reports = new ReportRows();
		const reruns = new Map<number, number>();
		const text: {bytes: Buffer} = {bytes: Buffer.allocUnsafe(256)};
		for (const result of results) {
			text.bytes = grownBuffer(text.bytes, result.id.length * 3, 0);
			const length = text.bytes.write(result.id, 0, 'utf8');
			const row = ids.isLast(text.bytes, 0, length)
				? ids.length - 1
				: ids.append(text.bytes, 0, length);
			const index = reports.push(row, packReport(result.outcome, result.phase));
			if (result.reruns !== undefined) {
				reruns.set(index, result.reruns);
			}

			if (result.duration !== undefined) {
				reports.setDuration(index, result.duration);
			}
		}

		return new TestList(ids, reports, {reruns});
	}

	/** The reports of several lists, in order (shards of one run). */
	static concat(lists: readonly TestList[]): TestList {
		if (lists.length === 1) {
			return lists[0]!;
		}

		const ids = new IdColumn();
		const reports = new ReportRows();
		const reruns = new Map<number, number>();
		for (const list of lists) {
			let previousRow = -1;
			let row = -1;
			for (let index = 0; index < list.length; index++) {
				const listRow = list.#rows[index]!;
				if (listRow !== previousRow) {
					const {bytes, start, end} = list.idSpanAt(index);
					row = ids.isLast(bytes, start, end)
						? ids.length - 1
						: ids.append(bytes, start, end);
					previousRow = listRow;
				}

				const report = reports.push(row, list.#codes[index]!);
				const rerun = list.rerunsAt(index);
				if (rerun !== undefined) {
					reruns.set(report, rerun);
				}

				const duration = list.durationAt(index);
				if (duration !== undefined) {
					reports.setDuration(report, duration);
				}
			}
		}

		return new TestList(ids, reports, {reruns});
	}

	/**
	`base`'s reports with the durations `durationAt` gives them, then the reports of `other` at `extra` (indexes,
	in order): a console log's reports joined with what its JUnit XML adds, copied as bytes, no report made.
	*/
	static joined(
		base: TestList,
		durationAt: (index: number) => number | undefined,
		other: TestList,
		extra: readonly number[],
	): TestList {
		const ids = new IdColumn();
		const reports = new ReportRows();
		const reruns = new Map<number, number>();
		const copy = (
			list: TestList,
			index: number,
			previous: number,
			duration: number | undefined,
		) => {
			let row = ids.length - 1;
			if (previous === -1 || list.#rows[previous] !== list.#rows[index]) {
				const {bytes, start, end} = list.idSpanAt(index);
				row = ids.append(bytes, start, end);
			}

			const report = reports.push(row, list.#codes[index]!);
			const rerun = list.rerunsAt(index);
			if (rerun !== undefined) {
				reruns.set(report, rerun);
			}

			if (duration !== undefined) {
				reports.setDuration(report, duration);
			}
		};

		for (let index = 0; index < base.length; index++) {
			copy(base, index, index - 1, durationAt(index));
		}

		for (const [position, index] of extra.entries()) {
			copy(
				other,
				index,
				position > 0 && extra[position - 1] === index - 1 ? index - 1 : -1,
				other.durationAt(index),
			);
		}

		return new TestList(ids, reports, {reruns});
	}

	readonly length: number;
	readonly #ids: IdColumn;
	readonly #rows: Uint32Array;
	readonly #codes: Uint8Array;
	readonly #reruns: ReadonlyMap<number, number> | undefined;
	readonly #durations: Float64Array | undefined;
	/** A second buffer, to hold one id while another is decoded. */
	#held: Buffer = Buffer.allocUnsafe(256);

	/** `ids` and `reports` are the list's from now on: nothing is added to them. */
	constructor(ids: IdColumn, reports: ReportRows, extras: TestListExtras = {}) {
		ids.trim();
		this.#ids = ids;
		this.length = reports.length;
		this.#rows = fitted(reports.rows, reports.length);
		this.#codes = fitted(reports.codes, reports.length);
		this.#reruns = extras.reruns?.size ? extras.reruns : undefined;
		this.#durations =
			reports.durations && fitted(reports.durations, reports.length);
	}

	idAt(index: number): string {
		return this.#ids.idAt(this.#rows[index]!);
	}

	/** Where the id's UTF-8 bytes are, for writers that copy them; valid until the next id is read. */
	idSpanAt(index: number): IdSpan {
		return this.#ids.span(this.#rows[index]!);
	}

	/**
	How many leading bytes report `index`'s id shares with report `index - 1`'s, as far as the list knows
	without comparing them (all of it for a second report of one test; 0 when it cannot say): a writer that
	goes through the reports in order looks again only at the rest.
	*/
	sharedWithPreviousAt(index: number): number {
		if (index === 0) {
			return 0;
		}

		const row = this.#rows[index]!;
		const previous = this.#rows[index - 1]!;
		return row === previous
			? Number.POSITIVE_INFINITY
			: row === previous + 1
				? this.#ids.sharedAt(row)
				: 0;
	}

	/** Whether two reports are of one test: they share its id's row (a teardown error's report follows its test's). */
	isSameIdAs(index: number, other: number): boolean {
		return this.#rows[index] === this.#rows[other];
	}

	/** Whether two reports' ids have the same file part (everything before the first `::`). */
	isSameFileAs(index: number, other: number): boolean {
		if (this.#rows[index] === this.#rows[other]) {
			return true;
		}

		const first = this.idSpanAt(other);
		const firstEnd = fileEndOf(first);
		this.#held = grownBuffer(this.#held, firstEnd, 0);
		first.bytes.copy(this.#held, 0, first.start, firstEnd);
		const length = firstEnd - first.start;
		const second = this.idSpanAt(index);
		const secondEnd = fileEndOf(second);
		return (
			secondEnd - second.start === length &&
			bytesEqual(second.bytes, second.start, this.#held, 0, length)
		);
	}

	fileAt(index: number): string {
		return fileOfId(this.idAt(index));
	}

	outcomeAt(index: number): Outcome {
		return outcomes[this.#codes[index]! & 7]!;
	}

	/** The packed outcome and phase of report `index` (`packReport`'s byte). */
	codeAt(index: number): number {
		return this.#codes[index]!;
	}

	phaseAt(index: number): Phase {
		return phaseOfCode(this.#codes[index]!);
	}

	/** Whether the report at `index` failed or errored, without naming its outcome. */
	isFailureAt(index: number): boolean {
		const outcome = this.#codes[index]! & 7;
		// `failed` is 0 and `error` is 5 in `outcomes`.
		return outcome === 0 || outcome === 5;
	}

	rerunsAt(index: number): number | undefined {
		return this.#reruns?.get(index);
	}

	durationAt(index: number): number | undefined {
		const seconds = this.#durations?.[index];
		if (
			seconds === undefined ||
			Number.isNaN(seconds) ||
			Object.is(seconds, 0)
		) {
			return undefined;
		}

		// A duration of 0 is kept as -0 (`ReportRows.durations`).
		return seconds === 0 ? 0 : seconds;
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
