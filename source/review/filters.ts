/**
Which failures the list shows: the quick filter (`f`, see `quick-filters.ts`), the text filter (`F`,
applied as it is typed) and the cluster chosen in the cluster list; how the filter is kept in the resume
state; and the keys that change them. Re-filtering keeps the selection on the same row while it is still
shown. Search (`/`) moves without hiding: `search.ts`.
*/
import {
	compileUserPattern,
	isPatternError,
	type Pattern,
	shownPattern,
} from '../classify/pattern.js';
import {sanitizeLine} from '../log/sanitize.js';
import type {ReviewRow} from '../triage/review.js';
import {enter, leave} from './modes.js';
import {
	isQuickFilterName,
	passesQuick,
	type QuickFilter,
} from './quick-filters.js';
import {
	rowComparator,
	sortIndexes,
	sortLabel,
	sortOrders,
	type SortOrder,
} from './sort.js';
import {withOpeningScroll} from './scroll.js';
import {
	currentRow,
	withKeyHint,
	withStatus,
	type ReviewState,
} from './state.js';

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
		? {
				error: `filter ${sanitizeLine(shownPattern(source))}: ${sanitizeLine(pattern.error)}`,
			}
		: {text, pattern, isInverted};
}

/**
The filter as kept in the resume state: `@undecided auth` (quick filter, then the text). A text filter alone that
starts with `@` is kept after `@all`, so that `@new` typed as text does not come back as the quick filter.
*/
export function formatFilter(quick: QuickFilter, text: string): string {
	return quick === 'all'
		? text.startsWith('@')
			? `@all ${text}`
			: text
		: text === ''
			? `@${quick}`
			: `@${quick} ${text}`;
}

/**
The filters a review opens with, from the resume state: the quick and text filter kept, or, when the list was one
cluster's failures, that cluster with the kept filter put aside for esc to bring back (as choosing the cluster did).
A cluster no failure of this run is in (a new day's run that fixed it) leaves the kept filter alone.
*/
export function resumedFilters(
	resume: {readonly filter?: string; readonly cluster?: string},
	rows: readonly ReviewRow[],
	quickFilters: readonly QuickFilter[],
): Pick<ReviewState, 'quick' | 'text' | 'cluster' | 'beforeCluster'> {
	let quick: QuickFilter = 'all';
	let text = emptyText;
	if (resume.filter) {
		const parsed = parseFilter(resume.filter, quickFilters);
		const textFilter = parseTextFilter(parsed.text);
		quick = parsed.quick;
		if (!('error' in textFilter)) {
			text = textFilter;
		}
	}

	const {cluster} = resume;
	if (
		cluster === undefined ||
		!rows.some(row => row.analyzed.cluster === cluster)
	) {
		return {quick, text, cluster: undefined, beforeCluster: undefined};
	}

	const hadFilter = quick !== 'all' || Boolean(text.pattern) || text.isInverted;
	return {
		quick: 'all',
		text: emptyText,
		cluster,
		beforeCluster: hadFilter ? {quick, text} : undefined,
	};
}

