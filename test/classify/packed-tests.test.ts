import {describe, expect, test} from 'vitest';
import {diffRuns, type RunDiff} from '../../source/classify/flaky.js';
import {
	interestingIds,
	nameReports,
	packedTable,
	packedTestsOfRun,
} from '../../source/classify/packed-tests.js';
import type {Outcome, Run, TestResult} from '../../source/log/model.js';
import {TestList} from '../../source/log/test-list.js';
import {makeRun, type TestSpec} from './make-run.js';

const file = 'tests/chaos/cache/test_cache.py';
const id = (name: string) => `${file}::test_${name}`;

/** A small deterministic generator (a linear congruential one): the same runs on every machine. */
function randomOf(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
		return state / 2_147_483_648;
	};
}

const pickable: readonly Outcome[] = [
	'passed',
	'passed',
	'passed',
	'failed',
	'error',
	'skipped',
	'xfailed',
	'xpassed',
];

/**
Runs of one suite whose tests flip, are re-run, get a second report (a teardown error), are missing from
some runs, or fail without a report of their own (a -q summary); a run every few is re-run (`--lf`).
*/
function randomRuns(seed: number, count: number, tests: number): Run[] {
	const random = randomOf(seed);
	return Array.from({length: count}, (_, index) => {
		const specs: Record<string, TestSpec> = {};
		for (let test = 0; test < tests; test++) {
			if (random() < 0.1) {
				continue;
			}

			const outcome = pickable[Math.floor(random() * pickable.length)]!;
			// Passed or failed after pytest-rerunfailures re-ran it.
			// Some ids are not ASCII: their bytes are compared, not their characters.
			const name = test % 7 === 3 ? `t${test}[ünï-日本-😀]` : `t${test}`;
			specs[id(name)] =
				(outcome === 'passed' || outcome === 'failed') && random() < 0.1
					? {outcome, reruns: 1 + Math.floor(random() * 2)}
					: outcome;
		}

		const run = makeRun(`run${index + 1}.log`, specs);
		const reports: TestResult[] = [];
		for (const report of run.tests) {
			reports.push(report);
			if (report.outcome === 'passed' && random() < 0.05) {
				reports.push({...report, outcome: 'error', phase: 'teardown'});
			}
		}

		// One failure only in the summary: the reports do not name it.
		const onlySummary = run.failures.at(-1);
		const tests_ = reports.filter(
			report => report.id !== onlySummary?.id || random() < 0.5,
		);
		const retried = run.failures[0];
		return {
			...run,
			tests: TestList.from(tests_),
			...(retried &&
				index % 3 === 1 && {
					retries: [
						{
							id: retried.id,
							file: retried.file,
							outcome: 'passed' as const,
							phase: 'call' as const,
							attempt: 1,
						},
					],
				}),
		};
	});
}

/** The same runs with each report named, the runs with one list sharing one array of names. */
function named(runs: readonly Run[]): Run[] {
	const shared = new Map<string, string[]>();
	return runs.map(run => {
		const ids = run.tests.map(test => test.id);
		const key = ids.join('\n');
		const names = shared.get(key) ?? ids;
		shared.set(key, names);
		const tests = TestList.from(run.tests);
		nameReports(tests, names);
		return {...run, tests};
	});
}

function plain(diff: RunDiff) {
	return {
		runs: diff.runs,
		tests: [...diff.tests],
		statuses: [...diff.statuses],
		fixed: diff.fixed,
		flaky: diff.flaky,
	};
}

describe('packedTable', () => {
	test('numbers the tests worth comparing in the order the runs first name them', () => {
		const runs = [
			makeRun('run1.log', {
				[id('a')]: 'passed',
				[id('b')]: 'failed',
				[id('c')]: 'passed',
			}),
			makeRun('run2.log', {
				[id('d')]: 'failed',
				[id('c')]: 'failed',
				[id('a')]: 'passed',
			}),
		];
		const table = packedTable(runs);
		expect(table.ids).toEqual([id('b'), id('c'), id('d')]);
		// failed is severity 0, passed 2; -1: not in the run.
		expect([...table.packed]).toEqual([0, 2, -1, -1, 0, 0]);
	});

	test("holds each run's tests as packedTestsOfRun packs them, numbered in the order of their maps", () => {
		for (const seed of [6, 7, 8]) {
			const runs = randomRuns(seed, 6, 40);
			const interesting = interestingIds(runs);
			const maps = runs.map(run => packedTestsOfRun(run, interesting));
			const order = [...new Set(maps.flatMap(map => [...map.keys()]))];
			const table = packedTable(runs);
			expect(table.ids).toEqual(order);
			for (const [index, map] of maps.entries()) {
				const packed = table.packed.subarray(
					index * order.length,
					(index + 1) * order.length,
				);
				expect(new Map(order.map((id, test) => [id, packed[test]!]))).toEqual(
					new Map(order.map(id => [id, map.get(id) ?? -1])),
				);
			}
		}
	});

	test('a run of named reports packs as the same run decoding its ids', () => {
		for (const seed of [1, 2, 3, 4, 5]) {
			const runs = randomRuns(seed, 7, 40);
			expect(packedTable(named(runs))).toEqual(packedTable(runs));
		}
	});

	test('names must name every report', () => {
		const run = makeRun('run.log', {[id('a')]: 'failed', [id('b')]: 'passed'});
		expect(() => {
			nameReports(run.tests, [id('a')]);
		}).toThrow(RangeError);
	});
});

describe('diffRuns of named reports', () => {
	test('gives the diff of the same runs decoding their ids: statuses, histories, fixed and flaky, in order', () => {
		for (const seed of [11, 12, 13, 14, 15, 16]) {
			const runs = randomRuns(seed, 9, 60);
			const expected = plain(diffRuns(runs));
			expect(expected.fixed.length + expected.flaky.length).toBeGreaterThan(0);
			expect(plain(diffRuns(named(runs)))).toEqual(expected);
		}
	});
});
