/**
The store's database dropped and made again (or restored from an older backup) while two reviews have it open
(QA 50, the built CLI in tmux on a live run). Both said "store connected again: decisions are saved" and went on
showing every decision, though the store held none; a decision made then was said "saved" but never shown, on the
screen that made it or the other: it was numbered below the last event each had read. Now each sees that the
store no longer holds what it read, reads it again, and the decisions it showed that the store lost are saved
again, once, and said so.
*/
import {describe, expect, test} from 'vitest';
import {openStoreJournal} from '../../source/store/decisions.js';
import {decisionFor} from '../../source/triage/journal.js';
import type {JournalNotice} from '../../source/triage/journal/api.js';
import {serverForTests, sql} from './server.js';

const server = await serverForTests('store replaced');

async function until(
	condition: () => boolean,
	timeout = 15_000,
): Promise<void> {
	const deadline = Date.now() + timeout;
	while (!condition()) {
		if (Date.now() > deadline) {
			throw new Error('timed out');
		}

		await new Promise(resolve => {
			setTimeout(resolve, 25);
		});
	}
}

/** What a review's refresh timer does: take the journal's notices, its state, its notices again. */
function refreshed(journal: {
	refresh(): boolean;
	takeNotice(): JournalNotice | undefined;
}): string[] {
	const messages: string[] = [];
	const take = () => {
		for (
			let notice = journal.takeNotice();
			notice !== undefined;
			notice = journal.takeNotice()
		) {
			messages.push(notice.message);
		}
	};

	take();
	journal.refresh();
	take();
	return messages;
}

describe.skipIf(!server)('a store whose database is made again', () => {
	test('both reviews read it again, save again once what it lost, and see what is decided after', async () => {
		const database = `replaced_${process.pid}`;
		const url = await server!.createDatabase(database);
		const options = {url, now: () => new Date(), reconnectInterval: 100};
		const ada = await openStoreJournal({...options, who: 'ada'});
		const bob = await openStoreJournal({...options, who: 'bob'});
		try {
			await ada.decide({
				id: 'tests/a.py::test_one',
				category: 'BUG',
				priority: 'HIGH',
			});
			await bob.decide({
				id: 'tests/a.py::test_two',
				category: 'ENVIRONMENT',
				priority: 'LOW',
			});
			await until(
				() =>
					decisionFor(ada.state(), 'tests/a.py::test_two', 'call') !==
					undefined,
			);

			await sql(server!.adminUrl, `DROP DATABASE ${database} WITH (FORCE)`);
			await sql(server!.adminUrl, `CREATE DATABASE ${database}`);
			const adaSaid: string[] = [];
			const bobSaid: string[] = [];
			await until(() => {
				adaSaid.push(...refreshed(ada));
				bobSaid.push(...refreshed(bob));
				return [...adaSaid, ...bobSaid].some(message =>
					message.includes('saved them again'),
				);
			});
			await until(() => ada.isConnected && bob.isConnected);
			await ada.decide({
				id: 'tests/a.py::test_three',
				category: 'TEST_DESIGN',
				priority: 'LOW',
			});
			await until(
				() =>
					decisionFor(bob.state(), 'tests/a.py::test_three', 'call') !==
					undefined,
			);
			adaSaid.push(...refreshed(ada));
			bobSaid.push(...refreshed(bob));

			// Saved again once, by whichever read the store first; the other read them back.
			const rows = await sql(
				url,
				'SELECT who, event FROM decision_events ORDER BY seq',
			);
			const decided = rows.map(row => {
				const event = JSON.parse(String(row['event'])) as {
					id: string;
					category: string;
					by: string;
				};
				return `${event.id} ${event.category} by ${event.by}`;
			});
			expect(decided).toEqual([
				'tests/a.py::test_one BUG by ada',
				'tests/a.py::test_two ENVIRONMENT by bob',
				'tests/a.py::test_three TEST_DESIGN by ada',
			]);
			for (const journal of [ada, bob]) {
				expect(
					decisionFor(journal.state(), 'tests/a.py::test_one', 'call')
						?.category,
				).toBe('BUG');
				expect(
					decisionFor(journal.state(), 'tests/a.py::test_three', 'call')
						?.category,
				).toBe('TEST_DESIGN');
			}

			const said = [...adaSaid, ...bobSaid].filter(message =>
				message.includes('was replaced'),
			);
			expect(said).toContain(
				`store ${ada.path} was replaced (its database made again or restored) without 2 decisions shown here: saved them again (z takes them out)`,
			);
			expect(
				said.filter(message => message.includes('saved them again')),
			).toHaveLength(1);
		} finally {
			await ada.close();
			await bob.close();
		}
	});
});
