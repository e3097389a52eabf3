/**
xdist's `--dist each` (`scheduling tests via EachScheduling` under `-v`): every worker runs every test, and pytest
counts every worker's reports. The first worker to report a test gives its outcome; another worker's report of it is
a repeated report (its setup `ERROR` no teardown error, its `FAILED` no rerun).
*/
import type {IdNormalizer} from './ids.js';
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

	/** A worker's `-v` line (`[gw1] [ 50%] FAILED id`) of test `rawId`: true when it is another worker's run of it, counted as a repeated report. */
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

		(inputs.tests.getOrAdd(id).repeatedReports ??= []).push(outcome);
		return true;
	}
}
