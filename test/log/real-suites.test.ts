import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {checkAgainstXml, isFailing} from './against-xml.js';
import {comparablePairs, xmlHeadlines} from './truth.js';

// Real third-party suites installed on the build machine, run under pytest 9 and 7.2 with faults (fixtures/real-suites/README.md).
const root = path.resolve('fixtures/real-suites');
/** Whether each run is complete: false where pytest was interrupted. */
const expectedComplete: Record<string, boolean> = {
	'colorama-p9-tbline-color': true,
	'cpython-p9-qrA-n2': true,
	'cpython-p9-v-nonet': true,
	'ephem-p7-x': true,
	'ipython-p9-v-missingdep': true,
	// A collection error (no module named 'mock') interrupted the run.
	'kazoo-p7-v-logcli': false,
	'libcst-p9-v-n2': true,
	// KeyboardInterrupt.
	'mpmath-p9-v-sigint': false,
	'psutil-p7-color-tbline': true,
	// -qq: no final line, counted from the progress letters.
	'psutil-p7-qq': true,
	'psutil-p7-rA-n2-tbline': true,
	'psutil-p7-v-reruns-narrow': true,
	'psutil-p7-v-subtests': true,
	'psutil-p9-q-tbline': true,
	'psutil-p9-qq-tbline-x': true,
	'psutil-p9-v-tbline-n2': true,
	'regex-p9-rA-native': true,
	'sympy-p9-hypothesis-stats': true,
	'trio-p9-v-nonet': true,
	'zope-p7-n2-v': true,
	'zope-p7-qq-n2': true,
};
/** Runs whose log names no failing test (`--no-summary`, `--tb=no -rN`): the XML names what pytest counts. */
const unnamed = ['mpmath-p9-q-nosummary', 'psutil-p7-q-tbno-rN'];

describe('real suites under faults agree with their JUnit XML', () => {
	test('every recorded run is checked', () => {
		const names = fs
			.readdirSync(root)
			.filter(name => fs.existsSync(path.join(root, name, 'meta.json')));
		expect(names.toSorted()).toEqual(
			[...Object.keys(expectedComplete), ...unnamed].toSorted(),
		);
	});

	for (const [name, isComplete] of Object.entries(expectedComplete)) {
		test(name, async () => {
			const directory = path.join(root, name);
			const run = await checkAgainstXml(directory);
			expect(run.complete).toBe(isComplete);
			expect(run.failures.length).toBe(
				run.tests.filter(test => isFailing(test.outcome)).length,
			);
			// Every headline as pytest's XML states it.
			const xml = await readLog(path.join(directory, 'run.xml'));
			const headlineOf = xmlHeadlines(xml);
			for (const failure of run.failures) {
				expect(failure.headline).toBe(headlineOf(failure));
			}
		});
	}

	test.each(unnamed)(
		'%s: the log names no failing test; not complete, and says so',
		async name => {
			const directory = path.join(root, name);
			const run = await readLog(path.join(directory, 'run.log'));
			const xml = await readLog(path.join(directory, 'run.xml'));
			const failing = comparablePairs(xml, isFailing).length;
			expect(failing).toBeGreaterThan(0);
			expect(run.counts.failed + run.counts.error).toBe(failing);
			expect(run.failures).toEqual([]);
			expect(run.complete).toBe(false);
			expect(run.warnings.at(-1)!.message).toContain(
				'that the log never names',
			);
		},
	);
});

describe('what the real suites showed', () => {
	test('psutil --tb=line (pytest 7.2 and 9): a report raised in <frozen importlib._bootstrap_external> is its own', async () => {
		for (const name of ['psutil-p7-color-tbline', 'psutil-p9-q-tbline']) {
			const run = await readLog(path.join(root, name, 'run.log'));
			const setup = run.failures.find(
				failure =>
					failure.id ===
					'psutil/tests/test_misc.py::TestMisc::test_setup_script',
			);
			expect(setup?.location?.path).toBe(
				'<frozen importlib._bootstrap_external>',
			);
			expect(setup?.headline).toMatch(/^FileNotFoundError: \[Errno 2]/);
		}
	});

	test('CPython under pytest 9: subtests counted on the final line, in a complete run', async () => {
		const run = await readLog(path.join(root, 'cpython-p9-v-nonet', 'run.log'));
		expect(run.counts).toMatchObject({failed: 6, passed: 251, skipped: 17});
		expect(run.warnings).toEqual([]);
	});
});
