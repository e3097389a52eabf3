/**
Team tour 62: Ben reopened the day's run on a team store reached over a slow network. For 17 s the screen said
`loading run.log… reading…` at 0 bytes while triage waited for the store (its connection, its decisions, the logs it
recorded lately), not for the log, which was read in milliseconds; `triage run` said the same for as long before it
even started pytest. The loading screen now says what it waits for. Here the store is a server that never answers
(the built CLI in a real terminal).
*/
import path from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {silentServer} from '../store/silent-server.js';
import {hasTmux, keys, start, waitFor} from '../tmux.js';

const demo = path.resolve('fixtures/demo/run.log');

let stopServer: (() => void) | undefined;
afterEach(() => {
	stopServer?.();
	stopServer = undefined;
});

describe.skipIf(!hasTmux)(
	'the loading screen while the store is slow to answer',
	() => {
		test('a review says it waits for the store, not that it reads the log; q still quits', async () => {
			const server = await silentServer();
			stopServer = server.close;
			const name = start([demo, '--store', server.url]);
			const text = await waitFor(
				name,
				screen => screen.includes('waiting for the store'),
				'the store wait to be said',
			);
			expect(text).toContain('loading run.log');
			expect(text).not.toContain('reading…');
			expect(text).not.toContain('once this step ends');
			keys(name, 'q');
			await waitFor(name, screen => /EXITED \d/.test(screen), 'the exit');
		}, 30_000);

		test('triage run says it waits for the store before its command starts', async () => {
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
			const text = await waitFor(
				name,
				screen => screen.includes('waiting for the store'),
				'the store wait to be said',
			);
			expect(text).not.toContain('reading…');
			// Its command starts once the store answered; q quits at once (team tour 63, team63-quit-while-store.test.ts).
			expect(text).not.toContain('once this step ends');
			expect(text).not.toContain('COMMAND-2');
		}, 30_000);
	},
);
