import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {parseText, rule} from './helpers.js';
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
