/**
A triage file replaced under an open journal by another program: an editor's save by rename of a copy it read
before the last decisions, `git checkout` of an older version, `truncate -s 100`. The decisions the journal had
read (and a review showed as saved) are appended again, as they were, and said once; a compaction, which keeps
every decision, and a decision made since are left alone (QA 45: the review showed them gone, saying 'another
session undid your decision' of the last one only).
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {
	compactJournal,
	decisionFor,
	openJournal,
	type Journal,
} from '../../source/triage/journal.js';
import {lostDecisionEvents} from '../../source/triage/journal/lost-decisions.js';
import {fakeClock} from '../clock.js';

let directory: string;
let file: string;

beforeEach(() => {
	directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-replaced-'));
	file = path.join(directory, 'triage.jsonl');
});

afterEach(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

/** A review's journal (`keepShown`): what it showed as saved stays saved. */
function open(now = fakeClock()): Journal {
	return openJournal(file, {now, snapshots: false, keepShown: true});
}

/** What an editor does on save: a new file written beside it, renamed over it. */
function saveByRename(text: string): void {
	const temporary = path.join(directory, '.triage.jsonl.swp');
	fs.writeFileSync(temporary, text);
	fs.renameSync(temporary, file);
}

function categoryOf(journal: Journal, id: string): string | undefined {
	return decisionFor(journal.state(), id, 'call')?.category;
}

const one = 'tests/a.py::test_one';
const two = 'tests/a.py::test_two';
const three = 'tests/b.py::test_three';

describe('a file replaced by another program', () => {
	test('an older version renamed over it: the decisions it lacks are appended again, as they were, and said once', () => {
		const journal = open();
		journal.decide({id: one, phase: 'call', category: 'BUG', priority: 'HIGH'});
		const older = fs.readFileSync(file, 'utf8');
		journal.decide({
			id: two,
			phase: 'call',
			category: 'ENVIRONMENT',
			priority: 'LOW',
			note: 'the proxy',
		});
		journal.decide({
			id: three,
			phase: 'call',
			category: 'TEST_DESIGN',
			priority: 'MEDIUM',
		});
		const shown = journal.state();
		saveByRename(older);

		expect(journal.refresh()).toBe(true);
		expect(categoryOf(journal, two)).toBe('ENVIRONMENT');
		expect(categoryOf(journal, three)).toBe('TEST_DESIGN');
		// Each as it was: its note and its time too.
		expect(decisionFor(journal.state(), two, 'call')).toEqual(
			decisionFor(shown, two, 'call'),
		);
		expect(journal.takeNotice()).toEqual({
			message: `${file} was replaced by another program without 2 decisions shown here: saved them again (z takes them out)`,
			isProblem: false,
			isSavedAgain: true,
		});
		expect(journal.takeNotice()).toBeUndefined();
		// On disk, for every later reader; one action.
		const reopened = open();
		expect(categoryOf(reopened, two)).toBe('ENVIRONMENT');
		expect(categoryOf(reopened, three)).toBe('TEST_DESIGN');
		expect(reopened.nextUndo()?.tests).toBe(2);
		// Nothing more to put back.
		expect(journal.refresh()).toBe(false);
		expect(journal.takeNotice()).toBeUndefined();
	});

	test('z takes the decisions put back out again: the file as the other program left it', () => {
		const journal = open();
		journal.decide({id: one, phase: 'call', category: 'BUG', priority: 'HIGH'});
		const older = fs.readFileSync(file, 'utf8');
		journal.decide({id: two, phase: 'call', category: 'BUG', priority: 'LOW'});
		saveByRename(older);
		journal.refresh();
		journal.undo();
		expect(categoryOf(open(), two)).toBeUndefined();
		expect(categoryOf(open(), one)).toBe('BUG');
	});

	test('truncated in place (truncate -s 100): every decision comes back', () => {
		const journal = open();
		journal.decide({id: one, phase: 'call', category: 'BUG', priority: 'HIGH'});
		journal.decide({id: two, phase: 'call', category: 'BUG', priority: 'LOW'});
		fs.truncateSync(file, 100);
		expect(journal.refresh()).toBe(true);
		const reopened = open();
		expect(categoryOf(reopened, one)).toBe('BUG');
		expect(categoryOf(reopened, two)).toBe('BUG');
		expect(journal.takeNotice()?.message).toContain('without 2 decisions');
	});

	test('noticed by the next decision before any refresh: that decision is saved, and the lost ones after it', () => {
		const journal = open();
		journal.decide({id: one, phase: 'call', category: 'BUG', priority: 'HIGH'});
		const older = fs.readFileSync(file, 'utf8');
		journal.decide({id: two, phase: 'call', category: 'BUG', priority: 'LOW'});
		saveByRename(older);
		journal.decide({
			id: three,
			phase: 'call',
			category: 'UNKNOWN',
			priority: 'LOW',
		});
		const reopened = open();
		expect(categoryOf(reopened, two)).toBe('BUG');
		expect(categoryOf(reopened, three)).toBe('UNKNOWN');
		expect(journal.takeNotice()?.message).toContain('without 1 decision ');
	});

	test('a compaction loses nothing: nothing is appended, nothing said', () => {
		const journal = open();
		journal.decide({id: one, phase: 'call', category: 'BUG', priority: 'HIGH'});
		journal.decide({id: one, phase: 'call', category: 'BUG', priority: 'LOW'});
		compactJournal(file, {now: fakeClock('2026-11-24T10:00:00.000Z')});
		const compacted = fs.readFileSync(file, 'utf8');
		expect(journal.refresh()).toBe(true);
		expect(fs.readFileSync(file, 'utf8')).toBe(compacted);
		expect(journal.takeNotice()).toBeUndefined();
	});

	test('a command’s journal (export, report, decide: it showed nothing as saved) leaves the replaced file as it is', () => {
		const journal = openJournal(file, {now: fakeClock(), snapshots: false});
		journal.decide({id: one, phase: 'call', category: 'BUG', priority: 'HIGH'});
		const older = fs.readFileSync(file, 'utf8');
		journal.decide({id: two, phase: 'call', category: 'BUG', priority: 'LOW'});
		saveByRename(older);
		expect(journal.refresh()).toBe(true);
		expect(fs.readFileSync(file, 'utf8')).toBe(older);
		expect(categoryOf(journal, two)).toBeUndefined();
		expect(journal.takeNotice()).toBeUndefined();
	});

	test('a file whose decision on a failure is newer than the one read keeps it', () => {
		const journal = open();
		journal.decide({id: one, phase: 'call', category: 'BUG', priority: 'HIGH'});
		// Another checkout decided the same failure later, and its file was copied over this one.
		const elsewhere = path.join(directory, 'other.jsonl');
		openJournal(elsewhere, {
			now: fakeClock('2026-11-25T10:00:00.000Z'),
			snapshots: false,
		}).decide({id: one, phase: 'call', category: 'UNKNOWN', priority: 'LOW'});
		saveByRename(fs.readFileSync(elsewhere, 'utf8'));
		expect(journal.refresh()).toBe(true);
		expect(categoryOf(journal, one)).toBe('UNKNOWN');
		expect(journal.takeNotice()).toBeUndefined();
	});

	test('on a read-only file system the refresh says which decisions are lost and keeps them to save later', () => {
		const journal = open();
		journal.decide({id: one, phase: 'call', category: 'BUG', priority: 'HIGH'});
		const older = fs.readFileSync(file, 'utf8');
		journal.decide({id: two, phase: 'call', category: 'BUG', priority: 'LOW'});
		saveByRename(older);
		fs.chmodSync(file, 0o444);
		expect(() => journal.refresh()).toThrow(
			/triage\.jsonl: was replaced by another program without 1 decision shown here, which cannot be saved again yet: /,
		);
		// Quitting asks: one more try, and how many are still not saved.
		expect(journal.unsavedLost()).toBe(1);
		fs.chmodSync(file, 0o644);
		expect(journal.refresh()).toBe(true);
		expect(journal.unsavedLost()).toBe(0);
		expect(categoryOf(open(), two)).toBe('BUG');
		expect(journal.takeNotice()?.message).toContain('without 1 decision ');
	});
});

