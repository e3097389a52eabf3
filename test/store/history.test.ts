import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {PassThrough} from 'node:stream';
import {describe, expect, test} from 'vitest';
import {openSession, type Session} from '../../source/session.js';
import {openStoreHistory} from '../../source/store/history.js';
import {openStoreJournal} from '../../source/store/decisions.js';
import {pullFromStore, pushToStore} from '../../source/store/sync.js';
import {HistoryStore} from '../../source/runs/history/store.js';
import {historyPathOf} from '../../source/runs/history/use.js';
import {openJournal} from '../../source/triage/journal.js';
import {cliPath} from '../cli-helpers.js';
import {sql, serverForTests} from './server.js';

const server = await serverForTests('history');

const demo = path.resolve('fixtures/demo');
const days = ['run-1.log', 'run-2.log', 'run-3.log'].map(log =>
	path.join(demo, log),
);
let clock = Date.parse('2026-12-01T06:00:00Z');
const now = () => {
	clock += 1000;
	return new Date(clock);
};

function temporaryFolder(): string {
	return fs.mkdtempSync(path.join(os.tmpdir(), 'triage-store-'));
}

/** What the run diff made of the newest run: each failure's status and history, the fixed and flaky tests. */
function diffOf(session: Session) {
	const {analysis} = session;
	return {
		failures: analysis.failures.map(item => [
			item.failure.id,
			item.status,
			item.history.length,
		]),
		fixed: analysis.fixed.map(test => test.id),
		flaky: analysis.flaky.map(test => test.id),
	};
}

async function session(
	logs: readonly string[],
	cwd: string,
	store?: string,
): Promise<Session> {
	const opened = await openSession({
		logs,
		cwd,
		now,
		grouping: 'runs',
		...(store !== undefined && {store}),
	});
	await opened.close();
	return opened;
}

function runCli(args: readonly string[], cwd: string) {
	return spawnSync(process.execPath, [cliPath, ...args], {
		cwd,
		encoding: 'utf8',
		env: {...process.env, TRIAGE_STORE: '', NO_COLOR: '1'},
	});
}

