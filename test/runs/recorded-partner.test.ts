/**
A console log and the JUnit XML pytest wrote in the same run, recorded by two commands (`triage history record
run.log`, then `… run.xml`), were two runs: `triage history` listed both, the XML first (its timestamp is its
end), and the log's run was judged against its own XML (every failure "still failing", never "new"). Read alone
now, either finds the other among the runs recorded last, and the two are one run, recorded in the lone one's
place (QA 32, real pytest runs recorded with the built CLI).
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {HistoryStore} from '../../source/runs/history/store.js';
import {historyPathOf} from '../../source/runs/history/use.js';
import {openSession} from '../../source/session.js';

let folder: string;
let clock = Date.parse('2026-12-05T10:00:00Z');
const now = () => {
	clock += 60_000;
	return new Date(clock);
};

beforeEach(() => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-partner-'));
	fs.copyFileSync('fixtures/pytest9/v/run.log', path.join(folder, 'run.log'));
	fs.writeFileSync(
		path.join(folder, 'run.xml'),
		zlib.gunzipSync(fs.readFileSync('fixtures/pytest9/v/run.xml.gz')),
	);
});
afterEach(() => {
	fs.rmSync(folder, {recursive: true, force: true});
});

async function read(log: string) {
	const session = await openSession({
		logs: [path.join(folder, log)],
		cwd: folder,
		now,
	});
	await session.close();
	return session;
}

function recorded() {
	const store = HistoryStore.open(
		historyPathOf(path.join(folder, 'triage.jsonl')),
		{now, readonly: true},
	);
	const runs = store
		.list()
		.map(run => run.logs.map(log => path.basename(log)).join(' + '));
	store.close();
	return runs;
}

test.each([
	['run.log', 'run.xml'],
	['run.xml', 'run.log'],
])(
	'%s recorded, then %s alone: one run, judged against no earlier run',
	async (first, second) => {
		await read(first);
		expect(recorded()).toEqual([first]);
		const session = await read(second);
		expect(recorded()).toEqual(['run.log + run.xml']);
		expect(session.runs).toHaveLength(1);
		expect(session.runs[0]!.junitXml).toBeDefined();
		expect(session.warnings).toContainEqual(
			expect.stringContaining('recorded as one run in its place'),
		);
		// Against no earlier run (the review says "only run known"): not every failure "still failing" against itself.
		expect(new Set(session.analysis.failures.map(item => item.status))).toEqual(
			new Set(['new']),
		);
		// Read alone again, either is that run.
		const again = await read(first);
		expect(again.warnings.join('\n')).not.toContain('one run with');
		expect(recorded()).toEqual(['run.log + run.xml']);
	},
);

test('an XML that disagrees with the log recorded before (another run) stays a run of its own', async () => {
	const text = fs.readFileSync(path.join(folder, 'run.log'), 'utf8');
	fs.writeFileSync(
		path.join(folder, 'other.log'),
		text.replaceAll('should be four', 'should be five'),
	);
	expect(text).toContain('should be four');
	await read('other.log');
	const session = await read('run.xml');
	expect(recorded().toSorted()).toEqual(['other.log', 'run.xml']);
	expect(session.runs[0]!.junitXml).toBeUndefined();
});

test('a console log last written a day before its XML ended (the day before, the XML of today) stays a run of its own', async () => {
	const xml = fs.readFileSync(path.join(folder, 'run.xml'), 'utf8');
	const timestamp = /timestamp="([^"]+)"/.exec(xml)![1]!;
	const dayBefore = new Date(Date.parse(timestamp) - 86_400_000);
	fs.utimesSync(path.join(folder, 'run.log'), dayBefore, dayBefore);
	await read('run.log');
	const session = await read('run.xml');
	expect(recorded().toSorted()).toEqual(['run.log', 'run.xml']);
	expect(session.runs[0]!.junitXml).toBeUndefined();
});

test('the history lists only the newest runs asked for, oldest first, each with its logs', async () => {
	const text = fs.readFileSync(path.join(folder, 'run.log'), 'utf8');
	for (const day of ['four', 'five', 'six']) {
		fs.writeFileSync(
			path.join(folder, `${day}.log`),
			text.replaceAll('should be four', `should be ${day}`),
		);

		await read(`${day}.log`);
	}

	const store = HistoryStore.open(
		historyPathOf(path.join(folder, 'triage.jsonl')),
		{now, readonly: true},
	);
	const names = (runs: ReturnType<HistoryStore['list']>) =>
		runs.map(run => run.logs.map(log => path.basename(log)).join(' + '));
	expect(names(store.list(2))).toEqual(['five.log', 'six.log']);
	expect(names(store.list())).toEqual(['four.log', 'five.log', 'six.log']);
	store.close();
});
