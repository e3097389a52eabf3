import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {
	decisionFor,
	openJournal,
	sameAction,
	type Journal,
	type UndoTarget,
} from '../../source/triage/journal.js';
import {actionText, whenText} from '../../source/triage/undo-text.js';

let directory: string;
let file: string;

beforeEach(() => {
	directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-undo-target-'));
	file = path.join(directory, 'triage.jsonl');
});

afterEach(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

const at = '2026-12-02T10:42:00.000Z';

/** A journal on the file: each one is a session (a review, a `triage decide`). */
function session(time = at): Journal {
	return openJournal(file, {now: () => new Date(time), snapshots: false});
}

function decisions(count: number, category = 'BUG') {
	return Array.from({length: count}, (_, index) => ({
		id: `tests/test_bulk.py::test_${index}`,
		phase: 'call' as const,
		category,
		priority: 'HIGH',
	}));
}

describe('what an undo would revert, on a triage file', () => {
	test("a session's own action is its own; another journal on the file sees it as another session's", () => {
		const review = session();
		review.decide({id: 'tests/a.py::test_a', category: 'BUG', priority: 'LOW'});
		expect(review.nextUndo()).toMatchObject({
			isOwn: true,
			tests: 1,
			reports: 1,
			kind: 'decide',
			id: 'tests/a.py::test_a',
			at,
			by: undefined,
		});
		const other = session();
		expect(other.nextUndo()).toMatchObject({isOwn: false, tests: 1});
	});

	test('a bulk decide by another session: described with its size, refused by an own-only undo, undone once asked about', () => {
		const review = session();
		review.decide({id: 'tests/a.py::test_a', category: 'BUG', priority: 'LOW'});
		const decide = session('2026-12-02T10:43:00.000Z');
		decide.decideMany(decisions(6687));

		const target = review.nextUndo()!;
		expect(target).toMatchObject({
			isOwn: false,
			tests: 6687,
			reports: 6687,
			kind: 'decide',
			id: undefined,
			at: '2026-12-02T10:43:00.000Z',
		});
		const size = fs.statSync(file).size;
		const refused = review.undoIf(each => each.isOwn);
		expect(refused.events).toEqual([]);
		expect(refused.target?.group).toBe(target.group);
		// Nothing written, nothing changed.
		expect(fs.statSync(file).size).toBe(size);
		expect(review.state().size).toBe(6688);

		const undone = review.undoIf(sameAction(target.group));
		expect(undone.events).toHaveLength(6687);
		expect(session().state().size).toBe(1);
		// Next: the review's own decision.
		expect(review.nextUndo()).toMatchObject({isOwn: true, tests: 1});
	});

	test('the action asked about is undone and nothing else: another session appended meanwhile', () => {
		const review = session();
		const decide = session();
		decide.decideMany(decisions(3));
		const asked = review.nextUndo()!;
		// Between the question and the y: another process decides one more.
		decide.decide({
			id: 'tests/late.py::test_late',
			category: 'ENVIRONMENT',
			priority: 'LOW',
		});
		const outcome = review.undoIf(sameAction(asked.group));
		expect(outcome.events).toEqual([]);
		expect(outcome.target).toMatchObject({
			isOwn: false,
			tests: 1,
			id: 'tests/late.py::test_late',
		});
		expect(session().state().size).toBe(4);
	});

	test('reports and tests are counted apart; a clear and a mixed action say so', () => {
		const journal = session();
		journal.decideMany([
			{
				id: 'tests/a.py::test_a',
				phase: 'call',
				category: 'BUG',
				priority: 'HIGH',
			},
			{
				id: 'tests/a.py::test_a',
				phase: 'teardown',
				category: 'ENVIRONMENT',
				priority: 'LOW',
			},
		]);
		expect(journal.nextUndo()).toMatchObject({
			tests: 1,
			reports: 2,
			kind: 'decide',
		});
		journal.clearMany([
			{id: 'tests/a.py::test_a', phase: 'call'},
			{id: 'tests/b.py::test_b'},
		]);
		expect(journal.nextUndo()).toMatchObject({
			tests: 2,
			reports: 2,
			kind: 'clear',
			at,
		});
	});

	test('a journal written before: events without a group are no undo step; `by` pulled from a store is kept', () => {
		fs.writeFileSync(
			file,
			[
				'{"triage":1,"created":"2026-11-23T10:00:00Z"}',
				'{"t":"decide","id":"tests/a.py::test_a","category":"BUG","priority":"HIGH","note":"","at":"2026-11-23T10:00:00Z"}',
				'{"t":"decide","id":"tests/b.py::test_b","category":"BUG","priority":"HIGH","note":"","at":"2026-11-23T11:00:00Z","group":"g1","by":"ada"}',
				'',
			].join('\n'),
		);
		const journal = session();
		expect(journal.nextUndo()).toMatchObject({
			group: 'g1',
			isOwn: false,
			by: 'ada',
			at: '2026-11-23T11:00:00Z',
		});
		journal.undo();
		expect(journal.nextUndo()).toBeUndefined();
		expect(
			decisionFor(journal.state(), 'tests/a.py::test_a', 'call'),
		).toBeDefined();
	});

	test('a big journal opened from its snapshot reads its history for the question', () => {
		const snapshots = path.join(directory, 'cache');
		const first = openJournal(file, {
			now: () => new Date(at),
			snapshots: {directory: snapshots, minBytes: 0, afterBytes: 0},
		});
		first.decideMany(decisions(50));
		const reopened = openJournal(file, {
			now: () => new Date(at),
			snapshots: {directory: snapshots, minBytes: 0},
		});
		expect(reopened.nextUndo()).toMatchObject({isOwn: false, tests: 50});
	});
});

describe('the words for it', () => {
	const now = new Date(at);
	const target: UndoTarget = {
		group: 'g',
		isOwn: false,
		tests: 6687,
		reports: 6687,
		kind: 'decide',
		id: undefined,
		at,
		by: undefined,
	};
	const local = whenText(at, now)!;

	test.each<[Partial<UndoTarget>, string]>([
		[{}, `6,687 decisions ${local}`],
		[{by: 'ada'}, `6,687 decisions by ada ${local}`],
		[{tests: 6000}, `6,687 decisions on 6,000 tests ${local}`],
		[
			{tests: 1, reports: 1, id: 'tests/a.py::test_a'},
			`a decision on tests/a.py::test_a ${local}`,
		],
		[{kind: 'clear', reports: 3, tests: 3}, `3 decisions removed ${local}`],
		[
			{kind: 'clear', reports: 1, tests: 1, id: 'tests/a.py::test_a'},
			`a decision removed from tests/a.py::test_a ${local}`,
		],
		[{kind: 'both', reports: 4, tests: 4}, `4 changes to decisions ${local}`],
		[{at: 'not a time'}, '6,687 decisions'],
		[{at: undefined}, '6,687 decisions'],
	])('%o', (change, expected) => {
		expect(actionText({...target, ...change}, now)).toBe(expected);
	});

	test('the time: on the day, the clock; before, the date too', () => {
		expect(local).toMatch(/^at \d\d:\d\d$/);
		const dayBefore = new Date(Date.parse(at) - 86_400_000).toISOString();
		expect(whenText(dayBefore, now)).toMatch(/^on \d{4}-\d\d-\d\d \d\d:\d\d$/);
	});

	test('what a file says is made inert and clipped', () => {
		const text = actionText(
			{
				...target,
				by: 'mallory\u001B]0;pwned\u0007\u001B[2J and a very long name indeed',
				tests: 1,
				reports: 1,
				id: `tests/${'deep/'.repeat(20)}test_x.py::test_\u001B[31mred`,
			},
			now,
		);
		expect(text).not.toContain('\u001B');
		expect(text).not.toContain('\u0007');
		expect(text).toContain('by mallory␛]0;pwned');
		expect(text).toContain('…');
		expect(text.length).toBeLessThan(100);
	});
});
