/**
The review screen's one reducer: every key and every I/O result goes through here. It is pure: it records
what should happen on disk or in the terminal as `effects`, and `App` performs them after the commit and
reports back (`decisions`, `failed`). Key names are looked up in the current mode's table here, not in the
input handler, so that keys arriving faster than renders are read against the mode the previous key left.

This module only composes: the state is `state.ts`, and each job has its module (see there).
*/
import type {DecisionState} from '../triage/journal.js';
import type {Review} from '../triage/review.js';
import {sanitizeLine} from '../log/sanitize.js';
import {
	emptyText,
	parseFilter,
	parseTextFilter,
	visibleRows,
} from './filters.js';
import {onJournalUpdate} from './journal-update.js';
import {applyKeyAction} from './key-actions.js';
import {compileKeymap} from './keymap/compile.js';
import {defaultKeymap} from './keymap/default-keymap.js';
import type {KeyAction, Keymap} from './keymap/types.js';
import {defaultViewport, type Viewport} from './layout.js';
import {quickFiltersOf, type QuickFilter} from './quick-filters.js';
import {clampScrolls, withOpeningScroll} from './scroll.js';
import {isTypingMode} from './modes.js';
import {withStatus, type ReviewState, type Status} from './state.js';

export type ReviewAction =
	| KeyAction
	/** A normalized key name (see `keyNames`), looked up in the current mode's table. */
	| {readonly type: 'key'; readonly name: string}
	/** The text input changed. */
	| {readonly type: 'draft'; readonly value: string}
	/** The journal's state after a save, an undo, or another session's append. */
	| {
			readonly type: 'decisions';
			readonly decisions: DecisionState;
			readonly message?: string;
			/** Select this test id (after an undo). */
			readonly select?: string;
	  }
	/** An effect failed: nothing was saved. */
	| {readonly type: 'failed'; readonly message: string}
	| {readonly type: 'info'; readonly message: string}
	| {readonly type: 'effectsDone'; readonly through: number}
	| {readonly type: 'resize'; readonly viewport: Viewport};

export type InitOptions = {
	readonly review: Review;
	readonly keymap?: Keymap;
	/** The test id selected last time. */
	readonly selectedId?: string;
	/** The filter active last time (`formatFilter`). */
	readonly filter?: string;
	readonly viewport?: Viewport;
	readonly status?: Status;
};

export function createReviewState(options: InitOptions): ReviewState {
	const {review} = options;
	const keymap = options.keymap ?? defaultKeymap;
	const quickFilters = quickFiltersOf(review.analysis);
	const rowIndex = new Map(review.rows.map((row, index) => [row.key, index]));
	let quick: QuickFilter = 'all';
	let text = emptyText;
	if (options.filter) {
		const parsed = parseFilter(options.filter, quickFilters);
		const textFilter = parseTextFilter(parsed.text);
		quick = parsed.quick;
		if (!('error' in textFilter)) {
			text = textFilter;
		}
	}

	const visible = visibleRows(review.rows, quick, text, undefined);
	let cursor = 0;
	if (options.selectedId !== undefined) {
		const index = visible.findIndex(
			rowNumber =>
				review.rows[rowNumber]!.analyzed.failure.id === options.selectedId,
		);
		cursor = Math.max(0, index);
	}

	return withOpeningScroll({
		analysis: review.analysis,
		keymap,
		keys: compileKeymap(keymap),
		rows: review.rows,
		progress: review.progress,
		rowIndex,
		visible,
		cursor,
		marks: new Set(),
		anchor: undefined,
		quickFilters,
		quick,
		text,
		cluster: undefined,
		mode: 'list',
		modeStack: [],
		scroll: 0,
		isCapturedShown: false,
		isWrapped: true,
		draft: '',
		pendingPriority: undefined,
		preview: undefined,
		clusterCursor: 0,
		overlayScroll: 0,
		viewport: options.viewport ?? defaultViewport,
		saving: new Set(),
		effects: [],
		nextEffectId: 1,
		status: options.status,
	});
}

function isTyping(state: ReviewState): boolean {
	return isTypingMode(state.mode);
}

export function reviewReducer(
	state: ReviewState,
	action: ReviewAction,
): ReviewState {
	switch (action.type) {
		case 'key': {
			const keyAction = state.keys.get(state.mode)?.get(action.name);
			if (keyAction) {
				return applyKeyAction(state, keyAction);
			}

			// Typed text is the input's; anywhere else a key that does nothing says so.
			return isTyping(state)
				? state
				: withStatus(
						state,
						`${sanitizeLine(action.name)}: no such key here (? for help)`,
					);
		}

		case 'draft': {
			return isTyping(state)
				? {...state, draft: action.value, status: undefined}
				: state;
		}

		case 'decisions': {
			return onJournalUpdate(state, action);
		}

		case 'failed': {
			return withStatus({...state, saving: new Set()}, action.message, 'error');
		}

		case 'info': {
			return withStatus(state, action.message);
		}

		case 'effectsDone': {
			const effects = state.effects.filter(
				effect => effect.id > action.through,
			);
			return effects.length === state.effects.length
				? state
				: {...state, effects};
		}

		case 'resize': {
			if (
				action.viewport.rows === state.viewport.rows &&
				action.viewport.columns === state.viewport.columns
			) {
				return state;
			}

			return clampScrolls({...state, viewport: action.viewport});
		}

		default: {
			return applyKeyAction(state, action);
		}
	}
}
