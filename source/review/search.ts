/**
Search (`/`, then `n` and `N`), as in less, vim and lazygit: it moves to a match and hides nothing (hiding
is the filter's job, `F`, in `filters.ts`). A search is a plain substring over a failure's id and headline,
or over the lines of the help and the summary when it is typed there; it ignores case unless it has a
capital (smartcase). Typing moves to the first match after where the search started; Enter keeps it, Esc
goes back; `n` and `N` go to the next and the previous match and say when they wrapped around.
*/
import {sanitizeLine} from '../log/sanitize.js';
import type {ReviewRow} from '../triage/review.js';
import {moveTo} from './cursor.js';
import {enter, leave} from './modes.js';
import {overlayLinesOf, overlayLineCount} from './scroll.js';
import {
	currentRow,
	withStatus,
	type ReviewState,
	type TypingOrigin,
} from './state.js';

export type Search = {
	/** As typed. */
	readonly text: string;
	/** What is looked for: lower case unless the search is case-sensitive. */
	readonly needle: string;
	/** The text has a capital (smartcase). */
	readonly isCaseSensitive: boolean;
};

/** The search typed, or undefined for an empty one. */
export function parseSearch(text: string): Search | undefined {
	if (text === '') {
		return undefined;
	}

	const isCaseSensitive = text !== text.toLowerCase();
	return {
		text,
		needle: isCaseSensitive ? text : text.toLowerCase(),
		isCaseSensitive,
	};
}

/** Where the search matches `text` first, as `[start, end)`; undefined when it does not. */
export function matchRange(
	search: Search,
	text: string,
): readonly [number, number] | undefined {
	const haystack = search.isCaseSensitive ? text : text.toLowerCase();
	const start = haystack.indexOf(search.needle);
	// Lower-casing keeps the length of almost every text; where it does not, the range is only a highlight.
	return start === -1 ? undefined : [start, start + search.needle.length];
}

export function matches(search: Search, text: string): boolean {
	return matchRange(search, text) !== undefined;
}

/** A failure matches on its id or its headline. */
export function rowMatches(search: Search, row: ReviewRow): boolean {
	const {failure} = row.analyzed;
	return matches(search, failure.id) || matches(search, failure.headline);
}

export type Hit = {
	readonly index: number;
	/** 1-based position among the matches, in display order. */
	readonly ordinal: number;
	readonly count: number;
	/** The search went past the last (or the first) item to find it. */
	readonly isWrapped: boolean;
};

/**
The first match after `from` (before it when `direction` is -1) among `count` items, wrapping around;
`from` itself is tried last. `from` may be -1 (before the first item).
*/
export function findMatch(
	count: number,
	from: number,
	direction: 1 | -1,
	isMatch: (index: number) => boolean,
): Hit | undefined {
	let found: number | undefined;
	let isWrapped = false;
	for (let step = 1; step <= count; step++) {
		const raw = from + direction * step;
		const index = ((raw % count) + count) % count;
		if (isMatch(index)) {
			found = index;
			isWrapped = raw !== index;
			break;
		}
	}

	if (found === undefined) {
		return undefined;
	}

	let total = 0;
	let ordinal = 0;
	for (let index = 0; index < count; index++) {
		if (isMatch(index)) {
			total++;
			if (index <= found) {
				ordinal = total;
			}
		}
	}

	return {index: found, ordinal, count: total, isWrapped};
}

/** What a search in a mode looks through, where it stands, and how to go to a match. */
type Target = {
	readonly count: number;
	readonly current: number;
	readonly isMatch: (index: number) => boolean;
	readonly select: (state: ReviewState, index: number) => ReviewState;
};

export function isOverlay(
	mode: ReviewState['mode'],
): mode is 'help' | 'summary' {
	return mode === 'help' || mode === 'summary';
}

/** The mode a search acts on: the current one, or the one under the search being typed. */
export function searchedMode(state: ReviewState): ReviewState['mode'] {
	return state.mode === 'search'
		? (state.modeStack.at(-1) ?? 'list')
		: state.mode;
}

