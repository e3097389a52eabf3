/**
A decision made while the store is away is NOT saved, and the status line says so, but only until the next notice:
a second later "store connected again: decisions are saved" replaced it and read as if it had been saved (QA 33,
the built CLI in tmux, a lock held by another psql session past the query timeout, then a restarted server). The
notice that the store is back counts the decisions it lost meanwhile.
*/
import {describe, expect, test} from 'vitest';
import {openStoreJournal} from '../../source/store/decisions.js';
import type {JournalNotice} from '../../source/triage/journal/api.js';
import {serverForTests} from './server.js';

const server = await serverForTests('decisions lost while away');

/** The notices of `journal` until one includes `text`. */
async function noticeWith(
	journal: {takeNotice(): JournalNotice | undefined},
	text: string,
): Promise<JournalNotice> {
	const deadline = Date.now() + 15_000;
	while (Date.now() < deadline) {
		const notice = journal.takeNotice();
		if (notice?.message.includes(text)) {
			return notice;
		}

		if (notice === undefined) {
			await new Promise(resolve => {
				setTimeout(resolve, 25);
			});
		}
	}

	throw new Error(`no notice with "${text}"`);
}

describe.skipIf(!server)('the store back after decisions failed', () => {
	test('says how many were NOT saved; a loss with none lost says only that it is back', async () => {
		const url = await server!.createDatabase();
		const journal = await openStoreJournal({
			url,
			now: () => new Date(),
			who: 'bob',
			reconnectInterval: 200,
		});
		try {
			await journal.decide({
				id: 'tests/a.py::test_one',
				category: 'BUG',
				priority: 'HIGH',
			});

			server!.stop();
			try {
				await expect(
					journal.decide({
						id: 'tests/a.py::test_two',
						category: 'TEST_DESIGN',
						priority: 'LOW',
					}),
				).rejects.toThrow();
				await expect(
					journal.decide({
						id: 'tests/a.py::test_three',
						category: 'BUG',
						priority: 'HIGH',
					}),
				).rejects.toThrow();
			} finally {
				server!.start();
			}

			const back = await noticeWith(journal, 'connected again');
			// It said `store connected again: decisions are saved`, and nothing of the two lost.
			expect(back).toEqual({
				message:
					'store connected again: decisions are saved; 2 decisions made while it was away were NOT saved (make them again)',
				isProblem: false,
				// The review names their tests (team tour 63, team63-unsaved-named.test.tsx).
				hasUnsaved: true,
			});

			// Lost again with nothing tried meanwhile: back, and no count left from before.
			server!.stop();
			try {
				await noticeWith(journal, 'connection lost');
			} finally {
				server!.start();
			}

			const again = await noticeWith(journal, 'connected again');
			expect(again).toEqual({
				message: 'store connected again: decisions are saved',
				isProblem: false,
			});
		} finally {
			await journal.close();
		}
	});
});
