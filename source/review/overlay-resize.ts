/**
A resize over the help or the summary: the help is wrapped again to the new width, so its line numbers
change; the place shown, the search's match and where a search being typed started follow their lines.
*/
import {overlayLineCount, overlayLinesOf} from './scroll.js';
import {
	isOverlay,
	matches,
	parseSearch,
	searchedMode,
	type Search,
} from './search.js';
import type {ReviewState} from './state.js';

type OverlayLines = ReturnType<typeof overlayLinesOf>;

/**
Where line `index` of the help as it was wrapped before is now: the first piece of the same help line, or
the first of its pieces that `search` matches. The summary's lines do not wrap: their indices hold.
*/
function sameLine(
	before: OverlayLines,
	after: OverlayLines,
	index: number,
	search: Search | undefined,
): number {
	let entry = -1;
	for (const line of before.slice(0, index + 1)) {
		entry += line.isContinuation ? 0 : 1;
	}

	let start = -1;
	for (const [position, line] of after.entries()) {
		if (!line.isContinuation && --entry < 0) {
			start = position;
			break;
		}
	}

	if (start === -1) {
		return Math.max(0, Math.min(index, after.length - 1));
	}

	let end = start + 1;
	while (after[end]?.isContinuation) {
		end++;
	}

	const hit = search
		? after.slice(start, end).findIndex(line => matches(search, line.text))
		: -1;
	return start + Math.max(0, hit);
}

/**
After a resize, the help (wrapped again to the new width) and the summary keep the line at their top, the
match of a search marked on its line, and a page scrolled to the bottom at the bottom; so does the place a
search being typed there started from. `next` is `previous` resized by `resizeScrolls`.
*/
export function followOverlayResize(
	previous: ReviewState,
	next: ReviewState,
): ReviewState {
	const mode = searchedMode(previous);
	if (!isOverlay(mode)) {
		return next;
	}

	const before = overlayLinesOf({...previous, mode});
	const after = overlayLinesOf({...next, mode});
	const wasMax = overlayLineCount({...previous, mode});
	const max = overlayLineCount({...next, mode});
	const search =
		previous.mode === 'search' ? parseSearch(previous.draft) : previous.search;
	const place = (scroll: number, match: number | undefined) => {
		const overlayMatch =
			match === undefined ? undefined : sameLine(before, after, match, search);
		const top =
			overlayMatch === undefined
				? scroll > 0 && scroll >= wasMax
					? max
					: sameLine(before, after, scroll, undefined)
				: overlayMatch - 2;
		return {overlayMatch, overlayScroll: Math.max(0, Math.min(max, top))};
	};

	const origin = next.typingOrigin;
	return {
		...next,
		...place(previous.overlayScroll, previous.overlayMatch),
		...(origin && {
			typingOrigin: {
				...origin,
				...place(origin.overlayScroll, origin.overlayMatch),
			},
		}),
	};
}
