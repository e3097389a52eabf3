/**
Lines a log should never hold, but may: a test printing the same words a hundred thousand times, a message
of one 250 KB word. Each is read, classified and exported by the built CLI as a user would run it, killed
after 30 s (10 s below): a pattern that backtracks over such a line takes minutes (or forever), and since a regular
expression cannot be interrupted inside a test, only a separate process shows it without hanging the suite.
*/

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {afterAll, describe, expect, test} from 'vitest';
import {runCli} from '../cli-helpers.js';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-hostile-'));
afterAll(() => {
	fs.rmSync(folder, {recursive: true, force: true});
});

const width = 80;
function rule(title: string, fill = '='): string {
	const side = Math.max(1, Math.floor((width - title.length - 2) / 2));
	return `${fill.repeat(side)} ${title} ${fill.repeat(width - side - title.length - 2)}`;
}

const header = [
	rule('test session starts'),
	'platform linux -- Python 3.11.7, pytest-7.2.1, pluggy-1.0.0 -- /usr/bin/python3',
	'rootdir: /src/app',
	'collecting ... collected 2 items',
	'',
].join('\n');

/** A `-v --tb=short` log of two tests, whose progress lines hold `between` and whose failure's traceback holds `traceback`. */
function logOf(
	between: string,
	traceback: readonly string[],
	summary: readonly string[] = [],
): string {
	return [
		header,
		'tests/test_a.py::test_a PASSED',
		between,
		'tests/test_a.py::test_b FAILED',
		'',
		rule('FAILURES'),
		rule('test_b', '_'),
		'tests/test_a.py:9: in test_b',
		...traceback,
		rule('short test summary info'),
		...summary,
		'FAILED tests/test_a.py::test_b - ValueError: cut',
		rule('1 failed, 1 passed in 0.05s'),
		'',
	].join('\n');
}

type Exported = {
	runs: Array<{
		tests: Array<{outcome: string}>;
		failures: Array<{
			id: string;
			headline: string;
			suggestion?: {category: string};
		}>;
	}>;
};

function exported(name: string, log: string): Exported {
	const file = path.join(folder, `${name}.log`);
	fs.writeFileSync(file, log);
	const result = runCli(['export', file, '--json', '-'], {timeout: 30_000});
	// Killed at the time limit: the status is null, and the signal says so.
	expect(result.stderr).toBe('');
	expect(result.status).toBe(0);
	return JSON.parse(result.stdout) as Exported;
}

