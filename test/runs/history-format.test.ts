import {createHash} from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {signatureOf} from '../../source/classify/signature.js';
import {readLogSessions} from '../../source/log/read.js';
import type {Run} from '../../source/log/model.js';
import {groupRuns} from '../../source/runs/group.js';
import {readLogs, runKey} from '../../source/runs/read-logs.js';
import {encodeRun, packList} from '../../source/runs/history/encode.js';
import {StoredList} from '../../source/runs/history/stored-list.js';
import type {ContextOptions} from '../../source/runs/history/context.js';
import {HistoryStore} from '../../source/runs/history/store.js';
import {makeRun} from '../classify/make-run.js';
import {header, parseText, rule} from '../log/helpers.js';

const root = path.resolve(import.meta.dirname, '../..');
/** Recorded in this order by `triage export LOG --json /dev/null` of triage before WITHOUT ROWID (schema 2). */
const recordedLogs = [
	'fixtures/demo/run-1.log',
	'fixtures/demo/run-2.log',
	'fixtures/sessions/two-sessions.log',
	'fixtures/pytest7-plugins/xv/run.log',
	'fixtures/pytest9/q/run.log',
	'fixtures/pytest9-edge/dt/run.log',
	'fixtures/demo/run-3.log',
];
// After the fixture's runs were recorded (22:29 that day): runs are read in the order they were recorded, and
// today's run, recorded into the old file, is its newest.
const now = () => new Date('2026-12-02T06:00:00Z');

let directory: string;

beforeEach(() => {
	directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-history-format-'));
});

