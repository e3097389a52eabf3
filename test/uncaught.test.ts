/**
An error that escapes every handler of the built CLI (thrown in a callback of a timer, a stream or a key, as Ink
6.8's useInput threw on Ctrl+F1; a rejected promise nobody awaits) is one line and exit 1, never Node's stack
trace. The throw is planted by a module Node loads first (`--require`); `report -` keeps the process waiting on
stdin, which is left open, until it fires.
*/
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {expect, test} from 'vitest';
import {cliPath, configHome} from './cli-helpers.js';

const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-uncaught-'));

async function runWith(
	planted: string,
): Promise<{status: number | null; stderr: string}> {
	const preload = path.join(temporary, `plant-${Math.random()}.cjs`);
	fs.writeFileSync(preload, planted);
	const child = spawn(
		process.execPath,
		['--require', preload, cliPath, 'report', '-'],
		{
			cwd: temporary,
			env: {
				...process.env,
				NO_COLOR: '1',
				XDG_CONFIG_HOME: configHome,
				TRIAGE_HISTORY: 'off',
				TRIAGE_DEBUG: '',
			},
			stdio: ['pipe', 'pipe', 'pipe'],
		},
	);
	let stderr = '';
	child.stderr.setEncoding('utf8');
	child.stderr.on('data', (chunk: string) => {
		stderr += chunk;
	});
	child.stdout.resume();
	const timer = setTimeout(() => {
		child.kill('SIGKILL');
	}, 20_000);
	const status = await new Promise<number | null>(resolve => {
		child.on('close', code => {
			resolve(code);
		});
	});
	clearTimeout(timer);
	child.stdin.destroy();
	return {status, stderr};
}

test.each([
	[
		'a throw in a timer',
		"setTimeout(() => { throw new TypeError('boom \\u001B]0;title\\u0007 here'); }, 400);",
		'triage: unexpected error: boom ␛]0;title␇ here\n',
	],
	[
		'a promise rejected with nobody waiting on it',
		"setTimeout(() => { Promise.reject(new Error('late')); }, 400);",
		'triage: unexpected error: late\n',
	],
])('%s: one line, exit 1', async (_what, planted, line) => {
	const {status, stderr} = await runWith(planted);
	expect(stderr).toBe(line);
	expect(status).toBe(1);
});
