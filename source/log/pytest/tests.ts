/**
The tests of one session as the parser learns them, in the order the log first names them: ids as UTF-8
in one buffer, each test's outcome and phase in a byte (`ReportColumns`), and a `TestState` object only
for the few tests a reader needs to say more about (a rerun, a summary message, a FAILURES entry). Every
reader fills them in: progress lines the outcome, the short summary its message, the FAILURES matcher its
entries.
*/
import {Buffer} from 'node:buffer';
import {outcomes, phases, type Outcome, type Phase} from '../model.js';
import {filesOf, IdColumn} from '../id-column.js';
import {encode, IdIndex} from './id-index.js';
import {mergeState, TestState} from './test-state.js';

/** The outcome bits of a test with no outcome yet. */
const noOutcome = 7;
const phaseShift = 3;
const callCode = phases.indexOf('call') << phaseShift;
const failedCode = outcomes.indexOf('failed');
const errorCode = outcomes.indexOf('error');
const outcomeIndexes = new Map<Outcome, number>(
	outcomes.map((outcome, index) => [outcome, index]),
);
const phaseIndexes = new Map<Phase, number>(
	phases.map((phase, index) => [phase, index]),
);

/** Flags per test. */
const hasState = 1;
const merged = 2;

/**
The tests of a run in the order the log first names them. A `-v` log names each test on one line (or
adjacent lines: a teardown ERROR after PASSED, RERUNs), so the common path needs no lookup at all;
lookups by id build an index on first use, starting with the tests that can matter to the summary and
the FAILURES section.
*/
export class TestTable {
	#ids = new IdColumn();
	/** Per row: the outcome (low 3 bits, `noOutcome` when none yet) and the phase. */
	#codes = new Uint8Array(1024);
	#flags = new Uint8Array(1024);
	readonly #states = new Map<number, TestState>();
	#last = -1;
	/** The last test's id as a string, when it was added from one. */
	#lastId: string | undefined;
	#index: IdIndex | undefined;
	#isFull = false;
	#hasMerged = false;
	/** Rows whose id holds a backslash (the bytes path takes none). */
	readonly #withBackslash: number[] = [];

	/** The ids, one per row. */
	get ids(): IdColumn {
		return this.#ids;
	}

	/** Rows, merged ones included. */
	get size(): number {
		return this.#ids.length;
	}

	/** Whether `id` is the test just seen. */
	isLast(id: string): boolean {
		if (this.#last === -1) {
			return false;
		}

		this.#lastId ??= this.#ids.idAt(this.#last);
		return this.#lastId === id;
	}

	/** The state for `id` when it is the test just seen, else a new one (the `-v` fast path). */
	sequential(id: string): TestState {
		if (this.isLast(id)) {
			return this.stateAt(this.#last);
		}

		return this.add(id);
	}

	/**
	A test named for the first time (not the one just seen): its first report, kept without a state object.
	*/
	addReport(id: string, outcome: Outcome, phase: Phase): void {
		if (id.includes('\\')) {
			this.#withBackslash.push(this.#ids.length);
		}

		this.#push(
			this.#ids.appendText(id),
			outcomeIndexes.get(outcome)! | (phaseIndexes.get(phase)! << phaseShift),
		);
		this.#lastId = id;
	}

	/** `isLast` for an id as UTF-8 bytes. */
	isLastBytes(bytes: Uint8Array, start: number, end: number): boolean {
		// The column's last row is the table's last (until reindex forgets it).
		return this.#last !== -1 && this.#ids.isLast(bytes, start, end);
	}

