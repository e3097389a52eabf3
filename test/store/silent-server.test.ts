import {afterEach, expect, test} from 'vitest';
import {closeQuietly, connectStore} from '../../source/store/connection.js';
import {StoreJournal} from '../../source/store/decisions.js';
import {closeAllStores} from '../../source/store/open-clients.js';
import {silentServer} from './silent-server.js';

let stopServer: (() => void) | undefined;
afterEach(() => {
	stopServer?.();
	stopServer = undefined;
});

test('closing a connection to a server that went silent does not wait for it', async () => {
	const server = await silentServer();
	stopServer = server.close;
	const client = await connectStore(server.url);
	// pg's end() waits for the server to close its side, forever when it never does (quitting the review hung):
	// that it returns at all, within the test's limit, is the check (its grace is 1 s).
	await closeQuietly(client);
}, 10_000);

test('a save a silent server never commits is said NOT saved when the command ends, and nothing reconnects after', async () => {
	const server = await silentServer();
	stopServer = server.close;
	const journal = new StoreJournal({
		url: server.url,
		now: () => new Date('2026-12-02T10:00:00Z'),
		who: 'ada',
		listen: false,
		reconnectInterval: 20,
		finishTimeout: 100,
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

	// The review quits while the save waits on the server: the CLI closes every connection, and says so.
	expect(await closeAllStores()).toEqual([
		`store ${journal.path}: the last action was NOT saved (the store did not commit it before quitting)`,
	]);
	expect(await saving).toBeInstanceOf(Error);
	await new Promise(resolve => {
		setTimeout(resolve, 300);
	});
	expect(server.connections()).toBe(1);
}, 10_000);