describe('a hostile line is read, classified and exported at once', () => {
	test.each([
		// A final line's `1 error` matched two alternatives (`errors?`, `error`): 2^40 ways for 40 items.
		[
			'a line shaped like a final line of many items',
			`= ${'1 error, '.repeat(40)}x`,
		],
		// Hunt 36's title check was tried from every `=`: 4.7 s for 80 KB, minutes for these 1 MB.
		[
			'four 250 KB lines of rule-like titles',
			Array.from({length: 4}, () => `${'==== '.repeat(50_000)}x`).join('\n'),
		],
		// Hunt 37 holds a FAILURES title a test prints until the lines after it say whose it is: 40,000 of them,
		// each reading the lines held before it again, would take minutes.
		[
			'40,000 FAILURES titles a test printed',
			Array.from({length: 40_000}, () => rule('FAILURES')).join('\n'),
		],
		// A word that may be an id whose brackets do not balance (`path::name[…]`) was a pattern that backtracked over
		// its colons: 6 s a line of 60 KB (`pending-id.ts`).
		[
			'six 60 KB words of colons before a bracket',
			Array.from({length: 6}, () => `a${':'.repeat(60_000)}[`).join('\n'),
		],
	])('%s among the progress lines', (name, between) => {
		const run = exported(
			name.replaceAll(' ', '-'),
			logOf(between, ['E   ValueError: cut']),
		).runs[0]!;
		expect(run.tests.map(test => test.outcome)).toEqual(['passed', 'failed']);
	});

	test('four 200 KB lines of ` in .s` in the short summary', () => {
		// A final line's time (`== 3 passed in 0.2s ==`) was tried from each ` in `: 6 s a line.
		const summary = Array.from(
			{length: 4},
			() => `= ${'i in .s'.repeat(28_000)}`,
		);
		const run = exported('summary', logOf('', ['E   ValueError: cut'], summary))
			.runs[0]!;
		expect(run.tests.map(test => test.outcome)).toEqual(['passed', 'failed']);
	});

	test('a hundred 63 KB lines of `PASSED (` a test prints under -s while its outcome waits', () => {
		// Each line a test prints while its id waits is asked whether pytest's outcome ends it: a pattern tried its
		// reason's `.*` to the line's end from every outcome word, 0.4 s a line (`pending-id.ts`, trailingOutcome).
		const output = Array.from(
			{length: 100},
			() => `${'PASSED ('.repeat(7900)}x`,
		).join('\n');
		const log = logOf(`tests/test_a.py::test_w \n${output}\nPASSED`, [
			'E   ValueError: cut',
		]).replace('collected 2 items', 'collected 3 items');
		const run = exported('waiting-output', log).runs[0]!;
		expect(run.tests.map(test => test.outcome)).toEqual([
			'passed',
			'passed',
			'failed',
		]);
	});

	test.each([
		// One word taken for the exception's type: `\w*Connect\w*Error$` tried from each `Connect`, 24 s for 400 KB.
		[
			'a 250 KB word for the exception',
			['    raise error', `E   ${'Connect'.repeat(36_000)}`],
		],
	])('%s', (name, traceback) => {
		const run = exported(name.replaceAll(' ', '-'), logOf('', traceback))
			.runs[0]!;
		expect(run.failures).toHaveLength(1);
		expect(run.failures[0]!.suggestion).toBeDefined();
	});
});

/**
A log of 16 failures, each with a source line and two `E` lines of `pump` repeated to 250 KB: each failure its
own (a letter before the pump), or all alike, read once (for a pump that must start its line).
*/
function pumpedLog(pump: string, isEach: boolean): string {
	const count = 16;
	const line = pump.repeat(Math.ceil(250_000 / pump.length)).slice(0, 250_000);
	const entries = Array.from({length: count}, (_, index) => {
		const own = isEach ? String.fromCodePoint(97 + index) : '';
		return [
			rule(`test_${index}`, '_'),
			`tests/test_a.py:${index + 3}: in test_${index}`,
			`    ${own}${line}`,
			`E   ${own}${line}`,
			`E   ValueError: ${own} ${line}`,
		];
	});
	return [
		header.replace('collected 2 items', `collected ${count} items`),
		...Array.from(
			{length: count},
			(_, index) => `tests/test_a.py::test_${index} FAILED`,
		),
		'',
		rule('FAILURES'),
		...entries.flat(),
		rule(`${count} failed in 0.05s`),
		'',
	].join('\n');
}

describe('the rules read failures of hostile lines at once', () => {
	// Patterns found by recheck (a checker of regular expressions) to take time quadratic in a line, with the string
	// it built to show it. Before, each log took from 12 s to over a minute (measured on this machine, loaded);
	// now about 1 s. The time limit is 10 s.
	test.each([
		// A settings module's frame, looked ahead from to the text's end: over a minute.
		[' conf.py:0: "', true],
		// A file error's reason tried from every `FileNotFoundError` of the line: 31 s, and 12 s.
		["NFileNotFoundError: 's", true],
		['ytest-0/FileNotFoundError', true],
		// An HTTP status error's type tried from every dot: 43 s.
		['.HTTPError.', true],
		// A circuit breaker's type tried from every `circuit` of one word: 12 s.
		['CIRCUIT0', false],
	])('%j', (pump, isEach) => {
		const file = path.join(folder, 'pumped.log');
		fs.writeFileSync(file, pumpedLog(pump, isEach));
		const result = runCli(['export', file, '--json', '-'], {timeout: 10_000});
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const [run] = (JSON.parse(result.stdout) as Exported).runs;
		expect(run!.failures).toHaveLength(16);
	});
});

