import {Buffer} from 'node:buffer';
import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {
	compactJournal,
	decisionFor,
	isStale,
	JournalError,
	openJournal,
	type Decision,
	type DecisionState,
	type Journal,
} from '../../source/triage/journal.js';
import {bundledScript} from '../child-script.js';
import {fakeClock} from '../clock.js';

const childScript = bundledScript(
	fileURLToPath(new URL('fixtures/append-child.ts', import.meta.url)),
);

let directory: string;
let file: string;

beforeEach(() => {
	directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-journal-'));
	file = path.join(directory, 'triage.jsonl');
});

afterEach(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

function open(options: {create?: boolean} = {}): Journal {
	return openJournal(file, {now: fakeClock(), ...options});
}

function lines(): string[] {
	return fs.readFileSync(file, 'utf8').split('\n');
}

function plain(state: DecisionState): Record<string, Decision | undefined> {
	return Object.fromEntries(state);
}

const bug = {id: 'tests/a.py::test_a', category: 'BUG', priority: 'HIGH'};
const environment = {
	id: 'tests/b.py::TestB::test_b[1.5-x]',
	category: 'ENVIRONMENT',
	priority: 'LOW',
};

describe('the file', () => {
	test('a missing file reads as empty and is created by the first decision', () => {
		const journal = open();
		expect(journal.exists).toBe(false);
		expect(journal.state().size).toBe(0);
		expect(fs.existsSync(file)).toBe(false);

		const event = journal.decide({
			...bug,
			note: 'race in "refresh"\nsecond line',
			signature: 'AssertionError: expected <n>',
			run: 'run.log',
		});
		expect(journal.exists).toBe(true);
		expect(lines()).toEqual([
			'{"triage":1,"created":"2026-11-23T10:00:01.000Z"}',
			JSON.stringify(event),
			'',
		]);
		expect(Object.keys(event)).toEqual([
			't',
			'id',
			'category',
			'priority',
			'note',
			'signature',
			'run',
			'at',
			'group',
		]);
		expect(event).toMatchObject({
			t: 'decide',
			...bug,
			note: 'race in "refresh"\nsecond line',
			at: '2026-11-23T10:00:00.000Z',
		});
	});

	test('create: true writes the header alone, and no temp file stays', () => {
		const journal = open({create: true});
		expect(journal.exists).toBe(true);
		expect(lines()).toEqual([
			'{"triage":1,"created":"2026-11-23T10:00:00.000Z"}',
			'',
		]);
		expect(fs.readdirSync(directory)).toEqual(['triage.jsonl']);
	});

	test('create: true keeps an existing journal', () => {
		open().decide(bug);
		const before = fs.readFileSync(file);
		const journal = open({create: true});
		expect(journal.state().get(bug.id)?.category).toBe('BUG');
		expect(fs.readFileSync(file)).toEqual(before);
	});

	test('an empty file becomes a journal on the first decision', () => {
		fs.writeFileSync(file, '');
		const journal = open();
		expect(journal.state().size).toBe(0);
		journal.decide(bug);
		expect(lines()[0]).toMatch(/^{"triage":1,"created":"[^"]+"}$/);
		expect(open().state().get(bug.id)?.category).toBe('BUG');
	});

	test('a line longer than a read chunk survives a reload', () => {
		const journal = open();
		const note = 'x'.repeat(9 * 1024 * 1024);
		journal.decide(bug);
		journal.decide({...environment, note});
		journal.decide({id: 'after', category: 'BUG', priority: 'LOW'});
		const reopened = open();
		expect(reopened.warnings).toEqual([]);
		expect(reopened.state().get(environment.id)?.note).toBe(note);
		expect(reopened.state().size).toBe(3);
	});

	test('a journal in a missing folder: the error names the file', () => {
		const missing = path.join(directory, 'no', 'triage.jsonl');
		const journal = openJournal(missing, {now: fakeClock()});
		expect(() => journal.decide(bug)).toThrow(
			new JournalError('io', missing, undefined, 'its folder does not exist'),
		);
	});

	test('refuses an id that is not text before writing anything', () => {
		const journal = open();
		expect(() =>
			journal.decide({...bug, id: undefined as unknown as string}),
		).toThrow(TypeError);
		expect(fs.existsSync(file)).toBe(false);
	});

	test("decides pytest's own collection error, whose id is empty, and reads it back", () => {
		const journal = open();
		journal.decide({...bug, id: '', phase: 'collect'});
		const reopened = open();
		expect(decisionFor(reopened.state(), '', 'collect')).toMatchObject({
			id: '',
			phase: 'collect',
			category: 'BUG',
		});
	});
});

describe('the fold', () => {
	test('the last event for an id wins; clear removes', () => {
		const journal = open();
		journal.decide(bug);
		journal.decide(environment);
		journal.decide({...bug, category: 'TEST_DESIGN', note: 'flaky by design'});
		expect(plain(journal.state())).toEqual({
			[bug.id]: {
				...bug,
				category: 'TEST_DESIGN',
				note: 'flaky by design',
				// The header took 10:00:01.
				at: '2026-11-23T10:00:03.000Z',
			},
			[environment.id]: {
				...environment,
				note: '',
				at: '2026-11-23T10:00:02.000Z',
			},
		});

		journal.clear(bug.id);
		expect([...journal.state().keys()]).toEqual([environment.id]);
		// The same fold from disk.
		expect(plain(open().state())).toEqual(plain(journal.state()));
	});

	test('state() hands out a map that never changes afterwards', () => {
		const journal = open();
		journal.decide(bug);
		const before = journal.state();
		journal.decide(environment);
		const after = journal.state();
		expect(before).not.toBe(after);
		expect(before.size).toBe(1);
		expect(after.size).toBe(2);
		expect(journal.state()).toBe(after);
	});
});

describe('undo', () => {
	test('restores the previous state of one decision, then of the one before', () => {
		const journal = open();
		expect(journal.canUndo()).toBe(false);
		expect(journal.undo()).toEqual([]);

		journal.decide(bug);
		const first = plain(journal.state());
		journal.decide({...bug, category: 'UNKNOWN'});
		journal.undo();
		expect(plain(journal.state())).toEqual(first);
		journal.undo();
		expect(journal.state().size).toBe(0);
		expect(journal.canUndo()).toBe(false);
	});

	test('undoes a group (a cluster decision) in one step', () => {
		const journal = open();
		journal.decide(bug);
		const before = plain(journal.state());
		const ids = ['c::1', 'c::2', 'c::3'];
		const events = journal.decideMany([
			{...bug, priority: 'LOW'},
			...ids.map(id => ({id, category: 'CONFIGURATION', priority: 'MEDIUM'})),
		]);
		expect(new Set(events.map(event => event.group)).size).toBe(1);
		expect(journal.state().size).toBe(4);

		const undo = journal.undo();
		expect(undo.map(event => event.t)).toEqual([
			'decide',
			'clear',
			'clear',
			'clear',
		]);
		expect(plain(journal.state())).toEqual(before);
		// The undo was one write: its events share a group too.
		expect(new Set(undo.map(event => event.group)).size).toBe(1);
	});

	test('works after reopening, across several steps', () => {
		const journal = open();
		journal.decide(bug);
		const one = plain(journal.state());
		journal.decideMany([environment, {...bug, category: 'UNKNOWN'}]);
		const two = plain(journal.state());
		journal.clear(environment.id);

		const reopened = open();
		expect(reopened.canUndo()).toBe(true);
		reopened.undo();
		expect(plain(reopened.state())).toEqual(two);
		const again = open();
		again.undo();
		expect(plain(again.state())).toEqual(one);
		open().undo();
		const last = open();
		expect(last.state().size).toBe(0);
		expect(last.canUndo()).toBe(false);
	});

	test('a clear of a decision is undone to the decision, time included', () => {
		const journal = open();
		journal.decide({...bug, note: 'keep me', signature: 's', run: 'r.log'});
		const decided = plain(journal.state());
		journal.clear(bug.id);
		journal.undo();
		expect(plain(journal.state())).toEqual(decided);
	});
});

describe('damaged files', () => {
	test('a bulk decision cut short at its end (a crash mid-write): none of it applies, and one warning says so', () => {
		const journal = open();
		journal.decide(bug);
		journal.decideMany([
			environment,
			{id: 'tests/c.py::test_c', category: 'BUG', priority: 'LOW'},
			{id: 'tests/d.py::test_d', category: 'BUG', priority: 'LOW'},
		]);
		const whole = fs.readFileSync(file, 'utf8');
		const [header, single, first, second, third] = whole.split('\n');
		const said =
			'the last bulk decision was not complete when written and is not applied (2 of its 3 events are here)';
		// Two of its three lines written whole, the third not at all, then torn halfway.
		for (const [text, warnings] of [
			[
				`${header}\n${single}\n${first}\n${second}\n`,
				[{line: 3, message: said}],
			],
			[
				`${header}\n${single}\n${first}\n${second}\n${third!.slice(0, 40)}`,
				[
					{line: 5, message: expect.stringContaining('incomplete last line')},
					{line: 3, message: said},
				],
			],
		] as const) {
			fs.writeFileSync(file, text);
			const damaged = open();
			expect(damaged.warnings).toEqual(warnings);
			expect([...damaged.state().keys()]).toEqual([bug.id]);
		}

		// A decision after it: the torn tail it ends goes, the lines of the cut bulk decision with it.
		const later = open();
		later.decide(environment);
		expect(open().warnings).toEqual([]);
		expect(later.warnings).toEqual([]);
		const mended = fs.readFileSync(file, 'utf8').split('\n');
		expect(mended).toHaveLength(4);
		expect(mended.slice(0, 2)).toEqual([header, single]);
		expect(JSON.parse(mended[2]!)).toMatchObject({id: environment.id});
		expect(decisionFor(open().state(), 'tests/c.py::test_c', 'call')).toBe(
			undefined,
		);

		// Cut at a line's end, with no torn line: the next decision takes its lines away as well (they were
		// never applied), and no load warns of it again.
		fs.writeFileSync(file, `${header}\n${single}\n${first}\n${second}\n`);
		const afterCut = open();
		expect(afterCut.warnings).toEqual([{line: 3, message: said}]);
		afterCut.decide(environment);
		expect(afterCut.warnings).toEqual([]);
		expect(open().warnings).toEqual([]);
		expect(fs.readFileSync(file, 'utf8').split('\n')).toEqual([
			header,
			single,
			expect.stringContaining(environment.id),
			'',
		]);
		expect(decisionFor(open().state(), 'tests/c.py::test_c', 'call')).toBe(
			undefined,
		);
		expect(decisionFor(open().state(), environment.id, 'call')).toMatchObject({
			category: environment.category,
		});

		// A cut bulk decision that is not the last action stays as it is (its lines are another writer's to
		// finish, or a person's to look at), still not applied.
		fs.writeFileSync(
			file,
			`${header}\n${single}\n${first}\n${second}\n${single}\n`,
		);
		open().decide(environment);
		expect(open().warnings).toContainEqual({
			line: 3,
			message:
				'a bulk decision was not complete when written and is not applied (2 of its 3 events are here)',
		});

		// A bulk decision read while it was being written: whole once the writer is done, and no warning.
		fs.writeFileSync(file, `${header}\n${single}\n${first}\n`);
		const reader = open();
		expect(reader.warnings).toHaveLength(1);
		fs.writeFileSync(file, whole);
		reader.refresh();
		expect(reader.warnings).toEqual([]);
		expect(reader.state().size).toBe(4);
	});

	test('a torn last line is skipped with a warning; the next append makes the file whole again, without it', () => {
		const journal = open();
		journal.decide(bug);
		journal.decide(environment);
		fs.appendFileSync(file, '{"t":"decide","id":"tests/c.py::test_c","cate');

		const damaged = open();
		expect(damaged.warnings).toEqual([
			{line: 4, message: expect.stringContaining('incomplete last line')},
		]);
		expect(damaged.state().size).toBe(2);

		damaged.decide({
			id: 'tests/d.py::test_d',
			category: 'BUG',
			priority: 'LOW',
		});
		expect(damaged.state().size).toBe(3);
		const text = fs.readFileSync(file, 'utf8');
		expect(text.endsWith('\n')).toBe(true);
		const fileLines = text.split('\n');
		expect(fileLines).toHaveLength(5);
		expect(JSON.parse(fileLines[3]!)).toMatchObject({id: 'tests/d.py::test_d'});
		expect(damaged.warnings).toEqual([]);

		const reopened = open();
		expect(reopened.warnings).toEqual([]);
		expect([...reopened.state().keys()].toSorted()).toEqual(
			[bug.id, environment.id, 'tests/d.py::test_d'].toSorted(),
		);
	});

	describe('a whole last event saved without its newline (a hand edit)', () => {
		const handEdited = JSON.stringify({
			t: 'decide',
			id: 'tests/c.py::test_c',
			category: 'UNKNOWN',
			priority: 'LOW',
			note: '',
			at: '2026-11-24T09:00:00.000Z',
		});
		const later = {id: 'tests/d.py::test_d', category: 'BUG', priority: 'LOW'};

		test('counts when the file is opened; the next append ends it first, and line numbers stay right', () => {
			const journal = open();
			journal.decide(bug);
			journal.decide(environment);
			fs.appendFileSync(file, handEdited);

			const opened = open();
			expect(opened.warnings).toEqual([]);
			expect(opened.state().get('tests/c.py::test_c')).toMatchObject({
				category: 'UNKNOWN',
			});
			opened.decide(later);
			expect(opened.state().size).toBe(4);
			// One newline was put between them: no glued line, no empty line.
			expect(lines()).toHaveLength(6);
			expect(lines()[3]).toBe(handEdited);
			expect(JSON.parse(lines()[4]!)).toMatchObject({id: later.id});
			expect(lines()[5]).toBe('');

			// The newline that ended it is no line of its own: a bad line after it has its own number.
			fs.appendFileSync(file, 'oops\n');
			opened.refresh();
			const reopened = open();
			for (const each of [opened, reopened]) {
				expect(each.warnings).toEqual([
					{line: 6, message: expect.stringContaining('not JSON')},
				]);
				expect(plain(each.state())).toEqual(plain(opened.state()));
			}

			expect(reopened.state().size).toBe(4);
		});

		test('an open journal counts it when it refreshes, then reads on past the newline another writer puts', () => {
			const journal = open();
			journal.decide(bug);
			fs.appendFileSync(file, handEdited);
			expect(journal.refresh()).toBe(true);
			expect(journal.state().has('tests/c.py::test_c')).toBe(true);

			open().decide(later);
			expect(journal.refresh()).toBe(true);
			expect(journal.warnings).toEqual([]);
			expect(journal.state().size).toBe(3);
			// Its undo history has each once: the last action is the other writer's.
			expect(journal.undo().map(event => event.id)).toEqual([later.id]);
			expect(journal.state().size).toBe(2);
		});

		test('a compaction keeps it', () => {
			open().decide(bug);
			fs.appendFileSync(file, handEdited);
			compactJournal(file, {now: fakeClock()});
			expect(open().warnings).toEqual([]);
			expect(open().state().has('tests/c.py::test_c')).toBe(true);
		});

		test('a last line that is not a whole event is still skipped as torn, whatever it holds', () => {
			for (const torn of [
				handEdited.slice(0, -1),
				'{"t":"decide","id":"tests/c.py::test_c"}',
				'[1, 2]',
			]) {
				fs.rmSync(file, {force: true});
				open().decide(bug);
				fs.appendFileSync(file, torn);
				const damaged = open();
				expect(damaged.warnings).toEqual([
					{line: 3, message: expect.stringContaining('incomplete last line')},
				]);
				expect(damaged.state().size).toBe(1);
			}
		});
	});

	test('bad lines in the middle are skipped with their line numbers', () => {
		const journal = open();
		journal.decide(bug);
		fs.appendFileSync(
			file,
			[
				'not json at all',
				'[1,2,3]',
				'{"t":"decide","id":"x"}',
				'{"t":"rename","id":"x","at":"now"}',
				'',
				'{"triage":1,"created":"from a union merge"}',
				'',
			].join('\n'),
		);
		journal.refresh();
		open().decide(environment);

		const reopened = open();
		expect(reopened.warnings.map(warning => warning.line)).toEqual([
			3, 4, 5, 6,
		]);
		expect(reopened.warnings[3]?.message).toContain('unknown event "rename"');
		expect(reopened.state().size).toBe(2);
	});

	const foreign: Array<[string, Buffer]> = [
		[
			'a CSV file',
			Buffer.from('test,category,priority\ntests/a.py::a,BUG,HIGH\n'),
		],
		['a JSON object without triage', Buffer.from('{"name":"x","version":1}\n')],
		['pretty-printed JSON', Buffer.from('{\n\t"triage": 1\n}\n')],
		[
			'an event without a header',
			Buffer.from('{"t":"clear","id":"x","at":"y"}\n'),
		],
		['a header with a string version', Buffer.from('{"triage":"1"}\n')],
		[
			'a binary blob',
			Buffer.from(
				Array.from({length: 10_000}, (_, index) => (index * 7919) % 256),
			),
		],
		['a long line without a newline', Buffer.alloc(100_000, 'a')],
	];

	test.each(foreign)(
		'%s is refused, named with its line, and left as it was',
		(_name, content) => {
			fs.writeFileSync(file, content);
			const refusal = new JournalError(
				'foreign',
				file,
				1,
				'not a triage journal',
			);
			expect(() => open()).toThrow(refusal);
			expect(() => open({create: true})).toThrow(refusal);

			expect(() => compactJournal(file, {now: fakeClock()})).toThrow(
				`${file}:1: not a triage journal`,
			);
			expect(fs.readFileSync(file).equals(content)).toBe(true);
			expect(fs.readdirSync(directory)).toEqual(['triage.jsonl']);
		},
	);

	test('a journal of a newer version is refused and left as it was', () => {
		const content = Buffer.from(
			'{"triage":2,"created":"2027-01-01T00:00:00Z"}\n{"t":"decide","id":"a","category":"BUG","priority":"HIGH","at":"x","new":true}\n',
		);
		fs.writeFileSync(file, content);
		let error: unknown;
		try {
			open();
		} catch (error_) {
			error = error_;
		}

		expect(error).toBeInstanceOf(JournalError);
		expect((error as JournalError).code).toBe('newer');
		expect((error as JournalError).message).toMatch(
			`${file}:1: written by a newer triage (version 2)`,
		);
		expect(() => open({create: true})).toThrow('newer triage');
		expect(() => compactJournal(file, {now: fakeClock()})).toThrow(
			'newer triage (version 2)',
		);
		expect(fs.readFileSync(file).equals(content)).toBe(true);
		expect(fs.readdirSync(directory)).toEqual(['triage.jsonl']);
	});

	test('a file replaced by a foreign one while open is not written to', () => {
		const journal = open();
		journal.decide(bug);
		const content = Buffer.from('id,category\n');
		fs.rmSync(file);
		fs.writeFileSync(file, content);
		expect(() => journal.decide(environment)).toThrow('not a triage journal');
		expect(fs.readFileSync(file).equals(content)).toBe(true);
	});

	test('a decision fails loudly when the file was removed while open', () => {
		const journal = open();
		journal.decide(bug);
		fs.rmSync(file);
		expect(() => journal.decide(environment)).toThrow(
			`${file}: was removed while open; nothing was saved`,
		);
	});
});

describe('compaction', () => {
	test('keeps the state, one line per decision, and replaces the file atomically', () => {
		const journal = open();
		for (let index = 0; index < 50; index++) {
			journal.decide({
				id: `t::${index % 10}`,
				category: index % 2 ? 'BUG' : 'UNKNOWN',
				priority: 'LOW',
				note: `pass ${index}`,
				signature: `s${index % 3}`,
			});
		}

		journal.decideMany([bug, environment]);
		journal.clear('t::3');
		journal.undo();
		journal.clear('t::4');
		const before = plain(journal.state());
		const oldInode = fs.statSync(file).ino;
		// A reader that had the old file open keeps reading the old file whole: only the
		// compaction's seal, a line every reader skips, was added to it.
		const oldFd = fs.openSync(file, 'r');
		const oldSize = fs.fstatSync(oldFd).size;

		const result = compactJournal(file, {
			now: fakeClock('2026-12-01T00:00:00.000Z'),
		});
		expect(result).toMatchObject({
			linesBefore: 56,
			linesAfter: 12,
			unreadable: 0,
		});
		expect(fs.statSync(file).ino).not.toBe(oldInode);
		const oldText = fs.readFileSync(oldFd, 'utf8');
		fs.closeSync(oldFd);
		expect(oldText.length).toBeGreaterThan(oldSize);
		expect(JSON.parse(oldText.slice(oldSize))).toMatchObject({
			triage: 1,
			seal: expect.any(String),
		});
		expect(fs.readdirSync(directory)).toEqual(['triage.jsonl']);

		const fileLines = lines();
		expect(JSON.parse(fileLines[0]!)).toEqual({
			triage: 1,
			created: '2026-11-23T10:00:01.000Z',
			compacted: expect.stringMatching(/^2026-12-01T/),
		});
		expect(fileLines).toHaveLength(1 + 11 + 1);
		const compacted = open();
		expect(plain(compacted.state())).toEqual(before);
		expect(compacted.warnings).toEqual([]);
		// The history went with it.
		expect(compacted.canUndo()).toBe(false);

		// The session that had it open notices, and its next decision lands in the new file.
		expect(journal.refresh()).toBe(true);
		expect(plain(journal.state())).toEqual(before);
		journal.decide({...bug, category: 'UNKNOWN'});
		expect(open().state().get(bug.id)?.category).toBe('UNKNOWN');
	});

	test('keeps unreadable lines unless told to drop them', () => {
		const journal = open();
		journal.decide(bug);
		fs.appendFileSync(file, '{"t":"decide","id":"hand-edited",}\n');
		journal.decide(environment);
		fs.appendFileSync(file, '{"t":"decide","id":"torn');

		expect(compactJournal(file, {now: fakeClock()})).toMatchObject({
			unreadable: 1,
		});
		expect(lines()[1]).toBe('{"t":"decide","id":"hand-edited",}');
		expect(open().warnings).toEqual([
			{line: 2, message: expect.stringContaining('not JSON')},
		]);

		compactJournal(file, {now: fakeClock(), dropUnreadable: true});
		expect(lines()).toHaveLength(4);
		expect(open().warnings).toEqual([]);
		expect(open().state().size).toBe(2);
	});

	test('refuses while another live process holds the lock, and takes over a stale lock', () => {
		open().decide(bug);
		const before = fs.readFileSync(file);
		const lock = `${file}.lock`;
		fs.writeFileSync(
			lock,
			JSON.stringify({
				pid: process.pid,
				host: os.hostname(),
				at: new Date().toISOString(),
			}),
		);
		expect(() => compactJournal(file, {now: fakeClock()})).toThrow(
			`${file}: is being compacted by process ${process.pid}`,
		);
		expect(fs.readFileSync(file).equals(before)).toBe(true);

		const dead = spawnSync(process.execPath, ['-e', '0']).pid;
		fs.writeFileSync(
			lock,
			JSON.stringify({
				pid: dead,
				host: os.hostname(),
				at: new Date().toISOString(),
			}),
		);
		compactJournal(file, {now: fakeClock()});
		expect(fs.existsSync(lock)).toBe(false);
		expect(open().state().get(bug.id)?.category).toBe('BUG');
	});

	test('of a missing file says so', () => {
		expect(() => compactJournal(file, {now: fakeClock()})).toThrow(
			`${file}: no triage journal here`,
		);
		expect(fs.readdirSync(directory)).toEqual([]);
	});
});

describe('refresh', () => {
	test('sees what another journal appended, cheaply when nothing changed', () => {
		const mine = open();
		const theirs = open();
		expect(mine.refresh()).toBe(false);
		theirs.decide(bug);
		expect(mine.refresh()).toBe(true);
		expect(mine.state().get(bug.id)?.category).toBe('BUG');
		expect(mine.refresh()).toBe(false);
		theirs.decide(environment);
		mine.decide({...bug, category: 'UNKNOWN'});
		expect(plain(mine.state())).toEqual(plain(open().state()));
		expect(mine.state().size).toBe(2);
	});

	test('sees another process’s appends', async () => {
		const journal = open({create: true});
		const printed = await runChild(['other', '20']);
		expect(printed).toHaveLength(20);
		expect(journal.state().size).toBe(0);
		expect(journal.refresh()).toBe(true);
		expect(journal.state().size).toBe(20);
		expect(journal.state().get(printed[7]!)?.note).toBe('decided by other');
	});

	test('waits for a line another process is still writing', () => {
		const journal = open();
		journal.decide(bug);
		const line = JSON.stringify({
			t: 'decide',
			...environment,
			note: '',
			at: 'x',
		});
		fs.appendFileSync(file, line.slice(0, 20));
		expect(journal.refresh()).toBe(false);
		expect(journal.warnings).toEqual([]);
		fs.appendFileSync(file, line.slice(20) + '\n');
		expect(journal.refresh()).toBe(true);
		expect(journal.state().size).toBe(2);
	});
});

describe('stale decisions', () => {
	test('a decision is stale when the failure’s signature changed', () => {
		const journal = open();
		journal.decide({
			...bug,
			signature: 'AssertionError: expected <n> @ a.py:3',
		});
		const decision = open().state().get(bug.id)!;
		expect(
			isStale(decision, 'TimeoutError: timed out after <n>s @ a.py:9'),
		).toBe(true);
		expect(isStale(decision, 'AssertionError: expected <n> @ a.py:3')).toBe(
			false,
		);
		// Nothing to compare: not flagged.
		expect(isStale(decision, undefined)).toBe(false);
		expect(isStale({signature: undefined}, 'anything')).toBe(false);
	});
});

describe('crashes and concurrency', () => {
	test('kill -9 at 50 random moments loses nothing reported as saved', async () => {
		const reported: string[] = [];
		for (let round = 0; round < 50; round++) {
			const printed = await killChildAtRandom(
				`k${round}`,
				5 + Math.random() * 75,
			);
			reported.push(...printed);

			const journal = open();
			const state = journal.state();
			const missing = reported.filter(id => !state.has(id));
			expect(missing).toEqual([]);
			expect(
				journal.warnings.every(warning =>
					/incomplete|not JSON/.test(warning.message),
				),
			).toBe(true);
		}

		expect(reported.length).toBeGreaterThan(50);
		// 50 processes, each started from a bundle (test/child-script.ts): a fifth of a second each, not the second tsx took.
	}, 180_000);

	test('two processes × 500 decisions on one file: all 1,000 are there', async () => {
		open({create: true});
		const [first, second] = await Promise.all([
			runChild(['one', '500']),
			runChild(['two', '500']),
		]);
		expect(first).toHaveLength(500);
		expect(second).toHaveLength(500);
		const journal = open();
		expect(journal.warnings).toEqual([]);
		expect(journal.state().size).toBe(1000);
		// An append that saw the other's write half done adds an empty line: skipped, harmless.
		expect(lines().filter(line => line !== '')).toHaveLength(1 + 1000);
	});

	test('compacting while another process appends loses nothing', async () => {
		open({create: true});
		const child = startChild(['busy']);
		await child.firstLine;
		for (let round = 0; round < 20; round++) {
			compactJournal(file, {now: fakeClock()});
			await new Promise(resolve => {
				setTimeout(resolve, 5);
			});
		}

		child.kill();
		await child.exited;
		const state = open().state();
		expect(child.lines.length).toBeGreaterThan(20);
		expect(child.lines.filter(id => !state.has(id))).toEqual([]);
	});
});

type Child = {
	readonly lines: string[];
	readonly exited: Promise<void>;
	readonly firstLine: Promise<void>;
	kill(): void;
};

function startChild(arguments_: readonly string[]): Child {
	const child = spawn(process.execPath, [childScript, file, ...arguments_], {
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let stdout = '';
	let stderr = '';
	const lines: string[] = [];
	let onFirstLine: () => void = () => undefined;
	const firstLine = new Promise<void>(resolve => {
		onFirstLine = resolve;
	});
	child.stdout.setEncoding('utf8');
	child.stdout.on('data', (chunk: string) => {
		stdout += chunk;
		const end = stdout.lastIndexOf('\n');
		if (end !== -1) {
			// Only whole lines count as reported.
			lines.push(...stdout.slice(0, end).split('\n'));
			stdout = stdout.slice(end + 1);
			onFirstLine();
		}
	});
	child.stderr.setEncoding('utf8');
	child.stderr.on('data', (chunk: string) => {
		stderr += chunk;
	});
	const exited = new Promise<void>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code, signal) => {
			onFirstLine();
			if (code === 0 || signal === 'SIGKILL') {
				resolve();
			} else {
				reject(new Error(`child exited with ${code ?? signal}: ${stderr}`));
			}
		});
	});
	return {
		lines,
		exited,
		firstLine,
		kill() {
			child.kill('SIGKILL');
		},
	};
}

async function runChild(arguments_: readonly string[]): Promise<string[]> {
	const child = startChild(arguments_);
	await child.exited;
	return child.lines;
}

/** Start an endless appender, let it append for `delay` ms, SIGKILL it. */
async function killChildAtRandom(
	prefix: string,
	delay: number,
): Promise<string[]> {
	const child = startChild([prefix]);
	await child.firstLine;
	await new Promise(resolve => {
		setTimeout(resolve, delay);
	});
	child.kill();
	await child.exited;
	return child.lines;
}
