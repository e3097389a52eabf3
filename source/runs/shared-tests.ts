/**
The tests two runs both name: logs that share none are shards of one run, logs that share some are successive
runs (group.ts). Found through each run's test index (test-index.ts), by the ids' bytes: a set of every id of
a run made a string of each, 6% of the time a 100 MB log and its XML took to read together, for a question
a single run never asks.
*/
import type {Run} from '../log/model.js';
import {TestIndex} from './test-index.js';

/** The ids both runs name, as tests or as failures, up to `limit` of them. */
export function sharedIds(
	a: Run,
	b: Run,
	limit = Number.POSITIVE_INFINITY,
): string[] {
	const shared = new Set<string>();
	const isFull = (id: string) => {
		shared.add(id);
		return shared.size >= limit;
	};

	const aTests = TestIndex.of(a.tests);
	const bTests = TestIndex.of(b.tests);
	for (let number = 0; number < bTests.size; number++) {
		if (
			aTests.numberOfTestIn(bTests, number) !== undefined &&
			isFull(bTests.idOf(number))
		) {
			return [...shared];
		}
	}

	// A failure the reports do not name (a `-q` log's summary, a collection error).
	const aFailures = new Set(a.failures.map(failure => failure.id));
	for (const {id} of b.failures) {
		if (
			(aFailures.has(id) || aTests.numberOf(id) !== undefined) &&
			isFull(id)
		) {
			return [...shared];
		}
	}

	for (const {id} of a.failures) {
		if (bTests.numberOf(id) !== undefined && isFull(id)) {
			return [...shared];
		}
	}

	return [...shared];
}

/** Whether two runs name a test in common. */
export function sharesTests(a: Run, b: Run): boolean {
	return sharedIds(a, b, 1).length > 0;
}