describe('thousands of collection errors are matched with their tests at once', () => {
	/**
	A `-rE` log of a generated module of `count` classes that pytest cannot collect (`-W error` and an `__init__`),
	each headed by the file (`ERROR collecting tests/test_many.py`) and named by its summary line, each reported by
	`workers` xdist workers.
	*/
	function classErrorsLog(count: number, workers: number): string {
		const message = (index: number) =>
			`pytest.PytestCollectionWarning: cannot collect test class 'TestC${index}' because it has a __init__ constructor (from: tests/test_many.py)`;
		const each = (line: (index: number) => string[]) =>
			Array.from({length: workers}, () =>
				Array.from({length: count}, (_, index) => line(index)).flat(),
			).flat();
		const errors = count * workers;
		return [
			header.replace(
				'collected 2 items',
				`collected 0 items / ${errors} errors`,
			),
			rule('ERRORS'),
			...each(index => [
				rule('ERROR collecting tests/test_many.py', '_'),
				`E   ${message(index)}`,
			]),
			rule('short test summary info'),
			...each(index => [
				`ERROR tests/test_many.py::TestC${index} - ${message(index)}`,
			]),
			`${'!'.repeat(20)} Interrupted: ${errors} errors during collection ${'!'.repeat(20)}`,
			rule(`${errors} errors in 0.50s`),
			'',
		].join('\n');
	}

	// Each entry was matched by reading every error of the summary again, and every class of its file reported before:
	// 8,000 classes took 22 s alone and 63 s under xdist on this machine, 12,000 more than the 30 s limit; now 2 to 3 s.
	test.each([
		['12,000 classes of one file', 1],
		['12,000 classes of one file, each reported by two xdist workers', 2],
	])('%s', (_name, workers) => {
		const count = 12_000;
		const run = exported(`classes-${workers}`, classErrorsLog(count, workers))
			.runs[0]!;
		expect(run.failures).toHaveLength(count * workers);
		const perClass = new Map<string, number>();
		for (const failure of run.failures) {
			perClass.set(failure.id, (perClass.get(failure.id) ?? 0) + 1);
		}

		expect(perClass.size).toBe(count);
		expect(new Set(perClass.values())).toEqual(new Set([workers]));
	});
});

test('3,000 modules failing at collection in a -v run of 60,000 tests, under -rN, are matched at once', () => {
	// With no summary line naming them, each `ERROR collecting` entry read every id of the run for a path ending in its
	// own: 129 s for 5,000 modules among 100,000 tests on this machine; now about a second.
	const [modules, passed] = [3000, 60_000];
	const log = [
		header.replace(
			'collected 2 items',
			`collected ${passed} items / ${modules} errors`,
		),
		...Array.from(
			{length: passed},
			(_, index) =>
				`tests/ok/test_k${index % 500}.py::test_${index} PASSED    [ 50%]`,
		),
		'',
		rule('ERRORS'),
		...Array.from({length: modules}, (_, index) => [
			rule(`ERROR collecting tests/test_m${index}.py`, '_'),
			`tests/test_m${index}.py:1: in <module>`,
			`E   ImportError: cannot import name 'x${index}'`,
		]).flat(),
		rule(`${passed} passed, ${modules} errors in 0.50s`),
		'',
	].join('\n');
	const run = exported('modules', log).runs[0]!;
	expect(run.tests).toHaveLength(passed + modules);
	expect(run.failures).toHaveLength(modules);
	expect(run.failures[1]!.id).toBe('tests/test_m1.py');
});

test('10,000 `[XPASS(strict)]` entries of classes under -q -rN are given their ids at once', () => {
	// No frame and no line names their tests: each entry read every other entry's traceback and every test for its
	// class's file, and the entries around it for their files: 20,000 took 317 s on this machine; now about a second.
	const count = 10_000;
	const log = [
		`${'F'.repeat(count)}   [100%]`,
		rule('FAILURES'),
		...Array.from({length: count}, (_, index) => [
			rule(`TestK${index % 50}.test_${index}`, '_'),
			'[XPASS(strict)] strict',
		]).flat(),
		`${count} failed in 0.50s`,
		'',
	].join('\n');
	const run = exported('xpass-strict', log).runs[0]!;
	expect(run.failures).toHaveLength(count);
	expect(run.failures[7]!.id).toBe('TestK7::test_7');
});

