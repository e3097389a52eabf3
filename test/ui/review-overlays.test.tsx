/** Overlays: the summary and the help. */
import {describe, expect, test} from 'vitest';
import {
	expectFits,
	fixture,
	frame,
	keys,
	press,
	renderReview,
} from './helpers.js';

describe('overlays', () => {
	test('s shows the summary: charts by category and area, the priority matrix, clusters, progress', async () => {
		const data = await fixture();
		const app = await renderReview(data, {}, {rows: 40, columns: 100});
		await press(app, 'b', 's');
		const text = frame(app);
		expect(text).toContain('Progress');
		expect(text).toContain('1/165 decided');
		expect(text).toContain('By category (decided + suggested)');
		expect(text).toMatch(/BUG +█*░+ +8 +\(1 decided\)/);
		expect(text).toContain('By area');
		expect(text).toContain('Priority matrix (category × priority)');
		expect(text).toMatch(/HIGH +MEDIUM +LOW/);
		await press(app, 'G');
		expect(frame(app)).toContain('Largest clusters');
		expect(frame(app)).toContain(data.analysis.clusters[0]!.id);
		await press(app, keys.escape);
		expect(frame(app)).toContain('j/k move');
		app.unmount();
	});

	test('? shows every key from the keymap and scrolls', async () => {
		const data = await fixture();
		const app = await renderReview(data);
		await press(app, '?');
		expect(frame(app)).toContain('› selected');
		expect(frame(app)).toContain('Failure list');
		expect(frame(app)).toMatch(/↓ j +next failure/);
		await press(app, 'G');
		// The last mode's keys: what R asks.
		expect(frame(app)).toContain('Running failures again (R)');
		expect(frame(app)).toMatch(/of \d+ \(j\/k, PgUp\/PgDn\)/);
		await press(app, keys.escape);
		expect(frame(app)).toContain('j/k move');
		const fit = expectFits(app, {rows: 24, columns: 80});
		expect(fit.isShortEnough).toBe(true);
		app.unmount();
	});
});
