/** Runs and reruns: a --lf session as a re-run of the failures. */
import {describe, expect, test} from 'vitest';
import {readLogSessions} from '../../source/log/read.js';
import {groupRuns} from '../../source/runs/group.js';
import {fixtureOf, frame, press, renderReview} from './helpers.js';

describe('runs and reruns', () => {
	test('a --lf session re-ran the failures: f reaches the rerun filter, s names the test that passed on it', async () => {
		const [run] = groupRuns([
			{
				log: 'two-sessions.log',
				sessions: await readLogSessions('fixtures/sessions/two-sessions.log'),
			},
		]);
		const data = fixtureOf([run!]);
		const app = await renderReview(data, {}, {rows: 40, columns: 120});
		let text = frame(app);
		for (let index = 0; index < 8 && !text.includes('filter: rerun'); index++) {
			await press(app, 'f');
			text = frame(app);
		}

		expect(text).toContain('filter: rerun (4 of 4)');
		await press(app, 'g');
		expect(frame(app)).toContain('re-run 1: failed');
		await press(app, 's');
		text = frame(app);
		expect(text).toContain('Passed only after a rerun (1): flaky evidence');
		expect(text).toContain(
			'tests/test_b.py::test_flaky_service   re-run 1: passed',
		);
		expect(text).toContain('Fixed since the run before (0)');
		app.unmount();
	});
});
