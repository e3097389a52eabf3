import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {checkAgainstXml, checkHeadlinesAgainstXml} from './against-xml.js';
import {parseText} from './helpers.js';

// What the thirty-third hunt's runs showed (fixtures/hunt/README.md, record-hunt33.sh).

const hunt = path.resolve('fixtures/hunt');

describe('-qq under xdist, nothing reported (allskipped-*-qq-n2, deselected-p9-qq-n2)', () => {
	for (const name of [
		'allskipped-p9-qq-n2',
		'allskipped-p7-qq-n2',
		'deselected-p9-qq-n2',
	]) {
		test(`${name}: a whole run of no test, said so`, async () => {
			// Refused as "not a test log" before: no line named a test and no final line counted any.
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.complete).toBe(true);
			expect(run.tests.length).toBe(0);
			expect(run.warnings.map(warning => warning.message).join('\n')).toMatch(
				/skipped at collection or deselected/,
			);
		});
	}

	test('killed before its first report: the session had not printed its own empty line', async () => {
		// Only the empty line xdist prints once its workers have collected: no run the log can vouch for.
		await expect(
			parseText('bringing up nodes...\nbringing up nodes...\n\n'),
		).rejects.toThrow(/not a test log/);
	});

	test('letters after the start are the run, as before', async () => {
		const run = await parseText(
			'bringing up nodes...\nbringing up nodes...\n\n.s.' +
				' '.repeat(67) +
				'[100%]\n',
		);
		expect(run.complete).toBe(true);
		expect(run.counts.passed).toBe(2);
		expect(
			run.warnings.some(warning => warning.message.includes('deselected')),
		).toBe(false);
	});
});

describe("a banner as wide as pytest's rules glued to the letters, no session after it (suite/gluedwide)", () => {
	for (const name of [
		'gluedwide-p9-s',
		'gluedwide-p7-s',
		'gluedwide-p9-teesys',
		'gluedwide-p7-teesys',
		'gluedwide-p9-vs',
		'gluedwide-p7-rA-s',
	]) {
		test(`${name}: the progress and sections after it are pytest's`, async () => {
			// Read as the tail of a session the test printed: every line after it went into it, the run called cut.
			const run = await checkHeadlinesAgainstXml(path.join(hunt, name), 1);
			expect(run.complete).toBe(true);
			expect(run.counts.passed).toBe(3);
		});
	}
});

describe('-q -s and -q --capture=tee-sys: a -v-shaped line a test prints after the letters (suite/vwrap)', () => {
	for (const name of [
		'vwrap-p9-qs',
		'vwrap-p7-qs',
		'vwrap-p9-q-teesys',
		'vwrap-p7-q-teesys',
	]) {
		test(`${name}: output, and the letters after it count`, async () => {
			// Read as a test of the run (in no XML); the letters after it were not counted.
			const run = await checkHeadlinesAgainstXml(path.join(hunt, name), 4);
			expect(run.complete).toBe(true);
			expect(run.tests.map(test => test.id)).not.toContain(
				'tests/test_other.py::test_remote',
			);
		});
	}
});

describe("-q -s: a test's banner is the session's first rule (suite/qbanner)", () => {
	for (const name of [
		'qbanner-p9-qs',
		'qbanner-p7-qs',
		'qbanner-p9-q-teesys',
		'qbanner-p7-q-teesys',
	]) {
		test(`${name}: it tells no width, pytest's sections are read`, async () => {
			// Its 60 columns were taken for pytest's width: pytest's own sections were banners, no failure was read.
			const run = await checkHeadlinesAgainstXml(path.join(hunt, name), 2);
			expect(run.complete).toBe(true);
		});
	}
});

describe('-qq under xdist, every module failing at collection (suite/qqcollerr)', () => {
	for (const name of ['qqcollerr-p9-qq-n2', 'qqcollerr-p7-qq-n2']) {
		test(`${name}: the session ended before any progress, its summaries follow`, async () => {
			// Called "not a whole run": no progress and no final line, only ERRORS and the short summary.
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.complete).toBe(true);
			expect(run.counts.error).toBeGreaterThan(0);
			expect(
				run.warnings.map(warning => warning.message).join('\n'),
			).not.toMatch(/skipped at collection or deselected/);
		});
	}
});

describe("-q: a CI's own lines before pytest's are no letters", () => {
	test('pytest 9 -q -o verbosity_test_cases=1 in a job log: its -v lines are the run', async () => {
		// `Executing …` starts with an `E`: taken for letters glued to output, it made every -v line a test's output.
		const run = await parseText(
			[
				'Executing "step_script" stage of the job script',
				'$ python -m pytest -q -o verbosity_test_cases=1',
				'tests/test_a.py::test_one PASSED' + ' '.repeat(41) + '[ 50%]',
				'tests/test_a.py::test_two FAILED' + ' '.repeat(41) + '[100%]',
				'FAILED tests/test_a.py::test_two - assert 0',
				'1 failed, 1 passed in 0.01s',
			].join('\n') + '\n',
		);
		expect(run.tests.map(test => `${test.id} ${test.outcome}`)).toEqual([
			'tests/test_a.py::test_one passed',
			'tests/test_a.py::test_two failed',
		]);
		expect(run.complete).toBe(true);
	});
});
