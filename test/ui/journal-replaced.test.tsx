/**
The triage file replaced by another program while the review is open (an editor's save by rename of a copy read
before the last decisions, `git checkout` of an older version, `truncate`): the decisions the screen showed as
saved stay on it and in the file, and the status line says what happened (QA 45). Before, they left the screen
and the file, and the line said 'another session undid your decision' of the last one only.
*/
import fs from 'node:fs';
import path from 'node:path';
import {expect, test} from 'vitest';
import {
	decisionsOnDisk,
	fixture,
	frame,
	press,
	renderReview,
} from './helpers.js';

async function afterRefresh(): Promise<void> {
	await new Promise(resolve => {
		setTimeout(resolve, 150);
	});
}

test('an older copy saved over the file: the decisions made since stay shown, are saved again, and the line says so', async () => {
	const data = await fixture();
	const app = await renderReview(data, {refreshInterval: 20});
	await press(app, 'b');
	const older = fs.readFileSync(data.journalPath, 'utf8');
	await press(app, 'e', 't');
	expect(frame(app)).toContain('3/165 decided');
	const temporary = path.join(data.directory, '.triage.jsonl.swp');
	fs.writeFileSync(temporary, older);
	fs.renameSync(temporary, data.journalPath);
	await afterRefresh();
	// The status line wraps: read as one line.
	const text = frame(app).replaceAll(/\s+/g, ' ');
	expect(text).toContain('3/165 decided');
	expect(text).toContain(
		'triage.jsonl was replaced by another program without 2 decisions shown here: saved them again (z takes them out)',
	);
	expect(text).not.toContain('another session undid');
	expect(decisionsOnDisk(data).size).toBe(3);
	app.unmount();
});

test('truncated to 100 bytes under the review: every decision stays', async () => {
	const data = await fixture();
	const app = await renderReview(data, {refreshInterval: 20});
	await press(app, 'b', 'e');
	fs.truncateSync(data.journalPath, 100);
	await afterRefresh();
	expect(frame(app)).toContain('2/165 decided');
	expect(frame(app).replaceAll(/\s+/g, ' ')).toContain(
		'without 2 decisions shown here',
	);
	expect(decisionsOnDisk(data).size).toBe(2);
	app.unmount();
});
