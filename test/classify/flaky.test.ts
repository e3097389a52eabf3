import {describe, expect, test} from 'vitest';
import {
	diffRuns,
	diffSteps,
	flakyInfo,
	minimumOutageFailures,
	testsOfRun,
	type HistoryEntry,
} from '../../source/classify/flaky.js';
import {describeFlaky} from '../../source/classify/history-text.js';
import {
	emptyCounts,
	type Outcome,
	type Phase,
	type TestResult,
} from '../../source/log/model.js';
import {TestList} from '../../source/log/test-list.js';
import {makeRun, type TestSpec} from './make-run.js';

const file = 'tests/chaos/database/test_db.py';

/**
Four runs of one suite, oldest first; run 2 is an outage (12 of the 14 tests that ran failed: enough
failing tests to be one, see `minimumOutageFailures`).
*/
function scenario() {
	const table: Record<
		string,
		[TestSpec | undefined, TestSpec, TestSpec, TestSpec]
	> = {
		always: ['failed', 'failed', 'failed', 'failed'],
		fixed: ['failed', 'failed', 'failed', 'passed'],
		flipsBackToPassing: ['passed', 'failed', 'failed', 'passed'],
		flipsBackToFailing: ['failed', 'passed', 'passed', 'failed'],
		newFailure: ['passed', 'failed', 'passed', 'failed'],
		passedOnRerun: [
			'passed',
			'error',
			{outcome: 'passed', reruns: 1},
			'failed',
		],
		newTest: [undefined, 'skipped', 'skipped', 'error'],
		steady1: ['passed', 'failed', 'passed', 'passed'],
		steady2: ['passed', 'failed', 'passed', 'passed'],
		steady4: ['passed', 'failed', 'passed', 'passed'],
		steady5: ['passed', 'failed', 'passed', 'passed'],
		steady6: ['passed', 'failed', 'passed', 'passed'],
		steady7: ['passed', 'failed', 'passed', 'passed'],
		steady8: ['passed', 'failed', 'passed', 'passed'],
		steady3: ['passed', 'passed', 'passed', 'passed'],
		skipped: ['skipped', 'skipped', 'skipped', 'skipped'],
	};
	return [0, 1, 2, 3].map(index =>
		makeRun(
			`run${index + 1}.log`,
			Object.fromEntries(
				Object.entries(table)
					.filter(([, specs]) => specs[index] !== undefined)
					.map(([name, specs]) => [`${file}::test_${name}`, specs[index]!]),
			),
		),
	);
}

const id = (name: string) => `${file}::test_${name}`;

