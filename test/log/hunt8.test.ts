import {describe, expect, test} from 'vitest';
import {parseText, rule} from './helpers.js';

// Shapes the eighth hunt's real runs showed (fixtures/real-suites/README.md, record-hunt8.sh), as small logs.
const header9 = [
	rule('test session starts'),
	'platform linux -- Python 3.11.7, pytest-9.1.1, pluggy-1.6.0 -- /opt/python3.11/bin/python',
	'rootdir: /src/app',
	'collected 3 items',
	'',
].join('\n');

describe('the eighth hunt', () => {
	test('-v -s: what a teardown printed with no newline follows the outcome word; the test passed, then errored', async () => {
		const run = await parseText(
			[
				header9,
				'tests/test_a.py::test_one PASSED',
				'tests/test_a.py::test_two PASSEDteardown: removing the scratch database',
				'',
				'tests/test_a.py::test_two ERROR',
				'tests/test_a.py::test_three PASSED',
				'',
				rule('ERRORS'),
				rule('ERROR at teardown of test_two', '_'),
				'',
				'    def test_two():',
				'>       raise FileNotFoundError("gone")',
				'E       FileNotFoundError: gone',
				'',
				'tests/test_a.py:9: FileNotFoundError',
				rule('short test summary info'),
				'ERROR tests/test_a.py::test_two - FileNotFoundError: gone',
				rule('3 passed, 1 error in 0.10s'),
			].join('\n'),
		);
		expect(run.counts).toMatchObject({passed: 3, error: 1});
		expect(run.complete).toBe(true);
		expect(
			run.failures.map(failure => [
				failure.id,
				failure.phase,
				failure.headline,
			]),
		).toEqual([
			['tests/test_a.py::test_two', 'teardown', 'FileNotFoundError: gone'],
		]);
	});
});
