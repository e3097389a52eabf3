/**
`triage run -- pytest …` as a CI job runs it: stdin, stdout and stderr pipes, no terminal. The tests run,
pytest's output passes through, the log is kept in `.triage/logs/` and recorded, and the exit code is
pytest's. Before, triage refused (exit 2, "the review needs a terminal") and never ran the command.
*/
import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {afterAll, describe, expect, test} from 'vitest';
import {cliPath, configHome} from '../cli-helpers.js';

const hasPytest =
	spawnSync('python3', ['-m', 'pytest', '--version']).status === 0;
const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-ci-run-'));

afterAll(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

/** A folder with one passing and one failing test. */
function suite(name: string): string {
	const folder = path.join(directory, name);
	fs.mkdirSync(path.join(folder, 'tests'), {recursive: true});
	fs.writeFileSync(
		path.join(folder, 'tests', 'test_ci.py'),
		[
			'def test_passes():',
			'    pass',
			'def test_fails():',
			'    assert 1 == 2',
			'',
		].join('\n'),
	);
	return folder;
}

function runInCi(folder: string, command: readonly string[]) {
	return spawnSync(process.execPath, [cliPath, 'run', '--', ...command], {
		cwd: folder,
		input: '',
		encoding: 'utf8',
		timeout: 60_000,
		env: {
			...process.env,
			NO_COLOR: '1',
			XDG_CONFIG_HOME: configHome,
			TRIAGE_HISTORY: '',
		},
	});
}

describe.skipIf(!hasPytest)('triage run without a terminal', () => {
	test("runs pytest, passes its output through, keeps the log and exits with pytest's code", () => {
		const folder = suite('fails');
		const result = runInCi(folder, [
			'python3',
			'-m',
			'pytest',
			'-v',
			'-p',
			'no:cacheprovider',
			'tests',
		]);
		expect(result.stderr).not.toContain('needs a terminal');
		expect(result.status).toBe(1);
		expect(result.stdout).toContain('tests/test_ci.py::test_fails FAILED');
		expect(result.stdout).toMatch(/1 failed, 1 passed/);
		// No escape sequence of a screen in a CI's log.
		expect(result.stdout).not.toContain('\u001B[?');
		const kept = fs.readdirSync(path.join(folder, '.triage', 'logs'));
		expect(kept).toEqual([expect.stringMatching(/^run-.*\.log$/)]);
		expect(result.stderr).toContain(
			`the log is kept as .triage/logs/${kept[0]!}`,
		);
		// The kept log is what `triage report` reads next, with no LOG named.
		const report = spawnSync(process.execPath, [cliPath, 'report'], {
			cwd: folder,
			encoding: 'utf8',
			env: {...process.env, NO_COLOR: '1', XDG_CONFIG_HOME: configHome},
		});
		expect(report.status).toBe(0);
		expect(report.stdout).toContain('test_fails');
	});

	test('a -q run whose tests all pass names none of them: it says so, not that no test ran (QA 50)', () => {
		const folder = suite('quiet-passes');
		const result = runInCi(folder, [
			'python3',
			'-m',
			'pytest',
			'-q',
			'-p',
			'no:cacheprovider',
			'-k',
			'test_passes',
		]);
		expect(result.status).toBe(0);
		const kept = fs.readdirSync(path.join(folder, '.triage', 'logs'));
		expect(result.stderr).toBe(
			`triage: pytest named none of the tests it counted (1; \`-q\` names no test that passed), so no run was recorded; the log is kept as .triage/logs/${kept[0]!}\n`,
		);
	});

	test('pytest refusing its command line (exit 4, no test ran): its code, the log kept, and no run recorded, said so', () => {
		const folder = suite('usage-error');
		const result = runInCi(folder, [
			'python3',
			'-m',
			'pytest',
			'-p',
			'no:cacheprovider',
			'no_such_dir',
		]);
		expect(result.status).toBe(4);
		const kept = fs.readdirSync(path.join(folder, '.triage', 'logs'));
		expect(kept).toEqual([expect.stringMatching(/^run-.*\.log$/)]);
		expect(result.stderr).toBe(
			`triage: no test ran, so no run was recorded; the log is kept as .triage/logs/${kept[0]!}\n`,
		);
		const history = spawnSync(process.execPath, [cliPath, 'history'], {
			cwd: folder,
			encoding: 'utf8',
			env: {...process.env, NO_COLOR: '1', XDG_CONFIG_HOME: configHome},
		});
		expect(history.stdout).toContain('no runs recorded');
	});

	test('a command that is not there: its own code (127) and one line', () => {
		const result = runInCi(suite('missing'), ['no-such-command-qa37']);
		expect(result.status).toBe(127);
		expect(result.stderr).toBe(
			'triage: no-such-command-qa37: command not found\n',
		);
	});

	test('a command that succeeds but prints no test log: exit 2, and what it printed', () => {
		const result = runInCi(suite('silent'), ['python3', '-c', 'print(1)']);
		expect(result.status).toBe(2);
		expect(result.stderr).toBe(
			'triage: python3 exited with code 0 and printed no test log; its last line: 1\n',
		);
	});

	test('a CI job cancelled (SIGTERM): pytest is interrupted, prints its summary, the log is kept; exit 143', async () => {
		const folder = suite('cancelled');
		fs.writeFileSync(
			path.join(folder, 'tests', 'test_long.py'),
			'import time\ndef test_long():\n    time.sleep(60)\n',
		);
		const child = spawn(
			process.execPath,
			[
				cliPath,
				'run',
				'--',
				'python3',
				'-m',
				'pytest',
				'-v',
				'-p',
				'no:cacheprovider',
				'tests',
			],
			{
				cwd: folder,
				env: {...process.env, NO_COLOR: '1', XDG_CONFIG_HOME: configHome},
			},
		);
		let stdout = '';
		let isSent = false;
		child.stdout.on('data', (chunk: Uint8Array) => {
			stdout += String(chunk);
			// Once: a second signal stops the command at once, as a second Ctrl-C does.
			if (!isSent && stdout.includes('test_long.py::test_long')) {
				isSent = true;
				child.kill('SIGTERM');
			}
		});
		const code = await new Promise<number | null>(resolve => {
			child.on('close', resolve);
		});
		expect(code).toBe(143);
		// Stopped as Ctrl-C stops pytest, not killed: its interrupted summary is in the log.
		expect(stdout).toContain('KeyboardInterrupt');
		expect(stdout).toMatch(/1 failed, 1 passed in/);
		const kept = fs.readdirSync(path.join(folder, '.triage', 'logs'));
		expect(kept).toEqual([expect.stringMatching(/^run-.*\.log$/)]);
	}, 60_000);

	test("a reader that goes away (| head -1): the run goes on, its log is kept, the exit is pytest's", async () => {
		const folder = suite('head');
		const child = spawn(
			process.execPath,
			[
				cliPath,
				'run',
				'--',
				'python3',
				'-m',
				'pytest',
				'-v',
				'-p',
				'no:cacheprovider',
				'tests',
			],
			{
				cwd: folder,
				env: {...process.env, NO_COLOR: '1', XDG_CONFIG_HOME: configHome},
			},
		);
		child.stdout.once('data', () => {
			child.stdout.destroy();
		});
		const code = await new Promise<number | null>(resolve => {
			child.on('close', resolve);
		});
		expect(code).toBe(1);
		expect(fs.readdirSync(path.join(folder, '.triage', 'logs'))).toEqual([
			expect.stringMatching(/^run-.*\.log$/),
		]);
	}, 60_000);

	test('with the history off, the line says the log was not kept and how to keep one', () => {
		const folder = suite('off');
		const result = spawnSync(
			process.execPath,
			[
				cliPath,
				'run',
				'--no-history',
				'--',
				'python3',
				'-m',
				'pytest',
				'-q',
				'-p',
				'no:cacheprovider',
				'tests',
			],
			{
				cwd: folder,
				input: '',
				encoding: 'utf8',
				env: {...process.env, NO_COLOR: '1', XDG_CONFIG_HOME: configHome},
			},
		);
		expect(result.status).toBe(1);
		expect(result.stderr).toBe(
			'triage: no terminal, so no review; the log was not kept (the history is off): `| tee run.log` keeps a copy\n',
		);
		expect(fs.existsSync(path.join(folder, '.triage'))).toBe(false);
	});
});

test('run --help tells a CI engineer what happens without a terminal', () => {
	const result = spawnSync(process.execPath, [cliPath, 'run', '--help'], {
		encoding: 'utf8',
	});
	expect(result.stdout.replaceAll(/\s+/g, ' ')).toContain(
		'without a terminal (CI) no review: the output passes through and the log is kept in .triage/logs/',
	);
});
