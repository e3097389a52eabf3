/**
Quitting a review of a followed log that another program truncated (`: > run.log`) while it was followed (QA 51,
still open; QA 52): the log was good input, read as far as it went, but leaving exited 2, bad input. A runtime
failure is exit 1, with its one line.
*/
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {hasTmux, keys, start, temporary, waitFor} from '../tmux.js';

describe.skipIf(!hasTmux)('a followed log truncated under the review', () => {
	test(
		'leaving says so in one line and exits 1',
		{timeout: 60_000},
		async () => {
			const folder = fs.mkdtempSync(path.join(temporary, 'truncated-'));
			const lines = fs
				.readFileSync('fixtures/demo/run.log', 'utf8')
				.split('\n');
			const file = path.join(folder, 'run.log');
			// The run's beginning, no final line: still being written.
			fs.writeFileSync(file, lines.slice(0, 60).join('\n') + '\n');
			const name = start([
				'--triage',
				path.join(folder, 'triage.jsonl'),
				'--follow',
				// As typed from the terminal's folder, so that the line names it so.
				path.relative(temporary, file),
			]);
			await waitFor(
				name,
				text => text.includes('RUNNING'),
				'the live review',
				30_000,
			);
			fs.truncateSync(file, 0);
			await waitFor(
				name,
				text => text.includes('truncated while followed'),
				'the header to say so',
				30_000,
			);
			keys(name, 'q');
			const text = await waitFor(
				name,
				screen => screen.includes('EXITED'),
				'triage to exit',
				30_000,
			);
			expect(text).toContain(
				`triage: ${path.relative(temporary, file)}: truncated while followed`,
			);
			expect(text).not.toMatch(/^\s+at /m);
			expect(text).toContain('EXITED 1');
		},
	);
});
