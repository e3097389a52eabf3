/**
xdist's `--dist each` (`scheduling tests via EachScheduling` under `-v`): every worker runs every test, and pytest
counts every worker's reports, and its XML names each (one testcase per worker). The first worker to report a test
gives its outcome; another worker's report of it is a report of its own (`workerReports`: its setup `ERROR` no teardown
error, its `FAILED` no rerun), and a failure with that worker's entry (`headers.ts`).
*/
import type {Outcome, Phase} from '../model.js';
import {type Entry, workerOfEntry} from './failure-entry.js';
import type {IdNormalizer} from './ids.js';
import type {TestState} from './test-state.js';
import type {TestTable} from './tests.js';
import {outcomeWords} from './verbose-reports.js';

const eachSchedulingLine = 'scheduling tests via EachScheduling';

/** The `--dist each` reader for xdist's `scheduling tests via …` line when it says so, else none. */
export function eachWorkersOf(schedulingLine: string): EachWorkers | undefined {
	return schedulingLine === eachSchedulingLine ? new EachWorkers() : undefined;
}

export class EachWorkers {
	/** The first worker (`gw0`) to report each test, by node id. */
	readonly #first = new Map<string, string>();

	/** A worker's `-v` line (`[gw1] [ 50%] FAILED id`) of test `rawId`: true when it is another worker's run of it, a report of its own. */
	isOtherWorkersRun(
		line: string,
		rawId: string,
		word: string,
		inputs: {readonly ids: IdNormalizer; readonly tests: TestTable},
	): boolean {
		const outcome = outcomeWords[word];
		if (outcome === undefined || outcome === 'rerun') {
			return false;
		}

		const id = inputs.ids.normalize(rawId);
		const worker = line.slice(1, line.indexOf(']'));
		const first = this.#first.get(id);
		if (first === undefined) {
			this.#first.set(id, worker);
			return false;
		}

		if (first === worker) {
			return false;
		}

		(inputs.tests.getOrAdd(id).workerReports ??= []).push(outcome);
		return true;
	}
}

function outcomeOfEntry(entry: Entry): 'failed' | 'error' {
	// `--tb=line` entries go to failed reports only (`line-entries.ts`).
	return entry.kind === 'failure' || entry.kind === 'line' ? 'failed' : 'error';
}

/**
Another entry of that kind of the one test of its name whose entry of that kind (`taken`) is in already: under
`--dist each`, another worker's report of it, kept for that report (true). Under `-v` that worker's line said the
report; under `-q` and the default verbosity nothing named it but its entry, printed by another worker than `taken`:
then the entry makes the report (pytest counted it, from the letters). Otherwise (flaky reruns a test) false.
*/
export function addWorkerEntry(
	state: TestState,
	entry: Entry,
	taken: Entry,
): boolean {
	const outcome = outcomeOfEntry(entry);
	if (!hasOpenWorkerReport(state, outcome)) {
		const worker = workerOfEntry(entry);
		if (worker === undefined || worker === workerOfEntry(taken)) {
			return false;
		}

		// Counted already as the same report again (the short summary's second line): now a report of its own.
		const repeated = state.repeatedReports?.indexOf(outcome) ?? -1;
		if (repeated !== -1) {
			state.repeatedReports!.splice(repeated, 1);
		}

		(state.workerReports ??= []).push(outcome);
	}

	(state.workerEntries ??= []).push(entry);
	return true;
}

/**
An entry of a test whose own report is not of its kind (`-v`: the first worker passed it, another failed it): that
other worker's, when a report of it waits for its entry (true).
*/
export function claimWorkerEntry(state: TestState, entry: Entry): boolean {
	const outcome = outcomeOfEntry(entry);
	const isOwn =
		outcome === 'failed'
			? state.outcome === 'failed'
			: state.outcome === 'error' || state.teardownError;
	if (isOwn || !hasOpenWorkerReport(state, outcome)) {
		return false;
	}

	(state.workerEntries ??= []).push(entry);
	return true;
}

/** An entry of a test one of whose further failing reports (`workerReports`) waits for its entry: that report's (true). */
export function claimOpenReportEntry(state: TestState, entry: Entry): boolean {
	if (!hasOpenWorkerReport(state, outcomeOfEntry(entry))) {
		return false;
	}

	(state.workerEntries ??= []).push(entry);
	return true;
}

/** Whether another worker's report of that outcome has no entry yet. */
function hasOpenWorkerReport(
	state: TestState,
	outcome: 'failed' | 'error',
): boolean {
	return openWorkerReports(state, outcome) > 0;
}

/** How many of the further reports of that outcome (`workerReports`) have no entry yet. */
export function openWorkerReports(
	state: TestState,
	outcome: 'failed' | 'error',
): number {
	const reported =
		state.workerReports?.filter(report => report === outcome).length ?? 0;
	const entered =
		state.workerEntries?.filter(other => outcomeOfEntry(other) === outcome)
			.length ?? 0;
	return reported - entered;
}

/** A report of another worker (`workerReports`), and its entry when it failed. */
export type WorkerReport = {
	readonly outcome: Outcome;
	readonly phase: Phase;
	readonly entry: Entry | undefined;
};

/** The other workers' reports of a test, each with its phase and, when it failed, its entry (in log order). */
export function workerReportsOf(state: TestState): WorkerReport[] {
	const entries = [...(state.workerEntries ?? [])];
	return (state.workerReports ?? []).map(outcome => {
		if (outcome !== 'failed' && outcome !== 'error') {
			return {outcome, phase: 'call', entry: undefined};
		}

		const at = entries.findIndex(entry => outcomeOfEntry(entry) === outcome);
		const entry = at === -1 ? undefined : entries.splice(at, 1)[0];
		if (outcome === 'failed') {
			return {outcome, phase: 'call', entry};
		}

		const isTeardown =
			entry === undefined
				? state.teardownError && state.outcome !== 'error'
				: entry.kind === 'teardown';
		return {outcome, phase: isTeardown ? 'teardown' : 'setup', entry};
	});
}