	/** `addReport` for an id as UTF-8 bytes. */
	addReportBytes(
		bytes: Uint8Array,
		start: number,
		end: number,
		outcome: Outcome,
		phase: Phase,
	): void {
		this.#push(
			this.#ids.append(bytes, start, end),
			outcomeIndexes.get(outcome)! | (phaseIndexes.get(phase)! << phaseShift),
		);
		this.#lastId = undefined;
	}

	get(id: string): TestState | undefined {
		if (this.isLast(id)) {
			return this.stateAt(this.#last);
		}

		const [bytes, length] = encode(id);
		const row = this.#find(bytes, 0, length);
		return row === -1 ? undefined : this.stateAt(row);
	}

	/** `get` for an id as UTF-8 bytes: its row (-1: none), found as `get` finds it, without making its state. */
	findBytes(bytes: Uint8Array, start: number, end: number): number {
		return this.isLastBytes(bytes, start, end)
			? this.#last
			: this.#find(bytes, start, end);
	}

	has(id: string): boolean {
		return this.get(id) !== undefined;
	}

	getOrAdd(id: string): TestState {
		return this.get(id) ?? this.add(id);
	}

	add(id: string): TestState {
		this.addReport(id, 'passed', 'call');
		this.#codes[this.#last] = noOutcome | callCode;
		return this.stateAt(this.#last);
	}

	/** The state of row `index` (always the same object for a row). */
	stateAt(index: number): TestState {
		let state = this.#states.get(index);
		if (state === undefined) {
			state = new TestState(this, index);
			this.#states.set(index, state);
			this.#flags[index]! |= hasState;
		}

		return state;
	}

	/** The state of row `index` when one was made: a test without one only has its outcome. */
	existingStateAt(index: number): TestState | undefined {
		return (this.#flags[index]! & hasState) === 0
			? undefined
			: this.#states.get(index);
	}

	/**
	The report of a row that has its outcome and nothing more to say (no state, not merged, neither failed nor an
	error), with its phase made the call's as `buildRun` makes it: packed as a `TestList` packs a report. -1 for
	any other row.
	*/
	plainReportAt(index: number): number {
		if (this.#flags[index] !== 0) {
			return -1;
		}

		const outcome = this.#codes[index]! & 7;
		if (
			outcome === noOutcome ||
			outcome === failedCode ||
			outcome === errorCode
		) {
			return -1;
		}

		const code = outcome | callCode;
		this.#codes[index] = code;
		return code;
	}

	outcomeAt(index: number): Outcome | undefined {
		const code = this.#codes[index]! & 7;
		return code === noOutcome ? undefined : outcomes[code];
	}

	setOutcome(index: number, outcome: Outcome | undefined): void {
		const codes = this.#codes;
		codes[index] =
			(codes[index]! & ~7) |
			(outcome === undefined ? noOutcome : outcomeIndexes.get(outcome)!);
	}

	phaseAt(index: number): Phase {
		return phases[(this.#codes[index]! >> phaseShift) & 3]!;
	}

	setPhase(index: number, phase: Phase): void {
		const codes = this.#codes;
		codes[index] =
			(codes[index]! & 7) | (phaseIndexes.get(phase)! << phaseShift);
	}

	isMergedAt(index: number): boolean {
		return (this.#flags[index]! & merged) !== 0;
	}

	/** Whether any row was folded into another. */
	get hasMerged(): boolean {
		return this.#hasMerged;
	}

	/**
	The states of the live tests (not merged) whose outcome and teardown error pass `predicate`, in order.
	Only those get a state object: a million passed tests are never made into objects here.
	*/
	select(
		predicate: (
			outcome: Outcome | undefined,
			teardownError: boolean,
		) => boolean,
	): TestState[] {
		const selected: TestState[] = [];
		for (let index = 0; index < this.#ids.length; index++) {
			const flags = this.#flags[index]!;
			if ((flags & merged) !== 0) {
				continue;
			}

			const teardownError =
				(flags & hasState) !== 0 && this.#states.get(index)!.teardownError;
			if (predicate(this.outcomeAt(index), teardownError)) {
				selected.push(this.stateAt(index));
			}
		}

		return selected;
	}

	/** The ids of the live tests, in order. */
	keys(): string[] {
		const ids: string[] = [];
		for (let index = 0; index < this.#ids.length; index++) {
			if ((this.#flags[index]! & merged) === 0) {
				ids.push(this.#ids.idAt(index));
			}
		}

		return ids;
	}

	/** The file part of every id, each file once, in order of first appearance. */
	files(): string[] {
		return filesOf(this.#ids);
	}

	/** Puts `prefix` in front of every id that is not absolute or `../` (pytest ran from a subdirectory). */
	prefixIds(prefix: string): void {
		const prefixBytes = Buffer.from(prefix);
		this.#rewriteIds((bytes, start, end) => {
			const isOutside =
				bytes[start] === 0x2f /* / */ ||
				(bytes[start] === 0x2e &&
					bytes[start + 1] === 0x2e &&
					bytes[start + 2] === 0x2f); /* ../ */
			return isOutside
				? undefined
				: Buffer.concat([prefixBytes, bytes.subarray(start, end)]);
		});
	}

	/** Takes `prefix` off every id that starts with it (pytest ran from a directory above its rootdir). */
	unprefixIds(prefix: string): void {
		const prefixBytes = Buffer.from(prefix);
		this.#rewriteIds((bytes, start, end) =>
			end - start > prefixBytes.length &&
			bytes.compare(
				prefixBytes,
				0,
				prefixBytes.length,
				start,
				start + prefixBytes.length,
			) === 0
				? Buffer.from(bytes.subarray(start + prefixBytes.length, end))
				: undefined,
		);
	}

	/**
	Gives the ids that hold a backslash (where pytest's escapes are) the name `rename` gives them; the others
	are not looked at. True when any changed.
	*/
	renameIds(rename: (id: string) => string): boolean {
		const renamed = new Map<number, string>();
		for (const row of this.#withBackslash) {
			const id = this.#ids.idAt(row);
			const name = rename(id);
			if (name !== id) {
				renamed.set(row, name);
			}
		}

		if (renamed.size === 0) {
			return false;
		}

		let row = 0;
		this.#rewriteIds(() => {
			const name = renamed.get(row++);
			return name === undefined ? undefined : Buffer.from(name);
		});
		return true;
	}

	/** Gives the test of row `index` the id `name` (a `-v` line cut it short); the index is built again on the next lookup. */
	renameRow(index: number, name: string): void {
		this.renameRows(new Map([[index, name]]));
	}

	/** `renameRow` for many rows at once: the ids are written again once, however many rows change. */
	renameRows(names: ReadonlyMap<number, string>): void {
		if (names.size === 0) {
			return;
		}

		for (const [index, name] of names) {
			if (name.includes('\\') && !this.#withBackslash.includes(index)) {
				this.#withBackslash.push(index);
			}
		}

		let row = 0;
		this.#rewriteIds(() => {
			const name = names.get(row++);
			return name === undefined ? undefined : Buffer.from(name);
		});
	}

	/** Forget the index after ids changed. */
	reindex(): void {
		this.#index = undefined;
		this.#isFull = false;
		this.#last = -1;
		this.#lastId = undefined;
	}

	/** The ids again, each row's as `change` gives it (undefined: as it was); ids of a row depend on the row before. */
	#rewriteIds(
		change: (bytes: Buffer, start: number, end: number) => Buffer | undefined,
	): void {
		const old = this.#ids;
		const rewritten = new IdColumn();
		for (let index = 0; index < old.length; index++) {
			const {bytes, start, end} = old.span(index);
			const changed = change(bytes, start, end);
			if (changed === undefined) {
				rewritten.append(bytes, start, end);
			} else {
				rewritten.append(changed, 0, changed.length);
			}
		}

		this.#ids = rewritten;
		for (const state of this.#states.values()) {
			state.forgetId();
		}

		this.reindex();
	}

	/** The row `index` the column just added, with its packed outcome and phase. */
	#push(index: number, code: number): void {
		if (index === this.#flags.length) {
			const capacity = index < 1 << 20 ? index * 2 : Math.ceil(index * 1.25);
			const flags = new Uint8Array(capacity);
			flags.set(this.#flags);
			this.#flags = flags;
			const codes = new Uint8Array(capacity);
			codes.set(this.#codes);
			this.#codes = codes;
		}

		this.#codes[index] = code;

		this.#index?.set(index);
		this.#last = index;
	}

	/** The row of an id by the index, built on first use with the tests that can matter, and whole when that misses. */
	#find(bytes: Uint8Array, start: number, end: number): number {
		this.#index ??= this.#buildIndex(false);
		const found = this.#index.find(bytes, start, end);
		if (found !== -1 || this.#isFull) {
			return found;
		}

		this.#index = this.#buildIndex(true);
		return this.#index.find(bytes, start, end);
	}

	#buildIndex(isFull: boolean): IdIndex {
		this.#isFull = isFull;
		const index = new IdIndex(this.#ids, isFull ? this.#ids.length : 64);
		for (let row = 0; row < this.#ids.length; row++) {
			const flags = this.#flags[row]!;
			if ((flags & merged) !== 0) {
				continue;
			}

			if (!isFull) {
				const outcome = this.#codes[row]! & 7;
				const isSettled =
					outcome === outcomeIndexes.get('passed') ||
					outcome === outcomeIndexes.get('skipped');
				if (
					isSettled &&
					!((flags & hasState) !== 0 && this.#states.get(row)!.teardownError)
				) {
					continue;
				}
			}

			const earlier = index.set(row);
			if (earlier !== -1) {
				// The same id on two lines far apart: one test, seen twice.
				index.set(earlier);
				this.#mergeInto(earlier, row);
				this.#hasMerged = true;
			}
		}

		return index;
	}

	#mergeInto(targetIndex: number, laterIndex: number): void {
		const target = this.stateAt(targetIndex);
		const later = this.stateAt(laterIndex);
		this.#flags[laterIndex]! |= merged;
		mergeState(target, later);
	}
}
