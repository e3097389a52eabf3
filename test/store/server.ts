/**
A throwaway PostgreSQL for tests and benchmarks: a copy of the cluster initdb made (once per machine, kept in the
temp folder), in a temp folder of its own, served on a Unix socket in that folder (no TCP port), stopped and the
folder deleted after. initdb refuses to run as root, so as root the cluster belongs to `nobody`. Where no
PostgreSQL can be started, `startPostgres` says why instead of throwing, and the tests that need it are skipped
with that reason.
*/

import {spawnSync, type SpawnSyncReturns} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import pg from 'pg';
import {afterAll} from 'vitest';

export type Postgres = {
	/** The folder holding the socket (and the cluster, in `data`). */
	readonly folder: string;
	/** `postgresql://triage@<socket folder>/postgres` */
	readonly adminUrl: string;
	/** A fresh database on this server; its URL. */
	createDatabase(name?: string): Promise<string>;
	/** Stop the server (fast: open sessions are cut off), keeping the cluster. */
	stop(): void;
	/** Start it again after `stop`. */
	start(): void;
	/** Stop it for good and delete the folder. */
	destroy(): void;
};

export type Started =
	{ok: true; server: Postgres} | {ok: false; reason: string};

const superuser = 'triage';

/** Where the PostgreSQL binaries are: on PATH, else Debian's /usr/lib/postgresql/<version>/bin. */
export function findPostgresBin(): string | undefined {
	for (const folder of (process.env['PATH'] ?? '').split(path.delimiter)) {
		if (folder && fs.existsSync(path.join(folder, 'initdb'))) {
			return folder;
		}
	}

	const root = '/usr/lib/postgresql';
	const versions = fs.existsSync(root)
		? fs
				.readdirSync(root)
				.filter(name => /^\d+$/.test(name))
				.toSorted((a, b) => Number(b) - Number(a))
		: [];
	for (const version of versions) {
		const folder = path.join(root, version, 'bin');
		if (fs.existsSync(path.join(folder, 'initdb'))) {
			return folder;
		}
	}

	return undefined;
}

const isRoot = process.getuid?.() === 0;

/** Run a PostgreSQL binary, as `nobody` when we are root. */
function runAs(
	bin: string,
	command: string,
	args: readonly string[],
): SpawnSyncReturns<string> {
	const executable = path.join(bin, command);
	return isRoot
		? spawnSync(
				'setpriv',
				[
					'--reuid=nobody',
					'--regid=nogroup',
					'--clear-groups',
					'--',
					executable,
					...args,
				],
				{encoding: 'utf8', timeout: 60_000},
			)
		: spawnSync(executable, args, {encoding: 'utf8', timeout: 60_000});
}

function failureOf(result: SpawnSyncReturns<string>, what: string): string {
	const output = `${result.stderr ?? ''}${result.stdout ?? ''}`.trim();
	return `${what} failed${result.error ? ` (${result.error.message})` : ''}: ${output.split('\n').slice(-2).join(' ') || `exit ${String(result.status)}`}`;
}

const running = new Set<() => void>();
process.once('exit', () => {
	for (const stop of running) {
		stop();
	}
});

let databases = 0;

/**
The cluster that initdb makes, made once for all the test files of a machine (per PostgreSQL and user): each file
copies it rather than running initdb again. Made in a folder of its own and renamed into place, so that a file
running at the same time never copies half of one.
*/
function clusterTemplate(
	bin: string,
): {ok: true; data: string} | {ok: false; reason: string} {
	// Named by initdb's real path (Debian's holds the version: /usr/lib/postgresql/15/bin), so that another
	// PostgreSQL never starts on this one's cluster.
	const initdb = fs.realpathSync(path.join(bin, 'initdb'));
	const name = `triage-test-pg-${String(process.getuid?.() ?? 'user')}-${initdb.replaceAll(/\W+/g, '-')}`;
	const template = path.join(os.tmpdir(), name);
	const data = path.join(template, 'data');
	if (fs.existsSync(path.join(data, 'PG_VERSION'))) {
		return {ok: true, data};
	}

	const making = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
	if (isRoot) {
		fs.chownSync(making, 65_534, 65_534);
		fs.chmodSync(making, 0o755);
	}

	const init = runAs(bin, 'initdb', [
		'-D',
		path.join(making, 'data'),
		'-A',
		'trust',
		'-U',
		superuser,
		'-E',
		'utf8',
		'--no-sync',
		'--locale=C',
	]);
	if (init.status !== 0) {
		fs.rmSync(making, {recursive: true, force: true});
		return {ok: false, reason: failureOf(init, 'initdb')};
	}

	try {
		fs.renameSync(making, template);
	} catch {
		// Another test file made it first: theirs is as good.
		fs.rmSync(making, {recursive: true, force: true});
	}

	return {ok: true, data};
}

