/**
What the history counts as one run, as a user meets it with the built CLI: a log read while pytest was still
writing it and then read whole, a log plain and gzipped, and runs of another suite in JUnit XML (no rootdir).
*/
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {runCli} from '../cli-helpers.js';

const demo = path.resolve('fixtures/demo');
const sessions = path.resolve('fixtures/sessions');
let cwd: string;

beforeEach(() => {
	cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-same-session-'));
});

afterEach(() => {
	fs.rmSync(cwd, {recursive: true, force: true});
});

function triage(args: readonly string[]) {
	return runCli(args, {cwd, env: {TRIAGE_HISTORY: ''}});
}

type JsonDocument = {
	runs: Array<{
		source: string;
		complete: boolean;
		failures: Array<{id: string; phase: string; status: string}>;
	}>;
	fixed: Array<{id: string}>;
	comparedWith: Array<{source: string; fromHistory: boolean}>;
};

function json(args: readonly string[]): JsonDocument {
	const result = triage([...args, '--json', '-']);
	expect(result.stderr).toBe('');
	expect(result.status).toBe(0);
	return JSON.parse(result.stdout) as JsonDocument;
}

function statuses(document: JsonDocument) {
	return document.runs
		.at(-1)!
		.failures.map(failure => [failure.id, failure.phase, failure.status]);
}

/** The runs `triage history` lists, one line each. */
function historyLines(): string[] {
	return triage(['history'])
		.stdout.split('\n')
		.filter(line => line.startsWith('#'));
}

/** The first `share` of a log's bytes, as a reader finds the file while pytest is still writing it. */
function cut(log: string, share: number, name: string): string {
	const bytes = fs.readFileSync(log);
	const file = path.join(cwd, name);
	fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * share)));
	return file;
}

