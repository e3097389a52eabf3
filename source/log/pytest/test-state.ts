/**
What the parser knows of one test beyond its outcome and phase (which live in the `TestTable`): reruns,
repeated reports, the short summary's messages and the FAILURES/ERRORS entries matched with it. Only the few
tests a reader needs to say more about get one.
*/
import {fileOfId, type Outcome, type Phase} from '../model.js';
import type {Entry} from './failure-entry.js';
import type {SubtestReport} from './subtests.js';
import type {TestTable} from './tests.js';

/**
What the parser knows of one test beyond its outcome. Its outcome and phase live in the table; the rest
is here, so a test that only passed never needs one.
*/
export class TestState {
	reruns: number | undefined = undefined;
	teardownError = false;
	/** PASSED reports that a rerun superseded (a teardown failure reruns a passed test): pytest counts them. */
	passedBeforeRerun = 0;
	/** Further reports pytest counts but the XML does not name: the same outcome again, or a passing call's before its teardown's SKIPPED or XFAIL. A collection error's are its other xdist workers', which the XML names: each becomes a report (`build-run.ts`). */
	repeatedReports: Outcome[] | undefined = undefined;
	/** Reports of another outcome besides the main one: xdist's replacement worker ran a crashed worker's test again, or a failed call's teardown said SKIPPED or XFAIL. */
	otherReports: Outcome[] | undefined = undefined;
	/** xdist's `--dist each`: the other workers' reports of this test (`each-workers.ts`), each a report of its own, as the XML names each; also a second FAILED report of one id (two items alike, a test that crashed two workers), each with its own entry. */
	workerReports: Outcome[] | undefined = undefined;
	/** The other workers' FAILURES/ERRORS entries of this test, in log order: one per failing report of `workerReports`. */
	workerEntries: Entry[] | undefined = undefined;
	/** The FAILURES/ERRORS entries this test's reports were matched with. */
	failedEntry: Entry | undefined = undefined;
	errorEntry: Entry | undefined = undefined;
	teardownEntry: Entry | undefined = undefined;
	/** xdist's report of a worker that crashed after this test's call had failed (in its teardown): a second FAILED. */
	crashEntry: Entry | undefined = undefined;
	/** The short summary's message for it, possibly cut with `...`. */
	summaryMessage: string | undefined = undefined;
	/** The short summary's ERROR message: a test can also have a FAILED one. */
	summaryErrorMessage: string | undefined = undefined;
	/** The message of a later ERROR line of it: its teardown's when the first was its setup's. */
	laterErrorMessage: string | undefined = undefined;
	/** The short summary said its ERROR twice, message and all, and no progress line named it: xdist workers' collection error. */
	isCollectErrorAgain = false;
	/**
	pytest 9 under `-v`: its `id ` line ended with no word and the same id's line with its word came next. Its unittest
	`subTest`s reported while pytest captured the test's output, so their words went there (`captured-subtests.ts`).
	*/
	hasCapturedReports = false;
	/** What pytest-timeout printed of the threads' stacks when it ended the process under this test (killed-test.ts). */
	killedTraceback: string | undefined = undefined;
	/** Its failed, skipped and xfailed subtests: each a report of its own, as pytest counts them. */
	subtests: SubtestReport[] | undefined = undefined;
	/** The test's row in its table. */
	readonly index: number;
	#id: string | undefined;
	readonly #table: TestTable;

	constructor(table: TestTable, index: number) {
		this.#table = table;
		this.index = index;
	}

	get id(): string {
		this.#id ??= this.#table.ids.idAt(this.index);
		return this.#id;
	}

	get file(): string {
		return fileOfId(this.id);
	}

	get outcome(): Outcome | undefined {
		return this.#table.outcomeAt(this.index);
	}

	set outcome(outcome: Outcome | undefined) {
		this.#table.setOutcome(this.index, outcome);
	}

	get phase(): Phase {
		return this.#table.phaseAt(this.index);
	}

	set phase(phase: Phase) {
		this.#table.setPhase(this.index, phase);
	}

	/** Folded into an earlier state with the same id. */
	get isMerged(): boolean {
		return this.#table.isMergedAt(this.index);
	}

	/** The id changed in the table (an invocation prefix): read it again. */
	forgetId(): void {
		this.#id = undefined;
	}
}

/** Folds `later`, a later state of the same test (its id met again far apart), into `target`: every report counts. */
export function mergeState(target: TestState, later: TestState): void {
	if (later.reruns) {
		target.reruns = (target.reruns ?? 0) + later.reruns;
	}

	target.teardownError ||= later.teardownError;
	target.passedBeforeRerun += later.passedBeforeRerun;
	if (later.repeatedReports) {
		(target.repeatedReports ??= []).push(...later.repeatedReports);
	}

	if (later.workerReports) {
		(target.workerReports ??= []).push(...later.workerReports);
	}

	if (later.workerEntries) {
		(target.workerEntries ??= []).push(...later.workerEntries);
	}

	if (later.otherReports) {
		(target.otherReports ??= []).push(...later.otherReports);
	}

	if (later.subtests) {
		(target.subtests ??= []).push(...later.subtests);
	}

	target.summaryMessage ??= later.summaryMessage;
	target.summaryErrorMessage ??= later.summaryErrorMessage;
	target.laterErrorMessage ??= later.laterErrorMessage;
	target.isCollectErrorAgain ||= later.isCollectErrorAgain;
	target.hasCapturedReports ||= later.hasCapturedReports;
	target.killedTraceback ??= later.killedTraceback;
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

export type EntrySlot = 'failedEntry' | 'errorEntry' | 'teardownEntry';
