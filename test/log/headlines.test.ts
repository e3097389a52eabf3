import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {describeTraceback} from '../../source/log/traceback.js';

const traps = path.resolve('fixtures/traps');

async function headlinesOf(name: string): Promise<Record<string, string>> {
	const run = await readLog(path.join(traps, name, 'run.log'));
	return Object.fromEntries(
		run.failures.map(failure => [
			failure.id.split('::').pop()!,
			`${failure.exceptionType ?? '-'} | ${failure.headline}`,
		]),
	);
}

const flakyFailure =
	'hypothesis.errors.FlakyFailure | hypothesis.errors.FlakyFailure: Hypothesis test_flaky(value=0) produces unreliable results: Falsified on the first call but did not on a subsequent one (1 sub-exception)';

describe('headlines of real pytest 9 runs: exception groups and Hypothesis', () => {
	for (const name of [
		'headlines-p9-v',
		'headlines-p9-tbshort',
		'headlines-p9-tbnative',
	]) {
		test(name, async () => {
			const headlines = await headlinesOf(name);
			expect(headlines).toMatchObject({
				// Not `+ Exception Group Traceback (most recent call last):`: the group's own line.
				test_exception_group:
					'ExceptionGroup | ExceptionGroup: 2 workers failed (2 sub-exceptions)',
				// Chained groups: the one raised last, not the inner group it was handling.
				test_nested_group:
					'ExceptionGroup | ExceptionGroup: outer failure (2 sub-exceptions)',
				test_flaky: flakyFailure,
				test_deadline_flaky: expect.stringMatching(
					/^hypothesis\.errors\.FlakyFailure \| hypothesis\.errors\.FlakyFailure: Hypothesis test_deadline_flaky\(value=0\) produces unreliable results/,
				),
				test_multiple_errors:
					'ExceptionGroup | ExceptionGroup: Hypothesis found 2 distinct failures. (2 sub-exceptions)',
				test_warns_then_fails:
					'AssertionError | AssertionError: value 0 is not negative',
			});
			expect(headlines['test_deadline']).toMatch(
				/^hypothesis\.errors\.DeadlineExceeded \| hypothesis\.errors\.DeadlineExceeded: Test took \d+\.\d+ms, which exceeds the deadline of 50\.00ms/,
			);
		});
	}
});

describe('headlines of real pytest 7.2 runs (Hypothesis 6.67)', () => {
	for (const name of ['headlines-p7-v', 'headlines-p7-q']) {
		test(name, async () => {
			const headlines = await headlinesOf(name);
			expect(headlines).toMatchObject({
				test_exception_group:
					'ExceptionGroup | ExceptionGroup: 2 workers failed (2 sub-exceptions)',
				test_nested_group:
					'ExceptionGroup | ExceptionGroup: outer failure (2 sub-exceptions)',
				// Its E block quotes the first run's report, `E` lines and all: the Flaky line leads.
				test_flaky:
					'hypothesis.errors.Flaky | hypothesis.errors.Flaky: Hypothesis test_flaky(value=0) produces unreliable results: Falsified on the first call but did not on a subsequent one',
				test_deadline_flaky: expect.stringMatching(
					/^hypothesis\.errors\.Flaky \| hypothesis\.errors\.Flaky: Hypothesis test_deadline_flaky/,
				),
			});
		});
	}
});

