/**
One decision made while a live run printed no error yet, signed by two reviews of that run at once (`triage run`'s own
review and a `--follow` review of its log, on one team's store): one signature event, not two (QA 42).
*/
import {describe, expect, test} from 'vitest';
import {openStoreJournal} from '../../source/store/decisions.js';
import {decisionFor} from '../../source/triage/journal.js';
import {serverForTests} from './server.js';

const server = await serverForTests('signed once');
const now = () => new Date('2026-12-01T10:00:00Z');
const id = 'tests/test_live.py::test_slow';

describe.skipIf(!server)('late signatures on a PostgreSQL store', () => {
	test('two reviews signing one decision at once write one signature event', async () => {
		const url = await server!.createDatabase();
		const runner = await openStoreJournal({
			url,
			now,
			who: 'run',
			listen: false,
		});
		await runner.decide({
			id,
			phase: 'call',
			category: 'BUG',
			priority: 'HIGH',
			run: '-',
		});
		// The follower has read the decision (as its listen would have brought it).
		const follower = await openStoreJournal({
			url,
			now,
			who: 'follow',
			listen: false,
		});
		const decision = decisionFor(follower.state(), id, 'call')!;
		expect(decision.signature).toBeUndefined();
		const signed = [{decision, signature: 'a1b2c3d4e5', run: 'run.log'}];
		const [fromRunner, fromFollower] = await Promise.all([
			runner.addSignatures(signed),
			follower.addSignatures(signed),
		]);
		expect(fromRunner.length + fromFollower.length).toBe(1);
		const events = await runner.allEvents();
		expect(
			events.filter(event => event.t === 'decide' && event.adds !== undefined),
		).toHaveLength(1);
		for (const journal of [runner, follower]) {
			expect(decisionFor(journal.state(), id, 'call')).toMatchObject({
				signature: 'a1b2c3d4e5',
				run: 'run.log',
			});
		}

		// Signed again later (a review left after the run ended): nothing more is written.
		expect(await follower.addSignatures(signed)).toEqual([]);
		expect(await runner.allEvents()).toHaveLength(events.length);
		await runner.close();
		await follower.close();
	});
});
