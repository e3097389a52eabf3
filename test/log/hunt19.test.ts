import {Readable} from 'node:stream';
import {describe, expect, test} from 'vitest';
import {readLogSessions} from '../../source/log/read.js';
import {header9, parseText, rule} from './helpers.js';

// Shapes the nineteenth hunt's real runs showed (fixtures/real-suites/README.md, record-hunt19.sh), as small logs.

describe('the nineteenth hunt: a lone surrogate in a message', () => {
	/** pytest's XML of one failure whose message is `message` (escaped as pytest writes it). */
	const xmlOf = async (message: string) =>
		parseText(
			[
				'<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="0" failures="1" skipped="0" tests="1" time="0.1" timestamp="2026-12-04T04:00:00" hostname="ci">',
				`<testcase classname="tests.test_url" name="test_match" time="0.001"><failure message="${message}">tests/test_url.py:3: AssertionError</failure></testcase>`,
				'</testsuite></testsuites>',
			].join('\n'),
			'run.xml',
		);

	test("the XML's #xDCFF is the U+FFFD the log shows for the byte Python wrote in its place", async () => {
		const xml = await xmlOf(
			'AssertionError: a lone surrogate #xDCFF, #xD83D and #x1F41B in the message',
		);
		expect(xml.failures.map(failure => failure.headline)).toEqual([
			'AssertionError: a lone surrogate \uFFFD, \uFFFD and 🐛 in the message',
		]);
		// The log: Python writes `\udcff` as the byte 0xFF it stands for (surrogateescape), which is no UTF-8.
		const log = await parseText(
			Buffer.concat([
				Buffer.from(
					[
						header9('collected 1 item'),
						'',
						'tests/test_url.py F                                                      [100%]',
						'',
						rule('FAILURES'),
						rule('test_match', '_'),
						'',
						'    def test_match():',
						'>       raise AssertionError("a lone surrogate \\udcff in the message")',
						'E       AssertionError: a lone surrogate ',
					].join('\n'),
				),
				Buffer.from([0xff]),
				Buffer.from(
					[
						' in the message',
						'',
						'tests/test_url.py:3: AssertionError',
						rule('short test summary info'),
						'FAILED tests/test_url.py::test_match - AssertionError: a lone surrogate ',
					].join('\n'),
				),
				Buffer.from([0xff]),
				Buffer.from(' in the message\n' + rule('1 failed in 0.10s') + '\n'),
			]),
		);
		const one = await xmlOf(
			'AssertionError: a lone surrogate #xDCFF in the message',
		);
		expect(log.failures.map(failure => failure.headline)).toEqual(
			one.failures.map(failure => failure.headline),
		);
	});
});

describe('the nineteenth hunt: a passing test prints the tail of a run, in PASSES', () => {
	/** `-rA`: one failure, then PASSES with the entries given, then pytest's own summary and final line. */
	const log = (passes: string[], after: string[] = []) =>
		[
			header9('collected 3 items'),
			'',
			'tests/test_url.py F..                                                     [100%]',
			'',
			rule('FAILURES'),
			rule('test_mask', '_'),
			'E   MemoryError',
			'',
			'tests/test_url.py:9: MemoryError',
			rule('PASSES'),
			...passes,
			rule('short test summary info'),
			'PASSED tests/test_url.py::test_format',
			'PASSED tests/test_url.py::test_parse',
			'FAILED tests/test_url.py::test_mask - MemoryError',
			rule('1 failed, 2 passed in 0.20s'),
			...after,
			'',
		].join('\n');
	/** A passing test's entry whose captured output is the tail of a run it printed: as wide as pytest's own rules. */
	const printedTail = (name: string) => [
		rule(name, '_'),
		'----------------------------- Captured stdout call -----------------------------',
		rule('short test summary info'),
		'FAILED tests/test_inner.py::test_bad - AssertionError: inner failure',
		rule('1 failed, 1 passed in 0.01s'),
	];

	test("the printed summary and final line are the test's output: more of pytest's summary follows them", async () => {
		for (const passes of [
			// The first entry, then another; the last entry, then pytest's summary; then the XML's rule.
			[...printedTail('test_format'), ...printedTail('test_parse')],
			[
				...printedTail('test_format'),
				'',
				'-------------- generated xml file: /src/out/run.xml --------------',
			],
		]) {
			const run = await parseText(log(passes));
			expect(run.failures.map(failure => failure.id)).toEqual([
				'tests/test_url.py::test_mask',
			]);
			expect(run.counts).toMatchObject({failed: 1, passed: 2});
			expect(run.complete).toBe(true);
			expect(run.warnings).toEqual([]);
		}
	});

	test("pytest's own final line after its summary in PASSES still ends the session: another session follows", async () => {
		// `pytest -rA; pytest -rA` into one log: the first session's final line is held, and the second's banner ends it.
		const runs = await readLogSessions('test.log', {
			stream: Readable.from([
				Buffer.from(log([rule('test_format', '_')]) + log([])),
			]),
		});
		expect(runs.map(run => [run.counts.failed, run.complete])).toEqual([
			[1, true],
			[1, true],
		]);
	});
});

