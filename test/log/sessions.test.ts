import fs from 'node:fs';
import path from 'node:path';
import {Readable} from 'node:stream';
import {describe, expect, test} from 'vitest';
import type {Run} from '../../source/log/model.js';
import {readLog, readLogSessions} from '../../source/log/read.js';
import {header, parseText, rule} from './helpers.js';
import {isFailing} from './against-xml.js';
import {comparablePairs, xmlHeadlines} from './truth.js';

// Real pytest 9 runs, each session with its own JUnit XML (fixtures/sessions/README.md).
const fixtures = path.resolve('fixtures/sessions');
const fixture = (name: string) => path.join(fixtures, name);

async function sessionsOfText(text: string, source = 'test.log') {
	return readLogSessions(source, {stream: Readable.from([Buffer.from(text)])});
}

async function expectAgreesWithXml(run: Run, xmlName: string): Promise<void> {
	const xml = await readLog(fixture(xmlName));
	expect(comparablePairs(run)).toEqual(comparablePairs(xml));
	const headlineOf = xmlHeadlines(xml);
	for (const failure of run.failures) {
		const truth = headlineOf(failure);
		expect(truth, failure.id).toBeDefined();
		// The console cuts long messages in the short summary, never at the start.
		expect(truth!.startsWith(failure.headline.replace(/\.{3}$/, ''))).toBe(
			true,
		);
	}
}

describe('two-sessions.log: `pytest tests -v; pytest tests -v --lf` under `set -x`', () => {
	const log = fixture('two-sessions.log');

	test('is two runs, each agreeing with the XML its session wrote', async () => {
		const runs = await readLogSessions(log);
		expect(runs).toHaveLength(2);
		const [first, second] = runs as [Run, Run];
		await expectAgreesWithXml(first, 'two-sessions-1.xml');
		await expectAgreesWithXml(second, 'two-sessions-2.xml');
		expect(first.counts).toMatchObject({
			failed: 4,
			passed: 7,
			skipped: 1,
			xfailed: 1,
		});
		expect(second.counts).toMatchObject({failed: 3, passed: 1});
		for (const run of runs) {
			expect(run.complete).toBe(true);
			expect(run.warnings).toEqual([]);
			expect(run.source).toBe(log);
		}
	});

	test('the flaky test fails in the first session and passes in the --lf one', async () => {
		const [first, second] = (await readLogSessions(log)) as [Run, Run];
		const flaky = 'tests/test_b.py::test_flaky_service';
		expect(first.tests.find(test => test.id === flaky)?.outcome).toBe('failed');
		expect(second.tests.find(test => test.id === flaky)?.outcome).toBe(
			'passed',
		);
		expect(second.tests.map(test => test.id)).toEqual([
			'tests/test_a.py::test_mul_wrong',
			flaky,
			'tests/test_b.py::test_lookup_missing',
			'tests/test_c.py::TestParse::test_float_bad',
		]);
	});

	test('sessions are numbered, and only the --lf one says it re-ran the last failures', async () => {
		const runs = await readLogSessions(log);
		expect(runs.map(run => run.session)).toEqual([1, 2]);
		expect(runs.map(run => run.header.lastFailed)).toEqual([undefined, true]);
		expect(runs.map(run => run.header.collected)).toEqual([13, 5]);
	});

	test('line numbers stay relative to the log', async () => {
		const lines = fs.readFileSync(log, 'utf8').split('\n');
		const headerLines = lines
			.map((line, index) => ({line, number: index + 1}))
			.filter(
				({line}) => line.startsWith('_') && line.includes(' test_mul_wrong '),
			)
			.map(({number}) => number);
		expect(headerLines).toHaveLength(2);
		const [first, second] = (await readLogSessions(log)) as [Run, Run];
		const logLineOf = (run: Run) =>
			run.failures.find(failure => failure.id.endsWith('::test_mul_wrong'))
				?.logLine;
		expect([logLineOf(first), logLineOf(second)]).toEqual(headerLines);
	});

	test('readLog gives the last session and says the log held two', async () => {
		const run = await readLog(log);
		expect(run.session).toBe(2);
		expect(run.header.lastFailed).toBe(true);
		expect(run.counts).toMatchObject({failed: 3, passed: 1});
		expect(run.warnings).toEqual([
			{
				line: 0,
				message:
					'the log holds 2 pytest sessions; only the last one (session 2) is read here',
			},
		]);
	});
});

