/**
A live run on a team's store whose server goes away before the run ends: its run is not recorded there, and the
session's line says how to record the kept log once the store is back. The live review showed that line only in
its header, after the counts, cut at the terminal's width (`… · 1 xfailed · the log was read, but its…`), and
nothing on leaving: the command to record the run was never seen (QA 29, the built CLI in tmux, real pytest
7.2, `pg_ctl stop` mid-run). Leaving prints it whole on stderr, as a pipe quit early says where its log is kept.
*/
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {
	hasTmux,
	keys,
	quote,
	start,
	temporary,
	tmux,
	waitFor,
} from '../tmux.js';
import {serverForTests} from './server.js';

const server = hasTmux
	? await serverForTests('live run, store away')
	: undefined;

/** The pane with wrapped lines joined: a line longer than 120 columns reads as printed. */
function joined(name: string): string {
	return tmux('capture-pane', '-p', '-J', '-t', name);
}

describe.skipIf(!server)(
	'a live run whose store goes away before it ends',
	() => {
		test('leaving says in full that the run is not on the store, and the command to record it', async () => {
			const url = await server!.createDatabase();
			const folder = fs.mkdtempSync(path.join(temporary, 'store-away-'));
			const log = fs.readFileSync('fixtures/demo/run.log');
			const half = log.indexOf('\n', log.length / 2) + 1;
			fs.writeFileSync(path.join(folder, 'first.log'), log.subarray(0, half));
			fs.writeFileSync(path.join(folder, 'second.log'), log.subarray(half));
			const go = path.join(folder, 'go');
			const name = start(
				[
					'--store',
					url,
					'--who',
					'ada',
					'--triage',
					path.join(folder, 'triage.jsonl'),
					'-',
				],
				undefined,
				`cat ${quote(path.join(folder, 'first.log'))}; while [ ! -e ${quote(go)} ]; do sleep 0.1; done; cat ${quote(path.join(folder, 'second.log'))}`,
			);
			await waitFor(
				name,
				text => text.includes('RUNNING'),
				'the live review',
				30_000,
			);
			server!.stop();
			try {
				fs.writeFileSync(go, '');
				// The header has room for the line's start at most: here its counts fill the 120 columns.
				await waitFor(
					name,
					text => text.includes('· complete ·'),
					'the run read to its end',
					30_000,
				);
			} finally {
				server!.start();
			}

			keys(name, 'q');
			const text = await waitFor(
				name,
				screen => screen.includes('EXITED'),
				'triage to exit',
				30_000,
			);
			expect(text).toContain('EXITED 0');
			const said = joined(name);
			expect(said).toMatch(
				/triage: the log was read, but its run is not recorded on the store \(store postgresql:\/\/.*\); record it once the store is back: triage record --store \S+ \S*\.triage\/logs\/stdin-\S+\.log/,
			);
		});
	},
);
