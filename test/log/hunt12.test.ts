import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {isFailing, logOf, xmlOf} from './against-xml.js';
import {header, parseText, rule} from './helpers.js';
import {hunt12Unnamed} from './hunt12-runs.js';
import {comparablePairs, xmlHeadlines} from './truth.js';

// Shapes the twelfth hunt's real runs showed (fixtures/real-suites/README.md, record-hunt12.sh), as small logs.

/** A non-Python item (a YAML-spec plugin's): a name with spaces, its own report, headed by its `reportinfo`. */
function customItemLog(verbose: boolean): string {
	return [
		header,
		'collected 3 items',
		'',
		...(verbose
			? [
					'tests/test_spec.py::test_plain PASSED                                 [ 33%]',
					'tests/test_spec.py::spec: case 1 ok FAILED                            [ 66%]',
					'tests/test_spec.py::TestBook::spec: case 2 ok FAILED                  [100%]',
				]
			: [
					'tests/test_spec.py .FF                                                [100%]',
				]),
		'',
		rule('FAILURES'),
		rule('usecase: spec: case 1 ok', '_'),
		'usecase execution failed',
		"   spec failed: 'expected': 'got'",
		rule('usecase: spec: case 2 ok', '_'),
		'usecase execution failed',
		"   spec failed: 'other': 'got'",
		rule('short test summary info'),
		'FAILED tests/test_spec.py::spec: case 1 ok',
		'FAILED tests/test_spec.py::TestBook::spec: case 2 ok',
		rule('2 failed, 1 passed in 0.10s'),
	].join('\n');
}

describe('the twelfth hunt: a non-Python item whose name holds spaces', () => {
	for (const verbose of [true, false]) {
		test(`${verbose ? '-v' : 'default verbosity'}: the summary's whole ids, each with its own report`, async () => {
			const run = await parseText(customItemLog(verbose));
			const failing = run.tests.filter(each => each.outcome !== 'passed');
			expect(failing.map(each => [each.id, each.outcome])).toEqual([
				['tests/test_spec.py::spec: case 1 ok', 'failed'],
				['tests/test_spec.py::TestBook::spec: case 2 ok', 'failed'],
			]);
			expect(
				run.failures.map(failure => [failure.id, failure.headline]),
			).toEqual([
				['tests/test_spec.py::spec: case 1 ok', 'usecase execution failed'],
				[
					'tests/test_spec.py::TestBook::spec: case 2 ok',
					'usecase execution failed',
				],
			]);
			expect(run.complete).toBe(true);
		});
	}

	test('an -s line whose test printed before its outcome keeps the id up to the space', async () => {
		const run = await parseText(
			[
				header,
				'collected 1 item',
				'',
				'tests/test_a.py::test_one value 1 FAILED',
				'',
				rule('FAILURES'),
				rule('test_one', '_'),
				'',
				'    def test_one():',
				'>       assert 0',
				'E       assert 0',
				'',
				'tests/test_a.py:2: AssertionError',
				rule('short test summary info'),
				'FAILED tests/test_a.py::test_one - assert 0',
				rule('1 failed in 0.10s'),
			].join('\n'),
		);
		expect(run.tests.map(each => [each.id, each.outcome])).toEqual([
			['tests/test_a.py::test_one', 'failed'],
		]);
	});

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

describe('the twelfth hunt: runs whose log does not name every failing test', () => {
	for (const name of hunt12Unnamed) {
		test(`${name}: exception notes like pytest's summary name no test, every report kept; the unnamed items as their headers`, async () => {
			const directory = path.resolve('fixtures/real-suites', name);
			const run = await readLog(logOf(directory));
			const xml = await readLog(xmlOf(directory)!);
			const isItem = (pair: string) => pair.includes('spec: case');
			const runPairs = comparablePairs(run, isFailing);
			const xmlPairs = comparablePairs(xml, isFailing);
			expect(runPairs.filter(pair => !isItem(pair))).toEqual(
				xmlPairs.filter(pair => !isItem(pair)),
			);
			// Named by their headers (`usecase: spec: case 96 ok`), in the file whose progress reported them.
			expect(runPairs.filter(pair => isItem(pair))).toEqual(
				xmlPairs
					.filter(pair => isItem(pair))
					.map(pair =>
						pair.replace(/\.(?:TestPoint\.)?spec: /, '.usecase: spec: '),
					),
			);
			const meta = JSON.parse(
				fs.readFileSync(path.join(directory, 'meta.json'), 'utf8'),
			) as {counts: unknown};
			expect(run.counts).toEqual(meta.counts);
			const headlineOf = xmlHeadlines(xml);
			for (const failure of run.failures.filter(each => !isItem(each.id))) {
				expect(failure.headline).toBe(headlineOf(failure));
			}

			expect(run.complete).toBe(true);
		});
	}
});
