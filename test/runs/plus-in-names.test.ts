/**
A log whose own name holds ` + ` (`a + b.log`), the way shards are joined in a run's name: `triage history` and
the triage file still tell one log with its JUnit XML from shards, and name each log of a run as it is.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {runCli} from '../cli-helpers.js';

const sessions = path.resolve('fixtures/sessions');
let cwd: string;

beforeEach(() => {
	cwd = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'triage-plus-')));
	fs.mkdirSync(path.join(cwd, 'sub'));
	for (const [from, to] of [
		['shard-1.log', 'a + b.log'],
		['shard-1.xml', 'a + b.xml'],
		['shard-2.log', 'c.log'],
	]) {
		fs.copyFileSync(path.join(sessions, from!), path.join(cwd, 'sub', to!));
	}
});

afterEach(() => {
	fs.rmSync(cwd, {recursive: true, force: true});
});

function triage(args: readonly string[]) {
	return runCli(args, {cwd: path.join(cwd, 'sub'), env: {TRIAGE_HISTORY: ''}});
}

test('triage history: a log named "a + b.log" with its JUnit XML is that log, not one shard', () => {
	const recorded = triage(['record', 'a + b.log', 'a + b.xml']);
	expect(recorded.stderr).toBe('');
	expect(recorded.stdout).toContain('a + b.log and its JUnit XML a + b.xml');
	const listed = triage(['history']);
	expect(listed.stdout).toContain('  a + b.log and its JUnit XML a + b.xml  ');
	expect(listed.stdout).not.toContain('shards');
});

test('triage history: shards, one of them named "a + b.log", are two shards', () => {
	expect(triage(['record', 'a + b.log', 'c.log']).status).toBe(0);
	expect(triage(['history']).stdout).toContain(
		'  2 shards: a + b.log + c.log  ',
	);
});

test('triage history: a console log and a JUnit XML of other tests, "a + b.xml", given as shards, are two shards', () => {
	// Without --shards they are refused: a log and an XML given together are read as one run's (test/runs/group.test.ts).
	expect(triage(['record', 'c.log', 'a + b.xml', '--shards']).status).toBe(0);
	expect(triage(['history']).stdout).toContain(
		'  2 shards: c.log + a + b.xml  ',
	);
});

test('the triage file names each shard from its folder, "a + b.log" as one log', () => {
	const decided = triage([
		'decide',
		'a + b.log',
		'c.log',
		'--triage',
		'../triage.jsonl',
		'--id',
		'tests/test_a.py::test_mul_wrong',
		'--category',
		'BUG',
	]);
	expect(decided.stderr).toBe('');
	const decide = fs
		.readFileSync(path.join(cwd, 'triage.jsonl'), 'utf8')
		.split('\n')
		.find(line => line.includes('"t":"decide"'));
	expect((JSON.parse(decide!) as {run: string}).run).toBe(
		'sub/a + b.log + sub/c.log',
	);
});
