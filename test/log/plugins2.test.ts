import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {header, parseText, rule} from './helpers.js';
import {xmlHeadlines} from './truth.js';

// Round 2 of fixtures/plugins (its README): real runs of pytest plugins, each with its XML.
const plugins = path.resolve('fixtures/plugins');

describe('pytest 7.2 -q --tb=line: non-Python items’ reports cut at 50 characters, no header to say which pytest', () => {
	test('pylint-p7-q-tbline: each file’s report (all start alike) is its own entry, and the next test keeps its own', async () => {
		const directory = path.join(plugins, 'pylint-p7-q-tbline');
		const run = await readLog(path.join(directory, 'run.log'));
		const headlineOf = xmlHeadlines(
			await readLog(path.join(directory, 'run.xml')),
		);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'pkg/money.py::PYLINT',
			'tests/test_clean.py::PYLINT',
			'tests/test_money.py::PYLINT',
			'tests/test_money.py::test_add_bad',
		]);
		for (const failure of run.failures) {
			expect(
				headlineOf(failure)!.startsWith(failure.headline),
				failure.id,
			).toBe(true);
		}
	});

	test('two different cut reports, then a test’s location line: three entries', async () => {
		const run = await parseText(
			[
				'..FFF                                                                    [100%]',
				rule('FAILURES'),
				'C:  1, 0: Missing module docstring (missing-module',
				"E:  8,11: Undefined variable 'undefined_name' (und",
				'/src/app/tests/test_a.py:9: assert 2 == 3',
				rule('short test summary info'),
				'FAILED pkg/a.py::PYLINT',
				'FAILED pkg/b.py::PYLINT',
				'FAILED tests/test_a.py::test_add - assert 2 == 3',
				'3 failed, 2 passed in 0.12s',
			].join('\n'),
		);
		expect(run.failures.map(failure => [failure.id, failure.headline])).toEqual(
			[
				[
					'pkg/a.py::PYLINT',
					'C:  1, 0: Missing module docstring (missing-module',
				],
				[
					'pkg/b.py::PYLINT',
					"E:  8,11: Undefined variable 'undefined_name' (und",
				],
				['tests/test_a.py::test_add', 'AssertionError: assert 2 == 3'],
			],
		);
	});
});

describe('pytest-benchmark 3.2 (pytest 7.2): its table after the reports, in the FAILURES section', () => {
	test('benchmark-p7-v: its table and its `Computing stats` line (redrawn with CRs) are no failures', async () => {
		const run = await readLog(path.join(plugins, 'benchmark-p7-v', 'run.log'));
		expect(run.warnings).toEqual([]);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'tests/test_speed.py::test_fib_wrong',
			'tests/test_speed.py::test_plain',
		]);
	});

	test('a plugin’s lines after `generated xml file` are not --tb=line reports', async () => {
		const run = await parseText(
			[
				header,
				'collected 2 items',
				'',
				'tests/test_speed.py .F                                                   [100%]',
				'',
				rule('FAILURES'),
				rule('test_fib_wrong', '_'),
				'',
				'>       assert benchmark(fib, 12) == 145',
				'E       assert 144 == 145',
				'',
				'tests/test_speed.py:10: AssertionError',
				'------ generated xml file: /src/app/out/run.xml ------',
				'',
				'\rComputing stats ...\rComputing stats ... group 1/1------- benchmark: 2 tests -------',
				'Name (time in ns)        Min          Max',
				'-----------------------------------------',
				'test_fib_wrong     12,814.9986 (17.65)    4,410,682.9992 (21.03)',
				'test_fib           12,845.0010 (17.70)    4,905,316.0001 (23.39)',
				'-----------------------------------------',
				'',
				'Legend:',
				'  OPS: Operations Per Second, computed as 1 / Mean',
				rule('short test summary info'),
				'FAILED tests/test_speed.py::test_fib_wrong - assert 144 == 145',
				rule('1 failed, 1 passed in 1.38s'),
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.warnings).toEqual([]);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'AssertionError: assert 144 == 145',
		]);
	});
});

describe('pytest-pylint: a report of pylint’s messages, no frame and no E line', () => {
	for (const name of ['pylint-p7-v', 'pylint-p7-rA', 'pylint-p7-n2']) {
		test(`${name}: each file’s headline is its first message, as the XML’s`, async () => {
			const directory = path.join(plugins, name);
			const run = await readLog(path.join(directory, 'run.log'));
			const headlineOf = xmlHeadlines(
				await readLog(path.join(directory, 'run.xml')),
			);
			expect(run.failures).toHaveLength(4);
			for (const failure of run.failures) {
				expect(failure.headline, failure.id).toBe(headlineOf(failure));
			}
		});
	}

	test('a Python traceback printed as text still ends with its exception', async () => {
		const run = await parseText(
			[
				'F                                                                        [100%]',
				rule('FAILURES'),
				rule('test_child', '_'),
				'child process failed:',
				'Traceback (most recent call last):',
				'  File "/src/app/child.py", line 3, in <module>',
				'    main()',
				'ValueError: bad config',
				rule('short test summary info'),
				'FAILED tests/test_a.py::test_child',
				rule('1 failed in 0.12s'),
			].join('\n'),
		);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'ValueError: bad config',
		]);
	});
});
