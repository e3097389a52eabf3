import {describe, expect, test} from 'vitest';
import {parseText, rule} from './helpers.js';

// pytest-sugar 0.9.6's output (source/log/pytest/sugar.ts), as its real runs in fixtures/plugins print it.
const banner = [
	'Test session starts (platform: linux, Python 3.11.2, pytest 7.2.1, pytest-sugar 0.9.6)',
	'rootdir: /src/shop, configfile: pytest.ini',
	'plugins: sugar-0.9.6, xdist-3.1.0',
	'',
].join('\n');
const sugarRule = (title: string) => rule(title, '―');
const bar = (percent: number) => `${String(percent).padStart(4)}% ████▌     `;
/** A progress line redrawn in place: each drawing after a CR, the colours of a terminal. */
const drawn = (...drawings: string[]) =>
	drawings.map(drawing => `\r \u001B[36m${drawing}\u001B[0m`).join('') + '\r\n';

const report = (title: string, error: string, where: string) =>
	[
		'',
		sugarRule(title),
		'',
		'    def test():',
		`>       ${error}`,
		`E       ${error}`,
		'',
		`${where}: ${error.split(':')[0]!}`,
		'',
	].join('\n');

const summary = (...lines: string[]) =>
	[rule('short test summary info'), ...lines].join('\n');

const results = [
	'',
	'Results (0.13s):',
	'\u001B[32m       3 passed\u001B[0m',
	'\u001B[31m       1 failed\u001B[0m',
	'         - tests/test_a.py:8 TestCart.test_remove',
	'\u001B[31m       1 error\u001B[0m',
	'\u001B[32m       1 xfailed\u001B[0m',
	'',
].join('\n');

