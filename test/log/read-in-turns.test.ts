import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {generateLogText} from '../../bench/generate.js';
import {readLogSessions} from '../../source/log/read.js';

/**
A log's last step (its failing reports matched with their tests, the run made) gives the event loop turns: on a
100 MB log it takes seconds, which the review's loading screen spent deaf to q and Ctrl-C. The turns change
nothing of the run.
*/
let folder: string;
let logPath: string;

beforeAll(() => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-turns-'));
	logPath = path.join(folder, 'run.log');
	// 11,500 failing reports, -rfE's short summary naming each: every loop of the last step passes its 4,096th item.
	const {text} = generateLogText({seed: 5, tests: 30_000, failRatio: 0.4});
	fs.writeFileSync(logPath, text);
});

afterAll(() => {
	fs.rmSync(folder, {recursive: true, force: true});
});

/** Reads the log, counting the turns the event loop had between the end of the read and the run made. */
async function readCountingTurns(turnMs: number) {
	let turns = 0;
	let isFinishing = false;
	const tick = () => {
		if (isFinishing) {
			turns++;
			setImmediate(tick);
		}
	};

	const runs = await readLogSessions(logPath, {
		turnMs,
		onRead() {
			isFinishing = true;
			setImmediate(tick);
		},
	});
	isFinishing = false;
	return {runs, turns};
}

describe('the last step of a read, in turns', () => {
	test(
		'each loop of it yields, and the run is the same as made at once',
		{timeout: 60_000},
		async () => {
			const inTurns = await readCountingTurns(0);
			const atOnce = await readCountingTurns(60_000);
			expect(atOnce.turns).toBe(0);
			// Between the steps (3), then within the short summary's, the entries' and the rows' loops (2 or more each).
			expect(inTurns.turns).toBeGreaterThanOrEqual(9);
			const [run] = inTurns.runs;
			expect(run!.failures.length).toBeGreaterThan(10_000);
			expect(run!.complete).toBe(true);
			expect(JSON.stringify(inTurns.runs)).toBe(JSON.stringify(atOnce.runs));
		},
	);
});
