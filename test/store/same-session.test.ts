/**
What counts as one run on a team's store, as on SQLite: a log read while pytest was writing it and then whole,
a log plain and gzipped, and another suite's runs in JUnit XML (no rootdir).
*/
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {openSession, type Session} from '../../source/session.js';
import {openStoreHistory} from '../../source/store/history.js';
import {HistoryStore} from '../../source/runs/history/store.js';
import {historyPathOf} from '../../source/runs/history/use.js';
import {serverForTests, sql} from './server.js';

const server = await serverForTests('same-session');

const demo = path.resolve('fixtures/demo');
const sessions = path.resolve('fixtures/sessions');
let clock = Date.parse('2026-12-01T06:00:00Z');
const now = () => {
	clock += 1000;
	return new Date(clock);
};

let logs: string;
let local: string;
let team: string;

beforeEach(() => {
	logs = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-logs-'));
	local = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-local-'));
	team = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-team-'));
});

afterEach(() => {
	for (const folder of [logs, local, team]) {
		fs.rmSync(folder, {recursive: true, force: true});
	}
});

async function session(
	log: string | readonly string[],
	cwd: string,
	store?: string,
): Promise<Session> {
	const opened = await openSession({
		logs: typeof log === 'string' ? [log] : log,
		cwd,
		now,
		triage: path.join(cwd, 'triage.jsonl'),
		...(store !== undefined && {store}),
	});
	await opened.close();
	return opened;
}

/** Each failure's status and how many runs its history has, the fixed tests, and how the run was recorded. */
function diffOf(opened: Session) {
	return {
		failures: opened.analysis.failures.map(item => [
			item.failure.id,
			item.status,
			item.history.length,
		]),
		fixed: opened.analysis.fixed.map(test => test.id),
		recorded: opened.recordedRuns,
	};
}

/** The runs each history lists: number and log. */
async function listed(store: string) {
	const sqlite = HistoryStore.open(historyPathOf(path.join(local, 'x')), {
		now,
	});
	const onSqlite = sqlite.list();
	sqlite.close();
	const history = await openStoreHistory(store, {now});
	const onStore = await history.list();
	await history.close();
	// A store names logs from the triage file's folder (these, outside it, by their names): shared-names.ts.
	const shape = (runs: typeof onSqlite) =>
		runs.map(run => [
			run.id,
			run.source
				.split(' + ')
				.map(log => path.basename(log))
				.join(' + '),
			run.complete,
		]);
	return {sqlite: shape(onSqlite), store: shape(onStore)};
}

/** The same logs read one by one on SQLite and on the store: the same diff of each, and the last one's. */
async function both(
	steps: ReadonlyArray<string | readonly string[]>,
	url: string,
) {
	let last: {sqlite: Session; store: Session} | undefined;
	for (const log of steps) {
		last = {
			sqlite: await session(log, local),
			store: await session(log, team, url),
		};
		expect(diffOf(last.store)).toEqual(diffOf(last.sqlite));
	}

	return last!;
}

function cut(log: string, share: number, name: string): string {
	const bytes = fs.readFileSync(log);
	const file = path.join(logs, name);
	fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * share)));
	return file;
}

