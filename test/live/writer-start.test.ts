import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {
	bootTimeOf,
	isOpenForWriting,
	startSinceBoot,
	writerStartedAt,
} from '../../source/live/writer-start.js';
import {startLiveRun} from '../../source/live/live-run.js';
import {builtInRuleSet} from '../../source/classify/rules/built-in.js';
import {openJournal} from '../../source/triage/journal.js';

describe('reading /proc', () => {
	test('btime is the boot time in seconds', () => {
		expect(bootTimeOf('cpu  1 2 3\nbtime 1764999000\nprocesses 12\n')).toBe(
			1_764_999_000_000,
		);
		expect(bootTimeOf('cpu 1 2 3\n')).toBeUndefined();
	});

	test('a start time is field 22, counted after a name that holds spaces and parentheses', () => {
		const fields = Array.from({length: 50}, (_, index) => String(index + 3));
		fields[22 - 3] = '12345';
		expect(startSinceBoot(`4242 (py (test) x) ${fields.join(' ')}`)).toBe(
			123_450,
		);
		expect(startSinceBoot('4242 (short) S 1')).toBeUndefined();
	});

	test.each([
		['flags:\t0100001\n', true],
		['pos:\t0\nflags:\t02100002\nmnt_id:\t1\n', true],
		['flags:\t0100000\n', false],
		['', false],
	])('fdinfo %j is open for writing: %s', (text, expected) => {
		expect(isOpenForWriting(text)).toBe(expected);
	});
});

const hasProc = fs.existsSync('/proc/self/fdinfo');

let folder: string;
beforeEach(() => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-writer-'));
});
afterEach(() => {
	fs.rmSync(folder, {recursive: true, force: true});
});

/**
/proc gives a process's start in clock ticks since boot, and the boot time in whole seconds: a start read back is
the true one within a second (and a tick). The true one is known to lie between two clocks read around the spawn,
however loaded the machine is: each check asserts that bracket, not a time taken.
*/
const procSlack = 1100;

function expectWithin(started: number | undefined, from: number, to: number) {
	expect(started).toBeDefined();
	expect(started!).toBeGreaterThanOrEqual(from - procSlack);
	expect(started!).toBeLessThanOrEqual(to + procSlack);
}

/** A process that opens `file` for writing (`flags`), writes a line and stays; resolves once the line is there. */
async function startWriter(file: string, flags = 'w') {
	const size = fs.existsSync(file) ? fs.statSync(file).size : 0;
	const child = spawn(
		process.execPath,
		[
			'-e',
			`const fs = require('fs'); const fd = fs.openSync(${JSON.stringify(file)}, ${JSON.stringify(flags)}); fs.writeSync(fd, 'platform linux\\n'); setTimeout(() => {}, 60000);`,
		],
		{stdio: 'ignore'},
	);
	while (!fs.existsSync(file) || fs.statSync(file).size <= size) {
		await sleep(20);
	}

	return child;
}