describe('quiet-sessions.log: `pytest tests -q; pytest tests -q --lf`, no session rule to start either', () => {
	const log = fixture('quiet-sessions.log');

	test('is two runs, each agreeing with the XML its session wrote', async () => {
		const runs = await readLogSessions(log);
		expect(runs.map(run => run.session)).toEqual([1, 2]);
		expect(runs.map(run => run.complete)).toEqual([true, true]);
		// -q names the failing tests alone: those, and the counts, are what the XML can be held to.
		for (const [index, xmlName] of [
			'quiet-sessions-1.xml',
			'quiet-sessions-2.xml',
		].entries()) {
			const xml = await readLog(fixture(xmlName));
			const run = runs[index]!;
			expect(run.counts).toEqual(xml.counts);
			expect(run.failures.map(failure => failure.id)).toEqual(
				xml.failures.map(failure => failure.id),
			);
		}

		expect(runs[1]!.failures.map(failure => failure.id)).not.toContain(
			'tests/test_b.py::test_flaky_service',
		);
		expect(runs.flatMap(run => run.warnings)).toEqual([]);
	});

	test('letters after a final line start a session only then: a -q log alone is one session', async () => {
		const text = fs.readFileSync(log, 'utf8');
		const first = text.slice(0, text.indexOf('++++', 10));
		expect(await sessionsOfText(first)).toHaveLength(1);
	});
});

describe('pytest-sugar run twice into one log (fixtures/plugins/sugar-p7-twice): no final line, no session rule', () => {
	const directory = path.resolve('fixtures/plugins/sugar-p7-twice');

	test('its Results block ends a session and its banner starts the next: two runs, each agreeing with its XML', async () => {
		const runs = await readLogSessions(path.join(directory, 'run.log'));
		expect(runs.map(run => run.session)).toEqual([1, 2]);
		for (const [run, xmlName] of [
			[runs[0]!, 'first.xml'],
			[runs[1]!, 'run.xml'],
		] as const) {
			const xml = await readLog(path.join(directory, xmlName));
			expect(comparablePairs(run, isFailing)).toEqual(
				comparablePairs(xml, isFailing),
			);
			expect(run.complete).toBe(true);
		}

		// The flaky test fails in the first session only.
		expect(runs.map(run => run.failures.map(failure => failure.id))).toEqual([
			[
				'extra/test_flaky.py::test_flaky_once',
				'extra/test_flaky.py::test_always_fails',
			],
			['extra/test_flaky.py::test_always_fails'],
		]);
	});
});

describe('one session per log', () => {
	test.each([
		['shard-1.log', 'shard-1.xml'],
		['shard-2.log', 'shard-2.xml'],
		['call-and-teardown.log', 'call-and-teardown.xml'],
	])('%s is one run that agrees with its XML', async (logName, xmlName) => {
		const runs = await readLogSessions(fixture(logName));
		expect(runs).toHaveLength(1);
		const [run] = runs as [Run];
		expect(run.session).toBeUndefined();
		expect(run.header.lastFailed).toBeUndefined();
		expect(run.complete).toBe(true);
		await expectAgreesWithXml(run, xmlName);
	});

	test('the shards are disjoint halves of the suite', async () => {
		const [one] = (await readLogSessions(fixture('shard-1.log'))) as [Run];
		const [two] = (await readLogSessions(fixture('shard-2.log'))) as [Run];
		const ids = new Set(one.tests.map(test => test.id));
		expect(two.tests.some(test => ids.has(test.id))).toBe(false);
		expect(one.tests.length + two.tests.length).toBe(13);
	});

	test('a test that fails in call and errors in teardown is two failures, beside a setup error', async () => {
		const [run] = (await readLogSessions(fixture('call-and-teardown.log'))) as [
			Run,
		];
		expect(
			run.failures.map(
				failure => `${failure.id} ${failure.phase} ${failure.headline}`,
			),
		).toEqual([
			'errors/test_phases.py::test_setup_fails setup RuntimeError: database not reachable',
			'errors/test_phases.py::test_call_and_teardown_fail call AssertionError: assert [1, 2] == [1, 3]',
			'errors/test_phases.py::test_call_and_teardown_fail teardown OSError: could not remove temp dir',
		]);
	});

	// A test that runs pytest with pytester: its whole session is printed in its captured output
	// (and, with -s, in the middle of the outer progress line). fixtures/pytest9/README.md.
	test.each(['v', 'vs', 'rA', 'default', 'vtbline'])(
		'pytest9/%s: a session inside a test’s output is not a session of the log',
		async directory => {
			const runs = await readLogSessions(
				path.resolve('fixtures/pytest9', directory, 'run.log'),
			);
			expect(runs).toHaveLength(1);
			expect(runs[0]!.session).toBeUndefined();
			expect(runs[0]!.complete).toBe(true);
			expect(runs[0]!.counts.failed).toBe(15);
		},
	);
});

