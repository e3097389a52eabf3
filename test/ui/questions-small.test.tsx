/**
The review's y/n questions read whole at 40×10. The undo question (`z` on another session's action) was cut to
`undo another session's action: 7 decisi…` on its one line, and `x`'s preview to `Apply ENVIRONMENT LOW to 1 of
2 failure…` with `(this failure's decision) y or Enter ap…` under it: what would be undone or applied, and how
many, unread. The undo question now takes the detail pane's lines; the preview's says less before its end.
*/
import {expect, test} from 'vitest';
import {openJournal} from '../../source/triage/journal.js';
import {expectFits, fixture, frame, press, renderReview} from './helpers.js';

const size = {rows: 10, columns: 40};

test('the undo question of another session’s action shows whole, with its keys, at 40×10', async () => {
	const data = await fixture();
	const rows = data.review().rows.slice(0, 3);
	const app = await renderReview(data, {refreshInterval: 20}, size);
	openJournal(data.journalPath, {now: () => new Date()}).decideMany(
		rows.map(row => ({
			id: row.analyzed.failure.id,
			phase: row.analyzed.failure.phase,
			category: 'TEST_DESIGN',
			priority: 'LOW',
		})),
	);
	await new Promise(resolve => {
		setTimeout(resolve, 120);
	});
	await press(app, 'z');
	await new Promise(resolve => {
		setTimeout(resolve, 50);
	});
	const text = frame(app);
	const joined = text.replaceAll('\n', ' ').replaceAll(/\s+/g, ' ');
	expect(joined).toMatch(
		/undo another session's action: 3 decisions .*\? y\/n/,
	);
	expect(text).toContain('y undo it');
	const fits = expectFits(app, size);
	expect(fits.isShortEnough).toBe(true);
	expect(fits.tooWide).toEqual([]);
	await press(app, 'y');
	expect(frame(app)).toContain('undone');
	app.unmount();
});

test('x’s question says what it applies to how many, and how to answer, at 40×10', async () => {
	const data = await fixture();
	const app = await renderReview(data, {}, size);
	await press(app, 'x');
	const lines = frame(app).split('\n');
	const question = lines.find(line => line.startsWith('Apply '));
	expect(question).toMatch(/^Apply \S+ \S+ to \d+ of \d+.*\?$/);
	expect(lines).toContainEqual(expect.stringMatching(/^\(.+\) y applies/));
	const fits = expectFits(app, size);
	expect(fits.tooWide).toEqual([]);
	app.unmount();
});

test('R’s prompt says what it runs where, or why nothing can run, whole at 40×10', async () => {
	const data = await fixture();
	const app = await renderReview(
		data,
		{
			onRerun() {
				throw new Error('not run in this test');
			},
			onRerunWhere: () => ({
				problem:
					'cannot run the tests again here: their rootdir /srv/suite is not on this machine',
			}),
		},
		size,
	);
	await press(app, 'R');
	const joined = frame(app).replaceAll('\n', ' ').replaceAll(/\s+/g, ' ');
	expect(joined).toContain('is not on this machine');
	const fits = expectFits(app, size);
	expect(fits.isShortEnough).toBe(true);
	expect(fits.tooWide).toEqual([]);
	app.unmount();
});
