import {describe, expect, test} from 'vitest';
import {
	groupRuns,
	runsOfLog,
	sharedShardTests,
	unrelatedRuns,
} from '../../source/runs/group.js';
import {readLogSessions} from '../../source/log/read.js';
import type {Run} from '../../source/log/model.js';
import {makeRun} from '../classify/make-run.js';

const sessions = 'fixtures/sessions';

function withHeader(run: Run, header: Partial<Run['header']>): Run {
	return {...run, header: {...run.header, ...header}};
}

describe('groupRuns', () => {
	test('two real shard logs of one run: one run holding every failure of both', async () => {
		const first = await readLogSessions(`${sessions}/shard-1.log`);
		const second = await readLogSessions(`${sessions}/shard-2.log`);
		const runs = groupRuns([
			{log: 'shard-1.log', sessions: first},
			{log: 'shard-2.log', sessions: second},
		]);
		expect(runs).toHaveLength(1);
		const [run] = runs;
		expect(run!.shards).toEqual([
			`${sessions}/shard-1.log`,
			`${sessions}/shard-2.log`,
		]);
		const failing = new Set([
			...first[0]!.failures.map(failure => failure.id),
			...second[0]!.failures.map(failure => failure.id),
		]);
		expect(first[0]!.failures.length).toBeGreaterThan(0);
		expect(second[0]!.failures.length).toBeGreaterThan(0);
		expect(new Set(run!.failures.map(failure => failure.id))).toEqual(failing);
		expect(run!.counts.failed).toBe(
			first[0]!.counts.failed + second[0]!.counts.failed,
		);
		expect(run!.counts.passed).toBe(
			first[0]!.counts.passed + second[0]!.counts.passed,
		);
		expect(run!.complete).toBe(true);
	});

	test('a real log of pytest then pytest --lf: one run, the second session its re-run', async () => {
		const read = await readLogSessions(`${sessions}/two-sessions.log`);
		expect(read).toHaveLength(2);
		const runs = runsOfLog(read);
		expect(runs).toHaveLength(1);
		const [run] = runs;
		// The run's own failures are the first session's, never merged with the second's.
		expect(run!.failures.map(failure => failure.id)).toEqual(
			read[0]!.failures.map(failure => failure.id),
		);
		expect(run!.counts).toEqual(read[0]!.counts);
		const retried = new Map(
			run!.retries!.map(retry => [retry.id, retry.outcome]),
		);
		expect(retried.get('tests/test_b.py::test_flaky_service')).toBe('passed');
		expect(run!.retries!.every(retry => retry.attempt === 1)).toBe(true);
	});

	test('shards of a million-failure run merge: more failures than a call takes arguments', () => {
		const shard = (name: string) => {
			const run = makeRun(`${name}.log`, {[`${name}.py::a`]: 'failed'});
			const [failure] = run.failures;
			return {
				...run,
				failures: Array.from({length: 150_000}, () => failure!),
			};
		};

		const runs = groupRuns([
			{log: 'one.log', sessions: [shard('one')]},
			{log: 'two.log', sessions: [shard('two')]},
		]);
		expect(runs).toHaveLength(1);
		expect(runs[0]!.failures).toHaveLength(300_000);
	});

	test('logs that share tests are successive runs, oldest first', () => {
		const day1 = makeRun('day1.log', {
			't.py::a': 'failed',
			't.py::b': 'passed',
		});
		const day2 = makeRun('day2.log', {
			't.py::a': 'passed',
			't.py::b': 'failed',
		});
		const runs = groupRuns([
			{log: 'day1.log', sessions: [day1]},
			{log: 'day2.log', sessions: [day2]},
		]);
		expect(runs.map(run => run.source)).toEqual(['day1.log', 'day2.log']);
	});

	test('disjoint logs with different rootdirs are not shards', () => {
		const a = withHeader(makeRun('a.log', {'a.py::x': 'failed'}), {
			rootdir: '/work/one',
		});
		const b = withHeader(makeRun('b.log', {'b.py::y': 'failed'}), {
			rootdir: '/work/two',
		});
		const runs = groupRuns([
			{log: 'a.log', sessions: [a]},
			{log: 'b.log', sessions: [b]},
		]);
		expect(runs).toHaveLength(2);
	});

	test('successive runs of two rootdirs that share no test: one line naming both logs and rootdirs', () => {
		const a = withHeader(makeRun('a.log', {'a.py::x': 'failed'}), {
			rootdir: '/work/one',
		});
		const b = withHeader(makeRun('b.log', {'b.py::y': 'failed'}), {
			rootdir: '/work/two',
		});
		const lines = unrelatedRuns(
			groupRuns([
				{log: 'a.log', sessions: [a]},
				{log: 'b.log', sessions: [b]},
			]),
		);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toContain('b.log ran in /work/two and a.log in /work/one');
		expect(lines[0]).toContain('share no test');
		// A suite that moved keeps its tests; one rootdir unknown, or the same, says nothing either.
		const moved = withHeader(makeRun('c.log', {'a.py::x': 'passed'}), {
			rootdir: '/work/two',
		});
		expect(unrelatedRuns([a, moved])).toEqual([]);
		expect(unrelatedRuns([a, withHeader(b, {rootdir: '/work/one'})])).toEqual(
			[],
		);
		expect(unrelatedRuns([a, makeRun('d.log', {'b.py::y': 'failed'})])).toEqual(
			[],
		);
	});

	test('day 1 and the two shards of day 2: two runs, the second merged', () => {
		const day1 = makeRun('day1.log', {
			'a.py::x': 'failed',
			'b.py::y': 'passed',
		});
		const shard1 = makeRun('s1.log', {'a.py::x': 'passed'});
		const shard2 = makeRun('s2.log', {'b.py::y': 'failed'});
		const runs = groupRuns([
			{log: 'day1.log', sessions: [day1]},
			{log: 's1.log', sessions: [shard1]},
			{log: 's2.log', sessions: [shard2]},
		]);
		expect(runs.map(run => run.source)).toEqual([
			'day1.log',
			's1.log + s2.log',
		]);
		expect(runs[1]!.failures.map(failure => failure.id)).toEqual(['b.py::y']);
	});

	test('--runs and --shards force either reading', () => {
		const a = makeRun('a.log', {'a.py::x': 'failed'});
		const b = makeRun('b.log', {'b.py::y': 'failed'});
		const c = makeRun('c.log', {'a.py::x': 'passed'});
		const logs = [
			{log: 'a.log', sessions: [a]},
			{log: 'b.log', sessions: [b]},
		];
		expect(groupRuns(logs, 'runs')).toHaveLength(2);
		expect(
			groupRuns([...logs, {log: 'c.log', sessions: [c]}], 'shards').map(
				run => run.source,
			),
		).toEqual(['a.log + b.log + c.log']);
	});

	test('--shards on logs that share tests: one line saying their totals count them twice', () => {
		const day1 = makeRun('day1.log', {
			'a.py::x': 'failed',
			'b.py::y': 'passed',
		});
		const day2 = makeRun('day2.log', {
			'a.py::x': 'passed',
			'b.py::y': 'passed',
		});
		const shard = makeRun('s3.log', {'c.py::z': 'passed'});
		const logs = [
			{log: 'day1.log', sessions: [day1]},
			{log: 'day2.log', sessions: [day2]},
			{log: 's3.log', sessions: [shard]},
		];
		expect(groupRuns(logs, 'shards')[0]!.tests.length).toBe(5);
		expect(sharedShardTests(logs)).toEqual([
			{
				run: 0,
				message:
					'--shards: day1.log + day2.log + s3.log share 2 tests, so they are not shards of one run and the totals count them more than once (not recorded in the run history); without --shards they are read as successive runs',
			},
		]);
		// Real shards: nothing to say.
		const a = makeRun('a.log', {'a.py::x': 'failed'});
		const b = makeRun('b.log', {'b.py::y': 'failed'});
		expect(
			sharedShardTests([
				{log: 'a.log', sessions: [a]},
				{log: 'b.log', sessions: [b]},
			]),
		).toEqual([]);
	});

	test('pytest-split markers decide; a missing group makes the run incomplete', () => {
		const one = withHeader(makeRun('g1.log', {'a.py::x': 'failed'}), {
			shard: {group: 1, of: 3},
		});
		const three = withHeader(makeRun('g3.log', {'c.py::z': 'passed'}), {
			shard: {group: 3, of: 3},
		});
		const runs = groupRuns([
			{log: 'g1.log', sessions: [one]},
			{log: 'g3.log', sessions: [three]},
		]);
		expect(runs).toHaveLength(1);
		expect(runs[0]!.complete).toBe(false);
		expect(runs[0]!.warnings.at(-1)!.message).toMatch(
			/shard group 2 of 3 not given/,
		);
	});

	test('a session whose tests all failed in the run before is its retry, without --lf', () => {
		const first = makeRun('ci.log', {
			'a.py::x': 'failed',
			'a.py::y': 'failed',
			'a.py::z': 'passed',
		});
		const retry = makeRun('ci.log', {'a.py::x': 'passed', 'a.py::y': 'failed'});
		const third = makeRun('ci.log', {'a.py::x': 'passed', 'a.py::z': 'passed'});
		const runs = runsOfLog([first, retry, third]);
		expect(runs).toHaveLength(2);
		expect(runs[0]!.retries!.map(result => result.id)).toEqual([
			'a.py::x',
			'a.py::y',
		]);
	});
});
