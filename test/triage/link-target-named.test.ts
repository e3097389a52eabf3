/**
A triage file that is a link to a file not made yet names the link's target as the user would type it from here,
in the NOT saved line of a decision that cannot make it (QA 38: the target's folder removed while the review was
open said `NOT saved: t.jsonl: links to /home/…/nodir/real.jsonl, which cannot be created`, this machine's
absolute path).
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {missingFolderProblem} from '../../source/files.js';
import {openJournal} from '../../source/triage/journal.js';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-link-'));
const before = process.cwd();

beforeAll(() => {
	process.chdir(directory);
});

afterAll(() => {
	process.chdir(before);
	fs.rmSync(directory, {recursive: true, force: true});
});

test("a link whose target's folder went away: the target named from here", () => {
	fs.mkdirSync('nodir');
	fs.symlinkSync(path.join('nodir', 'real.jsonl'), 't.jsonl');
	const journal = openJournal('t.jsonl', {now: () => new Date()});
	fs.rmSync('nodir', {recursive: true});
	expect(() =>
		journal.decide({
			id: 'tests/a.py::test_one',
			category: 'BUG',
			priority: 'HIGH',
		}),
	).toThrow(
		`t.jsonl: links to ${path.join('nodir', 'real.jsonl')}, which cannot be created: its folder does not exist`,
	);
});

test('a link into a folder that is not there, refused before the review: the target named from here', () => {
	fs.symlinkSync(path.join('gone', 'real.jsonl'), 'u.jsonl');
	expect(missingFolderProblem({triage: 'u.jsonl'})).toBe(
		`--triage u.jsonl: links to ${path.join('gone', 'real.jsonl')}: the folder gone does not exist (triage makes no folder: create it, or correct its name)`,
	);
});
