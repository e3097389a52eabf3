/**
A triage file made read-only (`chmod a-w`, 0444) is never written to, also by root, whom the file's mode does not
stop: a decision is refused with one line naming the file, nothing is appended, and it is not shown as saved.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {openJournal} from '../../source/triage/journal.js';
import {runCli} from '../cli-helpers.js';

let directory: string;
let file: string;

beforeEach(() => {
	directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-read-only-'));
	file = path.join(directory, 'triage.jsonl');
});

afterEach(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

/** As root, the mode is what refuses; as anyone else, the open does. */
const refused =
	/triage\.jsonl: (?:is read-only \(mode 0444\): nothing was saved \(chmod u\+w to write it\)|permission denied)$/;

test('a decision in a read-only journal is refused, and nothing is appended', () => {
	const journal = openJournal(file, {now: () => new Date()});
	journal.decide({
		id: 'tests/a.py::test_one',
		category: 'BUG',
		priority: 'HIGH',
	});
	const before = fs.readFileSync(file, 'utf8');
	fs.chmodSync(file, 0o444);
	expect(() =>
		journal.decide({
			id: 'tests/a.py::test_two',
			category: 'BUG',
			priority: 'HIGH',
		}),
	).toThrow(refused);
	expect(() => openJournal(file, {now: () => new Date()}).undo()).toThrow(
		refused,
	);
	expect(fs.readFileSync(file, 'utf8')).toBe(before);
});

test('triage decide and undo on a read-only triage file: one line, exit 1, the file unchanged', () => {
	const log = path.resolve('fixtures/demo/run.log');
	const decide = [
		'decide',
		log,
		'--match',
		'auth',
		'--category',
		'BUG',
		'--triage',
		file,
	];
	expect(runCli(decide).status).toBe(0);
	fs.chmodSync(file, 0o444);
	const before = fs.readFileSync(file, 'utf8');
	// Another category: a change to save (the same decision again saves nothing, and writes nothing).
	const decideOther = decide.map(arg => (arg === 'BUG' ? 'ENVIRONMENT' : arg));
	for (const args of [decideOther, ['undo', '--triage', file]]) {
		const result = runCli(args);
		expect(result.stderr).toMatch(
			new RegExp(`^triage: [^\\n]*${refused.source.slice(0, -1)}\\n$`),
		);
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
	}

	expect(fs.readFileSync(file, 'utf8')).toBe(before);
	const again = runCli(decide);
	expect(again.status).toBe(0);
	expect(again.stdout).toMatch(/^nothing to save: /);
	expect(fs.readFileSync(file, 'utf8')).toBe(before);
});

test('triage compact on a read-only triage file names it as given, not by the absolute path it leads to', () => {
	const journal = openJournal(file, {now: () => new Date()});
	journal.decide({
		id: 'tests/a.py::test_one',
		category: 'BUG',
		priority: 'HIGH',
	});
	fs.chmodSync(file, 0o444);
	const before = fs.readFileSync(file, 'utf8');
	// Given as `triage.jsonl` from its folder: the message said `/…/triage.jsonl: is read-only` (QA 32).
	const result = runCli(['compact'], {cwd: directory});
	// As root, the mode is what refuses; as anyone else, access(2) does.
	expect(result.stderr).toMatch(
		/^triage: triage\.jsonl: (?:is read-only \(mode 0444\); not compacted|.*permission denied.*)\n$/i,
	);
	expect(result.stderr).not.toContain(directory);
	expect(result.status).toBe(1);
	expect(fs.readFileSync(file, 'utf8')).toBe(before);
});