/** A run as plain data, its line numbers moved back by `offset`. */
function shifted(run: Run, offset: number) {
	return {
		counts: run.counts,
		complete: run.complete,
		tests: run.tests.map(test => ({
			id: test.id,
			outcome: test.outcome,
			phase: test.phase,
			reruns: test.reruns,
			duration: test.duration,
		})),
		failures: run.failures.map(failure => ({
			...failure,
			// Read from the run's store: accessors, which a spread does not copy.
			traceback: failure.traceback,
			captured: failure.captured,
			logLine:
				failure.logLine === undefined ? undefined : failure.logLine - offset,
		})),
		warnings: run.warnings.map(warning => ({
			...warning,
			line: warning.line - offset,
		})),
	};
}

test('logs put one after another: each session reads as its own log did, line numbers shifted', async () => {
	const parts = [
		path.resolve('fixtures/pytest9/vs/run.log'),
		fixture('call-and-teardown.log'),
		path.resolve('fixtures/pytest9/v/run.log'),
	];
	const texts = parts.map(file => fs.readFileSync(file, 'utf8'));
	const offsets = texts.map((_, index) =>
		texts
			.slice(0, index)
			.reduce((sum, text) => sum + text.split('\n').length - 1, 0),
	);
	const runs = await sessionsOfText(texts.join(''));
	expect(runs.map(run => run.session)).toEqual([1, 2, 3]);
	const alone = await Promise.all(parts.map(async file => readLog(file)));
	expect(runs.map((run, index) => shifted(run, offsets[index]!))).toEqual(
		alone.map(run => shifted(run, 0)),
	);
});

const session = (id: string, final: string) =>
	[
		header,
		'collected 1 item',
		'',
		`tests/test_s.py::${id} PASSED                                            [100%]`,
		'',
		rule(final),
	].join('\n');

