/**
A decision made before its failure's error was known (a live run prints tracebacks at its end) gets the
signature added later, by an event that is part of no undo step (`DecideEvent.adds`).
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {
	compactJournal,
	decisionFor,
	isStale,
	openJournal,
	type Journal,
} from '../../source/triage/journal.js';

let directory: string;
let file: string;

beforeEach(() => {
	directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-signed-'));
	file = path.join(directory, 'triage.jsonl');
});

afterEach(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

let tick = 0;
function open(): Journal {
	return openJournal(file, {
		now: () => new Date(Date.parse('2026-12-01T10:00:00Z') + 1000 * tick++),
	});
}

const id = 'tests/chaos/network/test_net.py::test_retry';
const decided = () => decisionFor(open().state(), id, 'call');

test('the signature is added, kept across loads and compaction, and makes a later error stale', () => {
	const journal = open();
	journal.decide({id, phase: 'call', category: 'BUG', priority: 'HIGH'});
	const before = decided()!;
	expect(before.signature).toBeUndefined();
	// Without a signature, no error is ever another one.
	expect(isStale(before, 'a1b2c3d4e5')).toBe(false);

	const [event] = journal.addSignatures([
		{decision: before, signature: 'a1b2c3d4e5'},
	]);
	expect(event).toMatchObject({t: 'decide', adds: 'signature'});
	expect(event!.group).toBeUndefined();
	expect(decisionFor(journal.state(), id, 'call')).toEqual({
		...before,
		signature: 'a1b2c3d4e5',
	});
	// Read again from disk: the same decision, decided when it was, with the signature.
	expect(decided()).toEqual({...before, signature: 'a1b2c3d4e5'});
	expect(isStale(decided()!, 'a1b2c3d4e5')).toBe(false);
	expect(isStale(decided()!, 'ffffffffff')).toBe(true);
	expect(open().warnings).toEqual([]);

	compactJournal(file, {now: () => new Date()});
	expect(decided()).toEqual({...before, signature: 'a1b2c3d4e5'});
});

test('z undoes the decision, not the added signature', () => {
	const journal = open();
	journal.decide({id, phase: 'call', category: 'TEST_DESIGN', priority: 'LOW'});
	journal.decide({id, phase: 'call', category: 'BUG', priority: 'HIGH'});
	journal.addSignatures([{decision: decided()!, signature: 'a1b2c3d4e5'}]);
	expect(journal.nextUndo()).toMatchObject({isOwn: true, kind: 'decide'});
	journal.undo();
	expect(decided()).toMatchObject({category: 'TEST_DESIGN', priority: 'LOW'});
	expect(decided()?.signature).toBeUndefined();
});

test('a decision changed since (another session, an undo) keeps what it has', () => {
	const journal = open();
	journal.decide({id, phase: 'call', category: 'BUG', priority: 'HIGH'});
	const first = decided()!;
	const other = open();
	other.decide({id, phase: 'call', category: 'ENVIRONMENT', priority: 'LOW'});
	journal.addSignatures([{decision: first, signature: 'a1b2c3d4e5'}]);
	expect(decided()).toMatchObject({category: 'ENVIRONMENT', priority: 'LOW'});
	expect(decided()?.signature).toBeUndefined();

	// Undone to nothing: nothing to add it to.
	other.undo();
	journal.undo();
	expect(decided()).toBeUndefined();
	journal.addSignatures([{decision: first, signature: 'a1b2c3d4e5'}]);
	expect(decided()).toBeUndefined();
});

test('a decision that has a signature keeps it', () => {
	const journal = open();
	journal.decide({
		id,
		phase: 'call',
		category: 'BUG',
		priority: 'HIGH',
		signature: '0000000000',
	});
	const decision = decided()!;
	journal.addSignatures([
		{decision: {...decision, signature: undefined}, signature: 'a1b2c3d4e5'},
	]);
	expect(decided()?.signature).toBe('0000000000');
});

test('an event that adds a field this version does not know is skipped with a warning', () => {
	open().decide({id, phase: 'call', category: 'BUG', priority: 'HIGH'});
	const at = decided()!.at;
	fs.appendFileSync(
		file,
		`${JSON.stringify({t: 'decide', id, phase: 'call', category: 'BUG', priority: 'HIGH', note: '', signature: 'x', at, adds: 'owner'})}\n`,
	);
	const journal = open();
	expect(journal.warnings).toEqual([
		{line: 3, message: expect.stringContaining('adds an unknown field')},
	]);
	expect(decided()?.signature).toBeUndefined();
});

test('a decision whose error never came gets its run named alone (adds run), and keeps no signature', () => {
	// A pipe left before pytest printed its tracebacks: the decision was made on `-`, the kept log is named after.
	const journal = open();
	journal.decide({
		id,
		phase: 'call',
		category: 'BUG',
		priority: 'HIGH',
		run: '-',
	});
	const before = decided()!;
	expect(before.run).toBe('-');
	// Named as a DecisionInput's run (from the current folder), kept from the triage file's.
	const [event] = journal.addSignatures([
		{decision: before, run: path.join(directory, '.triage/logs/stdin-1.log')},
	]);
	expect(event).toMatchObject({t: 'decide', adds: 'run'});
	expect(event!.signature).toBeUndefined();
	expect(event!.group).toBeUndefined();
	const named = {...before, run: '.triage/logs/stdin-1.log'};
	expect(decisionFor(journal.state(), id, 'call')).toEqual(named);
	expect(decided()).toEqual(named);
	expect(open().warnings).toEqual([]);
	expect(isStale(decided()!, 'ffffffffff')).toBe(false);
	// Not an action: z undoes the decision.
	expect(journal.nextUndo()).toMatchObject({isOwn: true, kind: 'decide'});
	compactJournal(file, {now: () => new Date()});
	expect(decided()).toEqual(named);
});

test('an event that adds a run without naming one is skipped with a warning', () => {
	open().decide({
		id,
		phase: 'call',
		category: 'BUG',
		priority: 'HIGH',
		run: '-',
	});
	const at = decided()!.at;
	for (const run of [undefined, '-']) {
		fs.appendFileSync(
			file,
			`${JSON.stringify({t: 'decide', id, phase: 'call', category: 'BUG', priority: 'HIGH', note: '', run, at, adds: 'run'})}\n`,
		);
	}

	expect(open().warnings).toEqual([
		{line: 3, message: expect.stringContaining('adds an unknown field')},
		{line: 4, message: expect.stringContaining('adds an unknown field')},
	]);
	expect(decided()?.run).toBe('-');
});

test("a decision made on a kept log's .partial is named by the log kept, and no other run is renamed (QA 34)", () => {
	const journal = open();
	const partial = path.join(
		directory,
		'.triage',
		'logs',
		'.run-4242-1796500000000.partial',
	);
	const kept = path.join(
		directory,
		'.triage',
		'logs',
		'run-2026-12-05T10-00-00-0123abcd.log',
	);
	journal.decide({
		id,
		phase: 'call',
		category: 'BUG',
		priority: 'HIGH',
		run: partial,
	});
	const onPartial = decided()!;
	expect(onPartial.run).toBe('.triage/logs/.run-4242-1796500000000.partial');
	journal.addSignatures([{decision: onPartial, run: kept}]);
	expect(decided()?.run).toBe(
		'.triage/logs/run-2026-12-05T10-00-00-0123abcd.log',
	);
	// A decision on a log of its own keeps its name.
	journal.addSignatures([
		{decision: decided()!, run: path.join(directory, 'other.log')},
	]);
	expect(decided()?.run).toBe(
		'.triage/logs/run-2026-12-05T10-00-00-0123abcd.log',
	);
});

test('two sessions on one file signing one decision write one signature event (QA 42)', () => {
	const runner = open();
	runner.decide({id, phase: 'call', category: 'BUG', priority: 'HIGH'});
	const follower = open();
	const decision = decisionFor(follower.state(), id, 'call')!;
	const signed = [{decision, signature: 'a1b2c3d4e5'}];
	expect(runner.addSignatures(signed)).toHaveLength(1);
	// The follower's state is from before the runner signed: the file says it is signed now.
	expect(follower.addSignatures(signed)).toEqual([]);
	const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
	expect(lines.filter(line => line.includes('"adds"'))).toHaveLength(1);
	expect(decisionFor(follower.state(), id, 'call')!.signature).toBe(
		'a1b2c3d4e5',
	);
});
