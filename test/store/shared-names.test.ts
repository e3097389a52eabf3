/**
A team's store is read by everyone who shares it: the logs of the runs it records are named from the triage
file's folder (a log outside it by its file name), never by this machine's absolute paths, whether recorded
(`triage record`) or pushed (`store push`); and `history forget` deletes only the kept copies of logs that are its
own (in its `.triage/logs/`), not another person's a store names.
*/
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {pushToStore} from '../../source/store/sync.js';
import {
	runShared,
	runSharedRewritten,
} from '../../source/triage/journal/run-path.js';
import {cliPath} from '../cli-helpers.js';
import {sql, serverForTests} from './server.js';

const server = await serverForTests('shared names');

const demo = path.resolve('fixtures/demo');

function temporaryFolder(): string {
	return fs.realpathSync(
		fs.mkdtempSync(path.join(os.tmpdir(), 'triage-shared-')),
	);
}

function runCli(args: readonly string[], cwd: string, input?: string) {
	return spawnSync(process.execPath, [cliPath, ...args], {
		cwd,
		encoding: 'utf8',
		env: {...process.env, TRIAGE_STORE: '', NO_COLOR: '1'},
		...(input !== undefined && {input}),
	});
}

/** Every name the store keeps of logs and runs. */
async function namesIn(url: string): Promise<string[]> {
	const logs = await sql(url, 'SELECT path, kept FROM logs ORDER BY id');
	const runs = await sql(url, 'SELECT source FROM runs ORDER BY id');
	return [
		...logs.flatMap(row => [row['path'], row['kept']]),
		...runs.map(row => row['source']),
	].filter((name): name is string => typeof name === 'string');
}

test.each([
	['run.log', 'run.log'],
	['logs/run.log', 'logs/run.log'],
	['/elsewhere/Downloads/run.log', 'run.log'],
	['../other/run.log', 'run.log'],
	['logs/a.log + /elsewhere/b.log', 'logs/a.log + b.log'],
	['-', '-'],
])('%s is named %s from the triage file /repo/triage.jsonl', (log, name) => {
	expect(runShared(log, '/repo/triage.jsonl', '/repo')).toBe(name);
});

test.each([
	['run.log', 'run.log'],
	['logs/run.log', 'logs/run.log'],
	['../other/run.log', 'run.log'],
	['/repo/logs/run.log', 'logs/run.log'],
	['/elsewhere/Downloads/run.log', 'run.log'],
	['logs/a.log + ../b.log', 'logs/a.log + b.log'],
])('a run the store wrote as %s is written again as %s', (run, name) => {
	expect(runSharedRewritten(run, '/repo/triage.jsonl', '/elsewhere')).toBe(
		name,
	);
});