describe('where a session ends', () => {
	test('after an INTERNALERROR, the next session starts', async () => {
		const log = [
			header,
			'collected 2 items',
			'',
			'tests/test_i.py::test_a PASSED                                           [ 50%]',
			'INTERNALERROR> Traceback (most recent call last):',
			'INTERNALERROR> ValueError: plugin exploded',
			'+ pytest tests',
			session('test_b', '1 passed in 0.01s'),
		].join('\n');
		const runs = await sessionsOfText(log);
		expect(runs).toHaveLength(2);
		expect(runs[0]!.complete).toBe(false);
		expect(runs[0]!.warnings.map(warning => warning.message)).toContain(
			'pytest INTERNALERROR: ValueError: plugin exploded',
		);
		expect(runs[1]!.tests.map(test => test.id)).toEqual([
			'tests/test_s.py::test_b',
		]);
		expect(runs[1]!.complete).toBe(true);
	});

	test('after an interruption with no final line, the next session starts', async () => {
		const log = [
			header,
			'collected 2 items',
			'',
			'tests/test_k.py::test_a PASSED                                           [ 50%]',
			rule('KeyboardInterrupt', '!'),
			'/src/tests/test_k.py:9: KeyboardInterrupt',
			session('test_b', '1 passed in 0.01s'),
		].join('\n');
		const runs = await sessionsOfText(log);
		expect(runs.map(run => run.complete)).toEqual([false, true]);
		expect(runs.map(run => run.tests.map(test => test.id))).toEqual([
			['tests/test_k.py::test_a'],
			['tests/test_s.py::test_b'],
		]);
	});

	test('a session killed before its final line swallows the next one (it cannot be told from test output)', async () => {
		const log = [
			header,
			'collected 2 items',
			'',
			'tests/test_k.py::test_a PASSED                                           [ 50%]',
			session('test_b', '1 passed in 0.01s'),
		].join('\n');
		const runs = await sessionsOfText(log);
		expect(runs).toHaveLength(1);
		expect(runs[0]!.session).toBeUndefined();
	});

	test('CI timestamps in front of every line', async () => {
		const stamp = '2026-11-23T10:00:00.1234567Z ';
		const log = [
			session('test_a', '1 passed in 0.01s'),
			session('test_b', '1 passed in 0.01s'),
		]
			.join('\n')
			.split('\n')
			.map(line => stamp + line)
			.join('\n');
		const runs = await sessionsOfText(log);
		expect(runs.map(run => run.tests.map(test => test.id))).toEqual([
			['tests/test_s.py::test_a'],
			['tests/test_s.py::test_b'],
		]);
	});

	test("the reader's own warnings go to the session whose lines they concern", async () => {
		const first = session('test_a', '1 passed in 0.01s');
		const log = [
			first,
			'+ pytest tests',
			header,
			'collected 1 item',
			'',
			'x'.repeat(300 * 1024),
			'tests/test_s.py::test_b PASSED                                           [100%]',
			rule('1 passed in 0.01s'),
		].join('\n');
		const runs = await sessionsOfText(log);
		expect(runs[0]!.warnings).toEqual([]);
		const longLine = first.split('\n').length + 1 + 4 + 3;
		expect(runs[1]!.warnings).toEqual([
			{
				line: longLine,
				message: 'line is longer than 256 KB; only its start was read',
			},
		]);
	});

	test('a single session reads exactly as before: no session number, no extra warning', async () => {
		const text = session('test_a', '1 passed in 0.01s');
		const [run] = await sessionsOfText(text);
		expect(run).toEqual(await parseText(text));
		expect(run!.session).toBeUndefined();
	});
});

describe('header lines of the session kind', () => {
	const withHeaderLine = (line: string) =>
		[
			header,
			'collected 3 items / 1 deselected / 2 selected',
			line,
			'',
			'tests/test_s.py::test_a PASSED                                           [ 50%]',
			'tests/test_s.py::test_b PASSED                                           [100%]',
			rule('2 passed, 1 deselected in 0.01s'),
		].join('\n');

	test.each([
		// pytest 9.0.3 output (fixtures/sessions/two-sessions.log), and the same text in pytest 7's source.
		['run-last-failure: rerun previous 4 failures', true],
		['run-last-failure: rerun previous 1 failure', true],
		['run-last-failure: rerun previous 2 failures (skipped 1 file)', true],
		// --ff runs every test, failures first.
		['run-last-failure: rerun previous 2 failures first', undefined],
		[
			'run-last-failure: no previously failed tests, not deselecting items.',
			undefined,
		],
		['run-last-failure: 3 known failures not in selected tests', undefined],
	])('%s', async (line, lastFailed) => {
		const run = await parseText(withHeaderLine(line));
		expect(run.header.lastFailed).toBe(lastFailed);
		expect(run.tests).toHaveLength(2);
	});

	// pytest-split is not installed here: these lines are the format strings of its plugin
	// (`[pytest-split] Running group {group}/{splits} (estimated duration: {duration:.2f}s)` in
	// current versions, without the estimate in some older ones), not output of a real run.
	test.each([
		'[pytest-split] Running group 2/3 (estimated duration: 12.34s)',
		'[pytest-split] Running group 2/3',
	])('%s', async line => {
		const log = withHeaderLine(
			`\n[pytest-split] Splitting tests with algorithm: duration_based_chunks\n${line}\n`,
		);
		const run = await parseText(log);
		expect(run.header.shard).toEqual({group: 2, of: 3});
		expect(run.tests).toHaveLength(2);
		expect(run.complete).toBe(true);
	});
});