describe('lostDecisionEvents', () => {
	const at = '2026-11-23T10:00:00.000Z';
	const decision = (
		id: string,
		phase: 'call' | 'setup' | undefined,
		time: string,
	) => ({
		id,
		...(phase && {phase}),
		category: 'BUG',
		priority: 'HIGH',
		note: '',
		at: time,
	});

	test('an id-wide decision lost comes back with its reports’ entries, tombstones as clears', () => {
		const idWide = decision(one, undefined, at);
		const before = new Map([
			[one, idWide],
			[`${one}\u0000setup`, undefined],
		]);
		expect(lostDecisionEvents(before, new Map(), 'now')).toEqual([
			{t: 'decide', ...idWide},
			{t: 'clear', id: one, phase: 'setup', at: 'now'},
		]);
	});

	test('a report’s decision older in the file now comes back; a newer one or the same stays', () => {
		const mine = decision(one, 'call', '2026-11-23T11:00:00.000Z');
		const before = new Map([[`${one}\u0000call`, mine]]);
		const older = new Map([
			[`${one}\u0000call`, decision(one, 'call', '2026-11-23T09:00:00.000Z')],
		]);
		const newer = new Map([
			[`${one}\u0000call`, decision(one, 'call', '2026-11-23T12:00:00.000Z')],
		]);
		expect(lostDecisionEvents(before, older, 'now')).toEqual([
			{t: 'decide', ...mine},
		]);
		expect(lostDecisionEvents(before, newer, 'now')).toEqual([]);
		expect(lostDecisionEvents(before, before, 'now')).toEqual([]);
	});
});
