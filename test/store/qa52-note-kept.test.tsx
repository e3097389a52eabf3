/**
Two reviews on one store (QA 52, two tmux windows): ada saved a note on a failure, and bob pressed a category key on
it a moment later, before his screen had read her note (a store's review reads others' decisions as their NOTIFY
comes). His save carried the note his screen knew, none, and her note was gone, though her screen had said it saved.
The save takes what its key did not change from the decisions the store holds when it writes, under its lock.
*/
import {describe, expect, test} from 'vitest';
import {openStoreJournal} from '../../source/store/decisions.js';
import {decisionFor} from '../../source/triage/journal.js';
import {fixture, press} from '../ui/helpers.js';
import {reviewOnStore, until} from './review-on-store.js';
import {serverForTests} from './server.js';

const server = await serverForTests('a note another person saved just before');

describe.skipIf(!server)('a category key on a store', () => {
	test(
		'keeps the note another person saved before it, unread by this screen yet',
		{timeout: 60_000},
		async () => {
			const url = await server!.createDatabase();
			const data = await fixture();
			const first = data.analysis.failures[0]!.failure;
			const ada = await openStoreJournal({
				url,
				now: () => new Date(),
				who: 'ada',
				listen: false,
			});
			await ada.decide({
				id: first.id,
				phase: first.phase,
				category: 'BUG',
				priority: 'HIGH',
			});
			// Bob's screen reads the store only when it writes: her note is committed before his key, unread by his screen.
			const {app, journal: bob} = await reviewOnStore(data, {
				url,
				who: 'bob',
				listen: false,
				refreshInterval: 0,
			});
			try {
				await until(app, '1/165 decided');
				await ada.decide({
					id: first.id,
					phase: first.phase,
					category: 'BUG',
					priority: 'HIGH',
					note: 'token clock skew on the CI host',
				});
				await press(app, 'g', 't');
				await until(app, 'saved: TEST_DESIGN');
				const check = await openStoreJournal({
					url,
					now: () => new Date(),
					who: 'check',
					listen: false,
				});
				try {
					expect(
						decisionFor(check.state(), first.id, first.phase),
					).toMatchObject({
						category: 'TEST_DESIGN',
						note: 'token clock skew on the CI host',
					});
				} finally {
					await check.close();
				}
			} finally {
				app.unmount();
				await bob.close();
				await ada.close();
			}
		},
	);
});
