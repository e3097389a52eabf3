/**
A log that says when it ran (a JUnit XML's timestamp, a report log's times, a CI service's time before pytest's
final line) takes its place in the history by that time, not by when it was recorded: last week's log recorded
today is not the newest run, and the run diff of the newer run reads it as the run before.
*/

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {
	consoleClock,
	reportLogClock,
	xmlClock,
} from '../../source/runs/run-clock.js';
import {runStatusText} from '../../source/classify/history-text.js';
import {openSession, type Session} from '../../source/session.js';
import {HistoryStore} from '../../source/runs/history/store.js';
import {historyPathOf} from '../../source/runs/history/use.js';
import {junitXml} from './junit-days.js';

let folder: string;
let clock = Date.parse('2026-12-05T09:00:00Z');
const now = () => {
	clock += 60_000;
	return new Date(clock);
};

beforeEach(() => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-ran-at-'));
});

afterEach(() => {
	fs.rmSync(folder, {recursive: true, force: true});
});

function write(name: string, content: string): string {
	const file = path.join(folder, name);
	fs.writeFileSync(file, content);
	return file;
}

async function session(logs: readonly string[]): Promise<Session> {
	const opened = await openSession({logs, cwd: folder, now});
	await opened.close();
	return opened;
}

function listed(): string[] {
	const store = HistoryStore.open(
		historyPathOf(path.join(folder, 'triage.jsonl')),
		{now, readonly: true},
	);
	const runs = store
		.list()
		.map(run => `${path.basename(run.source)} ${run.recordedAt}`);
	store.close();
	return runs;
}

function statuses(opened: Session): string[] {
	return [
		...opened.analysis.failures.map(
			item =>
				`${item.failure.id.split('::')[1]!} ${runStatusText(item.status, opened.analysis.runs.length)}`,
		),
		...opened.analysis.fixed.map(test => `${test.id.split('::')[1]!} fixed`),
	];
}

