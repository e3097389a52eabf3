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

let directory: string;
let file: string;

beforeEach(() => {
	directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-issue-'));
	file = path.join(directory, 'triage.jsonl');
});

afterEach(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

function open(): Journal {
	let time = Date.parse('2026-11-23T10:00:00.000Z');
	return openJournal(file, {
		now() {
			time += 1000;
			return new Date(time);
		},
	});
}

const id = 'tests/test_a.py::test_one';
const decision = {
	id,
	phase: 'call',
	category: 'BUG',
	priority: 'HIGH',
} as const;

function lines(): Array<Record<string, unknown>> {
	return fs
		.readFileSync(file, 'utf8')
		.trim()
		.split('\n')
		.map(line => JSON.parse(line) as Record<string, unknown>);
}

describe('a decision’s issue in the journal', () => {
	test('is its own field, after the note, and read back', () => {
		open().decide({...decision, note: 'pool', issue: 'JIRA-45', run: 'r.log'});
		const event = lines()[1]!;
		expect(Object.keys(event)).toEqual([
			't',
			'id',
			'phase',
			'category',
			'priority',
			'note',
			'issue',
			'run',
			'at',
			'group',
		]);
		expect(decisionFor(open().state(), id, 'call')?.issue).toBe('JIRA-45');
	});

	test('an empty issue is none: the field is left out', () => {
		open().decide({...decision, issue: ''});
		expect(lines()[1]).not.toHaveProperty('issue');
		expect(decisionFor(open().state(), id, 'call')).not.toHaveProperty('issue');
	});

	test('a decision written before issues existed reads without one', () => {
		fs.writeFileSync(
			file,
			'{"triage":1,"created":"2026-11-01T00:00:00.000Z"}\n' +
				`{"t":"decide","id":"${id}","category":"BUG","priority":"LOW","note":"old","at":"2026-11-01T00:00:01.000Z"}\n`,
		);
		const journal = open();
		expect(journal.warnings).toEqual([]);
		expect(decisionFor(journal.state(), id, 'call')).toEqual({
			id,
			category: 'BUG',
			priority: 'LOW',
			note: 'old',
			at: '2026-11-01T00:00:01.000Z',
		});
	});

	test('fields a reader does not know are ignored, the decision kept (as an older triage reads an issue)', () => {
		fs.writeFileSync(
			file,
			'{"triage":1,"created":"2026-11-01T00:00:00.000Z"}\n' +
				`{"t":"decide","id":"${id}","category":"BUG","priority":"LOW","note":"","links":[{"k":"v"}],"owner":{"team":"db"},"at":"2026-11-01T00:00:01.000Z"}\n`,
		);
		const journal = open();
		expect(journal.warnings).toEqual([]);
		expect(decisionFor(journal.state(), id, 'call')).toMatchObject({
			category: 'BUG',
			priority: 'LOW',
		});
	});

	test('an issue that is not text makes the line unreadable, named by its number', () => {
		fs.writeFileSync(
			file,
			'{"triage":1,"created":"2026-11-01T00:00:00.000Z"}\n' +
				`{"t":"decide","id":"${id}","category":"BUG","priority":"LOW","issue":45,"at":"2026-11-01T00:00:01.000Z"}\n`,
		);
		const journal = open();
		expect(journal.warnings).toEqual([
			{line: 2, message: 'decision with a malformed field, skipped'},
		]);
		expect(journal.state().size).toBe(0);
	});

	test('a new decision without an issue given still has none; undo brings the previous link back', () => {
		const journal = open();
		journal.decide({...decision, issue: '#1'});
		journal.decide({...decision, issue: '#2'});
		journal.decide({...decision, issue: ''});
		expect(decisionFor(journal.state(), id, 'call')?.issue).toBeUndefined();
		journal.undo();
		expect(decisionFor(journal.state(), id, 'call')?.issue).toBe('#2');
		journal.undo();
		expect(decisionFor(journal.state(), id, 'call')?.issue).toBe('#1');
	});

	test('compaction keeps every issue', () => {
		const journal = open();
		journal.decideMany([
			{...decision, issue: '#7'},
			{...decision, id: 'tests/test_a.py::test_two', issue: 'https://x.test/7'},
			{...decision, id: 'tests/test_a.py::test_three'},
		]);
		const before = journal.state();
		compactJournal(file, {now: () => new Date('2026-12-01T00:00:00.000Z')});
		const after = open().state();
		expect([...after.values()]).toEqual([...before.values()]);
		expect(
			lines()
				.slice(1)
				.map(line => line['issue']),
		).toEqual(['#7', 'https://x.test/7', undefined]);
	});
});
