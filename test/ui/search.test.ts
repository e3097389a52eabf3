import {beforeAll, describe, expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import type {Run} from '../../source/log/model.js';
import {buildReview, type Review} from '../../source/triage/review.js';
import {
	createReviewState,
	reviewReducer,
} from '../../source/review/review-reducer.js';
import {
	findMatch,
	matchRange,
	parseSearch,
	rowMatches,
} from '../../source/review/search.js';
import {overlayLineCount, overlayLinesOf} from '../../source/review/scroll.js';
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

function draft(state: ReviewState, value: string): ReviewState {
	return reviewReducer(state, {type: 'draft', value});
}

/** Cursors (in the list) of the rows whose id or headline holds `text`, as the search sees them. */
function matchingCursors(state: ReviewState, text: string): number[] {
	const search = parseSearch(text)!;
	return state.visible.flatMap((rowNumber, cursor) =>
		rowMatches(search, state.rows[rowNumber]!) ? [cursor] : [],
	);
}

describe('a search', () => {
	test('is a substring that ignores case unless it has a capital (smartcase)', () => {
		expect(parseSearch('')).toBeUndefined();
		const lower = parseSearch('pubsub')!;
		expect(matchRange(lower, 'tests/test_PubSub.py')).toEqual([11, 17]);
		const upper = parseSearch('PubSub')!;
		expect(matchRange(upper, 'tests/test_pubsub.py')).toBeUndefined();
		expect(matchRange(upper, 'TestPubSubSubcommands')).toEqual([4, 10]);
		// A regular expression's characters are plain text here.
		expect(matchRange(parseSearch('a.b')!, 'axb')).toBeUndefined();
		expect(matchRange(parseSearch('[1]')!, 'test[1]')).toEqual([4, 7]);
	});

	test('findMatch goes after the current item, wraps around, and counts', () => {
		const isMatch = (index: number) => [2, 5, 7].includes(index);
		expect(findMatch(10, 0, 1, isMatch)).toEqual({
			index: 2,
			ordinal: 1,
			count: 3,
			isWrapped: false,
		});
		expect(findMatch(10, 5, 1, isMatch)).toMatchObject({
			index: 7,
			ordinal: 3,
		});
		expect(findMatch(10, 7, 1, isMatch)).toMatchObject({
			index: 2,
			ordinal: 1,
			isWrapped: true,
		});
		expect(findMatch(10, 2, -1, isMatch)).toMatchObject({
			index: 7,
			isWrapped: true,
		});
		expect(findMatch(10, -1, 1, isMatch)).toMatchObject({
			index: 2,
			isWrapped: false,
		});
		// The current item itself is found last.
		expect(findMatch(10, 5, 1, index => index === 5)).toMatchObject({
			index: 5,
			ordinal: 1,
			count: 1,
			isWrapped: true,
		});
		expect(findMatch(10, 0, 1, () => false)).toBeUndefined();
		expect(findMatch(0, 0, 1, () => true)).toBeUndefined();
	});
});

describe('/ in the list', () => {
	test('moves to the first match as it is typed, and hides nothing', () => {
		const start = createReviewState({review});
		const expected = matchingCursors(start, 'pubsub');
		expect(expected.length).toBe(54);
		let state = keys(start, '/');
		expect(state.mode).toBe('search');
		state = draft(state, 'p');
		state = draft(state, 'pubsub');
		expect(state.cursor).toBe(expected[0]);
		expect(state.visible).toBe(start.visible);
		expect(state.status?.text).toBe('match 1/54');
		state = keys(state, 'return');
		expect(state.mode).toBe('list');
		expect(state.search?.text).toBe('pubsub');
		expect(state.status?.text).toBe('match 1/54 · n next, N previous');
		expect(state.visible).toHaveLength(165);
	});

	test('n and N go to the next and previous match and say when they wrap around', () => {
		let state = keys(createReviewState({review}), '/');
		state = keys(draft(state, 'pubsub'), 'return');
		const expected = matchingCursors(state, 'pubsub');
		state = keys(state, 'n');
		expect(state.cursor).toBe(expected[1]);
		expect(state.status?.text).toBe('match 2/54');
		state = keys(state, 'N', 'N');
		expect(state.cursor).toBe(expected.at(-1));
		expect(state.status?.text).toBe(
			'match 54/54 · wrapped around to the bottom',
		);
		state = keys(state, 'n');
		expect(state.cursor).toBe(expected[0]);
		expect(state.status?.text).toBe('match 1/54 · wrapped around to the top');
	});

	test('the search runs over the headline too, with smartcase', () => {
		let state = keys(createReviewState({review}), '/');
		state = draft(state, 'connection refused');
		const row = currentRow(state)!;
		expect(row.analyzed.failure.id.toLowerCase()).not.toContain(
			'connection refused',
		);
		expect(row.analyzed.failure.headline).toContain('Connection refused');
		state = draft(state, 'connection Refused');
		expect(state.status).toEqual({
			text: 'no match for "connection Refused"',
			tone: 'error',
			isSearch: true,
		});
		// No match: the selection is back where the search started.
		expect(state.cursor).toBe(0);
	});

	test('esc while typing goes back to where it started, with the search that was there', () => {
		let state = keys(createReviewState({review}), 'j', 'j', '/');
		state = keys(draft(state, 'pubsub'), 'return');
		const atMatch = state.cursor;
		state = keys(state, '/');
		state = draft(state, 'acl');
		expect(state.cursor).not.toBe(atMatch);
		state = keys(state, 'escape');
		expect(state.mode).toBe('list');
		expect(state.cursor).toBe(atMatch);
		expect(state.search?.text).toBe('pubsub');
	});

	test('Enter on an empty search repeats the last one, as in less and vim', () => {
		let state = keys(createReviewState({review}), '/');
		state = keys(draft(state, 'pubsub'), 'return');
		const expected = matchingCursors(state, 'pubsub');
		state = keys(state, '/', 'return');
		expect(state.cursor).toBe(expected[1]);
		expect(state.status?.text).toBe('match 2/54');
	});

	test('n before any search says how to search; esc drops the search before the filters', () => {
		let state = keys(createReviewState({review}), 'n');
		expect(state.status?.text).toBe('no search yet: / searches');
		state = keys(state, 'f', '/');
		state = keys(draft(state, 'pubsub'), 'return', 'escape');
		expect(state.search).toBeUndefined();
		expect(state.status?.text).toBe('search "pubsub" cleared');
		expect(state.quick).toBe('undecided');
		state = keys(state, 'escape');
		expect(state.quick).toBe('all');
	});

	test('a search in a filtered list looks only at the rows shown', () => {
		let state = keys(createReviewState({review}), 'F');
		state = keys(draft(state, 'test_commands'), 'return', '/');
		state = draft(state, 'pubsub');
		expect(state.status).toMatchObject({tone: 'error'});
	});
});

describe('F filters as it is typed', () => {
	test('the list follows every key; a pattern on its way keeps the last list and says why', () => {
		let state = keys(createReviewState({review}), 'F');
		expect(state.mode).toBe('filter');
		state = draft(state, 'pubsub');
		expect(state.visible).toHaveLength(54);
		expect(state.status?.text).toBe('filter /pubsub/: 54 of 165');
		state = draft(state, 'pubsub(');
		expect(state.visible).toHaveLength(54);
		expect(state.status).toMatchObject({
			tone: 'error',
			text: expect.stringContaining('filter pubsub('),
		});
		state = draft(state, 'pubsub(_numsub)');
		expect(state.visible.length).toBeLessThan(54);
		state = keys(state, 'return');
		expect(state.mode).toBe('list');
		expect(state.text.text).toBe('pubsub(_numsub)');
	});

	test('& is the same key, as in less', () => {
		expect(keys(createReviewState({review}), '&').mode).toBe('filter');
	});

	test('esc while typing puts back the filter and the row from before', () => {
		let state = keys(createReviewState({review}), 'F');
		state = keys(draft(state, 'commands'), 'return', 'j', 'j');
		const selected = currentRow(state)!.key;
		const shown = state.visible;
		state = keys(state, 'F');
		state = draft(state, 'pubsub');
		expect(state.visible).toHaveLength(54);
		state = keys(state, 'escape');
		expect(state.mode).toBe('list');
		expect(state.text.text).toBe('commands');
		expect(state.visible).toEqual(shown);
		expect(currentRow(state)!.key).toBe(selected);
	});

	test('the row selected when typing started stays selected while it is shown', () => {
		let state = keys(createReviewState({review}), 'G', 'F');
		const selected = currentRow(state)!.key;
		state = draft(state, 'x');
		state = draft(state, '');
		expect(currentRow(state)!.key).toBe(selected);
	});
});

describe('/ in the help', () => {
	test('goes to the matching line, marks it, and n goes on', () => {
		let state = keys(createReviewState({review}), '?', '/');
		expect(state.mode).toBe('search');
		state = keys(draft(state, 'quit'), 'return');
		expect(state.mode).toBe('help');
		const first = state.overlayMatch!;
		expect(first).toBeGreaterThan(0);
		expect(state.status?.text).toMatch(/^match 1\/\d+ · n next, N previous$/);
		state = keys(state, 'n');
		expect(state.overlayMatch).toBeGreaterThan(first);
		expect(state.status?.text).toMatch(/^match 2\/\d+$/);
		// Esc leaves the help; opening it again starts at its top, with no match marked.
		state = keys(state, 'escape', '?');
		expect(state.overlayMatch).toBeUndefined();
		expect(state.overlayScroll).toBe(0);
	});

	test('its line (match 2/11) does not stay over the summary or the list, which it does not count; n still searches', () => {
		let state = keys(createReviewState({review}), '?', '/');
		state = keys(draft(state, 'quit'), 'return', 'n');
		expect(state.status?.text).toMatch(/^match 2\/\d+$/);
		state = keys(state, 'escape');
		expect(state.mode).toBe('list');
		expect(state.status).toBeUndefined();
		// From the summary to the help over it.
		state = keys(state, 's', '/');
		state = keys(draft(state, 'decided'), 'return');
		expect(state.status?.text).toMatch(/^match 1\/\d+ · n next/);
		state = keys(state, '?');
		expect(state.mode).toBe('help');
		expect(state.status).toBeUndefined();
		// The search is kept: n in the help looks for it there.
		state = keys(state, 'n');
		expect(state.status?.text).toMatch(/^match 1\/\d+/);
	});
});

describe('a resize over the help', () => {
	const wide = {rows: 40, columns: 120};
	const narrow = {rows: 20, columns: 60};
	const resize = (state: ReviewState, viewport: typeof wide) =>
		reviewReducer(state, {type: 'resize', viewport});
	const lines = (state: ReviewState) =>
		overlayLinesOf(state).map(line => line.text);

	test('keeps the match marked on the line that holds it, and shown (the help wraps again at each width)', () => {
		let state = keys(resize(createReviewState({review}), wide), '?', '/');
		state = keys(draft(state, 'lazygit'), 'return');
		expect(lines(state)[state.overlayMatch!]).toContain('lazygit');
		for (const viewport of [narrow, wide, narrow]) {
			state = resize(state, viewport);
			const help = lines(state);
			expect(help[state.overlayMatch!]).toContain('lazygit');
			expect(state.overlayMatch).toBeGreaterThanOrEqual(state.overlayScroll);
			expect(state.overlayMatch).toBeLessThan(state.overlayScroll + 10);
		}

		// n goes on from it: the one match again, not a second one on the next piece of the line.
		expect(keys(state, 'n').status?.text).toMatch(/^match 1\/1/);
	});

	test('keeps the line at the top, and the bottom at the bottom', () => {
		let state = keys(resize(createReviewState({review}), wide), '?');
		state = keys(state, ...Array.from({length: 40}, () => 'j'));
		const top = lines(state)[state.overlayScroll]!;
		state = resize(state, narrow);
		expect(lines(state)[state.overlayScroll]).toBe(
			top.trimEnd().slice(0, lines(state)[state.overlayScroll]!.length),
		);
		state = keys(state, 'G');
		const bottom = state.overlayScroll;
		expect(bottom).toBe(overlayLineCount(state));
		state = resize(state, wide);
		expect(state.overlayScroll).toBe(overlayLineCount(state));
		expect(state.overlayScroll).toBeLessThan(bottom);
	});

	test('while a search is typed over it, the help stays where it is and Esc goes back to where it was', () => {
		let state = keys(resize(createReviewState({review}), wide), '?');
		state = keys(state, ...Array.from({length: 30}, () => 'j'), '/');
		const origin = lines(keys(state, 'escape'))[30];
		state = draft(state, 'lazygit');
		state = resize(state, narrow);
		expect(state.mode).toBe('search');
		expect(lines({...state, mode: 'help'})[state.overlayMatch!]).toContain(
			'lazygit',
		);
		state = keys(state, 'escape');
		expect(state.mode).toBe('help');
		expect(
			origin!.startsWith(lines(state)[state.overlayScroll]!.trimEnd()),
		).toBe(true);
	});
});

describe('typing', () => {
	test('keys edit the text in the reducer, each against the text the last one left: none is lost', () => {
		let state = keys(createReviewState({review}), 'F');
		state = keys(state, ...'pubsub', 'space', 'x', 'backspace', 'backspace');
		expect(state.draft).toBe('pubsub');
		expect(state.visible).toHaveLength(54);
		state = keys(state, 'ctrl-u');
		expect(state.draft).toBe('');
		expect(state.visible).toHaveLength(165);
		// Letters that are keys elsewhere are text here.
		state = keys(state, 'q', 'b', 'return');
		expect(state.mode).toBe('list');
		expect(state.text.text).toBe('qb');
		expect(state.effects).toEqual([]);
	});
});
