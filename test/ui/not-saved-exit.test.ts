/**
Decisions that could not be saved (here the triage file's folder is not writable), in a real terminal (tmux):
the screen says NOT saved at the time, and quitting exits 1 with one line on stderr saying how many and where.
It used to exit 0, so a script reading `$?` was told all was well. A decision made again once the folder can be
written is saved, and the exit is 0 again.
*/
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {describe, expect, test} from 'vitest';
import {hasTmux, keys, start, temporary, waitFor} from '../tmux.js';

const log = path.resolve('fixtures/demo/run.log');
const isRoot = process.getuid?.() === 0;
// Root writes anywhere: the CLI runs as nobody, for whom a folder of root's is read-only.
const asNobody = 'setpriv --reuid=nobody --regid=nogroup --clear-groups';
const canDropRoot =
	!isRoot ||
	spawnSync('setpriv', [
		'--reuid=nobody',
		'--regid=nogroup',
		'--clear-groups',
		'true',
	]).status === 0;

function readOnlyFolder(name: string): string {
	// Nobody must reach the folder and the config folder below the test's temporary one.
	fs.chmodSync(temporary, 0o755);
	const config = path.join(temporary, 'config');
	fs.mkdirSync(config, {recursive: true});
	fs.chmodSync(config, 0o777);
	const folder = path.join(temporary, name);
	fs.mkdirSync(folder);
	fs.chmodSync(folder, isRoot ? 0o755 : 0o555);
	return folder;
}

describe.skipIf(!hasTmux || !canDropRoot)(
	'decisions not saved, then quit',
	() => {
		test('exit 1, and stderr says how many and where', async () => {
			const folder = readOnlyFolder('read-only');
			const name = start(
				['--triage', path.join(folder, 'triage.jsonl'), '--no-history', log],
				undefined,
				undefined,
				isRoot ? asNobody : '',
			);
			await waitFor(name, t => t.includes('0/47 decided'), 'the review');
			keys(name, 'b');
			await waitFor(name, t => t.includes('NOT saved'), 'the failed save');
			keys(name, 'j', 'e');
			await new Promise(resolve => {
				setTimeout(resolve, 500);
			});
			keys(name, 'q');
			const text = await waitFor(name, t => /EXITED \d/.test(t), 'the exit');
			const joined = text.replaceAll('\n', '');
			expect(joined).toContain('EXITED 1');
			expect(joined).toContain(
				`triage: 2 decisions were NOT saved to read-only/triage.jsonl (make them again once it can be written)`,
			);
		}, 30_000);

		test('a decision made again once the folder can be written: exit 0, nothing said', async () => {
			const folder = readOnlyFolder('writable-later');
			const name = start(
				['--triage', path.join(folder, 'triage.jsonl'), '--no-history', log],
				undefined,
				undefined,
				isRoot ? asNobody : '',
			);
			await waitFor(name, t => t.includes('0/47 decided'), 'the review');
			keys(name, 'b');
			await waitFor(name, t => t.includes('NOT saved'), 'the failed save');
			fs.chmodSync(folder, 0o777);
			// The cursor is given back to the failure not saved: the same key decides it again.
			keys(name, 'b');
			await waitFor(name, t => t.includes('1/47 decided'), 'the save');
			keys(name, 'q');
			const text = await waitFor(name, t => /EXITED \d/.test(t), 'the exit');
			expect(text).toContain('EXITED 0');
			expect(text.replaceAll('\n', '')).not.toContain('were NOT saved');
		}, 30_000);
	},
);
