/**
The `flaky` quick filter shows the flaky tests that fail in this run: rows are failures. The summary and the report
count every flaky test, those that pass now included, so the filter's line says how many it cannot show and where
they are (the new-user tour read 2 against the summary's 4 as a wrong count).
*/
import {expect, test} from 'vitest';
import {fixtureOf, frame, loadRun, press, renderReview} from './helpers.js';

test('the flaky filter says how many flaky tests pass in this run, which s lists', async () => {
	const runs = [];
	for (const name of ['run-1', 'run-2', 'run-3']) {
		runs.push(await loadRun(`fixtures/demo/${name}.log`));
	}

	const data = fixtureOf(runs);
	const failing = new Set(
		data.analysis.failures.map(analyzed => analyzed.failure.id),
	);
	const passing = data.analysis.flaky.filter(
		history => !failing.has(history.id),
	).length;
	// The demo's day 3: two flaky tests fail, two pass.
	expect(passing).toBe(2);
	expect(data.analysis.flaky.length).toBe(4);
	const app = await renderReview(data, {}, {rows: 80, columns: 160});
	// all → undecided → stale → new → flaky
	for (const key of ['f', 'f', 'f', 'f']) {
		await press(app, key);
	}

	expect(frame(app)).toMatch(
		/filter: flaky \(2 of 25\); 2 more flaky tests pass in this run \(s lists them\); f for the next/,
	);
	await press(app, 's');
	expect(frame(app)).toContain(
		'Flaky (4): flipped across the runs, or passed on a rerun',
	);
	app.unmount();
});
