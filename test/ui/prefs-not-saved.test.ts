/**
A review whose place cannot be kept (the config folder is not writable: here a file stands where it would
be), in a real terminal (tmux): the review works, and leaving says once that the place, the filter and the
order are not kept. It used to say nothing, and the next review opened at the top without a word of why.
*/
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {quote, hasTmux, keys, start, temporary, waitFor} from '../tmux.js';

const log = path.resolve('fixtures/demo/run.log');

describe.skipIf(!hasTmux)('preferences that cannot be saved', () => {
	test('the review goes on, and leaving says the place is not kept', async () => {
		const notAFolder = path.join(temporary, 'config-is-a-file');
		fs.writeFileSync(notAFolder, '');
		const journal = path.join(temporary, 'prefs-not-saved.jsonl');
		const name = start(
			['--triage', journal, '--no-history', log],
			undefined,
			undefined,
			`XDG_CONFIG_HOME=${quote(notAFolder)}`,
		);
		await waitFor(name, t => t.includes('0/47 decided'), 'the review');
		keys(name, 'j', 'j', 'q');
		const text = await waitFor(name, t => t.includes('EXITED 0'), 'the exit');
		const joined = text.replaceAll('\n', '');
		expect(joined).toContain('triage: warning: preferences are not saved: ');
		expect(joined).toContain(
			'; the place, the filter and the order are not kept for next time',
		);
		expect(joined.split('preferences are not saved')).toHaveLength(2);
	}, 30_000);
});
