import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {emptyCounts, type Run} from '../../source/log/model.js';
import {readLog} from '../../source/log/read.js';
import {isOuterMarker} from '../../source/log/pytest/outer-marker.js';
import {checkAgainstXml} from './against-xml.js';
import {parseText} from './helpers.js';

// What helper hunt57 found (fixtures/hunt/README.md, record-hunt57.sh).

const hunt = path.resolve('fixtures/hunt');
const runsNamed = (prefix: string) =>
	fs.readdirSync(hunt).filter(name => name.startsWith(prefix));
const failuresOf = (run: Run) => run.failures.map(failure => failure.id);
const messagesOf = (run: Run) => run.warnings.map(warning => warning.message);

describe("a subtest's failures shorten the file's progress line (subwidth-*)", () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('subwidth-p9-').length).toBeGreaterThan(0);
		expect(runsNamed('subwidth-p7-').length).toBeGreaterThan(0);
	});

	for (const name of ['subwidth-p9-rA', 'subwidth-p7-rA']) {
		test(`${name}: the progress line is two columns short, and the run is read whole`, async () => {
			const lines = fs
				.readFileSync(path.join(hunt, name, 'run.log'), 'utf8')
				.split('\n');
			const progress = lines.find(line =>
				line.startsWith('test_subtests_widths.py '),
			)!;
			// Each failed subtest's `u` went to the test's captured output, the padding counted it.
			expect(progress.length).toBe(lines[0]!.length - 3);
			// Before: its last 79 columns were read as a `-q` session a test printed, which held every line up to a final
			// line a passing test printed in PASSES (`passed 5 parsed vs 17 reported`), the run called incomplete.
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.complete).toBe(true);
			expect(failuresOf(run)).toEqual([
				'test_subtests_widths.py::TestSubtests::test_checks_each_value',
				'test_subtests_widths.py::TestSubtests::test_checks_each_value',
				'test_subtests_widths.py::test_number_is_small[12]',
				'test_subtests_widths.py::test_number_is_small[13]',
			]);
			expect(messagesOf(run).join('\n')).not.toContain('disagree');
		});
	}

	for (const name of runsNamed('subwidth-p9-rA-')) {
		test(`${name}: at another width, read whole as before`, async () => {
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.complete).toBe(true);
			expect(run.failures).toHaveLength(4);
		});
	}

	test("the marker is the outer run's count: the letters before it and on the line give it", () => {
		const before = {...emptyCounts(), passed: 5};
		// 13 letters, one an `E`: a teardown's after its test's own letter (5 + 12 of 46 tests: 36%), or a test's own
		// (5 + 13: 39%).
		const line = `tests/t.py .Xxx..FExxxxx${' '.repeat(40)}[ 36%]`;
		expect(isOuterMarker(line, before, 46)).toBe(true);
		expect(isOuterMarker(line.replace('36%', '39%'), before, 46)).toBe(true);
		expect(isOuterMarker(line.replace('36%', '34%'), before, 46)).toBe(false);
		// A session a test printed, glued after the outer letters: its own marker.
		expect(isOuterMarker(line.replace('36%', '100%'), before, 46)).toBe(false);
		expect(isOuterMarker(line, before, undefined)).toBe(false);
		expect(
			isOuterMarker(`tests/t.py ....${' '.repeat(40)}[ 9/20]`, before, 20),
		).toBe(true);
		expect(
			isOuterMarker(`tests/t.py ....${' '.repeat(40)}[ 9/21]`, before, 20),
		).toBe(false);
	});

	test('a `-q` session a test printed after the outer letters is still read as its output', async () => {
		// The inner line is pytester's 79 columns after `tests/test_a.py .` at 120 columns: its marker is the inner run's,
		// not the outer's (4 of 10 tests).
		const inner = `..F${' '.repeat(70)}[100%]`;
		const rule = (title: string) => {
			const fill = 120 - title.length - 2;
			return `${'='.repeat(Math.floor(fill / 2))} ${title} ${'='.repeat(fill - Math.floor(fill / 2))}`;
		};

		const run = await parseText(
			[
				rule('test session starts'),
				'platform linux -- Python 3.11.7, pytest-9.0.3, pluggy-1.6.0',
				'rootdir: /src/app',
				'collected 10 items',
				'',
				`tests/test_a.py .${inner}`,
				'FAILED test_inner.py::test_b - assert 0',
				'1 failed, 2 passed in 0.01s',
				`tests/test_a.py .........${' '.repeat(88)}[100%]`,
				'',
				rule('10 passed in 0.12s'),
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.counts.passed).toBe(10);
		expect(run.failures).toEqual([]);
	});
});

