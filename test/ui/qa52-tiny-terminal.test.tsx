import {expect, test} from 'vitest';
import {
	demoLog,
	expectFits,
	fixture,
	frame,
	press,
	renderReview,
} from './helpers.js';

// QA 52: the screen took at least 10 columns whatever the terminal had, so at 5 or 8 columns every line of
// 10 wrapped in the terminal and the frame was taller than the screen: at 5×2 the run's line scrolled out
// and `log …`, its wrapped end, was all that showed.
test.each([
	{rows: 2, columns: 5},
	{rows: 3, columns: 8},
	{rows: 2, columns: 1},
	{rows: 4, columns: 9},
])(
	'at %j no line is wider than the terminal and the frame fits',
	async size => {
		const data = await fixture(demoLog);
		const app = await renderReview(data, {}, size);
		const check = () => {
			const fit = expectFits(app, size);
			expect(fit.tooWide).toEqual([]);
			expect(fit.isShortEnough).toBe(true);
			expect(frame(app).split('\n')[0]).toMatch(/^(?:r|…$)/);
		};

		check();
		for (const key of ['j', 'b', '?']) {
			await press(app, key);
			check();
		}

		// After q the app has quit: what stays is Ink's last frame, or (where CI is set, when Ink
		// writes only once, on unmount) the empty frame the quitting app rendered. Either way no line
		// is wider than the terminal.
		await press(app, 'q');
		expect(expectFits(app, size).tooWide).toEqual([]);

		app.unmount();
	},
);
