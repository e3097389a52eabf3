import fs from 'node:fs';
import path from 'node:path';
import {Readable} from 'node:stream';
import {describe, expect, test} from 'vitest';
import type {Run} from '../../source/log/model.js';
import {readLogSessions} from '../../source/log/read.js';
import {checkAgainstXml} from './against-xml.js';
import {parseText, rule} from './helpers.js';

// What helper hunt59 found (fixtures/hunt/README.md, record-hunt59.sh).

const hunt = path.resolve('fixtures/hunt');
const runsNamed = (prefix: string) =>
	fs.readdirSync(hunt).filter(name => name.startsWith(prefix));
const messagesOf = (run: Run) => run.warnings.map(warning => warning.message);

describe('a `pytest.exit()` reason line shaped like a session start (exitrule-*)', () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('exitrule-p9-').length).toBeGreaterThan(1);
		expect(runsNamed('exitrule-p7-').length).toBeGreaterThan(1);
	});

	for (const name of runsNamed('exitrule-').filter(
		name => !name.endsWith('-dies'),
	)) {
		test(`${name}: one session, the failure before the banner kept, the rule the reason's`, async () => {
			// Before: the `==== test session starts ====` line between the banner's first and last lines started a
			// second session of the log, which got the reason's last line and pytest's final line; the first lost its
			// failure under the default verbosity and `-q -rN` (`only in xml: …test_totals failed`).
			const runs = await readLogSessions(path.join(hunt, name, 'run.log'));
			expect(runs).toHaveLength(1);
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.complete).toBe(false);
			expect(run.failures.map(failure => failure.id)).toEqual([
				'test_exit_rule_ends.py::test_totals',
			]);
			expect(run.reportedCounts).toMatchObject({passed: 1, failed: 1});
			expect(messagesOf(run)).toContain(
				`run was interrupted: _pytest.outcomes.Exit: the replica fell behind; the next run starts with\n${rule('test session starts')}\nonce it has caught up`,
			);
		});
	}

	for (const name of runsNamed('exitrule-').filter(name =>
		name.endsWith('-dies'),
	)) {
		test(`${name}: the banner glued to the letters, its rule the reason's, the session dying after it`, async () => {
			// Before: two sessions, the second (the rule, the reason's last line, Python's traceback) of no test.
			const runs = await readLogSessions(path.join(hunt, name, 'run.log'));
			expect(runs).toHaveLength(1);
			const [run] = runs;
			expect(run!.counts).toMatchObject({passed: 3, failed: 0});
			expect(messagesOf(run!)).toContain(
				`run was interrupted: _pytest.outcomes.Exit: replica lag too high\n${rule('test session starts')}\nwas printed by the previous attempt`,
			);
			expect(messagesOf(run!).join('\n')).toContain(
				'RuntimeError: could not close the replica',
			);
		});
	}

	test('after the reason ends, a session start is the next session of the log', async () => {
		const runs = await readLogSessions('two.log', {
			stream: Readable.from([
				Buffer.from(
					[
						rule('test session starts'),
						'collected 2 items',
						'',
						'test_a.py .',
						'! _pytest.outcomes.Exit: stopped here',
						rule('test session starts'),
						'see the runbook !',
						rule('1 passed in 0.01s'),
						rule('test session starts'),
						'collected 1 item',
						'',
						'test_a.py .                                                              [100%]',
						rule('1 passed in 0.01s'),
					].join('\n'),
				),
			]),
		});
		expect(runs).toHaveLength(2);
		expect(runs[0]!.counts).toMatchObject({passed: 1});
		expect(messagesOf(runs[0]!)).toContain(
			`run was interrupted: _pytest.outcomes.Exit: stopped here\n${rule('test session starts')}\nsee the runbook`,
		);
		expect(runs[1]!.complete).toBe(true);
	});

	test('a one-line banner opens no reason: the rule after it starts the next session', async () => {
		const text = [
			'..                                                                       [ 66%]',
			'!!!!!!!!!!!!!!!!!!! _pytest.outcomes.Exit: the ledger is locked !!!!!!!!!!!!!!!!!!!',
			rule('2 passed in 0.01s'),
			rule('test session starts'),
			'collected 1 item',
			'',
			'test_a.py .                                                              [100%]',
			rule('1 passed in 0.01s'),
		].join('\n');
		const run = await parseText(text);
		expect(messagesOf(run)[0]).toMatch(/holds 2 pytest sessions/);
		expect(run.complete).toBe(true);
	});
});

