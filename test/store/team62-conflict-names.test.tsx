/**
Team tour 62: Ana and Ben pressed a category key on the same failure within a second, on one store. Ben's came
second and won; Ana's screen said `updated: another session replaced your decision: CONFIGURATION MEDIUM on …`. On a
store the event says who made it: the line names him, as the detail pane does (`decided … by ben`). A decision put
back by another session's undo was made before, by someone who replaced nothing: "another session" then, as a triage
file, which records no one, always says.
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
		test(
			'the line says who replaced it, not who made a decision an undo put back',
			{timeout: 60_000},
			async () => {
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
				const cara = await openStoreJournal({
					url,
					now: () => new Date(),
					who: 'cara',
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

					// Ana decides it again; Cara undoes that: Ben's decision is back, but Ben replaced nothing this time.
					await press(app, 'g', 'e');
					await until(app, 'saved: ENVIRONMENT');
					const {target} = await cara.undoIf(each => each.by === 'ana');
					expect(target?.by).toBe('ana');
					await until(app, 'replaced your decision: CONFIGURATION');
					expect(frame(app)).toMatch(
						/updated: another session replaced your decision: CONFIGURATION MEDIUM on/,
					);
				} finally {
					app.unmount();
					await ben.close();
					await cara.close();
					await ana.close();
				}
			},
		);
	},
);
