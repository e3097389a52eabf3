/**
Which failures the list shows: the quick filter (`f`, see `quick-filters.ts`), the text filter (`/`) and
the cluster chosen in the cluster list; how the filter is kept in the resume state; and the keys that
change them. Re-filtering keeps the selection on the same row while it is still shown.
*/
import {
	compileUserPattern,
	isPatternError,
	type Pattern,
} from '../classify/pattern.js';
import {sanitizeLine} from '../log/sanitize.js';
import type {ReviewRow} from '../triage/review.js';
import {enter, leave} from './modes.js';
import {passesQuick, type QuickFilter} from './quick-filters.js';
import {withOpeningScroll} from './scroll.js';
import {currentRow, withStatus, type ReviewState} from './state.js';

export type TextFilter = {
	/** As typed, `!` included. */
	readonly text: string;
	readonly pattern: Pattern | undefined;
	readonly isInverted: boolean;
};

export const emptyText: TextFilter = {
	text: '',
	pattern: undefined,
	isInverted: false,
};

/** Text filter from what was typed: a regular expression, `!` first inverts, lower case ignores case. */
export function parseTextFilter(
	text: string,
): TextFilter | {readonly error: string} {
	const isInverted = text.startsWith('!');
	const source = isInverted ? text.slice(1) : text;
	if (source === '') {
		return {text: isInverted ? '!' : '', pattern: undefined, isInverted};
	}

	// Lower case ignores case, as in less and vim's smartcase.
	const pattern = compileUserPattern(source, {
		ignoreCase: source === source.toLowerCase(),
	});
	return isPatternError(pattern)
		? {error: `filter ${sanitizeLine(source)}: ${sanitizeLine(pattern.error)}`}
		: {text, pattern, isInverted};
}

/** The filter as kept in the resume state: `@undecided auth` (quick filter, then the text). */
export function formatFilter(quick: QuickFilter, text: string): string {
	return quick === 'all'
		? text
		: text === ''
			? `@${quick}`
			: `@${quick} ${text}`;
}

export function parseFilter(
	spec: string,
	quickFilters: readonly QuickFilter[],
): {quick: QuickFilter; text: string} {
	const match = /^@(\S+)(?: (.*))?$/s.exec(spec);
	if (match && quickFilters.includes(match[1]!)) {
		return {quick: match[1]!, text: match[2] ?? ''};
	}

	return {quick: 'all', text: spec};
}

function passesText(row: ReviewRow, text: TextFilter): boolean {
	if (!text.pattern) {
		return true;
	}

	const {failure} = row.analyzed;
	const isMatch =
		text.pattern.test(failure.id) || text.pattern.test(failure.headline);
	return isMatch !== text.isInverted;
}

/** Indexes of the rows the list shows, in log order. */
export function visibleRows(
	rows: readonly ReviewRow[],
	quick: QuickFilter,
	text: TextFilter,
	cluster: string | undefined,
): number[] {
	const visible: number[] = [];
	for (const [index, row] of rows.entries()) {
		if (
			(cluster === undefined || row.analyzed.cluster === cluster) &&
			passesQuick(row, quick) &&
			passesText(row, text)
		) {
			visible.push(index);
		}
	}

	return visible;
}

/** Re-filter, keeping the selection on the same row when it is still shown, else the next one after it. */
export function refilter(
	state: ReviewState,
	changes: Partial<Pick<ReviewState, 'rows' | 'quick' | 'text' | 'cluster'>>,
	selectKey?: string,
): ReviewState {
	const next = {...state, ...changes};
	const visible = visibleRows(next.rows, next.quick, next.text, next.cluster);
	const wanted = selectKey ?? currentRow(state)?.key;
	let cursor = 0;
	if (wanted !== undefined) {
		const rowNumber = next.rowIndex.get(wanted) ?? 0;
		const exact = visible.indexOf(rowNumber);
		if (exact === -1) {
			const after = visible.findIndex(index => index > rowNumber);
			cursor = after === -1 ? Math.max(0, visible.length - 1) : after;
		} else {
			cursor = exact;
		}
	}

	const moved =
		cursor !== state.cursor || visible[cursor] !== state.visible[state.cursor];
	const filtered = {...next, visible, cursor};
	return moved ? withOpeningScroll(filtered) : filtered;
}

/** `f`: the next quick filter. */
export function cycleFilter(state: ReviewState): ReviewState {
	const index = state.quickFilters.indexOf(state.quick);
	const quick = state.quickFilters[(index + 1) % state.quickFilters.length]!;
	const next = refilter(state, {quick});
	return withStatus(
		next,
		quick === 'all'
			? `filter: all (${next.visible.length})`
			: `filter: ${quick} (${next.visible.length} of ${state.rows.length}); f for the next, esc for all`,
	);
}

/** `/`: type the text filter, starting from the one in effect. */
export function editFilter(state: ReviewState): ReviewState {
	return {
		...enter(state, 'filter'),
		draft: state.text.text,
		status: undefined,
	};
}

/** Apply the text filter typed; a bad expression stays in the input and says why. */
export function submitFilter(state: ReviewState): ReviewState {
	const parsed = parseTextFilter(state.draft);
	if ('error' in parsed) {
		return withStatus(state, parsed.error, 'error');
	}

	const next = refilter(leave(state), {text: parsed});
	return withStatus(
		next,
		parsed.pattern
			? `filter /${sanitizeLine(parsed.text)}/: ${next.visible.length} of ${state.rows.length}`
			: 'text filter cleared',
	);
}

/** Drop one filter, the narrowest first: the cluster, the text, the quick filter; undefined when none is on. */
export function dropFilter(state: ReviewState): ReviewState | undefined {
	if (state.cluster !== undefined) {
		return withStatus(
			refilter(state, {cluster: undefined}),
			'cluster filter cleared',
		);
	}

	if (state.text.pattern || state.text.isInverted) {
		return withStatus(
			refilter(state, {text: emptyText}),
			'text filter cleared',
		);
	}

	if (state.quick !== 'all') {
		return withStatus(refilter(state, {quick: 'all'}), 'filter: all');
	}

	return undefined;
}