export async function startPostgres(): Promise<Started> {
	const bin = findPostgresBin();
	if (!bin) {
		return {
			ok: false,
			reason:
				'no PostgreSQL here (initdb not on PATH nor in /usr/lib/postgresql/*/bin): apt-get install postgresql',
		};
	}

	// Short: a Unix socket's path is at most 107 bytes.
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-'));
	const data = path.join(folder, 'data');
	const log = path.join(folder, 'server.log');
	if (isRoot) {
		fs.chownSync(folder, 65_534, 65_534);
		fs.chmodSync(folder, 0o755);
	}

	const template = clusterTemplate(bin);
	if (!template.ok) {
		fs.rmSync(folder, {recursive: true, force: true});
		return template;
	}

	// A copy of the template (as root, `cp -a` keeps `nobody` its owner): 0.1 s, where initdb took 1 s or more.
	const copy = spawnSync('cp', ['-a', template.data, data], {
		encoding: 'utf8',
		timeout: 60_000,
	});
	if (copy.status !== 0) {
		fs.rmSync(folder, {recursive: true, force: true});
		return {ok: false, reason: failureOf(copy, 'cp -a of the initdb cluster')};
	}

	const options = `-k ${folder} -c listen_addresses='' -c max_connections=200`;
	const start = (): void => {
		const result = runAs(bin, 'pg_ctl', [
			'-D',
			data,
			'-o',
			options,
			'-l',
			log,
			'-w',
			'-t',
			'60',
			'start',
		]);
		if (result.status !== 0) {
			throw new Error(failureOf(result, 'pg_ctl start'));
		}
	};

	const stopWith = (mode: string): void => {
		runAs(bin, 'pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']);
	};

	const emergencyStop = () => {
		stopWith('immediate');
	};

	try {
		start();
	} catch (error) {
		fs.rmSync(folder, {recursive: true, force: true});
		return {ok: false, reason: (error as Error).message};
	}

	running.add(emergencyStop);
	const adminUrl = `postgresql://${superuser}@${encodeURIComponent(folder)}/postgres`;
	const server: Postgres = {
		folder,
		adminUrl,
		async createDatabase(name) {
			const database = name ?? `db_${process.pid}_${++databases}`;
			const client = new pg.Client({connectionString: adminUrl});
			await client.connect();
			try {
				await client.query(`CREATE DATABASE ${database}`);
			} finally {
				await client.end();
			}

			return `postgresql://${superuser}@${encodeURIComponent(folder)}/${database}`;
		},
		stop() {
			stopWith('fast');
		},
		start,
		destroy() {
			// Its data goes with the folder: no checkpoint to wait for.
			stopWith('immediate');
			running.delete(emergencyStop);
			fs.rmSync(folder, {recursive: true, force: true});
		},
	};
	return {ok: true, server};
}

/** One statement on the server (roles, a schema version to fake); its rows. */
export async function sql(
	url: string,
	text: string,
): Promise<Array<Record<string, unknown>>> {
	const client = new pg.Client({connectionString: url});
	await client.connect();
	try {
		const result = await client.query(text);
		return result.rows as Array<Record<string, unknown>>;
	} finally {
		await client.end();
	}
}

/**
A throwaway server for one test file, destroyed after it: undefined, with a warning that the file's WHAT tests
are skipped, where none can start (no PostgreSQL binaries).
*/
export async function serverForTests(
	what: string,
): Promise<Postgres | undefined> {
	const started = await startPostgres();
	if (!started.ok) {
		console.warn(`PostgreSQL ${what} tests skipped: ${started.reason}`);
		return undefined;
	}

	afterAll(() => {
		started.server.destroy();
	});
	return started.server;
}
