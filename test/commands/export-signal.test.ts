/**
An export killed while it writes (a CI job cancelled: SIGTERM; Ctrl-C) leaves neither a half-written file
under the final name nor its temp file beside it. Before, Node's default for the signal skipped every
cleanup and `.out.json.PID.RANDOM.tmp` stayed in the folder.
*/
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {afterAll, expect, test} from 'vitest';
import {writeLog} from '../../bench/generate/write.js';
import {cliPath, configHome} from '../cli-helpers.js';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-signal-'));
const log = path.join(directory, 'big.log');

afterAll(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

/** Starts an export, sends `signal` as soon as its temp file shows, and waits for it to end. */
async function killedWhileWriting(
	signal: NodeJS.Signals,
	where: string,
): Promise<{code: number | null; signal: NodeJS.Signals | null}> {
	const child = spawn(
		process.execPath,
		[cliPath, 'export', log, '--json', 'out.json', '--no-history'],
		{
			cwd: where,
			stdio: 'ignore',
			env: {...process.env, NO_COLOR: '1', XDG_CONFIG_HOME: configHome},
		},
	);
	const ended = new Promise<{
		code: number | null;
		signal: NodeJS.Signals | null;
	}>(resolve => {
		child.on('exit', (code, signal) => {
			resolve({code, signal});
		});
	});
	let isSent = false;
	const poll = setInterval(() => {
		if (!isSent && fs.readdirSync(where).some(name => name.endsWith('.tmp'))) {
			isSent = true;
			child.kill(signal);
		}
	}, 2);
	const result = await ended;
	clearInterval(poll);
	expect(isSent).toBe(true);
	return result;
}

test.each([
	['SIGTERM', 143],
	['SIGINT', 130],
] as const)(
	'%s while the export writes: no temp file left, and the exit says so',
	async (signal, code) => {
		await writeLog({tests: 30_000, failRatio: 0.3, seed: 37}, log);
		const where = fs.mkdtempSync(path.join(directory, 'out-'));
		const result = await killedWhileWriting(signal, where);
		expect(result.code ?? 128 + os.constants.signals[signal]).toBe(code);
		const left = fs.readdirSync(where);
		expect(left.filter(name => name !== 'out.json')).toEqual([]);
		if (left.includes('out.json')) {
			// Put in place whole, or not at all.
			const text = fs.readFileSync(path.join(where, 'out.json'), 'utf8');
			expect(() => JSON.parse(text) as unknown).not.toThrow();
		}
	},
	60_000,
);
