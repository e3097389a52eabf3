import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import type {Run} from '../../source/log/model.js';
import {readLog} from '../../source/log/read.js';
import {checkAgainstXml} from './against-xml.js';
import {parseText, rule} from './helpers.js';

// What helper hunt65 found (fixtures/hunt/README.md, record-hunt65.sh).

const hunt = path.resolve('fixtures/hunt');
const runsNamed = (prefix: string) =>
	fs.readdirSync(hunt).filter(name => name.startsWith(prefix));
const messagesOf = (run: Run) => run.warnings.map(warning => warning.message);
const liveRule = (phase: string) => rule(`live log ${phase}`, '-');

describe("the first test's `id ` under -q with live logging, the process ended in it (livelogq-*)", () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('livelogq-p9-').length).toBeGreaterThan(0);
		expect(runsNamed('livelogq-p7-').length).toBeGreaterThan(0);
	});

	for (const name of runsNamed('livelogq-')) {
		test(`${name}: an interrupted run of no test, the one running named`, async () => {
			// Before: "not a test log" (exit 2). pytest wrote no report and no XML (`os._exit`).
			const run = await readLog(path.join(hunt, name, 'run.log'));
			expect(run.complete).toBe(false);
			expect(run.tests).toHaveLength(0);
			expect(messagesOf(run)).toEqual([
				"log ends before pytest's final summary line: the run was killed or the log is truncated (while test_live_exit.py::test_publishes ran: it may be what ended the process)",
			]);
		});
	}

	test('the id alone, as when the test logged nothing (seed 74638), is still no test log', async () => {
		await expect(
			parseText(['', 'test_x.py::test_1 about to leave'].join('\n')),
		).rejects.toThrow(/not a test log/);
		await expect(
			parseText(['', 'test_x.py::test_1 '].join('\n')),
		).rejects.toThrow(/not a test log/);
	});

	test('a live-log rule with no id waiting before it is still no test log', async () => {
		await expect(
			parseText(
				[
					liveRule('call'),
					'WARNING  broker:app.py:17 publishing',
					'test_x.py::test_1 is the next one',
				].join('\n'),
			),
		).rejects.toThrow(/not a test log/);
	});

	test("a rule of another title after the id is the test's output", async () => {
		await expect(
			parseText(
				['', 'test_x.py::test_1 ', rule('live feed call', '-')].join('\n'),
			),
		).rejects.toThrow(/not a test log/);
	});

	test('a later test ended after its live logs: the earlier ones counted, as without them', async () => {
		const run = await parseText(
			[
				'',
				'test_x.py::test_0 PASSED',
				'test_x.py::test_1 ',
				liveRule('call'),
				'WARNING  broker:test_x.py:9 publishing',
			].join('\n'),
		);
		expect(run.complete).toBe(false);
		expect(run.tests.map(test => [test.id, test.outcome])).toEqual([
			['test_x.py::test_0', 'passed'],
		]);
	});
});

describe('--setup-show: a skipped test’s letter glued after the previous test’s (showskip-*)', () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('showskip-p9-').length).toBeGreaterThan(0);
		expect(runsNamed('showskip-p7-').length).toBeGreaterThan(0);
	});

	for (const name of runsNamed('showskip-')) {
		test(`${name}: every test named with its own outcome, the run whole`, async () => {
			// Before: `::test_connects.s` was a test `test_connects.` skipped, `::test_rollbackFs` a test `test_rollbackF`
			// skipped, and `(fixtures used: cache).s` was not read.
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.complete).toBe(true);
			expect(messagesOf(run)).toEqual([]);
			const outcomes = Object.fromEntries(
				run.tests.map(test => [test.id.split('::').at(-1), test.outcome]),
			);
			expect(outcomes).toMatchObject({
				test_connects: 'passed',
				test_caches: 'passed',
				test_rollback: 'failed',
			});
		});
	}

	const showLog = (lines: readonly string[]) =>
		[
			rule('test session starts'),
			'platform linux -- Python 3.11.2, pytest-7.2.1, pluggy-1.0.0',
			'rootdir: /src/app',
			'collected 5 items',
			'',
			'test_a.py ',
			...lines,
			'',
			rule('2 passed, 1 failed, 2 skipped in 0.01s'),
		].join('\n');

	test('a dot, F or X that only skip, xfail or error letters follow is the call’s letter', async () => {
		const run = await parseText(
			showLog([
				'        test_a.py::test_one.sx',
				'        test_a.py::test_two[1.5].',
				'        test_a.py::test_PDFs',
			]),
		);
		expect(run.tests.map(test => [test.id, test.outcome])).toEqual([
			['test_a.py::test_one', 'passed'],
			['test_a.py::test_two[1.5]', 'passed'],
			['test_a.py::test_PD', 'failed'],
		]);
	});
});
