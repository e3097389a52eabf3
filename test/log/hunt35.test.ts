import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {checkHeadlinesAgainstXml} from './against-xml.js';
import {header, parseText, rule} from './helpers.js';

// What the thirty-fifth hunt's runs showed (fixtures/hunt/README.md, record-hunt35.sh).

const hunt = path.resolve('fixtures/hunt');

describe('an ERRORS or FAILURES title in a failure’s captured output (captitle-*)', () => {
	for (const name of [
		'captitle-p9-default',
		'captitle-p7-default',
		'captitle-p9-rA',
		'captitle-p7-v',
		'captitle-p9-q',
		'captitle-p7-q',
	]) {
		test(`${name}: the rest of the run is read, the titles stay the tests' output`, async () => {
			// Before, the title began a session the test printed, held to pytest's own final line: three failures, the
			// summary and the final line went into the test's report, and the run was called cut.
			const run = await checkHeadlinesAgainstXml(path.join(hunt, name), 5);
			expect(run.complete).toBe(true);
			expect(run.warnings).toEqual([]);
			const echoed = run.failures.find(failure =>
				failure.id.endsWith('::test_prints_errors_title'),
			);
			// The test's own lines, its entry header too, stay in its report.
			expect(echoed?.captured[0]?.text).toContain(
				'ERROR at setup of test_other',
			);
		});
	}

	test('a CI’s own lines after pytest’s final line: the run reads as without them', async () => {
		// They are no line of pytest's: nothing of the run followed the seeming session, and its lines are the run's.
		const log = fs.readFileSync(
			path.join(hunt, 'captitle-p9-default', 'run.log'),
			'utf8',
		);
		const run = await parseText(
			log +
				'section_end:1796032860:step_script\nERROR: Job failed: exit code 1\n',
		);
		expect(run.complete).toBe(true);
		expect(
			run.failures
				.map(failure => failure.id.split('::')[1]!)
				.toSorted((a, b) => a.localeCompare(b)),
		).toEqual([
			'test_last_failure',
			'test_plain_failure',
			'test_prints_errors_title',
			'test_prints_failures_title',
			'test_setup_fails',
		]);
	});

	const entry = (name: string, message: string) => [
		rule(name, '_'),
		'',
		`E   ${message}`,
		'',
		`tests/test_a.py:3: ${message.split(':')[0]!}`,
	];
	test('a whole session a test printed, pytest’s own run after it: its lines stay the test’s', async () => {
		// The held lines go back to the entry once a line after the printed session's final line shows the outer
		// run goes on (pytester's shape, with no banner or progress before the title).
		const run = await parseText(
			[
				header,
				'collected 2 items',
				'',
				'tests/test_a.py FF                                                       [100%]',
				'',
				rule('FAILURES'),
				...entry('test_one', 'AssertionError: one'),
				rule('Captured stdout call', '-'),
				rule('FAILURES'),
				rule('test_inner', '_'),
				'E   AssertionError: inner',
				rule('1 failed in 0.01s'),
				...entry('test_two', 'ValueError: two'),
				rule('short test summary info'),
				'FAILED tests/test_a.py::test_one - AssertionError: one',
				'FAILED tests/test_a.py::test_two - ValueError: two',
				rule('2 failed in 0.10s'),
				'',
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'AssertionError: one',
			'ValueError: two',
		]);
		expect(run.failures[0]!.captured[0]!.text).toContain(
			'E   AssertionError: inner\n' + rule('1 failed in 0.01s'),
		);
	});

	test('the title in the last failure, no summary (-rN): the final line is pytest’s', async () => {
		const run = await parseText(
			[
				header,
				'collected 2 items',
				'',
				'tests/test_a.py .F                                                       [100%]',
				'',
				rule('FAILURES'),
				...entry('test_two', 'ValueError: two'),
				rule('Captured stdout call', '-'),
				rule('ERRORS'),
				'inner: 2 checks could not run',
				rule('1 failed, 1 passed in 0.10s'),
				'',
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'ValueError: two',
		]);
	});
});