describe("the nineteenth hunt: a failing test prints the tail of a run, under pytest 9's --tb=line", () => {
	test("the printed summary and final line are the test's output: its report line follows them", async () => {
		const run = await parseText(
			[
				header9('collected 3 items'),
				'',
				'tests/test_url.py F.F                                                     [100%]',
				'',
				rule('FAILURES'),
				'E   AssertionError: the table has one key too many',
				'----------------------------- Captured stdout call -----------------------------',
				rule('short test summary info'),
				'FAILED tests/test_inner.py::test_bad - AssertionError: inner failure',
				rule('1 failed, 1 passed in 0.01s'),
				'/src/tests/test_url.py:9: AssertionError: the table has one key too many',
				'E   MemoryError',
				'/src/tests/test_url.py:14: MemoryError',
				rule('short test summary info'),
				'FAILED tests/test_url.py::test_get - AssertionError: the table has one key too many',
				'FAILED tests/test_url.py::test_mask - MemoryError',
				rule('2 failed, 1 passed in 0.20s'),
				'',
			].join('\n'),
		);
		expect(run.failures.map(failure => [failure.id, failure.headline])).toEqual(
			[
				[
					'tests/test_url.py::test_get',
					'AssertionError: the table has one key too many',
				],
				['tests/test_url.py::test_mask', 'MemoryError'],
			],
		);
		expect(run.complete).toBe(true);
		expect(run.warnings).toEqual([]);
	});
});

describe('the nineteenth hunt: under -s, a test prints the tail of a run glued to its file or id', () => {
	/** The inner run the third test prints (with its banner), then the outer run's report of that test. */
	const innerAndReport = [
		rule('test session starts'),
		'tests/test_inner.py::test_bad FAILED                                     [100%]',
		rule('short test summary info'),
		'FAILED tests/test_inner.py::test_bad - AssertionError: inner failure',
		'ERROR tests/test_inner.py::test_setup - RuntimeError: inner setup',
		rule('1 failed, 1 passed in 0.01s'),
	];
	const report = [
		'',
		rule('FAILURES'),
		rule('test_init', '_'),
		'E   AssertionError: the printed session above is not pytest’s',
		'',
		'tests/test_url.py:9: AssertionError',
		rule('short test summary info'),
		'FAILED tests/test_url.py::test_init - AssertionError: the printed session above is not pytest’s',
		rule('1 failed, 2 passed in 0.20s'),
		'',
	];
	/** The second test prints a run's short summary and final line, glued after the file's letters or its `-v` id. */
	const tail = (prefix: string) => [
		`${prefix}${rule('short test summary info')}`,
		'FAILED tests/test_inner.py::test_bad - AssertionError: inner failure',
		rule('1 failed, 1 passed in 0.01s'),
	];

	test("the glued summary starts the test's output, up to its final line: one session, the run's failure alone", async () => {
		for (const lines of [
			// -s
			[
				...tail('tests/test_url.py .'),
				'.progress of the inner run',
				...innerAndReport,
				'F',
			],
			// -v -s
			[
				'tests/test_url.py::test_format PASSED',
				...tail('tests/test_url.py::test_parse '),
				'PASSED',
				'tests/test_url.py::test_init progress of the inner run',
				...innerAndReport,
				'FAILED',
			],
		]) {
			const text = [header9('collected 3 items'), ...lines, ...report].join(
				'\n',
			);

			const runs = await readLogSessions('test.log', {
				stream: Readable.from([Buffer.from(text)]),
			});
			expect(runs.length).toBe(1);
			expect(runs[0]!.failures.map(failure => failure.id)).toEqual([
				'tests/test_url.py::test_init',
			]);
			expect(runs[0]!.counts).toMatchObject({failed: 1, passed: 2});
			expect(runs[0]!.complete).toBe(true);
		}
	});
});
