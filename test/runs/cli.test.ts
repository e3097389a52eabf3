/**
The run history and the grouping of logs into runs, as a user meets them: the built CLI in a folder of
its own, the history on (the other CLI tests turn it off).
*/
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {parse} from 'csv-parse/sync';
import {afterAll, afterEach, beforeEach, describe, expect, test} from 'vitest';
import type {CsvColumn} from '../../source/csv.js';
import {runCli} from '../cli-helpers.js';

const sessions = path.resolve('fixtures/sessions');
const demo = path.resolve('fixtures/demo');
let cwd: string;

beforeEach(() => {
	cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-runs-'));
});

afterEach(() => {
	fs.rmSync(cwd, {recursive: true, force: true});
});

function triage(args: readonly string[], input?: string | Buffer) {
	return runCli(args, {
		cwd,
		env: {TRIAGE_HISTORY: ''},
		...(input === undefined ? {} : {input}),
	});
}

type JsonFailure = {id: string; phase: string; status: string};
type JsonDocument = {
	runs: Array<{
		source: string;
		shards?: string[];
		junitXml?: string;
		failures: JsonFailure[];
	}>;
	fixed: Array<{id: string}>;
	comparedWith: Array<{source: string; fromHistory: boolean}>;
	reruns: Array<{id: string; passedOnRerun: boolean; retries: string[]}>;
};

function json(args: readonly string[], input?: string): JsonDocument {
	const result = triage([...args, '--json', '-'], input);
	expect(result.stderr).toBe('');
	expect(result.status).toBe(0);
	return JSON.parse(result.stdout) as JsonDocument;
}

function csvRows(text: string): Array<Record<CsvColumn, string>> {
	return parse<Record<CsvColumn, string>>(text, {columns: true});
}

describe('shards', () => {
	test('two shard logs of one run: every failure of both, in CSV and JSON, one run', () => {
		const shard1 = path.join(sessions, 'shard-1.log');
		const shard2 = path.join(sessions, 'shard-2.log');
		const csv = triage(['export', shard1, shard2, '--csv', '-']);
		expect(csv.status).toBe(0);
		const ids = csvRows(csv.stdout).map(row => row['Node ID']);
		expect(ids).toEqual(
			expect.arrayContaining([
				'tests/test_a.py::test_mul_wrong',
				'tests/test_b.py::test_lookup_missing',
				'tests/test_c.py::TestParse::test_float_bad',
			]),
		);
		// Nothing of the first shard is called fixed: it is the same run.
		const document = json(['export', shard1, shard2]);
		expect(document.runs).toHaveLength(1);
		expect(document.runs[0]!.shards).toEqual([shard1, shard2]);
		expect(document.fixed).toEqual([]);
		expect(document.runs[0]!.failures.map(failure => failure.id)).toEqual(ids);
	});
});

describe('shards each given with its own JUnit XML', () => {
	test('are two shards, each with its XML, not four: in the report', () => {
		const files = ['shard-1.log', 'shard-1.xml', 'shard-2.log', 'shard-2.xml'];
		for (const name of files) {
			fs.copyFileSync(path.join(sessions, name), path.join(cwd, name));
		}

		const report = triage(['report', ...files]);
		expect(report.status).toBe(0);
		expect(report.stdout).toContain(
			'Shards: 2 merged into this run: shard-1.log and its JUnit XML shard-1.xml, shard-2.log and its JUnit XML shard-2.xml.',
		);
		expect(report.stdout).not.toContain('4 logs merged');
		// A shard given without its XML is named alone.
		const mixed = triage([
			'report',
			'shard-1.log',
			'shard-2.log',
			'shard-2.xml',
		]);
		expect(mixed.stdout).toContain(
			'Shards: 2 merged into this run: shard-1.log, shard-2.log and its JUnit XML shard-2.xml.',
		);
	});
});

