/**
The store's tables, created and migrated by triage itself. The version is kept in `meta` (name
`store_schema`); a store of a newer version than this binary knows is refused before anything is written.
Migrations run in one transaction under an advisory lock, so two triages starting on a new store at once
create it once; setting up a store is three round trips (`migrateLocked`).
*/

import type pg from 'pg';
import {
	postgresDialect,
	runsOrderIndex,
	schemaStatements,
} from '../runs/history/schema.js';
import {StoreError, storeErrorOf} from './connection.js';
import {nameOfStore} from './url.js';

/** The store schema this code writes, and the newest it reads. */
export const storeSchemaVersion = 1;

/** Every lock triage takes on a store is an advisory lock in this class (the first key). */
export const lockClass = 0x74_72_69_61; // "tria"
export const schemaLock = 1;
export const decisionsLock = 2;
export const historyLock = 3;

/** The channel a commit of decisions notifies. */
export const decisionsChannel = 'triage_decisions';

/** What each version adds, in order: migration `n` takes a store from version n to n + 1. */
const migrations: ReadonlyArray<readonly string[]> = [
	[
		...schemaStatements(postgresDialect),
		// Decisions as the journal's events, append-only: `seq` is the order (appends are serialized
		// by an advisory lock, so a reader that saw `seq` N has seen every event before it).
		`CREATE TABLE IF NOT EXISTS decision_events (
			seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
			who TEXT NOT NULL,
			saved_at TIMESTAMPTZ NOT NULL DEFAULT now(),
			event TEXT NOT NULL,
			event_hash TEXT NOT NULL UNIQUE
		)`,
		'CREATE INDEX IF NOT EXISTS runs_rootdir ON runs (rootdir)',
		'CREATE INDEX IF NOT EXISTS errors_node ON errors (node_id)',
		runsOrderIndex,
	],
];

/** The undefined_table error: no `meta` yet. */
const undefinedTable = '42P01';

/**
The version in one round trip, where `versionOf` takes two: `meta` is read, and a store without it (an empty
database) is version 0. Over a slow network each round trip delayed the start of a `triage run` (team tour 64). Not
within a transaction, which the error would end: the migration's own check, under its lock, is in `migrateLocked`.
*/
async function versionAtOnce(client: pg.Client): Promise<number> {
	try {
		const row = await client.query<{value: string}>(
			"SELECT value FROM meta WHERE name = 'store_schema'",
		);
		return Number(row.rows[0]?.value ?? 0);
	} catch (error) {
		if ((error as {code?: string}).code === undefinedTable) {
			return 0;
		}

		throw error;
	}
}

/**
Bring the store to this binary's schema (creating it on an empty database). Throws StoreError: a newer
schema ("newer"), a role that may not create tables on a store still to set up ("readonly").
*/
export async function migrateStore(
	client: pg.Client,
	url: string,
): Promise<void> {
	let seen: number;
	try {
		seen = await versionAtOnce(client);
	} catch (error) {
		throw (
			unreadableError(error, url) ??
			foreignTablesError(error, url) ??
			storeErrorOf(error, url)
		);
	}

	try {
		checkNotNewer(seen, url);
		if (seen === storeSchemaVersion) {
			return;
		}

		await migrateLocked(client, url);
	} catch (error) {
		throw foreignTablesError(error, url) ?? storeErrorOf(error, url);
	}
}

/**
The migration in two round trips, one after the other (team tour 66: a statement each, 21 round trips, took 40 s to set
up a fresh store 0.7 s away): BEGIN, the lock and the version read again under it (another triage may have set the
store up while we waited for the lock: `meta` is made first if missing, so that it can be read in the same query);
then every statement of the migrations still to run, the new version and COMMIT. The statements are ours, with no
value from outside; a failing one ends the query, and the transaction is rolled back: nothing is half made.
*/
async function migrateLocked(client: pg.Client, url: string): Promise<void> {
	try {
		const read = (await client.query(
			`BEGIN; SELECT pg_advisory_xact_lock(${lockClass}, ${schemaLock}); ${metaTable}; SELECT value FROM meta WHERE name = 'store_schema'`,
		)) as unknown as Array<pg.QueryResult<{value: string}>>;
		const version = Number(read.at(-1)?.rows[0]?.value ?? 0);
		checkNotNewer(version, url);
		const statements = migrations.slice(version).flat();
		await client.query(
			[
				...statements,
				`INSERT INTO meta (name, value) VALUES ('store_schema', '${storeSchemaVersion}') ON CONFLICT (name) DO UPDATE SET value = excluded.value`,
				'COMMIT',
			].join(';\n'),
		);
	} catch (error) {
		await client.query('ROLLBACK').catch(() => undefined);
		throw error;
	}
}

/** `meta`, as the first migration makes it: made under the lock before it is read. */
const metaTable = schemaStatements(postgresDialect)[0]!;

/**
Errors that say a table triage expects has another shape (a column missing, a key of another type): the
database already held another application's `meta`, `runs`, `errors`, … . Said as that, not as pg's words
alone ("column "value" does not exist"), since the way out is a database of triage's own.
*/
const foreignShapeCodes = new Set(['42703', '42804', '42830', '42P16']);

function foreignTablesError(
	error: unknown,
	url: string,
): StoreError | undefined {
	const {code, message} = error as {code?: string; message?: string};
	if (code === undefined || !foreignShapeCodes.has(code)) {
		return undefined;
	}

	return new StoreError(
		'failed',
		nameOfStore(url),
		`the database holds tables triage did not make (${String(message).split('\n')[0]}); give triage a database of its own (createdb), nothing was written`,
		{cause: error},
	);
}

/**
A role without SELECT on the store's tables fails on the first read, with the privilege error a write of a
read-only role gets: said as what it is, since "read-only" would tell it that it could review.
*/
function unreadableError(error: unknown, url: string): StoreError | undefined {
	const {code, message} = error as {code?: string; message?: string};
	if (code !== '42501') {
		return undefined;
	}

	return new StoreError(
		'failed',
		nameOfStore(url),
		`this role may not read the store (${String(message).split('\n')[0]}): grant it SELECT on triage's tables to review, and write access to decide and record`,
		{cause: error},
	);
}

function checkNotNewer(version: number, url: string): void {
	if (version > storeSchemaVersion) {
		throw new StoreError(
			'newer',
			nameOfStore(url),
			`written by a newer triage (store schema ${version}, this one knows ${storeSchemaVersion}); not used`,
		);
	}
}
