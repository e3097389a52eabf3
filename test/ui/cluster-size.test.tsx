import {expect, test} from 'vitest';
import {analysisWith} from '../../source/classify/analyze.js';
import {buildReview} from '../../source/triage/review.js';
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

test('the first frame does not build the clusters; the cluster list does', async () => {
	const data = await fixture();
	const {clusters} = data.analysis;
	let asked = 0;
	const watched = Object.defineProperty(
		analysisWith(data.analysis, {}),
		'clusters',
		{
			get() {
				asked++;
				return clusters;
			},
		},
	);
	const cluster = clusters.find(each => each.ids.length >= 2)!;
	const index = data.analysis.failures.findIndex(
		analyzed => analyzed.cluster === cluster.id,
	);
	const app = await renderReview({
		...data,
		review: () => buildReview(watched, data.journal.state()),
	});
	await press(app, ...Array.from({length: index}, () => 'j'));
	expect(frame(app)).toContain(
		`cluster ${cluster.id} (${cluster.ids.length} failures)`,
	);
	expect(asked).toBe(0);
	await press(app, '\t');
	expect(frame(app)).toContain(cluster.id);
	expect(asked).toBeGreaterThan(0);
	app.unmount();
});
