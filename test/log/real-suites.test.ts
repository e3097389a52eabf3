import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {checkAgainstXml, isFailing, xmlOf} from './against-xml.js';
import {comparablePairs, xmlHeadlines} from './truth.js';
import {parseText, rule} from './helpers.js';

// Real third-party suites installed on the build machine, run under pytest 9 and 7.2 with faults (fixtures/real-suites/README.md).
const root = path.resolve('fixtures/real-suites');
/** Whether each run is complete: false where pytest was interrupted. */
const expectedComplete: Record<string, boolean> = {
	'astropy-p7-color-long-runxfail': true,
	'astropy-p7-q-rP-ascii': true,
	// --pdb, stdin at its end: pdb quits at the first failure (`Exit: Quitting debugger`).
	'astropy-p7-v-pdb-stdin-null': false,
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
	'pandas-p9-lf-second': true,
	'pandas-p9-pdb-stdin-null': false,
	'pandas-p9-q-n2-maxfail': true,
	'pandas-p9-rA-tbauto': true,
	'pandas-p9-runxfail-maxfail-long': true,
	'pandas-p9-v-n2-deprecation': true,
	'pandas-p9-v-color-runxfail': true,
	'pandas-p9-vv-durations': true,
	'pint-p9-rP-runxfail-ascii': true,
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
	// SIGKILL 15 s in: no final line, no XML; what pytest had not flushed is lost.
	'sklearn-p9-q-sigkill': false,
	'sklearn-p7-v-setup-only': true,
	// pytest-timeout's thread method ends the process: no final line, no XML.
	'sklearn-p7-v-timeout-thread': false,
	'sklearn-p9-v-n2-maxfail': true,
	'sympy-p9-hypothesis-stats': true,
	'toolz-p9-v-doctest-importlib': true,
	'toolz-p9-v-setup-plan': true,
	'tornado-p7-color-v-n2': true,
	// A collection error interrupted the run.
	'tornado-p7-v-W-error-class': false,
	'tornado-p9-W-error-class': true,
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
			// Every headline as pytest's XML states it (a killed run wrote none).
			const xmlPath = xmlOf(directory);
			if (xmlPath) {
				const headlineOf = xmlHeadlines(await readLog(xmlPath));
				for (const failure of run.failures) {
					expect(failure.headline).toBe(headlineOf(failure));
				}
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

describe('what the fourth hunt showed', () => {
	test('pandas: pytest ran from site-packages, its rootdir the package (one directory): node ids as the XML has them', async () => {
		// The short summary and -v lines print `pandas/tests/…`; the XML, --durations and `ERROR collecting` say `tests/…`.
		for (const name of [
			'pandas-p9-lf-second',
			'pandas-p9-pdb-stdin-null',
			'pandas-p9-q-n2-maxfail',
			'pandas-p9-rA-tbauto',
			'pandas-p9-runxfail-maxfail-long',
			'pandas-p9-v-n2-deprecation',
			'pandas-p9-vv-durations',
		]) {
			const run = await readLog(path.join(root, name, 'run.log'));
			expect(run.tests.length).toBeGreaterThan(0);
			for (const test of run.tests) {
				expect(test.id).toMatch(/^tests\/(?:apply|reshape)\//);
			}
		}
	});

	const samename = (durations: string) =>
		[
			rule('test session starts'),
			'platform linux -- Python 3.11.7, pytest-9.1.1, pluggy-1.6.0',
			'rootdir: /src/pkg',
			'collected 2 items',
			'',
			'pkg/tests/test_a.py::test_one PASSED                                     [ 50%]',
			'pkg/tests/test_a.py::test_two PASSED                                     [100%]',
			'',
			rule('slowest 2 durations'),
			durations,
			'',
			rule('2 passed in 0.05s'),
		].join('\n');

	test('a repository named like its package, run from its rootdir: --durations prints the same ids, kept', async () => {
		const run = await parseText(
			samename('0.01s call     pkg/tests/test_a.py::test_one'),
		);
		expect(run.tests.map(test => test.id)).toEqual([
			'pkg/tests/test_a.py::test_one',
			'pkg/tests/test_a.py::test_two',
		]);
	});

	test('the same run from the folder above: --durations prints node ids without the folder, taken off', async () => {
		const run = await parseText(
			samename('0.01s call     tests/test_a.py::test_one'),
		);
		expect(run.tests.map(test => test.id)).toEqual([
			'tests/test_a.py::test_one',
			'tests/test_a.py::test_two',
		]);
		expect(run.complete).toBe(true);
	});

	test('-v --setup-plan / --setup-only: tests planned, not run, are passed as in the XML; pytest counts none', async () => {
		for (const name of ['toolz-p9-v-setup-plan', 'sklearn-p7-v-setup-only']) {
			const run = await readLog(path.join(root, name, 'run.log'));
			expect(run.counts.passed).toBe(0);
			expect(run.tests.length).toBeGreaterThan(40);
			expect(run.warnings.map(warning => warning.message)).toEqual([
				`${run.tests.length} tests were planned (--setup-plan or --setup-only), not run: pytest counts none of them, its XML calls them passed`,
			]);
		}
	});

	test("--pdb without a terminal: the report printed before entering the debugger is the failure's", async () => {
		const run = await readLog(
			path.join(root, 'pandas-p9-pdb-stdin-null', 'run.log'),
		);
		expect(run.failures.map(failure => [failure.id, failure.headline])).toEqual(
			[
				[
					'tests/reshape/test_union_categoricals.py::TestUnionCategoricals::test_union_categoricals_empty[val1]',
					'TypeError: dtype of categories must be the same',
				],
			],
		);
	});

	test("--pdb: the test's captured output before the report is the report's, not progress", async () => {
		const run = await parseText(
			[
				rule('test session starts'),
				'platform linux -- Python 3.11.7, pytest-9.1.1, pluggy-1.6.0',
				'rootdir: /src/app',
				'collected 2 items',
				'',
				'test_a.py .F',
				rule('captured stdout', '>'),
				'test_a.py::test_x PASSED',
				rule('traceback', '>'),
				'',
				'    def test_b():',
				'>       assert 1 == 2',
				'E       assert 1 == 2',
				'',
				'test_a.py:5: AssertionError',
				rule('entering PDB', '>'),
				'',
				rule('PDB post_mortem (IO-capturing turned off)', '>'),
				'> /src/app/test_a.py(5)test_b()',
				'-> assert 1 == 2',
				'(Pdb) ',
				rule('short test summary info'),
				'FAILED test_a.py::test_b - assert 1 == 2',
				'!!!!!!!!!!!!!!!!!!! _pytest.outcomes.Exit: Quitting debugger !!!!!!!!!!!!!!!!!!!',
				rule('1 failed, 1 passed in 0.10s'),
			].join('\n'),
		);
		expect(run.tests.map(test => test.id)).toEqual(['test_a.py::test_b']);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'AssertionError: assert 1 == 2',
		]);
		expect(run.counts).toMatchObject({failed: 1, passed: 1});
	});

	test('-W error: a class that cannot be collected is one error, headed by its file, named as the class', async () => {
		for (const name of [
			'tornado-p9-W-error-class',
			'tornado-p7-v-W-error-class',
		]) {
			const run = await readLog(path.join(root, name, 'run.log'));
			expect(
				run.failures.map(failure => [
					failure.id,
					failure.phase,
					failure.headline,
				]),
			).toEqual([
				[
					'tornado/test/tcpclient_test.py::TestTCPServer',
					'collect',
					"pytest.PytestCollectionWarning: cannot collect test class 'TestTCPServer' because it has a __init__ constructor (from: tornado/test/tcpclient_test.py)",
				],
			]);
		}
	});

	test("-W error: the class error in a file beside a test's setup error goes to the class its report names", async () => {
		const run = await parseText(
			[
				rule('test session starts'),
				'platform linux -- Python 3.11.7, pytest-9.1.1, pluggy-1.6.0',
				'rootdir: /src/app',
				'collected 2 items / 1 error',
				'',
				'test_x.py E.                                                             [100%]',
				'',
				rule('ERRORS'),
				rule('ERROR collecting test_x.py', '_'),
				"E   pytest.PytestCollectionWarning: cannot collect test class 'TestX' because it has a __init__ constructor (from: test_x.py)",
				rule('ERROR at setup of test_a', '_'),
				'E   RuntimeError: no database',
				'',
				'test_x.py:3: RuntimeError',
				rule('short test summary info'),
				'ERROR test_x.py::test_a - RuntimeError: no database',
				'ERROR test_x.py::TestX - pytest.PytestCollectionWarning: cannot collect test c...',
				rule('1 passed, 2 errors in 0.10s'),
			].join('\n'),
		);
		expect(
			run.failures.map(failure => [
				failure.id,
				failure.phase,
				failure.headline,
			]),
		).toEqual([
			['test_x.py::test_a', 'setup', 'RuntimeError: no database'],
			[
				'test_x.py::TestX',
				'collect',
				"pytest.PytestCollectionWarning: cannot collect test class 'TestX' because it has a __init__ constructor (from: test_x.py)",
			],
		]);
	});

	test("-q -rP: the bare final line right after the PASSES section is pytest's", async () => {
		const run = await readLog(
			path.join(root, 'astropy-p7-q-rP-ascii', 'run.log'),
		);
		expect(run.complete).toBe(true);
		expect(run.counts).toMatchObject({failed: 1, passed: 1099});
	});

	test("pytest-timeout's thread method under -v: the tests before the hang, and an incomplete run", async () => {
		const run = await readLog(
			path.join(root, 'sklearn-p7-v-timeout-thread', 'run.log'),
		);
		expect(run.tests.map(test => test.outcome)).toEqual(['passed', 'passed']);
		expect(run.complete).toBe(false);
	});
});
