/**
A file triage writes (`--triage`, `--out`, `--json`, `--csv`, `--markdown`) named through a symbolic link that
leads nowhere it can write: a loop of links, or a link to a file whose folder does not exist. Both are bad usage,
one line and exit 2, as a folder that does not exist is; the loop was the system's `ELOOP: too many symbolic
links encountered, open 'x'` and the dangling link a failure at the first decision, both exit 1.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {expect, test} from 'vitest';
import {runCli} from './cli-helpers.js';

const log = path.resolve('fixtures/renamed/day1.log');

function folderWithLinks(): string {
	const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-links-'));
	fs.copyFileSync(log, path.join(cwd, 'day1.log'));
	fs.symlinkSync('loop-b', path.join(cwd, 'loop-a'));
	fs.symlinkSync('loop-a', path.join(cwd, 'loop-b'));
	fs.symlinkSync(path.join('missing', 't.jsonl'), path.join(cwd, 'dangling'));
	fs.mkdirSync(path.join(cwd, 'folder'));
	fs.symlinkSync('folder', path.join(cwd, 'to-folder'));
	return cwd;
}

const decide = [
	'decide',
	'day1.log',
	'--id',
	'tests/test_b.py::test_one',
	'--category',
	'BUG',
];

test.each([
	[
		[...decide, '--triage', 'loop-a'],
		'--triage loop-a: is a loop of symbolic links',
	],
	[
		['report', 'day1.log', '--triage', 'loop-a'],
		'--triage loop-a: is a loop of symbolic links',
	],
	[
		['report', 'day1.log', '--out', 'loop-b'],
		'--out loop-b: is a loop of symbolic links',
	],
	[
		[...decide, '--triage', 'dangling'],
		'--triage dangling: links to missing/t.jsonl: the folder missing does not exist',
	],
	[
		['export', 'day1.log', '--csv', 'dangling'],
		'--csv dangling: links to missing/t.jsonl: the folder missing does not exist',
	],
	[
		['export', 'day1.log', '--json', 'to-folder'],
		'--json to-folder: links to folder: is a folder, not a file',
	],
])('%j: one line, exit 2, nothing written', (args, said) => {
	const cwd = folderWithLinks();
	const before = fs.readdirSync(cwd).toSorted();
	const result = runCli(args, {cwd, env: {TRIAGE_HISTORY: 'on'}});
	// The link's target as the user would type it from here, not this machine's absolute path.
	expect(result.stderr).toContain(`triage: ${said}`);
	expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
	expect(result.stderr).not.toContain('ELOOP');
	expect(result.status).toBe(2);
	expect(fs.readdirSync(cwd).toSorted()).toEqual(before);
});
