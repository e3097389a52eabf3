/**
New-user tour 63: a category key on marked failures that had different priorities said `✓ saved: 2 failures`,
naming neither the category nor the priorities each kept; one failure's line says `✓ saved: BUG HIGH …`.
*/
import {describe, expect, test} from 'vitest';
import {
	decisionsOnDisk,
	fixture,
	frame,
	press,
	redisIds,
	renderReview,
} from './helpers.js';

const space = ' ';

describe('the status line after deciding marked failures', () => {
	test('one category, several priorities: it names the category and how many kept each priority', async () => {
		const data = await fixture();
		const ids = await redisIds();
		const app = await renderReview(data);
		// The first failure BUG HIGH, the second BUG LOW, then both marked and decided ENVIRONMENT.
		await press(app, '1', 'b', '3', 'b', 'g', space, space, 'e');
		const onDisk = decisionsOnDisk(data);
		expect(onDisk.get(ids[0]!)).toMatchObject({
			category: 'ENVIRONMENT',
			priority: 'HIGH',
		});
		expect(onDisk.get(ids[1]!)).toMatchObject({
			category: 'ENVIRONMENT',
			priority: 'LOW',
		});
		expect(frame(app)).toContain(
			'saved: ENVIRONMENT on 2 failures: 1 HIGH, 1 LOW',
		);
		app.unmount();
	});

	test('several categories (a on marked failures takes each its suggestion): it counts each category', async () => {
		const data = await fixture();
		const {failures} = data.analysis;
		const first = failures[0]!.suggestion.category;
		const other = failures.findIndex(
			analyzed => analyzed.suggestion.category !== first,
		);
		expect(other).toBeGreaterThan(0);
		const app = await renderReview(data);
		// Mark the first failure and the first one suggested another category, then accept both suggestions.
		await press(
			app,
			space,
			...Array.from({length: other - 1}, () => 'j'),
			space,
			'a',
		);
		const second = failures[other]!.suggestion.category;
		expect(frame(app)).toContain(`saved: 2 failures: 1 ${first}, 1 ${second}`);
		app.unmount();
	});
});