describe('a run takes its place in the history by when it ran', () => {
	test('the clock of a JUnit XML, a report log and a CI-prefixed console log says when the run ended', () => {
		expect(
			xmlClock(
				'<testsuite name="pytest" time="12.5" timestamp="2026-11-20T10:00:00.250000+01:00" hostname="ci">',
			).endedAt,
		).toBe('2026-11-20T09:00:12.750Z');
		expect(
			consoleClock(
				'2026-11-20T09:00:12.1234567Z ============ 1 failed, 2 passed in 12.50s ============\n2026-11-20T09:00:13.0000000Z Post job cleanup.\n',
			),
		).toEqual({seconds: 12.5, endedAt: '2026-11-20T09:00:12.123Z'});
		expect(
			consoleClock('===== 1 failed, 2 passed in 12.50s =====\n').endedAt,
		).toBeUndefined();
		expect(
			reportLogClock(
				'{"nodeid": "t::a", "start": 1795597200.5, "stop": 1795597201.25, "$report_type": "TestReport"}\n{"exitstatus": 1, "$report_type": "SessionFinish"}\n',
			),
		).toEqual({endedAt: '2026-11-25T09:00:01.250Z'});
	});

	test('last week’s JUnit XML recorded after this week’s is the older run: history, new and fixed follow when they ran', async () => {
		const lastWeek = write(
			'last-week.xml',
			junitXml('2026-11-27T08:00:00+00:00', ['test_a']),
		);
		const thisWeek = write(
			'this-week.xml',
			junitXml('2026-12-04T08:00:00+00:00', ['test_b']),
		);

		// This week's run is recorded first; last week's log turns up (copied from CI) and is recorded after.
		expect(statuses(await session([thisWeek]))).toEqual([
			'test_b only run known',
		]);
		await session([lastWeek]);
		expect(listed()).toEqual([
			'last-week.xml 2026-11-27T08:00:12.500Z',
			'this-week.xml 2026-12-04T08:00:12.500Z',
		]);

		// Reopened, this week's run is judged against last week's: test_b is new, test_a fixed.
		expect(statuses(await session([thisWeek]))).toEqual([
			'test_b new',
			'test_a fixed',
		]);
		// Last week's run, reopened, has no run before it.
		expect(statuses(await session([lastWeek]))).toEqual([
			'test_a only run known',
		]);
	});

	test('logs given out of the order they ran are read as they ran, and say so', async () => {
		const thisWeek = write(
			'a-this-week.xml',
			junitXml('2026-12-04T08:00:00+00:00', ['test_b']),
		);
		const lastWeek = write(
			'b-last-week.xml',
			junitXml('2026-11-27T08:00:00+00:00', ['test_a']),
		);
		// As a glob gives them: this week's first.
		const opened = await session([thisWeek, lastWeek]);
		expect(opened.analysis.run.source).toBe(thisWeek);
		expect(statuses(opened)).toEqual(['test_b new', 'test_a fixed']);
		expect(opened.warnings).toContain(
			`the logs given are not in the order they ran (their times say so): read oldest first as they ran, the newest being ${thisWeek}`,
		);
		// Given in the order they ran: no warning.
		const inOrder = await session([lastWeek, thisWeek]);
		expect(inOrder.warnings).toEqual([]);
	});

	test('a log that says nothing of when it ran, given before a JUnit XML that does, stays the older run in the history', async () => {
		// Day 1 as a console log (no time in it), day 2 as the JUnit XML it wrote yesterday evening, read together
		// oldest first: the report says test_b is new and test_a fixed. Before, the log took the time it was recorded
		// (now, after the XML's), and every later command read day 1 as the newest run: day 2 had no run before it.
		const dayOne = write(
			'day-1.log',
			[
				'============================= test session starts ==============================',
				'collected 3 items',
				'',
				'tests/test_day.py::test_a FAILED',
				'tests/test_day.py::test_b PASSED',
				'tests/test_day.py::test_c PASSED',
				'',
				'=================================== FAILURES ===================================',
				'____________________________________ test_a ____________________________________',
				'tests/test_day.py:2: in test_a',
				'    assert 0',
				'E   assert 0',
				'=========================== short test summary info ============================',
				'FAILED tests/test_day.py::test_a - assert 0',
				'========================= 1 failed, 2 passed in 0.05s ==========================',
				'',
			].join('\n'),
		);
		const dayTwo = write(
			'day-2.xml',
			junitXml('2026-12-04T18:00:00+00:00', ['test_b']),
		);
		expect(statuses(await session([dayOne, dayTwo]))).toEqual([
			'test_b new',
			'test_a fixed',
		]);
		expect(listed()).toEqual([
			'day-1.log 2026-12-04T18:00:12.499Z',
			'day-2.xml 2026-12-04T18:00:12.500Z',
		]);
		// Day 2 alone, the next morning: still judged against day 1.
		expect(statuses(await session([dayTwo]))).toEqual([
			'test_b new',
			'test_a fixed',
		]);
	});

	test('so does one given before a JUnit XML recorded earlier on its own', async () => {
		const dayOne = write(
			'day-1.log',
			[
				'============================= test session starts ==============================',
				'collected 3 items',
				'',
				'tests/test_day.py::test_a FAILED',
				'tests/test_day.py::test_b PASSED',
				'tests/test_day.py::test_c PASSED',
				'',
				'========================= 1 failed, 2 passed in 0.05s ==========================',
				'',
			].join('\n'),
		);
		const dayTwo = write(
			'day-2.xml',
			junitXml('2026-12-04T18:00:00+00:00', ['test_b']),
		);
		await session([dayTwo]);
		await session([dayOne, dayTwo]);
		expect(listed()).toEqual([
			'day-1.log 2026-12-04T18:00:12.499Z',
			'day-2.xml 2026-12-04T18:00:12.500Z',
		]);
	});

	test('a log that says nothing of when it ran keeps the time it was recorded; one whose clock is ahead is recorded now', async () => {
		const plain = write(
			'plain.log',
			[
				'============================= test session starts ==============================',
				'collected 3 items',
				'',
				'tests/test_day.py::test_a PASSED',
				'tests/test_day.py::test_b PASSED',
				'tests/test_day.py::test_c PASSED',
				'',
				'============================== 3 passed in 0.05s ===============================',
				'',
			].join('\n'),
		);
		const ahead = write(
			'ahead.xml',
			junitXml('2030-01-01T00:00:00+00:00', ['test_c']),
		);
		await session([plain]);
		await session([ahead]);
		const [first, second] = listed();
		expect(first).toMatch(/^plain\.log 2026-12-05T09:/);
		expect(second).toMatch(/^ahead\.xml 2026-12-05T09:/);
	});
});
