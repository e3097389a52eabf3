/**
Team tour 63: `q` could not quit while triage waited for a team's store (the loading screen said `q quits once this
step ends`): `triage run` waited for the store before starting its command, for as long as a slow network or a
server gone silent took. q now quits at once, starts nothing, and says in one line what was not done. Here the store
is a server that never answers (the built CLI in a real terminal).
*/
import {afterEach, describe, expect, test} from 'vitest';
import {silentServer} from '../store/silent-server.js';
import {hasTmux, keys, start, waitFor} from '../tmux.js';

let stopServer: (() => void) | undefined;
afterEach(() => {
	stopServer?.();
	stopServer = undefined;
});

describe.skipIf(!hasTmux)('q while triage waits for the store', () => {
	test('triage run quits at once, its command not started, and says so (exit 1)', async () => {
		const server = await silentServer();
		stopServer = server.close;
		const name = start([
			'run',
			'--store',
			server.url,
			'--',
			'sh',
			'-c',
			'echo COMMAND-$((1+1))',
		]);
		await waitFor(
			name,
			screen => screen.includes('waiting for the store'),
			'the store wait to be said',
		);
		keys(name, 'q');
		const text = await waitFor(
			name,
			screen => /EXITED \d/.test(screen),
			'the exit',
		);
		expect(text).toContain(
			'quit while waiting for the store: sh -c echo COMMAND-$((1+1)) was not started; nothing was decided',
		);
		expect(text).toContain('EXITED 1');
		expect(text).not.toContain('COMMAND-2');
		expect(text).not.toMatch(/\n\s+at /);
	}, 30_000);

	test('--follow quits at once and says the log was not followed', async () => {
		const server = await silentServer();
		stopServer = server.close;
		const name = start(['--follow', 'later.log', '--store', server.url]);
		await waitFor(
			name,
			screen => screen.includes('waiting for the store'),
			'the store wait to be said',
		);
		keys(name, 'q');
		const text = await waitFor(
			name,
			screen => /EXITED \d/.test(screen),
			'the exit',
		);
		expect(text).toContain(
			'quit while waiting for the store: later.log was not followed; nothing was decided',
		);
		expect(text).toContain('EXITED 0');
	}, 30_000);
});
