/**
`triage run` in a terminal with its team store away: one line naming the store and exit 1, before the command
starts, so no suite runs whose decisions could not be saved (without a terminal, test/commands/run-store-away,
the command runs all the same and its log is kept).
*/
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {hasTmux, start, temporary, waitFor} from '../tmux.js';

describe.skipIf(!hasTmux)('triage run in a terminal, the store away', () => {
	test('one line and exit 1, and the command never starts', async () => {
		// Port 1 on this machine: nothing listens there, the connection is refused at once.
		const store = 'postgresql://ada@127.0.0.1:1/triage';
		const name = start([
			'run',
			'--store',
			store,
			'--',
			'sh',
			'-c',
			'touch ran',
		]);
		const text = await waitFor(name, t => /EXITED \d/.test(t), 'the exit');
		const joined = text.replaceAll('\n', '');
		expect(joined).toContain(
			`triage: store ${store}: connection refused (is PostgreSQL running there?)`,
		);
		expect(joined).toContain('EXITED 1');
		expect(fs.existsSync(path.join(temporary, 'ran'))).toBe(false);
	}, 30_000);
});
