/**
Team tour 62: Ana and Ben pressed a category key on the same failure within a second, on one store. Ben's came
second and won; Ana's screen said `updated: another session replaced your decision: CONFIGURATION MEDIUM on …`. On a
store the event says who made it: the line names him, as the detail pane does (`decided … by ben`). A triage file,
which records no one, still says "another session".
*/
import {describe, expect, test} from 'vitest';
import {openStoreJournal} from '../../source/store/decisions.js';
import {fixture, frame, press} from '../ui/helpers.js';
import {reviewOnStore, until} from './review-on-store.js';
import {serverForTests} from './server.js';

const server = await serverForTests('who replaced a decision');

describe.skipIf(!server)(
	'a decision replaced by a teammate, on a store',
	() => {
		test('the line says who replaced it', {timeout: 60_000}, async () => {
			const url = await server!.createDatabase();
			const data = await fixture();
			const first = data.analysis.failures[0]!.failure;
			const {app, journal: ana} = await reviewOnStore(data, {
				url,
				who: 'ana',
			});
			const ben = await openStoreJournal({
				url,
				now: () => new Date(),
				who: 'ben',
				listen: false,
			});
			try {
				await press(app, 'g', 'b');
				await until(app, 'saved: BUG');
				await ben.decide({
					id: first.id,
					phase: first.phase,
					category: 'CONFIGURATION',
					priority: 'MEDIUM',
				});
				await until(app, 'replaced your decision');
				expect(frame(app)).toMatch(
					/updated: ben replaced your decision: CONFIGURATION MEDIUM on/,
				);
			} finally {
				app.unmount();
				await ben.close();
				await ana.close();
			}
		});
	},
);
