/**
A decision made in `triage run` while the tests still run names the log it was made on once that log is kept
(`.triage/logs/run-….log`), as one made after the run ended does. It was saved with run `-` (stdin still being
read) and stayed so: the triage file never said which run a person had decided on (QA 30, the built CLI in tmux).
*/
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {decisionFor, openJournal} from '../../source/triage/journal.js';
import {hasTmux, keys, quote, start, temporary, waitFor} from '../tmux.js';

const first =
	'tests/api/test_orders_api.py::TestOrdersApi::test_get_order_not_found';

describe.skipIf(!hasTmux)('triage run: decisions made while it runs', () => {
	test('name the kept log of the run once it ends, and z still undoes them', async () => {
		const folder = fs.mkdtempSync(path.join(temporary, 'run-name-'));
		const log = fs.readFileSync('fixtures/demo/run.log');
		const half = log.indexOf('\n', log.length / 2) + 1;
		fs.writeFileSync(path.join(folder, 'first.log'), log.subarray(0, half));
		fs.writeFileSync(path.join(folder, 'second.log'), log.subarray(half));
		const go = path.join(folder, 'go');
		const triage = path.join(folder, 'triage.jsonl');
		const name = start([
			'run',
			'--triage',
			triage,
			'--',
			'sh',
			'-c',
			`cat ${quote(path.join(folder, 'first.log'))}; while [ ! -e ${quote(go)} ]; do sleep 0.1; done; cat ${quote(path.join(folder, 'second.log'))}`,
		]);
		await waitFor(
			name,
			text => text.includes('RUNNING') && text.includes('test_get_order'),
			'the live review',
			30_000,
		);
		// `g` then `b`: the first failure decided while the run goes on.
		keys(name, 'g');
		keys(name, 'b');
		await waitFor(name, text => text.includes('saved: BUG'), 'the decision');
		const state = () =>
			decisionFor(
				openJournal(triage, {now: () => new Date()}).state(),
				first,
				'call',
			);
		expect(state()).toMatchObject({category: 'BUG', run: '-'});

		fs.writeFileSync(go, '');
		await waitFor(
			name,
			text => text.includes('· complete ·'),
			'the run read to its end',
			30_000,
		);
		const started = Date.now();
		while (state()?.run === '-' && Date.now() - started < 10_000) {
			await new Promise(resolve => {
				setTimeout(resolve, 100);
			});
		}

		const [kept] = fs.readdirSync(path.join(folder, '.triage', 'logs'));
		expect(kept).toMatch(/^run-.*\.log$/);
		expect(state()).toMatchObject({
			category: 'BUG',
			run: `.triage/logs/${kept!}`,
		});
		expect(state()?.signature).toMatch(/^[\da-f]{10}$/);

		// Naming the run is no action of its own: z undoes the decision.
		keys(name, 'z');
		await waitFor(name, text => text.includes('undone'), 'the undo');
		expect(state()).toBeUndefined();
		keys(name, 'q');
		const text = await waitFor(
			name,
			screen => screen.includes('EXITED'),
			'triage to exit',
			30_000,
		);
		expect(text).toContain('EXITED 0');
	});
});
