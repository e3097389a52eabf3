import {beforeAll, describe, expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import type {Run} from '../../source/log/model.js';
import {type Decision, reportKey} from '../../source/triage/journal.js';
import {buildReview, type Review} from '../../source/triage/review.js';
import {
	createReviewState,
	reviewReducer,
} from '../../source/review/review-reducer.js';
import {parseSortOrder, sortOrders} from '../../source/review/sort.js';
import {currentRow, type ReviewState} from '../../source/review/state.js';
import {loadRun, redisLog} from './helpers.js';

let run: Run;
let review: Review;

beforeAll(async () => {
	run = await loadRun(redisLog);
	review = buildReview(analyze([run]), new Map());
});

function keys(state: ReviewState, ...names: string[]): ReviewState {
	return names.reduce(
		(current, name) => reviewReducer(current, {type: 'key', name}),
		state,
	);
}

function shownRows(state: ReviewState) {
	return state.visible.map(index => state.rows[index]!);
}

/** Whether the rows come in runs (each value once, in one block), and in log order within a run. */
function isGroupedBy(
	state: ReviewState,
	key: (row: ReviewState['rows'][number]) => string,
): boolean {
	const seen = new Set<string>();
	let previous: string | undefined;
	let previousIndex = -1;
	for (const index of state.visible) {
		const value = key(state.rows[index]!);
		if (value !== previous) {
			if (seen.has(value)) {
				return false;
			}

			seen.add(value);
		} else if (index < previousIndex) {
			return false;
		}

		previous = value;
		previousIndex = index;
	}

	return true;
}

describe('S sorts the list', () => {
	test('cycles log, cluster, priority, area, file and back, saying which', () => {
		expect(sortOrders).toEqual(['log', 'cluster', 'priority', 'area', 'file']);
		let state = createReviewState({review});
		expect(state.sort).toBe('log');
		const logOrder = state.visible;
		state = keys(state, 'S');
		expect(state.sort).toBe('cluster');
		expect(state.status?.text).toBe(
			'sorted by cluster, largest first (S: by priority)',
		);
		for (const _ of ['priority', 'area', 'file', 'log']) {
			state = keys(state, 'S');
		}

		expect(state.sort).toBe('log');
		expect(state.visible).toEqual(logOrder);
	});

	test('by cluster: the largest cluster first, each in one block, log order inside', () => {
		const state = keys(createReviewState({review}), 'S');
		expect(isGroupedBy(state, row => row.analyzed.cluster)).toBe(true);
		const clusters = [
			...new Set(shownRows(state).map(row => row.analyzed.cluster)),
		];
		expect(clusters).toEqual(
			review.analysis.clusters.map(cluster => cluster.id),
		);
		expect(state.visible).toHaveLength(165);
	});

	test('by file and by area: grouped and in alphabetical order', () => {
		const byFile = createReviewState({review, sort: 'file'});
		expect(isGroupedBy(byFile, row => row.analyzed.failure.file)).toBe(true);
		const files = shownRows(byFile).map(row => row.analyzed.failure.file);
		expect(files).toEqual(files.toSorted());
		const byArea = createReviewState({review, sort: 'area'});
		expect(isGroupedBy(byArea, row => row.analyzed.area)).toBe(true);
	});

	test('the selected row stays selected when the order changes', () => {
		let state = keys(createReviewState({review}), 'G');
		const selected = currentRow(state)!.key;
		state = keys(state, 'S');
		expect(currentRow(state)!.key).toBe(selected);
		expect(state.cursor).not.toBe(164);
	});

	test('by priority: a decision that changes a priority sorts the list again, the selection stays', () => {
		let state = createReviewState({review, sort: 'priority'});
		const priorities = shownRows(state).map(row => row.priority);
		const ranks = priorities.map(name =>
			review.analysis.priorities.findIndex(priority => priority.name === name),
		);
		expect(ranks).toEqual(ranks.toSorted((a, b) => a - b));
		// The first row (the highest priority) decided LOW moves to the bottom block.
		const last = currentRow(state)!;
		expect(last.priority).not.toBe('LOW');
		state = keys(state, '3', 'b');
		const decisions = new Map<string, Decision>();
		for (const effect of state.effects) {
			if (effect.type === 'save') {
				for (const input of effect.decisions) {
					decisions.set(reportKey(input.id, input.phase!), {
						note: '',
						...input,
						at: '2026-11-23T10:00:00Z',
					});
				}
			}
		}

		const selected = currentRow(state)!.key;
		state = reviewReducer(state, {type: 'decisions', decisions});
		expect(currentRow(state)!.key).toBe(selected);
		const position = state.visible.indexOf(state.rowIndex.get(last.key)!);
		expect(state.rows[state.visible[position]!]!.priority).toBe('LOW');
		expect(
			shownRows(state)
				.slice(position)
				.every(row => row.priority === 'LOW'),
		).toBe(true);
	});

	test('a filter that hides the selected row selects the next one in the list order', () => {
		let state = createReviewState({review, sort: 'file'});
		state = keys(state, 'j', 'j', 'j');
		const before = shownRows(state);
		const hidden = currentRow(state)!;
		state = keys(state, 'F');
		state = reviewReducer(state, {
			type: 'draft',
			value:
				'!' +
				hidden.analyzed.failure.id.replaceAll(/[[\]().*+?^$|\\]/g, '.') +
				'$',
		});
		const expected = before
			.slice(before.indexOf(hidden) + 1)
			.find(
				row =>
					row.key !== hidden.key &&
					state.visible.includes(state.rowIndex.get(row.key)!),
			);
		expect(currentRow(state)!.key).toBe(expected!.key);
	});

	test('the order is kept for next time; an unknown one is log order', () => {
		const state = keys(createReviewState({review}), 'S', 'S', 'q');
		expect(state.effects.at(-1)).toMatchObject({
			type: 'quit',
			sort: 'priority',
		});
		expect(parseSortOrder('priority')).toBe('priority');
		expect(parseSortOrder('bogus')).toBe('log');
		expect(parseSortOrder(undefined)).toBe('log');
		expect(createReviewState({review, sort: 'bogus'}).sort).toBe('log');
	});
});
