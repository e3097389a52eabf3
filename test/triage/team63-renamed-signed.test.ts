/**
Team tour 63: a follower's decision on `triage run`'s `.partial` got two events on the store once the run ended: the
session that read the log to its end named it by the kept log (`"adds":"run"`), then the review signed it
(`"adds":"signature"`). The naming now signs it too where the run read shows its failure's error: one event, and the
review's signature after finds nothing to add.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {signatureOf} from '../../source/classify/signature.js';
import {readLog} from '../../source/log/read.js';
import {decisionFor, openJournal} from '../../source/triage/journal.js';
import {nameRenamedLogs} from '../../source/triage/renamed-logs.js';

const failing = 'tests/sub/test_other.py::test_fail_assert';
const partial = '.run-4242-1796665945875.partial';

let folder: string;
beforeEach(() => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-team63-'));
});
afterEach(() => {
	fs.rmSync(folder, {recursive: true, force: true});
});

test("a follower's decision on a .partial is named and signed in one event once the run is read to its end", async () => {
	const logs = path.join(folder, '.triage', 'logs');
	const kept = path.join(logs, 'run-2026-12-07T17-53-39-e26e6bcd.log');
	const triagePath = path.join(folder, 'triage.jsonl');
	const journal = openJournal(triagePath, {
		now: () => new Date('2026-12-07T17:52:41Z'),
		create: true,
	});
	journal.decide({
		id: failing,
		phase: 'call',
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		run: path.join(logs, partial),
	});
	const run = await readLog('fixtures/pytest9/v/run.log');
	const failure = run.failures.find(each => each.id === failing)!;
	const lines = () =>
		fs.readFileSync(triagePath, 'utf8').trim().split('\n').length;
	const before = lines();

	expect(
		await nameRenamedLogs(
			journal,
			[{log: kept, renamedFrom: path.join(logs, partial)}],
			triagePath,
			[run],
		),
	).toBeUndefined();
	expect(lines()).toBe(before + 1);
	const decision = decisionFor(journal.state(), failing, 'call')!;
	expect(decision).toMatchObject({
		run: path.relative(folder, kept),
		signature: signatureOf(failure).hash,
	});

	// The review's late signature, with the same run's name, writes nothing more.
	expect(
		journal.addSignatures([
			{decision, signature: signatureOf(failure).hash, run: kept},
		]),
	).toEqual([]);
	expect(lines()).toBe(before + 1);
});
