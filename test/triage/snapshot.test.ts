/*
A big journal loads from its snapshot (`journal/snapshot.ts`, `journal/snapshot-store.ts`): the state,
the warnings and every undo must be what loading the whole journal gives, whatever happened to the journal
or the snapshot since the snapshot was written. These tests use `minBytes: 0`, so every journal is big.
*/
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {phases} from '../../source/log/model.js';
import type {JournalEvent} from '../../source/triage/journal/events.js';
import {JournalFold} from '../../source/triage/journal/fold.js';
import {
	decodeSnapshot,
	encodeSnapshot,
} from '../../source/triage/journal/snapshot.js';
import {
	defaultSnapshotPlace,
	maxSnapshots,
	readOnlyPlace,
	readOnlySnapshots,
	snapshotFile,
	writeSnapshot,
} from '../../source/triage/journal/snapshot-store.js';
import type {JournalFile} from '../../source/triage/journal/file.js';
import {SharedStrings} from '../../source/triage/journal/shared.js';
import {
	compactJournal,
	openJournal,
	type Journal,
} from '../../source/triage/journal.js';
import {fakeClock} from '../clock.js';

let directory: string;
let file: string;
let snapshots: string;

beforeEach(() => {
	directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-snapshot-'));
	file = path.join(directory, 'triage.jsonl');
	snapshots = path.join(directory, 'cache');
});

