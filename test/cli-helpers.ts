import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const cliPath = path.resolve('dist/cli.js');

if (!fs.existsSync(cliPath)) {
	throw new Error(
		'dist/cli.js is missing: run `npm run build` first (npm test does)',
	);
}

/** Preferences of these runs live here, never in the user's own config directory. */
export const configHome = fs.mkdtempSync(
	path.join(os.tmpdir(), 'triage-config-'),
);

export type CliResult = {status: number | null; stdout: string; stderr: string};

/** Runs the built CLI as a user would, without a terminal. */
export function runCli(
	args: readonly string[],
	options: {
		input?: string | Buffer;
		cwd?: string;
		env?: Record<string, string>;
		/** Milliseconds before the run is killed (its status is then null): for tests of what must not hang. */
		timeout?: number;
	} = {},
): CliResult {
	const result = spawnSync(process.execPath, [cliPath, ...args], {
		cwd: options.cwd ?? process.cwd(),
		input: options.input,
		encoding: 'utf8',
		env: {
			...process.env,
			NO_COLOR: '1',
			XDG_CONFIG_HOME: configHome,
			// The run history would make each run's result depend on the runs before it: tests of the history opt in.
			TRIAGE_HISTORY: 'off',
			...options.env,
		},
		maxBuffer: 256 * 1024 * 1024,
		...(options.timeout !== undefined && {timeout: options.timeout}),
	});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}
