/**
`triage compact` from another terminal while a review has the journal open: the review reads the new file, and
its undo history (which the compacted file does not hold) is kept when the compaction changed no decision. It
said "nothing to undo" after any compaction.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {
	compactJournal,
	openJournal,
	type Decision,
	type DecisionState,
} from '../../source/triage/journal.js';
import {fakeClock} from '../clock.js';

let directory: string;
let file: string;

beforeEach(() => {
	directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-undo-compact-'));
	file = path.join(directory, 'triage.jsonl');
});

afterEach(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

function plain(state: DecisionState): Record<string, Decision | undefined> {
	return Object.fromEntries(state);
}

const bug = {id: 'tests/a.py::test_a', category: 'BUG', priority: 'HIGH'};
const cluster = ['tests/c.py::test_1', 'tests/c.py::test_2'];

describe('undo after another process compacted the journal', () => {
	test('nothing changed by it: z goes back step by step, as before the compaction', () => {
		const review = openJournal(file, {now: fakeClock(), history: true});
		review.decide({...bug, note: 'first', run: 'run.log', signature: 's1'});
		const one = plain(review.state());
		review.decideMany(
			cluster.map(id => ({
				id,
				phase: 'setup' as const,
				category: 'ENVIRONMENT',
				priority: 'LOW',
			})),
		);
		const two = plain(review.state());
		review.clear(bug.id);
		const three = plain(review.state());

		compactJournal(file, {now: fakeClock('2026-12-01T00:00:00.000Z')});
		// The review notices the new file (as its refresh timer does) and keeps its place in the history.
		expect(review.refresh()).toBe(true);
		expect(plain(review.state())).toEqual(three);
		expect(review.nextUndo()).toMatchObject({isOwn: true, kind: 'clear'});

		review.undo();
		expect(plain(review.state())).toEqual(two);
		review.undo();
		expect(plain(review.state())).toEqual(one);
		review.undo();
		expect(review.state().size).toBe(0);
		expect(review.canUndo()).toBe(false);

		// What the undos wrote reads the same in a new session (the file holds no history of the groups undone).
		const reopened = openJournal(file, {now: fakeClock()});
		expect(reopened.state().size).toBe(0);
		expect(reopened.warnings).toEqual([]);
	});

	test('a decision made meanwhile elsewhere, not read by the review before the compaction: the history goes, as before', () => {
		const review = openJournal(file, {now: fakeClock(), history: true});
		review.decide(bug);
		const other = openJournal(file, {now: fakeClock()});
		other.decide({...bug, category: 'UNKNOWN'});

		compactJournal(file, {now: fakeClock('2026-12-01T00:00:00.000Z')});
		expect(review.refresh()).toBe(true);
		expect(review.state().get(bug.id)?.category).toBe('UNKNOWN');
		// Its BUG→nothing step no longer describes the file: undoing it would drop the other's decision.
		expect(review.canUndo()).toBe(false);
	});

	test('a decision read before the compaction, then another after it: both undo', () => {
		const review = openJournal(file, {now: fakeClock(), history: true});
		review.decide(bug);
		compactJournal(file, {now: fakeClock('2026-12-01T00:00:00.000Z')});
		review.decide({...bug, category: 'TEST_DESIGN'});
		expect(review.state().get(bug.id)?.category).toBe('TEST_DESIGN');
		review.undo();
		expect(review.state().get(bug.id)?.category).toBe('BUG');
		review.undo();
		expect(review.state().size).toBe(0);
		expect(openJournal(file, {now: fakeClock()}).state().size).toBe(0);
	});
});
