import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import type {Run} from '../../source/log/model.js';
import {checkAgainstXml} from './against-xml.js';
import {header, parseText, rule} from './helpers.js';

// What helper hunt67 found (fixtures/hunt/README.md, record-hunt67.sh).

const hunt = path.resolve('fixtures/hunt');
const runsNamed = (prefix: string) =>
	fs.readdirSync(hunt).filter(name => name.startsWith(prefix));
const outcomesOf = (run: Run, id: string) =>
	run.tests.filter(report => report.id === id).map(report => report.outcome);

describe("a unittest subTest's test under -v --setup-show (unisubshow-*)", () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('unisubshow-p9-').length).toBeGreaterThan(0);
		expect(runsNamed('unisubshow-p7-').length).toBeGreaterThan(0);
	});

	for (const name of runsNamed('unisubshow-')) {
		test(`${name}: the bare plan line then \`id PASSED\` is one test, not a planned one`, async () => {
			// Before: `1 tests were planned (--setup-plan or --setup-only), not run`, and under --tb=no -rN the
			// subtest's failure, which no line names, lost (`failed 1 parsed vs 2 reported`).
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.complete).toBe(true);
			expect(run.warnings).toEqual([]);
			expect(run.counts).toMatchObject({passed: 3, failed: 2});
			expect(
				outcomesOf(run, 'test_unisubshow.py::TestRows::test_rows').toSorted(),
			).toEqual(['failed', 'passed']);
		});
	}

	test("an outcome on the test's own --setup-show line: no report of its subtests is guessed", async () => {
		// Only `id ` then `id WORD` says the test's subtests reported into its output; the SETUP lines between keep
		// the `id ` bare, but not an outcome on its own line, so a failure pytest counts is not made the test's.
		const run = await parseText(
			[
				header,
				'collecting ... collected 1 item',
				'',
				'tests/t.py::test_a ',
				'        SETUP    F db',
				'        tests/t.py::test_a (fixtures used: db)PASSED',
				'        TEARDOWN F db',
				'',
				rule('1 failed, 1 passed in 0.01s'),
			].join('\n'),
		);
		expect(run.tests.map(test => test.outcome)).toEqual(['passed']);
		expect(run.failures).toEqual([]);
	});

	test('a planned test then the next test’s -v line: still planned', async () => {
		const run = await parseText(
			[
				header,
				'collecting ... collected 2 items',
				'',
				'tests/t.py::test_a ',
				'        SETUP    F db',
				'        tests/t.py::test_a (fixtures used: db)',
				'        TEARDOWN F db',
				'tests/t.py::test_b SKIPPED (no db)',
				'',
				rule('1 skipped in 0.01s'),
			].join('\n'),
		);
		expect(run.tests.map(test => [test.id, test.outcome])).toEqual([
			['tests/t.py::test_a', 'passed'],
			['tests/t.py::test_b', 'skipped'],
		]);
		expect(run.warnings.map(warning => warning.message)).toEqual([
			expect.stringMatching(/^1 tests were planned/),
		]);
	});
});

describe("subtests' letters glued before the call's on a --setup-show line (subletters-*)", () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('subletters-p9-').length).toBeGreaterThan(0);
		expect(runsNamed('subletters-p7-').length).toBeGreaterThan(0);
	});

	for (const name of runsNamed('subletters-')) {
		test(`${name}: each test is named, its failed subtests reports of its own`, async () => {
			// Before: the lines with subtests' letters were not read; under --tb=no -rN the failures were lost (the
			// run incomplete, `failed 0 parsed vs 4 reported`).
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.complete).toBe(true);
			expect(run.warnings).toEqual([]);
			const isPytest9 = name.includes('-p9-');
			const outcomes = (test: string) =>
				outcomesOf(run, `test_subletters.py::${test}`);
			expect(outcomes('test_rows')).toEqual(['failed', 'failed']);
			expect(outcomes('test_only_subtests')).toEqual(
				isPytest9 ? ['failed', 'failed'] : ['failed', 'passed'],
			);
			expect(outcomes('test_all_pass')).toEqual(['passed']);
		});
	}

	const quietLog = (letters: string) =>
		[
			'        SETUP    F subtests',
			`        t.py::test_a (fixtures used: request, subtests)${letters}`,
			'        TEARDOWN F subtests',
			'1 passed, 2 subtests passed in 0.01s',
		].join('\n');

	test('under -q a `u` before a passed call may be a passed subtest (pytest 9): no failure', async () => {
		const run = await parseText(quietLog('uu.'));
		expect(run.tests.map(test => test.outcome)).toEqual(['passed']);
		expect(run.failures).toEqual([]);
	});

	test('under -q with `,` a passed subtest, `u` is a failed one (pytest-subtests)', async () => {
		const run = await parseText(
			quietLog('u,.').replace('1 passed, 2', '1 failed, 1 passed, 1'),
		);
		expect(run.tests.map(test => test.outcome)).toEqual(['failed', 'passed']);
		expect(run.failures.map(failure => failure.id)).toEqual(['t.py::test_a']);
	});

	test('a skipped subtest (`-`) is a skipped report of its test, as its `-v` line is', async () => {
		// pytest counts it (`1 skipped`); its XML keeps the skip alone for the test.
		const run = await parseText(
			quietLog('-.').replace(
				'1 passed, 2 subtests passed',
				'1 passed, 1 skipped',
			),
		);
		expect(run.tests.map(test => test.outcome)).toEqual(['skipped', 'passed']);
		expect(run.counts).toMatchObject({passed: 1, skipped: 1});
		expect(run.warnings).toEqual([]);
	});
});

describe('a test that ends the session after its --setup-show line (showexit-*)', () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('showexit-p9-').length).toBeGreaterThan(0);
		expect(runsNamed('showexit-p7-').length).toBeGreaterThan(0);
	});

	for (const name of runsNamed('showexit-')) {
		test(`${name}: the test pytest.exit() stopped is not a planned, passed one`, async () => {
			// Before: its bare line was read as --setup-plan's, the test planned and passed (`only in log: …test_stops
			// passed`, with the warning `1 tests were planned`).
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.complete).toBe(false);
			expect(outcomesOf(run, 'test_showexit.py::test_stops')).toEqual([]);
			expect(run.warnings.map(warning => warning.message)).toEqual([
				'run was interrupted: _pytest.outcomes.Exit: maintenance window',
			]);
		});
	}
});
