import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {header9, parseText, rule} from './helpers.js';

// Round 3 of fixtures/plugins (its README): real runs of pytest plugins, each with its XML.
const plugins = path.resolve('fixtures/plugins');

describe('xdist 3.8 under --tb=line: a crashed worker’s report is its own entry', () => {
	test('xdist-p9-rA-worksteal-crash-tbline: each failure keeps its own headline', async () => {
		const run = await readLog(
			path.join(plugins, 'xdist-p9-rA-worksteal-crash-tbline', 'run.log'),
		);
		expect(run.failures.map(failure => [failure.id, failure.headline])).toEqual(
			[
				[
					'tests/test_worker.py::test_db_native_driver',
					"worker 'gw0' crashed while running 'tests/test_worker.py::test_db_native_driver'",
				],
				[
					'tests/test_worker.py::test_slow_batch[4]',
					'AssertionError: batch 4 rejected',
				],
				[
					'tests/test_worker.py::test_parse_negative',
					'AssertionError: sign dropped',
				],
			],
		);
	});

	test('the crash’s text, then its first 50 characters, after the worker’s line: the entry ends there', async () => {
		const run = await parseText(
			[
				'..F.F                                                                    [100%]',
				rule('FAILURES'),
				'[gw1] linux -- Python 3.12.1 /usr/bin/python3',
				"worker 'gw1' crashed while running 'pkg/tests/test_io.py::test_mmap_large'",
				"worker 'gw1' crashed while running 'pkg/tests/test",
				'[gw0] linux -- Python 3.12.1 /usr/bin/python3',
				'E   ValueError: bad header',
				'/src/app/pkg/tests/test_io.py:31: ValueError: bad header',
				rule('short test summary info'),
				"FAILED pkg/tests/test_io.py::test_mmap_large - worker 'gw1' crashed while...",
				'FAILED pkg/tests/test_io.py::test_header - ValueError: bad header',
				'2 failed, 3 passed in 0.52s',
			].join('\n'),
		);
		expect(run.failures.map(failure => [failure.id, failure.headline])).toEqual(
			[
				[
					'pkg/tests/test_io.py::test_mmap_large',
					"worker 'gw1' crashed while running 'pkg/tests/test_io.py::test_mmap_large'",
				],
				['pkg/tests/test_io.py::test_header', 'ValueError: bad header'],
			],
		);
	});
});

describe('pytest-instafail under xdist at the default verbosity (letters with no `[ NN%]` until the last)', () => {
	const expected = [
		[
			'tests/test_more.py::test_env',
			'failed/call',
			"AssertionError: assert 'dev' == 'prod'",
		],
		[
			'tests/test_shop.py::test_currency[US D]',
			'failed/call',
			"AssertionError: bad code 'US D'",
		],
		[
			'tests/test_shop.py::test_currency[\\xfc::x[1]]',
			'failed/call',
			"AssertionError: bad code 'ü::x[1]'",
		],
		[
			'tests/test_shop.py::test_discount',
			'failed/call',
			'AssertionError: discount is wrong',
		],
		[
			'tests/test_shop.py::test_uses_db',
			'error/setup',
			'ConnectionError: database at 10.0.0.7:5432 refused the connection',
		],
		[
			'tests/test_shop.py::test_cleanup',
			'error/teardown',
			'RuntimeError: temp dir still in use at teardown',
		],
		[
			'tests/test_shop.py::TestCart::test_remove',
			'failed/call',
			"KeyError: 'b'",
		],
	];
	const sorted = (rows: string[][]) =>
		rows.toSorted((a, b) => a[0]!.localeCompare(b[0]!));

	test('instafail-p7-n2: each report printed after its failing letter is the failure’s (whole headline, its phase)', async () => {
		const run = await readLog(path.join(plugins, 'instafail-p7-n2', 'run.log'));
		expect(
			sorted(
				run.failures.map(failure => [
					failure.id,
					`${failure.outcome}/${failure.phase}`,
					failure.headline,
				]),
			),
		).toEqual(sorted(expected));
		expect(run.warnings).toEqual([]);
	});

	test('instafail-sugar-p7-n2: sugar’s symbols as the letters, and its FAILED for a report headed ERROR at setup/teardown an error', async () => {
		const run = await readLog(
			path.join(plugins, 'instafail-sugar-p7-n2', 'run.log'),
		);
		expect(
			sorted(
				run.failures.map(failure => [
					failure.id,
					`${failure.outcome}/${failure.phase}`,
					failure.headline,
				]),
			),
		).toEqual(sorted(expected));
		// pytest's final line counts sugar's categories (errors as failures): the counts are its, and triage says so.
		expect(run.counts.failed).toBe(7);
		expect(run.warnings.length).toBe(1);
	});

	test('instafail-sugar-p7-q: -q, no header to name sugar, the log starting with its symbols: read as with -n 2', async () => {
		const run = await readLog(
			path.join(plugins, 'instafail-sugar-p7-q', 'run.log'),
		);
		expect(
			sorted(
				run.failures.map(failure => [
					failure.id,
					`${failure.outcome}/${failure.phase}`,
					failure.headline,
				]),
			),
		).toEqual(sorted(expected));
		expect(run.counts.failed).toBe(7);
	});

	for (const name of ['instafail-sugar-p7-v', 'instafail-sugar-p7-v-n2']) {
		test(`${name}: sugar’s FAILED in a -v line, then the report headed ERROR at setup/teardown, is that error; its xfail is XFAIL`, async () => {
			const run = await readLog(path.join(plugins, name, 'run.log'));
			expect(
				sorted(
					run.failures.map(failure => [
						failure.id,
						`${failure.outcome}/${failure.phase}`,
						failure.headline,
					]),
				),
			).toEqual(sorted(expected));
			expect(run.complete).toBe(true);
			expect(
				run.tests.find(test => test.id.endsWith('::test_rounding'))?.outcome,
			).toBe('xfailed');
		});
	}

	test('a report right after letters ending in F, before any `[ NN%]`, with a banner: the test’s report', async () => {
		const run = await parseText(
			[
				...header9().split('\n').slice(0, 3),
				'gw0 [3] / gw1 [3]',
				'',
				'.F',
				rule('test_b', '_'),
				'[gw1] linux -- Python 3.11.2 /usr/bin/python3',
				'',
				'    def test_b():',
				'>       assert 1 == 2',
				'E       assert 1 == 2',
				'',
				'tests/test_a.py:5: AssertionError',
				'.                                                                        [100%]',
				rule('short test summary info'),
				'FAILED tests/test_a.py::test_b - assert 1 == 2',
				rule('1 failed, 2 passed in 0.52s'),
			].join('\n'),
		);
		expect(run.failures.map(failure => [failure.id, failure.headline])).toEqual(
			[['tests/test_a.py::test_b', 'AssertionError: assert 1 == 2']],
		);
		expect(run.warnings).toEqual([]);
	});
});
