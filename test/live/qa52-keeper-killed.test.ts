/**
A follower of the `.partial` a `triage run` writes, that triage killed (`kill -9`) before its run ended (QA 51, still
open; QA 52). The follower's header said `not recorded here: the triage keeping … (pid N) records its run`, checked
only when its read began: no one recorded the run, the `.partial` stayed, and the decisions made on it named it.
Now the follower, which read the log to its end, keeps it as that triage would have: named by its hash, the run
recorded, the decisions naming the kept log.
*/
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {describe, expect, test} from 'vitest';
import {decisionFor, openJournal} from '../../source/triage/journal.js';
import {runCli} from '../cli-helpers.js';
import {hasTmux, keys, quote, start, temporary, waitFor} from '../tmux.js';

const first =
	'tests/api/test_orders_api.py::TestOrdersApi::test_get_order_not_found';

describe.skipIf(!hasTmux)('a follower of a run whose triage was killed', () => {
	test(
		'keeps its log, records its run and names its decisions by the kept log',
		{timeout: 120_000},
		async () => {
			const folder = fs.mkdtempSync(path.join(temporary, 'keeper-killed-'));
			const log = fs.readFileSync('fixtures/demo/run.log');
			const half = log.indexOf('\n', log.length / 2) + 1;
			fs.writeFileSync(path.join(folder, 'first.log'), log.subarray(0, half));
			const triage = path.join(folder, 'triage.jsonl');
			const keeper = start([
				'run',
				'--triage',
				triage,
				'--',
				'sh',
				'-c',
				`cat ${quote(path.join(folder, 'first.log'))}; sleep 30`,
			]);
			await waitFor(
				keeper,
				text => text.includes('RUNNING') && text.includes('test_get_order'),
				'the live review',
				30_000,
			);
			const logs = path.join(folder, '.triage', 'logs');
			const [partial] = fs.readdirSync(logs);
			const pid = Number(/^\.run-(\d+)-\d+\.partial$/.exec(partial!)?.[1]);
			expect(pid).toBeGreaterThan(0);
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
			keys(follower, 'g');
			keys(follower, 'b');
			await waitFor(
				follower,
				text => text.includes('saved: BUG'),
				'the decision',
			);
			process.kill(pid, 'SIGKILL');
			const text = await waitFor(
				follower,
				screen => screen.includes('INCOMPLETE run'),
				'the log to end',
				30_000,
			);
			expect(text).not.toContain('records its run');
			const kept = fs.readdirSync(logs);
			expect(kept).toEqual([expect.stringMatching(/^run-.*\.log$/)]);
			expect(text).toContain(kept[0]);
			keys(follower, 'q');
			await waitFor(
				follower,
				screen => screen.includes('EXITED 0'),
				'the follower to leave',
				30_000,
			);
			const state = openJournal(triage, {now: () => new Date()}).state();
			expect(decisionFor(state, first, 'call')).toMatchObject({
				category: 'BUG',
				run: `.triage/logs/${kept[0]!}`,
			});
			const history = runCli(['history', '--triage', triage]);
			expect(history.stdout).toContain(`.triage/logs/${kept[0]!}`);
			expect(history.stdout).toContain('1 run, oldest first');
		},
	);
});