describe.skipIf(!hasProc || process.platform !== 'linux')(
	'a followed log counts its time from its writer’s start',
	() => {
		test('writerStartedAt is when the writing process started; undefined for a file no one writes', async () => {
			const file = path.join(folder, 'run.log');
			const spawned = Date.now();
			const child = await startWriter(file);
			const wrote = Date.now();
			try {
				await sleep(1500);
				const started = await writerStartedAt(file);
				// The writer's start, not the moment it was asked (1.5 s later).
				expectWithin(started, spawned, wrote);
				const idle = path.join(folder, 'idle.log');
				fs.writeFileSync(idle, 'x\n');
				expect(await writerStartedAt(idle)).toBeUndefined();
				expect(
					await writerStartedAt(path.join(folder, 'none.log')),
				).toBeUndefined();
			} finally {
				child.kill();
			}
		});

		test('a writer that started well before the file was made (a shell that did `exec > run.log`) is not the run', async () => {
			const file = path.join(folder, 'run.log');
			// The shell: started 3 s before it makes the file, and holds it open for writing from then on.
			const shell = spawn(
				process.execPath,
				[
					'-e',
					`setTimeout(() => { const fs = require('fs'); fs.openSync(${JSON.stringify(file)}, 'w'); setTimeout(() => {}, 60000); }, 3000);`,
				],
				{stdio: 'ignore'},
			);
			try {
				while (!fs.existsSync(file)) {
					await sleep(20);
				}

				await sleep(1500);
				// pytest, started by the shell: it writes to the same file.
				const spawned = Date.now();
				const pytest = await startWriter(file, 'a');
				const wrote = Date.now();
				try {
					// pytest's start, not the shell's (3 s and more before it).
					expectWithin(await writerStartedAt(file), spawned, wrote);
				} finally {
					pytest.kill();
				}

				// Only the shell left: no writer is the run.
				await sleep(100);
				expect(await writerStartedAt(file)).toBeUndefined();
			} finally {
				shell.kill();
			}
		});

		test('a shell that truncated an older log with `exec > run.log` and started pytest later is not the run', async () => {
			const file = path.join(folder, 'run.log');
			// Yesterday's log: its birth time stays the older run's when a shell's `>` truncates it.
			fs.writeFileSync(file, 'platform linux\nyesterday\n');
			await sleep(2500);
			// The shell truncates it, sits idle (2.5 s here, past the 1 s gap given below), then starts pytest
			// with the log as its standard output.
			const pytestScript = `require('fs').writeSync(1, 'platform linux\\n'); setTimeout(() => {}, 10000);`;
			const shellSpawned = Date.now();
			const shell = spawn(
				process.execPath,
				[
					'-e',
					`const fs = require('fs'); const fd = fs.openSync(${JSON.stringify(file)}, 'w'); setTimeout(() => { require('child_process').spawn(process.execPath, ['-e', ${JSON.stringify(pytestScript)}], {stdio: ['ignore', fd, 'ignore']}); }, 2500); setTimeout(() => {}, 60000);`,
				],
				{stdio: 'ignore'},
			);
			try {
				const shellStarted = Date.now();
				while (
					fs.statSync(file).size === 0 ||
					Date.now() - shellStarted < 1500
				) {
					await sleep(20);
				}

				while (fs.statSync(file).size === 0) {
					await sleep(20);
				}

				const pytestStarted = Date.now();
				await sleep(200);
				const started = await writerStartedAt(file, '/proc', undefined, 1000);
				// pytest's start: at least 2.5 s after the shell was spawned, before its line was seen.
				expectWithin(started, shellSpawned + 2500, pytestStarted);
				// With the usual gap (ten minutes), the shell's is taken, as before.
				expectWithin(await writerStartedAt(file), shellSpawned, shellStarted);
			} finally {
				shell.kill();
			}
		});

		test('--follow started 1.5 s into a run shows the run’s elapsed time, not 0:00', async () => {
			const file = path.join(folder, 'run.log');
			const child = await startWriter(file);
			try {
				await sleep(1500);
				const opened = Date.now();
				const live = startLiveRun(
					{kind: 'follow', file},
					{
						ruleSet: builtInRuleSet(),
						journal: openJournal(path.join(folder, 'triage.jsonl'), {
							now: () => new Date(),
						}),
						now: () => new Date(),
					},
				);
				// The first frame does not wait for /proc to be asked: the review's own start first,
				// then the writer's, once it is found.
				expect(live.review.get().progress.startedAt).toBeGreaterThanOrEqual(
					opened,
				);
				const moved = new Promise<void>(resolve => {
					const unsubscribe = live.review.subscribe(() => {
						if (Date.now() - live.review.get().progress.startedAt > 1000) {
							unsubscribe();
							resolve();
						}
					});
				});
				await moved;
				expect(
					Date.now() - live.review.get().progress.startedAt,
				).toBeGreaterThan(1000);
				await live.stopEarly();
				live.review.stop();
			} finally {
				child.kill();
			}
		});
	},
);
