/**
Scrolling: the detail pane's traceback (in the list and full screen) and the overlays (help, summary,
cluster preview), with page sizes from `layout.ts`, so that a frame is never taller than the terminal.
Also the detail pane's toggles that change what scrolls (wrap, captured output), and where a traceback
opens when the selection moves.
*/
import {isErrorLine} from '../log/traceback.js';
import type {ReviewRow} from '../triage/review.js';
import {noteLinesOf} from './note-lines.js';
import {reasonLinesOf} from './reason-lines.js';
import {detailTextOf, screenLinesOf, type ScreenLine} from './detail-text.js';
import {helpLines} from './keymap/help.js';
import {
	detailTextWidth,
	layoutOf,
	overlayScrollMax,
	previewHeights,
	tracebackHeight,
	type Viewport,
} from './layout.js';
import {currentRow, withStatus, type ReviewState} from './state.js';
import {summaryLines} from './summary.js';

/** The lines of the help or the summary, as the overlay shows them (none in other modes). */
export function overlayLinesOf(
	state: ReviewState,
): ReadonlyArray<{readonly text: string; readonly isContinuation?: boolean}> {
	const layout = layoutOf(state.viewport);
	switch (state.mode) {
		case 'help': {
			return helpLines(state.keymap, layout.width);
		}

		case 'summary': {
			return summaryLines(state.analysis, state.rows, layout.width);
		}

		default: {
			return [];
		}
	}
}

/** How far the current overlay scrolls. */
export function overlayLineCount(state: ReviewState): number {
	const layout = layoutOf(state.viewport);
	if (state.mode === 'preview') {
		const rowCount = state.preview?.keys.length ?? 0;
		return overlayScrollMax(
			rowCount,
			previewHeights(layout.overlay, rowCount).list,
		);
	}

	return overlayScrollMax(overlayLinesOf(state).length, layout.overlay);
}

/** The detail pane's screen lines for the current row. */
function screenLinesOfState(
	state: ReviewState,
	row: ReviewRow,
): readonly ScreenLine[] {
	return screenLinesOf(row.analyzed.failure, {
		isCapturedShown: state.isCapturedShown,
		isWrapped: state.isWrapped,
		width: detailTextWidth(layoutOf(state.viewport).width),
	});
}

/** The detail pane's page and the furthest it scrolls, in screen lines. */
export function detailScroll(state: ReviewState): {page: number; max: number} {
	const row = currentRow(state);
	const layout = layoutOf(state.viewport, {
		isDetailShown: state.isDetailShown,
	});
	const isFullScreen = state.mode === 'detail';
	const detailLines = isFullScreen ? layout.detailFull : layout.detail;
	if (!row) {
		return {page: tracebackHeight(detailLines, isFullScreen), max: 0};
	}

	// A long note's (or reason's) own lines come out of the traceback's (`note-lines.ts`, `reason-lines.ts`).
	const page = Math.max(
		1,
		tracebackHeight(detailLines, isFullScreen) -
			noteLinesOf(row.decision?.note, layout.width, detailLines, isFullScreen)
				.length -
			reasonLinesOf(row, layout.width, detailLines, isFullScreen).length,
	);

	const lines = screenLinesOfState(state, row);
	return {page, max: Math.max(0, lines.length - page)};
}

/**
Where a traceback opens: when it is longer than the pane, scrolled so that its `E` lines (else the crash
line, else its end) show, with two lines of context above them, fewer in a pane of three lines or less, so
that the first `E` line always shows (in a 60×20 terminal, a pane of two lines showed context alone).
*/
function openingScroll(state: ReviewState): number {
	const row = currentRow(state);
	if (!row || state.isCapturedShown) {
		return 0;
	}

	const {page, max} = detailScroll(state);
	if (max === 0) {
		return 0;
	}

	const text = detailTextOf(row.analyzed.failure);
	let first = -1;
	let last = -1;
	for (const [index, line] of text.traceback.entries()) {
		if (isErrorLine(line)) {
			first = first === -1 ? index : first;
			last = index;
		}
	}

	if (first === -1) {
		if (text.crashLine === -1) {
			return max;
		}

		first = text.crashLine;
		last = text.crashLine;
	}

	// From traceback lines to screen lines: the first piece of `first`, the last piece of `last`.
	const lines = screenLinesOfState(state, row);
	const firstScreen = lines.findIndex(line => line.index === first);
	const lastScreen = lines.findLastIndex(line => line.index === last);
	const context = Math.min(2, page - 1);
	const start = Math.min(
		lastScreen + 1 - page,
		Math.max(0, firstScreen - context),
	);
	return Math.max(0, Math.min(max, start));
}

/** The traceback scrolled to where it opens (after the selection or what the pane shows changed). */
export function withOpeningScroll(state: ReviewState): ReviewState {
	const scroll = openingScroll(state);
	return scroll === state.scroll ? state : {...state, scroll};
}

