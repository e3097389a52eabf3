import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {checkAgainstXml, xmlOf} from './against-xml.js';
import {parseText, rule} from './helpers.js';
import {xmlHeadlines} from './truth.js';

// What the fifty-ninth sweep's runs showed (fixtures/real-suites/README.md, record-sweep59.sh).

const root = path.resolve('fixtures/real-suites');
const read = async (name: string) => readLog(path.join(root, name, 'run.log'));

describe("xdist's workers say where pytest ran: ids printed from above the rootdir", () => {
	const log = (cwd: string) =>
		[
			rule('test session starts'),
			'platform linux -- Python 3.11.7, pytest-9.0.3, pluggy-1.6.0 -- /opt/python3.11/bin/python3',
			'rootdir: /src/repo/pkg',
			'configfile: pyproject.toml',
			'plugins: xdist-3.1.0',
			'gw0 I / gw1 I',
			`[gw0] linux Python 3.11.7 cwd: ${cwd}`,
			`[gw1] linux Python 3.11.7 cwd: ${cwd}`,
			'[gw0] Python 3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]',
			'[gw1] Python 3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]',
			'gw0 [2] / gw1 [2]',
			'',
			'scheduling tests via LoadScheduling',
			'',
			'[gw0] [ 50%] PASSED pkg/tests/test_a.py::test_one ',
			'[gw1] [100%] FAILED pkg/tests/test_a.py::test_two ',
			'',
			rule('FAILURES'),
			rule('test_two', '_'),
			'[gw1] linux -- Python 3.11.7 /opt/python3.11/bin/python3',
			'',
			'    def test_two():',
			'>       assert 1 == 2',
			'E       assert 1 == 2',
			'',
			'pkg/tests/test_a.py:5: AssertionError',
			rule('short test summary info'),
			'FAILED pkg/tests/test_a.py::test_two - assert 1 == 2',
			rule('1 failed, 1 passed in 0.52s'),
		].join('\n');

	test('workers started in the directory above the rootdir: the way down is taken off every id', async () => {
		const run = await parseText(log('/src/repo'));
		expect(run.tests.map(test => test.id)).toEqual([
			'tests/test_a.py::test_one',
			'tests/test_a.py::test_two',
		]);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'tests/test_a.py::test_two',
		]);
	});

	test('workers started in the rootdir: the ids are node ids already, kept as printed', async () => {
		const run = await parseText(log('/src/repo/pkg'));
		expect(run.tests.map(test => test.id)).toEqual([
			'pkg/tests/test_a.py::test_one',
			'pkg/tests/test_a.py::test_two',
		]);
	});

	test('arch under -v -n 2, its rootdir the package (its pyproject.toml): ids agree with the XML', async () => {
		const run = await checkAgainstXml(path.join(root, 'arch-p90-v-n2-x'));
		expect(run.tests.at(0)!.id).toBe(
			'tests/univariate/test_mean.py::test_harx_lag_spec[True]',
		);
		expect(run.complete).toBe(true);
	});
	test('arch doctests under -v -n 2: doctest ids agree with the XML too', async () => {
		const run = await checkAgainstXml(path.join(root, 'arch-p90-v-n2-doctest'));
		expect(run.failures.map(failure => failure.id)).toContain(
			'univariate/mean.py::arch.univariate.mean.HARX',
		);
	});
});

