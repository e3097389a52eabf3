import fs from 'node:fs';
import path from 'node:path';
import {Readable} from 'node:stream';
import {describe, expect, test} from 'vitest';
import type {Run} from '../../source/log/model.js';
import {readLog} from '../../source/log/read.js';
import {checkAgainstXml, checkHeadlinesAgainstXml} from './against-xml.js';

// What helper hunt63 found (fixtures/hunt/README.md, record-hunt63.sh).

const hunt = path.resolve('fixtures/hunt');
const runsNamed = (prefix: string) =>
	fs.readdirSync(hunt).filter(name => name.startsWith(prefix));
const messagesOf = (run: Run) => run.warnings.map(warning => warning.message);
const readText = async (text: string) =>
	readLog('made.log', {stream: Readable.from([Buffer.from(text)])});

describe("pytest's session dying under `-q -s`, the letters glued to the output (closedq-*)", () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('closedq-p9-').length).toBeGreaterThan(0);
		expect(runsNamed('closedq-p7-').length).toBeGreaterThan(0);
	});

	// The log cannot tell the letters from the output (`test.fails` in `real-hunt.test.ts`): `.Fsending the report` may be
	// letters glued to a test's output or output starting so, and no final line says how many letters there are.
	for (const name of runsNamed('closedq-')) {
		test(`${name}: a pytest run that died, read as such, the warning saying why no test is read`, async () => {
			// Before: refused as "not a test log" (exit 2).
			const run = await readLog(path.join(hunt, name, 'run.log'));
			expect(run.complete).toBe(false);
			expect(run.tests.length).toBe(0);
			expect(messagesOf(run)).toEqual([
				"pytest's session died under a test (the traceback starts in its session wrapper) before any line the log can tell from the tests' output: under -s the progress letters are glued to that output, and no final line confirms them",
				'pytest failed before its final summary line: ValueError: I/O operation on closed file.',
			]);
		});
	}

	test('a traceback a script printed, with no pytest frame at its top, is still no test log', async () => {
		await expect(
			readText(
				[
					'starting the job',
					'Traceback (most recent call last):',
					'  File "/srv/app/job.py", line 3, in main',
					'    sys.stdout.write("x")',
					'ValueError: I/O operation on closed file.',
				].join('\n'),
			),
		).rejects.toThrow(/not a test log/);
	});

	test("a traceback printed in a test's output whose top frame is pytest's session wrapper deeper down is none either", async () => {
		// Only the traceback's first frame counts: a test printing a traceback starts it in the test.
		await expect(
			readText(
				[
					'.Fsome output',
					'Traceback (most recent call last):',
					'  File "/srv/app/test_job.py", line 3, in test_job',
					'    run()',
					'  File "/usr/lib/python3/dist-packages/_pytest/main.py", line 270, in wrap_session',
					'    session.exitstatus = doit(config, session) or 0',
					'ValueError: I/O operation on closed file.',
				].join('\n'),
			),
		).rejects.toThrow(/not a test log/);
	});
});