/**
The note of the failure shown changed (saved here, or by another session) and takes another number of the pane's
lines (`note-lines.ts`): the traceback opens again, so that its `E` lines stay in view. Before, a long note saved on
the failure shown pushed them below the pane, which still began at the traceback's first line.
*/
export function followNoteLines(
	before: ReviewState,
	after: ReviewState,
): ReviewState {
	const was = currentRow(before);
	const row = currentRow(after);
	if (
		!row ||
		row.key !== was?.key ||
		row.decision?.note === was.decision?.note
	) {
		return after;
	}

	const layout = layoutOf(after.viewport, {
		isDetailShown: after.isDetailShown,
	});
	const isFullScreen = after.mode === 'detail';
	const lines = (note: string | undefined) =>
		noteLinesOf(
			note,
			layout.width,
			isFullScreen ? layout.detailFull : layout.detail,
			isFullScreen,
		).length;
	return lines(was.decision?.note) === lines(row.decision?.note)
		? after
		: withOpeningScroll(after);
}

/** Wrap or cut, keeping the traceback line at the top of the pane at the top. */
export function toggleWrap(state: ReviewState): ReviewState {
	const row = currentRow(state);
	const next = {...state, isWrapped: !state.isWrapped};
	if (!row) {
		return next;
	}

	const top = screenLinesOfState(state, row)[state.scroll]?.index ?? 0;
	const scroll = Math.max(
		0,
		screenLinesOfState(next, row).findIndex(line => line.index === top),
	);
	return {...next, scroll: Math.min(scroll, detailScroll(next).max)};
}

/** `+`: the detail pane hidden, the list has its lines; or shown again. */
export function toggleDetail(state: ReviewState): ReviewState {
	const isDetailShown = !state.isDetailShown;
	return withStatus(
		withOpeningScroll({...state, isDetailShown}),
		isDetailShown
			? 'detail pane shown'
			: 'detail pane hidden: the list has the screen (+ shows it, l opens one failure)',
	);
}

/** The captured output instead of the traceback, or back. */
export function toggleCaptured(state: ReviewState): ReviewState {
	const row = currentRow(state);
	if (!row) {
		return state;
	}

	const isCapturedShown = !state.isCapturedShown;
	const next = withOpeningScroll({...state, isCapturedShown});
	return isCapturedShown && row.analyzed.failure.captured.length === 0
		? withStatus(next, 'no captured output for this failure')
		: {...next, status: undefined};
}

/** Scroll the traceback (list and detail) or the overlay by lines or pages. */
export function scrollBy(
	state: ReviewState,
	delta: number,
	isPage: boolean,
): ReviewState {
	if (state.mode === 'list' || state.mode === 'detail') {
		const {page, max} = detailScroll(state);
		const scroll = Math.max(
			0,
			Math.min(
				max,
				state.scroll + (isPage ? delta * Math.max(1, page - 1) : delta),
			),
		);
		return scroll === state.scroll ? state : {...state, scroll};
	}

	const max = overlayLineCount(state);
	const page = Math.max(1, layoutOf(state.viewport).overlay - 1);
	const overlayScroll = Math.max(
		0,
		Math.min(max, state.overlayScroll + (isPage ? delta * page : delta)),
	);
	return overlayScroll === state.overlayScroll
		? state
		: {...state, overlayScroll};
}

/** The top or the bottom of the full-screen traceback. */
export function scrollDetailToEdge(
	state: ReviewState,
	isFirst: boolean,
): ReviewState {
	return {...state, scroll: isFirst ? 0 : detailScroll(state).max};
}

/** The top or the bottom of the overlay. */
export function scrollOverlayToEdge(
	state: ReviewState,
	isFirst: boolean,
): ReviewState {
	return {...state, overlayScroll: isFirst ? 0 : overlayLineCount(state)};
}

/**
A new viewport. A traceback still where it opened opens again where it would at the new size, its `E`
lines in view (kept as a count of screen lines, a narrower pane's wrapping left them below it); one the
person scrolled keeps the traceback line at its top, as wrapping does. Overlays stay in range.
*/
export function resizeScrolls(
	state: ReviewState,
	viewport: Viewport,
): ReviewState {
	const next = {...state, viewport};
	const row = currentRow(state);
	let scroll = 0;
	if (row && state.scroll === openingScroll(state)) {
		scroll = openingScroll(next);
	} else if (row) {
		const top = screenLinesOfState(state, row)[state.scroll]?.index ?? 0;
		scroll = Math.max(
			0,
			screenLinesOfState(next, row).findIndex(line => line.index === top),
		);
	}

	return {
		...next,
		scroll: Math.min(scroll, detailScroll(next).max),
		overlayScroll: Math.min(state.overlayScroll, overlayLineCount(next)),
	};
}