export function parseFilter(
	spec: string,
	quickFilters: readonly QuickFilter[],
): {quick: QuickFilter; text: string} {
	const match = /^@(\S+)(?: (.*))?$/s.exec(spec);
	if (match && quickFilters.includes(match[1]!)) {
		return {quick: match[1]!, text: match[2] ?? ''};
	}

	// A quick filter this run does not offer (`new` with no earlier run, `rerun` with no rerun, an owner with no
	// failure today) is dropped: read as the text /@new/, it matched nothing and the list opened empty.
	if (match && isQuickFilterName(match[1]!)) {
		return {quick: 'all', text: match[2] ?? ''};
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

/** The parts of the state that say which rows the list shows, and in what order. */
export type ListView = Pick<
	ReviewState,
	'analysis' | 'rows' | 'quick' | 'text' | 'cluster' | 'sort'
>;

/** Indexes of the rows the list shows, in the list's order (`sort.ts`). */
export function visibleRows({
	analysis,
	rows,
	quick,
	text,
	cluster,
	sort,
}: ListView): number[] {
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

	return sortIndexes(visible, rows, sort, analysis);
}

/** Re-filter, keeping the selection on the same row when it is still shown, else the next one after it. */
export function refilter(
	state: ReviewState,
	changes: Partial<
		Pick<ReviewState, 'rows' | 'quick' | 'text' | 'cluster' | 'sort'>
	>,
	selectKey?: string,
): ReviewState {
	const next = {...state, ...changes};
	const visible = visibleRows(next);
	const wanted = selectKey ?? currentRow(state)?.key;
	let cursor = 0;
	if (wanted !== undefined) {
		const rowNumber = next.rowIndex.get(wanted) ?? 0;
		const exact = visible.indexOf(rowNumber);
		if (exact === -1) {
			// The row it would have been in the list's order: the first shown that comes after it.
			const compare = rowComparator(next.sort, next.analysis);
			const wantedRow = next.rows[rowNumber]!;
			const after = visible.findIndex(
				index =>
					(compare?.(next.rows[index]!, wantedRow) || index - rowNumber) > 0,
			);
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
			: `filter: ${quick} (${next.visible.length} of ${state.rows.length})${quick === 'flaky' ? passingFlaky(next) : ''}; f for the next, esc for all`,
	);
}

/**
The flaky tests the `flaky` filter cannot show, being no failure of this run (they passed in it): `s` and the
report count them with the others, so the filter says where they are.
*/
function passingFlaky(state: ReviewState): string {
	const failing = new Set(state.rows.map(row => row.analyzed.failure.id));
	const passing = state.analysis.flaky.filter(
		history => !failing.has(history.id),
	).length;
	return passing === 0
		? ''
		: `; ${passing} more flaky ${passing === 1 ? 'test passes' : 'tests pass'} in this run (s lists ${passing === 1 ? 'it' : 'them'})`;
}

/** `S`: the next order of the list, keeping the selected row selected. */
export function cycleSort(state: ReviewState): ReviewState {
	const index = sortOrders.indexOf(state.sort);
	const sort: SortOrder = sortOrders[(index + 1) % sortOrders.length]!;
	const following = sortOrders[(index + 2) % sortOrders.length]!;
	return withStatus(
		refilter(state, {sort}),
		`sorted by ${sortLabel(sort)} (S: by ${sortLabel(following)})`,
	);
}

/** `F`: type the text filter, starting from the one in effect; the list follows as it is typed. */
export function editFilter(state: ReviewState): ReviewState {
	return {
		...enter(state, 'filter'),
		draft: state.text.text,
		typingOrigin: {
			selectedKey: currentRow(state)?.key,
			cursor: state.cursor,
			overlayScroll: state.overlayScroll,
			overlayMatch: state.overlayMatch,
			search: state.search,
			text: state.text,
		},
		status: undefined,
	};
}

function describeFilter(
	state: ReviewState,
	text: TextFilter,
	shown: number,
): string {
	return text.pattern
		? `filter /${sanitizeLine(text.text)}/: ${shown} of ${state.rows.length}`
		: 'text filter cleared';
}

/**
The filter being typed changed: the list shows what it keeps at once. A pattern that does not parse yet
(`(` on the way to `(a|b)`) keeps the list as it was and says why.
*/
export function onFilterDraft(state: ReviewState, draft: string): ReviewState {
	const typed = {...state, draft, status: undefined};
	const parsed = parseTextFilter(draft);
	if ('error' in parsed) {
		return withStatus(typed, parsed.error, 'error');
	}

	const selectKey = state.typingOrigin?.selectedKey;
	const next = refilter(typed, {text: parsed}, selectKey);
	return parsed.pattern
		? withStatus(next, describeFilter(state, parsed, next.visible.length))
		: next;
}

/** Enter: keep the filter typed; a bad expression stays in the input and says why. */
export function submitFilter(state: ReviewState): ReviewState {
	const parsed = parseTextFilter(state.draft);
	if ('error' in parsed) {
		return withStatus(state, parsed.error, 'error');
	}

	const next = refilter(
		{...leave(state), draft: '', typingOrigin: undefined},
		{text: parsed},
		state.typingOrigin?.selectedKey,
	);
	return withStatus(next, describeFilter(state, parsed, next.visible.length));
}

/** Esc while typing: the filter that was in effect before, and the row that was selected. */
export function cancelFilter(state: ReviewState): ReviewState {
	const origin = state.typingOrigin;
	const left = {
		...leave(state),
		draft: '',
		typingOrigin: undefined,
		status: undefined,
	};
	return origin
		? refilter(left, {text: origin.text}, origin.selectedKey)
		: left;
}

/** Drop one filter, the narrowest first: the cluster, the text, the quick filter; undefined when none is on. */
export function dropFilter(state: ReviewState): ReviewState | undefined {
	if (state.cluster !== undefined) {
		// The filters choosing the cluster put aside come back, unless others were chosen since.
		const before =
			state.quick === 'all' && !state.text.pattern && !state.text.isInverted
				? state.beforeCluster
				: undefined;
		return withKeyHint(
			refilter(
				{...state, beforeCluster: undefined},
				{cluster: undefined, ...before},
			),
			before
				? 'cluster filter cleared; the filter before it is back'
				: 'cluster filter cleared',
		);
	}

	if (state.text.pattern || state.text.isInverted) {
		return withKeyHint(
			refilter(state, {text: emptyText}),
			'text filter cleared',
		);
	}

	if (state.quick !== 'all') {
		return withKeyHint(refilter(state, {quick: 'all'}), 'filter: all');
	}

	return undefined;
}
