import {describe, expect, test} from 'vitest';
import {header, parseText, rule} from './helpers.js';

// The console parser on runs cut, interrupted or at odds with their final line (moved from pytest.test.ts).
describe('pytest console parser', () => {
	test('KeyboardInterrupt: incomplete with the reason, even with a final line', async () => {
		const log = [
			header,
			'collected 3 items',
			'',
			'tests/test_k.py::test_a PASSED                                           [ 33%]',
			'!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!! KeyboardInterrupt !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
			'/usr/lib/python3.11/time.py:1: KeyboardInterrupt',
			'(to show a full traceback on KeyboardInterrupt use --full-trace)',
			rule('1 passed in 3.00s'),
		].join('\n');
		const run = await parseText(log);
		expect(run.complete).toBe(false);
		expect(run.warnings.map(warning => warning.message).join('\n')).toContain(
			'KeyboardInterrupt',
		);
	});

	test('pytest.exit() with a long reason: one `!` a side, still the interruption (erfa, pytest 7.2)', async () => {
		const reason =
			'_pytest.outcomes.Exit: induced: the database went away, stopping the session';
		const log = [
			header,
			'collected 3 items',
			'',
			'tests/test_e.py::test_a FAILED                                           [ 33%]',
			'tests/test_e.py::test_b ',
			'',
			rule('1 failed in 0.55s'),
			`! ${reason} !`,
		].join('\n');
		const run = await parseText(log);
		expect(run.complete).toBe(false);
		expect(run.warnings.map(warning => warning.message)).toContain(
			`run was interrupted: ${reason}`,
		);
		// Text that only looks like it (a test's output) is not a title.
		const printed = await parseText(
			[
				header,
				'collected 1 item',
				'',
				'! careful !',
				'tests/test_e.py::test_a PASSED [100%]',
				rule('1 passed in 0.01s'),
			].join('\n'),
		);
		expect(printed.complete).toBe(true);
	});

	test('pytest.exit() with a returncode of its own: no summaries, so the failing tests go unnamed, and the warning says why', async () => {
		const log = [
			header,
			'collected 4 items',
			'',
			'tests/test_e.py F.F',
			'',
			rule('2 failed, 1 passed in 0.70s'),
			'!!!!!!!!!!!!!!!!!!!!!!! _pytest.outcomes.Exit: stop now !!!!!!!!!!!!!!!!!!!!!!!!',
		].join('\n');
		const run = await parseText(log);
		expect(run.complete).toBe(false);
		expect(run.warnings.map(warning => warning.message)).toEqual([
			'pytest counts 2 failing reports that the log never names (no FAILURES section and no short summary: pytest.exit() ended the session before its summaries); their F and E letters are in tests/test_e.py (2)',
			'run was interrupted: _pytest.outcomes.Exit: stop now',
		]);
	});

	test('INTERNALERROR with no FAILURES section', async () => {
		const log = [
			header,
			'collected 2 items',
			'',
			'tests/test_i.py::test_a PASSED                                           [ 50%]',
			'INTERNALERROR> Traceback (most recent call last):',
			'INTERNALERROR>   File "/usr/lib/python3/dist-packages/_pytest/main.py", line 270, in wrap_session',
			'INTERNALERROR>     session.exitstatus = doit(config, session) or 0',
			'INTERNALERROR> ValueError: plugin exploded',
			rule('1 passed in 0.10s'),
		].join('\n');
		const run = await parseText(log);
		expect(run.complete).toBe(false);
		expect(run.warnings.map(warning => warning.message).join('\n')).toContain(
			'INTERNALERROR: ValueError: plugin exploded',
		);
	});

	test('a log cut off mid-run parses what is there and warns', async () => {
		const log = [
			header,
			'collected 30 items',
			'',
			'tests/test_t.py::test_a PASSED                                           [  3%]',
			'tests/test_t.py::test_b FAILED                                           [  6%]',
			'tests/test_t.py::test_c PAS',
		].join('\n');
		const run = await parseText(log);
		expect(run.complete).toBe(false);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'tests/test_t.py::test_b',
		]);
		expect(run.warnings.at(-1)!.message).toContain('truncated');
	});

	test('only the tail of a run: FAILURES headers mapped through the short summary', async () => {
		const log = [
			'E   assert 0',
			rule('test_tail_b', '_'),
			'tests/sub/test_t.py:8: in test_tail_b',
			"E   KeyError: 'k'",
			rule('short test summary info'),
			'FAILED tests/sub/test_t.py::test_tail_a - assert 0',
			"FAILED tests/sub/test_t.py::test_tail_b - KeyError: 'k'",
			'2 failed, 10 passed in 1.00s',
		].join('\n');
		const run = await parseText(log);
		expect(run.complete).toBe(false);
		expect(run.failures.map(failure => [failure.id, failure.headline])).toEqual(
			[
				['tests/sub/test_t.py::test_tail_a', 'AssertionError: assert 0'],
				['tests/sub/test_t.py::test_tail_b', "KeyError: 'k'"],
			],
		);
	});

	test('parsed outcomes that disagree with the final line: incomplete, never silently wrong', async () => {
		const log = [
			header,
			'collected 2 items',
			'',
			'tests/test_m.py::test_a PASSED',
			rule('2 passed in 0.01s'),
		].join('\n');
		const run = await parseText(log);
		expect(run.complete).toBe(false);
		expect(run.warnings.at(-1)!.message).toContain(
			'passed 1 parsed vs 2 reported',
		);
	});

	test('same test name in two files: the traceback picks the file', async () => {
		const log = [
			header,
			'collected 2 items',
			'',
			'tests/a/test_x.py::test_same FAILED                                      [ 50%]',
			'tests/b/test_x.py::test_same FAILED                                      [100%]',
			rule('FAILURES'),
			rule('test_same', '_'),
			'tests/b/test_x.py:2: in test_same',
			'E   ValueError: from b',
			rule('test_same', '_'),
			'tests/a/test_x.py:2: in test_same',
			'E   ValueError: from a',
			rule('2 failed in 0.01s'),
		].join('\n');
		const run = await parseText(log);
		expect(run.failures.map(failure => [failure.id, failure.headline])).toEqual(
			[
				['tests/a/test_x.py::test_same', 'ValueError: from a'],
				['tests/b/test_x.py::test_same', 'ValueError: from b'],
			],
		);
	});

	test('--tb=no: headlines from the short summary', async () => {
		const log = [
			header,
			'collected 1 item',
			'',
			'tests/test_n.py F                                                        [100%]',
			rule('short test summary info'),
			'FAILED tests/test_n.py::test_n - RuntimeError: boom',
			rule('1 failed in 0.01s'),
		].join('\n');
		const run = await parseText(log);
		expect(run.complete).toBe(true);
		expect(run.failures[0]).toMatchObject({
			id: 'tests/test_n.py::test_n',
			headline: 'RuntimeError: boom',
		});
	});

	test('warnings summary lines that look like ids are not tests', async () => {
		const log = [
			header,
			'collected 1 item',
			'',
			'tests/test_w.py .                                                        [100%]',
			rule('warnings summary'),
			'tests/test_w.py::test_w',
			'  /src/app/x.py:1: DeprecationWarning: old',
			'tests/test_w.py: 12 warnings',
			rule('1 passed, 13 warnings in 0.01s'),
		].join('\n');
		const run = await parseText(log);
		expect(run.complete).toBe(true);
		expect(run.tests.toArray()).toEqual([]);
	});
});
