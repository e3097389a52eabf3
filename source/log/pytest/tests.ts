/**
The tests of one session as the parser learns them: one state per test, which every reader fills in (progress lines its outcome, the short summary its message, the FAILURES matcher its entries), kept in the order the log first names them.
*/
import {fileOfId, type Outcome, type Phase} from '../model.js';
import type {Entry} from './failures.js';

/**
What the parser knows of one test while reading. It is also the TestResult the Run hands out (for its main report), so a million-test log allocates one object per test; `file` is a prototype getter, not a string per test.
*/
export class TestState {
	outcome: Outcome | undefined = undefined;
	phase: Phase = 'call';
	reruns: number | undefined = undefined;
	teardownError = false;
	/** PASSED reports that a rerun superseded (a teardown failure reruns a passed test): pytest counts them. */
	passedBeforeRerun = 0;
	/** Folded into an earlier state with the same id. */
	isMerged = false;
	/** Further reports with the same outcome (pytest counts each). */
	repeatedReports: Outcome[] | undefined = undefined;
	/** The FAILURES/ERRORS entries this test's reports were matched with. */
	failedEntry: Entry | undefined = undefined;
	errorEntry: Entry | undefined = undefined;
	teardownEntry: Entry | undefined = undefined;
	/** The short summary's message for it, possibly cut with `...`. */
	summaryMessage: string | undefined = undefined;
	/** The short summary's ERROR message: a test can also have a FAILED one. */
	summaryErrorMessage: string | undefined = undefined;

	/** Rewritten once, at the end, when the log turns out to print ids relative to a subdirectory. */
	id: string;

	constructor(id: string) {
		this.id = id;
	}

	get file(): string {
		return fileOfId(this.id);
	}
}

export type EntrySlot = 'failedEntry' | 'errorEntry' | 'teardownEntry';

/**
The tests of a run in the order the log first names them. A `-v` log names each test on one line (or adjacent lines: a teardown ERROR after PASSED, RERUNs), so the common path needs no map at all; lookups by id build an index on first use, starting with the tests that can matter to the summary and the FAILURES section.
*/
export class TestTable {
	readonly order: TestState[] = [];
	private last: TestState | undefined;
	private index: Map<string, TestState> | undefined;
	private isFull = false;
	private hasMerged = false;

	/** The state for `id` when it is the test just seen, else a new one (the `-v` fast path). */
	sequential(id: string): TestState {
		if (this.last?.id === id) {
			return this.last;
		}

		return this.add(id);
	}

	get(id: string): TestState | undefined {
		if (this.last?.id === id) {
			return this.last;
		}

		this.index ??= this.buildIndex(false);
		const found = this.index.get(id);
		if (found || this.isFull) {
			return found;
		}

		this.index = this.buildIndex(true);
		return this.index.get(id);
	}

	has(id: string): boolean {
		return this.get(id) !== undefined;
	}

	getOrAdd(id: string): TestState {
		return this.get(id) ?? this.add(id);
	}

	add(id: string): TestState {
		const state = new TestState(id);
		this.order.push(state);
		this.index?.set(id, state);
		this.last = state;
		return state;
	}

	/** The live states in order (an array: generators cost too much per test on million-test logs). */
	values(): TestState[] {
		if (!this.hasMerged) {
			return this.order;
		}

		return this.order.filter(state => !state.isMerged);
	}

	keys(): string[] {
		return this.values().map(state => state.id);
	}

	/** Forget the index after ids changed. */
	reindex(): void {
		this.index = undefined;
		this.isFull = false;
		this.last = undefined;
	}

	private buildIndex(isFull: boolean): Map<string, TestState> {
		this.isFull = isFull;
		const index = new Map<string, TestState>();
		for (const state of this.order) {
			if (
				state.isMerged ||
				(!isFull &&
					(state.outcome === 'passed' || state.outcome === 'skipped') &&
					!state.teardownError)
			) {
				continue;
			}

			const earlier = index.get(state.id);
			if (earlier) {
				// The same id on two lines far apart: one test, seen twice.
				mergeInto(earlier, state);
				this.hasMerged = true;
			} else {
				index.set(state.id, state);
			}
		}

		return index;
	}
}

function mergeInto(target: TestState, later: TestState): void {
	later.isMerged = true;
	if (later.reruns) {
		target.reruns = (target.reruns ?? 0) + later.reruns;
	}

	target.teardownError ||= later.teardownError;
	target.passedBeforeRerun += later.passedBeforeRerun;
	if (later.repeatedReports) {
		(target.repeatedReports ??= []).push(...later.repeatedReports);
	}

	target.summaryMessage ??= later.summaryMessage;
	target.summaryErrorMessage ??= later.summaryErrorMessage;
	if (
		later.outcome === 'error' &&
		target.outcome &&
		target.outcome !== 'error'
	) {
		target.teardownError = true;
	} else if (later.outcome) {
		target.outcome = later.outcome;
		target.phase = later.phase;
	}
}
