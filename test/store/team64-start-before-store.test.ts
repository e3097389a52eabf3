/**
Team tour 64: over a slow store (0.7 s each way) `triage run --store … -- pytest` began pytest only after six round
trips one after the other: connect, `to_regclass('meta')`, the schema's version, a second connection, its LISTEN, and
the read of every decision. What must be known before a suite starts is only that the store takes us and that its
schema is ours (no suite runs whose decisions could not be saved). The listening connection is now made, and LISTENs,
while the other checks the schema in one query, and the command starts before the decisions are read.

A proxy between triage and the server holds the server's answers back, never for long: the schema's answer until the
LISTEN came (on any connection), and the decisions' until the command started. Each hold that had to give up is a
round trip that still waited for another.
*/
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {startLive} from '../../source/commands/review-live.js';
import {openStoreJournal} from '../../source/store/decisions.js';
import {serverForTests} from './server.js';

const server = await serverForTests('a live run started before the decisions');

type Gate = {
	/** What must have happened before the server's answer to a query holding `query` may pass. */
	readonly query: string;
	readonly isOpen: () => boolean;
};

type Proxy = {
	readonly url: (database: string) => string;
	/** The gates that gave up waiting, by their query. */
	readonly forced: string[];
	/** The queries sent, in order, with whether the command had been started (spawned) then. */
	readonly sent: Array<{text: string; isStarted: boolean}>;
	close(): void;
};

/** How long a gate holds an answer back before it gives up (and says so in `forced`). */
const holdLimit = 4000;

function gatingProxy(
	target: string,
	gates: readonly Gate[],
	isStarted: () => boolean,
): Proxy {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gate-'));
	const forced: string[] = [];
	const sent: Array<{text: string; isStarted: boolean}> = [];
	const sockets = new Set<net.Socket>();
	const proxy = net.createServer(client => {
		const upstream = net.connect(target);
		sockets.add(client);
		sockets.add(upstream);
		let waiting: Gate | undefined;
		let since = 0;
		const held: Buffer[] = [];
		const flush = () => {
			if (waiting && !waiting.isOpen() && Date.now() - since < holdLimit) {
				setTimeout(flush, 10);
				return;
			}

			if (waiting && !waiting.isOpen()) {
				forced.push(waiting.query);
			}

			waiting = undefined;
			for (const chunk of held.splice(0)) {
				client.write(chunk);
			}
		};

		client.on('data', chunk => {
			const text = chunk.toString('latin1');
			sent.push({text, isStarted: isStarted()});
			const gate = gates.find(each => text.includes(each.query));
			if (gate && !waiting) {
				waiting = gate;
				since = Date.now();
				setTimeout(flush, 10);
			}

			upstream.write(chunk);
		});
		upstream.on('data', chunk => {
			if (waiting) {
				held.push(chunk);
			} else {
				client.write(chunk);
			}
		});
		const end = () => {
			client.destroy();
			upstream.destroy();
		};

		client.on('close', end);
		upstream.on('close', end);
		client.on('error', end);
		upstream.on('error', end);
	});
	proxy.listen(path.join(folder, '.s.PGSQL.5432'));
	return {
		url: database =>
			`postgresql://triage@${encodeURIComponent(folder)}/${database}`,
		forced,
		sent,
		close() {
			for (const socket of sockets) {
				socket.destroy();
			}

			proxy.close();
			fs.rmSync(folder, {recursive: true, force: true});
		},
	};
}

describe.skipIf(!server)('triage run on a slow store', () => {
	test(
		'starts its command once the store took us, and reads its decisions meanwhile',
		{timeout: 60_000},
		async () => {
			const direct = await server!.createDatabase();
			const database = direct.split('/').at(-1)!;
			const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'team64-start-'));
			const marker = path.join(folder, 'started');
			// A teammate's decision on a store set up before.
			const ana = await openStoreJournal({
				url: direct,
				now: () => new Date(),
				who: 'ana',
				listen: false,
			});
			await ana.decide({
				id: 'tests/test_a.py::test_one',
				category: 'BUG',
				priority: 'HIGH',
			});
			await ana.close();

			let hasListened = false;
			// The command ran: the file it writes is there (the decisions' answer waits for it).
			const isStarted = () => fs.existsSync(marker);
			// The command was started (spawned): what a query sent before it must not be. Its file comes later, as
			// the process gets to it: on a loaded machine after the decisions' query was sent (CI, stop 64).
			let isSpawned = false;
			const proxy = gatingProxy(
				path.join(server!.folder, '.s.PGSQL.5432'),
				[
					{query: 'store_schema', isOpen: () => hasListened},
					{query: 'FROM decision_events', isOpen: isStarted},
				],
				() => isSpawned,
			);
			const watch = setInterval(() => {
				hasListened ||= proxy.sent.some(each => each.text.includes('LISTEN'));
			}, 5);
			try {
				const {live, journal} = await startLive(
					{
						logs: [],
						live: {kind: 'command', argv: ['sh', '-c', `: > '${marker}'`]},
						store: proxy.url(database),
						who: 'ben',
						history: false,
						triage: path.join(folder, 'triage.jsonl'),
					},
					path.join(folder, 'triage.jsonl'),
					() => undefined,
					undefined,
					() => false,
					() => {
						isSpawned = true;
					},
				);
				try {
					expect(proxy.forced).toEqual([]);
					expect(isStarted()).toBe(true);
					// What the store held came all the same, before the review is given the journal.
					expect(
						journal?.state().get('tests/test_a.py::test_one'),
					).toBeDefined();
					// Before the command was started: the schema's version in one query, and no decision read.
					const before = proxy.sent
						.filter(each => !each.isStarted)
						.map(each => each.text);
					expect(before.some(text => text.includes('to_regclass'))).toBe(false);
					expect(before.some(text => text.includes('decision_events'))).toBe(
						false,
					);
					await live?.exited;
				} finally {
					await journal?.close?.();
				}
			} finally {
				clearInterval(watch);
				proxy.close();
				fs.rmSync(folder, {recursive: true, force: true});
			}
		},
	);
});