describe.skipIf(!server)('one run on a store as on SQLite', () => {
	test('a log read while written, then whole: one run, in the place of the first read', async () => {
		const url = await server!.createDatabase();
		const day1 = path.join(demo, 'run-1.log');
		const day2 = path.join(demo, 'run-2.log');
		const partial = cut(day2, 0.3, 'early.log');
		const last = await both(
			[day1, partial, cut(day2, 0.7, 'later.log'), day2, partial],
			url,
		);
		// The partial read again is the whole run's session.
		expect(last.store.recordedRuns).toEqual([
			{id: 2, isNew: false, isReadFurther: false},
		]);
		const runs = await listed(url);
		expect(runs.store).toEqual(runs.sqlite);
		expect(runs.store).toEqual([
			[1, 'run-1.log', true],
			[2, 'run-2.log', true],
		]);
		const whole = await session(day2, team, url);
		expect(whole.analysis.failures.some(item => item.status === 'new')).toBe(
			true,
		);
	});

	test('a log and its .gz are one log', async () => {
		const url = await server!.createDatabase();
		const log = path.join(demo, 'run-1.log');
		const gzipped = path.join(logs, 'run-1.log.gz');
		fs.writeFileSync(gzipped, zlib.gzipSync(fs.readFileSync(log)));
		const last = await both([log, gzipped], url);
		expect(last.store.recordedRuns).toEqual([
			{id: 1, isNew: false, isReadFurther: false},
		]);
		// Compared with no earlier run: each failure's history is this run alone.
		expect(
			last.store.analysis.failures.every(item => item.history.length === 1),
		).toBe(true);
	});

	test("JUnit XML: another suite's run is no earlier run; the same suite's is", async () => {
		const url = await server!.createDatabase();
		const other = path.resolve('fixtures/traps/brackets-p9-v/run.xml');
		const first = path.join(sessions, 'two-sessions-1.xml');
		const middle = await both([other, first], url);
		expect(
			middle.store.analysis.failures.every(item => item.history.length === 1),
		).toBe(true);
		const last = await both([path.join(sessions, 'two-sessions-2.xml')], url);
		expect(
			last.store.analysis.failures.some(
				item => item.status === 'still failing',
			),
		).toBe(true);
	});

	test('a shard read while written, then every shard whole: one run', async () => {
		const url = await server!.createDatabase();
		const shard1 = path.join(sessions, 'shard-1.log');
		const shard2 = path.join(sessions, 'shard-2.log');
		const partial = cut(shard1, 0.5, 'shard-1.log');
		const last = await both([partial, [shard1, shard2], partial], url);
		expect(last.store.recordedRuns).toEqual([
			{id: 1, isNew: false, isReadFurther: false},
		]);
		const runs = await listed(url);
		expect(runs.store).toEqual(runs.sqlite);
		expect(runs.store).toEqual([[1, expect.any(String) as string, true]]);
	});

	test('a console log and its own JUnit XML: one run, in the place of the XML read alone before', async () => {
		const url = await server!.createDatabase();
		const folder = path.resolve('fixtures/real/jinja-skew-tb-short');
		const log = path.join(folder, 'run.log.gz');
		const xml = path.join(folder, 'run.xml.gz');
		const pair = await both([xml, [log, xml], [xml, log]], url);
		expect(pair.store.recordedRuns).toEqual([
			{id: 1, isNew: false, isReadFurther: false},
		]);
		// The log read alone afterwards is that run too.
		const last = await both([log], url);
		expect(last.store.recordedRuns).toEqual([
			{id: 1, isNew: false, isReadFurther: false},
		]);
		// Compared with no earlier run: the XML read alone was this run.
		expect(pair.store.analysis.runs).toHaveLength(1);
		expect(pair.store.analysis.run.junitXml).toBe(xml);
		expect(last.store.analysis.runs).toHaveLength(1);
		const runs = await listed(url);
		expect(runs.store).toEqual(runs.sqlite);
		expect(runs.store).toEqual([[1, 'run.log.gz', true]]);
	});

	test('a .gz log an earlier triage keyed by its bytes: found, then keyed by its content', async () => {
		const url = await server!.createDatabase();
		const log = path.join(demo, 'run-1.log');
		const bytes = zlib.gzipSync(fs.readFileSync(log));
		const gzipped = path.join(logs, 'run-1.log.gz');
		fs.writeFileSync(gzipped, bytes);
		await session(gzipped, team, url);
		const old = createHash('sha256').update(bytes).digest('hex');
		await sql(url, `UPDATE runs SET run_key = '${old}#1'`);
		await sql(url, `UPDATE logs SET hash = '${old}'`);
		const again = await session(gzipped, team, url);
		expect(again.recordedRuns).toEqual([
			{id: 1, isNew: false, isReadFurther: false},
		]);
		const plain = await session(log, team, url);
		expect(plain.recordedRuns).toEqual([
			{id: 1, isNew: false, isReadFurther: false},
		]);
	});
});
