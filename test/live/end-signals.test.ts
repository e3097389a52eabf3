/**
`triage run -- pytest …` ended from outside, in a real terminal (tmux): killed (SIGTERM) or hung up on (the
terminal closed, SIGHUP). It ends as quitting does: pytest is interrupted and prints its summary, the run is
recorded as far as it went, and no `.partial` file stays in `.triage/logs/`. The signal used to end triage at
once: the run lost, the log read so far left behind as a `.partial` file.
*/
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {cli, hasTmux, quote, start, temporary, tmux, waitFor} from '../tmux.js';

const hasPytest =
	spawnSync('python3', ['-m', 'pytest', '--version']).status === 0;

async function waitUntil(predicate: () => boolean, timeout: number) {
	const started = Date.now();
	while (!predicate() && Date.now() - started < timeout) {
		await new Promise(resolve => {
			setTimeout(resolve, 100);
		});
	}

	return predicate();
}

/** A suite with a failure, then a test that runs long enough to be interrupted; the triage file beside it. */
function suite(name: string): {folder: string; tests: string; journal: string} {
	const folder = path.join(temporary, name);
	fs.mkdirSync(path.join(folder, 'tests'), {recursive: true});
	fs.writeFileSync(
		path.join(folder, 'tests', 'test_signal.py'),
		[
			'import time',
			'def test_fails():',
			'    assert 1 == 2',
			'def test_long():',
			'    time.sleep(120)',
			'',
		].join('\n'),
	);
	return {
		folder,
		tests: path.join(name, 'tests'),
		journal: path.join(folder, 'triage.jsonl'),
	};
}

function isRunning(tests: string): boolean {
	return (
		spawnSync('pgrep', [
			'-f',
			`^[^ ]*python3 -m pytest -v -p no:cacheprovider ${tests}`,
		]).status === 0
	);
}

/** Whether the triage of `journal` is still running. */
function isTriageRunning(journal: string): boolean {
	return spawnSync('pgrep', ['-f', `--triage ${journal} run`]).status === 0;
}

function history(folder: string, journal: string): string {
	return spawnSync(process.execPath, [cli, 'history', '--triage', journal], {
		cwd: folder,
		encoding: 'utf8',
	}).stdout;
}

async function runUntilLongTest(name: string, stderr?: string) {
	const {folder, tests, journal} = suite(name);
	const session = start(
		[
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
		],
		undefined,
		undefined,
		// Its stderr kept where the test reads it, though the terminal closes: node run by a shell that redirects it.
		stderr === undefined
			? ''
			: `sh -c ${quote(`exec "$0" "$@" 2>${quote(stderr)}`)}`,
	);
	await waitFor(
		session,
		t => t.includes('RUNNING') && t.includes('test_fails'),
		'the first failure',
		30_000,
	);
	return {session, folder, tests, journal};
}

/** What is in `.triage/logs/` beside the triage file. */
function keptFiles(folder: string): string[] {
	const logs = path.join(folder, '.triage', 'logs');
	return fs.existsSync(logs) ? fs.readdirSync(logs) : [];
}

describe.skipIf(!hasTmux || !hasPytest)('triage run ended by a signal', () => {
	test('SIGTERM: pytest is interrupted, the run recorded with its summary, no .partial left; exit 143', async () => {
		const {session, folder, tests, journal} = await runUntilLongTest('sigterm');
		try {
			const shell = tmux('display', '-p', '-t', session, '#{pane_pid}').trim();
			const triage = spawnSync('pgrep', ['-P', shell], {encoding: 'utf8'})
				.stdout.trim()
				.split('\n')[0]!;
			process.kill(Number(triage), 'SIGTERM');
			await waitFor(session, t => t.includes('EXITED 143'), 'the exit');
			expect(isRunning(tests)).toBe(false);
			const files = keptFiles(folder);
			expect(files.filter(file => file.endsWith('.partial'))).toEqual([]);
			const kept = files.filter(file => file.endsWith('.log'));
			expect(kept).toHaveLength(1);
			// pytest's own account of the interruption is in the log kept, as when `q` interrupts it.
			expect(
				fs.readFileSync(path.join(folder, '.triage', 'logs', kept[0]!), 'utf8'),
			).toContain('KeyboardInterrupt');
			expect(history(folder, journal)).toMatch(
				/0 passed, 1 failed {2}\(INCOMPLETE\)/,
			);
		} finally {
			spawnSync('pkill', [
				'-KILL',
				'-f',
				`^[^ ]*python3 -m pytest -v -p no:cacheprovider ${tests}`,
			]);
		}
	}, 60_000);

	test('the terminal closed (SIGHUP): the run is recorded as far as it went, no .partial left', async () => {
		const stderr = path.join(temporary, 'sighup-stderr.txt');
		const {session, folder, tests, journal} = await runUntilLongTest(
			'sighup',
			stderr,
		);
		try {
			tmux('kill-session', '-t', session);
			expect(
				await waitUntil(
					() => history(folder, journal).includes('INCOMPLETE'),
					15_000,
				),
			).toBe(true);
			expect(history(folder, journal)).toMatch(
				/0 passed, 1 failed {2}\(INCOMPLETE\)/,
			);
			expect(isRunning(tests)).toBe(false);
			expect(
				keptFiles(folder).filter(file => file.endsWith('.partial')),
			).toEqual([]);
			// It ended by the hangup: Node restoring a terminal that is gone aborted it (node::ResetStdio).
			expect(await waitUntil(() => !isTriageRunning(journal), 10_000)).toBe(
				true,
			);
			expect(fs.readFileSync(stderr, 'utf8')).not.toContain('Assertion');
		} finally {
			spawnSync('pkill', [
				'-KILL',
				'-f',
				`^[^ ]*python3 -m pytest -v -p no:cacheprovider ${tests}`,
			]);
		}
	}, 60_000);

	test('a pipe (pytest -v | triage -) killed: the log read so far kept and recorded, exit 143', async () => {
		const {folder, tests, journal} = suite('sigterm-pipe');
		const session = start(
			['--triage', journal, '-'],
			undefined,
			`python3 -m pytest -v -p no:cacheprovider ${tests}`,
			'PYTHONUNBUFFERED=1',
		);
		try {
			await waitFor(
				session,
				t => t.includes('RUNNING') && t.includes('test_fails'),
				'the first failure',
				30_000,
			);
			const shell = tmux('display', '-p', '-t', session, '#{pane_pid}').trim();
			// The shell's children: the pipe's writer and triage, whose title is its name.
			const triage = spawnSync('pgrep', ['-x', '-P', shell, 'triage'], {
				encoding: 'utf8',
			})
				.stdout.trim()
				.split('\n')[0]!;
			process.kill(Number(triage), 'SIGTERM');
			await waitFor(
				session,
				t => t.replaceAll('\n', '').includes('the log read so far is kept in'),
				'the line on leaving',
			);
			expect(
				keptFiles(folder).filter(file => file.endsWith('.partial')),
			).toEqual([]);
			expect(history(folder, journal)).toMatch(/INCOMPLETE/);
			// The shell waits for the writer too: stopped here, it reports triage's exit.
			spawnSync('pkill', [
				'-KILL',
				'-f',
				`^[^ ]*python3 -m pytest -v -p no:cacheprovider ${tests}`,
			]);
			await waitFor(session, t => t.includes('EXITED 143'), 'the exit');
		} finally {
			spawnSync('pkill', [
				'-KILL',
				'-f',
				`^[^ ]*python3 -m pytest -v -p no:cacheprovider ${tests}`,
			]);
		}
	}, 60_000);
});
