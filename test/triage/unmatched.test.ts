/**
Decisions that find no failure in a new run (its tests renamed or moved, or fixed): the review's notice says how
many, and `triage report` lists them. Nothing said either used to: the day looked as if nothing had been decided.
*/
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {expect, test} from 'vitest';
import {noticeOf} from '../../source/commands/review-screen.js';
import {openSession} from '../../source/session.js';
import {readLog} from '../../source/log/read.js';
import {
	unmatchedDecisions,
	unmatchedLine,
} from '../../source/triage/unmatched.js';

const cli = path.resolve('dist/cli.js');
const fixtures = path.resolve('fixtures/renamed');

function folderWithDecisions(): string {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-unmatched-'));
	for (const day of ['day1.log', 'day2.log']) {
		fs.copyFileSync(path.join(fixtures, day), path.join(folder, day));
	}

	for (const id of ['test_one', 'test_two', 'test_three']) {
		const decided = spawnSync(
			process.execPath,
			[
				cli,
				'decide',
				'day1.log',
				'--id',
				`tests/test_b.py::${id}`,
				'--category',
				'BUG',
			],
			{cwd: folder, encoding: 'utf8', env: {...process.env, TRIAGE_STORE: ''}},
		);
		expect(decided.status, decided.stderr).toBe(0);
	}

	return folder;
}

test('the review says how many decisions found no failure in a run whose tests moved', async () => {
	const folder = folderWithDecisions();
	const session = await openSession({
		logs: [path.join(folder, 'day2.log')],
		triage: path.join(folder, 'triage.jsonl'),
		history: false,
	});
	await session.close();
	expect(noticeOf(session, [])?.text).toContain(
		'3 earlier decisions found no failure in this run (on tests it does not name: renamed or moved?); triage report lists them',
	);
	// News, not an error (QA 44): alone, it wears no ✗; with a conflict beside it, the line is an error again.
	expect(noticeOf(session, [])?.tone).toBe('info');
	expect(noticeOf(session, ['a conflict'])?.tone).toBe('error');

	// Day 1 itself: every decision finds its failure, nothing to say.
	const first = await openSession({
		logs: [path.join(folder, 'day1.log')],
		triage: path.join(folder, 'triage.jsonl'),
		history: false,
	});
	await first.close();
	expect(noticeOf(first, [])?.text ?? '').not.toContain('found no failure');
});

test('a decided test that passes in the new run is no notice in the review (triage report lists it)', async () => {
	const folder = folderWithDecisions();
	fs.copyFileSync(
		path.join(fixtures, 'day2-fixed.log'),
		path.join(folder, 'day2-fixed.log'),
	);
	const session = await openSession({
		logs: [path.join(folder, 'day2-fixed.log')],
		triage: path.join(folder, 'triage.jsonl'),
		history: false,
	});
	await session.close();
	expect(noticeOf(session, [])?.text ?? '').not.toContain('found no failure');
});

test('triage report lists the decisions that found no failure, and what the run says of each test', () => {
	const folder = folderWithDecisions();
	const report = spawnSync(
		process.execPath,
		[cli, 'report', 'day2.log', '--no-history'],
		{cwd: folder, encoding: 'utf8', env: {...process.env, TRIAGE_STORE: ''}},
	);
	expect(report.status, report.stderr).toBe(0);
	const lines = report.stdout.split('\n');
	const start = lines.findIndex(line =>
		line.startsWith('DECISIONS WITH NO FAILURE IN THIS RUN (3'),
	);
	expect(start).toBeGreaterThan(-1);
	expect(lines.slice(start + 2, start + 5)).toEqual([
		expect.stringMatching(
			/^ {2}tests\/test_b\.py::test_one {3}BUG · not in this run · decided \d{4}-\d\d-\d\d$/,
		),
		expect.stringMatching(
			/^ {2}tests\/test_b\.py::test_two {3}BUG · not in this run/,
		),
		expect.stringMatching(
			/^ {2}tests\/test_b\.py::test_three {3}BUG · not in this run/,
		),
	]);
});

test('a decided test that passes now is said to pass; one the run does not name, not to be in it', async () => {
	const run = await readLog(path.join(fixtures, 'day2.log'));
	const decision = (id: string) => ({
		id,
		category: 'BUG',
		priority: 'HIGH',
		note: '',
		at: '2026-01-01T00:00:00.000Z',
	});
	const unmatched = unmatchedDecisions(
		run,
		new Map([
			[
				'tests/sub/test_b.py::test_three',
				decision('tests/sub/test_b.py::test_three'),
			],
			[
				'tests/sub/test_b.py::test_one',
				decision('tests/sub/test_b.py::test_one'),
			],
			['tests/gone.py::test_x', decision('tests/gone.py::test_x')],
		]),
	);
	expect(
		unmatched.map(({decision, outcome}) => [decision.id, outcome]),
	).toEqual([
		['tests/sub/test_b.py::test_three', 'passed'],
		['tests/gone.py::test_x', undefined],
	]);
	expect(unmatchedLine(unmatched)).toBe(
		'2 earlier decisions found no failure in this run (1 on tests it does not name: renamed or moved?); triage report lists them',
	);
});
