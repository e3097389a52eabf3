import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';

// pytest-instafail prints each failure's report among the progress lines and no FAILURES section (fixtures/hunt).
describe('pytest-instafail: reports among the progress lines are the failures tracebacks', () => {
	const expected = [
		[
			'instafail/test_instafail.py::test_mismatch',
			'call',
			'AssertionError: assert 6 == 7',
		],
		[
			'instafail/test_instafail.py::test_uses_service',
			'setup',
			'ConnectionRefusedError: [Errno 111] Connection refused',
		],
		[
			'instafail/test_instafail.py::test_teardown_fails',
			'teardown',
			/^PermissionError: \[Errno 13] Permission denied: /,
		],
		[
			'instafail/test_instafail.py::test_param[b c]',
			'call',
			"AssertionError: assert ' ' not in 'b c'",
		],
		[
			'instafail/test_instafail.py::test_last_fails',
			'call',
			"KeyError: 'missing'",
		],
	] as const;

	for (const name of [
		'instafail-p7-v',
		'instafail-p7-q',
		'instafail-p7-v-n2',
		'instafail-p7-rA-tbshort',
	]) {
		test(name, async () => {
			const run = await readLog(path.resolve('fixtures/hunt', name, 'run.log'));
			expect(run.complete).toBe(true);
			expect(run.warnings).toEqual([]);
			const byId = new Map(run.failures.map(failure => [failure.id, failure]));
			expect([...byId.keys()].toSorted()).toEqual(
				expected.map(([id]) => id).toSorted(),
			);
			for (const [id, phase, headline] of expected) {
				const failure = byId.get(id)!;
				expect(failure.phase).toBe(phase);
				expect(failure.headline).toMatch(headline);
				// The report's own lines, not the next test's progress line.
				expect(failure.traceback).toMatch(/^E {3}/m);
				expect(failure.traceback).not.toMatch(
					/PASSED|FAILED|ERROR|\[ *\d+%]|test_instafail\.py [.FE]/,
				);
			}

			expect(
				byId.get('instafail/test_instafail.py::test_mismatch')!.captured,
			).toEqual([{name: 'Captured stdout call', text: 'computing totals'}]);
		});
	}
});
