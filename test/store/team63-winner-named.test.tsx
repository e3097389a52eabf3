/**
Team tour 63: Ana and Ben pressed a category key on the same failure within a second, on one store. Ben's came
second and won: his save read Ana's decision under the store's lock, then replaced it; his screen said only `saved: …
· another session changed decisions too` (team tour 62 named Ben on the loser's screen). The winner's line now names
the teammate, and says that a decision of theirs on the same failure was replaced; others' decisions on other
failures name who made them.
*/
import {describe, expect, test} from 'vitest';
import {openStoreJournal} from '../../source/store/decisions.js';
import {fixture, frame, press} from '../ui/helpers.js';
import {reviewOnStore, until} from './review-on-store.js';
import {serverForTests} from './server.js';

const server = await serverForTests('who the winner replaced');

describe.skipIf(!server)(
	'the winner of a same-second conflict, on a store',
	() => {
		test(
			"the save's line names the teammate whose decision it replaced, and who else decided meanwhile",
			{timeout: 60_000},
			async () => {
				const url = await server!.createDatabase();
				const data = await fixture();
				const [first, second] = data.analysis.failures.map(
					each => each.failure,
				);
				// Ben's screen has not read the store since it opened (no NOTIFY, no refresh): as in the second before.
				const {app, journal: ben} = await reviewOnStore(data, {
					url,
					who: 'ben',
					listen: false,
					refreshInterval: 600_000,
				});
				const ana = await openStoreJournal({
					url,
					now: () => new Date(),
					who: 'ana',
					listen: false,
				});
				try {
					await ana.decide({
						id: first!.id,
						phase: first!.phase,
						category: 'CONFIGURATION',
						priority: 'MEDIUM',
					});
					await press(app, 'g', 'b');
					await until(app, 'saved: BUG');
					expect(frame(app)).toContain("replaced ana's CONFIGURATION MEDIUM");
					expect(frame(app)).not.toContain('another session');

					// Ana decides another failure; Ben's next save says who changed decisions meanwhile.
					await ana.decide({
						id: second!.id,
						phase: second!.phase,
						category: 'ENVIRONMENT',
						priority: 'LOW',
					});
					await press(app, 'g', 'e');
					await until(app, 'saved: ENVIRONMENT');
					expect(frame(app)).toContain('ana changed decisions too');
					expect(frame(app)).not.toContain('another session');
				} finally {
					app.unmount();
					await ana.close();
					await ben.close();
				}
			},
		);
	},
);
