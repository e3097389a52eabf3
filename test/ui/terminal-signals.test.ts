/**
The built CLI in a real terminal (tmux), ended from outside as a machine does it: `kill` (SIGTERM) and the terminal
closed (SIGHUP, an ssh connection dropped). It ends as `q` does (QA 51): leaving says what the screen showed as not
saved (a decision the triage file refused, the note being typed), the place is kept for next time, and the exit says
the signal (143, 129). Before, a kill ended the review at once: exit 143 and nothing said of either.
*/
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {describe, expect, test} from 'vitest';
import {hasTmux, keys, start, temporary, tmux, waitFor} from '../tmux.js';

const log = path.resolve('fixtures/real/redis-py-killed-tb-short/run.log.gz');

/** The CLI's pid: the shell's one child (env execs node). */
function cliPid(name: string): number {
	const shell = tmux('display-message', '-p', '-t', name, '#{pane_pid}').trim();
	return Number(
		execFileSync('pgrep', ['-P', shell], {encoding: 'utf8'}).trim(),
	);
}

describe.skipIf(!hasTmux)('the review ended from outside', () => {
	test(
		'SIGTERM: the decision not saved and the note being typed are said on leaving, exit 143',
		{timeout: 60_000},
		async () => {
			const folder = path.join(temporary, 'term');
			fs.mkdirSync(folder);
			const journal = path.join(folder, 'triage.jsonl');
			const name = start(['--triage', journal, log]);
			await waitFor(name, t => t.includes('0/165 decided'), 'the review');
			keys(name, 'b');
			// Saved, not only shown ('saving:' comes first): the triage file is there to move.
			await waitFor(
				name,
				t => t.includes('1/165 decided') && t.includes('✓ saved'),
				'a decision saved',
			);
			// Another program puts a folder where the triage file was: the next decision cannot be saved.
			fs.renameSync(journal, path.join(folder, 'moved.jsonl'));
			fs.mkdirSync(journal);
			keys(name, 'e');
			await waitFor(
				name,
				t => t.includes('is a folder, not a file'),
				'NOT saved',
			);
			keys(name, '#');
			await waitFor(name, t => t.includes('note: '), 'the note line');
			keys(name, 'half a note');
			await waitFor(
				name,
				t => t.includes('note: half a note'),
				'the note typed',
			);
			process.kill(cliPid(name), 'SIGTERM');
			const after = await waitFor(
				name,
				t => t.includes('EXITED 143'),
				'the exit',
			);
			const said = after.replaceAll('\n', '');
			expect(said).toContain(
				'was not saved (triage was killed before Enter): half a note',
			);
			expect(said).toContain('triage: 1 decision was NOT saved to');
			expect(after).not.toContain('decided');
		},
	);

	test(
		'SIGHUP (the terminal closed): the place is kept for next time, exit 129',
		{timeout: 60_000},
		async () => {
			const journal = path.join(temporary, 'hup.jsonl');
			const first = start(['--triage', journal, log]);
			await waitFor(first, t => t.includes('0/165 decided'), 'the review');
			keys(first, 'j', 'j');
			await waitFor(
				first,
				t => /› +FAIL .*test_mset_on_cluster_multiple_slots/.test(t),
				'the third row',
			);
			process.kill(cliPid(first), 'SIGHUP');
			await waitFor(first, t => t.includes('EXITED 129'), 'the exit');
			const second = start(['--triage', journal, log]);
			// Before, the review opened on the first row again: a hang-up lost the place.
			await waitFor(
				second,
				t => /› +FAIL .*test_mset_on_cluster_multiple_slots/.test(t),
				'the review on the third row',
			);
			keys(second, 'q');
			await waitFor(second, t => t.includes('EXITED 0'), 'the exit');
		},
	);
});