describe('describeTraceback: which line is the headline', () => {
	test('warnings printed before the real error in an E block are not the headline', () => {
		expect(
			describeTraceback([
				'>       check(value)',
				'E       hypothesis.errors.HypothesisDeprecationWarning: `HealthCheck.all()` is deprecated',
				'E       NonInteractiveExampleWarning: The `.example()` method is good for exploring strategies',
				'E       ValueError: the real error',
				'E       Falsifying example: test_x(',
				'E           value=0,',
				'E       )',
				'',
				'tests/test_x.py:9: ValueError',
			]),
		).toMatchObject({
			headline: 'ValueError: the real error',
			exceptionType: 'ValueError',
		});
	});

	test('a warning alone is the error (-W error)', () => {
		expect(
			describeTraceback([
				'E   DeprecationWarning: preserve_random_state is deprecated',
				'',
				'utils/decorators.py:10: DeprecationWarning',
			]),
		).toMatchObject({
			headline: 'DeprecationWarning: preserve_random_state is deprecated',
			exceptionType: 'DeprecationWarning',
		});
	});

	test('a warning the crash location names is the error, its message’s later lines no exception of their own', () => {
		// pytest 9 errors on a sync test that requests an async fixture (jeepney's tests under -p no:asyncio).
		const warning =
			"pytest.PytestRemovedIn9Warning: 'test_connect' requested an async fixture 'connection', with no plugin or hook that handled it.";
		expect(
			describeTraceback([
				'>               warnings.warn(',
				'E               ' + warning,
				'E               See: https://docs.pytest.org/en/stable/deprecations.html#sync-test-depending-on-async-fixture',
				'',
				'/opt/python3.11/lib/python3.11/site-packages/_pytest/fixtures.py:1188: PytestRemovedIn9Warning',
			]),
		).toMatchObject({
			headline: warning,
			exceptionType: 'pytest.PytestRemovedIn9Warning',
		});
	});

	test('--tb=short, no crash line: after a warning, a line whose type Python would not print so is its message’s', () => {
		const warning =
			"pytest.PytestRemovedIn9Warning: 'test_connect' requested an async fixture 'connection', with no plugin or hook that handled it.";
		expect(
			describeTraceback([
				'/opt/python3.11/lib/python3.11/site-packages/_pytest/fixtures.py:1188: in pytest_fixture_setup',
				'    warnings.warn(',
				'E   ' + warning,
				'E   See: https://docs.pytest.org/en/stable/deprecations.html#sync-test-depending-on-async-fixture',
			]),
		).toMatchObject({headline: warning});
		// A type Python prints (a built-in's ending, a module in front, pytest's outcomes) is still the real error.
		for (const real of [
			'KeyError: 3',
			'hypothesis.errors.Unsatisfiable: no examples',
			'Failed: DID NOT RAISE',
		]) {
			expect(
				describeTraceback([
					'E   hypothesis.errors.HypothesisDeprecationWarning: `HealthCheck.all()` is deprecated',
					'E   ' + real,
				]).headline,
			).toBe(real);
		}
	});

	test('an E block after the group was printed: the later exception wins', () => {
		expect(
			describeTraceback([
				'  + Exception Group Traceback (most recent call last):',
				'  | ExceptionGroup: first (1 sub-exception)',
				'  +-+---------------- 1 ----------------',
				'    | KeyError: 1',
				'    +------------------------------------',
				'',
				'During handling of the above exception, another exception occurred:',
				'',
				'>       raise RuntimeError("cleanup failed")',
				'E       RuntimeError: cleanup failed',
				'',
				'tests/test_g.py:7: RuntimeError',
			]).headline,
		).toBe('RuntimeError: cleanup failed');
	});

	test('a group raised while handling an E-line exception: the group wins', () => {
		expect(
			describeTraceback([
				'E       KeyError: 1',
				'',
				'tests/test_g.py:3: KeyError',
				'',
				'During handling of the above exception, another exception occurred:',
				'  + Exception Group Traceback (most recent call last):',
				'  |   File "/src/tests/test_g.py", line 5, in test_g',
				'  |     raise ExceptionGroup("many", [KeyError(1)])',
				'  | ExceptionGroup: many (1 sub-exception)',
				'  +-+---------------- 1 ----------------',
				'    | KeyError: 1',
				'    +------------------------------------',
			]),
		).toMatchObject({
			headline: 'ExceptionGroup: many (1 sub-exception)',
			exceptionType: 'ExceptionGroup',
		});
	});
});

describe('headlines under an assertion explanation (real pytest 9 and 7.2 runs)', () => {
	for (const name of [
		'explained-p9-v',
		'explained-p9-tblong',
		'explained-p7-tbshort',
		'explained-p7-q',
	]) {
		test(name, async () => {
			const headlines = await headlinesOf(name);
			expect(headlines).toMatchObject({
				// Not `Obtained: 3.5500345148411965`, pytest.approx's explanation line under it.
				test_approx_scalar: expect.stringMatching(
					/^AssertionError \| AssertionError: assert 3\.5500345148411965 == 2\.15 ± /,
				),
				test_approx_list:
					'AssertionError | AssertionError: assert [1.0, 2.0, 3.5] == approx([1.0 ±....0 ± 3.0e-06])',
				test_dataclass_fields:
					"AssertionError | AssertionError: assert Quote(Price=1...urrency='EUR') == Quote(Price=1...urrency='EUR')",
				test_assert_message_with_colon:
					'AssertionError | AssertionError: Expected: 4 items',
				test_value_error_after_text:
					'ValueError | ValueError: Obtained: an unexpected shape',
			});
		});
	}
});
