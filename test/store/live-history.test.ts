/**
A live run on a team's store is judged against the store's runs while it is read, as its final review is. The live
review read the SQLite history beside the triage file instead, which a store never records in: on the second day's
run every failure said `failed in the only run known` until pytest ended, and the review made an empty
`.triage/history.sqlite` (QA 33, `triage run --store … -- pytest` in tmux, real pytest 7.2 runs of one suite on two
days: fixtures/store-days).
*/
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {runCli} from '../cli-helpers.js';
import {hasTmux, keys, quote, start, temporary, waitFor} from '../tmux.js';
import {serverForTests} from './server.js';

const server = hasTmux
	? await serverForTests('live run, history on the store')
	: undefined;

describe.skipIf(!server)('a live run on a store', () => {
	test("is judged against the store's earlier runs while it is read, and leaves the local history alone", async () => {
		const url = await server!.createDatabase();
		const folder = fs.mkdtempSync(path.join(temporary, 'store-history-'));
		const triage = path.join(folder, 'triage.jsonl');
		const recorded = runCli(
			[
				'record',
				'--store',
				url,
				'--triage',
				triage,
				'fixtures/store-days/day1.log',
			],
			{env: {TRIAGE_HISTORY: 'on'}},
		);
		expect(recorded.stderr).toBe('');
		expect(recorded.status).toBe(0);

		// Day 2 up to its first failure, then the rest once the live review has shown it.
		const log = fs.readFileSync('fixtures/store-days/day2.log');
		const cut = log.indexOf('\n', log.indexOf('test_connect_cache FAILED')) + 1;
		fs.writeFileSync(path.join(folder, 'first.log'), log.subarray(0, cut));
		fs.writeFileSync(path.join(folder, 'rest.log'), log.subarray(cut));
		const go = path.join(folder, 'go');
		const name = start(
			['--store', url, '--who', 'ada', '--triage', triage, '-'],
			undefined,
			`cat ${quote(path.join(folder, 'first.log'))}; while [ ! -e ${quote(go)} ]; do sleep 0.1; done; cat ${quote(path.join(folder, 'rest.log'))}`,
		);
		try {
			const running = await waitFor(
				name,
				text => text.includes('RUNNING') && text.includes('history '),
				'the live review of the first failure',
				30_000,
			);
			// It said `history: failed in the only run known`.
			expect(running).toContain('history FF · still failing');
			expect(running).toContain('(2 runs, 1 from history)');
		} finally {
			fs.writeFileSync(go, '');
		}

		await waitFor(
			name,
			text => text.includes('· complete ·'),
			'the run read to its end',
			30_000,
		);
		keys(name, 'q');
		await waitFor(
			name,
			text => text.includes('EXITED 0'),
			'triage to exit',
			30_000,
		);
		expect(fs.existsSync(path.join(folder, '.triage', 'history.sqlite'))).toBe(
			false,
		);
	});
});