describe('diffRuns', () => {
	test('marks the run where most tests failed at once as an outage', () => {
		const {runs} = diffRuns(scenario());
		expect(runs.map(run => run.isOutage)).toEqual([false, true, false, false]);
		expect(runs[1]).toMatchObject({source: 'run2.log', failing: 12, ran: 14});
	});

	test('a small run is no outage, however many of its tests failed', () => {
		const small = makeRun('small.log', {
			[id('a')]: 'failed',
			[id('b')]: 'failed',
			[id('c')]: 'failed',
			[id('d')]: 'passed',
		});
		expect(diffRuns([small]).runs[0]).toMatchObject({
			failing: 3,
			ran: 4,
			isOutage: false,
		});
	});

	describe('an outage counts tests, not reports: a call failure and its teardown error are one test', () => {
		/** `failedTwice` tests that fail and error in teardown, one that passes and errors in teardown, `passed` passing. */
		function teardownErrors(
			failedTwice: number,
			passed: number,
			isNamingPasses: boolean,
		) {
			const results: TestResult[] = [];
			const report = (name: string, outcome: Outcome, phase: Phase) => {
				results.push({id: id(name), file, outcome, phase});
			};

			for (let index = 0; index < failedTwice; index++) {
				report(`f${index}`, 'failed', 'call');
				report(`f${index}`, 'error', 'teardown');
			}

			if (isNamingPasses) {
				report('p', 'passed', 'call');
			}

			report('p', 'error', 'teardown');
			if (isNamingPasses) {
				for (let index = 0; index < passed; index++) {
					report(`ok${index}`, 'passed', 'call');
				}
			}

			const counts = {
				...emptyCounts(),
				passed: passed + 1,
				failed: failedTwice,
				error: failedTwice + 1,
			};
			return {
				...makeRun('teardown.log', {}),
				tests: TestList.from(results),
				counts,
				reportedCounts: counts,
			};
		}

		test('a log that names every report (-v, -rA)', () => {
			// pytest's line: 12 failed, 4 passed, 13 errors; 29 reports, 16 tests.
			expect(diffRuns([teardownErrors(12, 3, true)]).runs[0]).toMatchObject({
				failing: 13,
				ran: 16,
				isOutage: true,
			});
		});

		test("a log that names only the failures (-q, -rfE): pytest's counts less the teardown errors it names", () => {
			// 12 failed, 101 passed, 13 errors: 126 reports of 113 tests, 13 of them failing.
			expect(diffRuns([teardownErrors(12, 100, false)]).runs[0]).toMatchObject({
				failing: 13,
				ran: 113,
				isOutage: false,
			});
		});
	});

	test(`an outage needs at least ${minimumOutageFailures} failing tests`, () => {
		const failing = (count: number) =>
			makeRun(
				'run.log',
				Object.fromEntries(
					Array.from({length: count + 1}, (_, index) => [
						id(`t${index}`),
						index < count ? 'failed' : 'passed',
					]),
				),
			);
		expect(
			diffRuns([failing(minimumOutageFailures - 1)]).runs[0]?.isOutage,
		).toBe(false);
		expect(diffRuns([failing(minimumOutageFailures)]).runs[0]?.isOutage).toBe(
			true,
		);
	});

	test('gives each failure of the newest run its status', () => {
		const {statuses} = diffRuns(scenario());
		expect(Object.fromEntries(statuses)).toEqual({
			[id('always')]: 'still failing',
			[id('flipsBackToFailing')]: 'flaky',
			[id('newFailure')]: 'new',
			[id('passedOnRerun')]: 'flaky',
			[id('newTest')]: 'new',
		});
	});

	test('lists fixed and flaky tests', () => {
		const {fixed, flaky} = diffRuns(scenario());
		expect(fixed.map(history => history.id)).toEqual([id('fixed')]);
		expect(
			flaky.map(history => [history.id, describeFlaky(history.flaky)]),
		).toEqual([
			[id('flipsBackToPassing'), 'flipped 2 of 2 possible'],
			[id('flipsBackToFailing'), 'flipped 2 of 2 possible'],
			[id('passedOnRerun'), 'flipped 1 of 2 possible, passed on rerun'],
		]);
	});

	test('keeps the history of every test, outage runs marked', () => {
		const history = diffRuns(scenario()).histories.get(id('newTest'));
		expect(history?.entries).toEqual([
			{run: 0, outcome: undefined, reruns: 0, isOutage: false},
			{run: 1, outcome: 'skipped', reruns: 0, isOutage: true},
			{run: 2, outcome: 'skipped', reruns: 0, isOutage: false},
			{run: 3, outcome: 'error', reruns: 0, isOutage: false},
		]);
	});

	test('counts an outage run when the threshold says it is none', () => {
		const {runs, statuses} = diffRuns(scenario(), {outageThreshold: 0.9});
		expect(runs.some(run => run.isOutage)).toBe(false);
		// P F P F: three flips now.
		expect(statuses.get(id('newFailure'))).toBe('flaky');
	});

	test('with one run every failure is new, unless it passed on a rerun before', () => {
		const run = makeRun('only.log', {
			[id('a')]: 'failed',
			[id('b')]: 'passed',
			[id('c')]: 'passed',
			[id('d')]: {outcome: 'passed', reruns: 2},
		});
		const diff = diffRuns([run]);
		expect(Object.fromEntries(diff.statuses)).toEqual({[id('a')]: 'new'});
		expect(diff.flaky.map(history => history.id)).toEqual([id('d')]);
		expect(diff.fixed).toEqual([]);
	});

	test('a failure whose only earlier failure was in an outage is still failing', () => {
		// Besides a, b and c, ten more tests fail in the outage (enough to make it one) and pass now.
		const others = Array.from({length: 10}, (_, index) => id(`other${index}`));
		const outage = makeRun('outage.log', {
			[id('a')]: 'failed',
			[id('b')]: 'failed',
			[id('c')]: 'passed',
			...Object.fromEntries(others.map(other => [other, 'failed'])),
		});
		const now = makeRun('now.log', {
			[id('a')]: 'failed',
			[id('b')]: 'passed',
			[id('c')]: 'passed',
			...Object.fromEntries(others.map(other => [other, 'passed'])),
		});
		const diff = diffRuns([outage, now]);
		expect(diff.runs[0]?.isOutage).toBe(true);
		expect(diff.statuses.get(id('a'))).toBe('still failing');
		// Like b, the others failed only in the outage and pass now.
		expect(diff.fixed.map(history => history.id)).toEqual([id('b'), ...others]);
	});
});

