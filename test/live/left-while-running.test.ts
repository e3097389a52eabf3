/**
`triage run` left with `q` while its command still runs: the command is interrupted, prints what it prints on
Ctrl-C (pytest: the FAILURES so far, the summary), and the run is recorded as far as it went. A decision made
while it ran was saved on run `-` without a signature, and stayed so: the triage file never said which run it was
made on, and a later day's different error could never make it stale (QA 31, the built CLI in tmux).
*/
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {decisionFor, openJournal} from '../../source/triage/journal.js';
import {hasTmux, keys, quote, start, temporary, waitFor} from '../tmux.js';

const first =
	'tests/api/test_orders_api.py::TestOrdersApi::test_get_order_not_found';

describe.skipIf(!hasTmux)('triage run left before its command ends', () => {
	test('names the kept log and signs the decisions made while it ran', async () => {
		const folder = fs.mkdtempSync(path.join(temporary, 'left-'));
		const log = fs.readFileSync('fixtures/demo/run.log');
		// The progress lines, then (as pytest prints on Ctrl-C) the rest: tracebacks and the summary.
		const half = log.indexOf('\n', log.length / 4) + 1;
		fs.writeFileSync(path.join(folder, 'first.log'), log.subarray(0, half));
		fs.writeFileSync(path.join(folder, 'second.log'), log.subarray(half));
		const triage = path.join(folder, 'triage.jsonl');
		const name = start([
			'run',
			'--triage',
			triage,
			'--',
			'sh',
			'-c',
			`trap 'cat ${quote(path.join(folder, 'second.log'))}; exit 2' INT; cat ${quote(path.join(folder, 'first.log'))}; while true; do sleep 0.1; done`,
		]);
		await waitFor(
			name,
			text => text.includes('RUNNING') && text.includes('test_get_order'),
			'the live review',
			30_000,
		);
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
		expect(state()?.signature).toBeUndefined();

		keys(name, 'q');
		const text = await waitFor(
			name,
			screen => screen.includes('EXITED'),
			'triage to exit',
			30_000,
		);
		expect(text).toContain('EXITED 2');
		const kept = fs
			.readdirSync(path.join(folder, '.triage', 'logs'))
			.find(file => file.endsWith('.log'));
		expect(kept).toMatch(/^run-.*\.log$/);
		expect(state()).toMatchObject({
			category: 'BUG',
			run: `.triage/logs/${kept!}`,
		});
		expect(state()?.signature).toMatch(/^[\da-f]{10}$/);
	});
});