describe('`pytest.exit()` banner glued to the letters as the session dies (exitglued-*)', () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('exitglued-p9-').length).toBeGreaterThan(0);
		expect(runsNamed('exitglued-p7-').length).toBeGreaterThan(0);
	});

	for (const name of runsNamed('exitglued-')) {
		test(`${name}: the letters read, the run interrupted by the exit`, async () => {
			// Before, under `-q`: `s....!!!!! _pytest.outcomes.Exit: … !!!!!` was no line the parser knew, and the log
			// was refused as "not a test log".
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.complete).toBe(false);
			expect(run.counts).toMatchObject({passed: 4, skipped: 1, failed: 0});
			expect(messagesOf(run)).toContain(
				'run was interrupted: _pytest.outcomes.Exit: the database is gone',
			);
			expect(messagesOf(run).join('\n')).toContain(
				'RuntimeError: could not close the database',
			);
		});
	}

	test('a banner glued to text that is no letters is not split', async () => {
		const run = await parseText(
			[
				'..                                                                       [ 50%]',
				'checking!!! Exit: not a banner !!!',
				'..                                                                       [100%]',
				'4 passed in 0.01s',
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.counts.passed).toBe(4);
	});
});

describe('pytest-timeout ending the process where no line names the test (timeoutq-*)', () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('timeoutq-p9-').length).toBeGreaterThan(0);
		expect(runsNamed('timeoutq-p7-').length).toBeGreaterThan(0);
	});

	for (const name of runsNamed('timeoutq-')) {
		test(`${name}: the warning names the test function the dumped stack shows`, async () => {
			const run = await readLog(path.join(hunt, name, 'run.log'));
			expect(run.complete).toBe(false);
			expect(run.counts).toMatchObject({passed: 3, failed: 1});
			// Before: only that the log ends before pytest's final line.
			expect(messagesOf(run)).toContain(
				"log ends before pytest's final summary line: the run was killed or the log is truncated (pytest-timeout ended test_waits_for_reply, at /src/hunt57/timeoutq/test_timeout_quiet.py:22)",
			);
		});
	}

	test('a dump whose threads show no pytest frame names nothing', async () => {
		const run = await parseText(
			[
				'..',
				'+++++++++++++++++++++++++++++++++++ Timeout ++++++++++++++++++++++++++++++++++++',
				'~~~~~~~~~~~~~~~~~~~~ Stack of worker (140487021443968) ~~~~~~~~~~~~~~~~~~~~~',
				'  File "/src/app/worker.py", line 9, in loop',
				'    time.sleep(1)',
				'+++++++++++++++++++++++++++++++++++ Timeout ++++++++++++++++++++++++++++++++++++',
			].join('\n'),
		);
		expect(messagesOf(run).join('\n')).not.toContain('pytest-timeout ended');
	});
});

describe("an ERRORS entry's header of an id holding a newline (nlerror-*)", () => {
	test('there are runs under pytest 9 (7.2 escapes the newline)', () => {
		expect(runsNamed('nlerror-p9-').length).toBeGreaterThan(1);
	});

	for (const name of runsNamed('nlerror-')) {
		test(`${name}: the setup and the teardown error each of its test and phase`, async () => {
			// Before: the joined title `ERROR at teardown of test_query[second\nhost]` was not read as an error's
			// (`.` stops at the newline): a setup error, and under `-rN` a test of that name.
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(
				run.failures.map(failure => `${failure.id} ${failure.phase}`),
			).toEqual([
				'test_nl_errors.py::test_query[first\nhost] setup',
				'test_nl_errors.py::test_query[second\nhost] teardown',
			]);
			expect(run.complete).toBe(true);
		});
	}
});
