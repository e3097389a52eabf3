import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {openJournal, type Journal} from '../../source/triage/journal.js';
import {compactJournal} from '../../source/triage/journal/compact.js';
import {
	runFromJournal,
	runRewritten,
} from '../../source/triage/journal/run-path.js';
import {runCli} from '../cli-helpers.js';

let directory: string;

beforeEach(() => {
	directory = fs.realpathSync(
		fs.mkdtempSync(path.join(os.tmpdir(), 'triage-run-path-')),
	);
});

afterEach(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

function open(file: string): Journal {
	return openJournal(file, {
		now: () => new Date('2026-11-23T10:00:00.000Z'),
		create: true,
		snapshots: false,
	});
}

/** The `run` of every decide line of the journal, as written. */
function runsIn(file: string): unknown[] {
	return fs
		.readFileSync(file, 'utf8')
		.split('\n')
		.filter(line => line.includes('"t":"decide"'))
		.map(line => (JSON.parse(line) as {run?: unknown}).run);
}

describe('runFromJournal', () => {
	test.each([
		// [run as named from cwd, journal, cwd, expected]
		['/repo/run.log', '/repo/triage.jsonl', '/elsewhere', 'run.log'],
		['/repo/logs/run.log', '/repo/triage.jsonl', '/', 'logs/run.log'],
		['run.log', '../triage.jsonl', '/repo/sub', 'sub/run.log'],
		['run.log', 'triage.jsonl', '/repo', 'run.log'],
		['../run.log', '/repo/sub/triage.jsonl', '/repo/sub', '../run.log'],
		['.triage/logs/a.log', '/repo/triage.jsonl', '/repo', '.triage/logs/a.log'],
		['-', '/repo/triage.jsonl', '/x', '-'],
		['', '/repo/triage.jsonl', '/x', ''],
		// Shards: each log on its own.
		['/repo/a.log + /repo/b.log', '/repo/triage.jsonl', '/x', 'a.log + b.log'],
	])('%s with %s from %s', (run, journal, cwd, expected) => {
		expect(runFromJournal(run, journal, cwd)).toBe(expected);
	});

	test('a log whose own name holds " + " is one log', () => {
		fs.writeFileSync(path.join(directory, 'a + b.log'), '');
		expect(
			runFromJournal(
				path.join(directory, 'a + b.log'),
				path.join(directory, 'sub', 'triage.jsonl'),
				'/',
			),
		).toBe('../a + b.log');
	});

	test('shards, one of them named "a + b.log": each log named on its own', () => {
		fs.mkdirSync(path.join(directory, 'sub'));
		fs.writeFileSync(path.join(directory, 'sub', 'a + b.log'), '');
		fs.writeFileSync(path.join(directory, 'sub', 'c.log'), '');
		const journal = path.join(directory, 'triage.jsonl');
		const sub = path.join(directory, 'sub');
		expect(runFromJournal('a + b.log + c.log', journal, sub)).toBe(
			'sub/a + b.log + sub/c.log',
		);
		expect(runFromJournal('c.log + a + b.log', journal, sub)).toBe(
			'sub/c.log + sub/a + b.log',
		);
		// Logs that are not there (another machine's): split at every " + ", as before.
		expect(runFromJournal('x.log + y.log', journal, sub)).toBe(
			'sub/x.log + sub/y.log',
		);
	});
});

describe('runRewritten', () => {
	test.each([
		// [run as an older line wrote it, journal, cwd, expected]
		['/repo/run.log', '/repo/triage.jsonl', '/elsewhere', 'run.log'],
		['/repo/logs/run.log', 'triage.jsonl', '/repo', 'logs/run.log'],
		// Relative: named from the journal's folder or from an unknown cwd, it stays.
		['sub/run.log', '/repo/triage.jsonl', '/elsewhere', 'sub/run.log'],
		['run.log', '../triage.jsonl', '/repo/sub', 'run.log'],
		['/repo/a.log + b.log', '/repo/triage.jsonl', '/x', 'a.log + b.log'],
		// Another machine's log outside the journal's folder: no path from here leads to it.
		['/home/ada/logs/run.log', '/home/bob/repo/triage.jsonl', '/', 'run.log'],
		['-', '/repo/triage.jsonl', '/x', '-'],
	])('%s with %s from %s', (run, journal, cwd, expected) => {
		expect(runRewritten(run, journal, cwd)).toBe(expected);
	});
});

/** An older journal: one decision on an absolute log, then one on a log named from where triage ran. */
function writeOlder(file: string): void {
	fs.writeFileSync(
		file,
		[
			'{"triage":1,"created":"2026-11-23T10:00:00Z"}',
			`{"t":"decide","id":"tests/a.py::test_a","phase":"call","category":"BUG","priority":"HIGH","note":"","run":${JSON.stringify(path.join(directory, 'logs', 'run.log'))},"at":"2026-11-23T10:00:00.000Z"}`,
			'{"t":"decide","id":"tests/b.py::test_b","phase":"call","category":"UNKNOWN","priority":"LOW","note":"","run":"sub/run.log","at":"2026-11-23T10:00:01.000Z"}',
			'',
		].join('\n'),
	);
}

describe('lines written again from older ones', () => {
	test('undo restores an older decision with its run named from the journal folder', () => {
		const file = path.join(directory, 'triage.jsonl');
		writeOlder(file);
		const journal = openJournal(file, {
			now: () => new Date('2026-11-23T11:00:00.000Z'),
			history: true,
			snapshots: false,
		});
		journal.decide({
			id: 'tests/a.py::test_a',
			phase: 'call',
			category: 'ENVIRONMENT',
			priority: 'LOW',
			run: path.join(directory, 'run.log'),
		});
		const undone = journal.undo();
		expect(undone).toHaveLength(1);
		const text = fs.readFileSync(file, 'utf8');
		const lastLine = text.trimEnd().split('\n').at(-1)!;
		expect(JSON.parse(lastLine)).toMatchObject({
			category: 'BUG',
			run: 'logs/run.log',
		});
		expect(journal.state().get('tests/a.py::test_a\u0000call')?.run).toBe(
			'logs/run.log',
		);
	});

	test('a signature added to an older decision writes its run named from the journal folder', () => {
		const file = path.join(directory, 'triage.jsonl');
		writeOlder(file);
		const journal = open(file);
		const decision = journal.state().get('tests/a.py::test_a\u0000call')!;
		journal.addSignatures([{decision, signature: 'abc1234567'}]);
		const lastLine = fs
			.readFileSync(file, 'utf8')
			.trimEnd()
			.split('\n')
			.at(-1)!;
		expect(JSON.parse(lastLine)).toMatchObject({
			adds: 'signature',
			run: 'logs/run.log',
		});
	});

	test('compact writes older absolute runs named from the journal folder, relative ones as they were', () => {
		const file = path.join(directory, 'triage.jsonl');
		writeOlder(file);
		compactJournal(file, {now: () => new Date('2026-11-23T11:00:00.000Z')});
		expect(runsIn(file)).toEqual(['logs/run.log', 'sub/run.log']);
		expect(fs.readFileSync(file, 'utf8')).not.toContain(directory);
	});
});

describe('the journal file', () => {
	test('records the run relative to its own folder, whatever the log was named as', () => {
		const file = path.join(directory, 'triage.jsonl');
		const journal = open(file);
		journal.decide({
			id: 'tests/a.py::test_a',
			phase: 'call',
			category: 'BUG',
			priority: 'HIGH',
			run: path.join(directory, 'logs', 'run.log'),
		});
		expect(runsIn(file)).toEqual(['logs/run.log']);
		expect(journal.state().get('tests/a.py::test_a\u0000call')?.run).toBe(
			'logs/run.log',
		);
	});

	test('reads the absolute and cwd-relative runs older journals wrote, and decides on', () => {
		const file = path.join(directory, 'triage.jsonl');
		fs.writeFileSync(
			file,
			[
				'{"triage":1,"created":"2026-11-23T10:00:00Z"}',
				'{"t":"decide","id":"tests/a.py::test_a","phase":"call","category":"BUG","priority":"HIGH","note":"","run":"/somewhere/else/run.log","at":"2026-11-23T10:00:00.000Z"}',
				'{"t":"decide","id":"tests/b.py::test_b","phase":"call","category":"UNKNOWN","priority":"LOW","note":"","run":"sub/run.log","at":"2026-11-23T10:00:01.000Z"}',
				'',
			].join('\n'),
		);
		const journal = open(file);
		expect(journal.warnings).toEqual([]);
		expect(journal.state().size).toBe(2);
		journal.decide({
			id: 'tests/b.py::test_b',
			phase: 'call',
			category: 'BUG',
			priority: 'LOW',
			run: path.join(directory, 'run.log'),
		});
		expect(runsIn(file)).toEqual([
			'/somewhere/else/run.log',
			'sub/run.log',
			'run.log',
		]);
	});
});

describe('the CLI', () => {
	const demo = path.resolve('fixtures/demo/run.log');

	test('decide on an absolute log, from another folder, writes the run as named from the triage file', () => {
		const repo = path.join(directory, 'repo');
		const other = path.join(directory, 'other');
		fs.mkdirSync(path.join(repo, 'logs'), {recursive: true});
		fs.mkdirSync(other);
		fs.copyFileSync(demo, path.join(repo, 'logs', 'run.log'));
		const triage = path.join(repo, 'triage.jsonl');
		const absolute = runCli(
			[
				'decide',
				path.join(repo, 'logs', 'run.log'),
				'--match',
				'test_cache_memory_pressure',
				'--category',
				'BUG',
				'--triage',
				triage,
			],
			{cwd: other},
		);
		expect(absolute.stderr).toBe('');
		expect(absolute.status).toBe(0);
		// Resumed from inside the repository, the log named relative to there.
		const relative = runCli(
			[
				'decide',
				'logs/run.log',
				'--match',
				'test_get_order_not_found',
				'--category',
				'BUG',
				'--triage',
				'triage.jsonl',
			],
			{cwd: repo},
		);
		expect(relative.status).toBe(0);
		const fromBelow = runCli(
			[
				'decide',
				'run.log',
				'--match',
				'test_get_order_not_found',
				'--category',
				'UNKNOWN',
				'--triage',
				'../triage.jsonl',
			],
			{cwd: path.join(repo, 'logs')},
		);
		expect(fromBelow.status).toBe(0);
		const runs = runsIn(triage);
		expect(runs.length).toBeGreaterThanOrEqual(3);
		expect(new Set(runs)).toEqual(new Set(['logs/run.log']));
		expect(fs.readFileSync(triage, 'utf8')).not.toContain(directory);
	});
});
