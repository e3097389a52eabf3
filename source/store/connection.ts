/**
A team's store on PostgreSQL: where it is (`--store`, `TRIAGE_STORE`, the rules file's `store`), how to
connect, and every way that fails said in one line (`StoreError`). The password never reaches a message:
the store is named by its URL without it.
*/

import pg from 'pg';
import {trackOpen} from './open-clients.js';
import {libpqUrl, nameOfStore} from './url.js';

/** The store cannot be used, or an action on it failed; the message is one line and names the store. */
export class StoreError extends Error {
	override name = 'StoreError';
	/** Why, as a word: refused, auth, readonly, lost, newer, failed. */
	readonly reason: StoreErrorReason;
	/** The store, named by its URL without the password. */
	readonly store: string;
	/** What went wrong, past the store's name: `connection lost (terminating connection due to …)`. */
	readonly detail: string;
	/** What the server or the network said, when `detail` wraps it in words of its own. */
	readonly said: string | undefined;

	constructor(
		reason: StoreErrorReason,
		store: string,
		detail: string,
		options?: ErrorOptions & {readonly said?: string},
	) {
		super(`store ${store}: ${detail}`, options);
		this.reason = reason;
		this.store = store;
		this.detail = detail;
		this.said = options?.said;
	}
}

export type StoreErrorReason =
	'refused' | 'auth' | 'readonly' | 'lost' | 'newer' | 'missing' | 'failed';

const connectTimeoutMilliseconds = 5000;
const queryTimeoutMilliseconds = 30_000;

/** BIGINT ids as numbers (they stay far below 2^53), bytea as Buffer, the rest as pg reads them. */
const types = {
	getTypeParser(oid: number, format?: 'text' | 'binary') {
		if (oid === 20) {
			return Number;
		}

		return pg.types.getTypeParser(oid, format);
	},
};

/**
Connect to the store. Throws StoreError (one line). The client's `error` events (the server going away)
are passed to `onLost` instead of crashing the process.
*/
export async function connectStore(
	url: string,
	onLost?: (error: StoreError) => void,
): Promise<pg.Client> {
	let client: pg.Client;
	try {
		client = new pg.Client({
			connectionString: libpqUrl(url),
			connectionTimeoutMillis: connectTimeoutMilliseconds,
			query_timeout: queryTimeoutMilliseconds,
			keepAlive: true,
			application_name: 'triage',
			types,
		});
	} catch (error) {
		// The URL's settings, read as pg builds the client (`sslmode=verify-ca` without `sslrootcert`).
		throw storeErrorOf(error, url);
	}

	client.on('error', error => {
		onLost?.(storeErrorOf(error, url));
	});
	const untrack = trackOpen(async () => closeQuietly(client));
	client.once('end', untrack);
	try {
		await client.connect();
	} catch (error) {
		untrack();
		void client.end().catch(() => undefined);
		throw storeErrorOf(error, url, addressOf(client));
	}

	return client;
}

/** How long a goodbye may wait for the server to close its side before the socket is dropped. */
const closeGraceMilliseconds = 1000;

/**
Close without waiting on a server that may be gone. pg's `end()` resolves only when the server closes its
side, which a stopped server or a partitioned host never does: after a grace the socket is destroyed.
*/
export async function closeQuietly(
	client: pg.Client | undefined,
): Promise<void> {
	if (!client) {
		return;
	}

	let timer: NodeJS.Timeout | undefined;
	const grace = new Promise<'late'>(resolve => {
		timer = setTimeout(resolve, closeGraceMilliseconds, 'late');
	});
	try {
		const ended = await Promise.race([client.end(), grace]);
		if (ended === 'late') {
			client.connection.stream.destroy();
		}
	} catch {
		// Already closed, or the server is gone: nothing left to release.
	} finally {
		clearTimeout(timer);
	}
}

/** Where pg connects (the URL read as libpq reads it, with PGHOST and PGPORT): `db.example:5432`, or its socket. */
function addressOf(client: pg.Client): string {
	const {host, port} = client;
	if (host.startsWith('/')) {
		return `socket ${host}/.s.PGSQL.${port}`;
	}

	return `${host.includes(':') ? `[${host}]` : host}:${port}`;
}

