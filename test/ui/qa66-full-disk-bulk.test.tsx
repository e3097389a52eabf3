/**
A decision on marked failures that a full disk cut short (QA tour 66, the built CLI in tmux on a 64 KB tmpfs: one
decision saved, the disk filled, 20 failures marked, `e`). The status line said `✗ NOT saved: triage.jsonl: no space
left on the device`, and two seconds later `✓ updated: another session changed decisions`: the refresh read the lines
of the review's own write that reached the disk (a bulk decision cut short, never applied) as news from another
session, which there was not, and put a tick over the NOT saved. Lines of an action not read whole change no decision,
so a refresh that reads only them says nothing; another session's bulk decision is told once all of it is there.
*/
import fs from 'node:fs';
import {afterEach, expect, test} from 'vitest';
import {seams} from '../../source/triage/journal/disk.js';
import {openJournal} from '../../source/triage/journal.js';
import {
	decisionsOnDisk,
	fixture,
	frame,
	press,
	renderReview,
} from './helpers.js';

const originalWrite = seams.write;

afterEach(() => {
	seams.write = originalWrite;
});

/** From now on every write fails with ENOSPC once `budget` more bytes were written, as a full disk does. */
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

async function afterRefreshes(): Promise<void> {
	await new Promise(resolve => {
		setTimeout(resolve, 200);
	});
}

const flat = (text: string) => text.replaceAll(/\s+/g, ' ');

test('a bulk decision a full disk cut short stays NOT saved on the status line', async () => {
	const data = await fixture();
	const app = await renderReview(data, {refreshInterval: 20});
	try {
		await press(app, 'b');
		expect(frame(app)).toContain('1/165 decided');
		diskFullAfter(900);
		await press(app, ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', 'e');
		expect(flat(frame(app))).toContain('NOT saved');
		// Some of its lines reached the file: the refreshes read them.
		const lines = fs.readFileSync(data.journalPath, 'utf8').split('\n');
		expect(lines.length).toBeGreaterThan(4);
		await afterRefreshes();
		const text = flat(frame(app));
		expect(text).toContain('NOT saved');
		expect(text).not.toContain('another session');
		expect(text).toContain('1/165 decided');
		expect(decisionsOnDisk(data).size).toBe(1);
	} finally {
		app.unmount();
	}
});

test('another session’s bulk decision read half-way is told once it is whole', async () => {
	const data = await fixture();
	const app = await renderReview(data, {refreshInterval: 20});
	try {
		await press(app, 'b');
		// Another session decides two failures in one action; its write is read before its second line is there.
		const other = openJournal(data.journalPath, {now: () => new Date()});
		const ids = data
			.review()
			.rows.slice(3, 5)
			.map(row => row.analyzed.failure.id);
		const before = fs.readFileSync(data.journalPath, 'utf8');
		other.decideMany(
			ids.map(id => ({id, category: 'ENVIRONMENT', priority: 'LOW'})),
		);
		const after = fs.readFileSync(data.journalPath, 'utf8');
		const [first, second] = after.slice(before.length).split('\n');
		fs.writeFileSync(data.journalPath, `${before}${first!}\n`);
		await afterRefreshes();
		expect(flat(frame(app))).not.toContain('another session');
		expect(frame(app)).toContain('1/165 decided');
		fs.appendFileSync(data.journalPath, `${second!}\n`);
		await afterRefreshes();
		expect(flat(frame(app))).toContain('another session changed');
		expect(frame(app)).toContain('3/165 decided');
	} finally {
		app.unmount();
	}
});
