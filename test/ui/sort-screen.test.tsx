import {expect, test} from 'vitest';
import {
	fakePrefs,
	fixture,
	frame,
	press,
	redisLog,
	renderReview,
	selectedLine,
} from './helpers.js';

test('S sorts the list, the header says by what, and the order is kept for next time', async () => {
	const data = await fixture();
	const prefs = fakePrefs();
	const app = await renderReview(
		data,
		{prefs, logs: [redisLog]},
		{rows: 40, columns: 120},
	);
	expect(frame(app)).not.toContain(' · by ');
	await press(app, 'S');
	expect(frame(app)).toContain('· by cluster, largest first');
	expect(frame(app)).toContain(
		'sorted by cluster, largest first (S: by priority)',
	);
	// The largest cluster's first failure leads the list.
	const largest = data.analysis.clusters[0]!;
	await press(app, 'g');
	expect(selectedLine(app)).toContain(largest.ids[0]!.slice(-40));
	await press(app, 'S', 'S', 'S');
	expect(frame(app)).toContain('· by file');
	await press(app, 'q');
	expect(prefs.saved.get(data.journalPath)).toMatchObject({sort: 'file'});
	app.unmount();

	const again = await renderReview(
		data,
		{resume: prefs.saved.get(data.journalPath)!},
		{rows: 40, columns: 120},
	);
	expect(frame(again)).toContain('· by file');
	again.unmount();
});
