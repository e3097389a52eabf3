/**
`triage store push` appends only what the store lacks, and `store pull` only what the triage file lacks: not the
events it has (whoever signed them: a triage file is committed, each person who pushes it would sign its events
anew, and a pull brought your own pushed events back signed), and not events older than the other side's own
decision on their report, which, appended after it, won the fold and undid that newer decision.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {openStoreJournal} from '../../source/store/decisions.js';
import {eventsToCopy} from '../../source/store/events-to-copy.js';
import {pullFromStore, pushToStore} from '../../source/store/sync.js';
import {decisionFor} from '../../source/triage/journal/fold.js';
import type {JournalEvent} from '../../source/triage/journal/events.js';
import {openJournal} from '../../source/triage/journal.js';
import {fakeClock} from '../clock.js';
import {serverForTests} from './server.js';

const server = await serverForTests('push');

const id = 'tests/test_a.py::test_one';

/** A clock a second later each time it is read, from 10:00:01 on 2026-12-01. */
function tickingClock(): () => Date {
	return fakeClock('2026-12-01T10:00:01Z');
}

function decide(
	at: string,
	category: string,
	extra: Partial<JournalEvent> = {},
): JournalEvent {
	return {
		t: 'decide',
		id,
		phase: 'call',
		category,
		priority: 'HIGH',
		note: '',
		at: `2026-12-01T10:00:0${at}.000Z`,
		...extra,
	};
}

describe('eventsToCopy', () => {
	test('an event the store has, signed there by whoever pushed it: skipped', () => {
		const event = decide('1', 'BUG');
		expect(eventsToCopy([event], [{...event, by: 'ada'}])).toEqual({
			events: [],
			overtaken: 0,
		});
	});

	test('an event older than the store decision on its report: left out, counted', () => {
		const local = decide('1', 'BUG');
		const newer = decide('2', 'ENVIRONMENT', {by: 'bob'});
		expect(eventsToCopy([local], [newer])).toEqual({events: [], overtaken: 1});
		// The whole test decided since stands for its call report too.
		expect(
			eventsToCopy([local], [{...newer, phase: undefined}]).overtaken,
		).toBe(1);
		// A decision for the whole test, older than one on any of its reports.
		expect(
			eventsToCopy([{...local, phase: undefined}], [newer]).overtaken,
		).toBe(1);
	});

	test('a newer event, or one on another report: pushed', () => {
		const older = decide('1', 'ENVIRONMENT', {by: 'bob'});
		const local = decide('2', 'BUG');
		const teardown = decide('0', 'BUG', {phase: 'teardown'});
		expect(eventsToCopy([local, teardown], [older])).toEqual({
			events: [local, teardown],
			overtaken: 0,
		});
	});

	test('an action some of whose events stay out says its new size', () => {
		const group = {group: 'g1', of: 3};
		const events = [
			decide('1', 'BUG', group),
			decide('1', 'BUG', {...group, id: 'tests/test_a.py::test_two'}),
			decide('1', 'BUG', {...group, id: 'tests/test_a.py::test_three'}),
		];
		const {events: pushed} = eventsToCopy(events, [decide('5', 'ENVIRONMENT')]);
		expect(pushed.map(event => [event.id, event.of])).toEqual([
			['tests/test_a.py::test_two', 2],
			['tests/test_a.py::test_three', 2],
		]);
	});
});

