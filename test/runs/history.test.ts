import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import {signatureOf} from '../../source/classify/signature.js';
import type {Run} from '../../source/log/model.js';
import {
	HistoryError,
	HistoryStore,
	type RunRecord,
} from '../../source/runs/history/store.js';
import {makeRun, type TestSpec} from '../classify/make-run.js';

let directory: string;
let file: string;
const now = () => new Date('2026-12-01T06:00:00Z');

beforeEach(() => {
	directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-history-'));
	file = path.join(directory, '.triage', 'history.sqlite');
});

afterEach(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

function recordOf(run: Run, key = run.source): RunRecord {
	return {
		run,
		key,
		logs: [{path: run.source, hash: `hash-${key}`, bytes: 100}],
		signatureOf: failure => signatureOf(failure).hash,
	};
}

describe('HistoryStore', () => {
	test('records a run once by its key, lists it, and forgets it', () => {
		const store = HistoryStore.open(file, {now});
		const run = makeRun('day1.log', {'a.py::x': 'failed', 'a.py::y': 'passed'});
		expect(store.record(recordOf(run))).toEqual({id: 1, isNew: true});
		expect(store.record(recordOf(run))).toEqual({id: 1, isNew: false});
		const [listed] = store.list();
		expect(listed).toMatchObject({
			id: 1,
			source: 'day1.log',
			complete: true,
			logs: ['day1.log'],
		});
		expect(listed!.counts.failed).toBe(1);
		expect(store.forget(1)).toEqual({isForgotten: true, unusedKept: []});
		expect(store.list()).toEqual([]);
		expect(store.forget(1).isForgotten).toBe(false);
		store.close();
		// Its folder says git should leave it alone.
		expect(
			fs.readFileSync(path.join(directory, '.triage', '.gitignore'), 'utf8'),
		).toMatch(/^\*$/m);
	});

	test('a run whose one report has no id (an error collecting the session) comes back with it', () => {
		// pytest's "ERROR collecting test session": the XML's testcase has classname="" name="".
		const day1 = makeRun('day1.log', {'': 'error'});
		const day2 = makeRun('day2.log', {'': 'error'});
		const store = HistoryStore.open(file, {now});
		store.record(recordOf(day1));
		const context = store.context({window: 30, ids: ['']});
		store.close();
		expect(context).toHaveLength(1);
		expect(context[0]!.tests.map(test => [test.id, test.outcome])).toEqual([
			['', 'error'],
		]);
		const alone = analyze([...context, day2]);
		expect(alone.failures[0]!.status).toBe('still failing');
	});

	test('day 2 alone knows day 1: context runs give the same statuses as both logs given', () => {
		const day1 = makeRun('day1.log', {
			'a.py::still': 'failed',
			'a.py::fixed': 'failed',
			'a.py::fine': 'passed',
		});
		const day2 = makeRun('day2.log', {
			'a.py::still': 'failed',
			'a.py::fixed': 'passed',
			'a.py::fine': 'failed',
		});
		const store = HistoryStore.open(file, {now});
		store.record(recordOf(day1));
		const context = store.context({
			window: 30,
			ids: day2.failures.map(failure => failure.id),
		});
		expect(context).toHaveLength(1);
		const alone = analyze([...context, day2]);
		const together = analyze([day1, day2]);
		const statuses = (analysis: typeof alone) =>
			Object.fromEntries(
				analysis.failures.map(item => [item.failure.id, item.status]),
			);
		expect(statuses(alone)).toEqual({
			'a.py::still': 'still failing',
			'a.py::fine': 'new',
		});
		expect(statuses(alone)).toEqual(statuses(together));
		expect(alone.fixed.map(history => history.id)).toEqual(['a.py::fixed']);
		expect(alone.runs[0]!.isFromHistory).toBe(true);
		store.close();
	});

	test('flaky across the history, and a window of the newest runs before a given one', () => {
		const store = HistoryStore.open(file, {now});
		const outcomes = ['passed', 'failed', 'passed', 'failed'] as const;
		for (const [index, outcome] of outcomes.entries()) {
			store.record(
				recordOf(
					makeRun(`day${index + 1}.log`, {
						'a.py::flip': outcome,
						'a.py::other': 'passed',
					}),
				),
			);
		}

		const today = makeRun('today.log', {
			'a.py::flip': 'failed',
			'a.py::other': 'passed',
		});
		const all = store.context({window: 30, ids: ['a.py::flip']});
		expect(all.map(run => run.source)).toEqual([
			'day1.log',
			'day2.log',
			'day3.log',
			'day4.log',
		]);
		// Passing tests of a past run are read only for the tests asked about.
		expect(all[0]!.tests.map(test => test.id)).toEqual(['a.py::flip']);
		const analysis = analyze([...all, today]);
		expect(analysis.failures[0]!.flaky.isFlaky).toBe(true);
		expect(analysis.failures[0]!.status).toBe('flaky');
		expect(
			store.context({window: 2, before: 4, ids: []}).map(run => run.source),
		).toEqual(['day2.log', 'day3.log']);
		store.close();
	});

	test('a window read back gives the run diff the logs themselves give: statuses, histories, fixed and flaky, in order', () => {
		// Twelve days of a suite whose tests flip and are re-run, and whose list changes (tests come and go):
		// the window's runs share a few lists, and hold only the tests that matter.
		let state = 13;
		const random = () => {
			state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
			return state / 2_147_483_648;
		};

		const outcomes = [
			'passed',
			'passed',
			'failed',
			'error',
			'skipped',
			'xfailed',
			'xpassed',
		] as const;
		const days = Array.from({length: 12}, (_, day) => {
			const tests: Record<string, TestSpec> = {};
			for (let test = 0; test < 40; test++) {
				// Tests 30 to 39 exist from day 5 on; tests 0 to 4 until day 8.
				if ((test >= 30 && day < 5) || (test < 5 && day > 8)) {
					continue;
				}

				const outcome = outcomes[Math.floor(random() * outcomes.length)]!;
				tests[`a.py::t${test}`] =
					outcome === 'passed' && random() < 0.15
						? {outcome, reruns: 1}
						: outcome;
			}

			return makeRun(`day${day + 1}.log`, tests);
		});
		const today = days.pop()!;
		const store = HistoryStore.open(file, {now});
		for (const day of days) {
			store.record(recordOf(day));
		}

		const context = store.context({
			window: 30,
			ids: today.failures.map(failure => failure.id),
		});
		expect(context).toHaveLength(days.length);
		// Each run read back holds the tests that failed or were re-run on some day, and those asked for.
		const matter = new Set([
			...today.failures.map(failure => failure.id),
			...days.flatMap(day =>
				day.tests
					.filter(
						test =>
							test.outcome === 'failed' ||
							test.outcome === 'error' ||
							(test.reruns ?? 0) > 0,
					)
					.map(test => test.id),
			),
		]);
		for (const [index, run] of context.entries()) {
			expect(new Set(run.tests.map(test => test.id))).toEqual(
				new Set(
					days[index]!.tests.map(test => test.id).filter(id => matter.has(id)),
				),
			);
		}

		const diffOf = (runs: Run[]) => {
			const analysis = analyze(runs);
			return {
				failures: analysis.failures.map(item => [
					item.failure.id,
					item.status,
					item.flaky,
					item.history,
				]),
				fixed: analysis.fixed,
				flaky: analysis.flaky,
				runs: analysis.runs.map(
					({isFromHistory, historyId, source, ...health}) => health,
				),
			};
		};

		const expected = diffOf([...days, today]);
		expect(expected.fixed.length).toBeGreaterThan(0);
		expect(expected.flaky.length).toBeGreaterThan(0);
		expect(diffOf([...context, today])).toEqual(expected);
		store.close();
	});

	test('re-run sessions are stored as attempts: a pass there is flaky evidence the next day', () => {
		const store = HistoryStore.open(file, {now});
		const run = {
			// Passing tests too: a run where most tests fail is an outage, not evidence.
			...makeRun('ci.log', {
				'a.py::x': 'failed',
				'a.py::y': 'passed',
				'a.py::z': 'passed',
			}),
			retries: [
				{
					id: 'a.py::x',
					file: 'a.py',
					outcome: 'passed' as const,
					phase: 'call' as const,
					attempt: 1,
				},
			],
		};
		store.record(recordOf(run));
		const [past] = store.context({window: 5, ids: ['a.py::x']});
		expect(past!.retries).toEqual([
			{
				id: 'a.py::x',
				file: 'a.py',
				outcome: 'passed',
				phase: 'call',
				attempt: 1,
			},
		]);
		const today = makeRun('today.log', {
			'a.py::x': 'failed',
			'a.py::y': 'passed',
			'a.py::z': 'passed',
		});
		expect(analyze([past!, today]).failures[0]!.flaky.passedOnRerun).toBe(true);
		store.close();
	});

	test('the errors a test failed with before, by signature', () => {
		const store = HistoryStore.open(file, {now});
		const run = makeRun('day1.log', {
			'a.py::x': {
				outcome: 'failed',
				failure: {
					headline: 'ConnectionError: refused',
					exceptionType: 'ConnectionError',
				},
			},
		});
		store.record(recordOf(run));
		const [error] = store.earlierErrors(['a.py::x', 'a.py::unknown']);
		expect(error).toEqual({
			id: 'a.py::x',
			signature: signatureOf(run.failures[0]!).hash,
			headline: 'ConnectionError: refused',
		});
		store.close();
	});

	test("earlier errors come in the order the ids are asked for, each id's by signature", () => {
		const store = HistoryStore.open(file, {now});
		const failing = (headline: string) => ({
			outcome: 'failed' as const,
			failure: {headline, exceptionType: headline.split(':')[0]!},
		});
		const day1 = makeRun('day1.log', {
			'a.py::x': failing('ConnectionError: refused'),
			'b.py::y': failing('KeyError: k'),
		});
		const day2 = makeRun('day2.log', {
			'a.py::x': failing('TimeoutError: slow'),
			'b.py::y': failing('KeyError: k'),
		});
		store.record(recordOf(day1));
		store.record(recordOf(day2));
		const errors = store.earlierErrors(['b.py::y', 'a.py::none', 'a.py::x']);
		const xSignatures = [day1, day2]
			.map(run => signatureOf(run.failures[0]!).hash)
			.toSorted();
		expect(errors.map(error => [error.id, error.signature])).toEqual([
			['b.py::y', signatureOf(day1.failures[1]!).hash],
			...xSignatures.map(signature => ['a.py::x', signature]),
		]);
		store.close();
	});

	test('a history from a newer triage is refused in one line and left as it is', () => {
		HistoryStore.open(file, {now}).close();
		const db = new Database(file);
		db.prepare("UPDATE meta SET value = '99' WHERE name = 'schema'").run();
		db.close();
		const before = fs.readFileSync(file);
		expect(() => HistoryStore.open(file, {now})).toThrow(HistoryError);
		expect(() => HistoryStore.open(file, {now})).toThrow(
			/newer triage \(history schema 99/,
		);
		expect(fs.readFileSync(file).equals(before)).toBe(true);
	});

	test('a corrupt file is a HistoryError, one line', () => {
		fs.mkdirSync(path.dirname(file), {recursive: true});
		fs.writeFileSync(file, 'this is not a database\n'.repeat(200));
		let message = '';
		try {
			HistoryStore.open(file, {now});
		} catch (error) {
			expect(error).toBeInstanceOf(HistoryError);
			message = (error as Error).message;
		}

		expect(message).toMatch(/history\.sqlite: /);
		expect(message).not.toContain('\n');
	});
});
