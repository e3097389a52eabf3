/**
A decision made during `triage run` on a team's store, before the tracebacks came, with the store away as the run
ended and still away when the review was left (QA 52's leftover; QA 53 in tmux: `pg_ctl stop` mid-run, `q`, start
again): it stayed on run `-` without a signature for good, and could never go stale. The next review of the run's
kept log signs it, since it was made while that log was written; a decision from before the log began, or another
person's, is left alone.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import {
	signaturesWhileWritten,
	signWhileWritten,
	writtenDuring,
} from '../../source/live/signed-later.js';
import {openStoreJournal} from '../../source/store/decisions.js';
import {decisionFor} from '../../source/triage/journal.js';
import {loadRun} from '../ui/helpers.js';
import {serverForTests} from './server.js';

const server = await serverForTests(
	'a live decision signed by the next review',
);
const failing = 'tests/sub/test_other.py::test_fail_assert';
const other = 'tests/test_main.py::test_fail_assert';

describe.skipIf(!server)('the next review of a live run’s log', () => {
	test(
		'signs and names the decisions made on - while the log was written, by this person',
		{timeout: 60_000},
		async () => {
			const url = await server!.createDatabase();
			const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-qa53-'));
			const log = path.join(folder, 'run.log');
			const text = fs.readFileSync('fixtures/pytest9/v/run.log');
			// Before the log began: a decision on an earlier live run (a pipe cut short yesterday).
			const before = new Date(Date.now() - 60_000);
			let clock = before;
			const ada = await openStoreJournal({
				url,
				now: () => clock,
				who: 'ada',
				listen: false,
			});
			const bob = await openStoreJournal({
				url,
				now: () => new Date(),
				who: 'bob',
				listen: false,
			});
			try {
				await ada.decide({
					id: other,
					phase: 'call',
					category: 'BUG',
					priority: 'HIGH',
					run: '-',
				});
				// The run begins: its log is made, the decisions come while it is written, it ends.
				fs.writeFileSync(log, text.subarray(0, 100));
				await new Promise(resolve => {
					setTimeout(resolve, 20);
				});
				clock = new Date();
				await ada.decide({
					id: failing,
					phase: 'call',
					category: 'BUG',
					priority: 'HIGH',
					run: '-',
				});
				await bob.decide({
					id: 'tests/test_main.py::test_param[a b]',
					phase: 'call',
					category: 'ENVIRONMENT',
					priority: 'LOW',
					run: '-',
				});
				await new Promise(resolve => {
					setTimeout(resolve, 20);
				});
				fs.writeFileSync(log, text);
				const during = writtenDuring(log);
				if (during === undefined) {
					// No birth time on this file system: nothing can be told, and nothing is signed.
					expect(
						await signWhileWritten(
							{
								analysis: analyze([await loadRun(log)]),
								logs: [log],
								journal: ada,
							},
							'ada',
						),
					).toBeUndefined();
					return;
				}

				const analysis = analyze([await loadRun(log)]);
				const run = analysis.run.source;
				// Ada's next review: it reads every decision, Bob's too.
				const review = await openStoreJournal({
					url,
					now: () => new Date(),
					who: 'ada',
					listen: false,
				});
				try {
					expect(
						signaturesWhileWritten(analysis, review.state(), during, 'ada').map(
							signed => signed.decision.id,
						),
					).toEqual([failing]);
					expect(
						await signWhileWritten(
							{analysis, logs: [log], journal: review},
							'ada',
						),
					).toBeUndefined();
					// Read again: nothing more to sign.
					expect(
						signaturesWhileWritten(analysis, review.state(), during, 'ada'),
					).toEqual([]);
				} finally {
					await review.close();
				}

				const check = await openStoreJournal({
					url,
					now: () => new Date(),
					who: 'check',
					listen: false,
				});
				try {
					const signed = decisionFor(check.state(), failing, 'call');
					const cluster = analysis.failures.find(
						item => item.failure.id === failing,
					)!.cluster;
					expect(signed).toMatchObject({run, signature: cluster});
					expect(decisionFor(check.state(), other, 'call')).toMatchObject({
						run: '-',
					});
					expect(
						decisionFor(check.state(), other, 'call')?.signature,
					).toBeUndefined();
					expect(
						decisionFor(
							check.state(),
							'tests/test_main.py::test_param[a b]',
							'call',
						),
					).toMatchObject({run: '-', by: 'bob'});
				} finally {
					await check.close();
				}
			} finally {
				await ada.close();
				await bob.close();
				fs.rmSync(folder, {recursive: true, force: true});
			}
		},
	);
});
