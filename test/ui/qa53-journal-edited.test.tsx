/**
The triage file edited by hand while the review has it open (QA 53, the built CLI in tmux). A line of garbage
appended read as "✓ updated: another session changed decisions", though no session had changed any: the status line
says the line was skipped and where. A decision's line cut in half in place keeps every decision the screen showed.
*/
import fs from 'node:fs';
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

test('a line of garbage appended: said skipped, not "another session changed decisions"; the next key saves', async () => {
	const data = await fixture();
	const app = await renderReview(data, {refreshInterval: 20});
	try {
		await press(app, 'b', 'e');
		expect(frame(app)).toContain('2/165 decided');
		const lines = fs.readFileSync(data.journalPath, 'utf8').split('\n').length;
		fs.appendFileSync(data.journalPath, 'this is garbage {{{\n');
		await afterRefresh();
		const text = frame(app).replaceAll(/\s+/g, ' ');
		expect(text).toContain(
			`:${lines}: not JSON, skipped (written there by another program)`,
		);
		expect(text).not.toContain('another session changed decisions');
		expect(text).toContain('2/165 decided');
		// Said once: the next refreshes read nothing new.
		await press(app, 't');
		await afterRefresh();
		expect(frame(app)).toContain('3/165 decided');
		expect(frame(app)).toContain('saved: TEST_DESIGN');
		expect(decisionsOnDisk(data).size).toBe(3);
	} finally {
		app.unmount();
	}
});

test('a decision’s line cut in half in place: every decision shown stays, on screen and on disk', async () => {
	const data = await fixture();
	const app = await renderReview(data, {refreshInterval: 20});
	try {
		await press(app, 'b', 'e', 't');
		const lines = fs.readFileSync(data.journalPath, 'utf8').split('\n');
		lines[2] = lines[2]!.slice(0, 60);
		fs.writeFileSync(data.journalPath, lines.join('\n'));
		await afterRefresh();
		expect(frame(app)).toContain('3/165 decided');
		expect(decisionsOnDisk(data).size).toBe(3);
	} finally {
		app.unmount();
	}
});
