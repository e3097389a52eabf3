/**
A console log and the JUnit XML pytest wrote in the same run, given together: one run, over every real pair in
fixtures/real/, and two runs when anything says they are not one.
*/
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import type {Counts, Run} from '../../source/log/model.js';
import {groupRuns, type GroupMode} from '../../source/runs/group.js';
import {readLogs} from '../../source/runs/read-logs.js';
import {
	ClockReader,
	consoleClock,
	xmlClock,
} from '../../source/runs/run-clock.js';
import {whyNotSameRun} from '../../source/runs/same-run.js';

const real = 'fixtures/real';
const now = () => new Date('2026-12-03T09:00:00Z');

function fileOf(folder: string, name: string, root = real): string {
	const plain = path.join(root, folder, name);
	return fs.existsSync(plain) ? plain : `${plain}.gz`;
}

async function runsOf(
	files: readonly string[],
	mode: GroupMode = 'auto',
): Promise<Run[]> {
	const {logs} = await readLogs({logs: files, hash: false, now});
	return groupRuns(logs, mode);
}

const pairs = fs
	.readdirSync(real)
	.filter(name => fs.existsSync(path.join(real, name, 'meta.json')))
	.toSorted();

describe('a console log and its own JUnit XML', () => {
	test('there are real pairs to read', () => {
		expect(pairs.length).toBeGreaterThanOrEqual(9);
	});

	test.each(pairs)(
		'%s: one run, named for the log, its counts pytest’s own, every test once',
		async folder => {
			const meta = JSON.parse(
				fs.readFileSync(path.join(real, folder, 'meta.json'), 'utf8'),
			) as {counts: Counts};
			const log = fileOf(folder, 'run.log');
			const xml = fileOf(folder, 'run.xml');
			for (const order of [
				[log, xml],
				[xml, log],
			]) {
				const runs = await runsOf(order);
				expect(runs).toHaveLength(1);
				const [run] = runs;
				expect(run!.source).toBe(log);
				expect(run!.junitXml).toBe(xml);
				expect(run!.format).toBe('pytest');
				expect(run!.shards).toEqual([log, xml]);
				expect(run!.counts).toEqual(meta.counts);
				const reports = new Set<string>();
				for (const result of run!.tests) {
					const key = `${result.id} ${result.phase} ${result.outcome}`;
					expect(reports.has(key)).toBe(false);
					reports.add(key);
				}
			}
		},
	);

	test.each([
		[
			'traps',
			'escapes-p9-v-ascii',
			'a console that escapes non-ASCII text (Z\\xfcrich)',
		],
		[
			'traps',
			'headlines-p9-v',
			'an exception group the XML names by its sub-exception',
		],
		[
			'pytest7-plugins',
			'crashv',
			'an xdist worker crash: FAILED in the log, a setup error in the XML',
		],
		[
			'networkx-injected',
			'n2v',
			'passes followed by a teardown error: one error testcase each',
		],
		[
			'sympy-injected',
			'q',
			'a -q log that names fewer reports of a test than the XML',
		],
	])('%s/%s: one run (%s)', async (root, folder) => {
		const base = path.join('fixtures', root);
		const runs = await runsOf([
			fileOf(folder, 'run.log', base),
			fileOf(folder, 'run.xml', base),
		]);
		expect(runs).toHaveLength(1);
		expect(runs[0]!.junitXml).toBe(fileOf(folder, 'run.xml', base));
	});

	test('a -q log names only its failures: the XML names the rest, with durations', async () => {
		const folder = 'networkx-q-deprecation-errors';
		const [alone] = await runsOf([fileOf(folder, 'run.log')]);
		const [run] = await runsOf([
			fileOf(folder, 'run.log'),
			fileOf(folder, 'run.xml'),
		]);
		expect(alone!.tests.length).toBeLessThan(10);
		expect(run!.tests.length).toBe(5168);
		expect(run!.failures.map(failure => failure.traceback)).toEqual(
			alone!.failures.map(failure => failure.traceback),
		);
		const timed = [...run!.tests].filter(
			result => result.duration !== undefined,
		);
		expect(timed.length).toBeGreaterThan(5000);
	});

	test('the log’s XPASS stays an XPASS (a passing testcase in the XML)', async () => {
		const folder = 'numpy2-pytest9-memlimit-tb-long';
		const [run] = await runsOf([
			fileOf(folder, 'run.log'),
			fileOf(folder, 'run.xml'),
		]);
		const outcomes = [...run!.tests]
			.filter(
				result =>
					result.id ===
					'tests/test_arraypad.py::TestLinearRamp::test_object_array',
			)
			.map(result => result.outcome);
		expect(outcomes).toEqual(['xpassed']);
	});

	test('--runs forces two runs; --shards still joins the pair', async () => {
		const folder = 'redis-py-killed-tb-short';
		const files = [fileOf(folder, 'run.log'), fileOf(folder, 'run.xml')];
		expect(await runsOf(files, 'runs')).toHaveLength(2);
		const shards = await runsOf(files, 'shards');
		expect(shards).toHaveLength(1);
		expect(shards[0]!.junitXml).toBe(files[1]);
	});

	test('two days of one suite, alike in every outcome and count, stay two runs: the durations differ', async () => {
		// The same tests, the same 44 failures with the same messages, on two days.
		const log = fileOf('jinja-skew-tb-short', 'run.log');
		const xml = fileOf('jinja-skew-tb-long-lc-all-c', 'run.xml');
		const {logs} = await readLogs({logs: [log, xml], hash: false, now});
		const [first, second] = logs;
		expect(
			whyNotSameRun(
				{run: first!.sessions[0]!, clock: first!.clock},
				{run: second!.sessions[0]!, clock: second!.clock},
			),
		).toBe("the log took 14.43s, the XML's testsuite 16.079s");
		// Without the durations, a message that differs between the days tells them apart.
		expect(
			whyNotSameRun({run: first!.sessions[0]!}, {run: second!.sessions[0]!}),
		).toBe(
			'tests/test_async.py::TestAsyncForLoop::test_loop_errors[trio]: another error in the XML',
		);
		expect(await runsOf([log, xml])).toHaveLength(2);
	});

	test('pairs are made of neighbours: day 1’s log and XML, then day 2’s, are two runs', async () => {
		const files = [
			'jinja-skew-tb-short',
			'jinja-skew-tb-long-lc-all-c',
		].flatMap(folder => [fileOf(folder, 'run.log'), fileOf(folder, 'run.xml')]);
		const runs = await runsOf(files);
		expect(runs.map(run => [run.source, run.junitXml])).toEqual([
			[files[0], files[1]],
			[files[2], files[3]],
		]);
	});

	test('a test with another outcome, or another count, is another run', async () => {
		const folder = 'redis-py-killed-tb-short';
		const {logs} = await readLogs({
			logs: [fileOf(folder, 'run.log'), fileOf(folder, 'run.xml')],
			hash: false,
			now,
		});
		const log = {run: logs[0]!.sessions[0]!};
		const xml = {run: logs[1]!.sessions[0]!};
		expect(whyNotSameRun(log, xml)).toBeUndefined();
		const counts = {...xml.run.counts, failed: xml.run.counts.failed + 1};
		// A failure and an error are one class (33 failed + 132 errors).
		expect(whyNotSameRun(log, {run: {...xml.run, counts}})).toBe(
			'failed: 165 in the log, 166 in the XML',
		);
		// pytest 7 prints its final line within a second of writing the XML; pytest 9 can take seconds more.
		const slow = {run: log.run, clock: {seconds: 500}};
		expect(whyNotSameRun(slow, {...xml, clock: {seconds: 482.659}})).toBe(
			"the log took 500s, the XML's testsuite 482.659s",
		);
		expect(
			whyNotSameRun(
				{
					...slow,
					run: {...log.run, header: {...log.run.header, pytest: '9.0.3'}},
				},
				{...xml, clock: {seconds: 482.659}},
			),
		).toBeUndefined();
		expect(
			whyNotSameRun(
				{
					...slow,
					run: {...log.run, header: {...log.run.header, pytest: '9.0.3'}},
				},
				{...xml, clock: {seconds: 540}},
			),
		).toBe("the log took 500s, the XML's testsuite 540s");
		const failure = log.run.failures[0]!;
		const changed = {
			...log.run,
			failures: [
				{
					...failure,
					headline: failure.headline.replace(/:.*$/, ': another message'),
				},
				...log.run.failures.slice(1),
			],
		};
		expect(whyNotSameRun({run: changed}, xml)).toBe(
			`${failure.id}: another error in the XML`,
		);
	});
});

