import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {expect, test} from 'vitest';
import {noticeOf} from '../../source/commands/review-screen.js';
import {openSession} from '../../source/session.js';

async function noticeOn(...logs: string[]) {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-newuser61-'));
	const session = await openSession({
		logs: logs.map(log => path.resolve(log)),
		triage: path.join(folder, 'triage.jsonl'),
		history: false,
	});
	await session.close();
	return noticeOf(session, []);
}

test('the review says the one warning of a run whole, not only that there is one', async () => {
	// pytest stopped at a collection error: the review said `✗ 1 parser warning (triage report lists them)`.
	const notice = await noticeOn(
		'fixtures/real-suites/ndindex-p7-q-collect/run.log',
	);
	expect(notice).toEqual({
		text: 'run.log line 15: run was interrupted: Interrupted: 1 error during collection',
		tone: 'error',
	});
});

test('several warnings are counted, as before', async () => {
	const notice = await noticeOn(
		'fixtures/real-suites/ndindex-p7-q-collect/run.log',
		'fixtures/real-suites/et-p90-q-collect/run.log',
	);
	expect(notice?.text).toContain(
		'2 parser warnings (triage report lists them)',
	);
});
