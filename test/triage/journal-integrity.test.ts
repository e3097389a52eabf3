/**
The journal under faults: a symlinked journal, writes cut short by a full disk (an injected write
that fails after N bytes), a journal this user may not write, and a failed lock or create.
*/
import {type ChildProcess, spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {
	compactJournal,
	foldEvents,
	openJournal,
	type Journal,
	type JournalEvent,
} from '../../source/triage/journal.js';
import {seams, sleepSync} from '../../source/triage/journal/disk.js';
import {bundledScript} from '../child-script.js';

let directory: string;
let file: string;
const originalWrite = seams.write;

beforeEach(() => {
	directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-integrity-'));
	file = path.join(directory, 'triage.jsonl');
});

afterEach(() => {
	seams.write = originalWrite;
	fs.rmSync(directory, {recursive: true, force: true});
});

function open(at = file): Journal {
	return openJournal(at, {now: () => new Date('2026-11-23T10:00:00.000Z')});
}

/** From now on every write fails with ENOSPC once `budget` more bytes were written. */
function diskFullAfter(budget: number): void {
	let left = budget;
	seams.write = (fd, buffer, offset) => {
		if (left <= 0) {
			throw Object.assign(new Error('ENOSPC: no space left on device'), {
				code: 'ENOSPC',
			});
		}

		const length = Math.min(left, buffer.length - offset);
		left -= length;
		return originalWrite(fd, buffer.subarray(0, offset + length), offset);
	};
}

const decision = (index: number, category = 'BUG') => ({
	id: `tests/t.py::test_${index}`,
	category,
	priority: 'HIGH',
});

describe('a symlinked journal', () => {
	test('compact rewrites the file the link points to, and keeps the link', () => {
		const shared = path.join(directory, 'shared');
		fs.mkdirSync(shared);
		const target = path.join(shared, 'j.jsonl');
		const journal = open(target);
		for (let index = 0; index < 5; index++) {
			journal.decide(decision(1, index % 2 ? 'BUG' : 'UNKNOWN'));
		}

		fs.symlinkSync('shared/j.jsonl', file);
		compactJournal(file, {now: () => new Date()});

		expect(fs.lstatSync(file).isSymbolicLink()).toBe(true);
		expect(fs.readFileSync(target, 'utf8').trim().split('\n')).toHaveLength(2);
		expect(fs.readdirSync(shared)).toEqual(['j.jsonl']);
		// A decision through the link lands in the shared file.
		open(file).decide(decision(2));
		expect(open(target).state().has(decision(2).id)).toBe(true);
	});

	test('a link to no file yet: the first decision creates the file it links to, as the shell does', () => {
		fs.mkdirSync(path.join(directory, 'shared'));
		// A link to a link, relative to its own folder.
		fs.symlinkSync('j.jsonl', path.join(directory, 'shared', 'link.jsonl'));
		fs.symlinkSync('shared/link.jsonl', file);
		open(file).decide(decision(1));
		expect(fs.lstatSync(file).isSymbolicLink()).toBe(true);
		const target = path.join(directory, 'shared', 'j.jsonl');
		expect(fs.lstatSync(target).isFile()).toBe(true);
		expect(open(target).state().has(decision(1).id)).toBe(true);
		expect(open(file).state().has(decision(1).id)).toBe(true);
		expect(fs.readdirSync(path.join(directory, 'shared')).toSorted()).toEqual([
			'j.jsonl',
			'link.jsonl',
		]);
	});

	test('a link to a file in a folder that does not exist: one line naming the link and its target', () => {
		const target = path.join(directory, 'nosuch', 'j.jsonl');
		fs.symlinkSync(target, file);
		expect(() => open(file).decide(decision(1))).toThrow(
			`${file}: links to ${target}, which cannot be created: its folder does not exist`,
		);
	});
});

describe('one action is all in or all out', () => {
	test('a multi-decision write cut short by a full disk leaves nothing of it in effect', () => {
		const journal = open();
		journal.decide(decision(0, 'UNKNOWN'));
		const sizeBefore = fs.statSync(file).size;
		diskFullAfter(700);
		expect(() =>
			journal.decideMany(
				Array.from({length: 20}, (_, index) => decision(index)),
			),
		).toThrow(/triage\.jsonl: no space left/);
		seams.write = originalWrite;
		// Some of its lines did reach the file.
		const written = fs.readFileSync(file, 'utf8').slice(sizeBefore);
		expect(written.split('\n').length).toBeGreaterThan(3);

		const reopened = open();
		expect(reopened.state().size).toBe(1);
		expect(reopened.state().get(decision(0).id)?.category).toBe('UNKNOWN');
		expect(journal.refresh()).toBe(true);
		expect(journal.state().size).toBe(1);
		// Undo takes the last whole action, not the broken one.
		expect(reopened.undo().map(event => event.id)).toEqual([decision(0).id]);
		expect(reopened.state().size).toBe(0);
		// The journal goes on: the next action is whole.
		reopened.decideMany([decision(1), decision(2)]);
		expect(open().state().size).toBe(2);
	});

	test('clearMany and undo are one group too', () => {
		const journal = open();
		journal.decideMany([decision(1), decision(2), decision(3)]);
		diskFullAfter(150);
		expect(() => {
			journal.clearMany([{id: decision(1).id}, {id: decision(2).id}]);
		}).toThrow(/no space/);
		expect(() => journal.undo()).toThrow(/no space/);
		seams.write = originalWrite;
		const reopened = open();
		expect(reopened.state().size).toBe(3);
		expect(reopened.undo()).toHaveLength(3);
		expect(reopened.state().size).toBe(0);
	});

	test('every event of an action says its size; one event says nothing', () => {
		const journal = open();
		journal.decide(decision(1));
		journal.decideMany([decision(2), decision(3)]);
		const events = fs
			.readFileSync(file, 'utf8')
			.trim()
			.split('\n')
			.slice(1)
			.map(line => JSON.parse(line) as JournalEvent);
		expect(events.map(event => event.of)).toEqual([undefined, 2, 2]);
	});

	test('a journal of the format before sizes means what it meant', () => {
		const at = '2026-11-23T10:00:00.000Z';
		const events: JournalEvent[] = [
			{t: 'decide', ...decision(1), note: '', at, group: 'a'},
			{t: 'decide', ...decision(2), note: '', at, group: 'b'},
			{t: 'decide', ...decision(3), note: '', at, group: 'b'},
		];
		const fold = foldEvents(events);
		expect(fold.state().size).toBe(3);
		expect(fold.undoable()?.ids).toEqual([decision(2).id, decision(3).id]);
		// With sizes, a group missing an event is not in effect; a whole one is.
		const sized = foldEvents([
			{...events[0]!, group: 'c', of: 2},
			{...events[1]!, of: 2},
			{...events[2]!, of: 2},
		]);
		expect([...sized.state().keys()]).toEqual([decision(2).id, decision(3).id]);
	});
});

describe('compact on a journal this user may not write', () => {
	function decided(): void {
		const journal = open();
		journal.decide(decision(1));
		journal.decide(decision(1, 'UNKNOWN'));
	}

	test('a read-only (0444) journal is left alone, with a one-line error', () => {
		decided();
		fs.chmodSync(file, 0o444);
		const before = fs.statSync(file);
		expect(() => compactJournal(file, {now: () => new Date()})).toThrow(
			/^.*triage\.jsonl: is read-only \(mode 0444\); not compacted$/,
		);
		const after = fs.statSync(file);
		expect([after.ino, after.size]).toEqual([before.ino, before.size]);
		expect(fs.readdirSync(directory)).toEqual(['triage.jsonl']);
	});

	test.runIf(process.getuid?.() === 0)(
		'as root, a journal owned by another user is left alone',
		() => {
			decided();
			fs.chownSync(file, 65_534, 65_534);
			const before = fs.statSync(file);
			expect(() => compactJournal(file, {now: () => new Date()})).toThrow(
				/belongs to another user \(uid 65534\); not compacted/,
			);
			expect(fs.statSync(file).ino).toBe(before.ino);
		},
	);
});

describe('failures leave nothing behind', () => {
	test('a compaction that cannot write its lock leaves no lock to block the next', () => {
		open().decide(decision(1));
		diskFullAfter(0);
		expect(() => compactJournal(file, {now: () => new Date()})).toThrow(
			/triage\.jsonl: no space left/,
		);
		seams.write = originalWrite;
		expect(fs.readdirSync(directory)).toEqual(['triage.jsonl']);
		expect(compactJournal(file, {now: () => new Date()})).toMatchObject({
			linesAfter: 2,
		});
	});

	test('creating a journal on a full disk names the journal, not a temp file', () => {
		diskFullAfter(0);
		let message = '';
		try {
			openJournal(file, {now: () => new Date(), create: true});
		} catch (error) {
			message = (error as Error).message;
		}

		expect(message).toBe(`${file}: no space left on the device`);
		expect(fs.readdirSync(directory)).toEqual([]);
	});
});

test('a journal on a read-only file system says so, not the raw EROFS', () => {
	open().decide(decision(1));
	seams.write = () => {
		throw Object.assign(
			new Error(`EROFS: read-only file system, open '${file}'`),
			{code: 'EROFS'},
		);
	};

	expect(() => open().decide(decision(2))).toThrow(
		new RegExp(
			`^${file.replaceAll(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`)}: read-only file system$`,
		),
	);
});

describe('a torn tail is mended by the next save', () => {
	const appendChild = bundledScript(
		fileURLToPath(new URL('fixtures/append-child.ts', import.meta.url)),
	);

	function lines(): string[] {
		return fs.readFileSync(file, 'utf8').split('\n');
	}

	test('a decision cut short by a full disk: the next one saved, the file is whole again and no load warns', () => {
		const journal = open();
		journal.decide(decision(1));
		const before = fs.readFileSync(file);
		diskFullAfter(30);
		expect(() => journal.decide(decision(2))).toThrow(/no space left/);
		seams.write = originalWrite;
		expect(fs.readFileSync(file, 'utf8').endsWith('\n')).toBe(false);
		expect(open().warnings).toEqual([
			{line: 3, message: expect.stringContaining('incomplete last line')},
		]);

		journal.decide(decision(3, 'UNKNOWN'));
		expect(journal.warnings).toEqual([]);
		// What was saved before is there byte for byte, then the decision saved now.
		const text = fs.readFileSync(file);
		expect(text.subarray(0, before.length).equals(before)).toBe(true);
		expect(lines()).toHaveLength(4);
		expect(JSON.parse(lines()[2]!)).toMatchObject(decision(3, 'UNKNOWN'));
		expect([...open().state().keys()]).toEqual([
			decision(1).id,
			decision(3).id,
		]);
		// Later loads and saves: no warning ever again.
		for (let index = 0; index < 3; index++) {
			const reopened = open();
			expect(reopened.warnings).toEqual([]);
			reopened.decide(decision(4 + index));
		}

		expect(open().warnings).toEqual([]);
		// The undo history is kept: the newest action first.
		const last = open();
		expect(last.undo().map(event => event.id)).toEqual([decision(6).id]);
	});

	test('a bulk decision cut short: its whole lines go with its torn one, nothing else does', () => {
		const journal = open();
		journal.decideMany([decision(0, 'UNKNOWN'), decision(1, 'UNKNOWN')]);
		diskFullAfter(700);
		expect(() =>
			journal.decideMany(
				Array.from({length: 20}, (_, index) => decision(10 + index)),
			),
		).toThrow(/no space left/);
		seams.write = originalWrite;
		expect(open().warnings).toHaveLength(2);

		open().decide(decision(2));
		const reopened = open();
		expect(reopened.warnings).toEqual([]);
		expect([...reopened.state().keys()]).toEqual(
			[0, 1, 2].map(index => decision(index).id),
		);
		expect(lines()).toHaveLength(5);
		// The bulk decision before it is one undo step still.
		expect(reopened.undo()).toHaveLength(1);
		expect(open().undo()).toHaveLength(2);
	});

	test('a last line a person typed without its newline is kept, as before', () => {
		open().decide(decision(1));
		fs.appendFileSync(file, 'ask ada about test_1');
		open().decide(decision(2));
		expect(lines()[2]).toBe('ask ada about test_1');
		expect(open().warnings).toEqual([{line: 3, message: 'not JSON, skipped'}]);
	});

	test('a mend that cannot write its copy (the disk full again) loses nothing: the save counts', () => {
		const journal = open();
		journal.decide(decision(1));
		fs.appendFileSync(file, '{"t":"decide","id":"tests/t.py::test_');
		let writes = 0;
		seams.write = (fd, buffer, offset) => {
			writes++;
			if (writes > 1) {
				throw Object.assign(new Error('ENOSPC'), {code: 'ENOSPC'});
			}

			return originalWrite(fd, buffer, offset);
		};

		journal.decide(decision(2));
		seams.write = originalWrite;
		expect(fs.readdirSync(directory)).toEqual(['triage.jsonl']);
		const reopened = open();
		expect([...reopened.state().keys()]).toEqual([
			decision(1).id,
			decision(2).id,
		]);
		// As it was before the mend: one unreadable line; the seal it appended is no line to warn of.
		expect(reopened.warnings).toEqual([
			{line: 3, message: 'not JSON, skipped'},
		]);
		// Compaction, which a person can run, drops it then.
		compactJournal(file, {now: () => new Date(), dropUnreadable: true});
		expect(open().warnings).toEqual([]);
	});

	test('another process that saves while the mend copies the file: its decision is in the mended file', async () => {
		const journal = open();
		journal.decide(decision(1));
		fs.appendFileSync(file, '{"t":"decide","id":"tests/t.py::test_');
		let child: ChildProcess | undefined;
		seams.beforeCompactRename = () => {
			seams.beforeCompactRename = undefined;
			// Its line lands after the seal: it waits for the mend, then saves again in the new file.
			child = spawn(process.execPath, [appendChild, file, 'other', '1'], {
				stdio: ['ignore', 'pipe', 'inherit'],
			});
			const deadline = Date.now() + 30_000;
			while (!fs.readFileSync(file, 'utf8').includes('test_other')) {
				if (Date.now() > deadline) {
					throw new Error('the other process never appended');
				}

				sleepSync(10);
			}
		};

		try {
			journal.decide(decision(2));
		} finally {
			seams.beforeCompactRename = undefined;
		}

		let said = '';
		child!.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
			said += chunk;
		});
		const code = await new Promise(resolve => {
			child!.on('close', resolve);
		});
		expect(code).toBe(0);
		expect(said).toBe('tests/chaos/test_other.py::test_case[other-0]\n');
		const reopened = open();
		expect(reopened.warnings).toEqual([]);
		expect([...reopened.state().keys()]).toEqual([
			decision(1).id,
			decision(2).id,
			'tests/chaos/test_other.py::test_case[other-0]',
		]);
	}, 60_000);
});
