import {describe, expect, test} from 'vitest';
import {header9, parseText, rule} from './helpers.js';

// Shapes the fifteenth hunt's real runs showed (fixtures/hunt/README.md), as small logs.

describe('the fifteenth hunt', () => {
	test('a message pytest prints as it is holds headers narrower or wider than the terminal: they are its text', async () => {
		const party = `${'_'.repeat(32)} test_party[🎉] ${'_'.repeat(32)}`;
		const run = await parseText(
			[
				header9('collected 4 items'),
				'tests/test_a.py F.FF                                                     [100%]',
				'',
				rule('FAILURES'),
				rule('test_remote', '_'),
				'deploy check failed on 2 of 3 hosts',
				'______________ web-1 ______________',
				'disk full',
				`${'_'.repeat(42)} web-2 (eu-west, canary) ${'_'.repeat(42)}`,
				'timeout after 30s',
				party,
				'',
				'>   assert party == "🎂"',
				"E   AssertionError: assert '🎉' == '🎂'",
				'',
				'tests/test_a.py:9: AssertionError',
				rule('test_last', '_'),
				'',
				'>   assert 1 == 2',
				'E   assert 1 == 2',
				'',
				'tests/test_a.py:12: AssertionError',
				rule('3 failed, 1 passed in 0.10s'),
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.failures.map(failure => [failure.id, failure.headline])).toEqual(
			[
				[
					'tests/test_a.py::test_remote',
					'Failed: deploy check failed on 2 of 3 hosts',
				],
				[
					'tests/test_a.py::test_party[🎉]',
					"AssertionError: assert '🎉' == '🎂'",
				],
				['tests/test_a.py::test_last', 'AssertionError: assert 1 == 2'],
			],
		);
	});

	test("-v -s: output ending in an outcome word right after the id is the test's; pytest's word comes alone later", async () => {
		const run = await parseText(
			[
				header9('collected 5 items'),
				'tests/test_a.py::test_selftest crypto self-test: FAILED',
				'PASSED',
				'tests/test_a.py::test_probe driver probe ... PASSED',
				'FAILED',
				'tests/test_a.py::test_glued value 2 FAILED',
				'tests/test_a.py::test_marked codec: SKIPPED',
				'PASSED                                    [ 80%]',
				'tests/test_a.py::test_last PASSED',
				'',
				rule('short test summary info'),
				'FAILED tests/test_a.py::test_probe - AssertionError',
				'FAILED tests/test_a.py::test_glued - AssertionError',
				rule('2 failed, 3 passed in 0.10s'),
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.tests.map(test => [test.id, test.outcome])).toEqual([
			['tests/test_a.py::test_selftest', 'passed'],
			['tests/test_a.py::test_probe', 'failed'],
			['tests/test_a.py::test_glued', 'failed'],
			['tests/test_a.py::test_marked', 'passed'],
			['tests/test_a.py::test_last', 'passed'],
		]);
	});

	test('-s: lines a test prints that hold `::` (an IPv6 address, C++ names) are its output, not ids', async () => {
		const run = await parseText(
			[
				header9('collected 4 items'),
				'tests/test_a.py::test_server listening on [::1]:8080',
				'PASSED',
				'tests/test_a.py::test_native loaded std::vector<int>',
				'mylib::init status: FAILED',
				'engine::start FAILED',
				'retrying mylib::init',
				'PASSED',
				'tests/test_a.py::test_selftest self-test: FAILED',
				'fallback to ::1',
				'PASSED',
				'tests/test_a.py::test_last PASSED',
				'',
				rule('4 passed in 0.10s'),
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.tests.map(test => [test.id, test.outcome])).toEqual([
			['tests/test_a.py::test_server', 'passed'],
			['tests/test_a.py::test_native', 'passed'],
			['tests/test_a.py::test_selftest', 'passed'],
			['tests/test_a.py::test_last', 'passed'],
		]);
	});

	test('-q -s: a letter glued to output holding `::` and an outcome word is no -v line', async () => {
		const run = await parseText(
			[
				header9('collected 3 items'),
				'tests/test_a.py .engine::start FAILED',
				'.F',
				'',
				rule('FAILURES'),
				rule('test_c', '_'),
				'',
				'>   assert 0',
				'E   assert 0',
				'',
				'tests/test_a.py:9: AssertionError',
				rule('short test summary info'),
				'FAILED tests/test_a.py::test_c - assert 0',
				rule('1 failed, 2 passed in 0.10s'),
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.tests.map(test => [test.id, test.outcome])).toEqual([
			['tests/test_a.py::test_c', 'failed'],
		]);
	});

	test("-v -s: output that starts with an outcome word (ERROR: …) is the test's; pytest's word comes alone later", async () => {
		const run = await parseText(
			[
				header9('collected 3 items'),
				'tests/test_a.py::test_cache ERROR: could not reach the cache',
				'retry status: FAILED',
				'PASSED',
				'tests/test_a.py::test_db PASSEDclosing db',
				'cleanup: FAILED',
				'tests/test_a.py::test_last SKIPPED: nothing to do',
				'SKIPPED (no network)',
				'',
				rule('2 passed, 1 skipped in 0.10s'),
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.tests.map(test => [test.id, test.outcome])).toEqual([
			['tests/test_a.py::test_cache', 'passed'],
			['tests/test_a.py::test_db', 'passed'],
			['tests/test_a.py::test_last', 'skipped'],
		]);
	});

	test("-q -s: a test's `ERROR: …` first in the log is no usage error when tests ran", async () => {
		const run = await parseText(
			[
				'ERROR: could not reach the cache, using defaults',
				'..                                                                       [100%]',
				'2 passed in 0.10s',
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.counts).toMatchObject({passed: 2});
		expect(run.warnings).toEqual([]);
	});
});
