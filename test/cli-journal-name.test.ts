/**
A triage file triage cannot read (written by a newer triage, not a journal at all) is one line and exit 2 from every
command, naming the file as the user typed it: `export` resolved `--triage` against its folder and said the absolute
path where `report`, `undo` and `compact` said `triage.jsonl:1` (QA 28, in a terminal).
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {runCli} from './cli-helpers.js';

const directory = fs.mkdtempSync(
	path.join(os.tmpdir(), 'triage-journal-name-'),
);
const log = path.resolve('fixtures/demo/run.log');

describe.each([
	[
		'written by a newer triage',
		'{"triage":7,"created":"2027-01-01T00:00:00Z"}\n',
		'triage.jsonl:1: written by a newer triage (version 7); this one reads version 1',
	],
	['not a journal', 'id,category\n', 'triage.jsonl:1: not a triage journal'],
])('a triage file %s', (_name, content, line) => {
	test.each([
		['report LOG', ['report', log]],
		['export LOG --csv -', ['export', log, '--csv', '-']],
		['export LOG --json out.json', ['export', log, '--json', 'out.json']],
		['undo', ['undo']],
		['compact', ['compact']],
		[
			'decide LOG --match auth',
			['decide', log, '--match', 'auth', '--category', 'BUG'],
		],
	])('%s: one line naming it as typed, exit 2', (_command, args) => {
		fs.writeFileSync(path.join(directory, 'triage.jsonl'), content);
		const result = runCli(args, {cwd: directory});
		expect(result.stderr).toBe(`triage: ${line}\n`);
		expect(result.status).toBe(2);
		expect(fs.readFileSync(path.join(directory, 'triage.jsonl'), 'utf8')).toBe(
			content,
		);
	});
});
