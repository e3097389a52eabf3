/**
Real logs cut short, as a CI's size limit, a full disk or a copy cuts them: a `-q` log that ends before its final
line is not taken for a whole `-qq` run (which prints no final line, but its short summary after failing reports,
every line ended).
*/

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';

const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-cut-logs-'));

/** The log's text up to (not including) the first line that starts with `before`, or cut `at` bytes in. */
function cutLog(
	log: string,
	cut: {readonly before: string} | {readonly at: (text: string) => number},
): string {
	const text = fs.readFileSync(log, 'utf8');
	const end =
		'before' in cut ? text.indexOf(`\n${cut.before}`) + 1 : cut.at(text);
	expect(end).toBeGreaterThan(0);
	const file = path.join(temporary, `${path.basename(path.dirname(log))}.log`);
	fs.writeFileSync(file, text.slice(0, end));
	return file;
}

const killed = /log ends before pytest's final summary line/;

describe('a -q log cut before its final line is not a whole -qq run', () => {
	test('cut in the warnings summary, before the short summary its failures need', async () => {
		const log = 'fixtures/real-suites/tt-p7-q-long/run.log';
		const whole = await readLog(log);
		expect(whole.complete).toBe(true);
		const run = await readLog(
			cutLog(log, {
				before: '=========================== short test summary info',
			}),
		);
		expect(run.complete).toBe(false);
		expect(run.warnings.map(warning => warning.message)).toContainEqual(
			expect.stringMatching(killed),
		);
	});

	test('cut inside a line of the short summary', async () => {
		const log = 'fixtures/traps/explained-p7-q/run.log';
		const run = await readLog(
			cutLog(log, {at: text => text.lastIndexOf('FAILED ') + 20}),
		);
		expect(run.complete).toBe(false);
		expect(run.warnings.map(warning => warning.message)).toContainEqual(
			expect.stringMatching(killed),
		);
	});

	test("a whole -qq run, and one cut at the end of its short summary's line, are whole", async () => {
		const log = 'fixtures/hunt/qq-p9/run.log';
		const whole = await readLog(log);
		expect(whole.complete).toBe(true);
		// A cut on a line's end after the summary's title reads as that run: the log cannot tell.
		const run = await readLog(
			cutLog(log, {at: text => text.lastIndexOf('\nERROR ') + 1}),
		);
		expect(run.complete).toBe(true);
	});

	test('a -qq run that fails with -rN (no short summary) is not called whole: the log cannot tell it from a cut one', async () => {
		const log = 'fixtures/hunt/qq-p9/run.log';
		const run = await readLog(
			cutLog(log, {
				before: '=========================== short test summary info',
			}),
		);
		expect(run.complete).toBe(false);
	});
});

describe("a log's last line cut inside a test's name is not read as a report of a test of that name", () => {
	const cutWarning =
		/the log ends inside its last line, which names a test it may have cut short/;

	test.each([
		[
			"xdist's line",
			'fixtures/pytest7-plugins/xn2v/run.log',
			'[gw0] [ 82%] FAILED tests/te',
		],
		[
			"the short summary's line",
			'fixtures/traps/headlines-p7-v/run.log',
			'FAILED headlines/test_headlines.py::test',
		],
		[
			'a -v id waiting for its outcome',
			'fixtures/hunt/setupshow-p9-v/run.log',
			'setupshow/test_setupshow.py::test_od',
		],
	])('%s', async (_name, log, cutAt) => {
		const whole = await readLog(log);
		const ids = new Set(whole.tests.map(test => test.id));
		const run = await readLog(
			cutLog(log, {at: text => text.indexOf(cutAt) + cutAt.length}),
		);
		expect(run.tests.filter(test => !ids.has(test.id))).toEqual([]);
		expect(run.complete).toBe(false);
		expect(run.warnings.map(warning => warning.message)).toContainEqual(
			expect.stringMatching(cutWarning),
		);
	});

	test('a -v id whole, with the space pytest prints after it, is the test that was running', async () => {
		const log = 'fixtures/hunt/setupshow-p9-v/run.log';
		const id = 'setupshow/test_setupshow.py::test_odd[plain] ';
		const run = await readLog(
			cutLog(log, {at: text => text.indexOf(id) + id.length}),
		);
		expect(run.warnings.map(warning => warning.message)).toContainEqual(
			expect.stringContaining(
				'while setupshow/test_setupshow.py::test_odd[plain] ran',
			),
		);
		expect(run.warnings.map(warning => warning.message)).not.toContainEqual(
			expect.stringMatching(cutWarning),
		);
	});

	test('a -q log killed inside its letters keeps them', async () => {
		const log = 'fixtures/real-suites/sklearn-p9-q-sigkill/run.log';
		const dots = fs.readFileSync(log, 'utf8').replaceAll(/[^.]/g, '').length;
		expect(dots).toBeGreaterThan(20);
		const run = await readLog(log);
		expect(run.counts.passed).toBe(dots);
		expect(run.complete).toBe(false);
	});

	test('a log killed before FAILURES says how many failing reports its letters count and where', async () => {
		// Default verbosity: the letters' lines name their files, not their tests.
		const run = await readLog(
			'fixtures/real-suites/h11-p7-rA-repr-kill/run.log',
		);
		expect(run.complete).toBe(false);
		expect(run.counts.failed).toBe(22);
		expect(run.failures).toEqual([]);
		expect(run.warnings.map(warning => warning.message)).toContainEqual(
			'the progress letters count 22 failing reports that the log never names: it ends before the FAILURES section and the short summary; their F and E letters are in h11/tests/test_io.py (17), h11/tests/test_receivebuffer.py (3), h11/tests/test_state.py (2)',
		);
		// Under -q the letters name no file; under -v every failing test is named, and nothing is added.
		const quiet = await readLog(
			'fixtures/real-suites/h11-p90-q-repr-kill/run.log',
		);
		expect(quiet.warnings.map(warning => warning.message)).toContainEqual(
			'the progress letters count 22 failing reports that the log never names: it ends before the FAILURES section and the short summary',
		);
		const verbose = await readLog(
			'fixtures/real-suites/h11-p90-v-repr-kill/run.log',
		);
		expect(verbose.failures).toHaveLength(22);
		expect(
			verbose.warnings.filter(warning =>
				warning.message.includes('never names'),
			),
		).toEqual([]);
	});
});