afterEach(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

function tableSql(file: string, name: string): string {
	const db = new Database(file, {readonly: true});
	try {
		return (
			db
				.prepare(
					"SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
				)
				.pluck()
				.get(name) as string
		).replaceAll(/\s+/g, ' ');
	} finally {
		db.close();
	}
}

/** The same logs recorded by this triage, as the commands record them (a run's key from its logs' hashes). */
async function recordNow(file: string): Promise<HistoryStore> {
	const store = HistoryStore.open(file, {now});
	for (const log of recordedLogs) {
		// As given on the command line from the repository's root, which is where the fixture was written.
		const read = await readLogs({
			logs: [path.relative(process.cwd(), path.join(root, log))],
			now,
		});
		const hashes = new Map(read.logs.map(item => [item.log, item.stored.hash]));
		for (const run of groupRuns(read.logs)) {
			store.record({
				run,
				key: runKey(run, hashes),
				logs: read.logs.map(item => item.stored),
				signatureOf: failure => signatureOf(failure).hash,
			});
		}
	}

	return store;
}

/** Runs read back, as plain data. */
function plain(runs: readonly Run[]) {
	return runs.map(run => ({...run, tests: run.tests.toArray()}));
}

describe('a history written before errors and failures were WITHOUT ROWID', () => {
	test('opens, lists and reads back what a history written now does, and records more', async () => {
		const oldFile = path.join(directory, 'old', '.triage', 'history.sqlite');
		fs.mkdirSync(path.dirname(oldFile), {recursive: true});
		fs.copyFileSync(
			path.join(root, 'fixtures/history/schema-2.sqlite'),
			oldFile,
		);
		// The layout as it was: a table and an index of the same key.
		expect(tableSql(oldFile, 'errors')).not.toContain('WITHOUT ROWID');
		expect(tableSql(oldFile, 'failures')).not.toContain('WITHOUT ROWID');
		const old = HistoryStore.open(oldFile, {now});
		const freshFile = path.join(directory, 'new', '.triage', 'history.sqlite');
		const fresh = await recordNow(freshFile);
		expect(tableSql(freshFile, 'errors')).toContain('WITHOUT ROWID');
		expect(tableSql(freshFile, 'failures')).toContain('WITHOUT ROWID');

		const listed = (store: HistoryStore) =>
			store.list().map(({recordedAt, ...run}) => run);
		expect(listed(old)).toHaveLength(recordedLogs.length);
		expect(listed(old)).toEqual(listed(fresh));
		expect(listed(old).find(run => run.retried)?.source).toBe(
			'fixtures/sessions/two-sessions.log',
		);

		const [today] = await readLogSessions(
			path.join(root, 'fixtures/demo/run.log'),
		);
		const failing = today!.failures.map(failure => failure.id);
		const options: ContextOptions = {window: 30, ids: failing};
		const oldContext = old.context(options);
		expect(oldContext).toHaveLength(recordedLogs.length);
		// Retries and reruns come back too.
		expect(oldContext.some(run => (run.retries?.length ?? 0) > 0)).toBe(true);
		expect(oldContext.some(run => run.tests.hasReruns)).toBe(true);
		expect(plain(oldContext)).toEqual(plain(fresh.context(options)));
		expect(plain(old.context({...options, window: 2, before: 7}))).toEqual(
			plain(fresh.context({...options, window: 2, before: 7})),
		);

		const run3 = oldContext.at(-1)!;
		const earlier = old.earlierErrors(
			run3.tests.filter(test => test.outcome === 'failed').map(test => test.id),
		);
		expect(earlier.length).toBeGreaterThan(10);
		const pairs = (errors: ReadonlyArray<{id: string; headline: string}>) =>
			errors.map(error => `${error.id} ${error.headline}`).toSorted();
		expect(pairs(earlier)).toEqual(
			pairs(fresh.earlierErrors(earlier.map(error => error.id))),
		);

		// Today recorded into the old file: once, and read back as the same file written now reads it.
		const hash = createHash('sha256')
			.update(fs.readFileSync(path.join(root, 'fixtures/demo/run.log')))
			.digest('hex');
		for (const store of [old, fresh]) {
			const record = {
				run: today!,
				key: `${hash}#1`,
				logs: [{path: 'fixtures/demo/run.log', hash, bytes: 1}],
				signatureOf: (failure: Run['failures'][number]) =>
					signatureOf(failure).hash,
			};
			expect(store.record(record).isNew).toBe(true);
			expect(store.record(record).isNew).toBe(false);
		}

		old.close();
		fresh.close();
		const reopened = HistoryStore.open(oldFile, {now});
		const again = HistoryStore.open(freshFile, {now});
		expect(listed(reopened)).toHaveLength(recordedLogs.length + 1);
		expect(listed(reopened)).toEqual(listed(again));
		expect(plain(reopened.context({window: 30, ids: []}))).toEqual(
			plain(again.context({window: 30, ids: []})),
		);
		expect(reopened.earlierErrors(failing)).toEqual(
			again.earlierErrors(failing),
		);
		reopened.close();
		again.close();
	});
});

describe('recording a run', () => {
	test('a list longer than a piece of 1 MiB is stored in pieces and reads back whole, with the same hash', async () => {
		const count = 30_000;
		const ids = Array.from(
			{length: count},
			(_, index) =>
				`tests/chaos/network/test_partition_${index % 97}.py::TestPartitions::test_heal[${index}-\u00E9t\u00E9]`,
		);
		const lines = ids.map(
			(id, index) =>
				`${id} ${index % 5 === 0 ? 'FAILED' : 'PASSED'} [${String(Math.floor((100 * (index + 1)) / count)).padStart(3)}%]`,
		);
		const failed = Math.ceil(count / 5);
		const run = await parseText(
			[
				header,
				`collected ${count} items`,
				'',
				...lines,
				rule(`${failed} failed, ${count - failed} passed in 12.00s`),
			].join('\n'),
		);
		expect(run.tests.length).toBe(count);
		const joined = ids.join('\n');
		expect(Buffer.byteLength(joined)).toBeGreaterThan(2 * 1024 * 1024);
		const encoded = encodeRun(run);
		expect(encoded.listHash).toBe(
			createHash('sha1').update(joined).digest('hex'),
		);
		expect(new StoredList(encoded.packList()).ids()).toEqual(ids);
	});

	test('an id that holds a newline (a parameter printed unescaped) keeps its place, and the ids after it theirs', () => {
		const run = makeRun('newline.log', {
			'tests/t.py::test_a': 'passed',
			'tests/t.py::test_text[new\nline]': 'failed',
			'tests/t.py::test_b': 'failed',
		});
		const encoded = encodeRun(run);
		const list = new StoredList(encoded.packList(), encoded.reports);
		expect(list.ids()).toEqual([
			'tests/t.py::test_a',
			'tests/t.py::test_text[new\nline]',
			'tests/t.py::test_b',
		]);
		expect(encoded.failureIndexes).toEqual([1, 2]);
		expect(list.idAt(encoded.failureIndexes[0]!)).toBe(
			'tests/t.py::test_text[new\nline]',
		);
	});

	test('an id longer than a piece packs and reads back', () => {
		const long = `tests/test_big.py::test_blob[${'x'.repeat(3 * 1024 * 1024)}]`;
		const ids = ['tests/test_a.py::test_a', long, 'tests/test_b.py::test_b'];
		expect(new StoredList(packList(Buffer.from(ids.join('\n')))).ids()).toEqual(
			ids,
		);
		expect(new StoredList(packList(Buffer.alloc(0)), 0).ids()).toEqual([]);
	});

	test("the stored list is every report's id as the run gives it, and its hash is the joined ids' as before", async () => {
		// Teardown errors after a pass (one test, two reports), a non-ASCII id; -q: failures only in the summary.
		for (const log of ['fixtures/demo/run.log', 'fixtures/pytest9/q/run.log']) {
			const [run] = await readLogSessions(path.join(root, log));
			const ids: string[] = [];
			for (let index = 0; index < run!.tests.length; index++) {
				ids.push(run!.tests.idAt(index));
			}

			const encoded = encodeRun(run!);
			const missing = run!.failures
				.filter(
					(_failure, index) =>
						encoded.failureIndexes[index]! >= run!.tests.length,
				)
				.map(failure => failure.id);
			const expected = [...ids, ...new Set(missing)];
			expect(new StoredList(encoded.packList()).ids()).toEqual(expected);
			expect(encoded.reports).toBe(expected.length);
			expect(encoded.listHash).toBe(
				createHash('sha1').update(expected.join('\n')).digest('hex'),
			);
			for (const [index, failure] of run!.failures.entries()) {
				expect(expected[encoded.failureIndexes[index]!]).toBe(failure.id);
			}
		}
	});

	test('many failures in few statements: each error once per test and signature, the latest headline', () => {
		const tests: Record<string, 'failed' | 'passed'> = {};
		for (let index = 0; index < 150; index++) {
			tests[`t.py::test_${index}`] = index % 3 === 0 ? 'passed' : 'failed';
		}

		const run = makeRun('many.log', tests);
		// The same test's error twice (a test reported twice): the later headline is the one kept.
		const twice = {...run.failures[5]!, headline: 'AssertionError: later'};
		const withTwice = {...run, failures: [...run.failures, twice]};
		const file = path.join(directory, '.triage', 'history.sqlite');
		const store = HistoryStore.open(file, {now});
		store.record({
			run: withTwice,
			key: 'many',
			logs: [{path: 'many.log', hash: 'many', bytes: 1}],
			signatureOf: failure => `sig-${failure.id}`,
		});
		const ids = run.failures.map(failure => failure.id);
		const errors = store.earlierErrors(ids);
		expect(errors.map(error => error.id)).toEqual(ids);
		expect(errors.map(error => error.headline)).toEqual(
			run.failures.map(failure =>
				failure.id === twice.id ? 'AssertionError: later' : failure.headline,
			),
		);
		store.close();
		const db = new Database(file, {readonly: true});
		expect(
			db
				.prepare(
					'SELECT test_index, signature FROM failures ORDER BY test_index',
				)
				.all(),
		).toEqual(
			run.failures.map(failure => ({
				test_index: Number(failure.id.slice('t.py::test_'.length)),
				signature: `sig-${failure.id}`,
			})),
		);
		db.close();
	});
});

describe('the runs in the order they ran, by an index', () => {
	/** How SQLite answers the question every command asks first: the newest runs. */
	function newestPlan(file: string): string {
		const db = new Database(file, {readonly: true});
		try {
			return (
				db
					.prepare(
						'EXPLAIN QUERY PLAN SELECT id FROM runs ORDER BY recorded_at DESC, id DESC LIMIT 30',
					)
					.all() as Array<{detail: string}>
			)
				.map(row => row.detail)
				.join('; ');
		} finally {
			db.close();
		}
	}

	test('a history made now has it, and one made before gets it when next opened for writing, not when read', async () => {
		const freshFile = path.join(directory, 'new', '.triage', 'history.sqlite');
		const fresh = await recordNow(freshFile);
		fresh.close();
		expect(newestPlan(freshFile)).toMatch(/USING (COVERING )?INDEX runs_order/);

		const oldFile = path.join(directory, 'old', '.triage', 'history.sqlite');
		fs.mkdirSync(path.dirname(oldFile), {recursive: true});
		fs.copyFileSync(
			path.join(root, 'fixtures/history/schema-2.sqlite'),
			oldFile,
		);
		// Without it, the whole table is read and sorted for the newest 30.
		expect(newestPlan(oldFile)).toContain('USE TEMP B-TREE FOR ORDER BY');
		const read = HistoryStore.open(oldFile, {now, readonly: true});
		expect(read.list(3)).toHaveLength(3);
		read.close();
		expect(newestPlan(oldFile)).not.toContain('runs_order');

		const written = HistoryStore.open(oldFile, {now});
		expect(written.list().map(run => run.source)).toEqual(
			recordedLogs.map(log =>
				path.relative(process.cwd(), path.join(root, log)),
			),
		);
		written.close();
		expect(newestPlan(oldFile)).toMatch(/USING (COVERING )?INDEX runs_order/);
		// An index is no new schema: an older triage still opens the history as its own.
		const db = new Database(oldFile, {readonly: true});
		expect(
			db.prepare("SELECT value FROM meta WHERE name = 'schema'").pluck().get(),
		).toBe('2');
		db.close();
	});
});
