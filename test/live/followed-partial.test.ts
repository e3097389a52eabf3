/**
A second terminal can follow the log `triage run` is writing (`triage --follow .triage/logs/.run-….partial`) and
decide on it. Those decisions named the `.partial`, which the running triage renames by its hash once the run ends:
on day 2, in an export and in the history they named a file that was gone (QA 34, the built CLI in tmux). The
session that reads the log to its end names them by the kept log, whether the follower is still there or not, and
the follower's later decisions name the kept log too.
*/
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {decisionFor, openJournal} from '../../source/triage/journal.js';
import {runCli} from '../cli-helpers.js';
import {hasTmux, keys, quote, start, temporary, waitFor} from '../tmux.js';

const first =
	'tests/api/test_orders_api.py::TestOrdersApi::test_get_order_not_found';

/** `triage run` on the demo run, its second half held back until `go` exists; the `.partial` it writes. */
async function runHeldBack(folder: string) {
	const log = fs.readFileSync('fixtures/demo/run.log');
	const half = log.indexOf('\n', log.length / 2) + 1;
	fs.writeFileSync(path.join(folder, 'first.log'), log.subarray(0, half));
	fs.writeFileSync(path.join(folder, 'second.log'), log.subarray(half));
	const go = path.join(folder, 'go');
	const triage = path.join(folder, 'triage.jsonl');
	const keeper = start([
		'run',
		'--triage',
		triage,
		'--',
		'sh',
		'-c',
		`cat ${quote(path.join(folder, 'first.log'))}; while [ ! -e ${quote(go)} ]; do sleep 0.1; done; cat ${quote(path.join(folder, 'second.log'))}`,
	]);
	await waitFor(
		keeper,
		text => text.includes('RUNNING') && text.includes('test_get_order'),
		'the live review',
		30_000,
	);
	const logs = path.join(folder, '.triage', 'logs');
	const [partial] = fs.readdirSync(logs);
	expect(partial).toMatch(/^\.run-\d+-\d+\.partial$/);
	const follower = start([
		'--triage',
		triage,
		'--follow',
		path.join(logs, partial!),
	]);
	await waitFor(
		follower,
		text => text.includes('RUNNING') && text.includes('test_get_order'),
		'the follower',
		30_000,
	);
	const state = () => openJournal(triage, {now: () => new Date()}).state();
	return {keeper, follower, go, triage, logs, state};
}

async function quit(name: string): Promise<void> {
	keys(name, 'q');
	const text = await waitFor(
		name,
		screen => screen.includes('EXITED'),
		'triage to exit',
		30_000,
	);
	expect(text).toContain('EXITED 0');
}

describe.skipIf(!hasTmux)('decisions made by a follower of a run', () => {
	test('name the kept log once the run ends, though the follower left before', async () => {
		const folder = fs.mkdtempSync(path.join(temporary, 'followed-'));
		const {keeper, follower, go, logs, state} = await runHeldBack(folder);
		keys(follower, 'g');
		keys(follower, 'b');
		await waitFor(
			follower,
			text => text.includes('saved: BUG'),
			'the decision',
		);
		expect(decisionFor(state(), first, 'call')?.run).toMatch(
			/^\.triage\/logs\/\.run-\d+-\d+\.partial$/,
		);
		await quit(follower);

		fs.writeFileSync(go, '');
		await waitFor(
			keeper,
			text => text.includes('· complete ·'),
			'the run read to its end',
			30_000,
		);
		await quit(keeper);
		const [kept] = fs.readdirSync(logs);
		expect(kept).toMatch(/^run-.*\.log$/);
		expect(decisionFor(state(), first, 'call')).toMatchObject({
			category: 'BUG',
			run: `.triage/logs/${kept!}`,
		});
	});

	test('name the kept log once the run ends, the follower still there and deciding on', async () => {
		const folder = fs.mkdtempSync(path.join(temporary, 'followed-'));
		const {keeper, follower, go, triage, logs, state} =
			await runHeldBack(folder);
		keys(follower, 'g');
		keys(follower, 'b');
		await waitFor(
			follower,
			text => text.includes('saved: BUG'),
			'the decision',
		);
		fs.writeFileSync(go, '');
		await waitFor(
			keeper,
			text => text.includes('· complete ·'),
			'the run read to its end',
			30_000,
		);
		await quit(keeper);
		const [kept] = fs.readdirSync(logs);
		expect(kept).toMatch(/^run-.*\.log$/);
		await waitFor(
			follower,
			text => text.includes(`${kept!} · complete ·`),
			'the follower to name the kept log',
			30_000,
		);
		keys(follower, 'g');
		keys(follower, 'j');
		keys(follower, 'c');
		await waitFor(
			follower,
			text => text.includes('saved: CONFIGURATION'),
			'the decision after the end',
		);
		await quit(follower);
		const named = [...state().values()].map(decision => decision?.run);
		expect(named).toEqual([`.triage/logs/${kept!}`, `.triage/logs/${kept!}`]);
		// One run in the history: the follower records nothing of a run another triage keeps.
		const history = runCli(['history', '--triage', triage]);
		expect(history.stdout).toContain('1 run, oldest first');
	});
});