describe.skipIf(!server)('the run history on a store', () => {
	test('days recorded one by one: the diff of day 3 is the same on the store as on SQLite', async () => {
		const url = await server!.createDatabase();
		const local = temporaryFolder();
		const team = temporaryFolder();
		for (const day of days.slice(0, 2)) {
			await session([day], local);

			await session([day], team, url);
		}

		const onSqlite = await session([days[2]!], local);
		const onStore = await session([days[2]!], team, url);
		expect(diffOf(onStore)).toEqual(diffOf(onSqlite));
		expect(
			onStore.analysis.failures.some(item => item.history.length > 1),
		).toBe(true);
		// Nothing local when the store holds it all.
		expect(fs.readdirSync(team)).toEqual([]);
		const history = await openStoreHistory(url, {now});
		const runs = await history.list();
		expect(runs.map(run => path.basename(run.source))).toEqual([
			'run-1.log',
			'run-2.log',
			'run-3.log',
		]);
		// The newest so many, oldest first, with their logs (a log given alone looks there for its other half).
		const newest = await history.list(2);
		expect(newest.map(run => path.basename(run.source))).toEqual([
			'run-2.log',
			'run-3.log',
		]);
		expect(newest.map(run => run.logs.map(log => path.basename(log)))).toEqual([
			['run-2.log'],
			['run-3.log'],
		]);
		const forgotten = await history.forget(runs[0]!.id);
		expect(forgotten.isForgotten).toBe(true);
		expect(await history.list()).toHaveLength(2);
		await history.close();
	});

	test('triage record: one line per run, exit 0; again: already recorded', async () => {
		const folder = temporaryFolder();
		return server!.createDatabase().then(url => {
			const first = runCli(['record', '--store', url, ...days], folder);
			expect(first.stderr).toBe('');
			expect(first.status).toBe(0);
			const lines = first.stdout.trim().split('\n');
			expect(lines).toHaveLength(3);
			expect(lines[0]).toMatch(
				/^recorded #1 .*run-1\.log: 35 passed, 17 failed, 6 errors, 1 skipped, 2 xfailed$/,
			);
			const again = runCli(['record', '--store', url, days[1]!], folder);
			expect(again.status).toBe(0);
			expect(again.stdout).toMatch(/^already recorded #2 .*run-2\.log/);
			const missing = runCli(
				['record', '--store', url, path.join(folder, 'nope.log')],
				folder,
			);
			expect(missing.status).toBe(2);
			expect(missing.stderr.trim().split('\n')).toHaveLength(1);
		});
	});

	test.each([
		[
			'meta (k, v)',
			'CREATE TABLE meta (k TEXT, v TEXT)',
			'column "value" does not exist',
		],
		[
			'runs (id, name)',
			'CREATE TABLE runs (id SERIAL PRIMARY KEY, name TEXT)',
			'column "rootdir" does not exist',
		],
	])(
		"a database that holds another application's %s: one line saying so, exit 1, nothing written",
		async (_, table, pgWords) => {
			const url = await server!.createDatabase();
			await sql(url, table);
			const folder = temporaryFolder();
			for (const args of [
				['record', '--store', url, days[0]!],
				[
					'decide',
					'--store',
					url,
					days[0]!,
					'--match',
					'orders',
					'--category',
					'BUG',
				],
			]) {
				const result = runCli(args, folder);
				expect(result.status).toBe(1);
				expect(result.stderr).toMatch(
					new RegExp(
						`^triage: store postgresql://triage@[^ ]*: the database holds tables triage did not make \\(${pgWords}\\); give triage a database of its own \\(createdb\\), nothing was written\n$`,
					),
				);
			}

			expect(
				await sql(url, "SELECT to_regclass('decision_events')::text AS name"),
			).toEqual([{name: null}]);
		},
	);

	test('push then pull gives back the same decisions and the same runs', async () => {
		const url = await server!.createDatabase();
		const local = temporaryFolder();
		const triagePath = path.join(local, 'triage.jsonl');
		await session(days.slice(0, 2), local);
		const journal = openJournal(triagePath, {now});
		journal.decide({
			id: 'tests/a.py::test_one',
			phase: 'call',
			category: 'BUG',
			priority: 'HIGH',
		});
		journal.decide({
			id: 'tests/a.py::test_two',
			category: 'ENVIRONMENT',
			priority: 'LOW',
			note: 'dns',
		});
		journal.decide({
			id: 'tests/a.py::test_one',
			phase: 'call',
			category: 'TEST_DESIGN',
			priority: 'LOW',
		});
		journal.undo();
		const options = {url, triagePath, who: 'ada', now};
		const pushed = await pushToStore(options);
		expect(pushed).toEqual({
			events: 4,
			eventsSkipped: 0,
			runs: 2,
			runsSkipped: 0,
		});
		expect(await pushToStore(options)).toEqual({
			events: 0,
			eventsSkipped: 4,
			runs: 0,
			runsSkipped: 2,
		});

		const elsewhere = temporaryFolder();
		const pulledPath = path.join(elsewhere, 'triage.jsonl');
		const pulled = await pullFromStore({...options, triagePath: pulledPath});
		expect(pulled).toEqual({
			events: 4,
			eventsSkipped: 0,
			runs: 2,
			runsSkipped: 0,
		});
		const before = openJournal(triagePath, {now}).state();
		const after = openJournal(pulledPath, {now}).state();
		// The same decisions, each now saying who made it: the store recorded the pusher (`who`).
		expect([...after.entries()]).toEqual(
			[...before.entries()].map(([key, decision]) => [
				key,
				decision && {...decision, by: 'ada'},
			]),
		);
		const listOf = (file: string) => {
			const store = HistoryStore.open(historyPathOf(file), {
				now,
				readonly: true,
			});
			const runs = store.list().map(({id, ...run}) => run);
			store.close();
			return runs;
		};

		// The same runs, their logs (outside both folders) named by their file names, as a store names them.
		expect(listOf(pulledPath)).toEqual(
			listOf(triagePath).map(run => ({
				...run,
				source: path.basename(run.source),
				logs: run.logs.map(log => path.basename(log)),
			})),
		);
		// The runs pulled serve the diff as the ones recorded there did.
		expect(diffOf(await session([days[2]!], elsewhere))).toEqual(
			diffOf(await session([days[2]!], local)),
		);
	});

	test('pull into a triage file in a folder that does not exist: one line naming the folder, exit 2', async () => {
		const url = await server!.createDatabase();
		const journal = await openStoreJournal({
			url,
			now,
			who: 'ada',
			listen: false,
		});
		await journal.decide({
			id: 'tests/a.py::test_one',
			phase: 'call',
			category: 'BUG',
			priority: 'HIGH',
		});
		await journal.close();
		const folder = temporaryFolder();
		const missing = path.join(folder, 'no', 'such', 'triage.jsonl');
		const pulled = runCli(
			['store', 'pull', '--store', url, '--triage', missing],
			folder,
		);
		expect(pulled.stderr).toBe(
			`triage: --triage ${missing}: the folder ${path.dirname(missing)} does not exist (triage makes no folder: create it, or correct its name)\n`,
		);
		expect(pulled.status).toBe(2);
	});

	test('the store stops while the run is read: the review goes on, and says how to record the kept log', async () => {
		const url = await server!.createDatabase();
		const folder = temporaryFolder();
		const triage = path.join(folder, 'triage.jsonl');
		const stdin = new PassThrough();
		const opening = openSession({
			logs: ['-'],
			stdin,
			keptAs: 'run',
			triage,
			journal: openJournal(triage, {now}),
			store: url,
			cwd: folder,
			now,
		});
		const log = fs.readFileSync(days[0]!);
		const half = log.indexOf('\n', log.length / 2) + 1;
		stdin.write(log.subarray(0, half));
		await new Promise(resolve => {
			setTimeout(resolve, 500);
		});
		server!.stop();
		let opened: Session;
		try {
			stdin.end(log.subarray(half));
			opened = await opening;
		} finally {
			server!.start();
		}

		await opened.close();
		expect(opened.runs[0]!.failures.length).toBeGreaterThan(0);
		expect(opened.recorded).toBe(0);
		const [kept] = fs.readdirSync(path.join(folder, '.triage', 'logs'));
		expect(kept).toMatch(/^run-.*\.log$/);
		const warning = opened.warnings.find(text =>
			text.includes('not recorded on the store'),
		);
		expect(warning).toMatch(
			/^the log was read, but its run is not recorded on the store \(store postgresql:\/\/.*: connection refused.*\); record it once the store is back: triage record --store \S+ \S+\.triage\/logs\/run-.*\.log$/,
		);
		// The command it names records the run.
		const command = warning!.slice(warning!.indexOf('triage record ') + 14);
		const keptPath = command.split(' ')[2];
		expect(path.basename(keptPath!)).toBe(kept);
		const recorded = runCli(['record', '--store', url, keptPath!], folder);
		expect(recorded.status).toBe(0);
		const listed = runCli(['history', '--store', url], folder);
		expect(listed.stdout).toContain(kept);
	});

	test('connection refused, authentication failed, a read-only role: one line each', async () => {
		const url = await server!.createDatabase();
		const folder = temporaryFolder();
		const refused = runCli(
			[
				'record',
				'--store',
				`postgresql://triage@${encodeURIComponent(folder)}/nothing`,
				days[0]!,
			],
			folder,
		);
		expect(refused.status).toBe(1);
		expect(refused.stderr).toMatch(
			/^triage: store postgresql:\/\/triage@.*: connection refused \(is PostgreSQL running there\?\)\n$/,
		);

		// The cluster trusts local users; a role that does not exist is refused like a wrong password.
		const noRole = runCli(
			['history', '--store', url.replace('//triage@', '//nobody_here@')],
			folder,
		);
		expect(noRole.status).toBe(1);
		expect(noRole.stderr).toMatch(
			/^triage: store postgresql:\/\/nobody_here@.*: authentication failed \(role "nobody_here" does not exist\)\n$/,
		);

		// Set the store up, then a role that may only read it.
		const setup = await openStoreJournal({
			url,
			now,
			who: 'setup',
			listen: false,
		});
		await setup.close();
		await sql(
			url,
			'CREATE ROLE reader LOGIN; GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader',
		);
		const readerUrl = url.replace('//triage@', '//reader@');
		const decided = runCli(
			[
				'decide',
				'--store',
				readerUrl,
				days[0]!,
				'--match',
				'auth',
				'--category',
				'BUG',
			],
			folder,
		);
		expect(decided.status).toBe(1);
		expect(decided.stderr).toMatch(
			/^(?:triage: warning: .*\n)*triage: store postgresql:\/\/reader@.*: read-only for this role, nothing written \(permission denied for table decision_events\)\n$/,
		);
		const listed = runCli(['history', '--store', readerUrl], folder);
		expect(listed.status).toBe(0);

		// A role that may not even read the tables is not "read-only": it is told what it lacks.
		await sql(url, 'CREATE ROLE stranger LOGIN');
		const stranger = runCli(
			['history', '--store', url.replace('//triage@', '//stranger@')],
			folder,
		);
		expect(stranger.status).toBe(1);
		expect(stranger.stderr).toMatch(
			/^triage: store postgresql:\/\/stranger@.*: this role may not read the store \(permission denied for table meta\): grant it SELECT on triage's tables to review, and write access to decide and record\n$/,
		);
	});
});
