import path from 'node:path';
import fs from 'node:fs';
import {Readable} from 'node:stream';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {checkAgainstXml, checkHeadlinesAgainstXml} from './against-xml.js';

// What helper hunt64 found (fixtures/hunt/README.md, record-hunt64.sh).

const hunt = path.resolve('fixtures/hunt');
const runsNamed = (prefix: string) =>
	fs.readdirSync(hunt).filter(name => name.startsWith(prefix));
const readText = async (text: string) =>
	readLog('made.log', {stream: Readable.from([Buffer.from(text)])});

describe('a final line a test printed among the -q -s letters (qsfinal-*)', () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('qsfinal-p9-').length).toBeGreaterThan(0);
		expect(runsNamed('qsfinal-p7-').length).toBeGreaterThan(0);
	});

	for (const name of runsNamed('qsfinal-')) {
		test(`${name}: the failure read, the run whole`, async () => {
			// Before: the printed final line (100 columns before the first letter, 80 after it) was the log's first rule and
			// its width the run's, so pytest's own rules were read as a session a test printed: no failure, and `pytest
			// counts 1 failing report that the log never names`.
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.complete).toBe(true);
			expect(run.failures.map(failure => failure.id)).toEqual([
				'test_echo_final.py::test_balance',
			]);
			expect(run.warnings).toEqual([]);
		});
	}

	test("a log cut above its banner, pytest's ruled final line after its letters' end, is read as before", async () => {
		const run = await readText(
			[
				'test_a.py .F                                                             [100%]',
				'',
				'=================================== FAILURES ===================================',
				'___________________________________ test_one ___________________________________',
				'E       assert 1 == 2',
				'',
				'test_a.py:3: AssertionError',
				'=========================== short test summary info ============================',
				'FAILED test_a.py::test_one - assert 1 == 2',
				'========================= 1 failed, 1 passed in 0.01s =========================',
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'test_a.py::test_one',
		]);
	});

	test("a final line a test printed at another width among the letters tells no width: pytest's FAILURES after them does", async () => {
		const rule = (title: string, width: number) => {
			const side = (width - title.length - 2) / 2;
			return `${'='.repeat(Math.floor(side))} ${title} ${'='.repeat(Math.ceil(side))}`;
		};

		const run = await readText(
			[
				'.echoing',
				rule('1 failed in 0.01s', 80),
				'.F',
				rule('FAILURES', 120),
				`${'_'.repeat(55)} test_one ${'_'.repeat(55)}`,
				'E       assert 1 == 2',
				'',
				'test_a.py:3: AssertionError',
				rule('short test summary info', 120),
				'FAILED test_a.py::test_one - assert 1 == 2',
				'1 failed, 2 passed in 0.01s',
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'test_a.py::test_one',
		]);
	});
});

describe("a worker's stderr glued to the controller's `id ` after a subtest's line (xdsubstderr-*)", () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('xdsubstderr-p9-').length).toBeGreaterThan(0);
		expect(runsNamed('xdsubstderr-p7-').length).toBeGreaterThan(0);
	});

	for (const name of runsNamed('xdsubstderr-')) {
		test(`${name}: the test writing ERROR passed, once`, async () => {
			// Before: `…::test_flushes ERROR` was read as a `-v` line (the `[gw0] SUBPASSED` or `SUBFAIL` line before it had
			// ended the wait of an `id `), so test_flushes errored and passed, and `error 1 parsed vs 0 reported`.
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.complete).toBe(true);
			expect(
				run.tests
					.filter(each => each.id.endsWith('::test_flushes'))
					.map(each => each.outcome),
			).toEqual(['passed']);
			expect(run.warnings).toEqual([]);
		});
	}
});

describe("an xdist worker's INTERNALERROR the controller went on from, then pytest's final line (workerie-*)", () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('workerie-p9-').length).toBeGreaterThan(0);
		expect(runsNamed('workerie-p7-').length).toBeGreaterThan(0);
	});

	for (const name of runsNamed('workerie-')) {
		test(`${name}: whole, the INTERNALERROR said in one warning`, async () => {
			// Before: called incomplete for the INTERNALERROR alone, every report the final line counts read.
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.complete).toBe(true);
			expect(run.warnings.map(warning => warning.message)).toEqual([
				'pytest INTERNALERROR: RuntimeError: the report hook broke',
			]);
		});
	}

	test("pytest's own INTERNALERROR, which ends the session, still leaves it incomplete", async () => {
		// fixtures/pytest9-edge/ie: collected 3, two ran, then a plugin's hook raised in pytest's process (exit status 3).
		const run = await readLog(path.resolve('fixtures/pytest9-edge/ie/run.log'));
		expect(run.complete).toBe(false);
	});
});

describe("a local's repr holding a blank line, then an E-shaped line, under -l (blanklocals-*)", () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('blanklocals-p9-').length).toBeGreaterThan(0);
		expect(runsNamed('blanklocals-p7-').length).toBeGreaterThan(0);
	});

	for (const name of runsNamed('blanklocals-')) {
		test(`${name}: every headline the XML's`, async () => {
			// Before: `AssertionError: assert 0`, `ValueError: (retried)` and `KeyError: 'old'`, the reprs' lines after their
			// blank lines, where the XML says `assert (1 + 1) == 3`, `bad row 2` and `lookup failed`.
			await checkHeadlinesAgainstXml(path.join(hunt, name), 3);
		});
	}

	test('a blank line after the locals that no E-shaped line follows still ends them', async () => {
		const run = await readText(
			[
				'============================= test session starts ==============================',
				'collected 1 item',
				'',
				'test_a.py F                                                              [100%]',
				'',
				'=================================== FAILURES ===================================',
				'___________________________________ test_one ___________________________________',
				'',
				'    def test_one():',
				'        count = 3',
				'>       assert count == 4',
				'E       assert 3 == 4',
				'',
				'count      = 3',
				'',
				'test_a.py:3: AssertionError',
				'=========================== short test summary info ============================',
				'FAILED test_a.py::test_one - assert 3 == 4',
				'============================== 1 failed in 0.01s ===============================',
			].join('\n'),
		);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'AssertionError: assert 3 == 4',
		]);
	});
});
