/**
The SQL on `decision_events`, as plain functions of a connected client: the journal in `decisions.ts` keeps
the state (what it has read, the fold, the reconnects) and calls these inside its own transactions. Appends
take the decisions lock first, so that `seq` order is commit order (see `schema.ts`).
*/

import type pg from 'pg';
import type {Warning} from '../log/model.js';
import {parseLine, type JournalEvent} from '../triage/journal/events.js';
import {decisionsChannel, decisionsLock, lockClass} from './schema.js';

/** What `readEventsAfter` found: the events, a warning per row that is not one, and the last `seq` read. */
export type EventsRead = {
	readonly events: readonly JournalEvent[];
	readonly warnings: readonly Warning[];
	/** The highest `seq` read (the one asked after when there were no rows). */
	readonly lastSeq: number;
	/** The hash of the last row read; undefined when there were none. */
	readonly lastHash: string | undefined;
	/** Rows read, events or not. */
	readonly rowCount: number;
};

/** Within a transaction: wait for, then hold until the end of it, the lock that serializes appends. */
export async function lockDecisions(client: pg.Client): Promise<void> {
	await client.query('SELECT pg_advisory_xact_lock($1, $2)', [
		lockClass,
		decisionsLock,
	]);
}

/**
Within a transaction: insert the events in order, each signed `who`, skipping those already in the store
(same text, same hash); then notify the listeners, who hear it once the transaction commits. Returns how
many were new.
*/
export async function insertEvents(
	client: pg.Client,
	who: string,
	events: readonly JournalEvent[],
): Promise<number> {
	const inserted = await client.query(
		`INSERT INTO decision_events (who, event, event_hash)
		SELECT $1, t.event, md5(t.event) FROM unnest($2::text[]) WITH ORDINALITY AS t(event, n)
		ORDER BY t.n
		ON CONFLICT (event_hash) DO NOTHING`,
		[who, events.map(event => JSON.stringify(event))],
	);
	await client.query(`NOTIFY ${decisionsChannel}`);
	return inserted.rowCount ?? 0;
}

type EventRow = {
	readonly seq: number;
	readonly event: string;
	readonly event_hash: string;
};

/** The events after `seq`, in order; a row that is not an event is skipped with a warning naming its `seq`. */
export async function readEventsAfter(
	client: pg.Client,
	seq: number,
): Promise<EventsRead> {
	const {rows} = await client.query<EventRow>(
		'SELECT seq, event, event_hash FROM decision_events WHERE seq > $1 ORDER BY seq',
		[seq],
	);
	return eventsOfRows(rows, seq);
}

/**
Begin a transaction, take the lock that serializes appends and read the events after `seq`, in one round trip (team
tour 65: the three, one after the other, cost three round trips before every decision: 4.2 s over a store 0.7 s
away). One simple query: its only value, `seq`, is a number of ours, written in.
*/
export async function beginAndReadAfter(
	client: pg.Client,
	seq: number,
): Promise<EventsRead> {
	if (!Number.isSafeInteger(seq)) {
		throw new TypeError(`not a sequence number: ${seq}`);
	}

	const results = (await client.query(
		`BEGIN; SELECT pg_advisory_xact_lock(${lockClass}, ${decisionsLock}); SELECT seq, event, event_hash FROM decision_events WHERE seq > ${seq} ORDER BY seq`,
	)) as unknown as Array<pg.QueryResult<EventRow>>;
	return eventsOfRows(results.at(-1)?.rows ?? [], seq);
}

/**
In the transaction `beginAndReadAfter` began: insert the events (as `insertEvents`), notify the listeners and commit,
in one round trip; what was inserted comes back as the store numbered it (those already there are not), for the fold,
with no read after the commit. The values are written in as literals, escaped by the client (one simple query takes
no parameters).
*/
export async function insertAndCommit(
	client: pg.Client,
	who: string,
	events: readonly JournalEvent[],
	seq: number,
): Promise<EventsRead> {
	if (events.length === 0) {
		await client.query('COMMIT');
		return eventsOfRows([], seq);
	}

	const texts = events.map(event =>
		client.escapeLiteral(JSON.stringify(event)),
	);
	const results = (await client.query(
		`INSERT INTO decision_events (who, event, event_hash)
		SELECT ${client.escapeLiteral(who)}, t.event, md5(t.event) FROM unnest(ARRAY[${texts.join(', ')}]::text[]) WITH ORDINALITY AS t(event, n)
		ORDER BY t.n
		ON CONFLICT (event_hash) DO NOTHING
		RETURNING seq, event, event_hash; NOTIFY ${decisionsChannel}; COMMIT`,
	)) as unknown as Array<pg.QueryResult<EventRow>>;
	const rows = (results[0]?.rows ?? []).toSorted((a, b) => a.seq - b.seq);
	return eventsOfRows(rows, seq);
}

/** Rows of `decision_events` read as events, after `seq`: a row that is not one is skipped with a warning. */
function eventsOfRows(rows: readonly EventRow[], seq: number): EventsRead {
	const events: JournalEvent[] = [];
	const warnings: Warning[] = [];
	let lastSeq = seq;
	let lastHash: string | undefined;
	for (const row of rows) {
		const parsed = parseLine(row.event);
		if (parsed.kind === 'event') {
			events.push(parsed.event);
		} else {
			warnings.push({
				line: row.seq,
				message: `event ${row.seq}: ${parsed.kind === 'bad' ? parsed.message : 'not an event'}, skipped`,
			});
		}

		lastSeq = row.seq;
		lastHash = row.event_hash;
	}

	return {events, warnings, lastSeq, lastHash, rowCount: rows.length};
}

/**
Whether the store still holds event `seq` as it was read (its hash): not when its database was dropped and made
again, or restored from an older backup, while a session had it open.
*/
export async function holdsEvent(
	client: pg.Client,
	seq: number,
	hash: string,
): Promise<boolean> {
	const {rowCount} = await client.query(
		'SELECT 1 FROM decision_events WHERE seq = $1 AND event_hash = $2',
		[seq, hash],
	);
	return (rowCount ?? 0) > 0;
}

/** Every event in the store, in order; rows that are not events are left out. */
export async function readAllEvents(
	client: pg.Client,
): Promise<JournalEvent[]> {
	const {rows} = await client.query<{event: string}>(
		'SELECT event FROM decision_events ORDER BY seq',
	);
	const events: JournalEvent[] = [];
	for (const row of rows) {
		const parsed = parseLine(row.event);
		if (parsed.kind === 'event') {
			events.push(parsed.event);
		}
	}

	return events;
}
