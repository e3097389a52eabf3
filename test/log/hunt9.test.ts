import {describe, expect, test} from 'vitest';
import {header9, parseText, rule} from './helpers.js';

// Shapes the ninth hunt's real runs showed (fixtures/real-suites/README.md, record-hunt9.sh), as small logs.

describe('the ninth hunt', () => {
	test('-v -s: an outcome word inside what a test printed after its id is output; the outcome comes later', async () => {
		const run = await parseText(
			[
				header9(),
				'tests/test_a.py::test_one PASSED',
				'tests/test_a.py::test_errors {CLIENT: IDLE, SERVER: ERROR}',
				'{CLIENT: ERROR, SERVER: IDLE}',
				'PASSED',
				'tests/test_a.py::test_three PASSEDteardown: closing',
				'',
				rule('3 passed in 0.10s'),
			].join('\n'),
		);
		expect(run.counts).toMatchObject({passed: 3, error: 0});
		expect(run.complete).toBe(true);
		expect(run.tests.map(item => [item.id, item.outcome])).toEqual([
			['tests/test_a.py::test_one', 'passed'],
			['tests/test_a.py::test_errors', 'passed'],
			['tests/test_a.py::test_three', 'passed'],
		]);
		expect(run.failures).toEqual([]);
	});
});

describe('the ninth hunt: -v -s output that ends with outcome words', () => {
	test('the last outcome word before the next id is the test’s; the words its output printed before are not', async () => {
		const run = await parseText(
			[
				header9(),
				'tests/test_a.py::test_one status:',
				'FAILED',
				'ERROR',
				'SKIPPED (not configured)',
				'[ 50%]',
				'checking ... PASSED',
				'tests/test_a.py::test_two status:',
				'XFAIL',
				'checking ... FAILED',
				'tests/test_a.py::test_three PASSED',
				'',
				rule('FAILURES'),
				rule('test_two', '_'),
				'',
				'>       raise AssertionError("boom")',
				'E       AssertionError: boom',
				'',
				'tests/test_a.py:9: AssertionError',
				rule('short test summary info'),
				'FAILED tests/test_a.py::test_two - AssertionError: boom',
				rule('1 failed, 2 passed in 0.10s'),
			].join('\n'),
		);
		expect(run.warnings).toEqual([]);
		expect(run.complete).toBe(true);
		expect(run.tests.map(item => [item.id, item.outcome])).toEqual([
			['tests/test_a.py::test_one', 'passed'],
			['tests/test_a.py::test_two', 'failed'],
			['tests/test_a.py::test_three', 'passed'],
		]);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'AssertionError: boom',
		]);
	});

	test('the last test’s outcome at the end of the log, after its output', async () => {
		const run = await parseText(
			[header9(), 'tests/test_a.py::test_one out', 'ERROR', 'PASSED'].join(
				'\n',
			),
		);
		expect(run.tests.map(item => [item.id, item.outcome])).toEqual([
			['tests/test_a.py::test_one', 'passed'],
		]);
	});
});

describe('the ninth hunt: -v --setup-show under pytest 9', () => {
	test('the outcome on the indented line after the fixtures’ SETUP lines is the named test’s', async () => {
		const run = await parseText(
			[
				header9(),
				'tests/test_a.py::test_one ',
				'        SETUP    F db',
				'        tests/test_a.py::test_one (fixtures used: db, request) PASSED',
				'        TEARDOWN F db',
				'tests/test_a.py::test_two ',
				'        SETUP    F db',
				'        tests/test_a.py::test_two (fixtures used: db, request) FAILED',
				'        TEARDOWN F db',
				'tests/test_a.py::test_three ',
				'        tests/test_a.py::test_three PASSED',
				'',
				rule('FAILURES'),
				rule('test_two', '_'),
				'',
				'>       assert 1 == 2',
				'E       assert 1 == 2',
				'',
				'tests/test_a.py:9: AssertionError',
				rule('short test summary info'),
				'FAILED tests/test_a.py::test_two - assert 1 == 2',
				rule('1 failed, 2 passed in 0.10s'),
			].join('\n'),
		);
		expect(run.warnings).toEqual([]);
		expect(run.complete).toBe(true);
		expect(run.tests.map(item => [item.id, item.outcome])).toEqual([
			['tests/test_a.py::test_one', 'passed'],
			['tests/test_a.py::test_two', 'failed'],
			['tests/test_a.py::test_three', 'passed'],
		]);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'tests/test_a.py::test_two',
		]);
	});
});

describe('the ninth hunt: -v -s, a teardown that prints a line ending with an outcome word', () => {
	test('pytest’s word glued to what the teardown printed is the outcome, whatever the line ends with', async () => {
		const run = await parseText(
			[
				header9(),
				'tests/test_a.py::test_one PASSEDrollback: ERROR',
				'',
				'tests/test_a.py::test_two call output',
				'PASSEDrollback: ERROR',
				'',
				'tests/test_a.py::test_three call output',
				'FAILED',
				'PASSEDcleanup',
				'closing: FAILED',
				'',
				rule('3 passed in 0.10s'),
			].join('\n'),
		);
		expect(run.warnings).toEqual([]);
		expect(run.tests.map(item => [item.id, item.outcome])).toEqual([
			['tests/test_a.py::test_one', 'passed'],
			['tests/test_a.py::test_two', 'passed'],
			['tests/test_a.py::test_three', 'passed'],
		]);
	});

	test('a word that goes on in capitals is output (`ERRORS: 0`); the word at the end of the line is the outcome', async () => {
		const run = await parseText(
			[
				header9('collected 1 item'),
				'tests/test_a.py::test_one ERRORS: 0 PASSED',
				'',
				rule('1 passed in 0.10s'),
			].join('\n'),
		);
		expect(run.tests.map(item => [item.id, item.outcome])).toEqual([
			['tests/test_a.py::test_one', 'passed'],
		]);
	});
});

describe('the ninth hunt: --log-cli-level, live logs that end with outcome words', () => {
	const lines = (outcome: string) => [
		header9('collected 2 items'),
		'tests/test_a.py::test_one ',
		rule('live log call', '-'),
		'WARNING  app:test_a.py:3 first attempt FAILED',
		'INFO     app:test_a.py:4 second attempt PASSED',
		outcome,
		rule('live log teardown', '-'),
		'WARNING  app:test_a.py:9 teardown: last check ERROR',
		'',
		'tests/test_a.py::test_two PASSED',
		'',
		rule('2 passed in 0.10s'),
	];

	test.each([
		['-v (the word with its progress)', 'PASSED                    [ 50%]'],
		['-v -s (the word before the teardown’s live logs)', 'PASSED'],
	])('%s is the test’s outcome', async (_name, outcome) => {
		const run = await parseText(lines(outcome).join('\n'));
		expect(run.warnings).toEqual([]);
		expect(run.tests.map(item => [item.id, item.outcome])).toEqual([
			['tests/test_a.py::test_one', 'passed'],
			['tests/test_a.py::test_two', 'passed'],
		]);
	});
});