afterEach(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

/** The journal at `at`, through its snapshot (written when the load read enough past it). */
function withSnapshot(at = file): Journal {
	return openJournal(at, {
		now: fakeClock('2026-12-01T00:00:00.000Z'),
		snapshots: {directory: snapshots, minBytes: 0},
	});
}

/** The journal at `at`, read whole, as main reads it. */
function whole(at = file): Journal {
	return openJournal(at, {
		now: fakeClock('2026-12-01T00:00:00.000Z'),
		snapshots: false,
	});
}

function snapshotPath(at = file): string {
	return snapshotFile(snapshots, fs.realpathSync(at));
}

const header = '{"triage":1,"created":"2026-11-23T10:00:00.000Z"}';

/** A decide line of about 300 bytes, so that a few thousand make more than a snapshot's threshold. */
function decideLine(
	index: number,
	fields: Record<string, unknown> = {},
): string {
	return JSON.stringify({
		t: 'decide',
		id: `tests/chaos/test_${index % 50}.py::test_case[${index % 7}]`,
		category: ['BUG', 'ENVIRONMENT', 'TEST_DESIGN'][index % 3],
		priority: ['HIGH', 'LOW'][index % 2],
		note: index % 5 === 0 ? `note ${index}` : '',
		signature: `AssertionError: boom ${index % 9} @ tests/chaos/test_${index % 50}.py:${index % 100}`,
		run: 'run.log',
		at: new Date(Date.UTC(2026, 10, 23) + index * 1000).toISOString(),
		group: `g${Math.floor(index / 2)}`,
		...fields,
	});
}

/** A journal of `count` events (past `snapshotAfterBytes`: a load writes a snapshot). */
function writeJournal(count = 2000, extra: string[] = []): void {
	const lines = [header];
	for (let index = 0; index < count; index++) {
		lines.push(decideLine(index));
	}

	fs.writeFileSync(file, [...lines, ...extra].join('\n') + '\n');
}

/**
Loading through the snapshot and loading whole agree, and so do three undos (`undoSteps`) on copies of the
file (the undos append to the journal).
*/
function expectSameAsWhole(undoSteps = 3): void {
	const copy = path.join(directory, 'copy.jsonl');
	fs.copyFileSync(file, copy);
	const fromSnapshot = withSnapshot();
	const fromWhole = whole(copy);
	expect({
		state: [...fromSnapshot.state()],
		warnings: fromSnapshot.warnings,
	}).toStrictEqual({
		state: [...fromWhole.state()],
		warnings: fromWhole.warnings,
	});
	if (undoSteps === 0) {
		return;
	}

	expect(fromSnapshot.canUndo()).toBe(fromWhole.canUndo());
	for (let step = 0; step < undoSteps; step++) {
		const undone = fromSnapshot.undo();
		expect(undone.map(({group, ...event}) => event)).toStrictEqual(
			fromWhole.undo().map(({group, ...event}) => event),
		);
		expect([...fromSnapshot.state()]).toStrictEqual([...fromWhole.state()]);
	}
}

describe('a journal loaded from its snapshot', () => {
	test('reads the snapshot on the second load, and gives what a whole load gives', () => {
		writeJournal();
		expect((withSnapshot() as JournalFile).fromSnapshot).toBe(0);
		expect(fs.existsSync(snapshotPath())).toBe(true);
		const loaded = withSnapshot() as JournalFile;
		expect(loaded.fromSnapshot).toBe(fs.statSync(file).size);
		expect(loaded.state().size).toBe(350);
		expectSameAsWhole();
	});

	test('keeps who made each decision (a file pulled from a store)', () => {
		const lines = [header];
		for (let index = 0; index < 2000; index++) {
			lines.push(
				decideLine(index, index % 4 === 0 ? {} : {by: `user${index % 3}`}),
			);
		}

		fs.writeFileSync(file, lines.join('\n') + '\n');
		const first = withSnapshot() as JournalFile;
		expect(first.fromSnapshot).toBe(0);
		const second = withSnapshot() as JournalFile;
		expect(second.fromSnapshot).toBe(fs.statSync(file).size);
		const authors = [...second.state().values()].map(decision => decision?.by);
		expect(authors).toContain('user1');
		expect(authors).toContain(undefined);
		expectSameAsWhole();
	});

	test('a snapshot written before authors were kept is not used: the journal is read whole once', () => {
		const lines = [header];
		for (let index = 0; index < 2000; index++) {
			lines.push(decideLine(index, {by: 'ada'}));
		}

		fs.writeFileSync(file, lines.join('\n') + '\n');
		withSnapshot();
		// The snapshot as the version before wrote it: no `by`, no `pendingBy`.
		const bytes = fs.readFileSync(snapshotPath());
		const end = bytes.indexOf(10);
		const snapshotHeader = JSON.parse(bytes.toString('utf8', 0, end)) as Record<
			string,
			unknown
		>;
		const {by, pendingBy, ...body} = JSON.parse(
			bytes.toString('utf8', end + 1),
		) as Record<string, unknown>;
		expect(by).toBeDefined();
		const oldBody = JSON.stringify(body);
		snapshotHeader['body'] = createHash('sha256').update(oldBody).digest('hex');
		fs.writeFileSync(
			snapshotPath(),
			JSON.stringify(snapshotHeader) + '\n' + oldBody,
		);
		const loaded = withSnapshot() as JournalFile;
		expect(loaded.fromSnapshot).toBe(0);
		expect(
			[...loaded.state().values()].every(decision => decision?.by === 'ada'),
		).toBe(true);
		expect((withSnapshot() as JournalFile).fromSnapshot).toBe(
			fs.statSync(file).size,
		);
	});

	test('folds the events another writer appended after the snapshot', () => {
		writeJournal();
		withSnapshot();
		const other = whole();
		other.decide({
			id: 'tests/new.py::test_new',
			category: 'BUG',
			priority: 'LOW',
		});
		other.decideMany([
			{
				id: 'tests/chaos/test_1.py::test_case[1]',
				category: 'UNKNOWN',
				priority: 'LOW',
			},
			{
				id: 'tests/chaos/test_2.py::test_case[2]',
				phase: 'setup',
				category: 'BUG',
				priority: 'HIGH',
			},
		]);
		other.clear('tests/chaos/test_3.py::test_case[3]');
		const loaded = withSnapshot();
		expect(loaded.state().get('tests/new.py::test_new')?.category).toBe('BUG');
		expect(loaded.state().has('tests/chaos/test_3.py::test_case[3]')).toBe(
			false,
		);
		expectSameAsWhole();
	});

	test('is not used when the bytes it covers changed (same size, one category edited)', () => {
		writeJournal();
		withSnapshot();
		const text = fs.readFileSync(file, 'utf8');
		// The last decision of a test, so that it is in effect.
		const at = text.lastIndexOf('"category":"BUG"');
		const edited = `${text.slice(0, at)}"category":"XYZ"${text.slice(at + 16)}`;
		expect(edited.length).toBe(text.length);
		fs.writeFileSync(file, edited);
		expect(
			[...withSnapshot().state().values()].some(
				decision => decision?.category === 'XYZ',
			),
		).toBe(true);
		expectSameAsWhole();
	});

	test('is not used after a compaction replaced the file', () => {
		writeJournal();
		withSnapshot();
		whole().decide({
			id: 'tests/late.py::test_late',
			category: 'BUG',
			priority: 'LOW',
		});
		compactJournal(file, {now: fakeClock()});
		const compacted = withSnapshot();
		expect(compacted.state().size).toBe(351);
		expect(compacted.canUndo()).toBe(false);
		expectSameAsWhole();
	});

	test('an open journal reloads through the snapshot when another process compacts it', () => {
		writeJournal();
		const journal = withSnapshot();
		compactJournal(file, {now: fakeClock()});
		whole().decide({
			id: 'tests/late.py::test_late',
			category: 'BUG',
			priority: 'LOW',
		});
		expect(journal.refresh()).toBe(true);
		expect([...journal.state()]).toStrictEqual([...whole().state()]);
	});

	test('a truncated snapshot is ignored, and a whole one written again', () => {
		writeJournal();
		withSnapshot();
		const bytes = fs.readFileSync(snapshotPath());
		for (const length of [
			0,
			1,
			bytes.indexOf(10),
			bytes.indexOf(10) + 1,
			bytes.length - 1,
		]) {
			fs.writeFileSync(snapshotPath(), bytes.subarray(0, length));
			expectSameAsWhole(1);
		}

		// The load after the truncated one wrote it whole again.
		expect(decodeSnapshot(fs.readFileSync(snapshotPath()))).toBeDefined();
	});

	test('a snapshot edited into another valid one is not trusted', () => {
		writeJournal();
		withSnapshot();
		const text = fs.readFileSync(snapshotPath(), 'latin1');
		fs.writeFileSync(
			snapshotPath(),
			text.replace('"ENVIRONMENT"', '"EVIL_TWIN__"'),
			'latin1',
		);
		expect(decodeSnapshot(fs.readFileSync(snapshotPath()))).toBeUndefined();
		expectSameAsWhole();
	});

	test('a journal whose ids could make a report key of an id-wide one gets no snapshot', () => {
		writeJournal(2000, [
			decideLine(1, {id: 'a\u0000call', group: 'n1'}),
			decideLine(2, {id: 'a', phase: 'call', group: 'n2'}),
		]);
		withSnapshot();
		expect(fs.existsSync(snapshotPath())).toBe(false);
		expectSameAsWhole();
	});

	test('corrupt lines in the middle keep their warnings, line numbers and all', () => {
		writeJournal(2000, [
			'{"t":"decide","id":"x"',
			'not json',
			'{"t":"nope","id":"y","at":"z"}',
		]);
		fs.appendFileSync(
			file,
			`${decideLine(5000)}\n{"triage":2}\n${decideLine(5001)}\n`,
		);
		withSnapshot();
		// More lines after the snapshot, one of them bad too.
		fs.appendFileSync(
			file,
			decideLine(5002) + '\n{"t":"clear"}\n' + decideLine(5003) + '\n',
		);
		const loaded = withSnapshot();
		expect(loaded.warnings.map(warning => warning.line)).toStrictEqual([
			2002, 2003, 2004, 2006, 2009,
		]);
		expectSameAsWhole();
	});

	test('a torn last line is not in the snapshot: once another writer ends it, it counts', () => {
		writeJournal();
		const torn = decideLine(7000, {category: 'TORN'});
		fs.appendFileSync(file, torn.slice(0, 40));
		const first = withSnapshot();
		expect(first.warnings).toStrictEqual([
			{
				line: 2002,
				message: 'incomplete last line (an interrupted write), skipped',
			},
		]);
		expectSameAsWhole(0);
		fs.appendFileSync(file, torn.slice(40) + '\n');
		const loaded = withSnapshot();
		expect(loaded.warnings).toStrictEqual([]);
		expect(
			[...loaded.state().values()].some(
				decision => decision?.category === 'TORN',
			),
		).toBe(true);
		expectSameAsWhole();
	});

	test('a whole last event without its newline counts, but no snapshot is made of it until the newline comes', () => {
		writeJournal(2000, [decideLine(9001, {id: 'tests/hand.py::test_edited'})]);
		fs.truncateSync(file, fs.statSync(file).size - 1);
		expect(withSnapshot().state().has('tests/hand.py::test_edited')).toBe(true);
		expect(fs.existsSync(snapshotPath())).toBe(false);
		whole().decide({
			id: 'tests/new.py::test_new',
			category: 'BUG',
			priority: 'LOW',
		});
		withSnapshot();
		expect(fs.existsSync(snapshotPath())).toBe(true);
		expect((withSnapshot() as JournalFile).fromSnapshot).toBe(
			fs.statSync(file).size,
		);
		expectSameAsWhole();
	});

	test('an action read in part when the snapshot was made takes effect when the rest comes', () => {
		const action = [0, 1, 2].map(index =>
			decideLine(9000 + index, {category: 'WHOLE', group: 'big', of: 3}),
		);
		writeJournal(2000, action.slice(0, 2));
		withSnapshot();
		const before = withSnapshot();
		expect(
			[...before.state().values()].some(d => d?.category === 'WHOLE'),
		).toBe(false);
		expectSameAsWhole(0);
		fs.appendFileSync(file, action[2] + '\n');
		const after = withSnapshot();
		expect(
			[...after.state().values()].filter(d => d?.category === 'WHOLE'),
		).toHaveLength(3);
		expectSameAsWhole();
	});

	test('undo after a snapshot load reads the history, and later loads keep it', () => {
		writeJournal();
		withSnapshot();
		const journal = withSnapshot();
		journal.decide({
			id: 'tests/own.py::test_own',
			category: 'BUG',
			priority: 'HIGH',
		});
		const undone = journal.undo();
		expect(undone).toHaveLength(1);
		expect(journal.state().has('tests/own.py::test_own')).toBe(false);
		// Then the other actions, oldest last, as a whole load undoes them.
		expectSameAsWhole();
	});

	test('a journal opened to undo reads its history at once, not its snapshot', () => {
		writeJournal();
		withSnapshot();
		const journal = openJournal(file, {
			now: fakeClock(),
			snapshots: {directory: snapshots, minBytes: 0},
			history: true,
		}) as JournalFile;
		expect(journal.fromSnapshot).toBe(0);
		expect(journal.undo()).toHaveLength(2);
		expectSameAsWhole();
	});

	test('a per-report decision, a tombstone and an issue survive the snapshot', () => {
		writeJournal(2000, [
			decideLine(1, {
				phase: 'setup',
				issue: 'JIRA-1',
				confirmed: '2/5',
				group: 'p1',
			}),
			JSON.stringify({
				t: 'clear',
				id: 'tests/chaos/test_2.py::test_case[2]',
				phase: 'teardown',
				at: '2026-11-24T00:00:00.000Z',
				group: 'p2',
			}),
			decideLine(3, {signature: undefined, run: undefined, group: undefined}),
		]);
		withSnapshot();
		expectSameAsWhole();
	});
});

describe('a read-only load (report, export): reads a snapshot, never writes one', () => {
	const readOnly = () =>
		openJournal(file, {
			now: fakeClock(),
			snapshots: readOnlyPlace({directory: snapshots, minBytes: 0}),
		}) as JournalFile;

	test('no snapshot: reads the journal whole and leaves the cache empty', () => {
		writeJournal();
		const loaded = readOnly();
		expect(loaded.fromSnapshot).toBe(0);
		expect(loaded.state().size).toBe(350);
		expect(fs.existsSync(snapshots)).toBe(false);
	});

	test('a snapshot there: used, and not rewritten however much was appended since', () => {
		writeJournal();
		withSnapshot();
		const written = fs.readFileSync(snapshotPath());
		const covered = fs.statSync(file).size;
		fs.appendFileSync(
			file,
			Array.from({length: 2000}, (_, index) => decideLine(index + 5000))
				.map(line => `${line}\n`)
				.join(''),
		);
		const loaded = readOnly();
		expect(loaded.fromSnapshot).toBe(covered);
		expect([...loaded.state()]).toStrictEqual([...whole().state()]);
		expect(fs.readFileSync(snapshotPath())).toStrictEqual(written);
		// The next load that may write (a decide, the review) brings it up to date.
		expect(withSnapshot() as JournalFile).toHaveProperty(
			'fromSnapshot',
			covered,
		);
		expect(fs.readFileSync(snapshotPath())).not.toStrictEqual(written);
	});

	test('TRIAGE_CACHE_DIR chooses the folder, off keeps none', () => {
		expect(readOnlySnapshots({TRIAGE_CACHE_DIR: 'off'})).toBe(false);
		expect(readOnlySnapshots({TRIAGE_CACHE_DIR: snapshots})).toMatchObject({
			directory: path.join(snapshots, 'journal-snapshots'),
			afterBytes: Number.POSITIVE_INFINITY,
		});
	});
});

describe('the snapshot format', () => {
	const eventArbitrary = fc.record({
		t: fc.constantFrom('decide', 'clear'),
		id: fc.constantFrom('a', 'b', 'tests/c.py::t[x]'),
		phase: fc.option(fc.constantFrom(...phases), {nil: undefined}),
		category: fc.constantFrom('BUG', 'LOW', ''),
		priority: fc.constantFrom('HIGH', ''),
		note: fc.option(fc.string({maxLength: 4}), {nil: undefined}),
		issue: fc.option(fc.constantFrom('#1', ''), {nil: undefined}),
		signature: fc.option(fc.string({maxLength: 4}), {nil: undefined}),
		run: fc.option(fc.constantFrom('run.log'), {nil: undefined}),
		at: fc.constantFrom('2026-11-23T10:00:00.000Z', 'x'),
		group: fc.option(fc.constantFrom('g1', 'g2', 'g3'), {nil: undefined}),
		of: fc.option(fc.integer({min: 1, max: 4}), {nil: undefined}),
		by: fc.option(fc.constantFrom('ada', 'bob'), {nil: undefined}),
	});

	test('decodes to the same state, in the same order, and the same actions waiting', () => {
		fc.assert(
			fc.property(fc.array(eventArbitrary, {maxLength: 30}), records => {
				const shared = new SharedStrings();
				const fold = new JournalFold();
				for (const record of records) {
					const event = JSON.parse(JSON.stringify(record)) as JournalEvent; // eslint-disable-line unicorn/prefer-structured-clone
					if (event.of !== undefined && event.group === undefined) {
						continue;
					}

					fold.applyFoldEvent(shared.foldEvent(event));
				}

				const snapshot = {
					journal: '/j',
					covered: 10,
					digest: 'a'.repeat(64),
					line: 3,
					lastSeal: undefined,
					warnings: [{line: 2, message: 'not JSON, skipped'}],
					parts: fold.parts(),
				};
				const bytes = encodeSnapshot(snapshot);
				const decoded = decodeSnapshot(bytes);
				expect(decoded).toStrictEqual(snapshot);
				const restored = JournalFold.fromParts(decoded!.parts);
				expect([...restored.state()]).toStrictEqual([...fold.state()]);
				expect(decodeSnapshot(bytes.subarray(0, -1))).toBeUndefined();
			}),
		);
	});

	test('the folder keeps at most maxSnapshots', () => {
		const base = {
			covered: 10,
			digest: 'a'.repeat(64),
			line: 2,
			lastSeal: undefined,
			warnings: [],
			parts: {entries: [], pending: []},
		};
		for (let index = 0; index < maxSnapshots + 5; index++) {
			writeSnapshot(snapshots, {...base, journal: `/journal-${index}`});
		}

		expect(fs.readdirSync(snapshots)).toHaveLength(maxSnapshots);
	});

	test('TRIAGE_CACHE_DIR chooses the folder, off keeps none', () => {
		expect(defaultSnapshotPlace({TRIAGE_CACHE_DIR: 'off'})).toBeUndefined();
		expect(defaultSnapshotPlace({TRIAGE_CACHE_DIR: '/c'})?.directory).toBe(
			path.join('/c', 'journal-snapshots'),
		);
	});
});
