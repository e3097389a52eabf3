/**
One log, as other tools keep it (`saved-forms.ts`): GitLab's raw job log (with the runner's timestamps, its `+` for a
line it cut, section markers), Jenkins' Pipeline console text and its console page copied with the timestamper's
time, docker compose's container column (another container's lines among the tests'), Azure Pipelines' log,
Buildkite's ANSI timestamps; each with the tool's own lines before and after. Each must read as the log followed by
the tool's lines after it (`linesAfter`, as text): the same tests and outcomes, failures and headlines, and as whole
or not (a line after a log that ends where pytest's process was killed says it was not killed there, whoever wrote
it).
Checked on every eighth real log in `fixtures/` (sorted by path), as `same-log-saved-otherwise.test.ts` does, and on
the saved copies in `fixtures/saved/`.
*/

import {Buffer} from 'node:buffer';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {Readable} from 'node:stream';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import type {Run} from '../../source/log/model.js';
import {everyEighthRealLog} from './sampled-real-logs.js';
import {linesAfter, savedForms} from './saved-forms.js';

const logs = everyEighthRealLog();

const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-saved-by-'));

function summaryOf(run: Run) {
	return {
		tests: run.tests.map(({id, outcome}) => `${id} ${outcome}`),
		failures: run.failures.map(failure => `${failure.id} ${failure.headline}`),
		complete: run.complete,
	};
}

/** The log followed by lines, the first on a line of its own. */
function followedBy(log: Buffer, lines: readonly string[]): Buffer {
	return lines.length === 0
		? log
		: Buffer.concat([
				log,
				Buffer.from(log.at(-1) === 10 ? '' : '\n'),
				Buffer.from(lines.map(line => `${line}\n`).join('')),
			]);
}

async function readText(text: string): Promise<Run> {
	return readLog('test.log', {stream: Readable.from([Buffer.from(text)])});
}

describe.each(savedForms)(
	'a real log kept as %s reads as the log itself',
	(name, save) => {
		test('every eighth real log', async () => {
			expect(logs.length).toBeGreaterThan(60);
			const slug = name.replaceAll(/\W+/g, '-');
			const plain = path.join(temporary, `${slug}-plain.log`);
			const file = path.join(temporary, `${slug}.log`);
			for (const log of logs) {
				const bytes = fs.readFileSync(log);
				fs.writeFileSync(plain, followedBy(bytes, linesAfter[name]!));
				fs.writeFileSync(file, save(bytes));

				expect(summaryOf(await readLog(file)), log).toEqual(
					summaryOf(await readLog(plain)),
				);
			}
		});
	},
);

describe('fixtures/saved', () => {
	const folder = 'fixtures/saved';
	const saved = fs
		.readdirSync(folder)
		.filter(name => name.endsWith('.log') && name !== 'source.log');

	test('holds the log saved in every form', () => {
		expect(saved).toHaveLength(savedForms.length);
	});

	test.each(saved)('%s reads as the log itself', async name => {
		const expected = summaryOf(await readLog(path.join(folder, 'source.log')));
		expect(expected.failures.length).toBeGreaterThan(0);
		expect(summaryOf(await readLog(path.join(folder, name)))).toEqual(expected);
	});
});

describe('a prefix is told from the log itself', () => {
	const plain = [
		'============================= test session starts ==============================',
		'platform linux -- Python 3.11.2, pytest-9.0.3, pluggy-1.6.0',
		'rootdir: /src/app',
		'collected 2 items',
		'',
		'tests/test_a.py::test_one PASSED                                         [ 50%]',
		'tests/test_a.py::test_two FAILED                                         [100%]',
		'',
		'=================================== FAILURES ===================================',
		'___________________________________ test_two ___________________________________',
		'',
		'    def test_two():',
		'        print("10:00:01  step one")',
		'        print("10:00:02  step two")',
		'>       assert False, "cache | stale"',
		'E       AssertionError: cache | stale',
		'E       assert False',
		'',
		'tests/test_a.py:7: AssertionError',
		'----------------------------- Captured stdout call -----------------------------',
		'10:00:01  step one',
		'10:00:02  step two',
		'10:00:03  step three',
		'10:00:04  step four',
		'10:00:05  step five',
		'10:00:06  step six',
		'=========================== short test summary info ============================',
		'FAILED tests/test_a.py::test_two - AssertionError: cache | stale',
		'========================= 1 failed, 1 passed in 0.05s ==========================',
		'',
	];

	test('lines shaped like a prefix inside a plain log are its text', async () => {
		const run = await readText(plain.join('\n'));
		expect(summaryOf(run)).toEqual({
			tests: [
				'tests/test_a.py::test_one passed',
				'tests/test_a.py::test_two failed',
			],
			failures: ['tests/test_a.py::test_two AssertionError: cache | stale'],
			complete: true,
		});
	});

	test("lines shaped like docker compose's before the banner leave the log plain", async () => {
		const printed = [
			'web  | starting',
			'web  | ready',
			'web  | serving',
			'web  | done',
		];
		const log = [...printed, ...plain].join('\n');
		const run = await readText(log);
		expect(summaryOf(run)).toEqual(summaryOf(await readText(plain.join('\n'))));
	});

	test("a short docker compose log ending in compose's own 'exited with code' line is read as its container's", async () => {
		// A real -q run killed after its first progress letters (one line, no newline), as `docker compose up` shows it.
		const letters = fs.readFileSync(
			'fixtures/real-suites/sklearn-p9-q-sigkill/run.log',
			'utf8',
		);
		const log = [
			'Attaching to db-1, tests-1',
			'db-1     | LOG:  database system is ready to accept connections',
			`tests-1  | ${letters}`,
			'tests-1 exited with code 137',
		].join('\n');
		expect(summaryOf(await readText(log))).toEqual(
			summaryOf(await readText(`${letters}\ntests-1 exited with code 137\n`)),
		);
	});

	test("a CI's own ERROR line after the final line is no usage error", async () => {
		// A real `pytest --collect-only -q` run.
		const collectOnly = fs.readFileSync(
			'fixtures/real-suites/bn-p9-co-q/run.log',
			'utf8',
		);
		for (const trailer of [
			'ERROR: Job failed: exit code 1',
			'ERROR: script returned exit code 1',
		]) {
			const run = await readText(`${collectOnly}${trailer}\n`);
			expect(run.complete, trailer).toBe(true);
			expect(
				run.warnings.map(warning => warning.message).join('\n'),
			).not.toContain('usage error');
		}
	});

	test('a usage error after "no tests ran" is still one', async () => {
		const run = await readText(
			[
				'no tests ran in 0.01s',
				'ERROR: file or directory not found: tests/test_missing.py',
				'',
			].join('\n'),
		);
		expect(run.complete).toBe(false);
		expect(run.warnings.map(warning => warning.message).join('\n')).toContain(
			'usage error: file or directory not found',
		);
	});
});