function targetOf(state: ReviewState, search: Search): Target | undefined {
	const mode = searchedMode(state);
	if (mode === 'list') {
		return {
			count: state.visible.length,
			current: state.cursor,
			isMatch: index => rowMatches(search, state.rows[state.visible[index]!]!),
			select: (current, index) => moveTo(current, index),
		};
	}

	if (isOverlay(mode)) {
		// Searched as the mode under the search shows them.
		const lines = overlayLinesOf({...state, mode});
		return {
			count: lines.length,
			current: state.overlayMatch ?? state.overlayScroll - 1,
			isMatch: index => matches(search, lines[index]!.text),
			select(current, index) {
				const max = overlayLineCount({...current, mode});
				return {
					...current,
					overlayMatch: index,
					overlayScroll: Math.min(max, Math.max(0, index - 2)),
				};
			},
		};
	}

	return undefined;
}

function quoted(search: Search): string {
	return `"${sanitizeLine(search.text)}"`;
}

function describeHit(hit: Hit, direction: 1 | -1): string {
	const wrapped = hit.isWrapped
		? direction === 1
			? ' · wrapped around to the top'
			: ' · wrapped around to the bottom'
		: '';
	return `match ${hit.ordinal}/${hit.count}${wrapped}`;
}

/** The visible rows a search matches, by list: moving the cursor asks no row again. */
const matchesByList = new WeakMap<
	readonly number[],
	{
		readonly rows: ReviewState['rows'];
		readonly search: Search;
		readonly indices: readonly number[];
	}
>();

/** The positions in `state.visible` of the rows `search` matches, in display order. */
function matchingPositions(
	state: ReviewState,
	search: Search,
): readonly number[] {
	const known = matchesByList.get(state.visible);
	if (
		known?.rows === state.rows &&
		known.search.needle === search.needle &&
		known.search.isCaseSensitive === search.isCaseSensitive
	) {
		return known.indices;
	}

	const indices: number[] = [];
	for (const [position, index] of state.visible.entries()) {
		if (rowMatches(search, state.rows[index]!)) {
			indices.push(position);
		}
	}

	matchesByList.set(state.visible, {rows: state.rows, search, indices});
	return indices;
}

/**
The search's line follows the cursor. After anything that moved the cursor in the list (j, a decision
that went on, a filter) while the line still tells of the search, it says which match the cursor is on, or,
on a row that is none, only how many there are: `match 1/6` stayed on screen on rows that were not
match 1. A line said by this very action (`n`, Enter) is left as it is.
*/
export function followSearchStatus(
	previous: ReviewState,
	next: ReviewState,
): ReviewState {
	const {status, search} = next;
	if (
		!status?.isSearch ||
		status.tone === 'error' ||
		status !== previous.status ||
		!search ||
		next.mode !== 'list' ||
		(next.cursor === previous.cursor && next.visible === previous.visible)
	) {
		return next;
	}

	const positions = matchingPositions(next, search);
	const ordinal = positions.indexOf(next.cursor) + 1;
	const text =
		positions.length === 0
			? `no match for ${quoted(search)} in this list`
			: ordinal > 0
				? `match ${ordinal}/${positions.length}`
				: `${positions.length} match${positions.length === 1 ? '' : 'es'} for ${quoted(search)}`;
	return withSearchStatus(next, `${text} · n next, N previous`);
}

/** Forget the search while the status line shows it (`Status.isSearch`); undefined when it does not. */
export function dropShownSearch(state: ReviewState): ReviewState | undefined {
	return state.status?.isSearch ? dropSearch(state) : undefined;
}

/** Say something about the search in the status line (`Status.isSearch`). */
function withSearchStatus(
	state: ReviewState,
	text: string,
	tone: 'info' | 'error' = 'info',
): ReviewState {
	const said = withStatus(state, text, tone);
	return {...said, status: {...said.status!, isSearch: true}};
}

/** Go to the next (or previous) match of `search` from where the target stands, saying where it went. */
function go(
	state: ReviewState,
	search: Search,
	direction: 1 | -1,
	from?: number,
): ReviewState {
	const target = targetOf(state, search);
	if (!target) {
		return state;
	}

	const hit = findMatch(
		target.count,
		from ?? target.current,
		direction,
		target.isMatch,
	);
	if (!hit) {
		return withSearchStatus(
			{...state, overlayMatch: undefined},
			`no match for ${quoted(search)}${hiddenMatches(state, search)}`,
			'error',
		);
	}

	return withSearchStatus(
		target.select(state, hit.index),
		describeHit(hit, direction),
	);
}

