import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {
	parseVerboseLine,
	splitIdAndMessage,
} from '../../source/log/pytest/index.js';
import {readLog} from '../../source/log/read.js';
import {header, parseText, rule} from './helpers.js';

const traps = path.resolve('fixtures/traps');

describe('ids whose brackets do not balance', () => {
	test.each([
		[
			'tests/t.py::test_arbitrary_element[str-[] FAILED                      [ 10%]',
			'tests/t.py::test_arbitrary_element[str-[]',
			'FAILED',
		],
		[
			'tests/t.py::test_x[]-expected1] PASSED                              [ 20%]',
			'tests/t.py::test_x[]-expected1]',
			'PASSED',
		],
		[
			'tests/t.py::test_y[a = [1,\\n2,-incomplete-0] FAILED',
			'tests/t.py::test_y[a = [1,\\n2,-incomplete-0]',
			'FAILED',
		],
		// An outcome word inside the unbalanced id: the word that ends the line is the outcome.
		[
			'tests/t.py::test_word[x FAILED [] PASSED                            [ 85%]',
			'tests/t.py::test_word[x FAILED []',
			'PASSED',
		],
		[
			'tests/t.py::test_skip[[skip] SKIPPED (skipped for [skip)            [ 90%]',
			'tests/t.py::test_skip[[skip]',
			'SKIPPED',
		],
	])('-v line %s', (line, id, word) => {
		expect(parseVerboseLine(line)).toMatchObject({id, word});
	});

	test.each([
		[
			'tests/t.py::test_b[[1, 2] - AssertionErro...',
			{id: 'tests/t.py::test_b[[1, 2]', message: 'AssertionErro...'},
		],
		[
			'tests/t.py::test_dash[[a - b] - AssertionError: dash in...',
			{
				id: 'tests/t.py::test_dash[[a - b]',
				message: 'AssertionError: dash in...',
			},
		],
		[
			'tests/t.py::test_x[]-expected0] - AssertionError: closi...',
			{
				id: 'tests/t.py::test_x[]-expected0]',
				message: 'AssertionError: closi...',
			},
		],
	])('summary line %s', (text, split) => {
		expect(splitIdAndMessage(text)).toEqual(split);
	});

	test('a summary line with no message: the header the log prints tells the id, not a dash inside it', async () => {
		const run = await parseText(
			[
				header,
				'collected 1 item',
				'',
				'tests/t.py F                                                             [100%]',
				'',
				rule('FAILURES'),
				rule('test_dash[[a - b]', '_'),
				'',
				'>   assert False',
				'E   assert False',
				'',
				'tests/t.py:3: AssertionError',
				rule('short test summary info'),
				'FAILED tests/t.py::test_dash[[a - b]',
				rule('1 failed in 0.01s'),
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.failures.map(failure => [failure.id, failure.headline])).toEqual(
			[['tests/t.py::test_dash[[a - b]', 'AssertionError: assert False']],
		);
	});
});

describe('-vv: a test defined in another file', () => {
	test.each([
		[
			'inherit/test_impl.py::TestMemory::test_missing <- inherit/base_cases.py FAILED [ 40%]',
			'inherit/test_impl.py::TestMemory::test_missing',
			'FAILED',
		],
		[
			'tests/test_ranges.py::TestInventory::runTest <- ../../opt/python3.11/lib/python3.11/site-packages/hypothesis/stateful.py FAILED [100%]',
			'tests/test_ranges.py::TestInventory::runTest',
			'FAILED',
		],
		[
			'tests/t.py::test_x[a <- b.py] <- tests/base.py SKIPPED (no)',
			'tests/t.py::test_x[a <- b.py]',
			'SKIPPED',
		],
	])('%s', (line, id, word) => {
		expect(parseVerboseLine(line)).toMatchObject({id, word});
	});

	test('the real -vv runs name every test by its own module', async () => {
		for (const name of ['inherit-p9-vv', 'inherit-p7-vv']) {
			const run = await readLog(path.join(traps, name, 'run.log'));
			expect(run.complete).toBe(true);
			expect(run.tests.map(test => test.id)).toEqual([
				'inherit/test_impl.py::TestMemory::test_roundtrip',
				'inherit/test_impl.py::TestMemory::test_missing',
				'inherit/test_impl.py::TestDisk::test_roundtrip',
				'inherit/test_impl.py::TestDisk::test_missing',
				'inherit/test_impl.py::TestInventory::runTest',
			]);
		}
	});
});
