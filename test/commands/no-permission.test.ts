/**
Folders and files this user may not open (EACCES): one line naming the file as typed, and the right exit code,
never a stack trace, `unexpected error` or this machine's absolute path in the system's words. Root opens
anything, so as root the CLI runs as `nobody` here.
*/
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {afterAll, expect, test} from 'vitest';
import {cliPath} from '../cli-helpers.js';

const isRoot = process.getuid?.() === 0;
const nobody = 65_534;

const folder = fs.realpathSync(
	fs.mkdtempSync(path.join(os.tmpdir(), 'triage-eacces-')),
);
fs.chmodSync(folder, 0o755);
fs.copyFileSync(
	path.resolve('fixtures/demo/run.log'),
	path.join(folder, 'run.log'),
);
fs.mkdirSync(path.join(folder, 'home'));
for (const locked of ['locked', 'unwritable']) {
	fs.mkdirSync(path.join(folder, locked));
	fs.copyFileSync(
		path.resolve('fixtures/demo/run.log'),
		path.join(folder, locked, 'run.log'),
	);
	fs.writeFileSync(path.join(folder, locked, 'rules.json'), '{"rules": []}');
}

if (isRoot) {
	for (const name of ['', 'home', 'locked', 'unwritable']) {
		fs.chownSync(path.join(folder, name), nobody, nobody);
	}
}

fs.chmodSync(path.join(folder, 'locked'), 0o000);
fs.chmodSync(path.join(folder, 'unwritable'), 0o555);

afterAll(() => {
	fs.chmodSync(path.join(folder, 'locked'), 0o755);
	fs.rmSync(folder, {recursive: true, force: true});
});

function runCli(args: readonly string[]) {
	const command = isRoot
		? [
				'setpriv',
				'--reuid=nobody',
				'--regid=nogroup',
				'--clear-groups',
				'--',
				process.execPath,
			]
		: [process.execPath];
	const result = spawnSync(
		command[0]!,
		[...command.slice(1), cliPath, ...args],
		{
			cwd: folder,
			encoding: 'utf8',
			env: {
				...process.env,
				HOME: path.join(folder, 'home'),
				XDG_CONFIG_HOME: path.join(folder, 'home'),
				NO_COLOR: '1',
				TRIAGE_STORE: '',
			},
		},
	);
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

test.each([
	[
		['report', 'run.log', '--triage', 'locked/triage.jsonl'],
		'--triage locked/triage.jsonl: permission denied (the folder locked cannot be opened)',
		2,
	],
	[
		['undo', '--triage', 'locked/sub/triage.jsonl'],
		'--triage locked/sub/triage.jsonl: permission denied (the folder locked/sub cannot be opened)',
		2,
	],
	[
		['compact', '--triage', 'locked/triage.jsonl'],
		'--triage locked/triage.jsonl: permission denied (the folder locked cannot be opened)',
		2,
	],
	[
		['report', 'run.log', '--out', 'locked/report.txt'],
		'--out locked/report.txt: permission denied (the folder locked cannot be opened)',
		2,
	],
	[
		['rules', '--rules', 'locked/rules.json'],
		'locked/rules.json: permission denied',
		2,
	],
	[
		['import', 'locked/edited.csv', 'run.log'],
		'locked/edited.csv: permission denied',
		2,
	],
	[['report', 'locked/run.log'], 'locked/run.log: permission denied', 2],
])('%j: %s, exit %i', (args, line, status) => {
	const result = runCli(args);
	expect(result.stderr).toBe(`triage: ${line}\n`);
	expect(result.status).toBe(status);
});

test('a history folder that cannot be made: one warning in its own words, the export goes on', () => {
	const result = runCli([
		'export',
		'run.log',
		'--json',
		'-',
		'--triage',
		'unwritable/triage.jsonl',
	]);
	expect(result.status).toBe(0);
	expect(result.stderr).toBe(
		'triage: warning: run history not used (unwritable/.triage/history.sqlite: cannot open (permission denied)): working from the logs given alone\n',
	);
	expect(result.stderr).not.toContain(folder);
});
