/**
The steps after the read (session.ts `onStep`), which the review's loading screen says under its full bar: each
told before its work, awaited, with the runs' failing reports.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {writeLog} from '../../bench/generate.js';
import {openSession, type SessionStep} from '../../source/session.js';

const log = path.resolve('fixtures/demo/run.log');
let directory: string;

beforeEach(() => {
	directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-steps-'));
});

afterEach(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

async function stepsOf(history: boolean, logs = [log]) {
	const steps: Array<[SessionStep, number]> = [];
	const session = await openSession({
		logs,
		triage: path.join(directory, 'triage.jsonl'),
		cwd: directory,
		now: () => new Date('2026-12-02T01:00:00Z'),
		history,
		async onStep(step, failures) {
			steps.push([step, failures]);
			// Awaited: the session goes on only once the step is drawn.
			await new Promise(resolve => {
				setTimeout(resolve, 5);
			});
		},
	});
	await session.close();
	return {steps, failures: session.runs.at(-1)!.failures.length, session};
}

test('with the history: reading it, the analysis, the recording, in that order, each with the failing reports', async () => {
	const {steps, failures, session} = await stepsOf(true);
	expect(failures).toBeGreaterThan(0);
	expect(session.recorded).toBe(1);
	expect(steps).toEqual([
		['history', failures],
		['analysis', failures],
		['recording', failures],
	]);
});

test('without the history: the analysis alone', async () => {
	const {steps, failures} = await stepsOf(false);
	expect(steps).toEqual([['analysis', failures]]);
});

test('a large log: matching its reports with their tests is said first, with the failing reports read', async () => {
	// ~18 MB: its run takes a noticeable time to be made once its bytes are read (a second for 100 MB).
	const large = path.join(directory, 'large.log');
	const {bytes} = await writeLog({tests: 100_000, seed: 7}, large);
	expect(bytes).toBeGreaterThanOrEqual(16 * 1024 * 1024);
	const {steps, failures} = await stepsOf(false, [large]);
	expect(failures).toBeGreaterThan(1000);
	expect(steps).toEqual([
		['building', failures],
		['analysis', failures],
	]);
}, 60_000);

test('a small log is made a run at once: no step for it', async () => {
	const {steps} = await stepsOf(false);
	expect(steps.map(([step]) => step)).not.toContain('building');
});