test('`[XPASS(strict)]` entries of a class whose name is in two files, among 40,000 named tests, are read at once', () => {
	// Each entry looked through every test's id for the one file naming a test of its name: 5,000 entries among 50,000
	// `PASSED` lines were still being read after 120 s; now the ids are indexed by test name once, about a second.
	const count = 4000;
	const passed = 40_000;
	const log = [
		`${'.'.repeat(passed)}${'F'.repeat(count)}   [100%]`,
		rule('FAILURES'),
		...Array.from({length: count}, (_, index) => [
			rule(`TestK.test_${index}`, '_'),
			'[XPASS(strict)] strict',
		]).flat(),
		rule('short test summary info'),
		...Array.from(
			{length: passed},
			(_, index) =>
				`PASSED tests/test_${index % 2 === 0 ? 'a' : 'b'}.py::TestK::test_p${index}`,
		),
		`${count} failed, ${passed} passed in 0.50s`,
		'',
	].join('\n');
	const run = exported('same-name-class', log).runs[0]!;
	expect(run.failures).toHaveLength(count);
});

test('64 copies of a real log, each followed by lines of hostile shapes, are read at once (21 MB)', () => {
	// Linear: 0.7 s here. Time quadratic in a line (60 KB each) or in the log (16 times the lines of 4 copies) takes
	// minutes. It was a ratio of two timed reads (4 copies and 16, under 10 times), which load can push past its bound.
	const jinja = zlib
		.gunzipSync(fs.readFileSync('fixtures/real/jinja-skew-tb-short/run.log.gz'))
		.toString('utf8');
	const hostile = [
		`tests/a.py::t[${'['.repeat(5000)} ${' PASSED'.repeat(5000)}`,
		`${'='.repeat(3)} ${'= '.repeat(20_000)}`,
		`${' '.repeat(60_000)}x [ 1%`,
		`FAILED a.py::x${' - '.repeat(10_000)}`,
		`${'_ '.repeat(30_000)}`,
	].join('\n');
	const log = Array.from({length: 64}, () => `${jinja}\n${hostile}`).join('\n');
	const {runs} = exported('copies', log);
	expect(runs.length).toBeGreaterThan(0);
});

test('20,000 failing tests a -v line names by another file than the short summary are renamed at once', () => {
	// pytest-sugar's -v line names an inherited test by its base class's module (defined-elsewhere.ts): a rename of the
	// id table for each summary line took 312 s for 20,000 on this machine; all at once, about 3 s.
	const count = 20_000;
	const log = [
		rule('test session starts'),
		'platform linux -- Python 3.11.7, pytest-9.0.3, pluggy-1.6.0',
		'rootdir: /src/app',
		`collected ${count} items`,
		'',
		...Array.from(
			{length: count},
			(_, index) =>
				`tests/base.py::Test${index}::test_x FAILED [${String(Math.floor(((index + 1) * 100) / count)).padStart(3)}%]`,
		),
		'',
		rule('FAILURES'),
		...Array.from({length: count}, (_, index) => [
			rule(`Test${index}.test_x`, '_'),
			'',
			'E       assert False',
			'',
			'tests/base.py:2: AssertionError',
		]).flat(),
		rule('short test summary info'),
		...Array.from(
			{length: count},
			(_, index) =>
				`FAILED tests/test_impl.py::Test${index}::test_x - assert False`,
		),
		rule(`${count} failed in 1.00s`),
		'',
	].join('\n');
	const run = exported('defined-elsewhere', log).runs[0]!;
	expect(run.failures).toHaveLength(count);
	expect(run.failures[7]!.id).toBe('tests/test_impl.py::Test7::test_x');
});
