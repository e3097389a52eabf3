/**
A run's tests packed for comparing runs: each test's combined outcome in one number (its severity and its
reruns), the ones worth comparing, and the verdict a packed outcome gives.
*/

import {fileOfId, type Outcome, type Run} from '../log/model.js';

// When a test has several reports in one run (a call failure and a teardown error), the worst wins.
export const severity: readonly Outcome[] = [
	'failed',
	'error',
	'passed',
	'xpassed',
	'xfailed',
	'skipped',
];

/** The worst of a test's reports wins: lower is worse. */
export const severityIndex: Readonly<Record<Outcome, number>> = {
	failed: 0,
	error: 1,
	passed: 2,
	xpassed: 3,
	xfailed: 4,
	skipped: 5,
};

export const passedIndex = severityIndex.passed;
export const skippedIndex = severityIndex.skipped;

// A 200,000-test run makes an object per test expensive: a test's outcome in a run is packed into
// one number, its severity index in the low 3 bits and its reruns above them.
export type Packed = number;

export const absent = -1;

/**
Only tests that failed somewhere or passed on a rerun can be new, still failing, fixed or flaky: the
rest (most of a 6,000-test suite) are skipped without a map entry.
*/
export function interestingIds(runs: readonly Run[]): Set<string> {
	const ids = new Set<string>();
	for (const run of runs) {
		const {tests} = run;
		for (let index = 0; index < tests.length; index++) {
			if (tests.isFailureAt(index) || (tests.rerunsAt(index) ?? 0) > 0) {
				ids.add(tests.idAt(index));
			}
		}

		for (const failure of run.failures) {
			ids.add(failure.id);
		}

		for (const retry of run.retries ?? []) {
			ids.add(retry.id);
		}
	}

	return ids;
}

/** The tests of a run that failed and then passed in a re-run session of it (`--lf`). */
export function passedOnRetry(run: Run): Set<string> {
	const passed = new Set<string>();
	for (const retry of run.retries ?? []) {
		if (retry.outcome === 'passed') {
			passed.add(retry.id);
		}
	}

	return passed;
}

/** `only`: the tests to keep besides the notable ones (failing, rerun); `notable`: none. */
export function packedTestsOfRun(
	run: Run,
	only?: ReadonlySet<string> | 'notable',
): Map<string, Packed> {
	const tests = new Map<string, Packed>();
	const add = (id: string, outcome: Outcome, reruns: number) => {
		const packed = severityIndex[outcome] | (reruns << 3);
		const previous = tests.get(id);
		tests.set(
			id,
			previous === undefined
				? packed
				: Math.min(previous & 7, packed & 7) |
						(Math.max(previous >>> 3, reruns) << 3),
		);
	};

	const {tests: results} = run;
	for (let index = 0; index < results.length; index++) {
		const reruns = results.rerunsAt(index) ?? 0;
		const isNotable = results.isFailureAt(index) || reruns > 0;
		if (!isNotable && only === 'notable') {
			continue;
		}

		const id = results.idAt(index);
		if (
			isNotable ||
			only === undefined ||
			(only !== 'notable' && only.has(id))
		) {
			add(id, results.outcomeAt(index), reruns);
		}
	}

	for (const failure of run.failures) {
		if (!tests.has(failure.id)) {
			add(failure.id, failure.outcome, 0);
		}
	}

	return tests;
}

type TestInRun = {outcome: Outcome; reruns: number; file: string};

/** Each test of a run with its combined outcome; failures missing from `tests` are added. */
export function testsOfRun(run: Run): Map<string, TestInRun> {
	const files = new Map<string, string>();
	for (let index = 0; index < run.tests.length; index++) {
		const id = run.tests.idAt(index);
		if (!files.has(id)) {
			files.set(id, fileOfId(id));
		}
	}

	for (const failure of run.failures) {
		if (!files.has(failure.id)) {
			files.set(failure.id, failure.file);
		}
	}

	const tests = new Map<string, TestInRun>();
	for (const [id, packed] of packedTestsOfRun(run)) {
		tests.set(id, {
			outcome: severity[packed & 7]!,
			reruns: packed >>> 3,
			file: files.get(id)!,
		});
	}

	return tests;
}

/** 1 fail, 0 pass, -1 no verdict (absent or skipped). */
export function verdictCode(packed: Packed): number {
	if (packed === absent) {
		return -1;
	}

	const outcome = packed & 7;
	return outcome === skippedIndex ? -1 : outcome < passedIndex ? 1 : 0;
}
