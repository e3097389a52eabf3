/**
Whether a run of the history is a run of the same suite as the one being read: only those are earlier runs
for the run diff. The same rootdir says so. Otherwise the tests decide: when either run printed no rootdir
(JUnit XML, a log that is only the tail of a run), the runs are one suite when at least half of the tests of
the smaller run are tests of the other (a `--lf` run, a `-k` subset and a day with tests added all are;
another project, or another shard of a split run, are not); when both printed another, when nearly all are
(another checkout of the suite: CI's and a laptop's, which a team's store holds side by side; two projects of
one layout share a few test ids, not nine in ten).
*/

import {IdFinder} from '../../log/id-finder.js';
import type {Run} from '../../log/model.js';
import type {StoredList} from './stored-list.js';

/** Tests compared at most, spread over the smaller run: enough to tell suites apart, cheap for any size. */
const sampleSize = 1000;

/** The share of the smaller run's tests that must be the other's too. */
const sameShare = 0.5;

/** The same for runs that printed different rootdirs: another checkout of the suite has its tests. */
const otherCheckoutShare = 0.9;

/** The run being read, as the comparison needs it. */
export type Suite = {
	readonly rootdir: string | undefined;
	/** How many reports the run has. */
	readonly count: number;
	/** Ids spread evenly over the run. */
	readonly sample: readonly string[];
	/** Those of `finder`'s ids the run has, found by their bytes (no string made per test of the run). */
	idsAmong(finder: IdFinder): Set<string>;
};

function spread<T>(count: number, at: (index: number) => T): T[] {
	const step = Math.max(1, Math.ceil(count / sampleSize));
	const sample: T[] = [];
	for (let index = 0; index < count; index += step) {
		sample.push(at(index));
	}

	return sample;
}

export function suiteOf(run: Run): Suite {
	const {tests} = run;
	return {
		rootdir: run.header.rootdir,
		count: tests.length,
		sample: spread(tests.length, index => tests.idAt(index)),
		idsAmong(finder) {
			const found = new Set<string>();
			for (let index = 0; index < tests.length; index++) {
				const id = finder.find(tests.idSpanAt(index));
				if (id !== undefined) {
					found.add(id);
				}
			}

			return found;
		},
	};
}

function shareIn(
	sample: readonly string[],
	has: (id: string) => boolean,
): number {
	if (sample.length === 0) {
		return 0;
	}

	let found = 0;
	for (const id of sample) {
		if (has(id)) {
			found++;
		}
	}

	return found / sample.length;
}

/**
Tells, for the runs of a history, whether each is of the suite being read; a test list (most runs of a suite
share one) is compared once.
*/
export class SameSuite {
	readonly #suite: Suite | undefined;
	readonly #byList = new Map<number, boolean>();

	constructor(suite: Suite | undefined) {
		this.#suite = suite;
	}

	/** Whether the rootdir tells alone (the same as this suite's); false when the tests must. */
	byRootdir(rootdir: string | null): boolean {
		const mine = this.#suite?.rootdir;
		return mine !== undefined && rootdir !== null && mine === rootdir;
	}

	/** Whether a run of `rootdir` with the test list `listId` (read by `listOf`) is of this suite. */
	isSame(
		rootdir: string | null,
		listId: number,
		listOf: (listId: number) => StoredList,
	): boolean {
		const suite = this.#suite;
		if (!suite) {
			return true;
		}

		if (this.byRootdir(rootdir)) {
			return true;
		}

		const isOtherCheckout = suite.rootdir !== undefined && rootdir !== null;
		// A list is compared once for each share it is held to (runs of one list may have printed no rootdir, or another).
		const key = listId * 2 + (isOtherCheckout ? 1 : 0);
		let isSame = this.#byList.get(key);
		if (isSame === undefined) {
			isSame = sharesTests(
				suite,
				listOf(listId),
				isOtherCheckout ? otherCheckoutShare : sameShare,
			);
			this.#byList.set(key, isSame);
		}

		return isSame;
	}
}

/**
Whether a stored list is of the suite, by a sample of the smaller found among the other's ids by their bytes (`share`
of it at least). No
string is made per id of the list (a 552,000-test suite's XML, which names no rootdir, made one per stored id of
each run compared), nor per test of the run (a set of every id of a 5.9-million-test XML, to look up the list's
sample in).
*/
function sharesTests(suite: Suite, list: StoredList, share: number): boolean {
	if (suite.count === 0 || list.length === 0) {
		return false;
	}

	if (suite.count <= list.length) {
		const finder = new IdFinder(suite.sample);
		const theirs = new Set<string>();
		for (let index = 0; index < list.length; index++) {
			const id = list.findIn(finder, index);
			if (id !== undefined) {
				theirs.add(id);
			}
		}

		return shareIn(suite.sample, id => theirs.has(id)) >= share;
	}

	const sample = spread(list.length, index => list.idAt(index));
	const mine = suite.idsAmong(new IdFinder(sample));
	return shareIn(sample, id => mine.has(id)) >= share;
}