/**
Where the filters hide the failures a list search would find, the line says so: a bare `no match for "env"`
read as if no failure matched, while `test_env_var` was only filtered out of the list.
*/
function hiddenMatches(state: ReviewState, search: Search): string {
	if (
		searchedMode(state) !== 'list' ||
		state.visible.length === state.rows.length
	) {
		return '';
	}

	const hidden = state.rows.filter(row => rowMatches(search, row)).length;
	return hidden === 0
		? ''
		: ` in the ${state.visible.length} shown: the filter hides ${hidden} that match${hidden === 1 ? 'es' : ''}`;
}

function originOf(state: ReviewState): TypingOrigin {
	return {
		selectedKey: currentRow(state)?.key,
		cursor: state.cursor,
		overlayScroll: state.overlayScroll,
		overlayMatch: state.overlayMatch,
		search: state.search,
		text: state.text,
	};
}

/** Back to where the search started: the same row, or the same place in the help. */
function backToOrigin(state: ReviewState): ReviewState {
	const origin = state.typingOrigin;
	if (!origin) {
		return state;
	}

	const restored = {
		...state,
		overlayScroll: origin.overlayScroll,
		overlayMatch: origin.overlayMatch,
	};
	return searchedMode(state) === 'list'
		? moveTo(restored, origin.cursor)
		: restored;
}

/** `/`: type a search; the list (or the help) moves as it is typed. */
export function startSearch(state: ReviewState): ReviewState {
	if (state.mode === 'list' && state.visible.length === 0) {
		return withStatus(state, 'nothing to search: the list is empty');
	}

	return {
		...enter(state, 'search'),
		draft: '',
		typingOrigin: originOf(state),
		status: undefined,
	};
}

/** The search typed, from where it started: its first match after that row (or help line). */
function searchFromOrigin(state: ReviewState, search: Search): ReviewState {
	const origin = state.typingOrigin;
	const from =
		searchedMode(state) === 'list'
			? origin?.cursor
			: (origin?.overlayMatch ??
				(origin ? origin.overlayScroll - 1 : undefined));
	return go(backToOrigin(state), search, 1, from);
}

/** The search being typed changed: go to its first match after where it started. */
export function onSearchDraft(state: ReviewState, draft: string): ReviewState {
	const search = parseSearch(draft);
	const next = {...state, draft, status: undefined};
	return search ? searchFromOrigin(next, search) : backToOrigin(next);
}

/** Enter: keep the search for `n` and `N`; an empty one repeats the last search, as in less and vim. */
export function submitSearch(state: ReviewState): ReviewState {
	const typed = parseSearch(state.draft);
	if (!typed) {
		const left = {...leave(state), draft: '', typingOrigin: undefined};
		return state.search ? go(left, state.search, 1) : left;
	}

	const found = searchFromOrigin(state, typed);
	const left = {
		...leave(found),
		search: typed,
		draft: '',
		typingOrigin: undefined,
	};
	return found.status?.tone === 'error'
		? left
		: withSearchStatus(
				left,
				`${found.status?.text ?? ''} · n next, N previous`,
			);
}

/** Esc: back to where the search started, with the search that was there before. */
export function cancelSearch(state: ReviewState): ReviewState {
	const back = backToOrigin(state);
	return {
		...leave(back),
		search: state.typingOrigin?.search ?? state.search,
		draft: '',
		typingOrigin: undefined,
		status: undefined,
	};
}

/** `n` (1) and `N` (-1): the next or previous match of the last search. */
export function searchAgain(
	state: ReviewState,
	direction: 1 | -1,
): ReviewState {
	if (!state.search) {
		return withStatus(state, 'no search yet: / searches');
	}

	return go(state, state.search, direction);
}

/** Forget the search (Esc in the list); undefined when there is none. */
export function dropSearch(state: ReviewState): ReviewState | undefined {
	return state.search === undefined
		? undefined
		: withStatus(
				{...state, search: undefined, overlayMatch: undefined},
				`search ${quoted(state.search)} cleared`,
			);
}