describe('pytest-sugar', () => {
	test('-v: its lines are the tests, its reports the failures, its Results the counts', async () => {
		const log = [
			banner,
			drawn(`tests/test_a.py::test_total ✓ ${bar(20)}`),
			report('TestCart.test_remove', "KeyError: 'b'", 'tests/test_a.py:8'),
			drawn(
				`tests/test_a.py::TestCart.test_remove ⨯ ${bar(40)}`,
				`tests/test_a.py::TestCart.test_remove ⨯ ${bar(50)}`,
			),
			drawn(`tests/test_a.py::test_rounding[1.5] x ${bar(60)}`),
			drawn(`tests/test_a.py::test_cleanup ✓ ${bar(80)}`),
			report(
				'ERROR at setup of test_uses_db',
				'ConnectionError: refused',
				'tests/test_a.py:3',
			),
			drawn(`tests/test_a.py::test_last ✓ ${bar(100)}`),
			summary(
				'PASSED tests/test_a.py::test_uses_db',
				'PASSED tests/test_a.py::test_rounding[1.5]',
				'xfail tests/test_a.py::test_rounding[1.5] - known bug',
				"FAILED tests/test_a.py::TestCart::test_remove - KeyError: 'b'",
				'FAILED tests/test_a.py::test_uses_db - ConnectionError: refused',
			),
			results,
		].join('\n');
		const run = await parseText(log);
		expect(run.complete).toBe(true);
		expect(run.warnings).toEqual([]);
		expect(run.counts).toMatchObject({
			passed: 3,
			failed: 1,
			error: 1,
			xfailed: 1,
		});
		expect(
			run.tests
				.map(test => `${test.id} ${test.outcome} ${test.phase ?? ''}`)
				.toSorted(),
		).toEqual([
			'tests/test_a.py::TestCart::test_remove failed call',
			'tests/test_a.py::test_cleanup passed call',
			'tests/test_a.py::test_last passed call',
			'tests/test_a.py::test_rounding[1.5] xfailed call',
			'tests/test_a.py::test_total passed call',
			'tests/test_a.py::test_uses_db error setup',
		]);
		expect(
			run.failures.map(
				failure => `${failure.id} ${failure.phase}: ${failure.headline}`,
			),
		).toEqual([
			"tests/test_a.py::TestCart::test_remove call: KeyError: 'b'",
			'tests/test_a.py::test_uses_db setup: ConnectionError: refused',
		]);
	});

	test('default verbosity: a file’s line redrawn with each symbol counts each once', async () => {
		const log = [
			banner,
			drawn(`tests/test_a.py ✓ ${bar(25)}`, `tests/test_a.py ✓⨯ ${bar(50)}`),
			report('test_b', 'AssertionError: no', 'tests/test_a.py:5'),
			drawn(`tests/test_a.py ✓ ${bar(75)}`, `tests/test_a.py ✓s ${bar(100)}`),
			summary('FAILED tests/test_a.py::test_b - AssertionError: no'),
			'',
			'Results (0.05s):',
			'       2 passed',
			'       1 failed',
			'         - tests/test_a.py:4 test_b',
			'       1 skipped',
			'',
		].join('\n');
		const run = await parseText(log);
		expect(run.complete).toBe(true);
		expect(run.warnings).toEqual([]);
		expect(run.counts).toMatchObject({passed: 2, failed: 1, skipped: 1});
		expect(run.failures.map(failure => failure.id)).toEqual([
			'tests/test_a.py::test_b',
		]);
	});

	test('a collection error is an error its Results do not count; -v’s `R✓` is a rerun, then a pass', async () => {
		const log = [
			banner,
			'',
			sugarRule('ERROR collecting tests/test_broken.py'),
			"ImportError while importing test module '/src/shop/tests/test_broken.py'.",
			"E   ModuleNotFoundError: No module named 'nope'",
			drawn(`tests/test_a.py::test_flaky R✓ ${bar(100)}`),
			summary('FAILED tests/test_broken.py'),
			'',
			'Results (0.05s):',
			'       1 passed',
			'       1 rerun',
			'',
		].join('\n');
		const run = await parseText(log);
		expect(run.complete).toBe(true);
		expect(run.warnings).toEqual([]);
		expect(run.counts).toMatchObject({passed: 1, error: 1, rerun: 1});
		expect(run.tests).toContainEqual(
			expect.objectContaining({
				id: 'tests/test_a.py::test_flaky',
				outcome: 'passed',
				reruns: 1,
			}),
		);
		expect(
			run.failures.map(failure => `${failure.id} ${failure.phase}`),
		).toEqual(['tests/test_broken.py collect']);
	});

	test('-v -n 2: xdist’s line names the file only; sugar’s line after it (the cursor moved up) names the test', async () => {
		const worker = (word: string, file: string, after = '') =>
			`[gw0] ${word} ${file} ${after ? `\u001B[1A ${after}\u001B[1B` : ''}\n`;
		const log = [
			banner,
			worker(
				'PASSED',
				'tests/test_a.py',
				`tests/test_a.py::test_ok ✓ ${bar(33)}`,
			),
			report('test_b', 'AssertionError: no', 'tests/test_a.py:5'),
			worker(
				'FAILED',
				'tests/test_a.py',
				`tests/test_a.py::test_b ⨯ ${bar(66)}`,
			),
			// A teardown error's report drawn over its test: xdist’s line alone.
			worker('PASSED', 'tests/test_b.py'),
			worker(
				'PASSED',
				'tests/test_b.py',
				`tests/test_b.py::test_c ✓ ${bar(100)}`,
			),
			summary('FAILED tests/test_a.py::test_b - AssertionError: no'),
			'',
			'Results (0.05s):',
			'       2 passed',
			'       1 failed',
			'',
		].join('\n');
		const run = await parseText(log);
		expect(run.complete).toBe(true);
		expect(run.warnings).toEqual([]);
		expect(run.tests.map(test => `${test.id} ${test.outcome}`)).toEqual([
			'tests/test_a.py::test_ok passed',
			'tests/test_a.py::test_b failed',
			'tests/test_b.py::test_c passed',
		]);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'tests/test_a.py::test_b',
		]);
	});

	test('a line like sugar’s banner inside pytest’s own run is a line', async () => {
		const log = [
			rule('test session starts'),
			'platform linux -- Python 3.11.2, pytest-7.2.1, pluggy-1.0.0',
			'rootdir: /src/shop',
			'collected 1 item',
			'',
			'tests/test_a.py .                                                        [100%]',
			'',
			rule('1 passed in 0.01s'),
		].join('\n');
		const run = await parseText(log);
		expect(run.complete).toBe(true);
		expect(run.counts).toMatchObject({passed: 1});
	});
});
