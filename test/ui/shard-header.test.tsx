/**
Shards given each with the JUnit XML pytest wrote beside its log are as many shards as logs, not files: the
header names the console logs and says that their XML came with them.
*/
import {expect, test} from 'vitest';
import {readLogs} from '../../source/runs/read-logs.js';
import {groupRuns} from '../../source/runs/group.js';
import {fixtureOf, frame, press, renderReview} from './helpers.js';

const sessions = 'fixtures/sessions';

async function runOf(names: readonly string[]) {
	const {logs} = await readLogs({
		logs: names.map(name => `${sessions}/${name}`),
		hash: false,
		now: () => new Date('2026-12-03T09:00:00Z'),
	});
	const runs = groupRuns(logs);
	expect(runs).toHaveLength(1);
	return runs[0]!;
}

test('two shards each with its XML: the header says 2 shards and their JUnit XML, the summary names each pair', async () => {
	const run = await runOf([
		'shard-1.log',
		'shard-1.xml',
		'shard-2.log',
		'shard-2.xml',
	]);
	const app = await renderReview(
		fixtureOf([run]),
		{},
		{rows: 80, columns: 240},
	);
	const [top] = frame(app).split('\n');
	expect(top).toMatch(
		/^shard-1\.log \+ shard-2\.log \(2 shards and their JUnit XML\) · complete · /,
	);
	await press(app, 's');
	expect(frame(app)).toContain(
		`this run: 2 shards merged (${sessions}/shard-1.log and its JUnit XML ${sessions}/shard-1.xml, ${sessions}/shard-2.log and its JUnit XML ${sessions}/shard-2.xml)`,
	);
	app.unmount();
});

test('one of two shards with its XML: the header counts 2 shards, 1 with its JUnit XML', async () => {
	const run = await runOf(['shard-1.log', 'shard-2.log', 'shard-2.xml']);
	const app = await renderReview(
		fixtureOf([run]),
		{},
		{rows: 40, columns: 160},
	);
	const [top] = frame(app).split('\n');
	expect(top).toMatch(
		/^shard-1\.log \+ shard-2\.log \(2 shards, 1 with its JUnit XML\) · /,
	);
	app.unmount();
});

test('shards compared with earlier runs: one parenthesis says both, where two stood side by side (QA 44)', async () => {
	const earlier = await runOf(['shard-1.log', 'shard-2.log']);
	const run = await runOf(['shard-1.log', 'shard-2.log']);
	const app = await renderReview(
		fixtureOf([{...earlier, historyId: 4}, run]),
		{},
		{rows: 40, columns: 160},
	);
	const [top] = frame(app).split('\n');
	// Before: `shard-1.log + shard-2.log (2 shards) (2 runs, 1 from history) · complete`.
	expect(top).toMatch(
		/^shard-1\.log \+ shard-2\.log \(2 shards; 2 runs, 1 from history\) · complete · /,
	);
	app.unmount();
});
