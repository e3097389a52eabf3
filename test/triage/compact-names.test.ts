/**
`triage compact` names the triage file as the person named it, in every message, from where the message is
made (not by renaming an error about the absolute path it leads to), and names a lock left next to the file a
link leads to by a path they can find from where they are.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {compactJournal, openJournal} from '../../source/triage/journal.js';
import {runCli} from '../cli-helpers.js';

let directory: string;
let repo: string;
let shared: string;

beforeEach(() => {
	directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-compact-names-'));
	repo = path.join(directory, 'repo');
	// A folder whose name holds what a message about the journal starts with.
	shared = path.join(directory, 'team.jsonl: is read-only');
	fs.mkdirSync(repo);
	fs.mkdirSync(shared);
	const team = path.join(shared, 'team.jsonl');
	openJournal(team, {now: () => new Date()}).decide({
		id: 'tests/a.py::test_one',
		category: 'BUG',
		priority: 'HIGH',
	});
	fs.symlinkSync(
		path.join('..', path.basename(shared), 'team.jsonl'),
		path.join(repo, 'triage.jsonl'),
	);
});

afterEach(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

test('a journal locked by a live compaction, through a link: named as given, and its lock by a path from here', () => {
	const lock = path.join(shared, 'team.jsonl.lock');
	fs.writeFileSync(
		lock,
		JSON.stringify({
			pid: process.pid,
			host: os.hostname(),
			at: new Date().toISOString(),
		}),
	);
	const before = fs.readFileSync(path.join(shared, 'team.jsonl'), 'utf8');
	const result = runCli(['compact'], {cwd: repo});
	// It said `remove team.jsonl.lock`, which is not beside the link the person named.
	expect(result.stderr).toBe(
		`triage: triage.jsonl: is being compacted by process ${process.pid} on ${os.hostname()} (remove ../team.jsonl: is read-only/team.jsonl.lock if that is not so)\n`,
	);
	expect(
		fs.existsSync(
			path.join(repo, '../team.jsonl: is read-only/team.jsonl.lock'),
		),
	).toBe(true);
	expect(result.status).toBe(1);
	expect(fs.readFileSync(path.join(shared, 'team.jsonl'), 'utf8')).toBe(before);
});

test('a refusal read from the file a link leads to names the link, with its line', () => {
	const link = path.join(repo, 'triage.jsonl');
	fs.writeFileSync(path.join(shared, 'team.jsonl'), 'id,category\n');
	expect(() => compactJournal(link, {now: () => new Date()})).toThrow(
		`${link}:1: not a triage journal`,
	);
});
