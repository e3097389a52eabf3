import {describe, expect, test} from 'vitest';
import {header, parseText, rule} from './helpers.js';

// Shapes the twelfth hunt's real runs showed (fixtures/real-suites/README.md, record-hunt12.sh), as small logs.

describe('the twelfth hunt: a non-Python item whose name holds spaces', () => {
	test('a header that names no test goes to the summary’s FAILED line of its place', async () => {
		const run = await parseText(
			[
				header,
				'collected 2 items',
				'',
				'tests/test_spec.py FF                                                 [100%]',
				'',
				rule('FAILURES'),
				rule('usecase: first', '_'),
				'usecase execution failed',
				rule('test_two', '_'),
				'',
				'    def test_two():',
				'>       assert 0',
				'E       assert 0',
				'',
				'tests/test_spec.py:2: AssertionError',
				rule('short test summary info'),
				'FAILED tests/test_spec.py::spec: first',
				'FAILED tests/test_spec.py::test_two - assert 0',
				rule('2 failed in 0.10s'),
			].join('\n'),
		);
		expect(run.failures.map(failure => [failure.id, failure.headline])).toEqual(
			[
				['tests/test_spec.py::spec: first', 'usecase execution failed'],
				['tests/test_spec.py::test_two', 'AssertionError: assert 0'],
			],
		);
	});
});