describe('a console log and its own JUnit XML', () => {
	const real = path.resolve('fixtures/real');
	const day1 = ['run.log.gz', 'run.xml.gz'].map(name =>
		path.join(real, 'jinja-skew-tb-short', name),
	);
	const day2 = ['run.log.gz', 'run.xml.gz'].map(name =>
		path.join(real, 'jinja-skew-tb-long-lc-all-c', name),
	);

	test('one run, in either order, recorded once, compared with no earlier run of itself', () => {
		for (const logs of [day1, day1.toReversed(), day1]) {
			const document = json(['export', ...logs]);
			expect(document.runs).toHaveLength(1);
			expect(document.runs[0]).toMatchObject({
				source: day1[0],
				junitXml: day1[1],
			});
			expect(document.runs[0]!.shards).toBeUndefined();
			expect(document.comparedWith).toEqual([]);
		}

		const report = triage(['report', ...day1]);
		expect(report.stdout).toContain(
			`Read from ${day1[0]} and its JUnit XML ${day1[1]} (one run: pytest wrote both).`,
		);
		expect(report.stdout).not.toContain('Compared with');
		const list = triage(['history']).stdout;
		expect(list).toMatch(
			/^#1 .*run\.log\.gz and its JUnit XML .*run\.xml\.gz /m,
		);
		expect(list).toContain('1 run, oldest first');
		expect(triage(['record', ...day1]).stdout).toMatch(/^already recorded #1 /);
		// Either file read alone afterwards is that run too.
		for (const file of day1) {
			expect(triage(['record', file]).stdout).toMatch(/^already recorded #1 /);
		}

		expect(triage(['history']).stdout).toContain('1 run, oldest first');
	});

	test('logs given by kind (every log, then every XML): each log with its own XML, two runs', () => {
		const pairs = (document: ReturnType<typeof json>) =>
			document.runs.map((run: {source: string; junitXml?: string}) => [
				run.source,
				run.junitXml,
			]);
		for (const logs of [
			[day1[0]!, day2[0]!, day1[1]!, day2[1]!],
			[day1[1]!, day2[1]!, day1[0]!, day2[0]!],
			// One XML away from its log, another log between.
			[day1[0]!, day2[0]!, day1[1]!],
		]) {
			const document = json(['export', '--no-history', ...logs]);
			expect(pairs(document).slice(0, 1)).toEqual([day1]);
			expect(document.runs).toHaveLength(2);
			if (logs.length === 4) {
				expect(pairs(document)[1]).toEqual(day2);
			}
		}
	});

	test('day 1’s XML read alone, then day 2, then day 1’s pair: day 1 keeps its place', () => {
		triage(['record', day1[1]!]);
		triage(['record', ...day2]);
		triage(['record', ...day1]);
		const list = triage(['history']).stdout;
		expect(list).toMatch(/^#1 .*jinja-skew-tb-short.*and its JUnit XML/m);
		expect(list).toMatch(
			/^#2 .*jinja-skew-tb-long-lc-all-c.*and its JUnit XML/m,
		);
		expect(list).toContain('2 runs, oldest first');
		const document = json(['export', ...day2]);
		expect(document.comparedWith).toHaveLength(1);
	});

	test('--runs reads a log and its XML as two runs', () => {
		const document = json(['export', '--runs', ...day1, '--no-history']);
		expect(document.runs.map(run => run.source)).toEqual(day1);
	});
});

describe('shards and the history', () => {
	test('report --shards on two days of one suite: one warning line that the totals count shared tests twice', () => {
		const days = ['run-1.log', 'run-2.log'].map(log => path.join(demo, log));
		const forced = triage(['report', '--shards', ...days]);
		expect(forced.status).toBe(0);
		const warnings = forced.stderr
			.split('\n')
			.filter(line => line.includes('--shards'));
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(
			/^triage: warning: --shards: .*run-1\.log \+ .*run-2\.log share [\d,]+ tests, so they are not shards of one run and the totals count them more than once \(not recorded in the run history\); without --shards they are read as successive runs$/,
		);
		// Real shards: no such warning.
		const shards = ['shard-1.log', 'shard-2.log'].map(log =>
			path.join(sessions, log),
		);
		expect(triage(['report', '--shards', ...shards]).stderr).not.toContain(
			'--shards',
		);
	});

	test('--shards forced on two days of one suite records nothing: the days recorded before stay (one run of both took their place)', () => {
		const days = ['run-1.log', 'run-2.log'].map(log => path.join(demo, log));
		for (const day of days) {
			expect(triage(['record', day]).status).toBe(0);
		}

		expect(triage(['export', '--shards', ...days, '--csv', '-']).status).toBe(
			0,
		);
		const forced = triage(['record', '--shards', ...days]);
		expect(forced.status).toBe(1);
		expect(forced.stdout).toMatch(/^NOT recorded /);
		const listed = triage(['history']).stdout;
		expect(listed).toMatch(/^#1 .*run-1\.log /m);
		expect(listed).toMatch(/^#2 .*run-2\.log /m);
		expect(listed).toContain('2 runs, oldest first');
		expect(listed).not.toContain('+');
	});

	test('shards are one run whatever their order; the first shard read alone is replaced, not compared with', () => {
		const shard1 = path.join(sessions, 'shard-1.log');
		const shard2 = path.join(sessions, 'shard-2.log');
		// The first shard arrives before the other.
		triage(['report', shard1]);
		const both = json(['export', shard1, shard2]);
		expect(both.comparedWith).toEqual([]);
		// Compared with no earlier run: as the review says, the only run known.
		expect(
			both.runs[0]!.failures.every(
				failure => failure.status === 'only run known',
			),
		).toBe(true);
		const reversed = json(['export', shard2, shard1]);
		expect(reversed.comparedWith).toEqual([]);
		// In the first shard's place, so that the run keeps its day among the runs recorded after it.
		const list = triage(['history']).stdout;
		expect(list).toMatch(/^#1 .*2 shards: .*shard-1\.log \+ .*shard-2\.log/m);
		expect(list).not.toMatch(/^#2 /m);
		expect(list).toContain('1 run, oldest first');
	});

	test('shards recorded with their XML, then given again without it (or with some of it): that run, not a second one', () => {
		const file = (name: string) => path.join(sessions, name);
		expect(
			triage([
				'record',
				file('shard-1.log'),
				file('shard-1.xml'),
				file('shard-2.log'),
				file('shard-2.xml'),
			]).stdout,
		).toMatch(/^recorded #1 /);
		// The team lead's day 2 (tour 64): the shards' console logs read alone were stored a second time.
		for (const logs of [
			['shard-1.log', 'shard-2.log'],
			['shard-2.log', 'shard-1.log', 'shard-2.xml'],
			['shard-1.xml', 'shard-2.xml'],
		]) {
			expect(
				triage(['record', ...logs.map(name => file(name))]).stdout,
			).toMatch(/^already recorded #1 /);
		}

		const list = triage(['history']).stdout;
		expect(list).toContain('1 run, oldest first');
		// A shard of another run is not that run.
		expect(
			triage(['record', file('shard-1.log'), file('call-and-teardown.log')])
				.stdout,
		).toMatch(/^recorded #2 /);
	});

	test('--shards of logs holding two sessions each: two runs, each recorded once', () => {
		// Each session's shards hold tests of their own (shards that share tests are not recorded).
		const twoSessions = (first: string, second: string) =>
			Buffer.concat([
				fs.readFileSync(path.join(sessions, first)),
				fs.readFileSync(path.join(sessions, second)),
			]);
		fs.writeFileSync(
			path.join(cwd, 'a.log'),
			twoSessions('shard-1.log', 'call-and-teardown.log'),
		);
		fs.writeFileSync(
			path.join(cwd, 'b.log'),
			twoSessions('shard-2.log', 'pass-then-teardown-error.log'),
		);
		const first = triage(['record', '--shards', 'a.log', 'b.log']).stdout;
		expect(first).toMatch(/^recorded #1 a\.log \+ b\.log \(session 1\)/m);
		expect(first).toMatch(/^recorded #2 a\.log \+ b\.log \(session 2\)/m);
		const again = triage(['record', '--shards', 'a.log', 'b.log']).stdout;
		expect(again).toMatch(/^already recorded #1 .*\(session 1\)/m);
		expect(again).toMatch(/^already recorded #2 .*\(session 2\)/m);
		expect(triage(['history']).stdout).toContain('2 runs, oldest first');
	});

	test('day 1 on CI, day 2 in another checkout (another rootdir): the same suite, compared with day 1', () => {
		expect(triage(['record', path.join(demo, 'run-1.log')]).status).toBe(0);
		const laptop = path.join(cwd, 'run-2.log');
		const day2 = fs.readFileSync(path.join(demo, 'run-2.log'), 'utf8');
		expect(day2).toContain('rootdir: /home/ci/work/chaos-service');
		fs.writeFileSync(
			laptop,
			day2.replace(
				'rootdir: /home/ci/work/chaos-service',
				'rootdir: /Users/ana/src/chaos-service',
			),
		);
		const document = json(['export', laptop]);
		expect(document.comparedWith).toHaveLength(1);
		expect(
			document.runs
				.at(-1)!
				.failures.some(failure => failure.status === 'still failing'),
		).toBe(true);
	});

	test('runs of another suite (another rootdir) say nothing about this one', () => {
		triage(['report', path.join(sessions, 'two-sessions.log')]);
		const demoRun = json(['export', path.join(demo, 'run-1.log')]);
		expect(demoRun.comparedWith).toEqual([]);
		expect(
			demoRun.runs[0]!.failures.every(
				failure => failure.status === 'only run known',
			),
		).toBe(true);
	});
});

describe('a rules file with a broken rule', () => {
	test('record and history still work (they use no rule), with one warning; report still refuses it', () => {
		fs.writeFileSync(
			path.join(cwd, 'triage.rules.json'),
			JSON.stringify({
				rules: [
					{
						name: 'broken',
						match: {message: '('},
						category: 'BUG',
						priority: 'HIGH',
						reason: 'a pattern someone broke',
					},
				],
			}),
		);
		const log = path.join(demo, 'run-1.log');
		const recorded = triage(['record', log]);
		expect(recorded.status).toBe(0);
		expect(recorded.stdout).toContain('recorded #1');
		expect(recorded.stderr).toMatch(
			/^triage: warning: triage\.rules\.json: rules\[0] \("broken"\)\.match\.message: invalid pattern .*recorded all the same/,
		);
		const history = triage(['history']);
		expect(history.status).toBe(0);
		expect(history.stdout).toContain('1 run, oldest first');
		const report = triage(['report', log]);
		expect(report.status).toBe(2);
		expect(report.stderr).toContain('rules[0] ("broken")');
		// Its store still counts: a wrong one is an error for every command.
		fs.writeFileSync(
			path.join(cwd, 'triage.rules.json'),
			JSON.stringify({store: 'mysql://db', rules: [{name: 'broken'}]}),
		);
		const wrongStore = triage(['history']);
		expect(wrongStore.status).toBe(2);
		expect(wrongStore.stderr).toContain('store: must be a PostgreSQL URL');
	});
});

describe('logs of two projects given together', () => {
	test('one warning line naming both, and the report still made', () => {
		const result = triage([
			'report',
			path.join(sessions, 'two-sessions.log'),
			path.join(demo, 'run-1.log'),
		]);
		expect(result.status).toBe(0);
		const warnings = result.stderr
			.split('\n')
			.filter(line => line.includes('share no test'));
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(
			/^triage: warning: .*run-1\.log ran in .* and .*two-sessions\.log in .*, and they share no test/,
		);
		expect(result.stdout).toContain('TEST FAILURE ANALYSIS REPORT');
	});
});

describe('the history', () => {
	test('day 1 opened once, then day 2 alone: judged as if both were given', () => {
		const day1 = path.join(demo, 'run-1.log');
		const day2 = path.join(demo, 'run-2.log');
		const together = json(['export', day1, day2, '--no-history']);
		triage(['report', day1]);
		const alone = json(['export', day2]);
		const statuses = (document: JsonDocument) =>
			document.runs
				.at(-1)!
				.failures.map(failure => [failure.id, failure.status]);
		expect(statuses(alone)).toEqual(statuses(together));
		expect(statuses(alone).some(([, status]) => status === 'new')).toBe(true);
		expect(alone.fixed.map(item => item.id)).toEqual(
			together.fixed.map(item => item.id),
		);
		expect(alone.fixed.length).toBeGreaterThan(0);
		expect(alone.comparedWith).toEqual([
			expect.objectContaining({source: day1, fromHistory: true}),
		]);
		const report = triage(['report', day2]).stdout;
		expect(report).toContain(
			'Compared with 1 earlier run (1 from the run history).',
		);
		for (const item of alone.fixed) {
			expect(report).toContain(item.id);
		}
	});

	test('a run with no test (pytest refused its command line) is not recorded: it would take a place in the window of earlier runs', () => {
		const refused = path.resolve('fixtures/hunt/usage-p9-v-missing/run.log');
		const day1 = path.join(demo, 'run-1.log');
		const record = triage(['record', refused]);
		expect(record.status).toBe(0);
		expect(record.stdout).toMatch(
			/^not recorded \(no test ran\) .*run\.log: 0 passed/,
		);
		expect(triage(['history']).stdout).toMatch(/^no runs recorded/);
		const both = triage(['history', 'record', refused, day1]);
		expect(both.stdout).toBe(
			'1 run recorded, 0 runs already in the history, 1 run with no test not recorded\n',
		);
		const list = triage(['history']).stdout.trim().split('\n');
		expect(list).toHaveLength(2);
		expect(list[0]).toMatch(/^#1 .*run-1\.log/);
	});

	test('triage record says a run’s counts as triage history does: no "0 errors", skipped and xfailed named', () => {
		const recorded = triage(['record', path.join(sessions, 'shard-2.log')]);
		expect(recorded.status).toBe(0);
		expect(recorded.stdout).toMatch(
			/^recorded #1 .*shard-2\.log: 2 passed, 1 failed, 1 skipped, 1 xfailed\n$/,
		);
		expect(triage(['history']).stdout).toMatch(
			/^#1 .*shard-2\.log {2}2 passed, 1 failed, 1 skipped, 1 xfailed\n/,
		);
	});

	test('reading a log again records nothing new; history lists, forgets and records', () => {
		const day1 = path.join(demo, 'run-1.log');
		const day2 = path.join(demo, 'run-2.log');
		expect(triage(['history']).stdout).toMatch(/^no runs recorded/);
		const recorded = triage(['history', 'record', day1, day2]);
		expect(recorded.status).toBe(0);
		expect(recorded.stdout).toContain('2 runs recorded');
		triage(['report', day1]);
		const again = triage(['history', 'record', day1]);
		expect(again.stdout).toContain('already in the history');
		const list = triage(['history']).stdout.trim().split('\n');
		expect(list).toHaveLength(3);
		expect(list[0]).toMatch(
			/^#1 .*run-1\.log {2}35 passed, 17 failed, 6 errors, 1 skipped, 2 xfailed$/,
		);
		expect(list[1]).toMatch(/^#2 .*run-2\.log/);
		expect(triage(['history', 'forget', '1']).stdout).toBe('forgot run #1\n');
		expect(triage(['history']).stdout).not.toContain('run-1.log');
		const missing = triage(['history', 'forget', '7']);
		expect(missing.status).toBe(2);
		expect(missing.stderr).toBe(
			'triage: no run #7 in the history (see triage history)\n',
		);
		// One number wrong among several: nothing is forgotten, not the runs named before it.
		const typo = triage(['history', 'forget', '2', '9']);
		expect(typo.status).toBe(2);
		expect(typo.stdout).toBe('');
		expect(typo.stderr).toBe(
			'triage: no run #9 in the history (see triage history): nothing forgotten\n',
		);
		expect(triage(['history']).stdout).toContain('run-2.log');
		expect(triage(['history', 'forget', '#2', '2']).stdout).toBe(
			'forgot run #2\n',
		);
	});

	test('a log piped in is kept: export with no LOG afterwards reads it again', () => {
		const log = fs.readFileSync(path.join(demo, 'run-1.log'));
		const piped = json(['export', '-'], log.toString());
		const failures = piped.runs[0]!.failures.map(failure => failure.id);
		expect(piped.runs[0]!.source).toMatch(
			/^\.triage\/logs\/stdin-[\dT-]+-[\da-f]{8}\.log$/,
		);
		const csv = triage(['export', '--csv', '-']);
		expect(csv.stderr).toBe('');
		expect(csvRows(csv.stdout).map(row => row['Node ID'])).toEqual(failures);
		expect(
			fs.readFileSync(path.join(cwd, piped.runs[0]!.source)).equals(log),
		).toBe(true);
	});

	test('pytest then pytest --lf in one log: one run; the test that passed on the re-run is flaky evidence', () => {
		const log = path.join(sessions, 'two-sessions.log');
		const document = json(['export', log]);
		expect(document.runs).toHaveLength(1);
		expect(document.reruns).toEqual(
			expect.arrayContaining([
				expect.objectContaining({
					id: 'tests/test_b.py::test_flaky_service',
					passedOnRerun: true,
					retries: ['passed'],
				}),
			]),
		);
		const report = triage(['report', log]).stdout;
		expect(report).toMatch(
			/Passed only after a rerun \(1\): flaky evidence\n {2}tests\/test_b\.py::test_flaky_service {3}re-run 1: passed/,
		);
		const rows = csvRows(triage(['export', log, '--csv', '-']).stdout);
		expect(
			rows.find(
				row => row['Node ID'] === 'tests/test_b.py::test_flaky_service',
			)!.Reruns,
		).toBe('re-run 1: passed');
	});

	test('a corrupt history is a warning: the command works from the logs alone', () => {
		fs.mkdirSync(path.join(cwd, '.triage'));
		fs.writeFileSync(
			path.join(cwd, '.triage', 'history.sqlite'),
			'not a database\n'.repeat(500),
		);
		const result = triage([
			'export',
			path.join(demo, 'run-1.log'),
			'--csv',
			'-',
		]);
		expect(result.status).toBe(0);
		expect(result.stderr).toMatch(
			/^triage: warning: run history not used \(.*history\.sqlite: .*\): working from the logs given alone\n$/,
		);
		expect(csvRows(result.stdout)).toHaveLength(23);
		const record = triage(['history', 'record', path.join(demo, 'run-1.log')]);
		expect(record.status).toBe(1);
		expect(record.stderr).toMatch(
			/\ntriage: nothing recorded: the run history cannot be used \(see the warning above\)\n$/,
		);
		expect(record.stderr).toContain('delete it and triage records runs afresh');
	});

	test('the same log piped twice is kept once; forgetting its run deletes it', () => {
		const log = fs.readFileSync(path.join(demo, 'run-1.log'), 'utf8');
		triage(['report', '-'], log);
		triage(['report', '-'], log);
		const kept = path.join(cwd, '.triage', 'logs');
		expect(fs.readdirSync(kept)).toHaveLength(1);
		expect(triage(['history', 'forget', '1']).status).toBe(0);
		expect(fs.readdirSync(kept)).toHaveLength(0);
	});

	test('a stale decision names the error it was decided on, in report, JSON and Markdown', () => {
		const day1 = path.join(demo, 'run-1.log');
		const day2 = path.join(demo, 'run-2.log');
		const id =
			'tests/chaos/database/test_database_chaos.py::TestDatabaseChaos::test_consistency_after_partition[primary-isolated]';
		expect(
			triage(['decide', day1, '--id', id, '--category', 'BUG']).status,
		).toBe(0);
		const report = triage(['report', day2]).stdout;
		expect(report).toMatch(
			/Source: {3}decided, STALE: the error changed since; decided on: AssertionError: /,
		);
		expect(report).toMatch(/Decided: +0 of 22/);
		expect(report).toMatch(/Stale: +1 /);
		const document = JSON.parse(
			triage(['export', day2, '--json', '-']).stdout,
		) as {
			runs: Array<{
				failures: Array<{id: string; decision: {decidedOn: string} | null}>;
			}>;
		};
		const failure = document.runs[0]!.failures.find(item => item.id === id)!;
		expect(failure.decision!.decidedOn).toMatch(/^AssertionError: /);
		const markdown = triage(['export', day2, '--markdown', '-']).stdout;
		expect(markdown).toMatch(/\*\*Fixed since the run before \(\d+\):\*\*/);
	});
});

/** An empty read-only tmpfs, when this machine lets us mount one (root, and a kernel that allows it). */
function mountReadonlyDisk(): string | undefined {
	if (process.platform !== 'linux') {
		return undefined;
	}

	const mountPoint = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-ro-'));
	const mounted = spawnSync('mount', [
		'-t',
		'tmpfs',
		'-o',
		'ro,size=64k',
		'tmpfs',
		mountPoint,
	]);
	if (mounted.status === 0) {
		return mountPoint;
	}

	fs.rmdirSync(mountPoint);
	return undefined;
}

const readonlyDisk = mountReadonlyDisk();
afterAll(() => {
	if (readonlyDisk) {
		spawnSync('umount', [readonlyDisk]);
		fs.rmdirSync(readonlyDisk);
	}
});

test.skipIf(readonlyDisk === undefined)(
	'a history on a read-only disk is said to be on one (Node 20 says ENOENT for a recursive mkdir there)',
	() => {
		const result = runCli(
			['export', path.join(demo, 'run-1.log'), '--csv', '-'],
			{cwd: readonlyDisk!, env: {TRIAGE_HISTORY: ''}},
		);
		expect(result.status).toBe(0);
		expect(result.stderr).toMatch(
			/^triage: warning: run history not used \(.*history\.sqlite: cannot write \(read-only file system\): keep the triage file on a writable disk \(--triage FILE\)\): working from the logs given alone\n$/,
		);
	},
);
