import {expect, test} from 'vitest';
import {fixture, frame, press, renderReview} from './helpers.js';

test("the detail pane gives the current failure's cluster size, as the cluster list has it", async () => {
	const data = await fixture();
	const cluster = data.analysis.clusters.find(each => each.ids.length >= 2)!;
	expect(cluster).toBeDefined();
	const index = data.analysis.failures.findIndex(
		analyzed => analyzed.cluster === cluster.id,
	);
	const app = await renderReview(data);
	await press(app, ...Array.from({length: index}, () => 'j'));
	expect(frame(app)).toContain(
		`cluster ${cluster.id} (${cluster.ids.length} failures)`,
	);
	app.unmount();
});
