import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {header9, parseText, rule} from './helpers.js';

// Round 4 of fixtures/plugins (its README): real runs of pytest plugins, each with its XML.
const plugins = path.resolve('fixtures/plugins');

describe('pytest-bdd’s --gherkin-terminal-reporter: a scenario’s teardown error is a second report', () => {
	for (const name of [
		'bddmore-gherkin-p7-v',
		'bddmore-gherkin-p7-vv',
		'bddmore-gherkin-p7-v-rA-tbline',
	]) {
		test(`${name}: the scenario passed, then its teardown failed`, async () => {
			const run = await readLog(path.join(plugins, name, 'run.log'));
			expect(run.warnings).toEqual([]);
			expect(run.complete).toBe(true);
			const id = 'tests/test_login.py::test_session_left_open';
			expect(
				run.tests
					.toArray()
					.filter(item => item.id === id)
					.map(item => [item.outcome, item.phase]),
			).toEqual([
				['passed', 'call'],
				['error', 'teardown'],
			]);
			expect(
				run.failures
					.filter(failure => failure.id === id)
					.map(failure => [failure.phase, failure.headline]),
			).toEqual([
				['teardown', 'RuntimeError: session for carol still open at teardown'],
			]);
		});
	}

	const entries = [
		rule('ERRORS'),
		rule('ERROR at teardown of test_open', '_'),
		'',
		'>       raise RuntimeError("still open")',
		'E       RuntimeError: still open',
		'',
		'tests/test_login.py:9: RuntimeError',
		rule('FAILURES'),
		rule('test_wrong', '_'),
		'',
		'>       assert False, "refused"',
		'E       AssertionError: refused',
		'',
		'tests/test_login.py:20: AssertionError',
		rule('short test summary info'),
		'FAILED tests/test_login.py::test_wrong - AssertionError: refused',
		'ERROR tests/test_login.py::test_open - RuntimeError: still open',
	];

	test('-v: `    Scenario: … PASSED`, then the same line ending with ERROR', async () => {
		const run = await parseText(
			[
				header9(),
				'tests/test_login.py::test_open ',
				'Feature: Login',
				'    Scenario: Session left open PASSED',
				'Feature: Login',
				'    Scenario: Session left open ERROR',
				'',
				'tests/test_login.py::test_wrong ',
				'Feature: Login',
				'    Scenario: Wrong password FAILED',
				'Feature: Login',
				'    Scenario: Wrong password ERROR',
				'',
				'tests/test_login.py::test_good ',
				'Feature: Login',
				'    Scenario: Good password PASSED',
				'',
				...entries.slice(0, 7),
				rule('ERROR at teardown of test_wrong', '_'),
				'',
				'>       raise RuntimeError("still open")',
				'E       RuntimeError: still open',
				'',
				'tests/test_login.py:9: RuntimeError',
				...entries.slice(7),
				'ERROR tests/test_login.py::test_wrong - RuntimeError: still open',
				rule('1 failed, 2 passed, 2 errors in 0.10s'),
			].join('\n'),
		);
		expect(run.warnings).toEqual([]);
		expect(run.complete).toBe(true);
		expect(
			run.tests.toArray().map(item => [item.id, item.outcome, item.phase]),
		).toEqual([
			['tests/test_login.py::test_open', 'passed', 'call'],
			['tests/test_login.py::test_open', 'error', 'teardown'],
			['tests/test_login.py::test_wrong', 'failed', 'call'],
			['tests/test_login.py::test_wrong', 'error', 'teardown'],
			['tests/test_login.py::test_good', 'passed', 'call'],
		]);
	});

	test('-vv: the words alone under the steps, `    PASSED` then `    ERROR`', async () => {
		const run = await parseText(
			[
				header9(),
				'tests/test_login.py::test_open <- pytest_bdd/scenario.py ',
				'Feature: Login',
				'    Scenario: Session left open',
				'        Given a user carol',
				'    PASSED',
				'',
				'Feature: Login',
				'    Scenario: Session left open',
				'        Given a user carol',
				'    ERROR',
				'',
				'',
				'tests/test_login.py::test_wrong <- pytest_bdd/scenario.py ',
				'Feature: Login',
				'    Scenario: Wrong password',
				'        Given a user alice',
				'    FAILED',
				'',
				'',
				...entries,
				rule('1 failed, 1 passed, 1 error in 0.10s'),
			].join('\n'),
		);
		expect(run.warnings).toEqual([]);
		expect(run.complete).toBe(true);
		expect(
			run.tests.toArray().map(item => [item.id, item.outcome, item.phase]),
		).toEqual([
			['tests/test_login.py::test_open', 'passed', 'call'],
			['tests/test_login.py::test_open', 'error', 'teardown'],
			['tests/test_login.py::test_wrong', 'failed', 'call'],
		]);
	});

	test('-s: a test’s output ending with words, the same text before them, is still output (the last word is the test’s)', async () => {
		const run = await parseText(
			[
				header9('collected 1 item'),
				'tests/test_a.py::test_one status:',
				'checking ... FAILED',
				'checking ... PASSED',
				'ERROR',
				'PASSED',
				rule('1 passed in 0.10s'),
			].join('\n'),
		);
		expect(run.warnings).toEqual([]);
		expect(
			run.tests.toArray().map(item => [item.id, item.outcome, item.phase]),
		).toEqual([['tests/test_a.py::test_one', 'passed', 'call']]);
	});
});

describe('pytest-sugar’s -v line names a test by the file that defines it', () => {
	test('sugar-inherit-p7-v: the failing inherited test takes the short summary’s id, counted once', async () => {
		const run = await readLog(
			path.join(plugins, 'sugar-inherit-p7-v', 'run.log'),
		);
		expect(run.warnings).toEqual([]);
		expect(run.complete).toBe(true);
		expect(run.failures.map(failure => [failure.id, failure.headline])).toEqual(
			[
				[
					'tests/test_impl.py::TestBig::test_small',
					'AssertionError: 50 is large',
				],
			],
		);
		// A passing test's own file is in no line: it keeps the file sugar printed.
		expect(run.tests.toArray().map(item => item.id)).toContain(
			'tests/base.py::TestOne::test_positive',
		);
	});

	const failing = async (files: string[]) =>
		parseText(
			[
				header9(),
				'tests/a.py::test_same FAILED                                   [ 50%]',
				'tests/b.py::test_other PASSED                                  [100%]',
				'',
				rule('FAILURES'),
				rule('test_same', '_'),
				'',
				'>       assert False',
				'E       assert False',
				'',
				'tests/a.py:2: AssertionError',
				rule('short test summary info'),
				...files.map(file => `FAILED ${file}::test_same - assert False`),
				rule(`${files.length} failed, 1 passed in 0.10s`),
			].join('\n'),
		);

	test('a summary id no line named takes the one failing test of that name under another file', async () => {
		const run = await failing(['tests/c.py']);
		expect(run.complete).toBe(true);
		expect(run.tests.toArray().map(item => [item.id, item.outcome])).toEqual([
			['tests/c.py::test_same', 'failed'],
			['tests/b.py::test_other', 'passed'],
		]);
	});

	test('not when the summary names that test too: two failures', async () => {
		const run = await failing(['tests/a.py', 'tests/c.py']);
		expect(run.tests.toArray().map(item => [item.id, item.outcome])).toEqual([
			['tests/a.py::test_same', 'failed'],
			['tests/b.py::test_other', 'passed'],
			['tests/c.py::test_same', 'failed'],
		]);
	});
});
