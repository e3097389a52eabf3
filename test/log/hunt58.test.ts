import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import type {Run} from '../../source/log/model.js';
import {readLog} from '../../source/log/read.js';
import {checkAgainstXml} from './against-xml.js';
import {parseText, rule} from './helpers.js';

// What helper hunt58 found (fixtures/hunt/README.md, record-hunt58.sh).

const hunt = path.resolve('fixtures/hunt');
const runsNamed = (prefix: string) =>
	fs.readdirSync(hunt).filter(name => name.startsWith(prefix));
const messagesOf = (run: Run) => run.warnings.map(warning => warning.message);

describe('a `pytest.exit()` reason holding newlines (exitnl-*)', () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('exitnl-p9-').length).toBeGreaterThan(1);
		expect(runsNamed('exitnl-p7-').length).toBeGreaterThan(1);
	});

	for (const name of runsNamed('exitnl-').filter(name =>
		name.endsWith('-dies'),
	)) {
		test(`${name}: the banner glued to the letters with one \`!\`, its three lines the reason`, async () => {
			// Before: `s...! _pytest.outcomes.Exit: …` (a reason that nearly fills the line leaves one `!`) was no line the
			// parser knew, and the log was refused as "not a test log".
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.complete).toBe(false);
			expect(run.counts).toMatchObject({passed: 3, skipped: 1, failed: 0});
			expect(messagesOf(run)).toContain(
				'run was interrupted: _pytest.outcomes.Exit: the ledger is locked\nby the nightly export job\nretry once it has finished',
			);
			expect(messagesOf(run).join('\n')).toContain(
				'RuntimeError: could not flush the ledger',
			);
		});
	}

	for (const name of runsNamed('exitnl-').filter(
		name => !name.endsWith('-dies'),
	)) {
		test(`${name}: the reason's second line read, the failure before it kept`, async () => {
			// Before: the reason was its first line (`… Exit: maintenance window opened`).
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.complete).toBe(false);
			expect(run.failures.map(failure => failure.id)).toEqual([
				'test_exit_reason_ends.py::test_fails',
			]);
			expect(messagesOf(run)).toContain(
				'run was interrupted: _pytest.outcomes.Exit: maintenance window opened\nsee the status page for the schedule',
			);
		});
	}

	test("the reason's later lines are never progress, however they look", async () => {
		const run = await parseText(
			[
				'..                                                                       [ 66%]',
				'! _pytest.outcomes.Exit: the ledger is locked',
				'..F',
				'tests/test_a.py::test_b PASSED                                           [ 50%]',
				'retry later !',
				'2 passed in 0.01s',
			].join('\n'),
		);
		expect(run.counts).toMatchObject({passed: 2, failed: 0});
		expect(run.tests).toHaveLength(0);
		expect(messagesOf(run)[0]).toBe(
			'run was interrupted: _pytest.outcomes.Exit: the ledger is locked\n..F\ntests/test_a.py::test_b PASSED                                           [ 50%]\nretry later',
		);
	});

	test("after a `-q` short summary, held as it may be a test's output, the reason's lines are held with it", async () => {
		// pytest 9 prints the banner after the short summary; under `-q` a summary title right after an entry is held
		// until a line says whose it is (`held-summary.ts`): `..F` did, as more progress, and the session was lost.
		const run = await parseText(
			[
				'.F                                                                       [100%]',
				rule('FAILURES'),
				rule('test_two', '_'),
				'',
				'    def test_two():',
				'>       assert 1 == 2',
				'E       assert 1 == 2',
				'',
				'test_exit.py:7: AssertionError',
				rule('short test summary info'),
				'FAILED test_exit.py::test_two - assert 1 == 2',
				'! _pytest.outcomes.Exit: the ledger is locked',
				'..F',
				'FAILED test_x.py::test_y - boom',
				'retry later !',
				'1 failed, 1 passed in 0.79s',
			].join('\n'),
		);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'test_exit.py::test_two',
		]);
		expect(run.counts).toMatchObject({passed: 1, failed: 1});
		expect(messagesOf(run)).toEqual([
			'run was interrupted: _pytest.outcomes.Exit: the ledger is locked\n..F\nFAILED test_x.py::test_y - boom\nretry later',
		]);
	});

	test('a one-line reason takes no later line', async () => {
		const run = await parseText(
			[
				'..                                                                       [ 66%]',
				'!!!!!!!!!!!!!!!!!!! _pytest.outcomes.Exit: the ledger is locked !!!!!!!!!!!!!!!!!!!',
				'2 passed in 0.01s',
			].join('\n'),
		);
		expect(run.counts).toMatchObject({passed: 2});
		expect(run.warnings[0]?.message).toBe(
			'run was interrupted: _pytest.outcomes.Exit: the ledger is locked',
		);
	});
});

describe("pytest-timeout's dump the whole log: the first test ended the process (timeoutfirst-*)", () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('timeoutfirst-p9-').length).toBeGreaterThan(0);
		expect(runsNamed('timeoutfirst-p7-').length).toBeGreaterThan(0);
	});

	for (const name of runsNamed('timeoutfirst-')) {
		test(`${name}: an interrupted run of no test, the one pytest-timeout ended named`, async () => {
			// Before: "not a test log" (exit 2), where faulthandler's dump of a crash in the first test reads so.
			const run = await readLog(path.join(hunt, name, 'run.log'));
			expect(run.complete).toBe(false);
			expect(run.tests).toHaveLength(0);
			expect(messagesOf(run)).toEqual([
				"log ends before pytest's final summary line: the run was killed or the log is truncated (pytest-timeout ended test_waits_for_the_queue, at /src/hunt58/timeoutfirst/test_timeout_first.py:7)",
			]);
		});
	}

	test('a dump whose threads show no pytest frame is still no test log', async () => {
		await expect(
			parseText(
				[
					'+++++++++++++++++++++++++++++++++++ Timeout ++++++++++++++++++++++++++++++++++++',
					'~~~~~~~~~~~~~~~~~~~~ Stack of worker (140487021443968) ~~~~~~~~~~~~~~~~~~~~~',
					'  File "/src/app/worker.py", line 9, in loop',
					'    time.sleep(1)',
					'+++++++++++++++++++++++++++++++++++ Timeout ++++++++++++++++++++++++++++++++++++',
				].join('\n'),
			),
		).rejects.toThrow(/not a test log/);
	});
});

describe("a class's file printed both absolute and relative (classabs-*)", () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('classabs-p9-').length).toBeGreaterThan(1);
		expect(runsNamed('classabs-p7-').length).toBeGreaterThan(1);
	});

	for (const name of runsNamed('classabs-')) {
		test(`${name}: the exception group's id and the frame-less XPASS(strict)'s name the file relative`, async () => {
			// Before: the exception group's frames are absolute, the XFAIL line names the class's test relative; the
			// `[XPASS(strict)]` entry was given no file (two spellings of one file), and under `-rxX` (no skip line) the
			// exception group's id stayed absolute.
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.failures.map(failure => failure.id)).toEqual([
				'tests/test_class_abs.py::TestLedger::test_totals',
				'tests/test_class_abs.py::TestLedger::test_import_fixed',
			]);
			expect(run.complete).toBe(true);
		});
	}
});
