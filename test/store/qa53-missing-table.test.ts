/**
A store whose tables were dropped by hand (or restored in part) while `meta` still marks it as set up (QA 52): every
command said only pg's words, `relation "decision_events" does not exist`, which told neither what was wrong with the
store nor what to do. One line says both, exit 1.
*/
import {describe, expect, test} from 'vitest';
import {openStoreJournal} from '../../source/store/decisions.js';
import {runCli} from '../cli-helpers.js';
import {serverForTests, sql} from './server.js';

const server = await serverForTests('a store missing a table');

describe.skipIf(!server)(
	'a store set up by triage, a table dropped since',
	() => {
		test(
			'is one line saying a table is missing and what to do, exit 1',
			{timeout: 60_000},
			async () => {
				const url = await server!.createDatabase();
				const setup = await openStoreJournal({
					url,
					now: () => new Date(),
					who: 'ada',
					listen: false,
				});
				await setup.close();
				await sql(url, 'DROP TABLE decision_events');

				const error = await openStoreJournal({
					url,
					now: () => new Date(),
					who: 'ada',
					listen: false,
				}).then(
					async journal => {
						await journal.close();
						return undefined;
					},
					(error: unknown) => error as Error,
				);
				expect(error?.message).toMatch(
					/^store \S+: a table of the store is missing \(relation "decision_events" does not exist\), though it is marked as set up by triage: restore the database whole from a backup, or give triage an empty one \(createdb; triage store push copies a triage file into it\)$/,
				);

				const result = runCli(
					['export', '--json', '-', 'fixtures/pytest9/v/run.log'],
					{env: {TRIAGE_STORE: url}, timeout: 30_000},
				);
				expect(result.status).toBe(1);
				expect(result.stderr).toMatch(
					/^triage: store \S+: a table of the store is missing \(relation "\w+" does not exist\), though it is marked as set up by triage: .*\n$/,
				);
				expect(result.stdout).toBe('');
			},
		);
	},
);
