import fs from 'node:fs';
import path from 'node:path';
import {Readable} from 'node:stream';
import {describe, expect, test} from 'vitest';
import type {Run} from '../../source/log/model.js';
import {readLog, readLogSessions} from '../../source/log/read.js';
import {checkAgainstXml} from './against-xml.js';
import {header, parseText, rule} from './helpers.js';

// What helper hunt66 found (fixtures/hunt/README.md, record-hunt66.sh).

const hunt = path.resolve('fixtures/hunt');
const runsNamed = (prefix: string) =>
	fs.readdirSync(hunt).filter(name => name.startsWith(prefix));

/** Each test's failures' headlines, in the order the run lists them. */
function headlinesById(run: Run): Map<string, string[]> {
	const byId = new Map<string, string[]>();
	for (const failure of run.failures) {
		const list = byId.get(failure.id) ?? [];
		list.push(failure.headline);
		byId.set(failure.id, list);
	}

	return byId;
}

describe("a test's failed subtests, then its own failure (suborder-*)", () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('suborder-p9-').length).toBeGreaterThan(0);
		expect(runsNamed('suborder-p7-').length).toBeGreaterThan(0);
	});

	for (const name of runsNamed('suborder-')) {
		test(`${name}: each test's failures in the XML's order`, async () => {
			// Before: the test's own failure first, its subtests' after it (the log and the XML list it after them).
			const run = await checkAgainstXml(path.join(hunt, name));
			const xml = await readLog(path.join(hunt, name, 'run.xml'));
			const logHeadlines = headlinesById(run);
			const xmlHeadlines = headlinesById(xml);
			const rows = logHeadlines.get('test_suborder.py::test_rows');
			expect(rows).toHaveLength(2);
			expect(rows![1]).toBe('AssertionError: totals do not add up');
			for (const [id, headlines] of logHeadlines) {
				const fromXml = xmlHeadlines.get(id)!;
				expect(headlines).toHaveLength(fromXml.length);
				for (const [index, headline] of headlines.entries()) {
					// Under --tb=no the short summary's message is all the log has, cut to the terminal (`re...`).
					expect(
						fromXml[index]!.startsWith(headline.replace(/\.{3}$/, '')),
					).toBe(true);
				}
			}
		});
	}
});

const sessionsOf = async (lines: string[]) =>
	readLogSessions('test.log', {
		stream: Readable.from([Buffer.from(lines.join('\n'))]),
	});
const width80 = (text: string, marker: string) =>
	`${text}${' '.repeat(79 - text.length - marker.length)}${marker}`;

describe("a plugin's line shaped like a file's progress line before the banner (plugline-*)", () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('plugline-p9-').length).toBeGreaterThan(0);
		expect(runsNamed('plugline-p7-').length).toBeGreaterThan(0);
	});

	for (const name of runsNamed('plugline-')) {
		test(`${name}: the run after the banner is read whole`, async () => {
			// Before (but under -q): the banner was a session a test printed, the real run lost (incomplete, 2 passed
			// and 1 failed of the plugin's letters, the failure never named).
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.complete).toBe(true);
			expect(run.counts).toMatchObject({passed: 2, failed: 1, skipped: 1});
			expect(run.failures.map(failure => failure.id)).toEqual([
				'test_plugline.py::test_totals',
			]);
			const said = run.warnings.map(warning => warning.message);
			if (name.includes('-q')) {
				// No banner under -q: the line is read as the run's letters, the final line's counts kept.
				expect(said).toEqual([
					expect.stringMatching(
						/^progress letters disagree with pytest's final line/,
					),
				]);
			} else {
				// Whether the line is a plugin's or a cut earlier run's, the log cannot tell: a session of its own.
				expect(said).toEqual([
					'the log holds 2 pytest sessions; only the last one (session 2) is read here',
				]);
			}
		});
	}

	test('a banner after a line the letters filled stays the output of the test that came next', async () => {
		// pytest wraps a file's letters at the terminal's edge, its percentage one space after them; the next test's
		// output (under -s) starts the next line, a session it printed too.
		const filled = `tests/t.py ${'.'.repeat(61)} [ 60%]`;
		expect(filled).toHaveLength(79);
		const runs = await sessionsOf([
			filled,
			header,
			'collected 1 item',
			'',
			width80('inner.py .', '[100%]'),
			'',
			rule('1 passed in 0.01s'),
			width80('....', '[100%]'),
			'',
			rule('66 passed in 0.50s'),
		]);
		expect(runs).toHaveLength(1);
		expect(runs[0]!.counts.passed).toBe(66);
	});

	test("a banner after a file's line in a session that printed its banner is a test's", async () => {
		const runs = await sessionsOf([
			header,
			'collected 3 items',
			'',
			width80('tests/t.py ..', '[ 66%]'),
			header,
			'collected 1 item',
			'',
			width80('inner.py .', '[100%]'),
			'',
			rule('1 passed in 0.01s'),
			'',
		]);
		expect(runs).toHaveLength(1);
	});
});

