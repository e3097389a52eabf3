/**
Team tour 65: one decision cost seven round trips to the store, one after the other (BEGIN, the lock, the read of
others' events, INSERT, NOTIFY, COMMIT, and a read after the commit): 4.9 s over a store 0.7 s away before the screen
said saved. BEGIN, the lock and the read are now one simple query, and INSERT, NOTIFY and COMMIT another; what was
inserted comes back with its numbers, so nothing is read after the commit. The decision is still saved (committed)
when the call returns, what others committed first is still read under the lock, and text with quotes, backslashes
and other scripts is stored as typed (the values are written into the query, escaped).
*/
import pg from 'pg';
import {afterEach, describe, expect, test, vi} from 'vitest';
import {openStoreJournal} from '../../source/store/decisions.js';
import {serverForTests} from './server.js';

const server = await serverForTests('round trips of a decision');

afterEach(() => {
	vi.restoreAllMocks();
});

describe.skipIf(!server)('one decision on a store', () => {
	test(
		'costs two round trips, is committed when it returns, and reads what others committed first',
		{timeout: 60_000},
		async () => {
			const url = await server!.createDatabase();
			const open = async (who: string) =>
				openStoreJournal({url, who, now: () => new Date(), listen: false});
			const ana = await open('ana');
			const ben = await open('ben');
			try {
				await ben.decide({
					id: 'tests/a.py::test_ben',
					category: 'CONFIGURATION',
					priority: 'LOW',
				});
				// pg sends one query at a time on a client: each call is a round trip.
				const query = vi.spyOn(pg.Client.prototype, 'query');
				const note = `it's "quoted" \\ back\\slashed, 'twice'' — ünïcode ✓ $1 $$ E'x'`;
				await ana.decide({
					id: "tests/a.py::test_ana[it's]",
					category: 'BUG',
					priority: 'HIGH',
					note,
				});
				const calls = query.mock.calls.length;
				query.mockRestore();
				expect(calls).toBeLessThanOrEqual(2);

				// Ben's decision, committed before, was read under the lock with Ana's save.
				const ids = new Set([...ana.state().values()].map(each => each?.id));
				expect(ids).toEqual(
					new Set(["tests/a.py::test_ana[it's]", 'tests/a.py::test_ben']),
				);
				// Committed as typed, and read so by another session.
				const cara = await open('cara');
				try {
					const decision = [...cara.state().values()].find(
						each => each?.id === "tests/a.py::test_ana[it's]",
					);
					expect(decision).toMatchObject({
						category: 'BUG',
						priority: 'HIGH',
						note,
						by: 'ana',
					});
				} finally {
					await cara.close();
				}

				// Appended again after that: the numbers read back keep the order (the newest wins).
				await ana.decide({
					id: 'tests/a.py::test_ben',
					category: 'BUG',
					priority: 'MEDIUM',
				});
				const reread = await open('dan');
				try {
					expect(
						[...reread.state().values()].find(
							each => each?.id === 'tests/a.py::test_ben',
						),
					).toMatchObject({category: 'BUG', priority: 'MEDIUM', by: 'ana'});
				} finally {
					await reread.close();
				}
			} finally {
				await ana.close();
				await ben.close();
			}
		},
	);
});
