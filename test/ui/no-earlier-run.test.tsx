/**
The detail pane's history line of a run compared with no earlier run said `failed in the only run known`, also
where that was false: an older log opened while its later runs are in the history is compared with the runs
before it alone (the new-user tour of stop 61 met it on `run-1.log` after `run-2.log` and `run-3.log`). It says
what is true in both cases, as the summary does: no earlier run known.
*/
import {expect, test} from 'vitest';
import {demoLog, fixture, frame, renderReview} from './helpers.js';

test('a run compared with no earlier run: the history line says no earlier run is known', async () => {
	const data = await fixture(demoLog);
	expect(data.analysis.runs).toHaveLength(1);
	const app = await renderReview(data, {}, {rows: 40, columns: 120});
	expect(frame(app)).toContain('history: failed, no earlier run known');
	expect(frame(app)).not.toContain('only run known');
	app.unmount();
});
