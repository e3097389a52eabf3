/**
Quitting `triage run` while pytest is slow to stop, in a real terminal (tmux): out of the review the terminal is
in its usual mode, so a second Ctrl-C is a signal to triage. It stops the command at once, as a second Ctrl-C
stops pytest, and the run is still recorded; it used to end triage and leave pytest running with no parent.
*/
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {cli, hasTmux, keys, start, temporary, waitFor} from '../tmux.js';

const hasPytest =
	spawnSync('python3', ['-m', 'pytest', '--version']).status === 0;

/** Whether python running pytest on `tests` is still there (the shell's and triage's command lines name them too). */
function isRunning(tests: string): boolean {
	return (
		spawnSync('pgrep', [
			'-f',
			`^[^ ]*python3 -m pytest -v -p no:cacheprovider ${tests}`,
		]).status === 0
	);
}

async function waitUntil(predicate: () => boolean, timeout: number) {
	const started = Date.now();
	while (!predicate() && Date.now() - started < timeout) {
		await new Promise(resolve => {
			setTimeout(resolve, 50);
		});
	}

	return predicate();
}

describe.skipIf(!hasTmux || !hasPytest)('triage run stopped twice', () => {
	test('a second Ctrl-C while the command stops kills it at once; the run is recorded', async () => {
		const folder = path.join(temporary, 'stop-twice');
		// A test that ignores Ctrl-C, as a hung C extension or a test that catches KeyboardInterrupt does.
		fs.mkdirSync(path.join(folder, 'stubborn_tests'), {recursive: true});
		fs.writeFileSync(
			path.join(folder, 'stubborn_tests', 'test_stubborn.py'),
			[
				'import signal, time',
				'def test_fails():',
				'    assert 1 == 2',
				'def test_ignores_ctrl_c():',
				'    signal.signal(signal.SIGINT, signal.SIG_IGN)',
				'    time.sleep(600)',
				'',
			].join('\n'),
		);
		const journal = path.join(folder, 'triage.jsonl');
		const tests = path.join('stop-twice', 'stubborn_tests');
		const name = start([
			'--triage',
			journal,
			'run',
			'--',
			'python3',
			'-m',
			'pytest',
			'-v',
			'-p',
			'no:cacheprovider',
			tests,
		]);
		try {
			await waitFor(
				name,
				t => t.includes('RUNNING') && t.includes('test_fails'),
				'the first failure',
				30_000,
			);
			keys(name, 'C-c');
			// The grace before SIGKILL is 5 seconds: the line comes after one.
			await waitFor(
				name,
				t =>
					t
						.replaceAll('\n', '')
						.includes(
							'waiting for python3 to stop (interrupted as Ctrl-C would); Ctrl-C again kills it',
						),
				'the line said while pytest stops',
			);
			expect(isRunning(tests)).toBe(true);
			keys(name, 'C-c');
			expect(await waitUntil(() => !isRunning(tests), 3000)).toBe(true);
			// Recorded as far as it went, where `triage` with no LOG finds it.
			const history = () =>
				spawnSync(process.execPath, [cli, 'history', '--triage', journal], {
					cwd: folder,
					encoding: 'utf8',
				}).stdout;
			await waitUntil(() => history().includes('INCOMPLETE'), 10_000);
			expect(history()).toMatch(/0 passed, 1 failed {2}\(INCOMPLETE\)/);
		} finally {
			spawnSync('pkill', [
				'-KILL',
				'-f',
				`^[^ ]*python3 -m pytest -v -p no:cacheprovider ${tests}`,
			]);
		}
	}, 60_000);
});
