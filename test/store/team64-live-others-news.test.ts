/**
Team tour 64, the three-person day: Ana's save during a live run (`triage run --store`) read and replaced Ben's
decision on the same failure, and her line said only `✓ saved: ENVIRONMENT MEDIUM …`, where a review of a finished log
says `· replaced ben's CONFIGURATION MEDIUM`. The live review's reads refreshed the store journal themselves, taking the
news of others' decisions before the screen's refresh and its save's line could. A store's state is current without
a refresh: the live review now leaves it, and its news, to the screen.
*/
import fs from 'node:fs';
import {describe, expect, test} from 'vitest';
import {builtInRuleSet} from '../../source/classify/rules/built-in.js';
import {LiveReview} from '../../source/live/live-review.js';
import {openStoreJournal} from '../../source/store/decisions.js';
import {reportKey} from '../../source/triage/journal/decision-state.js';
import {serverForTests} from './server.js';

const server = await serverForTests("a live run's reads and others' news");
const log = fs.readFileSync('fixtures/pytest9/v/run.log');

describe.skipIf(!server)('a live review on a store', () => {
	test(
		"leaves the news of others' decisions to the screen",
		{timeout: 60_000},
		async () => {
			const url = await server!.createDatabase();
			const ana = await openStoreJournal({
				url,
				now: () => new Date(),
				who: 'ana',
			});
			const ben = await openStoreJournal({
				url,
				now: () => new Date(),
				who: 'ben',
				listen: false,
			});
			const live = new LiveReview({
				source: '-',
				ruleSet: builtInRuleSet(),
				journal: ana,
				minimumInterval: 0,
			});
			const id = 'tests/test_main.py::test_fail_assert';
			try {
				let release: () => void = () => undefined;
				const rest = new Promise<void>(resolve => {
					release = resolve;
				});
				const half = Math.floor(log.length / 2);
				const reading = (async () => {
					for await (const _chunk of live.tap(
						(async function* () {
							yield log.subarray(0, half);
							await rest;
							yield log.subarray(half);
						})(),
					)) {
						// The session's read.
					}
				})();
				await new Promise(resolve => {
					setTimeout(resolve, 50);
				});
				await live.flush();
				ana.refresh();
				await ben.decide({
					id,
					phase: 'call',
					category: 'CONFIGURATION',
					priority: 'MEDIUM',
				});
				for (
					let wait = 0;
					wait < 400 && !ana.state().has(reportKey(id, 'call'));
					wait++
				) {
					await new Promise(resolve => {
						setTimeout(resolve, 25);
					});
				}

				// The live review reads the rest of the log, with Ben's decision.
				release();
				await reading;
				await live.flush();
				expect(ana.refresh()).toBe(true);
				expect(ana.othersRefreshed()).toEqual([
					expect.objectContaining({by: 'ben', id, category: 'CONFIGURATION'}),
				]);
			} finally {
				live.stop();
				await ana.close();
				await ben.close();
			}
		},
	);
});
