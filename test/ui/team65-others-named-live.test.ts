/**
Team tour 65, the three-person day: Ben, following Ana's `triage run` on a store, read `updated: another session changed
decisions` when Ana decided. A live review shows others' decisions as soon as its rows are built again (a store's state
is current without a refresh), so by the refresh no row changed: the line now names what the store says came in.
*/
import {expect, test} from 'vitest';
import {shortTestName} from '../../source/review/not-saved-rows.js';
import {
	createReviewState,
	reviewReducer,
} from '../../source/review/review-reducer.js';
import {fixture} from './helpers.js';

test('a refresh whose decisions the rows show already names the reports the store says came in, and who', async () => {
	const data = await fixture();
	const state = createReviewState({review: data.review()});
	const [first, second] = data.analysis.failures.map(each => each.failure);
	const next = reviewReducer(state, {
		type: 'decisions',
		decisions: new Map(),
		isOthers: true,
		others: [
			{by: 'ana', id: first!.id, category: 'BUG', priority: 'HIGH'},
			{by: 'ana', id: second!.id, category: 'BUG', priority: 'LOW'},
		],
	});
	expect(next.status?.text).toBe(
		`updated: ana changed decisions on ${shortTestName(first!.id)}, ${shortTestName(second!.id)}`,
	);
});
