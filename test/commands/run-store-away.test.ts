/**
`triage run` in CI with a team store that cannot be reached: the tests run to their end, the log is kept, one
line says the store is away and how to record the run once it is back, and the exit code is the command's
(QA 38: triage said the store was refused, exited 1 whatever pytest's code, and kept no log). A store that
refuses us (no such database, a wrong password) is said before the command starts (QA 50: the suite ran to its end,
its output passed through, then triage exited 1 on the store's line and kept no log).
*/
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {afterAll, expect, test} from 'vitest';
import {cliPath, configHome} from '../cli-helpers.js';
import {serverForTests} from '../store/server.js';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-store-away-'));

afterAll(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

test("a store that refuses the connection: the log kept, one line, the command's exit code", () => {
	const log = path.resolve('fixtures/demo/run.log');
	// Port 9 (discard) has no PostgreSQL: the connection is refused at once.
	const store = 'postgresql://ci@127.0.0.1:9/triage';
	const result = spawnSync(
		process.execPath,
		[
			cliPath,
			'run',
			'--store',
			store,
			'--',
			'sh',
			'-c',
			'cat "$0"; exit 3',
			log,
		],
		{
			cwd: directory,
			input: '',
			encoding: 'utf8',
			timeout: 30_000,
			env: {
				...process.env,
				NO_COLOR: '1',
				XDG_CONFIG_HOME: configHome,
				TRIAGE_HISTORY: '',
			},
		},
	);
	expect(result.stdout).toBe(fs.readFileSync(log, 'utf8'));
	const kept = fs.readdirSync(path.join(directory, '.triage', 'logs'));
	expect(kept).toHaveLength(1);
	const lines = result.stderr.trimEnd().split('\n');
	const storeLines = lines.filter(line => line.includes(store));
	expect(storeLines).toEqual([
		`triage: warning: the log was read, but its run is not recorded on the store (store ${store}: connection refused (is PostgreSQL running there?)); record it once the store is back: triage record --store ${store} ${path.join('.triage', 'logs', kept[0]!)}`,
	]);
	expect(result.status).toBe(3);
});

const server = await serverForTests('run in CI, store refusing');

test.skipIf(!server)(
	'a store that refuses us (no such database): one line and exit 1 before the command runs',
	async () => {
		const admin = new URL(server!.adminUrl);
		const store = `postgresql://triage@${admin.host}/no_such_database`;
		const folder = fs.mkdtempSync(path.join(directory, 'refusing-'));
		const ran = path.join(folder, 'ran');
		const result = spawnSync(
			process.execPath,
			[
				cliPath,
				'run',
				'--store',
				store,
				'--',
				'sh',
				'-c',
				'touch "$0"; cat "$1"',
				ran,
				path.resolve('fixtures/demo/run.log'),
			],
			{
				cwd: folder,
				input: '',
				encoding: 'utf8',
				timeout: 30_000,
				env: {
					...process.env,
					NO_COLOR: '1',
					XDG_CONFIG_HOME: configHome,
					TRIAGE_HISTORY: '',
				},
			},
		);
		expect(result.stderr.trimEnd().split('\n')).toEqual([
			`triage: store ${store}: database "no_such_database" does not exist (create it first: createdb)`,
		]);
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(fs.existsSync(ran)).toBe(false);
	},
);
