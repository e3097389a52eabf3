/**
A `.partial` copy of stdin left in `.triage/logs/` by a triage killed outright (`kill -9`): the next triage that
keeps a log there keeps it as a log of its own, with a line saying where, where it used to stay there forever
as a hidden file no command opened; one of a triage still running is left alone.
*/
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {Readable} from 'node:stream';
import {expect, test} from 'vitest';
import {readLogs} from '../../source/runs/read-logs.js';
import {readLog} from '../../source/log/read.js';

const log = fs.readFileSync(path.resolve('fixtures/pytest9/v/run.log'));

/** The pid of a process that has ended. */
function endedPid(): number {
	return spawnSync(process.execPath, ['-e', '0']).pid;
}

test("a killed triage's .partial is kept as a log that opens, said in one line; a running one's is left alone", async () => {
	const keepIn = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-partial-'));
	const logs = path.join(keepIn, 'logs');
	fs.mkdirSync(logs);
	const cut = log.subarray(0, Math.floor(log.length / 2));
	const stray = `.run-${endedPid()}-${Date.UTC(2026, 0, 2, 3, 4, 5)}.partial`;
	fs.writeFileSync(path.join(logs, stray), cut);
	const empty = `.stdin-${endedPid()}-1.partial`;
	fs.writeFileSync(path.join(logs, empty), '');
	const running = `.stdin-${process.pid}-2.partial`;
	fs.writeFileSync(path.join(logs, running), cut);

	const result = await readLogs({
		logs: ['-'],
		stdin: Readable.from([log]),
		keepIn,
		now: () => new Date(Date.UTC(2026, 0, 3)),
	});

	const files = fs.readdirSync(logs).toSorted();
	expect(files).not.toContain(stray);
	expect(files).not.toContain(empty);
	expect(files).toContain(running);
	const salvaged = files.find(file =>
		file.startsWith('run-2026-01-02T03-04-05-'),
	);
	expect(salvaged).toMatch(/^run-2026-01-02T03-04-05-[\da-f]{8}\.log$/);
	expect(fs.readFileSync(path.join(logs, salvaged!))).toEqual(cut);
	expect(result.warnings).toHaveLength(1);
	expect(result.warnings[0]).toContain(salvaged);
	expect(result.warnings[0]).toContain('killed');
	// What it kept opens as the run it was, cut short.
	const run = await readLog(path.join(logs, salvaged!));
	expect(run.complete).toBe(false);
	expect(run.tests.length).toBeGreaterThan(0);
});