describe('a log read while pytest was writing it, then whole', () => {
	test('the whole log replaces the partial run, keeps its place, and is judged against the runs before it', () => {
		const day1 = path.join(demo, 'run-1.log');
		const day2 = path.join(demo, 'run-2.log');
		const together = json(['export', day1, day2, '--no-history']);
		triage(['report', day1]);
		// Opened twice while it was written (cut mid-line, as a block-buffered pytest leaves it), then whole.
		const early = cut(day2, 0.3, 'early.log');
		const later = cut(day2, 0.7, 'later.log');
		expect(json(['export', early]).runs[0]!.complete).toBe(false);
		expect(triage(['record', later]).stdout).toMatch(
			/^recorded #2 .*later\.log: \d+ passed, \d+ failed, \d+ errors?, \d+ skipped, \d+ xfailed, INCOMPLETE, replacing its earlier read \(cut short\)\n$/,
		);
		expect(historyLines()).toHaveLength(2);
		const whole = json(['export', day2]);
		expect(whole.comparedWith).toEqual([
			expect.objectContaining({source: day1, fromHistory: true}),
		]);
		expect(statuses(whole)).toEqual(statuses(together));
		expect(statuses(whole).some(row => row[2] === 'new')).toBe(true);
		expect(whole.fixed).toEqual(together.fixed);
		const lines = historyLines();
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(/^#1 .*run-1\.log/);
		// The partial read's number, the whole log's counts.
		expect(lines[1]).toMatch(/^#2 .*run-2\.log {2}\d+ passed, \d+ failed/);
		expect(lines[1]).not.toContain('INCOMPLETE');
	});

	test('a partial read opened again afterwards is that run, not a new one', () => {
		const day2 = path.join(demo, 'run-2.log');
		const partial = cut(day2, 0.5, 'partial.log');
		triage(['report', partial]);
		triage(['report', day2]);
		const again = json(['export', partial]);
		expect(again.comparedWith).toEqual([]);
		expect(
			again.runs[0]!.failures.every(
				failure => failure.status === 'only run known',
			),
		).toBe(true);
		expect(triage(['history', 'record', partial]).stdout).toContain(
			'already in the history',
		);
		const lines = historyLines();
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/^#1 .*run-2\.log {2}\d+ passed/);
	});

	test('another log that begins as a read cut short of a log since read whole is another run, judged against it', () => {
		const day1 = path.join(demo, 'run-1.log');
		const day2 = path.join(demo, 'run-2.log');
		triage(['report', day1]);
		// Day 2 followed while pytest wrote it, then recorded whole.
		triage(['report', cut(day2, 0.3, 'day2.log')]);
		triage(['report', day2]);
		// Day 3: the same tests, the same outcomes, another duration at the end: its first 30% are day 2's.
		const text = fs.readFileSync(day2, 'utf8');
		const day3 = path.join(cwd, 'day3.log');
		fs.writeFileSync(
			day3,
			text.replace(/ in [\d.]+s(?=[^\n]* =+\n?$)/, ' in 99.99s'),
		);
		expect(fs.readFileSync(day3, 'utf8')).not.toBe(text);
		const third = json(['export', day3]);
		expect(third.comparedWith).toEqual([
			expect.objectContaining({source: day1, fromHistory: true}),
			expect.objectContaining({source: day2, fromHistory: true}),
		]);
		expect(statuses(third).every(row => row[2] !== 'new')).toBe(true);
		const lines = historyLines();
		expect(lines).toHaveLength(3);
		expect(lines[1]).toMatch(/^#2 .*run-2\.log/);
		expect(lines[2]).toMatch(/^#3 .*day3\.log/);
	});

	test('a log whose start differs is another run, however alike', () => {
		const day2 = fs.readFileSync(path.join(demo, 'run-2.log'));
		const partial = path.join(cwd, 'partial.log');
		fs.writeFileSync(partial, day2.subarray(0, day2.length / 2));
		// The same bytes but for one, early: another session.
		const other = Buffer.from(day2);
		const at = other.indexOf('PASSED');
		other.write('FAILED', at);
		const whole = path.join(cwd, 'whole.log');
		fs.writeFileSync(whole, other);
		triage(['report', partial]);
		const document = json(['export', whole]);
		expect(document.comparedWith).toEqual([
			expect.objectContaining({fromHistory: true}),
		]);
		expect(historyLines()).toHaveLength(2);
	});
});

describe('a run triage itself starts (triage run)', () => {
	test('is a new session: never an earlier read, cut short, read further, however alike its start', () => {
		const day1 = path.join(demo, 'run-1.log');
		const day2 = path.join(demo, 'run-2.log');
		triage(['report', day1]);
		// A pipe quit early, kept as far as it went (`pytest -v | triage -`, then q): the first 30% of a session.
		triage(['report', cut(day2, 0.3, 'quit-early.log')]);
		// Later, a whole run whose output starts with the same bytes (a -v log whose first tests passed alike).
		// Before, it was taken for the pipe's session read further: it replaced that run and took its place in
		// time, behind every run recorded since, and was compared with fewer runs than it should.
		const run = triage(['run', '--', 'cat', day2]);
		expect(run.status).toBe(0);
		expect(run.stdout).not.toContain('replacing');
		const lines = historyLines();
		expect(lines).toHaveLength(3);
		expect(lines[1]).toMatch(/^#2 .*quit-early\.log .*INCOMPLETE/);
		expect(lines[2]).toMatch(/^#3 .*\.triage\/logs\/run-/);
	});
});

describe('a log plain and gzipped', () => {
	test('is one log: recorded once, never an earlier run of itself', () => {
		const log = path.join(demo, 'run-1.log');
		const gzipped = path.join(cwd, 'run-1.log.gz');
		fs.writeFileSync(gzipped, zlib.gzipSync(fs.readFileSync(log)));
		triage(['report', log]);
		const document = json(['export', gzipped]);
		expect(document.comparedWith).toEqual([]);
		expect(
			document.runs[0]!.failures.every(
				failure => failure.status === 'only run known',
			),
		).toBe(true);
		expect(triage(['history', 'record', gzipped]).stdout).toContain(
			'already in the history',
		);
		expect(historyLines()).toHaveLength(1);
	});

	test('a gzipped log cut short and then whole is one run too', () => {
		const log = fs.readFileSync(path.join(demo, 'run-2.log'));
		const partial = path.join(cwd, 'partial.log');
		fs.writeFileSync(partial, log.subarray(0, log.length / 2));
		triage(['report', partial]);
		const gzipped = path.join(cwd, 'run-2.log.gz');
		fs.writeFileSync(gzipped, zlib.gzipSync(log));
		expect(json(['export', gzipped]).comparedWith).toEqual([]);
		expect(historyLines()).toHaveLength(1);
	});
});

describe('JUnit XML, which names no rootdir', () => {
	test("another suite's runs are not earlier runs of this one; the same suite's are", () => {
		// Another project's tests, recorded first.
		triage(['report', path.resolve('fixtures/traps/brackets-p9-v/run.xml')]);
		const first = json(['export', path.join(sessions, 'two-sessions-1.xml')]);
		expect(first.comparedWith).toEqual([]);
		expect(
			first.runs[0]!.failures.every(
				failure => failure.status === 'only run known',
			),
		).toBe(true);
		// The --lf run of the same suite: a few of its tests, compared with the first run only.
		const second = json(['export', path.join(sessions, 'two-sessions-2.xml')]);
		expect(second.comparedWith).toEqual([
			expect.objectContaining({
				source: path.join(sessions, 'two-sessions-1.xml'),
				fromHistory: true,
			}),
		]);
		expect(
			second.runs[0]!.failures.some(
				failure => failure.status === 'still failing',
			),
		).toBe(true);
	});

	test("another shard's run says nothing about this one", () => {
		triage(['report', path.join(sessions, 'shard-1.xml')]);
		expect(
			json(['export', path.join(sessions, 'shard-2.xml')]).comparedWith,
		).toEqual([]);
	});
});

describe('a history recorded before a log was known by its content', () => {
	test('a .gz log recorded by the hash of its bytes is still found', () => {
		const gzipped = path.join(cwd, 'run-1.log.gz');
		const bytes = zlib.gzipSync(fs.readFileSync(path.join(demo, 'run-1.log')));
		fs.writeFileSync(gzipped, bytes);
		triage(['report', gzipped]);
		// What an earlier triage wrote: the key and the log's hash of the gzipped bytes.
		const old = createHash('sha256').update(bytes).digest('hex');
		const database = new Database(path.join(cwd, '.triage', 'history.sqlite'));
		database.prepare('UPDATE runs SET run_key = ?').run(`${old}#1`);
		database.prepare('UPDATE logs SET hash = ?').run(old);
		database.close();
		expect(triage(['history', 'record', gzipped]).stdout).toContain(
			'already in the history',
		);
		expect(json(['export', gzipped]).comparedWith).toEqual([]);
		// Found, it is keyed by its content now: the plain log is that run too.
		const plain = json(['export', path.join(demo, 'run-1.log')]);
		expect(plain.comparedWith).toEqual([]);
		expect(historyLines()).toHaveLength(1);
	});
});

describe('shards', () => {
	test('a shard read while written, then every shard whole: one run, compared with nothing', () => {
		const shard1 = path.join(sessions, 'shard-1.log');
		const shard2 = path.join(sessions, 'shard-2.log');
		const partial = cut(shard1, 0.5, 'shard-1.log');
		triage(['report', partial]);
		const both = json(['export', shard1, shard2]);
		expect(both.comparedWith).toEqual([]);
		const lines = historyLines();
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/^#1 .*2 shards/);
		// The partial shard opened again: that run.
		expect(triage(['record', partial]).stdout).toMatch(/^already recorded #1 /);
	});
});

test('a file that is no test log leaves no history behind', () => {
	fs.writeFileSync(path.join(cwd, 'notes.txt'), 'not a log\n');
	expect(triage(['report', 'notes.txt']).status).toBe(2);
	expect(fs.existsSync(path.join(cwd, '.triage'))).toBe(false);
});
