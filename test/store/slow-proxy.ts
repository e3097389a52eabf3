/**
A slow link to a test's PostgreSQL: a proxy on a Unix socket in a folder of its own that holds each of the server's
answers back `delay` ms, and counts the round trips its clients waited for. A round trip is counted each time a client
sends after the server has answered it (and for its first message): statements sent together, before any answer,
are one. What is asserted is that count, never a time; the delay is there so that what waits on the store waits as
it would over a real network (an answer that comes while the screen is drawn, a notice that says it is slow).
*/
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export type SlowProxy = {
	/** Round trips waited for since the proxy started or since `reset`, on all its connections. */
	readonly roundTrips: number;
	/** Connections made through it since the proxy started or since `reset`. */
	readonly connections: number;
	/** What each round trip sent (its bytes as latin1, the statements' text readable in them), since `reset`. */
	readonly turns: readonly string[];
	/** The server's answers are held back this long (ms); may be changed between steps. */
	delay: number;
	/** The URL of `database` reached through the proxy. */
	url(database: string): string;
	/** Count from zero again. */
	reset(): void;
	close(): void;
};

/** A proxy to the server listening on the Unix socket `target`. */
export function slowProxy(target: string, delay: number): SlowProxy {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'slow-'));
	const sockets = new Set<net.Socket>();
	let roundTrips = 0;
	let connections = 0;
	let turns: string[] = [];
	const state = {delay};
	const proxy = net.createServer(client => {
		const upstream = net.connect(target);
		sockets.add(client);
		sockets.add(upstream);
		connections++;
		let hasAnswered = true;
		client.on('data', chunk => {
			if (hasAnswered) {
				roundTrips++;
				hasAnswered = false;
				turns.push('');
			}

			turns[turns.length - 1] += chunk.toString('latin1');

			upstream.write(chunk);
		});
		upstream.on('data', chunk => {
			setTimeout(() => {
				hasAnswered = true;
				if (!client.destroyed) {
					client.write(chunk);
				}
			}, state.delay);
		});
		const end = () => {
			setTimeout(() => {
				client.destroy();
				upstream.destroy();
			}, state.delay);
		};

		for (const socket of [client, upstream]) {
			socket.on('close', end);
			socket.on('error', end);
		}
	});
	proxy.listen(path.join(folder, '.s.PGSQL.5432'));
	return {
		url: database =>
			`postgresql://triage@${encodeURIComponent(folder)}/${database}`,
		get roundTrips() {
			return roundTrips;
		},
		get connections() {
			return connections;
		},
		get turns() {
			return turns;
		},
		get delay() {
			return state.delay;
		},
		set delay(value: number) {
			state.delay = value;
		},
		reset() {
			roundTrips = 0;
			connections = 0;
			turns = [];
		},
		close() {
			for (const socket of sockets) {
				socket.destroy();
			}

			proxy.close();
			fs.rmSync(folder, {recursive: true, force: true});
		},
	};
}
