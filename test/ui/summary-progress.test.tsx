/**
The summary's progress line at the terminal sizes people use: its counts are never cut (QA 41: at 80×24,
`0/617 decided, 617 undecided (23 of them stale)` ended in `(23 of them…`).
*/
import {expect, test} from 'vitest';
import {progressLines} from '../../source/review/summary.js';
import {
	demoLog,
	fixture,
	frame,
	press,
	redisLog,
	renderReview,
} from './helpers.js';

const sizes = [
	{rows: 24, columns: 80},
	{rows: 30, columns: 100},
];

for (const [log, name] of [
	[redisLog, 'a real log'],
	[demoLog, 'the demo run'],
] as const) {
	for (const size of sizes) {
		test(`${name} at ${size.columns}×${size.rows}: the progress line holds its whole counts, stale ones too`, async () => {
			const data = await fixture(log);
			const rows = data.review().rows;
			// Decisions made on an older error: stale, so the line says how many of the undecided are.
			for (const row of rows.slice(0, 12)) {
				data.journal.decide({
					id: row.analyzed.failure.id,
					phase: row.analyzed.failure.phase,
					category: 'BUG',
					priority: 'HIGH',
					signature: 'an-older-error',
				});
			}

			const app = await renderReview(data, {}, size);
			await press(app, 's');
			const lines = frame(app).split('\n');
			const progress = lines[lines.indexOf('Progress') + 1] ?? '';
			expect(progress).toContain(
				`0/${rows.length} decided, ${rows.length} undecided (12 of them stale)`,
			);
			expect(progress).toMatch(/^ {2}[█░]{10,40} 0\//);
			expect([...progress].length).toBeLessThanOrEqual(size.columns);
			app.unmount();
		});
	}
}

test('counts wider than the screen go under the bar, wrapped, never cut', () => {
	const lines = progressLines(
		{total: 123_456, decided: 1234, stale: 1200, undecided: 121_022, fresh: 0},
		123_456,
		50,
		10,
	).map(line => line.text);
	expect(lines[0]).toBe('  ░░░░░░░░░░');
	expect(lines.slice(1).join(' ').replaceAll(/\s+/g, ' ')).toContain(
		'1,234/123,456 decided,',
	);
	expect(lines.slice(1).join(' ')).toContain('stale)');
	for (const line of lines) {
		expect([...line].length).toBeLessThanOrEqual(50);
	}
});
