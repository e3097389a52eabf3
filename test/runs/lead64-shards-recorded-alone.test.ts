/**
Team-lead tour 64: each CI job recorded its own shard (`triage record shard-N.log shard-N.xml`); recording the
shards together afterwards made one run of them and dropped the shards' runs from the history, and `record` said
only `recorded #1 …`: runs #1 to #4 were gone from `triage history` without a word.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {runCli} from '../cli-helpers.js';

const sessions = path.resolve('fixtures/sessions');
const shard1 = [
	path.join(sessions, 'shard-1.log'),
	path.join(sessions, 'shard-1.xml'),
];
const shard2 = [
	path.join(sessions, 'shard-2.log'),
	path.join(sessions, 'shard-2.xml'),
];
let cwd: string;

beforeEach(() => {
	cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-lead64-'));
});

afterEach(() => {
	fs.rmSync(cwd, {recursive: true, force: true});
});

function triage(args: readonly string[]) {
	const result = runCli(args, {cwd, env: {TRIAGE_HISTORY: ''}});
	expect(result.stderr).toBe('');
	expect(result.status).toBe(0);
	return result.stdout;
}

test(
	'record says which runs of shards recorded alone the shards together replace',
	{timeout: 30_000},
	() => {
		expect(triage(['record', ...shard1])).toMatch(/^recorded #1 /);
		const second = triage(['record', ...shard2]);
		expect(second).toMatch(/^recorded #2 /);
		expect(second).not.toContain('replacing');
		const together = triage(['record', ...shard1, ...shard2]);
		expect(together).toMatch(/^recorded #1 /);
		expect(together).toContain(
			', replacing runs #1 and #2 (recorded before from some of its logs alone)\n',
		);
		expect(triage(['history'])).toContain('1 run, oldest first');
	},
);

test('history record says so too', {timeout: 30_000}, () => {
	triage(['record', shard1[0]!]);
	expect(triage(['history', 'record', ...shard1, ...shard2])).toBe(
		'1 run recorded, 0 runs already in the history; replacing run #1 (recorded before from some of its logs alone)\n',
	);
});

test('many runs replaced: the first eight and how many more, one "and"', async () => {
	const {replacedPartsText} =
		await import('../../source/commands/replaced-parts.js');
	expect(replacedPartsText([3, 1, 2])).toBe(
		'replacing runs #1, #2 and #3 (recorded before from some of its logs alone)',
	);
	expect(replacedPartsText([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])).toBe(
		'replacing runs #1, #2, #3, #4, #5, #6, #7, #8 and 4 more (recorded before from some of its logs alone)',
	);
});
