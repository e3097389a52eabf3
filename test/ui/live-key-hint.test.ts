/**
A key pressed while a live run had no failure yet says so ("nothing to decide yet: no failure so far"); once
the run's failures arrive, the status line no longer says there are none.
*/
import {expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import type {LiveProgress} from '../../source/live/live-review.js';
import {
	createReviewState,
	reviewReducer,
} from '../../source/review/review-reducer.js';
import {buildReview} from '../../source/triage/review.js';
import {loadRun, redisLog} from './helpers.js';

const running: LiveProgress = {
	phase: 'running',
	bytes: 1024,
	tests: 0,
	failures: 0,
	startedAt: Date.parse('2026-12-03T10:00:00Z'),
	name: 'pytest -v',
};

test('the hint that no failure came yet goes once failures come', async () => {
	const run = await loadRun(redisLog);
	// No failure yet, counted or named (a run that counts failures it has not named says so: live-header).
	const empty = buildReview(
		analyze([
			{...run, failures: [], counts: {...run.counts, failed: 0, error: 0}},
		]),
		new Map(),
	);
	const full = buildReview(analyze([run]), new Map());
	expect(empty.rows).toHaveLength(0);
	let state = createReviewState({review: empty, live: running});
	state = reviewReducer(state, {type: 'key', name: 'b'});
	expect(state.status?.text).toBe('nothing to decide yet: no failure so far');
	// Another read of the log, still without a failure: the hint stands.
	state = reviewReducer(state, {type: 'review', review: empty, live: running});
	expect(state.status?.text).toBe('nothing to decide yet: no failure so far');
	state = reviewReducer(state, {
		type: 'review',
		review: full,
		live: {...running, tests: 900, failures: 165},
	});
	expect(state.rows.length).toBeGreaterThan(0);
	expect(state.status?.text ?? '').not.toContain('no failure so far');
});
