/**
Team tour 66: setting up a fresh store took 40 s over a link 0.7 s each way: after the version read, the migration
was a round trip per statement (BEGIN, the lock, two version reads, fifteen CREATEs, the version written, COMMIT: 21
in all). It is now three (the version; BEGIN, the lock and the version under it; the statements, the version and
COMMIT), and still made once when two people start on the same fresh store at once.

A real PostgreSQL behind a proxy that holds its answers back and counts the round trips waited for.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {openStoreHistory} from '../../source/store/history.js';
import {openStoreJournal} from '../../source/store/decisions.js';
import {serverForTests, sql} from './server.js';
import {slowProxy} from './slow-proxy.js';

const server = await serverForTests('setting up a store over a slow link');

const now = () => new Date('2026-12-08T02:00:00Z');

describe.skipIf(!server)('a fresh store over a slow link', () => {
	test(
		'is set up in three round trips after connecting',
		{timeout: 60_000},
		async () => {
			const url = await server!.createDatabase();
			const database = url.split('/').at(-1)!;
			const proxy = slowProxy(path.join(server!.folder, '.s.PGSQL.5432'), 30);
			try {
				const history = await openStoreHistory(proxy.url(database), {now});
				// Connect, the version (none yet), then the two of the migration, then whether this role may write.
				expect(proxy.roundTrips).toBeLessThanOrEqual(5);
				expect(history.isReadonly).toBe(false);
				await history.close();
				const tables = await sql(
					url,
					"SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'",
				);
				expect(tables[0]!['n']).toBe(11);
				expect(
					await sql(url, "SELECT value FROM meta WHERE name = 'store_schema'"),
				).toEqual([{value: '1'}]);
				// Set up already: the version read is all the schema costs.
				proxy.reset();
				const again = await openStoreHistory(proxy.url(database), {now});
				await again.close();
				expect(proxy.roundTrips).toBeLessThanOrEqual(4);
			} finally {
				proxy.close();
			}
		},
	);

	test(
		'two people starting on it at once set it up once, and both can use it',
		{timeout: 60_000},
		async () => {
			const url = await server!.createDatabase();
			const database = url.split('/').at(-1)!;
			const proxy = slowProxy(path.join(server!.folder, '.s.PGSQL.5432'), 30);
			try {
				const storeUrl = proxy.url(database);
				// Both read version 0 before either takes the lock: the second finds it set up under the lock.
				const [history, journal] = await Promise.all([
					openStoreHistory(storeUrl, {now}),
					openStoreJournal({url: storeUrl, who: 'ben', now, listen: false}),
				]);
				try {
					await journal.decide({
						id: 'tests/test_a.py::test_a',
						category: 'BUG',
						priority: 'HIGH',
					});
					expect(await history.list()).toEqual([]);
				} finally {
					await journal.close();
					await history.close();
				}

				expect(
					await sql(url, 'SELECT count(*)::int AS n FROM decision_events'),
				).toEqual([{n: 1}]);
				expect(await sql(url, 'SELECT name, value FROM meta')).toEqual([
					{name: 'store_schema', value: '1'},
				]);
			} finally {
				proxy.close();
			}
		},
	);

	test(
		'a failing statement leaves nothing half made',
		{timeout: 60_000},
		async () => {
			const url = await server!.createDatabase();
			const database = url.split('/').at(-1)!;
			// Another application's `errors`, of another shape: the index on errors (node_id) cannot be made.
			await sql(
				url,
				'CREATE TABLE errors (id INTEGER PRIMARY KEY, message TEXT)',
			);
			const proxy = slowProxy(path.join(server!.folder, '.s.PGSQL.5432'), 10);
			try {
				await expect(
					openStoreHistory(proxy.url(database), {now}),
				).rejects.toThrow(/the database holds tables triage did not make/);
				const tables = await sql(
					url,
					"SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
				);
				expect(tables).toEqual([{tablename: 'errors'}]);
			} finally {
				proxy.close();
			}
		},
	);
});
