/**
The built CLI in a real terminal: our own tmux server (a person's sessions are never touched), a
120×40 window per CLI run, its screen as captured, keys sent as a person types them.
*/
import {execFileSync, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {afterAll} from 'vitest';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;
export const cli = path.resolve('dist/cli.js');
/** Our own tmux server, so that a person's sessions are never touched. */
const socket = `triage-test-${process.pid}`;
export const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-tmux-'));

export function tmux(...args: string[]): string {
	return execFileSync('tmux', ['-L', socket, ...args], {encoding: 'utf8'});
}

export function quote(text: string): string {
	return `'${text.replaceAll("'", String.raw`'\''`)}'`;
}

let sessions = 0;

/** Start the CLI in a 120×40 tmux window; the shell stays to report the exit code. */
export function start(
	args: readonly string[],
	input?: string,
	/** A shell command whose output is piped to the CLI (a slow pipe: the log arrives in parts). */
	pipeCommand?: string,
	extraEnvironment = '',
	/** Variables the test runner sets to take away as well (vitest's `FORCE_COLOR=0` takes the colours). */
	unset: readonly string[] = [],
): string {
	const name = `review-${++sessions}`;
	const environment = [
		// Ink renders only the last frame under CI; the test is about what a person sees.
		`env -u CI -u CONTINUOUS_INTEGRATION${unset.map(variable => ` -u ${variable}`).join('')}`,
		`XDG_CONFIG_HOME=${quote(path.join(temporary, 'config'))}`,
		'TERM=xterm-256color',
		extraEnvironment,
	].join(' ');
	const pipe =
		pipeCommand === undefined
			? input === undefined
				? ''
				: `cat ${quote(input)} | `
			: `(${pipeCommand}) | `;
	const command = `cd ${quote(temporary)} && echo SHELL-BEFORE && ${pipe}${environment} ${quote(process.execPath)} ${quote(cli)} ${args.map(argument => quote(argument)).join(' ')}; echo "EXITED $?"; sleep 120`;
	tmux('new-session', '-d', '-s', name, '-x', '120', '-y', '40', command);
	return name;
}

export function screen(name: string): string {
	return tmux('capture-pane', '-p', '-t', name);
}

export async function waitFor(
	name: string,
	predicate: (text: string) => boolean,
	what: string,
	timeout = 15_000,
): Promise<string> {
	const started = Date.now();
	let text = '';
	while (Date.now() - started < timeout) {
		text = screen(name);
		if (predicate(text)) {
			return text;
		}

		await new Promise(resolve => {
			setTimeout(resolve, 50);
		});
	}

	throw new Error(`timed out waiting for ${what}; the screen:\n${text}`);
}

export function keys(name: string, ...sequence: string[]) {
	tmux('send-keys', '-t', name, ...sequence);
}

afterAll(() => {
	if (hasTmux) {
		spawnSync('tmux', ['-L', socket, 'kill-server']);
	}
});