function firstLine(text: string): string {
	return text.split('\n')[0]!.trim();
}

/**
One line for anything pg or the network throws, naming the store. `connecting` is the address a connection was
being made to: no connection was made, so none was lost.
*/
export function storeErrorOf(
	error: unknown,
	url: string,
	connecting?: string,
): StoreError {
	if (error instanceof StoreError) {
		return error;
	}

	const store = nameOfStore(url);
	const {code, message} = error as {code?: string; message?: string};
	const text = firstLine(message ?? String(error));
	const make = (reason: StoreErrorReason, what: string, said?: string) =>
		new StoreError(reason, store, what, {
			cause: error,
			...(said !== undefined && {said}),
		});
	// The server or the network ended a connection: lost once made, never made while connecting (an address that
	// took the connection and dropped it, a server still starting). It said `connection lost` (QA 34).
	const ended = () =>
		connecting === undefined
			? make('lost', `connection lost (${text})`, text)
			: make('refused', `could not connect to ${connecting} (${text})`);
	// The server asks for a password and none was given (no PGPASSWORD, no ~/.pgpass line): pg's words
	// (SCRAM, a password function) or the server's (cleartext, as 28P01).
	if (
		/client password must be a string|empty password returned by client|^password must be a string/i.test(
			text,
		)
	) {
		return make(
			'auth',
			'authentication failed (the server asks for a password: set PGPASSWORD or add it to ~/.pgpass)',
		);
	}

	switch (code) {
		case 'ECONNREFUSED':
		case 'ENOENT': {
			return make(
				'refused',
				'connection refused (is PostgreSQL running there?)',
			);
		}

		case 'ENOTFOUND':
		case 'EAI_AGAIN': {
			return make('refused', `no such host (${text})`);
		}

		case '28P01':
		case '28000': {
			return make('auth', `authentication failed (${text})`);
		}

		case '57014': {
			// `canceling statement due to user request` read as if the person had cancelled something (QA 52).
			return make(
				'failed',
				`the server cancelled a query (${text}): a statement_timeout too short for this role or database, or another session's pg_cancel_backend`,
			);
		}

		case '42P01': {
			// A table triage made is gone though `meta` says the store is set up (dropped by hand, a restore in part):
			// pg's words alone (`relation "decision_events" does not exist`) said neither what nor what to do (QA 52).
			return make(
				'failed',
				`a table of the store is missing (${text}), though it is marked as set up by triage: restore the database whole from a backup, or give triage an empty one (createdb; triage store push copies a triage file into it)`,
			);
		}

		case '3D000': {
			return make('missing', `${text} (create it first: createdb)`);
		}

		case '25006':
		case '42501': {
			return make(
				'readonly',
				`read-only for this role, nothing written (${text})`,
			);
		}

		case '57P01':
		case '57P02':
		case '57P03':
		case 'ECONNRESET':
		case 'EPIPE': {
			return ended();
		}

		default: {
			// pg's own words for its timeouts name no cause: a server that answers nothing is not a lost connection
			// (`connection lost (Query read timeout)` sent a team looking at the network while a psql session held a lock).
			if (/^query read timeout$/i.test(text)) {
				return make(
					'lost',
					`no answer in ${queryTimeoutMilliseconds / 1000} s (a slow server, or a lock another session holds)`,
				);
			}

			if (
				/^(?:timeout expired|timeout exceeded when trying to connect)$/i.test(
					text,
				)
			) {
				return make(
					'refused',
					`no answer in ${connectTimeoutMilliseconds / 1000} s (is the host right, and PostgreSQL reachable from here?)`,
				);
			}

			if (
				/connection terminated|not queryable|connection.*(?:closed|ended)/i.test(
					text,
				)
			) {
				return ended();
			}

			return make('failed', text);
		}
	}
}

/**
What a lost connection's error says past the store's name, without saying "connection lost" twice:
`terminating connection due to administrator command`, or `connection refused (is PostgreSQL running there?)`.
*/
export function lostDetail(error: StoreError): string {
	return error.said ?? error.detail;
}
