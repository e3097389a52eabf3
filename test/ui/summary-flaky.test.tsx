import {expect, test} from 'vitest';
import {fixtureOf, frame, loadRun, press, renderReview} from './helpers.js';

test('the summary (s) lists the tests that flipped between failing and passing across the runs, with their marks', async () => {
	const runs = [];
	for (const name of ['run-1', 'run-2', 'run-3']) {
		runs.push(await loadRun(`fixtures/demo/${name}.log`));
	}

	const data = fixtureOf(runs);
	expect(data.analysis.flaky.length).toBeGreaterThan(0);
	const app = await renderReview(data, {}, {rows: 80, columns: 140});
	await press(app, 's');
	const text = frame(app);
	expect(text).toContain(
		`Flaky (${data.analysis.flaky.length}): flipped across the runs, or passed on a rerun`,
	);
	expect(text).toMatch(
		/test_race_condition_counter\[threads-8] {3}FPF {3}flipped 2 of 2 possible/,
	);
	app.unmount();
});
