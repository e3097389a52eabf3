import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {header, parseText, rule} from './helpers.js';

// Shapes the fourteenth hunt's runs showed (fixtures/real-suites/README.md, record-hunt14.sh), as small logs.

const root = path.resolve('fixtures/real-suites');

function disagreements(run: Awaited<ReturnType<typeof parseText>>): string[] {
	return run.warnings
		.map(warning => warning.message)
		.filter(message => message.includes('disagree'));
}

describe('the fourteenth hunt: output printed with capture suspended, right after progress letters', () => {
	test('output starting with a letter that is also a progress letter (`shown …` after `....`): the letters before it still count', async () => {
		const run = await parseText(
			[
				header,
				'collected 7 items',
				'',
				'tests/test_a.py .....                                                    [ 71%]',
				'tests/test_b.py ..shown while capture is disabled: 3 of 5 steps done',
				'                                                                         [100%]',
				'',
				rule('7 passed in 0.10s'),
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.counts.passed).toBe(7);
		expect(disagreements(run)).toEqual([]);
	});

	test('the same under -q: as many of the letters as pytest counts (the `s` may be a skipped test)', async () => {
		const parse = async (skipped: number) =>
			parseText(
				[
					'.s.xshown while capture is disabled',
					'...                                                                      [100%]',
					rule('short test summary info'),
					rule(`5 passed, ${skipped} skipped, 1 xfailed in 0.10s`),
				].join('\n'),
			);
		for (const skipped of [1, 2]) {
			const run = await parse(skipped);
			expect(run.counts.skipped).toBe(skipped);
			expect(disagreements(run)).toEqual([]);
		}

		// No run of the letters makes pytest's counts: its own counts, and a warning that they disagree.
		const run = await parse(3);
		expect(run.counts.skipped).toBe(3);
		expect(disagreements(run)).toHaveLength(1);
	});

	test("-q: a plugin's line written after each failing test's letter (`F[notify] …`), for more than sixteen failures: every letter counts", async () => {
		const failing = Array.from(
			{length: 20},
			(_, index) =>
				`F[notify] tests/test_a.py::test_${index} failed at call: E   AssertionError`,
		);
		const run = await parseText(
			[
				`..${failing[0]!}`,
				...failing.slice(1),
				'...                                                                      [100%]',
				rule('short test summary info'),
				...failing.map(
					(_, index) =>
						`FAILED tests/test_a.py::test_${index} - AssertionError`,
				),
				rule('20 failed, 5 passed in 0.10s'),
			].join('\n'),
		);
		expect(run.counts).toMatchObject({failed: 20, passed: 5});
		expect(disagreements(run)).toEqual([]);
	});

	test('the real runs (pyflakes, cytoolz and influxdb under pytest 7.2 and 9): counted without a warning', async () => {
		for (const name of [
			'pyflakes-p9-rA-tblong-l',
			'influx-p9-tbnative-abort',
			'cytoolz-p7-rA-l-narrow',
			'cytoolz-p9-q-ids-raw-rA',
			'cytoolz-p7-q-oddfail-tbshort',
			'cytoolz-p9-q-oddfail-raw-n2',
		]) {
			const run = await readLog(path.join(root, name, 'run.log'));
			expect(disagreements(run)).toEqual([]);
		}
	});
});

test('a process ended with no message under -v (os._exit in a fixture): the warning names the test that was running', async () => {
	const run = await readLog(
		path.join(root, 'pyflakes-p7-v-fixture-exit', 'run.log'),
	);
	expect(run.complete).toBe(false);
	expect(run.warnings.map(warning => warning.message)).toEqual([
		"log ends before pytest's final summary line: the run was killed or the log is truncated (while pyflakes/test/test_match.py::TestMatch::test_match_bindings ran: it may be what ended the process)",
	]);
});
