import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {checkHeadlinesAgainstXml} from './against-xml.js';

// What helper hunt39's runs showed (fixtures/hunt/README.md, record-hunt39.sh): xdist's --dist each.

const hunt = path.resolve('fixtures/hunt');
const realSuites = path.resolve('fixtures/real-suites');

/** A failure's id, outcome and phase, and the worker its entry names first (`[gw1] linux -- Python …`). */
function workerFailures(run: Awaited<ReturnType<typeof readLog>>): string[] {
	return run.failures
		.map(failure => {
			const worker = /^\[(gw\d)]/.exec(failure.traceback)?.[1] ?? '?';
			return `${failure.id.split('::')[1]} ${failure.outcome} ${failure.phase} ${worker}`;
		})
		.toSorted();
}

describe("--dist each: each worker's report of a test is a report, and a failure with that worker's entry (xdeach-*)", () => {
	const names = fs.readdirSync(hunt).filter(name => name.startsWith('xdeach-'));
	test('there are runs under pytest 9 and 7.2, -v, the default, -q and -rA', () => {
		for (const pytest of ['p9', 'p7']) {
			expect(
				names.filter(name => name.startsWith(`xdeach-${pytest}-`)).length,
			).toBe(4);
		}
	});

	for (const name of names) {
		test(`${name}: agrees with the XML, one testcase per worker`, async () => {
			// Before: 4 failures (one per failing test) where pytest's final line counts 7 and its XML has 7.
			const run = await checkHeadlinesAgainstXml(path.join(hunt, name), 7);
			expect(run.complete).toBe(true);
			expect(run.warnings).toEqual([]);
			expect(run.counts).toMatchObject({passed: 9, failed: 3, error: 4});
			expect(workerFailures(run)).toEqual([
				'test_fail failed call gw0',
				'test_fail failed call gw1',
				'test_on_gw1_only failed call gw1',
				'test_setup_error error setup gw0',
				'test_setup_error error setup gw1',
				'test_teardown_error error teardown gw0',
				'test_teardown_error error teardown gw1',
			]);
		});
	}

	test('-v names every report: two of each test, the one failing on gw1 passed on gw0', async () => {
		for (const pytest of ['p9', 'p7']) {
			const run = await readLog(
				path.join(hunt, `xdeach-${pytest}-v-n2`, 'run.log'),
			);
			const reports = run.tests
				.toArray()
				.map(test => `${test.id.split('::')[1]} ${test.outcome}`);
			expect(
				reports.filter(report => report.startsWith('test_on_gw1_only')),
			).toEqual(
				expect.arrayContaining([
					'test_on_gw1_only passed',
					'test_on_gw1_only failed',
				]),
			);
			expect(
				reports.filter(report => report === 'test_pass passed'),
			).toHaveLength(2);
			expect(run.tests.length).toBe(16);
		}
	});
});

test('llvmlite under --dist each: 16 failures from the log, as the XML has (50 reports and 8 failures before)', async () => {
	for (const name of ['llvmlite-p7-v-n2-each', 'llvmlite-p7-q-n2-each']) {
		const run = await checkHeadlinesAgainstXml(path.join(realSuites, name), 16);
		expect(run.counts).toMatchObject({failed: 8, error: 8, passed: 84});
	}
});

describe('--dist each with fixtures that error on one worker only (xdeachsplit-*)', () => {
	const names = fs
		.readdirSync(hunt)
		.filter(name => name.startsWith('xdeachsplit-'));
	test('there are runs under pytest 9 and 7.2', () => {
		expect(names).toHaveLength(4);
	});

	for (const name of names) {
		test(`${name}: agrees with the XML`, async () => {
			const run = await checkHeadlinesAgainstXml(path.join(hunt, name), 2);
			expect(run.counts).toMatchObject({passed: 5, error: 2});
			expect(workerFailures(run)).toEqual([
				'test_setup_split error setup gw1',
				'test_teardown_split error teardown gw0',
			]);
		});
	}

	test("-v: the other worker's setup error is its report, not the passed test's teardown error", async () => {
		for (const pytest of ['p9', 'p7']) {
			// Before: a third error (a teardown error of test_setup_split), and a warning that the counts disagree.
			const run = await readLog(
				path.join(hunt, `xdeachsplit-${pytest}-v-n2`, 'run.log'),
			);
			expect(run.warnings).toEqual([]);
			expect(
				run.tests
					.toArray()
					.filter(test => test.id.endsWith('::test_setup_split'))
					.map(test =>
						test.outcome === 'error' ? `error ${test.phase}` : test.outcome,
					)
					.toSorted(),
			).toEqual(['error setup', 'passed']);
		}
	});
});