describe("a test's first subtest report glued to its --setup-show line (subshow-*)", () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('subshow-p9-').length).toBeGreaterThan(0);
		expect(runsNamed('subshow-p7-').length).toBeGreaterThan(0);
	});

	for (const name of runsNamed('subshow-')) {
		test(`${name}: the glued subtest's failure is a report of its test`, async () => {
			// Before: the glued `SUBFAIL` was not read; with no FAILURES entry and no summary line to name it, pytest
			// 7.2's test_only_subtests (whose own call passed) was read as passed alone, and the run called incomplete.
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.complete).toBe(true);
			expect(run.warnings).toEqual([]);
			const outcomes = (test: string) =>
				run.tests
					.filter(report => report.id === `test_subshow.py::${test}`)
					.map(report => report.outcome);
			expect(outcomes('test_rows')).toEqual(['failed', 'failed']);
			expect(outcomes('test_only_subtests')).toEqual(
				name.includes('-p9-') ? ['failed', 'failed'] : ['failed', 'passed'],
			);
		});
	}

	test('a glued word that is not a subtest report is read as before', async () => {
		const run = await parseText(
			[
				header,
				'collected 1 item',
				'',
				'tests/t.py::test_a ',
				'        SETUP    F db',
				'        tests/t.py::test_a (fixtures used: db)SUBMARINE',
				'tests/t.py::test_a PASSED',
				'        TEARDOWN F db',
				'',
				rule('1 passed in 0.01s'),
			].join('\n'),
		);
		expect(run.tests.map(test => test.outcome)).toEqual(['passed']);
		expect(run.counts.failed).toBe(0);
	});
});

describe("--tb=line: a doctest's report cut at 50 characters (tbdoc-*)", () => {
	test('pytest 9 prints the whole report before the cut one: the headline is the XML’s', async () => {
		const run = await checkAgainstXml(path.join(hunt, 'tbdoc-p9-tbline'));
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'DocTestFailure: expected 5, got 4',
			"AttributeError: 'NoneType' object has no attribute 'upper'",
			'AssertionError: assert 3 == 4',
		]);
	});

	test('pytest 7.2 prints the cut report alone: a bare DocTestFailure, nothing guessed past the cut', async () => {
		const run = await checkAgainstXml(path.join(hunt, 'tbdoc-p7-tbline-rA'));
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'DocTestFailure',
			'DocTestFailure',
			'AssertionError: assert 3 == 4',
		]);
	});

	// The cut ends before `Got:` (`Expected:\n`) and before `UNEXPECTED EXCEPTION` (`013     >>>`): the example's output,
	// and that `label`'s example raised, the log cannot tell.
	test.fails(
		'pytest 7.2: the headlines the XML gives (the log cannot tell)',
		async () => {
			const xml = await readLog(
				path.join(hunt, 'tbdoc-p7-tbline-rA', 'run.xml'),
			);
			const run = await readLog(
				path.join(hunt, 'tbdoc-p7-tbline-rA', 'run.log'),
			);
			expect(run.failures.map(failure => failure.headline)).toEqual(
				xml.failures.map(failure => failure.headline),
			);
		},
	);
});