describe('testsOfRun', () => {
	test('combines a call failure and a teardown error of one test into the worse outcome', () => {
		const run = makeRun('x.log', {[id('a')]: 'failed'});
		const both = {
			...run,
			tests: TestList.from([
				...run.tests,
				{
					id: id('a'),
					file,
					outcome: 'error' as const,
					phase: 'teardown' as const,
				},
			]),
		};
		expect(testsOfRun(both).get(id('a'))?.outcome).toBe('failed');
	});

	test('adds failures the run lists only as failures (collection errors)', () => {
		const run = makeRun('x.log', {'tests/test_generic_alias.py': 'error'});
		expect(
			testsOfRun({...run, tests: TestList.empty}).get(
				'tests/test_generic_alias.py',
			)?.outcome,
		).toBe('error');
	});
});

describe('flakyInfo', () => {
	const entries = (...outcomes: Array<Outcome | undefined>): HistoryEntry[] =>
		outcomes.map((outcome, run) => ({
			run,
			outcome,
			reruns: 0,
			isOutage: false,
		}));

	test.each([
		[['passed', 'failed', 'passed', 'failed'], 3, 3, true],
		[['passed', 'passed', 'failed'], 1, 2, false],
		[['failed', 'skipped', 'failed'], 0, 1, false],
		[['xfailed', 'failed', undefined, 'passed'], 2, 2, true],
		[['failed'], 0, 0, false],
	] as const)('%j → %i of %i', (outcomes, flips, possibleFlips, isFlaky) => {
		expect(flakyInfo(entries(...outcomes))).toEqual({
			flips,
			possibleFlips,
			isFlaky,
			passedOnRerun: false,
		});
	});
});

describe('diffSteps', () => {
	test('yields between batches of tests, and ends with the diff diffRuns gives', () => {
		// 140,000 tests (two of them failing) in two runs: each pass over them yields twice at least.
		const specs = (failing: string): Record<string, TestSpec> =>
			Object.fromEntries(
				Array.from({length: 140_000}, (_, index) => {
					const id = `tests/test_big.py::test_${index}`;
					return [id, id === failing || index === 7 ? 'failed' : 'passed'];
				}),
			);
		const runs = [
			makeRun('day1.log', specs('tests/test_big.py::test_100000')),
			makeRun('day2.log', specs('tests/test_big.py::test_120000')),
		];
		const steps = diffSteps(runs);
		let yields = 0;
		let next = steps.next();
		while (!next.done) {
			yields++;
			next = steps.next();
		}

		// Twice in each pass over a run's 140,000 reports: the packed table's two and the run's health, in each run.
		expect(yields).toBeGreaterThanOrEqual(12);
		const diff = next.value;
		const expected = diffRuns(runs);
		expect([...diff.tests.keys()]).toEqual([...expected.tests.keys()]);
		expect(diff.tests.get('tests/test_big.py::test_120000')?.status).toBe(
			'new',
		);
		expect(diff.fixed.map(history => history.id)).toEqual([
			'tests/test_big.py::test_100000',
		]);
		expect(diff.runs).toEqual(expected.runs);
	});
});
