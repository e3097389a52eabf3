/**
An export killed outright (`kill -9`) mid-write left its temp file beside the output for good (QA 51, still open;
QA 52: a 1 MB `.out.json.PID.RANDOM.tmp`): no handler runs on a kill -9. The next export to that file (or compaction
of that triage file) removes the temp files of triages that are gone, and leaves one a triage still running writes.
*/
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {expect, test} from 'vitest';
import {runCli} from '../cli-helpers.js';

/** The pid of a process that has ended. */
function deadPid(): number {
	const child = spawnSync(
		process.execPath,
		['-e', 'process.stdout.write(String(process.pid))'],
		{encoding: 'utf8'},
	);
	return Number(child.stdout);
}

test("an export removes the temp files a killed export left, not a running one's", () => {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'qa52-tmp-'));
	const stale = `.out.csv.${deadPid()}.0123abcd.tmp`;
	// This test's own process stands for a triage still writing out.csv.
	const running = `.out.csv.${process.pid}.89abcdef.tmp`;
	const other = `.other.csv.${deadPid()}.0123abcd.tmp`;
	for (const name of [stale, running, other]) {
		fs.writeFileSync(path.join(folder, name), 'x'.repeat(1 << 20));
	}

	const result = runCli([
		'export',
		'--csv',
		path.join(folder, 'out.csv'),
		path.resolve('fixtures/demo/run.log'),
	]);
	expect(result.stderr).toBe('');
	expect(result.status).toBe(0);
	expect(fs.readdirSync(folder).toSorted()).toEqual(
		[running, other, 'out.csv'].toSorted(),
	);
});

test('a compaction removes the temp file a killed compaction left', () => {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'qa52-tmp-'));
	const triage = path.join(folder, 'triage.jsonl');
	const decided = runCli([
		'decide',
		path.resolve('fixtures/demo/run.log'),
		'--triage',
		triage,
		'--match',
		'.',
		'--category',
		'BUG',
	]);
	expect(decided.status).toBe(0);
	const stale = `.triage.jsonl.${deadPid()}.0123abcd.tmp`;
	fs.writeFileSync(path.join(folder, stale), '{"triage":1}\n');
	const compacted = runCli(['compact', '--triage', triage]);
	expect(compacted.status).toBe(0);
	expect(fs.readdirSync(folder).filter(name => name.endsWith('.tmp'))).toEqual(
		[],
	);
});
