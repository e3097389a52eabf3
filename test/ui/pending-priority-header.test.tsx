/**
A priority key on an undecided row waits for a category, and the header says so with the room it has (QA 38:
`0/617 decided · priority HIGH…` on a 120-column line more than half empty read as a status cut short).
*/
import {expect, test} from 'vitest';
import {expectFits, fixture, frame, press, renderReview} from './helpers.js';

test.each([
	[120, 'priority HIGH: now a category (b c e t u) or a to accept'],
	[80, 'priority HIGH: now b c e t u or a'],
	[40, 'priority HIGH…'],
])(
	'at %i columns the header says what a pending priority waits for, and fits',
	async (columns, expected) => {
		const size = {rows: 24, columns};
		const app = await renderReview(await fixture(), {}, size);
		await press(app, '1');
		const progressLine = frame(app).split('\n')[1]!;
		expect(progressLine).toContain(` · ${expected}`);
		expect(progressLine.endsWith(expected)).toBe(true);
		expect(expectFits(app, size).tooWide).toEqual([]);
		app.unmount();
	},
);
