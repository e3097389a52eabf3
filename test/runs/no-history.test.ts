/**
`--no-history` (and `TRIAGE_HISTORY=off`) does none of the history's work: no `.triage/` folder, no database,
and no content hash of the logs (the history's key, the only reason to hash them).
*/
import type * as Crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {Readable} from 'node:stream';
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import {openSession} from '../../source/session.js';
import {readLogs} from '../../source/runs/read-logs.js';

/** The algorithms asked of `createHash`, in order, by everything this test loads. */
const hashed = vi.hoisted(() => [] as string[]);

vi.mock('node:crypto', async importOriginal => {
	const crypto = await importOriginal<typeof Crypto>();
	return {
		...crypto,
		createHash(algorithm: string, options?: Crypto.HashOptions) {
			hashed.push(algorithm);
			return crypto.createHash(algorithm, options);
		},
	};
});

const log = path.resolve('fixtures/demo/run.log');
let directory: string;

beforeEach(() => {
	directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-no-history-'));
	hashed.length = 0;
});

afterEach(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

async function open(history: boolean, logs = [log], stdin?: Readable) {
	const session = await openSession({
		logs,
		triage: path.join(directory, 'triage.jsonl'),
		cwd: directory,
		now: () => new Date('2026-12-02T01:00:00Z'),
		history,
		...(stdin && {stdin}),
	});
	await session.close();
	return session;
}

describe('without the history', () => {
	test('a session hashes no log and makes no .triage folder', async () => {
		const session = await open(false);
		expect(session.historyState).toBe('off');
		expect(session.recorded).toBe(0);
		expect(session.analysis.failures.length).toBeGreaterThan(0);
		expect(hashed).not.toContain('sha256');
		expect(fs.existsSync(path.join(directory, '.triage'))).toBe(false);
	});

	test('a log from stdin is read, neither hashed nor kept', async () => {
		const session = await open(
			false,
			['-'],
			Readable.from([fs.readFileSync(log)]),
		);
		expect(session.logs).toEqual(['-']);
		expect(session.analysis.failures.length).toBeGreaterThan(0);
		expect(hashed).not.toContain('sha256');
		expect(fs.existsSync(path.join(directory, '.triage'))).toBe(false);
	});

	test('with the history, the same session hashes the log once and records it', async () => {
		const session = await open(true);
		expect(session.historyState).toBe('writable');
		expect(session.recorded).toBe(1);
		expect(hashed.filter(algorithm => algorithm === 'sha256')).toHaveLength(1);
		expect(
			fs.existsSync(path.join(directory, '.triage', 'history.sqlite')),
		).toBe(true);
	});

	test('readLogs without the hash gives no stored log', async () => {
		const read = await readLogs({
			logs: [log],
			now: () => new Date(),
			hash: false,
		});
		expect(read.logs).toHaveLength(1);
		expect(read.logs[0]!.stored).toBeUndefined();
		expect(hashed).not.toContain('sha256');
		const hashedRead = await readLogs({logs: [log], now: () => new Date()});
		expect(hashedRead.logs[0]!.stored).toMatchObject({
			path: log,
			bytes: fs.statSync(log).size,
		});
		expect(hashedRead.logs[0]!.stored.hash).toMatch(/^[\da-f]{64}$/);
	});
});
