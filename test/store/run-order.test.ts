/**
Runs recorded on two machines and copied together (`triage store push`, `pull`) keep the order they ran in:
the history lists them oldest first, and the run diff reads the runs before a run in that order, whatever
ids the rows got where they landed.
*/

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {openSession, type Session} from '../../source/session.js';
import {openStoreHistory} from '../../source/store/history.js';
import {pullFromStore, pushToStore} from '../../source/store/sync.js';
import {HistoryStore} from '../../source/runs/history/store.js';
import {historyPathOf} from '../../source/runs/history/use.js';
import {junitXml} from '../runs/junit-days.js';
import {serverForTests} from './server.js';

const server = await serverForTests('run-order');

const demo = path.resolve('fixtures/demo');
const [day1, day2, day3] = ['run-1.log', 'run-2.log', 'run-3.log'].map(log =>
	path.join(demo, log),
) as [string, string, string];
let clock = Date.parse('2026-12-01T06:00:00Z');
const now = () => {
	clock += 60_000;
	return new Date(clock);
};

function temporaryFolder(): string {
	return fs.mkdtempSync(path.join(os.tmpdir(), 'triage-order-'));
}

/** Each failure's status and the length of its history, the fixed and the flaky tests. */
function diffOf(session: Session) {
	const {analysis} = session;
	return {
		failures: analysis.failures.map(item => [
			item.failure.id,
			item.status,
			item.history.map(entry => entry.outcome).join(' '),
		]),
		fixed: analysis.fixed.map(test => test.id),
		flaky: analysis.flaky.map(test => [test.id, test.flaky.flips]),
	};
}

async function session(
	logs: readonly string[],
	cwd: string,
	store?: string,
): Promise<Session> {
	const opened = await openSession({
		logs,
		cwd,
		now,
		grouping: 'runs',
		...(store !== undefined && {store}),
	});
	await opened.close();
	return opened;
}

function localRuns(folder: string): string[] {
	const store = HistoryStore.open(
		historyPathOf(path.join(folder, 'triage.jsonl')),
		{now, readonly: true},
	);
	const runs = store.list().map(run => path.basename(run.source));
	store.close();
	return runs;
}

describe.skipIf(!server)('runs of two machines, copied together', () => {
	test('the store and a pulled history list them as they ran, and the diff of day 3 reads days 1 and 2', async () => {
		// The diff of day 3 with days 1 and 2 before it, all recorded on one machine.
		const alone = temporaryFolder();
		await session([day1], alone);
		await session([day2], alone);
		const expected = diffOf(await session([day3], alone));
		expect(
			expected.failures.some(failure => String(failure[2]).includes(' ')),
		).toBe(true);

		// Ada records days 1 and 3, Bob day 2 in between; Ada pushes first.
		const ada = temporaryFolder();
		const bob = temporaryFolder();
		await session([day1], ada);
		await session([day2], bob);
		await session([day3], ada);
		const url = await server!.createDatabase();
		for (const folder of [ada, bob]) {
			await pushToStore({
				url,
				triagePath: path.join(folder, 'triage.jsonl'),
				who: path.basename(folder),
				now,
			});
		}

		const history = await openStoreHistory(url, {now});
		const listed = await history.list();
		await history.close();
		expect(listed.map(run => path.basename(run.source))).toEqual([
			'run-1.log',
			'run-2.log',
			'run-3.log',
		]);
		const team = temporaryFolder();
		expect(diffOf(await session([day3], team, url))).toEqual(expected);

		// Bob pulls days 1 and 3 into his history, which holds day 2 first.
		await pullFromStore({
			url,
			triagePath: path.join(bob, 'triage.jsonl'),
			who: 'bob',
			now,
		});
		expect(localRuns(bob)).toEqual(['run-1.log', 'run-2.log', 'run-3.log']);
		expect(diffOf(await session([day3], bob))).toEqual(expected);

		// The three days given in the order they ran: no warning that they were recorded in another order.
		for (const store of [url, undefined]) {
			const opened = await session([day1, day2, day3], bob, store);
			expect(opened.warnings).toEqual([]);
			const reversed = await session([day2, day1, day3], bob, store);
			expect(reversed.warnings).toEqual([
				'the logs given were recorded in another order before: read as given, oldest first (the history keeps its own order)',
			]);
		}
	});
});

describe.skipIf(!server)('a log that says when it ran, on a store', () => {
	test('last week’s JUnit XML recorded after this week’s is the older run there too', async () => {
		const folder = temporaryFolder();
		const write = (name: string, content: string) => {
			const file = path.join(folder, name);
			fs.writeFileSync(file, content);
			return file;
		};

		const lastWeek = write(
			'last-week.xml',
			junitXml('2026-11-20T08:00:00+00:00', ['test_a']),
		);
		const thisWeek = write(
			'this-week.xml',
			junitXml('2026-11-27T08:00:00+00:00', ['test_b']),
		);
		const url = await server!.createDatabase();
		await session([thisWeek], folder, url);
		await session([lastWeek], folder, url);
		const history = await openStoreHistory(url, {now});
		const listed = await history.list();
		await history.close();
		expect(
			listed.map(run => `${path.basename(run.source)} ${run.recordedAt}`),
		).toEqual([
			'last-week.xml 2026-11-20T08:00:12.500Z',
			'this-week.xml 2026-11-27T08:00:12.500Z',
		]);
		const reopened = await session([thisWeek], folder, url);
		expect(
			reopened.analysis.failures.map(item => [item.failure.id, item.status]),
		).toEqual([['tests/test_day.py::test_b', 'new']]);
		expect(reopened.analysis.fixed.map(test => test.id)).toEqual([
			'tests/test_day.py::test_a',
		]);
	});
});