describe('other formats', () => {
	const record = (value: Record<string, unknown>) => JSON.stringify(value);
	const reportlogSession = (id: string, outcome: string) => [
		record({pytest_version: '9.0.3', $report_type: 'SessionStart'}),
		record({
			nodeid: id,
			when: 'setup',
			outcome: 'passed',
			$report_type: 'TestReport',
		}),
		record({
			nodeid: id,
			when: 'call',
			outcome,
			longrepr: 'E   assert 0',
			$report_type: 'TestReport',
		}),
		record({
			nodeid: id,
			when: 'teardown',
			outcome: 'passed',
			$report_type: 'TestReport',
		}),
		record({exitstatus: 0, $report_type: 'SessionFinish'}),
	];

	test('a report log: every SessionStart record starts a session', async () => {
		const text = [
			...reportlogSession('tests/test_r.py::test_a', 'failed'),
			...reportlogSession('tests/test_r.py::test_a', 'passed'),
		].join('\n');
		const runs = await sessionsOfText(text, 'report.jsonl');
		expect(runs.map(run => run.format)).toEqual(['reportlog', 'reportlog']);
		expect(runs.map(run => run.session)).toEqual([1, 2]);
		expect(runs.map(run => run.tests.map(test => test.outcome))).toEqual([
			['failed'],
			['passed'],
		]);
	});

	test('JUnit XML with several <testsuite>s is one run', async () => {
		const xml = [
			'<?xml version="1.0" encoding="utf-8"?>',
			'<testsuites>',
			'<testsuite name="a" tests="1" failures="0" errors="0" skipped="0">',
			'<testcase classname="tests.test_a" name="test_one" file="tests/test_a.py" time="0.1" />',
			'</testsuite>',
			'<testsuite name="b" tests="1" failures="1" errors="0" skipped="0">',
			'<testcase classname="tests.test_b" name="test_two" file="tests/test_b.py" time="0.1">',
			'<failure message="assert 0">E   assert 0</failure>',
			'</testcase>',
			'</testsuite>',
			'</testsuites>',
		].join('\n');
		const runs = await sessionsOfText(xml, 'run.xml');
		expect(runs).toHaveLength(1);
		expect(runs[0]!.session).toBeUndefined();
		expect(runs[0]!.tests).toHaveLength(2);
	});
});

describe("a session whose last entry ends in captured output and pytest's final line (-rN), then another session", () => {
	// Two real runs of fixtures/hunt: the first ends `----- Captured stdout call -----`, a test's own
	// `===== 3 passed, 1 warning in 0.52s =====`, the XML's line, then pytest's final line; the second is a `-v` run.
	const first = fs.readFileSync(
		path.resolve('fixtures/hunt/fakefinal-p9-rN/run.log'),
		'utf8',
	);
	const second = fs.readFileSync(
		path.resolve('fixtures/hunt/longreason-p9-v/run.log'),
		'utf8',
	);

	test("each session is whole, and the test's line like a final line stays its output", async () => {
		const runs = await sessionsOfText(`${first}${second}`);
		expect(
			runs.map(run => [run.complete, run.counts.passed, run.counts.failed]),
		).toEqual([
			[true, 4, 1],
			[true, 1, 1],
		]);
	});

	test('a line held back as a possible final line is the final line when the next session starts right after it', async () => {
		const cut = first.slice(0, first.indexOf('---------- generated xml file'));
		const withFinal = `${cut}${rule('1 failed, 4 passed in 1.98s')}\n${second}`;
		const runs = await sessionsOfText(withFinal);
		expect(runs).toHaveLength(2);
		expect(runs[0]!.complete).toBe(true);
		expect(runs[0]!.counts).toMatchObject({passed: 4, failed: 1});
		expect(runs[0]!.failures[0]!.traceback).toContain(
			'3 passed, 1 warning in 0.52s',
		);
	});
});
