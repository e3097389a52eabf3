import {expect, test} from 'vitest';
import {fixture, frame, press, renderReview, type Rendered} from './helpers.js';

/** The header's `filter undecided: N shown` and the summary's `N undecided`, which must be one number. */
async function undecidedCounts(app: Rendered) {
	const shown = /filter undecided: (\d+) shown/.exec(frame(app))?.[1];
	await press(app, 's');
	const summary = /\d+\/\d+ decided, (\d+) undecided/.exec(frame(app))?.[1];
	await press(app, 's');
	return {shown: Number(shown), summary: Number(summary)};
}

test('the undecided filter and the summary count the same rows after decisions, undos and bulk decisions', async () => {
	const data = await fixture();
	// Two decisions made on an older error: stale, so they need deciding again.
	for (const row of data.review().rows.slice(0, 2)) {
		data.journal.decide({
			id: row.analyzed.failure.id,
			phase: row.analyzed.failure.phase,
			category: 'BUG',
			priority: 'HIGH',
			signature: 'an-older-error',
		});
	}

	const app = await renderReview(data, {}, {rows: 40, columns: 120});
	await press(app, 'f');
	expect(await undecidedCounts(app)).toEqual({shown: 165, summary: 165});
	await press(app, 's');
	expect(frame(app)).toContain(
		'0/165 decided, 165 undecided (2 of them stale)',
	);
	await press(app, 's');
	const steps: Array<[string[], number]> = [
		// The first row is stale: deciding it again takes it out of both counts.
		[['e'], 164],
		[['b'], 163],
		[['z'], 164],
		[[' ', ' ', ' ', 'c'], 161],
		[['z'], 164],
		[['x', 'y'], 163],
		[['z'], 164],
	];
	for (const [sequence, expected] of steps) {
		await press(app, ...sequence);
		expect(await undecidedCounts(app), sequence.join(' ')).toEqual({
			shown: expected,
			summary: expected,
		});
	}

	app.unmount();
});
