/**
An export or report over a file its owner made read-only (`chmod 444 out.csv`), in a folder they may write (QA 53):
the temp file was renamed over it, exit 0, and the file they had protected was gone, where a shell's `>` or `cp`
says `Permission denied`. It is one line and exit 1 now, the file as it was. Root writes anything, so as root the
CLI runs as `nobody` here.
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
	fs.mkdtempSync(path.join(os.tmpdir(), 'triage-qa53-readonly-')),
);
fs.chmodSync(folder, 0o755);
fs.copyFileSync(
	path.resolve('fixtures/pytest9/v/run.log'),
	path.join(folder, 'run.log'),
);
for (const name of ['kept.csv', 'kept.txt']) {
	fs.writeFileSync(path.join(folder, name), 'mine\n');
}

if (isRoot) {
	for (const name of ['', 'run.log', 'kept.csv', 'kept.txt']) {
		fs.chownSync(path.join(folder, name), nobody, nobody);
	}
}

for (const name of ['kept.csv', 'kept.txt']) {
	fs.chmodSync(path.join(folder, name), 0o444);
}

afterAll(() => {
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
				HOME: folder,
				XDG_CONFIG_HOME: path.join(folder, 'config'),
				NO_COLOR: '1',
				TRIAGE_HISTORY: 'off',
			},
		},
	);
	return {status: result.status, stderr: result.stderr};
}

test.each([
	[['export', '--csv', 'kept.csv', 'run.log'], 'kept.csv'],
	[['report', 'run.log', '--out', 'kept.txt'], 'kept.txt'],
])(
	'%j over a read-only file: one line, exit 1, the file kept',
	(args, file) => {
		const result = runCli(args);
		expect(result.stderr).toBe(
			`triage: ${file}: cannot write (permission denied)\n`,
		);
		expect(result.status).toBe(1);
		expect(fs.readFileSync(path.join(folder, file), 'utf8')).toBe('mine\n');
		expect(
			fs.readdirSync(folder).filter(name => name.endsWith('.tmp')),
		).toEqual([]);
	},
);

test('a writable file is still replaced', () => {
	fs.writeFileSync(path.join(folder, 'open.csv'), 'old\n');
	if (isRoot) {
		fs.chownSync(path.join(folder, 'open.csv'), nobody, nobody);
	}

	const result = runCli(['export', '--csv', 'open.csv', 'run.log']);
	expect(result.status).toBe(0);
	expect(fs.readFileSync(path.join(folder, 'open.csv'), 'utf8')).toMatch(
		/^File,Test Name,/,
	);
});
