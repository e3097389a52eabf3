/**
A run whose test passed only on a rerun (QA 53: Debian's pytest 7.2, pytest-rerunfailures `--reruns 2`), the only run
known. The summary (s) listed it under "Flaky across the runs (1): failed and passed in turn", though there were no
other runs: it is flaky by its pass after a rerun, and the line says so.
*/
import {expect, test} from 'vitest';
import {fixtureOf, frame, loadRun, press, renderReview} from './helpers.js';

test('the summary says a test flaky by a rerun in the only run passed on a rerun, not that it flipped across runs', async () => {
	const data = fixtureOf([await loadRun('fixtures/qa53/reruns-p7-v/run.log')]);
	expect(data.analysis.flaky.map(history => history.id)).toEqual([
		'tests/test_flaky.py::test_passes_on_second_try',
	]);
	const app = await renderReview(data, {}, {rows: 80, columns: 140});
	try {
		await press(app, 's');
		const text = frame(app);
		expect(text).toContain('no earlier run known');
		expect(text).not.toContain('across the runs (');
		expect(text).toContain(
			'Flaky (1): flipped across the runs, or passed on a rerun',
		);
		expect(text).toMatch(
			/tests\/test_flaky\.py::test_passes_on_second_try {3}R {3}passed on rerun/,
		);
	} finally {
		app.unmount();
	}
});
