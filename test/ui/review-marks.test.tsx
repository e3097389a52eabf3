/** Marks and clusters: one decision for every marked row, or for a whole cluster after its preview. */
import {describe, expect, test} from 'vitest';
import {
	decisionsOnDisk,
	fixture,
	frame,
	keys,
	press,
	redisIds,
	renderReview,
	selectedLine,
} from './helpers.js';

describe('marks and clusters', () => {
	test('space marks and moves on; a category applies to every marked row as one undo step', async () => {
		const data = await fixture();
		const ids = await redisIds();
		const app = await renderReview(data);
		await press(app, keys.space, keys.space);
		expect(frame(app)).toContain('2 marked *');
		expect(
			frame(app)
				.split('\n')
				.filter(line => /^.\*/.test(line)),
		).toHaveLength(2);
		await press(app, '3', 'b');
		const onDisk = decisionsOnDisk(data);
		expect(onDisk.get(ids[0]!)).toMatchObject({
			category: 'BUG',
			priority: 'LOW',
		});
		expect(onDisk.get(ids[1]!)).toMatchObject({
			category: 'BUG',
			priority: 'LOW',
		});
		expect(frame(app)).toContain('saved: BUG LOW on 2 failures');
		expect(frame(app)).not.toContain('marked *');
		await press(app, 'z');
		expect(decisionsOnDisk(data).size).toBe(0);
		// Every event of the undo is a clear: the screen says they were removed, not restored.
		expect(frame(app)).toContain('undone: decisions removed from 2 tests');
		app.unmount();
	});

	test('V marks a range; esc drops the marks', async () => {
		const data = await fixture();
		const app = await renderReview(data);
		await press(app, keys.space, 'j', 'j', 'V');
		expect(frame(app)).toContain('4 marked *');
		await press(app, keys.escape);
		expect(frame(app)).toContain('marks cleared');
		expect(frame(app)).not.toContain('marked *');
		app.unmount();
	});

	test('x previews the rows of the cluster it would change; esc cancels, y applies', async () => {
		const data = await fixture();
		const app = await renderReview(data);
		const cluster = data.analysis.clusters[0]!;
		const index = data.analysis.failures.findIndex(
			analyzed => analyzed.cluster === cluster.id,
		);
		await press(app, ...Array.from({length: index}, () => 'j'));
		// Decide it first: BUG LOW, then back to it.
		await press(app, '3', 'b', 'k');
		while (!selectedLine(app).includes('LOW')) {
			await press(app, 'k');
		}

		await press(app, 'x');
		const size = cluster.ids.length;
		expect(frame(app)).toContain(
			`Apply BUG LOW to ${size - 1} of ${size} failures in cluster ${cluster.id}?`,
		);
		expect(frame(app)).toContain(
			"(this failure's decision) y or Enter applies",
		);
		// At 80 columns each row names them as the list does, a suggestion in lower case (preview-replaced.test.tsx).
		expect(frame(app)).toMatch(/env high +→ BUG LOW/);
		expect(frame(app)).toContain('y apply  Esc cancel');
		await press(app, keys.escape);
		expect(frame(app)).toContain('nothing changed');
		expect(decisionsOnDisk(data).size).toBe(1);
		await press(app, 'x', 'y');
		expect(frame(app)).toContain(
			`saved: BUG LOW on ${size - 1} failures of cluster ${cluster.id}`,
		);
		const onDisk = decisionsOnDisk(data);
		expect(onDisk.size).toBe(size);
		for (const id of cluster.ids) {
			expect(onDisk.get(id)).toMatchObject({category: 'BUG', priority: 'LOW'});
		}

		// As after a single decision, the cursor went on to a failure that needs a look.
		expect(selectedLine(app)).not.toContain('BUG');
		while (!selectedLine(app).includes('LOW')) {
			await press(app, 'k');
		}

		// Nothing left to change.
		await press(app, 'x');
		expect(frame(app)).toContain(
			`all ${size} failures of cluster ${cluster.id} are already BUG LOW`,
		);
		// One undo step takes the whole cluster back.
		await press(app, 'z');
		expect(decisionsOnDisk(data).size).toBe(1);
		app.unmount();
	});

	test('x on an undecided row offers its suggestion; Enter applies', async () => {
		const data = await fixture();
		const app = await renderReview(data);
		const cluster = data.analysis.clusters[1]!;
		const index = data.analysis.failures.findIndex(
			analyzed => analyzed.cluster === cluster.id,
		);
		await press(app, ...Array.from({length: index}, () => 'j'), 'x');
		expect(frame(app)).toContain(
			`Apply ENVIRONMENT HIGH to ${cluster.ids.length} of ${cluster.ids.length} failures`,
		);
		expect(frame(app)).toContain('(its suggestion)');
		await press(app, keys.enter);
		expect(decisionsOnDisk(data).size).toBe(cluster.ids.length);
		app.unmount();
	});

	test('Tab lists the clusters, largest first; Enter shows the failures of one', async () => {
		const data = await fixture();
		const app = await renderReview(data);
		await press(app, keys.tab);
		const [largest, second] = data.analysis.clusters;
		expect(frame(app)).toContain(
			`${data.analysis.clusters.length} clusters of identical failures, largest first`,
		);
		expect(frame(app)).toMatch(
			new RegExp(`  138 +0/138 decided ${largest!.id}`),
		);
		await press(app, 'g', 'j');
		expect(selectedLine(app)).toContain(second!.id);
		await press(app, keys.enter);
		expect(frame(app)).toContain(`filter cluster ${second!.id}: 5 shown`);
		expect(frame(app)).toContain(
			`cluster ${second!.id}: 5 failures; esc shows all`,
		);
		await press(app, keys.escape);
		expect(frame(app)).toContain('cluster filter cleared');
		expect(frame(app)).not.toContain('shown');
		await press(app, keys.tab, keys.tab);
		expect(frame(app)).toContain(
			'j/k move  1/2/3 priority  b/c/e/t/u category',
		);
		app.unmount();
	});
});