describe('eventsToCopy and undos', () => {
	const undoOf = (at: string): JournalEvent => ({
		t: 'clear',
		id,
		phase: 'call',
		at: `2026-12-01T10:00:0${at}.000Z`,
		group: 'u1',
		undo: 'g1',
	});

	test("a local undo of an action the other side decided after: left out with it, not clearing the other side's decision", () => {
		const mine = decide('1', 'BUG', {group: 'g1'});
		const bobs = decide('2', 'ENVIRONMENT', {by: 'bob', group: 'b1'});
		expect(eventsToCopy([mine, undoOf('3')], [bobs])).toEqual({
			events: [],
			overtaken: 2,
		});
		// Pushed before bob decided: the store has the action, and bob's decision since; the undo stays out.
		expect(
			eventsToCopy([mine, undoOf('3')], [{...mine, by: 'ada'}, bobs]),
		).toEqual({events: [], overtaken: 1});
		// Bob decided the whole test: that stands for the call report too.
		expect(
			eventsToCopy([mine, undoOf('3')], [{...bobs, phase: undefined}])
				.overtaken,
		).toBe(2);
	});

	test('an undo the other side decided nothing after, or decided another report or test since: copied', () => {
		const mine = decide('1', 'BUG', {group: 'g1'});
		expect(eventsToCopy([mine, undoOf('3')], [])).toEqual({
			events: [mine, undoOf('3')],
			overtaken: 0,
		});
		// Bob's decision came before the action the undo undoes: the undo restores what was before it, his.
		const older = decide('0', 'ENVIRONMENT', {by: 'bob', group: 'b0'});
		expect(eventsToCopy([mine, undoOf('3')], [older]).events).toEqual([
			mine,
			undoOf('3'),
		]);
		const elsewhere = [
			decide('2', 'ENVIRONMENT', {by: 'bob', phase: 'teardown'}),
			decide('2', 'ENVIRONMENT', {by: 'bob', id: 'tests/test_a.py::test_two'}),
		];
		expect(eventsToCopy([mine, undoOf('3')], elsewhere).events).toEqual([
			mine,
			undoOf('3'),
		]);
	});
});

