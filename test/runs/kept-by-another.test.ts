/**
A `.partial` in `.triage/logs/` that a triage still running keeps (`triage run`'s log, followed from a second
terminal with `triage --follow .triage/logs/.run-PID-MS.partial`) is not recorded by the session reading it: the
triage that keeps it records the run once it ends, under the name it renames the log to. QA 29, with the built
CLI and real pytest 7.2: the follower read the final line first and recorded the run as
`.triage/logs/.run-997-….partial`, which `triage history`, report's runs and `store push` named from then on, a
file renamed away a moment later.
*/
import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, expect, test} from 'vitest';
import {openSession} from '../../source/session.js';
import {runningKeeperOf} from '../../source/runs/stray-partials.js';

const children: ChildProcess[] = [];
afterEach(() => {
	for (const child of children.splice(0)) {
		child.kill('SIGKILL');
	}
});

/** A process that stays until killed: the triage keeping the log, as far as its pid goes. */
function runningProcess(): ChildProcess {
	const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
		stdio: 'ignore',
	});
	children.push(child);
	return child;
}

async function ended(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) {
		return;
	}

	await new Promise(resolve => {
		child.once('exit', resolve);
	});
}

function keptPartial(pid: number): {folder: string; partial: string} {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-kept-'));
	const logs = path.join(folder, '.triage', 'logs');
	fs.mkdirSync(logs, {recursive: true});
	const partial = path.join(logs, `.run-${pid}-1796452278393.partial`);
	fs.copyFileSync('fixtures/demo/run.log', partial);
	return {folder, partial};
}

test('a .partial kept by a triage still running is read but not recorded; one whose triage is gone is', async () => {
	const keeper = runningProcess();
	const {folder, partial} = keptPartial(keeper.pid!);
	expect(runningKeeperOf(partial)).toBe(keeper.pid);
	const session = await openSession({
		logs: [partial],
		triage: path.join(folder, 'triage.jsonl'),
	});
	expect(session.runs).toHaveLength(1);
	expect(session.analysis.failures.length).toBeGreaterThan(0);
	expect(session.recorded).toBe(0);
	expect(session.recordedRuns).toEqual([undefined]);
	expect(session.warnings).toContain(
		`not recorded here: the triage keeping ${partial} (pid ${String(keeper.pid)}) records its run`,
	);
	await session.close();

	keeper.kill('SIGKILL');
	await ended(keeper);
	expect(runningKeeperOf(partial)).toBeUndefined();
	const after = await openSession({
		logs: [partial],
		triage: path.join(folder, 'triage.jsonl'),
	});
	expect(after.recorded).toBe(1);
	expect(after.warnings.join('\n')).not.toContain('not recorded here');
	await after.close();
});

test('only a .partial named as triage keeps one, in a logs folder, is a running triage’s', () => {
	const keeper = runningProcess();
	const pid = String(keeper.pid);
	expect(runningKeeperOf(`.triage/logs/.stdin-${pid}-1.partial`)).toBe(
		keeper.pid,
	);
	expect(runningKeeperOf(`elsewhere/.run-${pid}-1.partial`)).toBeUndefined();
	expect(runningKeeperOf(`.triage/logs/run-${pid}-1.partial`)).toBeUndefined();
	expect(runningKeeperOf('.triage/logs/run-2026-12-05.log')).toBeUndefined();
});
