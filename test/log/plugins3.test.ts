import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {parseText, rule} from './helpers.js';

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