describe("pytest's --junitxml rule with a path as long as the line", () => {
	test("one dash a side ends the last entry: it is not the test's captured output", async () => {
		const run = await read('cvxpy-p90-v-W-error-subtests');
		const last = run.failures.at(-1)!;
		expect(last.id).toBe(
			'cvxpy/tests/test_matrix_utilities.py::TestMatrixUtilities::test_convert',
		);
		// pytest 9's subtests: the SUBPASSED lines of the test's subTest blocks were written while its output was captured.
		expect(last.captured).toEqual([
			{
				name: 'Captured stdout call',
				text: [
					'SUBPASSED(array=[0, 1]) [100%]',
					'cvxpy/tests/test_matrix_utilities.py::TestMatrixUtilities::test_convert SUBPASSED(array=[[0, 1]]) [100%]',
					"cvxpy/tests/test_matrix_utilities.py::TestMatrixUtilities::test_convert SUBPASSED(array=array([0, 1]), dtype=<class 'int'>) [100%]",
				].join('\n'),
			},
		]);
	});

	test("a plugin's line after it is not the last report's", async () => {
		const run = await parseText(
			[
				rule('test session starts'),
				'platform linux -- Python 3.11.7, pytest-9.0.3, pluggy-1.6.0',
				'rootdir: /src/app',
				'collected 1 item',
				'',
				'tests/test_a.py F                                                        [100%]',
				'',
				rule('FAILURES'),
				rule('test_a', '_'),
				'',
				'    def test_a():',
				'>       assert 1 == 2',
				'E       assert 1 == 2',
				'',
				'tests/test_a.py:2: AssertionError',
				'- generated xml file: /home/runner/work/project/project/build/test-results/junit/pytest.xml -',
				'/home/runner/work/project/project/src/app/core.py:12: UserWarning: cache is cold',
				rule('short test summary info'),
				'FAILED tests/test_a.py::test_a - assert 1 == 2',
				rule('1 failed in 0.12s'),
			].join('\n'),
		);
		expect(run.failures).toHaveLength(1);
		expect(run.failures[0]!.headline).toBe('AssertionError: assert 1 == 2');
		expect(run.failures[0]!.traceback.split('\n').at(-1)).toBe(
			'tests/test_a.py:2: AssertionError',
		);
		expect(run.warnings).toEqual([]);
	});
});

describe('an INTERNALERROR in an xdist worker ends the session before FAILURES', () => {
	test("-v -n 2: incomplete, the failing tests named by their -v lines, the warning names the worker's error", async () => {
		const run = await read('ase-p90-v-n2-nobench-timeout');
		expect(run.complete).toBe(false);
		expect(run.counts).toMatchObject({failed: 6, error: 1, passed: 172});
		expect(run.warnings.map(warning => warning.message)).toEqual([
			'pytest INTERNALERROR: SystemError: AST constructor recursion depth mismatch (before=147, after=167)',
		]);
	});

	// No FAILURES section: nothing in the log holds the `Failed: Timeout (>5.0s)` the XML's messages say.
	test.fails("the log cannot tell the failures' errors", async () => {
		const directory = path.join(root, 'ase-p90-v-n2-nobench-timeout');
		const run = await read('ase-p90-v-n2-nobench-timeout');
		const headlineOf = xmlHeadlines(await readLog(xmlOf(directory)!));
		for (const failure of run.failures) {
			expect(failure.headline).toBe(headlineOf(failure));
		}
	});
});

describe("-v -s: what a teardown printed glued to pytest's word at the start of a line", () => {
	test("ase: `PASSEDGlobal seed for …` after the test's output is the test's outcome", async () => {
		const run = await checkAgainstXml(path.join(root, 'ase-p90-vs-W-error'));
		expect(run.counts).toMatchObject({passed: 8, failed: 5});
	});

	const log = (after: string) =>
		[
			rule('test session starts'),
			'platform linux -- Python 3.11.7, pytest-9.0.3, pluggy-1.6.0 -- /opt/python3.11/bin/python3',
			'rootdir: /src/app',
			'collected 2 items',
			'',
			'tests/test_a.py::test_one Testdir: /tmp/pytest-of-ci/pytest-1/test_one0',
			'rows: 3',
			after,
			'',
			'tests/test_a.py::test_two PASSED',
			'',
			rule('2 passed in 0.12s'),
		].join('\n');

	test('a capitalized word glued to the word', async () => {
		const run = await parseText(
			log('PASSEDGlobal seed for "tests/test_a.py:test_one" was: 2389'),
		);
		expect(run.tests.map(test => [test.id, test.outcome])).toEqual([
			['tests/test_a.py::test_one', 'passed'],
			['tests/test_a.py::test_two', 'passed'],
		]);
	});

	test("a longer word in capitals is the test's output, not pytest's word", async () => {
		const run = await parseText(log('ERRORS: none\nPASSED'));
		expect(run.tests.map(test => [test.id, test.outcome])).toEqual([
			['tests/test_a.py::test_one', 'passed'],
			['tests/test_a.py::test_two', 'passed'],
		]);
	});
});