describe("a test's subprocess session whose marker is the outer count (innerq-*)", () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('innerq-p9-').length).toBeGreaterThan(1);
		expect(runsNamed('innerq-p7-').length).toBeGreaterThan(0);
	});

	for (const name of runsNamed('innerq-')) {
		test(`${name}: the outer run's counts and its one failure`, async () => {
			// The inner `test_outer.py .....   [100%]` (80 columns in a 120-column run) has the outer count for as many
			// letters; the outer run's own letters come after the inner final line (`5 passed in 0.01s`).
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.complete).toBe(true);
			expect(run.counts).toMatchObject({passed: 4, failed: 1});
			expect(run.failures.map(failure => failure.id)).toEqual([
				'test_outer.py::test_more[1]',
			]);
			if (name.endsWith('-s')) {
				// Under `-s` pytest prints no marker of its own: the inner letters are counted, and said to disagree.
				expect(messagesOf(run).join('\n')).toMatch(
					/progress letters disagree with pytest's final line/,
				);
			} else {
				expect(messagesOf(run)).toEqual([]);
			}
		});
	}
});

describe('a native traceback written whole with `unicode-escape` (ascnative-*)', () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('ascnative-p9-').length).toBeGreaterThan(1);
		expect(runsNamed('ascnative-p7-').length).toBeGreaterThan(1);
	});

	for (const name of runsNamed('ascnative-')) {
		test(`${name}: every entry read, its headline and frame the traceback's`, async () => {
			// Before: the next entry's header glued after an escaped traceback's last `\n` was that traceback's text,
			// so its test was lost (or given the next one's report) and the headlines were wrong.
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.complete).toBe(true);
			const read = Object.fromEntries(
				run.failures.map(failure => [
					failure.id.replace('test_ascii_native.py::', ''),
					[failure.headline, failure.location?.line],
				]),
			);
			expect(read).toEqual({
				test_city: ["AssertionError: assert 'Zürich' == 'Zurich'", 15],
				test_logs_then_fails: ['ValueError: café is closed', 24],
				test_plain: ['AssertionError: assert 1 == 2', 32],
				test_backslash_path: [
					String.raw`AssertionError: assert 'C:\\temp\\ünï' == 'C:\\temp'`,
					36,
				],
				test_uses_ledger: ['RuntimeError: ledger for Zürich not found', 10],
			});
		});
	}

	test('a traceback line that holds `\\n` as text, with no escape past ASCII, stays as it is', async () => {
		const run = await parseText(
			[
				'test_a.py F                                                              [100%]',
				rule('FAILURES'),
				rule('test_one', '_'),
				String.raw`Traceback (most recent call last):\n  File "x.py", line 1`,
				'  File "/src/test_a.py", line 3, in test_one',
				'    assert 1 == 2',
				'AssertionError: assert 1 == 2',
				rule('1 failed in 0.01s'),
			].join('\n'),
		);
		expect(run.failures[0]!.headline).toBe('AssertionError: assert 1 == 2');
		expect(run.failures[0]!.traceback).toContain(
			String.raw`Traceback (most recent call last):\n  File "x.py", line 1`,
		);
	});
});

describe('a `times` duration past a padding wider than 160 columns (timeswide-*)', () => {
	test('there are runs at 200 columns and one at 120', () => {
		expect(runsNamed('timeswide-p9-').length).toBeGreaterThan(3);
	});

	for (const name of runsNamed('timeswide-')) {
		test(`${name}: every line read, no warning`, async () => {
			// Before: at 200 columns no line was read as a test's or a file's letters (`passed 0 parsed vs 2 reported`);
			// under `-v` the run was called incomplete.
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.complete).toBe(true);
			expect(messagesOf(run)).toEqual([]);
			expect(run.counts).toMatchObject({
				passed: 2,
				failed: 1,
				skipped: 1,
				xfailed: 1,
			});
			if (name.includes('-v')) {
				expect(run.tests.map(test => test.outcome)).toEqual([
					'passed',
					'passed',
					'failed',
					'skipped',
					'xfailed',
				]);
			}
		});
	}

	test('a final line at any width is no duration marker', async () => {
		const run = await parseText(
			[
				`test_a.py ..${' '.repeat(300)}2.345ms`,
				`2 passed in ${' '.repeat(300)}0.05s`,
				'2 passed in 0.05s',
			].join('\n'),
		);
		expect(run.counts).toMatchObject({passed: 2});
		expect(run.complete).toBe(true);
	});
});
