/*
Team tour 62: three people on one store. Ben decided a failure, Ana replaced his decision a moment later, and Cara,
joining late, undid Ana's action with `z` then `y`. Ben's decision was back in effect, but every screen said it was
Cara's (`decided CONFIGURATION MEDIUM on … 14:40 by cara`, at Ben's time, before Cara had joined), and the CSV's
`Decided By` said cara: the restored decision was signed by whoever appended the undo. A decision an undo puts back
is still its maker's; the undo itself is the undoer's (the row's `who`, and the undo's own description).
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {openStoreJournal} from '../../source/store/decisions.js';
import {openJournal} from '../../source/triage/journal/file.js';
import {decisionFor} from '../../source/triage/journal.js';
import {serverForTests, sql} from './server.js';

const server = await serverForTests('team62 undo keeps author');

const id = 'tests/auth/test_auth.py::TestAuth::test_jwt[es256]';
const now = () => new Date('2026-12-07T14:40:19Z');

describe.skipIf(!server)(
	'an undo puts back a decision as its maker made it',
	() => {
		test("another person's decision restored by an undo is still theirs, on every screen and for later readers", async () => {
			const url = await server!.createDatabase();
			const open = async (who: string) =>
				openStoreJournal({url, now, who, listen: false});
			const ben = await open('ben');
			const ana = await open('ana');
			const cara = await open('cara');
			try {
				await ben.decide({
					id,
					phase: 'call',
					category: 'CONFIGURATION',
					priority: 'MEDIUM',
				});
				await ana.decide({
					id,
					phase: 'call',
					category: 'ENVIRONMENT',
					priority: 'MEDIUM',
				});
				const outcome = await cara.undoIf(target => target.by === 'ana');
				expect(outcome.target).toMatchObject({by: 'ana', isOwn: false});
				expect(outcome.events).toHaveLength(1);
				expect(decisionFor(cara.state(), id, 'call')).toMatchObject({
					category: 'CONFIGURATION',
					by: 'ben',
				});

				// What Ana's and Ben's reviews read, and a review opened later (Dan's export).
				await ana.nextUndo();
				expect(decisionFor(ana.state(), id, 'call')?.by).toBe('ben');
				const later = await open('dan');
				expect(decisionFor(later.state(), id, 'call')).toMatchObject({
					category: 'CONFIGURATION',
					by: 'ben',
				});
				await later.close();

				// The store still records who appended the undo.
				const rows = await sql(
					url,
					'SELECT who FROM decision_events ORDER BY seq',
				);
				expect(rows.map(row => row['who'])).toEqual(['ben', 'ana', 'cara']);
			} finally {
				await Promise.all([ben.close(), ana.close(), cara.close()]);
			}
		});

		test('an undo that puts back a removed decision (a clear) is signed by the undoer', async () => {
			const url = await server!.createDatabase();
			const ben = await openStoreJournal({url, now, who: 'ben', listen: false});
			try {
				await ben.decide({id, phase: 'call', category: 'BUG', priority: 'LOW'});
				const {events} = await ben.undoIf(target => target.isOwn);
				expect(events).toMatchObject([{t: 'clear', by: 'ben'}]);
				expect(decisionFor(ben.state(), id, 'call')).toBeUndefined();
			} finally {
				await ben.close();
			}
		});
	},
);

test('a triage file pulled from a store: an undo puts back the earlier decision with who made it', () => {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-team62-'));
	const file = path.join(folder, 'triage.jsonl');
	fs.writeFileSync(
		file,
		[
			JSON.stringify({triage: 1, created: '2026-12-07T14:00:00.000Z'}),
			JSON.stringify({
				t: 'decide',
				id,
				phase: 'call',
				category: 'CONFIGURATION',
				priority: 'MEDIUM',
				note: '',
				at: '2026-12-07T14:40:19.878Z',
				group: 'g-ben',
				by: 'ben',
			}),
			JSON.stringify({
				t: 'decide',
				id,
				phase: 'call',
				category: 'ENVIRONMENT',
				priority: 'MEDIUM',
				note: '',
				at: '2026-12-07T14:50:33.000Z',
				group: 'g-ana',
				by: 'ana',
			}),
			'',
		].join('\n'),
	);
	try {
		const journal = openJournal(file, {now});
		expect(decisionFor(journal.state(), id, 'call')?.by).toBe('ana');
		expect(journal.undo()).toHaveLength(1);
		expect(decisionFor(journal.state(), id, 'call')).toMatchObject({
			category: 'CONFIGURATION',
			by: 'ben',
		});
		// And read again from the file, as the next review does.
		expect(decisionFor(openJournal(file, {now}).state(), id, 'call')?.by).toBe(
			'ben',
		);
	} finally {
		fs.rmSync(folder, {recursive: true, force: true});
	}
});
