/**
`--follow` on a log whose writer is killed before pytest's final line (QA 51: pytest -v | tee run.log, pytest killed
with kill -9): the header said RUNNING with its clock going for ever over a log nobody would write again. The log
ends there now, as a pipe's does when its writer dies, with every byte written before the kill read; a writer
still there, or another process writing the log after the first ended, keeps it followed.
*/
import {type ChildProcess, spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {setTimeout as sleep} from 'node:timers/promises';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {builtInRuleSet} from '../../source/classify/rules/built-in.js';
import {startLiveRun} from '../../source/live/live-run.js';
import {openJournal} from '../../source/triage/journal.js';

const hasProc = fs.existsSync('/proc/self/fdinfo');

const head = [
	'============================= test session starts ==============================',
	'platform linux -- Python 3.11.7, pytest-9.0.3, pluggy-1.6.0 -- /usr/bin/python3',
	'rootdir: /src/tiny',
	'collecting ... collected 3 items',
	'',
	'tests/test_a.py::test_one PASSED                                         [ 33%]',
	'',
].join('\n');
// The line pytest was writing when it was killed: the test's id, its outcome never printed.
const cut = 'tests/test_a.py::test_two ';

let folder: string;
const children: ChildProcess[] = [];
beforeEach(() => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-writer-gone-'));
});
afterEach(() => {
	for (const child of children.splice(0)) {
		child.kill('SIGKILL');
	}

	fs.rmSync(folder, {recursive: true, force: true});
});

/**
A process that opens `file` (`flags`), writes `text`, and stays; a line on its stdin makes it write `last` and kill
itself at once (kill -9 right after a write). Resolves once `text` is in the file.
*/
async function startWriter(
	file: string,
	text: string,
	flags = 'w',
	last = '',
): Promise<ChildProcess> {
	const size = fs.existsSync(file) ? fs.statSync(file).size : 0;
	const child = spawn(
		process.execPath,
		[
			'-e',
			`const fs = require('fs'); const fd = fs.openSync(${JSON.stringify(file)}, ${JSON.stringify(flags)}); fs.writeSync(fd, ${JSON.stringify(text)}); process.stdin.once('data', () => { fs.writeSync(fd, ${JSON.stringify(last)}); process.kill(process.pid, 'SIGKILL'); });`,
		],
		{stdio: ['pipe', 'ignore', 'ignore']},
	);
	children.push(child);
	while (!fs.existsSync(file) || fs.statSync(file).size < size + text.length) {
		await sleep(20);
	}

	return child;
}

function follow(file: string) {
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
	let text = '';
	let hasEnded = false;
	const reading = (async () => {
		for await (const chunk of live.streams!.get(file)!) {
			text += Buffer.from(chunk as Uint8Array).toString('utf8');
		}

		hasEnded = true;
	})();
	return {
		live,
		reading,
		text: () => text,
		hasEnded: () => hasEnded,
	};
}

async function until(predicate: () => boolean, what: string): Promise<void> {
	const started = Date.now();
	while (!predicate()) {
		if (Date.now() - started > 20_000) {
			throw new Error(`timed out waiting for ${what}`);
		}

		await sleep(50);
	}
}

describe.skipIf(!hasProc || process.platform !== 'linux')(
	'a followed log whose writer is killed',
	() => {
		test(
			'ends where the writer was killed, with what it wrote just before, and the header says why',
			{timeout: 60_000},
			async () => {
				const file = path.join(folder, 'run.log');
				const writer = await startWriter(file, head, 'w', cut);
				const followed = follow(file);
				try {
					await until(() => followed.text() === head, 'the head read');
					// Time for /proc to be asked who writes the log (after the first frame, without blocking it).
					await sleep(2000);
					expect(followed.hasEnded()).toBe(false);
					writer.stdin!.write('go\n');
					// Without the watch, the log was followed for ever: this timed out.
					await until(followed.hasEnded, 'the followed log to end');
					await followed.reading;
					expect(followed.text()).toBe(head + cut);
					expect(followed.live.review.get().progress.note).toBe(
						'its writer ended before pytest’s final line',
					);
				} finally {
					await followed.live.stopEarly();
					followed.live.review.stop();
				}
			},
		);

		test(
			'is followed on while another process still writes it, and ends once that one is killed too',
			{timeout: 60_000},
			async () => {
				const file = path.join(folder, 'run.log');
				const first = await startWriter(file, head);
				// `pytest … >> run.log` again, or a `tee -a` started after: a second process holding the log for writing.
				const second = await startWriter(file, 'x', 'a', cut);
				const followed = follow(file);
				try {
					await until(() => followed.text() === `${head}x`, 'the head read');
					await sleep(2000);
					first.kill('SIGKILL');
					await sleep(3000);
					expect(followed.hasEnded()).toBe(false);
					expect(followed.live.review.get().progress.phase).not.toBe('ended');
					second.stdin!.write('go\n');
					await until(followed.hasEnded, 'the followed log to end');
					expect(followed.text()).toBe(`${head}x${cut}`);
				} finally {
					await followed.live.stopEarly();
					followed.live.review.stop();
				}
			},
		);

		test(
			'a writer that ends right after the final line ends the log as before, with no note',
			{timeout: 60_000},
			async () => {
				const file = path.join(folder, 'run.log');
				const final =
					'tests/test_a.py::test_two PASSED                                         [ 66%]\n' +
					'tests/test_a.py::test_six PASSED                                         [100%]\n\n' +
					'============================== 3 passed in 0.01s ===============================\n';
				const writer = await startWriter(file, head, 'w', final);
				const followed = follow(file);
				try {
					await until(() => followed.text() === head, 'the head read');
					await sleep(2000);
					writer.stdin!.write('go\n');
					await until(followed.hasEnded, 'the followed log to end');
					expect(followed.text()).toBe(head + final);
					expect(followed.live.review.get().progress.note).toBeUndefined();
				} finally {
					await followed.live.stopEarly();
					followed.live.review.stop();
				}
			},
		);
	},
);
