/**
Team tour 65: `q` during `triage run` over a slow store said `waiting for python3 to stop` and then nothing for half a
minute, though pytest had stopped within a second: triage was recording the run as far as it went on the store (some
twenty round trips), then naming and signing the decisions made meanwhile. Each step now says what it waits for once
it is slow, and that Ctrl-C leaves the run unrecorded with every decision shown as saved kept.

The built CLI in a real terminal (tmux), on a real PostgreSQL reached through a proxy that holds each of the server's
answers back 300 ms.
*/
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {hasTmux, keys, start, temporary, waitFor} from '../tmux.js';
import {serverForTests} from './server.js';

const server = await serverForTests('quitting a run over a slow store');
const hasPytest =
	spawnSync('python3', ['-m', 'pytest', '--version']).status === 0;

/** A proxy on a Unix socket in its own folder: the server's bytes reach the client `delay` ms late. */
function slowProxy(target: string, delay: number) {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'slow-'));
	const sockets = new Set<net.Socket>();
	const proxy = net.createServer(client => {
		const upstream = net.connect(target);
		sockets.add(client);
		sockets.add(upstream);
		client.on('data', chunk => {
			upstream.write(chunk);
		});
		upstream.on('data', chunk => {
			setTimeout(() => {
				if (!client.destroyed) {
					client.write(chunk);
				}
			}, delay);
		});
		const end = () => {
			setTimeout(() => {
				client.destroy();
				upstream.destroy();
			}, delay);
		};

		for (const socket of [client, upstream]) {
			socket.on('close', end);
			socket.on('error', end);
		}
	});
	proxy.listen(path.join(folder, '.s.PGSQL.5432'));
	return {
		url: (database: string) =>
			`postgresql://triage@${encodeURIComponent(folder)}/${database}`,
		close() {
			for (const socket of sockets) {
				socket.destroy();
			}

			proxy.close();
			fs.rmSync(folder, {recursive: true, force: true});
		},
	};
}

describe.skipIf(!server || !hasTmux || !hasPytest)(
	'q during triage run over a slow store',
	() => {
		test(
			'says that the run is being recorded, once the command has stopped',
			{timeout: 120_000},
			async () => {
				const url = await server!.createDatabase();
				const database = url.slice(url.lastIndexOf('/') + 1);
				const proxy = slowProxy(
					path.join(server!.folder, '.s.PGSQL.5432'),
					300,
				);
				const folder = path.join(temporary, 'team65-quit');
				fs.mkdirSync(path.join(folder, 'slow_tests'), {recursive: true});
				fs.writeFileSync(
					path.join(folder, 'slow_tests', 'test_slow.py'),
					[
						'import time',
						'def test_fails():',
						'    assert 1 == 2',
						'def test_sleeps():',
						'    time.sleep(120)',
						'',
					].join('\n'),
				);
				const name = start([
					'--triage',
					path.join(folder, 'triage.jsonl'),
					'--store',
					proxy.url(database),
					'--who',
					'ana',
					'run',
					'--',
					'python3',
					'-m',
					'pytest',
					'-v',
					'-p',
					'no:cacheprovider',
					path.join('team65-quit', 'slow_tests'),
				]);
				try {
					await waitFor(
						name,
						text => text.includes('RUNNING') && text.includes('test_fails'),
						'the first failure',
						60_000,
					);
					keys(name, 'q');
					const said = await waitFor(
						name,
						text =>
							text
								.replaceAll('\n', '')
								.includes('python3 ended; recording its run as far as it went'),
						'the line that says the run is being recorded',
						60_000,
					);
					expect(said.replaceAll('\n', '')).toContain(
						'(Ctrl-C leaves it unrecorded; every decision shown as saved is saved)',
					);
					await waitFor(
						name,
						text => text.includes('EXITED'),
						'triage to exit',
						60_000,
					);
				} finally {
					proxy.close();
				}
			},
		);
	},
);
