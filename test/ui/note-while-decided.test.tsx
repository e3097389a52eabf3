/**
A note typed under a filter while another session decides its failure: the list moves on (the failure
leaves the filtered list), and the detail pane must keep showing the failure the note is for until the
note is saved or cancelled.
*/
import {expect, test} from 'vitest';
import {openJournal} from '../../source/triage/journal.js';
import {
	decisionsOnDisk,
	type Fixture,
	fixture,
	frame,
	keys,
	press,
	type Rendered,
	renderReview,
	type,
} from './helpers.js';

const size = {rows: 30, columns: 140};

/** The detail pane's title: `─── <test id>`. */
function paneTitle(app: Rendered): string {
	return (
		frame(app)
			.split('\n')
			.find(line => line.startsWith('───')) ?? ''
	);
}

async function otherSessionDecides(data: Fixture, id: string) {
	openJournal(data.journalPath, {now: () => new Date()}).decide({
		id,
		phase: 'call',
		category: 'TEST_DESIGN',
		priority: 'LOW',
	});
	await new Promise(resolve => {
		setTimeout(resolve, 120);
	});
}

test.each([
	['#', 'note'],
	['I', 'issue'],
] as const)(
	'%s: the detail pane keeps the failure the %s is typed for while another session decides it',
	async (key, what) => {
		const data = await fixture();
		const [first, second] = data.review().rows;
		const app = await renderReview(data, {refreshInterval: 20}, size);
		await press(app, 'f', key);
		await type(app, what === 'note' ? 'flaky in CI' : '#42');
		expect(paneTitle(app)).toContain(first!.analyzed.failure.id);
		await otherSessionDecides(data, first!.analyzed.failure.id);
		// Named since team tour 65: which test, where it said `another session changed decisions`.
		expect(frame(app)).toContain('another session changed the decision on');
		// The list moved on; the pane did not.
		expect(paneTitle(app)).toContain(first!.analyzed.failure.id);
		expect(paneTitle(app)).not.toContain(second!.analyzed.failure.id);
		await press(app, keys.enter);
		const saved = decisionsOnDisk(data).get(first!.key);
		expect(what === 'note' ? saved?.note : saved?.issue).toBe(
			what === 'note' ? 'flaky in CI' : '#42',
		);
		// Saved: the pane follows the list again.
		expect(paneTitle(app)).toContain(second!.analyzed.failure.id);
		app.unmount();
	},
);

test('cancelled, the pane follows the list again', async () => {
	const data = await fixture();
	const [first, second] = data.review().rows;
	const app = await renderReview(data, {refreshInterval: 20}, size);
	await press(app, 'f', '#');
	await type(app, 'x');
	await otherSessionDecides(data, first!.analyzed.failure.id);
	expect(paneTitle(app)).toContain(first!.analyzed.failure.id);
	await press(app, keys.escape);
	expect(paneTitle(app)).toContain(second!.analyzed.failure.id);
	expect(decisionsOnDisk(data).get(first!.key)?.note).toBe('');
	app.unmount();
});