describe('a captured section written whole with `unicode-escape` (ascsection-*)', () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('ascsection-p9-').length).toBeGreaterThan(1);
		expect(runsNamed('ascsection-p7-').length).toBeGreaterThan(0);
	});

	for (const name of runsNamed('ascsection-')) {
		test(`${name}: each section's text is the test's output as the XML holds it`, async () => {
			// Before: `loading Z\xfcrich\n  rows: 3\ndone` and the log section's two records, each one line with `\n`
			// escapes, in the detail pane and every export. The XML (`-o junit_logging=all`) holds the output as printed.
			const run = await readLog(path.join(hunt, name, 'run.log'));
			const xml = await readLog(path.join(hunt, name, 'run.xml'));
			expect(run.complete).toBe(true);
			expect(run.failures).toHaveLength(4);
			const outputs = new Map(
				xml.failures.map(failure => [
					failure.id,
					failure.captured.map(section => section.text).join('\n'),
				]),
			);
			for (const failure of run.failures) {
				expect(failure.captured.length, failure.id).toBeGreaterThan(0);
				for (const section of failure.captured) {
					expect(outputs.get(failure.id), failure.id).toContain(section.text);
				}
			}

			const city = run.failures.find(failure =>
				failure.id.endsWith('::test_city_report'),
			);
			expect(city?.captured).toEqual([
				{name: 'Captured stdout call', text: 'loading Zürich\n  rows: 3\ndone'},
			]);
		});
	}

	const sectionOf = async (line: string) => {
		const run = await readText(
			[
				'test_a.py F                                                              [100%]',
				'',
				'=================================== FAILURES ===================================',
				'__________________________________ test_one ___________________________________',
				'E       assert 1 == 2',
				'',
				'test_a.py:3: AssertionError',
				'----------------------------- Captured stdout call -----------------------------',
				line,
				'============================== 1 failed in 0.01s ===============================',
			].join('\n'),
		);
		return run.failures[0]!.captured[0]!.text;
	};

	test('an escaped control character stays escaped, so no escape sequence of the log goes live', async () => {
		expect(await sectionOf(String.raw`\x1b[31mred Z\xfcrich\nnext`)).toBe(
			String.raw`\x1b[31mred Zürich` + '\nnext',
		);
	});

	test('ASCII a test printed stays as printed: no escape past ASCII, a bytes repr, a repr of an unprintable', async () => {
		for (const line of [
			String.raw`C:\new\table`,
			String.raw`b'\xc3\xbc\n'`,
			String.raw`'a\x85\nb'`,
			String.raw`Z\xfcrich with a lone \ backslash\nnext`,
		]) {
			expect(await sectionOf(line)).toBe(line);
		}
	});
});

describe("a local's repr with a line shaped like an `E` line, under -l (shownlocals-*)", () => {
	test('there are runs under pytest 9 and 7.2, long and short', () => {
		expect(runsNamed('shownlocals-p9-').length).toBeGreaterThan(1);
		expect(runsNamed('shownlocals-p7-').length).toBeGreaterThan(1);
	});

	for (const name of runsNamed('shownlocals-')) {
		test(`${name}: each headline the XML's message, not the repr's line`, async () => {
			// Before: `AssertionError: assert 0` (twice) and `ValueError: bad row 7`, the reprs' lines.
			const run = await checkHeadlinesAgainstXml(path.join(hunt, name), 4);
			expect(run.complete).toBe(true);
			expect(run.failures.map(failure => failure.location?.line)).toEqual([
				18, 24, 30, 35,
			]);
		});
	}

	test('without -l, an `E` line after a blank line is still the exception (a chained one)', async () => {
		const run = await readText(
			[
				'test_a.py F                                                              [100%]',
				'',
				'=================================== FAILURES ===================================',
				'__________________________________ test_one ___________________________________',
				'E   KeyError: 1',
				'',
				'During handling of the above exception, another exception occurred:',
				'',
				'E   ValueError: no key',
				'',
				'test_a.py:3: ValueError',
				'============================== 1 failed in 0.01s ===============================',
			].join('\n'),
		);
		expect(run.failures[0]!.headline).toBe('ValueError: no key');
	});
});

describe('a FAILURES title a test printed before the first letter under -q -s (qstitle-*)', () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('qstitle-p9-').length).toBeGreaterThan(0);
		expect(runsNamed('qstitle-p7-').length).toBeGreaterThan(0);
	});

	for (const name of runsNamed('qstitle-')) {
		test(`${name}: the failure read, the run whole`, async () => {
			// Before: the printed title (84 columns) was the log's first rule and its width the run's, so pytest's own
			// rules were read as a session a test printed: no failure, and `pytest counts 1 failing report that the log
			// never names`.
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.complete).toBe(true);
			expect(run.failures.map(failure => failure.id)).toEqual([
				'test_echo_title.py::test_balance',
			]);
		});
	}

	test("a log cut before the letters, starting with pytest's FAILURES title, is read as before", async () => {
		const run = await readText(
			[
				'=================================== FAILURES ===================================',
				'___________________________________ test_one ___________________________________',
				'E       assert 1 == 2',
				'',
				'test_a.py:3: AssertionError',
				'=========================== short test summary info ============================',
				'FAILED test_a.py::test_one - assert 1 == 2',
				'1 failed, 2 passed in 0.01s',
			].join('\n'),
		);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'test_a.py::test_one',
		]);
		expect(run.failures[0]!.headline).toBe('AssertionError: assert 1 == 2');
	});
});
