import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import type {Run} from '../../source/log/model.js';
import {readLog} from '../../source/log/read.js';
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
