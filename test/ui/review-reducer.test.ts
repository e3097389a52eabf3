import {beforeAll, describe, expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import type {Run} from '../../source/log/model.js';
import {type Decision, reportKey} from '../../source/triage/journal.js';
import {buildReview, type Review} from '../../source/triage/review.js';
import {
	formatFilter,
	parseFilter,
	parseTextFilter,
} from '../../source/review/filters.js';
import {
	createReviewState,
	reviewReducer,
	type ReviewAction,
} from '../../source/review/review-reducer.js';
import {currentRow, type ReviewState} from '../../source/review/state.js';
import {isUnsaved} from '../../source/review/unsaved.js';
import {detailTextOf, screenLinesOf} from '../../source/review/detail-text.js';
import {detailScroll} from '../../source/review/scroll.js';
import {isErrorLine} from '../../source/log/traceback.js';
import {detailTextWidth, layoutOf} from '../../source/review/layout.js';
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

/** Do what App does with a save effect: fold the decisions in as if the journal stored them. */
function saveAll(state: ReviewState): ReviewState {
	const decisions = new Map<string, Decision>(
		state.rows
			.filter(row => row.decision)
			.map(row => [
				reportKey(row.analyzed.failure.id, row.analyzed.failure.phase),
				row.decision!,
			]),
	);
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

	const done: ReviewAction = {
		type: 'effectsDone',
		through: state.nextEffectId - 1,
	};
	// One state per save that returns, as App dispatches them.
	const saves = state.effects.filter(effect => effect.type === 'save');
	return (saves.length === 0 ? [undefined] : saves).reduce(
		(current, save) =>
			reviewReducer(current, {
				type: 'decisions',
				decisions,
				message: {text: 'saved'},
				...(save && {saved: save.id}),
			}),
		reviewReducer(state, done),
	);
}

describe('the review reducer', () => {
	test('starts on the first failure with nothing filtered', () => {
		const state = createReviewState({review});
		expect(state.visible).toHaveLength(165);
		expect(currentRow(state)?.key).toBe(review.rows[0]!.key);
		expect(state.mode).toBe('list');
	});

	test('1 then b records one save of HIGH BUG and moves to the next undecided failure', () => {
		let state = createReviewState({review});
		state = keys(state, '1');
		expect(state.pendingPriority).toBe('HIGH');
		expect(state.effects).toEqual([]);
		state = keys(state, 'b');
		expect(state.effects).toEqual([
			{
				id: 1,
				type: 'save',
				decisions: [
					{
						id: review.rows[0]!.analyzed.failure.id,
						phase: review.rows[0]!.analyzed.failure.phase,
						category: 'BUG',
						priority: 'HIGH',
						note: '',
						signature: review.rows[0]!.analyzed.cluster,
						run: redisLog,
					},
				],
				message: {
					text: expect.stringContaining('saved: BUG HIGH'),
					id: expect.stringContaining('test_acl_getuser_setuser'),
				},
				// What the decision took, given back if the save fails: the row and the pending priority.
				restore: {
					fromKey: review.rows[0]!.key,
					toKey: review.rows[1]!.key,
					marks: new Set(),
					anchor: undefined,
					pendingPriority: 'HIGH',
				},
			},
		]);
		expect(state.cursor).toBe(1);
		expect(state.pendingPriority).toBeUndefined();
		// The row shows the decision at once (the next key acts on it), as not saved yet.
		expect(state.rows[0]!.decision?.category).toBe('BUG');
		expect(isUnsaved(state.rows[0]!.decision!)).toBe(true);
		expect(state.saving).toEqual(new Set([review.rows[0]!.key]));
		state = saveAll(state);
		expect(state.rows[0]!.decision?.category).toBe('BUG');
		expect(isUnsaved(state.rows[0]!.decision!)).toBe(false);
		expect(state.saving.size).toBe(0);
		expect(state.progress.decided).toBe(1);
		expect(state.effects).toEqual([]);
	});

	test('a save that lands while a priority key waits for its category keeps the hint first', () => {
		let state = createReviewState({review});
		state = keys(state, 'b', '3');
		expect(state.pendingPriority).toBe('LOW');
		state = saveAll(state);
		expect(state.pendingPriority).toBe('LOW');
		expect(state.status?.text).toMatch(
			/^priority LOW for this failure: now a category .* · ✓ saved$/,
		);
		// The category key then decides with the waiting priority, and its own save says so alone.
		state = saveAll(keys(state, 'e'));
		// (It keeps the rows it confirms, to tell when another session changes them.)
		const {savedKeys, ...status} = state.status!;
		expect(status).toEqual({text: 'saved', tone: 'saved'});
		expect(savedKeys?.size).toBe(1);
	});

	test('the journal folded in: rows as buildReview makes them, the unchanged ones the same objects', () => {
		let state = createReviewState({review});
		state = saveAll(keys(state, '1', 'b', 'j', 'e'));
		const decided = state.rows;
		const decisions = new Map<string, Decision>(
			decided
				.filter(row => row.decision)
				.map(row => [
					reportKey(row.analyzed.failure.id, row.analyzed.failure.phase),
					row.decision!,
				]),
		);
		// Another session decides the last failure and takes back the first.
		const last = review.rows.at(-1)!.analyzed;
		const first = review.rows[0]!.analyzed;
		decisions.set(reportKey(last.failure.id, last.failure.phase), {
			id: last.failure.id,
			phase: last.failure.phase,
			category: 'FLAKY',
			priority: 'LOW',
			note: 'seen elsewhere',
			signature: last.cluster,
			at: '2026-11-23T11:00:00Z',
		});
		decisions.delete(reportKey(first.failure.id, first.failure.phase));
		state = reviewReducer(state, {type: 'decisions', decisions});
		expect(state.rows).toEqual(buildReview(review.analysis, decisions).rows);
		const changed = state.rows.flatMap((row, index) =>
			row === decided[index] ? [] : [index],
		);
		expect(changed).toEqual([0, state.rows.length - 1]);
		expect(state.progress).toEqual(
			buildReview(review.analysis, decisions).progress,
		);
		// Nothing new: the same rows.
		const again = reviewReducer(state, {type: 'decisions', decisions});
		expect(again.rows).toBe(state.rows);
	});

	test('keys faster than saves: each decision lands on its own row', () => {
		let state = createReviewState({review});
		state = keys(state, 'b', 'c', 'e');
		const saved = state.effects.flatMap(effect =>
			effect.type === 'save'
				? effect.decisions.map(input => input.category)
				: [],
		);
		expect(saved).toEqual(['BUG', 'CONFIGURATION', 'ENVIRONMENT']);
		expect(state.cursor).toBe(3);
	});

	test('next undecided skips decided rows and wraps', () => {
		let state = saveAll(keys(createReviewState({review}), 'j', 'b'));
		// Row 1 decided; from row 0, deciding moves to row 2.
		state = keys(state, 'g', 'c');
		expect(state.cursor).toBe(2);
		state = saveAll(keys(state, 'G', 'u'));
		expect(state.cursor).toBe(2);
	});

	test('marks: space marks and moves, V marks a range, a decision covers them all, esc clears', () => {
		let state = keys(createReviewState({review}), 'space', 'j', 'j', 'V');
		expect(state.marks.size).toBe(4);
		state = keys(state, 'escape');
		expect(state.marks.size).toBe(0);
		state = keys(state, 'space', 'space', 't');
		const [effect] = state.effects;
		expect(effect?.type === 'save' ? effect.decisions.length : 0).toBe(2);
		expect(state.marks.size).toBe(0);
	});

	test('a decision on marked rows leaves the cursor on its row when that row was not decided and still needs a look', () => {
		// Rows 3 and 4 marked (space moves down), the cursor on row 5, undecided.
		let state = keys(createReviewState({review}), 'j', 'j', 'space', 'space');
		expect(state.cursor).toBe(4);
		const here = state.visible[4];
		state = keys(state, 't');
		const [effect] = state.effects;
		expect(effect?.type === 'save' ? effect.decisions.length : 0).toBe(2);
		expect(state.cursor).toBe(4);
		expect(state.visible[state.cursor]).toBe(here);
		// A decision on the cursor's own row moves on, as always.
		state = keys(state, 't');
		expect(state.cursor).toBe(5);
	});

	test('x previews the cluster with the changes only, y records one save', () => {
		const cluster = review.analysis.clusters[0]!;
		const index = review.rows.findIndex(
			row => row.analyzed.cluster === cluster.id,
		);
		let state = createReviewState({review});
		state = keys(state, ...Array.from({length: index}, () => 'j'), 'x');
		expect(state.mode).toBe('preview');
		expect(state.preview).toMatchObject({
			cluster: cluster.id,
			category: 'ENVIRONMENT',
			priority: 'HIGH',
			isSuggested: true,
			size: cluster.ids.length,
		});
		expect(state.preview?.keys).toHaveLength(cluster.ids.length);
		state = keys(state, 'y');
		expect(state.mode).toBe('list');
		expect(state.effects).toHaveLength(1);
		const [effect] = state.effects;
		expect(effect?.type === 'save' ? effect.decisions.length : 0).toBe(
			cluster.ids.length,
		);
	});

	test('z records an undo; q records a quit with the resume state', () => {
		let state = keys(createReviewState({review}), 'f', 'z', 'j', 'q');
		// The keys after z wait for the undo to return.
		expect(state.effects.map(effect => effect.type)).toEqual(['undo']);
		expect(state.cursor).toBe(0);
		state = reviewReducer(state, {
			type: 'failed',
			message: 'nothing to undo',
			undone: state.effects[0]!.id,
		});
		expect(state.effects.map(effect => effect.type)).toEqual(['undo', 'quit']);
		expect(state.effects[1]).toMatchObject({
			selectedId: review.rows[1]!.analyzed.failure.id,
			filter: '@undecided',
		});
		state = keys(state, 'escape');
		expect(state.quick).toBe('all');
	});

	test('a category key or a on a list the filter emptied says why nothing was decided', () => {
		let state = keys(createReviewState({review}), 'F');
		state = reviewReducer(state, {
			type: 'draft',
			value: 'no-such-test-anywhere',
		});
		state = keys(state, 'return');
		expect(state.visible).toHaveLength(0);
		for (const key of ['b', 'a']) {
			const after = keys(state, key);
			expect(after.status?.text).toBe(
				'nothing to decide: the filter shows no failure (esc shows them all)',
			);
			expect(after.effects).toEqual([]);
		}
	});

	test('a category key with no failure at all says so, and while the run goes on that none came yet', () => {
		const empty = createReviewState({review: {...review, rows: []}});
		expect(keys(empty, 'b').status?.text).toBe(
			'nothing to decide: this run has no failure',
		);
		const live = {
			...empty,
			live: {phase: 'running', bytes: 1, tests: 3, failures: 0, startedAt: 0},
		} satisfies ReviewState;
		expect(keys(live, 'a').status?.text).toBe(
			'nothing to decide yet: no failure so far',
		);
	});

	test('modes: help, summary, clusters, detail and back', () => {
		let state = keys(createReviewState({review}), '?');
		expect(state.mode).toBe('help');
		state = keys(state, 'escape', 's');
		expect(state.mode).toBe('summary');
		state = keys(state, 's', 'tab');
		expect(state.mode).toBe('clusters');
		state = keys(state, 'tab', 'l');
		expect(state.mode).toBe('detail');
		state = keys(state, 'h');
		expect(state.mode).toBe('list');
		// Help over the summary over the list: esc walks back down.
		state = keys(state, 's', '?');
		expect(state.mode).toBe('help');
		state = keys(state, 'escape');
		expect(state.mode).toBe('summary');
		state = keys(state, 'escape');
		expect(state.mode).toBe('list');
		// A note from the detail returns to the detail.
		state = keys(state, 'l', '#', 'escape');
		expect(state.mode).toBe('detail');
	});

	test('Tab in the summary, which lists ten clusters and says Tab lists them all, opens the cluster list', () => {
		let state = keys(createReviewState({review}), 's', 'tab');
		expect(state.mode).toBe('clusters');
		expect(state.status).toBeUndefined();
		// Back from the cluster list is the failure list, not the summary it came through.
		state = keys(state, 'escape');
		expect(state.mode).toBe('list');
		expect(state.modeStack).toEqual([]);
		// The summary opened from the cluster list: Tab goes back to it where it was.
		state = keys(state, 'tab', 'j', 'j');
		const {clusterCursor} = state;
		state = keys(state, 's', 'tab');
		expect(state.mode).toBe('clusters');
		expect(state.clusterCursor).toBe(clusterCursor);
		expect(keys(state, 'escape').mode).toBe('list');
	});

	test('x on a decided failure alone in its cluster says so, not "all 1 failures"', () => {
		let state = createReviewState({review});
		const sizes = new Map<string, number>();
		for (const row of state.rows) {
			const {cluster} = row.analyzed;
			sizes.set(cluster, (sizes.get(cluster) ?? 0) + 1);
		}

		const alone = state.visible.findIndex(
			index => sizes.get(state.rows[index]!.analyzed.cluster) === 1,
		);
		expect(alone).toBeGreaterThan(-1);
		state = saveAll(
			keys(
				reviewReducer(state, {type: 'key', name: 'g'}),
				...Array.from({length: alone}, () => 'j'),
				'b',
			),
		);
		state = keys(state, 'g', ...Array.from({length: alone}, () => 'j'), 'x');
		expect(state.mode).toBe('list');
		expect(state.status?.text).toBe(
			`cluster ${currentRow(state)!.analyzed.cluster} has no other failure: this one is already BUG ${currentRow(state)!.decision!.priority}`,
		);
	});

	test('a priority on a decided row saves at once, without moving', () => {
		let state = saveAll(keys(createReviewState({review}), 'b', 'k'));
		expect(state.cursor).toBe(0);
		state = keys(state, '3');
		const [effect] = state.effects;
		expect(effect?.type === 'save' && effect.decisions[0]).toMatchObject({
			category: 'BUG',
			priority: 'LOW',
		});
		expect(state.cursor).toBe(0);
	});

	test('resize opens a traceback that was where it opened where it opens at the new size', () => {
		const big = {rows: 40, columns: 120};
		const small = {rows: 24, columns: 80};
		const at = (viewport: typeof big) =>
			keys(
				reviewReducer(createReviewState({review}), {type: 'resize', viewport}),
				...Array.from({length: 8}, () => 'j'),
			);
		// Whole in the tall pane; scrolled to its E lines in the short one.
		expect(at(big).scroll).toBe(0);
		expect(at(small).scroll).toBeGreaterThan(0);
		const resized = reviewReducer(at(big), {type: 'resize', viewport: small});
		expect(resized.scroll).toBe(at(small).scroll);
	});

	test.each([
		{rows: 20, columns: 60},
		{rows: 18, columns: 60},
		{rows: 24, columns: 80},
	])(
		'a traceback opens with its first E line in the pane, however short the pane (%j)',
		viewport => {
			let state = reviewReducer(createReviewState({review}), {
				type: 'resize',
				viewport,
			});
			let checked = 0;
			for (const _ of state.visible) {
				const {failure} = currentRow(state)!.analyzed;
				const firstError = detailTextOf(failure).traceback.findIndex(line =>
					isErrorLine(line),
				);
				if (firstError !== -1) {
					const lines = screenLinesOf(failure, {
						isCapturedShown: false,
						isWrapped: true,
						width: detailTextWidth(layoutOf(viewport).width),
					});
					const {page} = detailScroll(state);
					const shown = lines
						.slice(state.scroll, state.scroll + page)
						.map(line => line.index);
					expect(shown, failure.id).toContain(firstError);
					checked++;
				}

				state = keys(state, 'j');
			}

			expect(checked).toBeGreaterThan(10);
		},
	);

	test('resize keeps the traceback line a person scrolled to at the top', () => {
		const small = {rows: 24, columns: 80};
		const wide = {rows: 24, columns: 200};
		const topLine = (state: ReviewState) => {
			const lines = screenLinesOf(currentRow(state)!.analyzed.failure, {
				isCapturedShown: false,
				isWrapped: true,
				width: detailTextWidth(layoutOf(state.viewport).width),
			});
			return lines[state.scroll]!.index;
		};

		let state = reviewReducer(createReviewState({review}), {
			type: 'resize',
			viewport: small,
		});
		state = keys(state, ...Array.from({length: 10}, () => 'j'), 'pageup');
		expect(state.scroll).toBeGreaterThan(0);
		const top = topLine(state);
		state = reviewReducer(state, {type: 'resize', viewport: wide});
		expect(topLine(state)).toBe(top);
	});

	test('resize keeps scroll positions in range', () => {
		let state = createReviewState({review});
		state = keys(state, 'pagedown', 'pagedown', 'pagedown');
		state = reviewReducer(state, {
			type: 'resize',
			viewport: {rows: 80, columns: 200},
		});
		expect(state.scroll).toBe(0);
	});
});

describe('filters', () => {
	test.each([
		['', {pattern: undefined, isInverted: false}],
		['pubsub', {isInverted: false}],
		['!pubsub', {isInverted: true}],
	])('%j parses', (text, expected) => {
		expect(parseTextFilter(text)).toMatchObject({text, ...expected});
	});

	test('an invalid filter is quoted as typed, without the flag that makes lower case ignore case', () => {
		expect(parseTextFilter('(cache')).toEqual({
			error: 'filter (cache: missing closing ): `(cache`',
		});
		expect(parseTextFilter('!(Cache')).toEqual({
			error: 'filter (Cache: missing closing ): `(Cache`',
		});
	});

	test('lower case ignores case, capitals match exactly', () => {
		const lower = parseTextFilter('error');
		const upper = parseTextFilter('Error');
		expect('error' in lower).toBe(false);
		expect(!('error' in lower) && lower.pattern?.test('AN ERROR')).toBe(true);
		expect(!('error' in upper) && upper.pattern?.test('an error')).toBe(false);
		expect(!('error' in upper) && upper.pattern?.test('an Error')).toBe(true);
	});

	test('a broken or catastrophic pattern is an error, not a hang', () => {
		expect(parseTextFilter('(')).toMatchObject({
			error: expect.stringContaining('filter ('),
		});
		// RE2 runs it in linear time: no reason to refuse it.
		const nested = parseTextFilter('(a+)+$');
		expect(
			!('error' in nested) && nested.pattern?.test(`${'a'.repeat(50_000)}!`),
		).toBe(false);
		expect(parseTextFilter('(?=x)')).toMatchObject({
			error: expect.stringContaining('cannot run in linear time'),
		});
	});

	test('the resume form round-trips', () => {
		const quick = ['all', 'undecided', 'BUG'];
		for (const [filter, text] of [
			['all', 'x'],
			['undecided', ''],
			['BUG', 'a b'],
		] as const) {
			expect(parseFilter(formatFilter(filter, text), quick)).toEqual({
				quick: filter,
				text,
			});
		}

		expect(parseFilter('@nothing x', quick)).toEqual({
			quick: 'all',
			text: '@nothing x',
		});
	});

	test('the filtered list is not rebuilt on a move', () => {
		const state = createReviewState({review, filter: '@undecided pubsub'});
		expect(state.visible).toHaveLength(54);
		const moved = keys(state, 'j');
		expect(moved.visible).toBe(state.visible);
		expect(moved.rows).toBe(state.rows);
	});
});

describe("the question before undoing another session's action (undo-confirm.ts)", () => {
	const target = {
		group: 'g1',
		isOwn: false,
		tests: 6687,
		reports: 6687,
		kind: 'decide',
		id: undefined,
		at: '2026-12-02T10:42:00.000Z',
		by: 'ada',
	} as const;
	const now = new Date('2026-12-02T10:50:00.000Z');

	function asked(): ReviewState {
		const pressed = keys(createReviewState({review}), 'z');
		expect(pressed.effects).toMatchObject([
			{type: 'undo', expected: undefined},
		]);
		return reviewReducer(pressed, {
			type: 'undoAsk',
			target,
			now,
			isChanged: false,
			undone: pressed.effects[0]!.id,
		});
	}

	test('z asks only this session to be undone; the answer comes back as a question', () => {
		const state = asked();
		expect(state.mode).toBe('undo');
		expect(state.status?.text).toMatch(
			/^undo another session's action: 6,687 decisions by ada (at|on) [\d: -]+\? y\/n$/,
		);
	});

	test('y undoes the action asked about, by its group', () => {
		const state = keys(asked(), 'y');
		expect(state.mode).toBe('list');
		expect(state.undoAsked).toBeUndefined();
		expect(state.effects.at(-1)).toMatchObject({type: 'undo', expected: 'g1'});
	});

	test.each(['n', 'escape', 'b', 'z', 'return', 'q'])(
		'%s cancels and records nothing',
		name => {
			const before = asked();
			const state = keys(before, name);
			expect(state.mode).toBe('list');
			expect(state.status?.text).toBe('nothing undone');
			expect(state.effects).toBe(before.effects);
			expect(state.rows).toBe(before.rows);
		},
	);

	test('another session deciding meanwhile keeps the question on the status line', () => {
		const state = reviewReducer(asked(), {
			type: 'decisions',
			decisions: new Map(),
			message: {text: 'updated: another session changed decisions'},
		});
		expect(state.mode).toBe('undo');
		expect(state.status?.text).toContain('? y/n');
	});

	test("a notice (the store's) ends the question rather than hide it: y then undoes nothing", () => {
		const noticed = reviewReducer(asked(), {
			type: 'info',
			message: 'store: connection lost, retrying',
		});
		expect(noticed.mode).toBe('list');
		expect(noticed.undoAsked).toBeUndefined();
		expect(noticed.status?.text).toBe(
			'store: connection lost, retrying · nothing undone (z asks again)',
		);
		// `y` in the list copies the id; it undoes nothing.
		const state = keys(noticed, 'y');
		expect(state.effects.filter(effect => effect.type === 'undo')).toEqual(
			noticed.effects.filter(effect => effect.type === 'undo'),
		);
	});

	test('a changed action asks again, saying nothing was undone', () => {
		const confirmed = keys(asked(), 'y');
		const state = reviewReducer(confirmed, {
			type: 'undoAsk',
			undone: confirmed.effects.at(-1)!.id,
			target: {
				...target,
				group: 'g2',
				reports: 1,
				tests: 1,
				id: 'tests/a.py::test_a',
			},
			now,
			isChanged: true,
		});
		expect(state.mode).toBe('undo');
		expect(state.status?.text).toMatch(
			/^changed meanwhile, nothing undone; now the newest is another session's action: a decision on tests\/a\.py::test_a by ada (at|on) [\d: -]+\. Undo it\? y\/n$/,
		);
		expect(keys(state, 'y').effects.at(-1)).toMatchObject({expected: 'g2'});
	});
});

describe('a note or an issue typed while another session decides', () => {
	/** The first row decided by another session: the undecided filter hides it and the selection moves on. */
	function decidedElsewhere(state: ReviewState, key: string): ReviewState {
		const row = state.rows[state.rowIndex.get(key)!]!;
		const decisions = new Map<string, Decision>([
			[
				reportKey(row.analyzed.failure.id, row.analyzed.failure.phase),
				{
					id: row.analyzed.failure.id,
					phase: row.analyzed.failure.phase,
					category: 'BUG',
					priority: 'HIGH',
					note: '',
					at: '2026-11-23T10:00:00Z',
				},
			],
		]);
		return reviewReducer(state, {
			type: 'decisions',
			decisions,
			message: {text: 'updated: another session changed decisions'},
		});
	}

	test.each([
		['#', 'note'],
		['I', 'issue'],
	] as const)(
		'%s: the %s is saved on the failure it was typed for, not on the one the list moved to',
		(key, mode) => {
			let state = keys(createReviewState({review}), 'f');
			expect(state.quick).toBe('undecided');
			const typedFor = currentRow(state)!;
			state = keys(state, key);
			expect(state.mode).toBe(mode);
			state = reviewReducer(state, {
				type: 'draft',
				value: mode === 'note' ? 'a note for the first' : '#42',
			});
			state = decidedElsewhere(state, typedFor.key);
			// The scenario: the list no longer shows the row the text is for.
			expect(currentRow(state)?.key).not.toBe(typedFor.key);
			state = keys(state, 'return');
			const saves = state.effects.filter(effect => effect.type === 'save');
			expect(saves).toHaveLength(1);
			const inputs = saves[0]!.type === 'save' ? saves[0]!.decisions : [];
			expect(inputs.map(input => input.id)).toEqual([
				typedFor.analyzed.failure.id,
			]);
			// Another session's category stays: the text only adds to it.
			expect(inputs[0]).toMatchObject({category: 'BUG', priority: 'HIGH'});
		},
	);
});

test('a priority key waiting for a category is dropped when another session decides its failure away from the list', () => {
	let state = keys(createReviewState({review}), 'f', '1');
	expect(state.pendingPriority).toBe('HIGH');
	const pressedOn = currentRow(state)!;
	const {failure} = pressedOn.analyzed;
	state = reviewReducer(state, {
		type: 'decisions',
		decisions: new Map<string, Decision>([
			[
				reportKey(failure.id, failure.phase),
				{
					id: failure.id,
					phase: failure.phase,
					category: 'TEST_DESIGN',
					priority: 'LOW',
					note: '',
					at: '2026-11-23T10:00:00Z',
				},
			],
		]),
		message: {text: 'updated: another session changed decisions'},
	});
	expect(currentRow(state)?.key).not.toBe(pressedOn.key);
	expect(state.pendingPriority).toBeUndefined();
	expect(state.status?.text).toContain('priority HIGH dropped');
	// The next category key decides the selected row on its own priority, not with the HIGH meant for another.
	const selected = currentRow(state)!;
	state = keys(state, 'b');
	const save = state.effects.find(effect => effect.type === 'save');
	const inputs = save?.type === 'save' ? save.decisions : [];
	expect(inputs).toHaveLength(1);
	expect(inputs[0]).toMatchObject({
		id: selected.analyzed.failure.id,
		priority: selected.priority,
	});
});

describe('two sessions deciding at once', () => {
	/** The save `1` `b` recorded, back from the journal with its own message. */
	function saveReturns(pressed: ReviewState): ReviewState {
		const effect = pressed.effects.at(-1)!;
		if (effect.type !== 'save') {
			throw new Error('expected a save');
		}

		return reviewReducer(pressed, {
			type: 'decisions',
			decisions: new Map(),
			message: effect.message,
			saved: effect.id,
		});
	}

	const others: ReviewAction = {
		type: 'decisions',
		decisions: new Map(),
		isOthers: true,
	};

	test('another session deciding just after keeps the own confirmation, with a word about others', () => {
		const saved = saveReturns(keys(createReviewState({review}), '1', 'b'));
		expect(saved.status?.text).toMatch(/^saved: BUG HIGH /);
		const state = reviewReducer(saved, others);
		expect(state.status?.text).toBe(
			`${saved.status?.text} · another session changed decisions too`,
		);
		expect(state.status?.tone).toBe('saved');
		// Once is enough.
		expect(reviewReducer(state, others).status?.text).toBe(state.status?.text);
	});

	test('an own save that returns after another session decided says both', () => {
		const updated = reviewReducer(
			keys(createReviewState({review}), '1', 'b'),
			others,
		);
		expect(updated.status?.text).toBe(
			'updated: another session changed decisions',
		);
		expect(saveReturns(updated).status?.text).toMatch(
			/^saved: BUG HIGH .+ · another session changed decisions too$/,
		);
	});
});
