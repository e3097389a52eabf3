import {beforeAll, expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import {buildReview, type Review} from '../../source/triage/review.js';
import {
	createReviewState,
	reviewReducer,
} from '../../source/review/review-reducer.js';
import {rowMatches, parseSearch} from '../../source/review/search.js';
import type {ReviewState} from '../../source/review/state.js';
import {loadRun, redisLog} from './helpers.js';

let review: Review;

beforeAll(async () => {
	review = buildReview(analyze([await loadRun(redisLog)]), new Map());
});

function keys(state: ReviewState, ...names: string[]): ReviewState {
	return names.reduce(
		(current, name) => reviewReducer(current, {type: 'key', name}),
		state,
	);
}

function draft(state: ReviewState, value: string): ReviewState {
	return reviewReducer(state, {type: 'draft', value});
}

test('a search that finds nothing only because the filter hides its matches says so', () => {
	let state = keys(createReviewState({review}), 'F');
	state = keys(draft(state, 'pubsub'), 'return');
	const shown = state.visible.length;
	expect(shown).toBeGreaterThan(0);
	expect(shown).toBeLessThan(state.rows.length);
	const hidden = state.rows.filter(row =>
		rowMatches(parseSearch('acl')!, row),
	).length;
	expect(hidden).toBeGreaterThan(1);

	state = draft(keys(state, '/'), 'acl');
	expect(state.status?.text).toBe(
		`no match for "acl" in the ${shown} shown: the filter hides ${hidden} that match`,
	);
	expect(state.status?.tone).toBe('error');
	// Enter keeps the search; n says it again, and drops nothing.
	state = keys(state, 'return', 'n');
	expect(state.status?.text).toBe(
		`no match for "acl" in the ${shown} shown: the filter hides ${hidden} that match`,
	);
	expect(state.visible).toHaveLength(shown);
});

test('with no filter, or with nothing hidden that matches, the line is as before', () => {
	let state = draft(keys(createReviewState({review}), '/'), 'no-such-test-xyz');
	expect(state.status?.text).toBe('no match for "no-such-test-xyz"');

	state = keys(keys(state, 'escape'), 'F');
	state = keys(draft(state, 'pubsub'), 'return');
	state = draft(keys(state, '/'), 'no-such-test-xyz');
	expect(state.status?.text).toBe('no match for "no-such-test-xyz"');
});
