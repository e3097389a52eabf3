import {describe, expect, test} from 'vitest';
import {header9, parseText, rule} from './helpers.js';

// Names with spaces on -v lines (fixtures/hunt/spaced-* and spacedpy-* are the real runs).
describe('-v lines whose text before the word holds a space', () => {
	test("under -s, a rerun's line with other output before its word is the same test", async () => {
		const run = await parseText(
			[
				header9('collected 2 items'),
				'tests/t.py::test_a attempt 1 RERUN',
				'tests/t.py::test_a attempt 2 PASSED',
				'tests/t.py::test_b value 1 PASSED',
				'',
				rule('2 passed, 1 rerun in 0.10s'),
			].join('\n'),
		);
		expect(run.tests.map(test => [test.id, test.outcome])).toEqual([
			['tests/t.py::test_a', 'passed'],
			['tests/t.py::test_b', 'passed'],
		]);
		expect(run.complete).toBe(true);
	});

	test('a thousand items of a Python module whose names start with one word stay a thousand tests', async () => {
		const count = 1000;
		const cases = Array.from(
			{length: count},
			(_, index) => `tests/t.py::TestPoint::spec: case ${index} ok`,
		);
		const run = await parseText(
			[
				header9(`collected ${count} items`),
				...cases.map(id => `${id} PASSED`),
				'',
				rule('short test summary info'),
				...cases.map(id => `PASSED ${id}`),
				rule(`${count} passed in 1.00s`),
			].join('\n'),
		);
		expect(run.tests.map(test => test.id)).toEqual(cases);
		expect(run.warnings).toEqual([]);
		expect(run.complete).toBe(true);
	});

	test("an item of another kind of file keeps its spaces, on xdist's lines too", async () => {
		const run = await parseText(
			[
				header9('collected 2 items'),
				'[gw0] [ 50%] PASSED api/test_users.tavern.yaml::Create a user ',
				'[gw1] [100%] FAILED api/test_users.tavern.yaml::Create a user twice ',
				'',
				rule('1 failed, 1 passed in 0.50s'),
			].join('\n'),
		);
		expect(run.tests.map(test => [test.id, test.outcome])).toEqual([
			['api/test_users.tavern.yaml::Create a user', 'passed'],
			['api/test_users.tavern.yaml::Create a user twice', 'failed'],
		]);
	});
});
