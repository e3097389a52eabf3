/**
A follower's decisions on the `.partial` that `triage run` writes are named again by the kept log once the run ends
(QA 34). On a team's store, a follower in another folder than the runner (`triage --follow
../suite/.triage/logs/.run-….partial`) saw its decisions named `.run-….partial` alone, as a store names a log outside
the triage file's folder by its file name: they were never named again, and named a file gone since (QA 42, two
engineers in tmux on one PostgreSQL). The bare name is matched too.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {decisionFor, openJournal} from '../../source/triage/journal.js';
import {renamedRuns} from '../../source/triage/renamed-logs.js';

const id = 'test_a.py::test_slow[4]';
const partial = '.run-19374-1796566970484.partial';

let folder: string;
beforeEach(() => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-store-partial-'));
});
afterEach(() => {
	fs.rmSync(folder, {recursive: true, force: true});
});

test('a decision on a .partial named by its file name alone is named again by the kept log', () => {
	const logs = path.join(folder, 'suite', '.triage', 'logs');
	const kept = path.join(logs, 'run-2026-12-06T14-23-23-27494d13.log');
	fs.mkdirSync(path.join(folder, 'bob'));
	const journal = openJournal(path.join(folder, 'bob', 'triage.jsonl'), {
		now: () => new Date('2026-12-06T14:23:09Z'),
		create: true,
	});
	journal.decide({
		id,
		phase: 'call',
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		// Named as the store names it: its file name alone.
		run: path.join(folder, 'bob', partial),
	});
	expect(decisionFor(journal.state(), id, 'call')?.run).toBe(partial);
	const added = renamedRuns(
		journal.state().values(),
		[{log: kept, renamedFrom: path.join(logs, partial)}],
		path.join(folder, 'bob'),
	);
	expect(added).toEqual([
		{decision: expect.objectContaining({id, run: partial}), run: kept},
	]);
	journal.addSignatures(added);
	expect(decisionFor(journal.state(), id, 'call')?.run).toBe(
		path.relative(path.join(folder, 'bob'), kept),
	);
});

test("another folder's log of the same name stays as it is", () => {
	const journal = openJournal(path.join(folder, 'triage.jsonl'), {
		now: () => new Date('2026-12-06T14:23:09Z'),
		create: true,
	});
	journal.decide({
		id,
		phase: 'call',
		category: 'BUG',
		priority: 'HIGH',
		run: 'logs/other.partial',
	});
	expect(
		renamedRuns(
			journal.state().values(),
			[
				{
					log: path.join(folder, 'x.log'),
					renamedFrom: path.join(folder, partial),
				},
			],
			folder,
		),
	).toEqual([]);
});