describe.skipIf(!server)('store push on a real store', () => {
	test("pushing an older file after a newer decision on the store keeps the store's, and copies the rest", async () => {
		const url = await server!.createDatabase();
		const now = tickingClock();

		const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-push-'));
		const triagePath = path.join(folder, 'triage.jsonl');
		const file = openJournal(triagePath, {now});
		file.decide({id, phase: 'call', category: 'BUG', priority: 'HIGH'});
		file.decideMany([
			{id, phase: 'teardown', category: 'BUG', priority: 'LOW'},
			{
				id: 'tests/test_a.py::test_two',
				phase: 'call',
				category: 'TEST_DESIGN',
				priority: 'LOW',
			},
		]);
		expect(await pushToStore({url, triagePath, who: 'ada', now})).toMatchObject(
			{events: 3, eventsSkipped: 0},
		);

		// Bob decides on the store; then carol, whose file is ada's committed one plus a call decision
		// made before bob's, pushes it.
		const bob = await openStoreJournal({url, now, who: 'bob', listen: false});
		await bob.decide({
			id,
			phase: 'call',
			category: 'ENVIRONMENT',
			priority: 'LOW',
		});
		await bob.close();
		const carolFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-push-'));
		const carolPath = path.join(carolFolder, 'triage.jsonl');
		fs.copyFileSync(triagePath, carolPath);
		fs.appendFileSync(
			carolPath,
			JSON.stringify({
				t: 'decide',
				id,
				phase: 'call',
				category: 'UNKNOWN',
				priority: 'MEDIUM',
				note: '',
				at: '2026-12-01T10:00:01.500Z',
			}) + '\n',
		);
		expect(
			await pushToStore({url, triagePath: carolPath, who: 'carol', now}),
		).toEqual({
			events: 0,
			eventsSkipped: 4,
			eventsOvertaken: 1,
			runs: 0,
			runsSkipped: 0,
		});
		const store = await openStoreJournal({url, now, who: 'x', listen: false});
		const state = store.state();
		await store.close();
		expect(decisionFor(state, id, 'call')).toMatchObject({
			category: 'ENVIRONMENT',
			by: 'bob',
		});
		expect(decisionFor(state, id, 'teardown')).toMatchObject({
			category: 'BUG',
			by: 'ada',
		});
	});

	test('store pull into a read-only (0444) triage file: refused with one line, the file unchanged', async () => {
		const url = await server!.createDatabase();
		const now = () => new Date('2026-12-01T10:00:00Z');
		const bob = await openStoreJournal({url, now, who: 'bob', listen: false});
		await bob.decide({id, phase: 'call', category: 'BUG', priority: 'LOW'});
		await bob.close();
		const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-pull-'));
		const triagePath = path.join(folder, 'triage.jsonl');
		openJournal(triagePath, {now}).decide({
			id: 'tests/test_a.py::test_two',
			category: 'BUG',
			priority: 'HIGH',
		});
		fs.chmodSync(triagePath, 0o444);
		const before = fs.readFileSync(triagePath, 'utf8');
		await expect(
			pullFromStore({url, triagePath, who: 'ada', now}),
		).rejects.toThrow(
			/triage\.jsonl: (?:is read-only \(mode 0444\): nothing was saved|permission denied)/,
		);
		expect(fs.readFileSync(triagePath, 'utf8')).toBe(before);
	});

	test('store pull after your own push copies nothing back, and never an older decision over a newer one', async () => {
		const url = await server!.createDatabase();
		const now = tickingClock();

		const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-pull-'));
		const triagePath = path.join(folder, 'triage.jsonl');
		openJournal(triagePath, {now}).decide({
			id,
			phase: 'call',
			category: 'BUG',
			priority: 'HIGH',
		});
		await pushToStore({url, triagePath, who: 'ada', now});
		openJournal(triagePath, {now}).decide({
			id,
			phase: 'call',
			category: 'ENVIRONMENT',
			priority: 'LOW',
		});
		const before = fs.readFileSync(triagePath, 'utf8');
		expect(
			await pullFromStore({url, triagePath, who: 'ada', now}),
		).toMatchObject({events: 0, eventsSkipped: 1});
		expect(fs.readFileSync(triagePath, 'utf8')).toBe(before);
		expect(
			decisionFor(openJournal(triagePath, {now}).state(), id, 'call'),
		).toMatchObject({category: 'ENVIRONMENT'});
	});

	test("a decision undone in the file after bob decided on the store: push and pull keep bob's decision on both sides", async () => {
		const url = await server!.createDatabase();
		const now = tickingClock();

		const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-push-'));
		const triagePath = path.join(folder, 'triage.jsonl');
		const file = openJournal(triagePath, {now});
		file.decide({id, phase: 'call', category: 'BUG', priority: 'HIGH'});
		const bob = await openStoreJournal({url, now, who: 'bob', listen: false});
		await bob.decide({
			id,
			phase: 'call',
			category: 'ENVIRONMENT',
			priority: 'LOW',
		});
		await bob.close();
		// Ada undoes her decision, after bob's: her file has none now; bob's on the store is newer than hers.
		expect(file.undo()).toHaveLength(1);
		expect(decisionFor(file.state(), id, 'call')).toBeUndefined();
		expect(await pushToStore({url, triagePath, who: 'ada', now})).toMatchObject(
			{events: 0, eventsOvertaken: 2},
		);
		const store = await openStoreJournal({url, now, who: 'x', listen: false});
		expect(decisionFor(store.state(), id, 'call')).toMatchObject({
			category: 'ENVIRONMENT',
			by: 'bob',
		});
		await store.close();
		expect(
			await pullFromStore({url, triagePath, who: 'ada', now}),
		).toMatchObject({events: 1});
		expect(
			decisionFor(openJournal(triagePath, {now}).state(), id, 'call'),
		).toMatchObject({category: 'ENVIRONMENT', by: 'bob'});
	});

	test('store pull: an undo on the store of an action the file decided over since leaves the file decision', async () => {
		const url = await server!.createDatabase();
		const now = tickingClock();

		const bob = await openStoreJournal({url, now, who: 'bob', listen: false});
		await bob.decide({id, phase: 'call', category: 'BUG', priority: 'HIGH'});
		const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-pull-'));
		const triagePath = path.join(folder, 'triage.jsonl');
		await pullFromStore({url, triagePath, who: 'ada', now});
		openJournal(triagePath, {now}).decide({
			id,
			phase: 'call',
			category: 'TEST_DESIGN',
			priority: 'LOW',
		});
		expect(await bob.undo()).toHaveLength(1);
		await bob.close();
		expect(
			await pullFromStore({url, triagePath, who: 'ada', now}),
		).toMatchObject({events: 0, eventsOvertaken: 1});
		expect(
			decisionFor(openJournal(triagePath, {now}).state(), id, 'call'),
		).toMatchObject({category: 'TEST_DESIGN'});
	});
});
