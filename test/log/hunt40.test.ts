import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {checkHeadlinesAgainstXml} from './against-xml.js';
import {header, parseText, rule} from './helpers.js';

// What helper hunt40's runs showed (fixtures/hunt/README.md, record-hunt40.sh): leftovers of hunts 37 and 38.

const hunt = path.resolve('fixtures/hunt');
const runsNamed = (prefix: string) =>
	fs.readdirSync(hunt).filter(name => name.startsWith(prefix));

describe("a module's progress line a test prints is its output (fakeletters-*, the fuzzer's seed 71303)", () => {
	test('there are runs under pytest 9 and 7.2, -s and --capture=tee-sys', () => {
		expect(runsNamed('fakeletters-')).toHaveLength(4);
	});

	for (const name of runsNamed('fakeletters-')) {
		test(`${name}: the failures are in their own file, not the printed line's`, async () => {
			// Before: both failures rebuilt in test_fake.py, which the run has not, from the printed line's file.
			const run = await checkHeadlinesAgainstXml(path.join(hunt, name), 2);
			expect(run.complete).toBe(true);
			expect(run.failures.map(failure => failure.id)).toEqual([
				'fakeletters/test_letters.py::test_fails',
				'fakeletters/test_letters.py::test_fails_too',
			]);
		});
	}

	test('under -s, a marked line after a module whose line had no marker, letters before it', async () => {
		const run = await parseText(
			[
				header,
				'collected 5 items',
				'',
				'tests/test_a.py .',
				'tests/test_b.py .echoed:',
				'tests/test_fake.py ...                                                  [ 60%]',
				'FF',
				'',
				rule('FAILURES'),
				rule('test_one', '_'),
				'',
				'    def test_one():',
				'>       assert 0',
				'E       assert 0',
				'',
				'tests/test_b.py:5: AssertionError',
				rule('test_two', '_'),
				'',
				'    def test_two():',
				'>       assert 1 == 2',
				'E       assert 1 == 2',
				'',
				'tests/test_b.py:9: AssertionError',
				rule('2 failed, 2 passed in 0.12s'),
				'',
			].join('\n'),
		);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'tests/test_b.py::test_one',
			'tests/test_b.py::test_two',
		]);
	});
});

describe("a -v line with a marker glued to a test's own id under -s is its output (ownmarked-*, seed 71298's variant)", () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('ownmarked-')).toHaveLength(3);
	});

	for (const name of runsNamed('ownmarked-')) {
		test(`${name}: each test's outcome is pytest's word after the printed line`, async () => {
			// Before: test_xfail_glued and test_passes_glued failed (the printed line's FAILED), test_fails_glued passed.
			await checkHeadlinesAgainstXml(path.join(hunt, name), 1);
			const run = await readLog(path.join(hunt, name, 'run.log'));
			expect(run.complete).toBe(true);
			expect(
				run.tests
					.toArray()
					.map(test => `${test.id.split('::')[1]} ${test.outcome}`),
			).toEqual([
				'test_first passed',
				'test_xfail_glued xfailed',
				'test_passes_glued passed',
				'test_fails_glued failed',
				'test_last passed',
			]);
		});
	}
});

describe("pytest 7.2's -qq -rN ends on junitxml's rule: the run is whole (qqxmlrule-*, the fuzzer's seed 71339)", () => {
	for (const name of runsNamed('qqxmlrule-')) {
		test(`${name}: complete, no final line under -qq`, async () => {
			// Before: called cut ("log ends before pytest's final summary line").
			const run = await checkHeadlinesAgainstXml(path.join(hunt, name), 1);
			expect(run.complete).toBe(true);
			expect(run.warnings.map(warning => warning.message)).toContain(
				"no final line, as pytest prints none with -qq: the counts are the progress's",
			);
		});
	}

	test('a -qq log cut inside its last FAILURES entry is still cut', async () => {
		const run = await parseText(
			[
				'F.',
				rule('FAILURES'),
				rule('test_one', '_'),
				'',
				'    def test_one():',
				'>       assert 0',
				'E       assert 0',
				'',
			].join('\n'),
		);
		expect(run.complete).toBe(false);
	});
});

describe("each worker's report of a collection error keeps its own entry (xdworkercoll-*, hunt 38's leftover)", () => {
	test('there are runs under pytest 9 and 7.2, -v and -q', () => {
		expect(runsNamed('xdworkercoll-')).toHaveLength(4);
	});

	for (const name of runsNamed('xdworkercoll-')) {
		test(`${name}: one failure per worker, each with its worker's traceback`, async () => {
			// Before: both failures took the last entry's traceback and headline (`broken on gw0` twice, or gw1).
			const run = await checkHeadlinesAgainstXml(path.join(hunt, name), 2);
			expect(run.complete).toBe(true);
			expect(run.failures.map(failure => failure.headline).toSorted()).toEqual([
				'ImportError: broken on gw0',
				'ImportError: broken on gw1',
			]);
			for (const failure of run.failures) {
				expect(failure.traceback).toContain(
					failure.headline.slice('ImportError: '.length),
				);
			}
		});
	}
});

describe("an id whose brackets do not balance, then the test's output on its line (unbalout-*, the fuzzer's seed 71399)", () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('unbalout-')).toHaveLength(3);
	});

	for (const name of runsNamed('unbalout-')) {
		test(`${name}: each test has its outcome, the setup error its id`, async () => {
			// Before: `test_xfail_prints[[]` and three more lost their outcome, and the run was called cut.
			await checkHeadlinesAgainstXml(path.join(hunt, name), 2);
			const run = await readLog(path.join(hunt, name, 'run.log'));
			expect(run.complete).toBe(true);
			expect(run.warnings).toEqual([]);
			expect(
				run.tests
					.toArray()
					.filter(test => test.id.includes('[[]') || test.id.includes('[]]'))
					.map(test => `${test.id.split('::')[1]} ${test.outcome}`),
			).toEqual([
				'test_xfail_prints[[] xfailed',
				'test_xfail_prints[]] xfailed',
				'test_passes_prints[[] passed',
				'test_passes_prints[]] passed',
				'test_setup_error[]] error',
				'test_fails_prints[[] failed',
			]);
		});
	}
});
