/**
A priority key waits for a category on its own row only: moving away drops it, and the status line must stop
saying it waits (QA 29, built CLI in tmux: `1` `j` `k` `c` on an undecided row left "priority HIGH for this
failure: now a category" on the line, and `c` saved the suggestion's MEDIUM).
*/
import {describe, expect, test} from 'vitest';
import {
	decisionsOnDisk,
	fixture,
	frame,
	press,
	redisIds,
	renderReview,
	selectedLine,
} from './helpers.js';

describe('a priority key, then a move', () => {
	test('j drops the priority and the status line says so; a category back on its row takes the row priority', async () => {
		const data = await fixture();
		const ids = await redisIds();
		const suggested = data.analysis.failures[0]!.suggestion.priority;
		expect(suggested).not.toBe('LOW');
		const app = await renderReview(data);
		await press(app, '3');
		expect(frame(app)).toContain('priority LOW for this failure');
		expect(frame(app)).toContain('priority LOW: now');
		await press(app, 'j');
		expect(selectedLine(app)).toContain(ids[1]!.slice(-30));
		expect(frame(app)).not.toContain('priority LOW for this failure');
		expect(frame(app)).not.toContain('priority LOW: now');
		expect(frame(app)).toContain('priority LOW dropped');
		await press(app, 'k');
		expect(selectedLine(app)).toContain(ids[0]!.slice(-30));
		expect(frame(app)).not.toContain('priority LOW for this failure');
		await press(app, 'c');
		expect(decisionsOnDisk(data).get(ids[0]!)).toMatchObject({
			category: 'CONFIGURATION',
			priority: suggested,
		});
		expect(frame(app)).toContain(`✓ saved: CONFIGURATION ${suggested}`);
		app.unmount();
	});

	test('a priority saved at once on a decided row keeps its confirmation when the cursor moves', async () => {
		const data = await fixture();
		const app = await renderReview(data);
		await press(app, 'b', 'k', '3');
		expect(frame(app)).toContain('✓ saved: BUG LOW');
		await press(app, 'j');
		expect(frame(app)).toContain('✓ saved: BUG LOW');
		expect(frame(app)).not.toContain('dropped');
		app.unmount();
	});
});
