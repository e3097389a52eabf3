/**
Quitting the review with a save in flight to a store on a dead network (QA 52): the CLI waits up to 5 s for the
store to commit it before it ends the connections, and the terminal stayed blank all that time, then said `the last
action was NOT saved`. It says what it waits for as the wait begins; a save that commits at once says nothing.
*/
import {afterEach, expect, test} from 'vitest';
import {StoreJournal} from '../../source/store/decisions.js';
import {closeAllStores} from '../../source/store/open-clients.js';
import {silentServer} from './silent-server.js';

let stopServer: (() => void) | undefined;
afterEach(() => {
	stopServer?.();
	stopServer = undefined;
});

test(
	'a save a silent server holds is said waited for while it is, then NOT saved',
	{timeout: 20_000},
	async () => {
		const server = await silentServer();
		stopServer = server.close;
		const journal = new StoreJournal({
			url: server.url,
			now: () => new Date('2026-12-07T10:00:00Z'),
			who: 'ada',
			listen: false,
			reconnectInterval: 20,
			finishTimeout: 2000,
		});
		const saving = journal
			.decide({
				id: 'tests/test_a.py::test_one',
				phase: 'call',
				category: 'BUG',
				priority: 'HIGH',
			})
			.catch((error: unknown) => error);
		while (server.connections() === 0) {
			await new Promise(resolve => {
				setTimeout(resolve, 10);
			});
		}

		const said: string[] = [];
		let isDone = false;
		const closing = closeAllStores(line => {
			said.push(`${isDone ? 'after' : 'while waiting'}: ${line}`);
		}).then(problems => {
			isDone = true;
			return problems;
		});
		expect(await closing).toEqual([
			`store ${journal.path}: the last action was NOT saved (the store did not commit it before quitting)`,
		]);
		expect(said).toEqual([
			`while waiting: store ${journal.path}: waiting up to 2 s for it to commit the last action…`,
		]);
		expect(await saving).toBeInstanceOf(Error);
	},
);

test('nothing in flight: nothing is said', async () => {
	const server = await silentServer();
	stopServer = server.close;
	const journal = new StoreJournal({
		url: server.url,
		now: () => new Date('2026-12-07T10:00:00Z'),
		who: 'ada',
		listen: false,
		finishTimeout: 2000,
	});
	const said: string[] = [];
	expect(
		await closeAllStores(line => {
			said.push(line);
		}),
	).toEqual([]);
	expect(said).toEqual([]);
	expect(journal.path).toContain('127.0.0.1');
});