describe('a run’s clock', () => {
	test('read from the content in chunks of any size: the last final line, the first testsuite', () => {
		const log = Buffer.from(
			`${'x'.repeat(40_000)}\n= 1 failed, 2 passed in 9.99s =\n${'PASSED a\n'.repeat(3000)}= 3 failed, 1 passed in 12.50s (0:00:12) =\n`,
		);
		for (const size of [1, 7, 4096, 100_000]) {
			const reader = new ClockReader();
			for (let start = 0; start < log.length; start += size) {
				reader.update(log.subarray(start, start + size));
			}

			expect(reader.finish()).toEqual({seconds: 12.5});
		}

		const xml = new ClockReader();
		for (const part of [
			'<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" ',
			'time="3.250" timestamp="2026-11-23T23:46:59" hostname="ci-7"><testcase/></testsuite></testsuites>',
		]) {
			xml.update(Buffer.from(part));
		}

		expect(xml.finish()).toEqual({
			seconds: 3.25,
			startedAt: '2026-11-23T23:46:59',
			hostname: 'ci-7',
			// No zone, as pytest before 8 writes it: this machine's local time.
			endedAt: new Date(
				new Date(2026, 10, 23, 23, 46, 59).getTime() + 3250,
			).toISOString(),
		});
	});

	test('the final line’s duration, the testsuite’s time, timestamp and hostname', () => {
		expect(
			consoleClock(
				'x\n\u001B[31m= 33 failed, 812 passed, 5 warnings, 132 errors in 482.72s (0:08:02) =\u001B[0m\n',
			),
		).toEqual({seconds: 482.72});
		expect(consoleClock('collected 3 items\n')).toEqual({});
		expect(
			xmlClock(
				'<testsuite name="pytest" errors="0" time="482.659" timestamp="2026-11-23T23:46:59.371907" hostname="vm">',
			),
		).toEqual({
			seconds: 482.659,
			startedAt: '2026-11-23T23:46:59.371907',
			hostname: 'vm',
			endedAt: new Date(
				new Date(2026, 10, 23, 23, 46, 59, 371).getTime() + 482_659,
			).toISOString(),
		});
	});
});
