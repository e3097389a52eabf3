import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {expect, test} from 'vitest';
import {formatRunLine} from '../../source/commands/history.js';
import {emptyCounts} from '../../source/log/model.js';
import type {RecordedRun} from '../../source/runs/history/records.js';
import {runCli} from '../cli-helpers.js';

function recorded(id: number): RecordedRun {
	return {
		id,
		key: `key-${id}`,
		recordedAt: '2026-12-03T19:02:05.000Z',
		source: `day-${id}.log`,
		session: undefined,
		format: 'pytest',
		rootdir: undefined,
		pytest: undefined,
		python: undefined,
		counts: {...emptyCounts(), passed: 5, failed: 1},
		complete: true,
		retried: false,
		warnings: 0,
		logs: [`day-${id}.log`],
	};
}

test('triage history: run #9 and run #10 line up, their dates in one column', () => {
	const lines = [9, 10].map(id => formatRunLine(recorded(id), 2));
	expect(lines).toEqual([
		'#9   2026-12-03 19:02  day-9.log  5 passed, 1 failed',
		'#10  2026-12-03 19:02  day-10.log  5 passed, 1 failed',
	]);
	expect(lines[0]!.indexOf('2026')).toBe(lines[1]!.indexOf('2026'));
});

test('triage history: shards each given with their JUnit XML are two shards, not four logs', () => {
	const run: RecordedRun = {
		...recorded(3),
		source: 'shard-1.log + shard-1.xml + shard-2.log + shard-2.xml',
		logs: ['shard-1.log', 'shard-1.xml', 'shard-2.log', 'shard-2.xml'],
	};
	expect(formatRunLine(run)).toBe(
		'#3  2026-12-03 19:02  2 shards and their JUnit XML: shard-1.log + shard-2.log  5 passed, 1 failed',
	);
	expect(formatRunLine({...run, logs: ['a.log', 'b.log', 'b.xml']})).toContain(
		'2 shards, 1 with its JUnit XML: a.log + b.log',
	);
	// Shards of JUnit XML alone are each a shard.
	expect(
		formatRunLine({...run, format: 'junit', logs: ['a.xml', 'b.xml']}),
	).toContain('2 shards: a.xml + b.xml');
	expect(
		formatRunLine({...run, source: 'day.log', logs: ['day.log', 'day.xml']}),
	).toContain('day.log and its JUnit XML day.xml');
});

test('triage history: a log whose own name holds " + " is told from shards by the logs the run was read from', () => {
	const run = recorded(4);
	expect(
		formatRunLine({
			...run,
			source: 'a + b.log',
			logs: ['a + b.log', 'a + b.xml'],
		}),
	).toContain('  a + b.log and its JUnit XML a + b.xml  ');
	expect(
		formatRunLine({
			...run,
			source: 'a + b.log + c.log',
			logs: ['a + b.log', 'c.log'],
		}),
	).toContain('  2 shards: a + b.log + c.log  ');
	expect(
		formatRunLine({
			...run,
			source: 'a + b.log + a + b.xml + c.log',
			logs: ['a + b.log', 'a + b.xml', 'c.log'],
		}),
	).toContain('  2 shards, 1 with its JUnit XML: a + b.log + c.log  ');
	// A history that names the logs otherwise (a log first recorded under another name) reads as it always did.
	expect(
		formatRunLine({...run, source: 'today.log', logs: ['day.log', 'day.xml']}),
	).toContain('  day.log and its JUnit XML day.xml  ');
	expect(
		formatRunLine({
			...run,
			source: 'one.log + two.log',
			logs: ['day.log', 'night.log'],
		}),
	).toContain('  2 shards: day.log + night.log  ');
});

test('triage history: a console log and a JUnit XML of other tests are two shards, not one shard with its XML', () => {
	expect(
		formatRunLine({
			...recorded(5),
			source: 'b.log + a + b.xml',
			logs: ['b.log', 'a + b.xml'],
		}),
	).toContain('  2 shards: b.log + a + b.xml  ');
});

test('triage history list with anything after it: one line, exit 2, nothing listed', () => {
	const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-history-list-'));
	const result = runCli(['history', 'list', 'run.log'], {cwd});
	expect(result.status).toBe(2);
	expect(result.stdout).toBe('');
	expect(result.stderr).toBe(
		'triage: history list takes nothing after it, got run.log (to read a log: triage report LOG)\n',
	);
	fs.rmSync(cwd, {recursive: true, force: true});
});
