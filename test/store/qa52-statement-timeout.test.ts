/**
A store whose `statement_timeout` is shorter than a query waits (QA 52: a role or database with `statement_timeout`
set tiny, a lock another session held): the save failed with pg's words alone, `canceling statement due to
statement timeout`, or `… due to user request`, which read as if the person had cancelled something. The line says
the server cancelled the query and why it may have.
*/
import pg from 'pg';
import {describe, expect, test} from 'vitest';
import {openStoreJournal} from '../../source/store/decisions.js';
import {serverForTests} from './server.js';

const server = await serverForTests('a statement_timeout shorter than a lock');

describe.skipIf(!server)('a query the server cancels', () => {
	test(
		'is one line that says the server cancelled it',
		{timeout: 60_000},
		async () => {
			const url = await server!.createDatabase();
			// Made, then opened again with a statement_timeout of 200 ms.
			const setup = await openStoreJournal({
				url,
				now: () => new Date(),
				who: 'ada',
				listen: false,
			});
			await setup.close();
			const journal = await openStoreJournal({
				url: `${url}?options=${encodeURIComponent('-c statement_timeout=200')}`,
				now: () => new Date(),
				who: 'ada',
				listen: false,
			});
			const holder = new pg.Client({connectionString: url});
			await holder.connect();
			try {
				await holder.query('BEGIN');
				await holder.query(
					'LOCK TABLE decision_events IN ACCESS EXCLUSIVE MODE',
				);
				const error = await journal
					.decide({
						id: 'tests/a.py::test_one',
						category: 'BUG',
						priority: 'HIGH',
					})
					.then(
						() => undefined,
						(error: unknown) => error as Error,
					);
				expect(error?.message).toMatch(
					/^store \S+: the server cancelled a query \(canceling statement due to statement timeout\): a statement_timeout too short for this role or database, or another session's pg_cancel_backend$/,
				);
				expect(error?.message).not.toContain('\n');
			} finally {
				await holder.query('ROLLBACK');
				await holder.end();
				await journal.close();
			}
		},
	);
});
