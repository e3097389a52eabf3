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
import type {JournalFile} from '../../source/triage/journal/file.js';
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

describe('undo after a compaction, the journal loaded from its snapshot', () => {
	/** A journal big enough to be worth a snapshot: 40 actions of two events each, each changing what its tests had. */
	function writeBig(at: string): void {
		const lines = ['{"triage":1,"created":"2026-11-23T10:00:00.000Z"}'];
		for (let index = 0; index < 80; index++) {
			lines.push(
				JSON.stringify({
					t: 'decide',
					id: `tests/test_${index % 7}.py::test_case`,
					category: ['BUG', 'ENVIRONMENT', 'TEST_DESIGN'][index % 3],
					priority: ['HIGH', 'LOW'][index % 2],
					at: new Date(Date.UTC(2026, 10, 23) + index * 1000).toISOString(),
					group: `g${Math.floor(index / 2)}`,
					of: 2,
				}),
			);
		}

		fs.writeFileSync(at, lines.join('\n') + '\n');
	}

	function decisions(state: DecisionState): string[] {
		return [...state].map(
			([key, decision]) => `${key} ${decision?.category} ${decision?.priority}`,
		);
	}

	/** Open, decide, let another process compact, then undo four times: the states after each step. */
	function session(at: string, isFromSnapshot: boolean): string[][] {
		const snapshots = {
			directory: path.join(directory, 'snapshots'),
			minBytes: 0,
			afterBytes: 0,
		};
		// A first load writes the snapshot the review then starts from.
		openJournal(at, {now: fakeClock(), snapshots});
		const review = openJournal(at, {
			now: fakeClock(),
			snapshots: isFromSnapshot ? snapshots : false,
		}) as JournalFile;
		expect(review.fromSnapshot > 0).toBe(isFromSnapshot);
		review.decide(bug);
		const steps = [decisions(review.state())];
		compactJournal(at, {now: fakeClock('2026-12-01T00:00:00.000Z')});
		expect(review.refresh()).toBe(true);
		for (let step = 0; step < 4; step++) {
			review.undo();
			steps.push(decisions(review.state()));
		}

		return steps;
	}

	test('z goes back through the actions before the compaction, as after a whole load', () => {
		const big = path.join(directory, 'big.jsonl');
		writeBig(file);
		writeBig(big);
		const whole = session(big, false);
		// The whole load's own undos change the state at every step (the test means something).
		expect(new Set(whole.map(step => step.join('\n'))).size).toBe(5);
		expect(session(file, true)).toEqual(whole);
	});
});
