/**
Team tour 65: a follower of a `triage run`'s `.partial` (`triage --follow .triage/logs/.run-….partial`) showed the
run's elapsed time 20 s behind the runner's header. The runner's triage, on a team's store, made the file seconds after
it started (once the store answered), so /proc's writer (that triage) was not taken for the run's start, and the
follower counted from when it began to follow. It now counts from when the keeping triage started its command, as
the runner's own header does (which counted from after the store's decisions were read, a round trip late).
*/
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {setTimeout as sleep} from 'node:timers/promises';
import {afterEach, describe, expect, test} from 'vitest';
import {builtInRuleSet} from '../../source/classify/rules/built-in.js';
import {startLiveCommand, startLiveRun} from '../../source/live/live-run.js';
import {openJournal} from '../../source/triage/journal.js';

const isLinux = process.platform === 'linux' && fs.existsSync('/proc/stat');
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'team65-clock-'));

afterEach(() => {
	fs.rmSync(folder, {recursive: true, force: true});
	fs.mkdirSync(folder, {recursive: true});
});

function options() {
	return {
		ruleSet: builtInRuleSet(),
		journal: openJournal(path.join(folder, 'triage.jsonl'), {
			now: () => new Date(),
		}),
		now: () => new Date(),
	};
}

describe.skipIf(!isLinux)('a live run’s clock', () => {
	test(
		'a follower of a .partial counts from when its triage started the command',
		{timeout: 30_000},
		async () => {
			const logs = path.join(folder, '.triage', 'logs');
			fs.mkdirSync(logs, {recursive: true});
			// A stand-in for the triage that keeps the run: it starts its command, then (the store answering late)
			// makes the `.partial` 2.5 s later and writes into it.
			const script = [
				"const {spawn} = require('node:child_process');",
				"const fs = require('node:fs');",
				"const path = require('node:path');",
				"spawn('sleep', ['30'], {stdio: 'ignore', detached: true});",
				'setTimeout(() => {',
				`  const file = path.join(${JSON.stringify(logs)}, '.run-' + process.pid + '-' + Date.now() + '.partial');`,
				"  const fd = fs.openSync(file, 'wx');",
				"  fs.writeSync(fd, '============================= test session starts ==============================\\n');",
				'  setInterval(() => {}, 1000);',
				'}, 2500);',
			].join('\n');
			const spawned = Date.now();
			const keeper = spawn(process.execPath, ['-e', script], {
				stdio: 'ignore',
			});
			try {
				let file: string | undefined;
				while (file === undefined) {
					await sleep(50);
					file = fs.readdirSync(logs).find(name => name.endsWith('.partial'));
				}

				const followed = Date.now();
				const live = startLiveRun(
					{kind: 'follow', file: path.join(logs, file)},
					options(),
				);
				const deadline = Date.now() + 10_000;
				while (
					live.review.get().progress.startedAt > followed - 1500 &&
					Date.now() < deadline
				) {
					await sleep(50);
				}

				const {startedAt} = live.review.get().progress;
				await live.stopEarly();
				live.review.stop();
				// The command's start: when the keeper was spawned (to /proc's boot time, in whole seconds), 2 s or more
				// before the file.
				expect(startedAt).toBeGreaterThanOrEqual(spawned - 1100);
				expect(startedAt).toBeLessThanOrEqual(followed - 2000);
			} finally {
				const children = fs
					.readFileSync(
						`/proc/${keeper.pid!}/task/${keeper.pid!}/children`,
						'utf8',
					)
					.split(/\s+/)
					.filter(Boolean);
				for (const child of children) {
					process.kill(Number(child), 'SIGKILL');
				}

				keeper.kill('SIGKILL');
			}
		},
	);

	test(
		'the runner counts from its command’s start, not from when its review was made',
		{timeout: 30_000},
		async () => {
			const started = startLiveCommand(['sh', '-c', 'sleep 5']);
			await sleep(1000);
			const live = startLiveRun(
				{kind: 'command', argv: ['sh', '-c', 'sleep 5']},
				{...options(), started},
			);
			expect(live.review.get().progress.startedAt).toBe(started.startedAt);
			await live.stopEarly();
			live.review.stop();
		},
	);
});
