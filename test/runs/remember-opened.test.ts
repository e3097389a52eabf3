import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {expect, test} from 'vitest';
import type {RunHistory} from '../../source/runs/history/api.js';
import {lastOpened, rememberOpened} from '../../source/runs/history/use.js';
import {openSession} from '../../source/session.js';

/** A history that keeps its meta values in a map and counts the writes. */
function fakeHistory() {
	const meta = new Map<string, string>();
	const writes: Array<[string, string]> = [];
	const history = {
		isReadonly: false,
		getMeta: (name: string) => meta.get(name),
		setMeta(name: string, value: string) {
			writes.push([name, value]);
			meta.set(name, value);
		},
	} as unknown as RunHistory;
	return {history, meta, writes};
}

test('the logs opened are remembered; the same logs opened again write nothing, others do', async () => {
	const {history, meta, writes} = fakeHistory();
	await rememberOpened(history, 'triage.jsonl', ['a.log', '-', 'b.log']);
	expect(meta.get('last_opened:triage.jsonl')).toBe(
		JSON.stringify([path.resolve('a.log'), path.resolve('b.log')]),
	);
	expect(writes).toHaveLength(1);

	await rememberOpened(history, 'triage.jsonl', ['a.log', 'b.log']);
	expect(writes).toHaveLength(1);

	await rememberOpened(history, 'triage.jsonl', ['b.log']);
	expect(writes).toHaveLength(2);
	expect(meta.get('last_opened:triage.jsonl')).toBe(
		JSON.stringify([path.resolve('b.log')]),
	);

	await rememberOpened(history, 'other.jsonl', ['b.log']);
	expect(writes).toHaveLength(3);
});

test('a session opened with rememberLater remembers its logs when saveOpened is called, not before', async () => {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-remember-'));
	const log = path.resolve('fixtures/demo/run.log');
	const later = path.join(folder, 'later.jsonl');
	const session = await openSession({
		logs: [log],
		triage: later,
		rememberLater: true,
		now: () => new Date('2026-12-01T10:00:00Z'),
	});
	expect(lastOpened(later)).toBeUndefined();
	await session.saveOpened();
	expect(lastOpened(later)).toEqual([log]);
	await session.close();

	// Without it, the logs are remembered as the session opens, and saveOpened writes nothing more.
	const now = path.join(folder, 'now.jsonl');
	const opened = await openSession({logs: [log], triage: now});
	expect(lastOpened(now)).toEqual([log]);
	await opened.saveOpened();
	await opened.close();
});
