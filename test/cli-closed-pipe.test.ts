/**
A reader that goes away before triage writes (`triage --help | head -0`, `triage --version | true`): triage stops
quietly with exit 0, as every command does (main.tsx), where --help and --version, answered before the rest is
loaded, died of an unhandled EPIPE with Node's stack trace and exit 1 (QA 45). A write that fails otherwise
(`> /dev/full`) is one line and exit 1.
*/
import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import process from 'node:process';
import {expect, test} from 'vitest';
import {cliPath, configHome} from './cli-helpers.js';

async function withReaderGone(
	args: readonly string[],
): Promise<{code: number | null; stderr: string}> {
	const child = spawn(process.execPath, [cliPath, ...args], {
		env: {...process.env, NO_COLOR: '1', XDG_CONFIG_HOME: configHome},
	});
	// The reader closes its end before triage has started, as `head -0` does.
	child.stdout.destroy();
	let stderr = '';
	child.stderr.setEncoding('utf8');
	child.stderr.on('data', (chunk: string) => {
		stderr += chunk;
	});
	const code = await new Promise<number | null>(resolve => {
		child.on('close', resolve);
	});
	return {code, stderr};
}

test.each([[['--help']], [['--version']], [['report', '--help']]])(
	'%j into a pipe nobody reads: exit 0, nothing on stderr',
	async args => {
		const {code, stderr} = await withReaderGone(args);
		expect(stderr).toBe('');
		expect(code).toBe(0);
	},
);

test.skipIf(!fs.existsSync('/dev/full'))(
	'--help into a full disk (> /dev/full): one line, exit 1',
	() => {
		const full = fs.openSync('/dev/full', 'w');
		try {
			const result = spawnSync(process.execPath, [cliPath, '--help'], {
				stdio: ['ignore', full, 'pipe'],
				encoding: 'utf8',
				env: {...process.env, NO_COLOR: '1', XDG_CONFIG_HOME: configHome},
			});
			expect(result.stderr).toBe(
				'triage: stdout: write failed (no space left on the device)\n',
			);
			expect(result.status).toBe(1);
		} finally {
			fs.closeSync(full);
		}
	},
);
