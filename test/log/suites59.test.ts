import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {checkAgainstXml} from './against-xml.js';
import {parseText, rule} from './helpers.js';

// What the fifty-ninth sweep's runs showed (fixtures/real-suites/README.md, record-sweep59.sh).

const root = path.resolve('fixtures/real-suites');

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
});
