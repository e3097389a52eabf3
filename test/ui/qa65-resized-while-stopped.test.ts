/**
QA tour 65: the review stopped with Ctrl+Z, the window made narrower while the shell had it, then `fg`: the
SIGWINCH of the resize went to the shell's process group, not the review's, so the review kept drawing for
the old width. Every line wider than the window wrapped, the top of the screen scrolled away, and it stayed
so until the next resize. Back from the shell, the review reads the size again.
*/
import path from 'node:path';
import process from 'node:process';
import {describe, expect, test} from 'vitest';
import {cli, hasTmux, keys, quote, temporary, tmux, waitFor} from '../tmux.js';

const log = path.resolve('fixtures/real/redis-py-killed-tb-short/run.log.gz');

/** The screen's lines, without the blank ones at the end. */
function linesOf(text: string): string[] {
	const lines = text.split('\n').map(line => line.trimEnd());
	while (lines.at(-1) === '') {
		lines.pop();
	}

	return lines;
}

describe.skipIf(!hasTmux)('the built CLI in tmux', () => {
	test(
		'a window resized while the review was stopped: back from the shell, it is drawn for the new size',
		{timeout: 60_000},
		async () => {
			const name = 'qa65-resized-stopped';
			// A shell with job control, as a person's.
			tmux(
				'new-session',
				'-d',
				'-s',
				name,
				'-x',
				'120',
				'-y',
				'40',
				'env -u CI -u CONTINUOUS_INTEGRATION TERM=xterm-256color bash --norc --noprofile -i',
			);
			keys(
				name,
				`cd ${quote(temporary)} && XDG_CONFIG_HOME=${quote(path.join(temporary, 'config'))} ${quote(process.execPath)} ${quote(cli)} --triage qa65-stopped.jsonl ${quote(log)}`,
				'Enter',
			);
			await waitFor(name, t => t.includes('0/165 decided'), 'the review');
			keys(name, 'C-z');
			await waitFor(
				name,
				t => t.includes('Stopped'),
				"the shell's job stopped",
			);
			tmux('resize-window', '-t', name, '-x', '60', '-y', '15');
			keys(name, 'fg', 'Enter');
			const footer =
				'j/k move  1/2/3 priority  b/c/e/t/u category  ? help  q quit';
			// Drawn for 60 columns: the header on the first line (nothing scrolled away), and the footer's keys of
			// a 60-column window on one line of their own (drawn for 120 columns, they wrapped, and stayed so).
			const text = await waitFor(
				name,
				t =>
					t.includes('back from the shell') &&
					linesOf(t).at(-1) === footer &&
					(linesOf(t)[0] ?? '').startsWith('run.log.gz · '),
				'the review back, drawn for 60 columns',
				10_000,
			);
			// One frame on the screen, not a frame's wrapped remains under another.
			expect(linesOf(text).filter(line => line.includes('decided'))).toEqual([
				expect.stringMatching(/ 0\/165 decided$/),
			]);
			keys(name, 'q');
			await waitFor(name, t => !t.includes('decided'), 'the exit');
		},
	);
});