describe.skipIf(!server)('the names a store keeps', () => {
	test('triage record: a log outside the folder by its name, one below it from there, a kept copy from there', async () => {
		const url = await server!.createDatabase();
		const folder = temporaryFolder();
		fs.mkdirSync(path.join(folder, 'logs'));
		fs.copyFileSync(
			path.join(demo, 'run-2.log'),
			path.join(folder, 'logs', 'run-2.log'),
		);
		const outside = runCli(
			['record', '--store', url, path.join(demo, 'run-1.log')],
			folder,
		);
		expect(outside.stderr).toBe('');
		expect(
			runCli(['record', '--store', url, 'logs/run-2.log'], folder).status,
		).toBe(0);
		// From a folder below: the names are still the triage file's folder's.
		const piped = runCli(
			['record', '--store', url, '--triage', '../triage.jsonl', '-'],
			path.join(folder, 'logs'),
			fs.readFileSync(path.join(demo, 'run-3.log'), 'utf8'),
		);
		expect(piped.stderr).toBe('');
		const names = await namesIn(url);
		const [kept] = fs.readdirSync(path.join(folder, '.triage', 'logs'));
		expect(names).toEqual([
			'run-1.log',
			'logs/run-2.log',
			`.triage/logs/${kept}`,
			`.triage/logs/${kept}`,
			'run-1.log',
			'logs/run-2.log',
			`.triage/logs/${kept}`,
		]);
		const listed = runCli(['history', '--store', url], folder).stdout;
		expect(listed).not.toContain(folder);
		expect(listed).not.toContain(demo);
	});

	test('triage decide: a log outside the folder is named as the history names its run, from any checkout', async () => {
		const url = await server!.createDatabase();
		const ada = temporaryFolder();
		const bob = temporaryFolder();
		const id =
			'tests/api/test_orders_api.py::TestOrdersApi::test_get_order_not_found';
		// Bob decides otherwise: the same decision again would save nothing.
		for (const [who, folder, category] of [
			['ada', ada, 'BUG'],
			['bob', bob, 'ENVIRONMENT'],
		] as const) {
			fs.mkdirSync(path.join(folder, 'repo'));
			fs.mkdirSync(path.join(folder, 'logs'));
			fs.copyFileSync(
				path.join(demo, 'run-1.log'),
				path.join(folder, 'logs', 'run.log'),
			);
			const decided = runCli(
				[
					'decide',
					'../logs/run.log',
					'--store',
					url,
					'--who',
					who,
					'--id',
					id,
					'--category',
					category,
				],
				path.join(folder, 'repo'),
			);
			expect(decided.stderr).toBe('');
			expect(decided.status).toBe(0);
		}

		const runs = await sql(url, 'SELECT source FROM runs ORDER BY id');
		const events = await sql(url, 'SELECT event FROM decision_events');
		expect(runs.map(row => row['source'])).toEqual(['run.log']);
		expect(
			events.map(
				row => (JSON.parse(String(row['event'])) as {run?: string}).run,
			),
		).toEqual(['run.log', 'run.log']);
	});

	test('store push: the runs of the local history, named as the store names them', async () => {
		const url = await server!.createDatabase();
		const folder = temporaryFolder();
		// Recorded locally by an absolute path, as the local history keeps it.
		expect(
			runCli(['record', path.join(demo, 'run-1.log')], folder).status,
		).toBe(0);
		const pushed = await pushToStore({
			url,
			triagePath: path.join(folder, 'triage.jsonl'),
			who: 'ada',
			now: () => new Date('2026-12-01T06:00:00Z'),
		});
		expect(pushed.runs).toBe(1);
		expect(await namesIn(url)).toEqual(['run-1.log', 'run-1.log']);
	});

	test("history forget deletes its own kept copy, never another person's the store names", async () => {
		const url = await server!.createDatabase();
		const ada = temporaryFolder();
		const bob = temporaryFolder();
		const log = fs.readFileSync(path.join(demo, 'run-1.log'), 'utf8');
		expect(runCli(['record', '--store', url, '-'], ada, log).status).toBe(0);
		const adaLogs = path.join(ada, '.triage', 'logs');
		const [kept] = fs.readdirSync(adaLogs);
		// A store written before named the kept copy by ada's absolute path.
		await sql(url, `UPDATE logs SET kept = '${path.join(adaLogs, kept!)}'`);
		const forgot = runCli(['history', 'forget', '1', '--store', url], bob);
		expect(forgot.stdout).toBe('forgot run #1\n');
		expect(fs.readdirSync(adaLogs)).toEqual([kept]);

		// Her own, named as a store names it now: deleted when she forgets the run.
		expect(runCli(['record', '--store', url, '-'], ada, log).status).toBe(0);
		const [again] = fs.readdirSync(adaLogs);
		expect(runCli(['record', '--store', url, '-'], bob, log).status).toBe(0);
		const bobLogs = path.join(bob, '.triage', 'logs');
		expect(fs.readdirSync(bobLogs)).toHaveLength(1);
		expect(runCli(['history', 'forget', '2', '--store', url], bob).status).toBe(
			0,
		);
		expect(fs.readdirSync(adaLogs)).toEqual([again]);
		expect(runCli(['record', '--store', url, '-'], ada, log).status).toBe(0);
		expect(runCli(['history', 'forget', '3', '--store', url], ada).status).toBe(
			0,
		);
		expect(fs.readdirSync(adaLogs)).toEqual([]);
	});
});
