/**
How the terminal's rows are shared between the parts of the screen. The views render exactly these
heights (every line is one row: long lines are cut, or wrapped into screen lines that are counted as
rows, see `screenLinesOf`), and the reducer uses the same numbers
for page sizes, so a frame is never taller than the terminal: Ink 6 clears the whole screen on every
render when it is.
*/

import type {Analysis} from '../classify/analyze.js';

export type Viewport = {
	readonly rows: number;
	readonly columns: number;
};

export const defaultViewport: Viewport = {rows: 24, columns: 80};

/** Header lines: the run and its counts; progress, filters, marks. */
export const headerHeight = 2;
/** Status line plus footer line. */
export const bottomHeight = 2;
/** Lines of the detail pane above the traceback: headline, suggestion or decision, history, note. */
export const detailInfoHeight = 4;

export type Layout = {
	/** Lines the frame may use: one less than the terminal, so Ink never sees a full screen. */
	readonly frame: number;
	readonly width: number;
	/** Rows of the failure list in the list mode. */
	readonly list: number;
	/** Lines of the detail pane in the list mode, its title line excluded. */
	readonly detail: number;
	/** Lines of the detail pane when it has the screen (detail mode), its title line excluded. */
	readonly detailFull: number;
	/** Lines for an overlay's body (help, summary, clusters, preview). */
	readonly overlay: number;
	/**
	The detail pane's title line fits: a terminal only as tall as the header and the bottom lines (20×5)
	has no line for it, and drawing it anyway pushed the run's line off the top.
	*/
	readonly hasDetailTitle: boolean;
	/** Of the status line and the footer, how many fit under the header: 2, or at 20×4 the footer alone. */
	readonly bottom: number;
	/**
	Lines a status too long for its line may take: 2 (the footer's too) on a terminal of at least
	`wrappedStatusMinRows` rows; 1 below, where it is cut to its line and the footer stays.
	*/
	readonly statusLines: 1 | 2;
};

/**
Terminals shorter than this keep a long status on one line: a second line there cost the footer on a
screen with little else (40×10), and was seen to push the header off it.
*/
export const wrappedStatusMinRows = 12;

/**
At 80×24 the list and the detail pane share 18 lines: half each, so that nine failures show with the crash
lines of the current one. Taller terminals give the traceback the larger part (the list at least 10 rows).
With the detail pane hidden (`+`), the list has all of it, the pane's title line too.
*/
export function layoutOf(
	viewport: Viewport,
	options: {readonly isDetailShown?: boolean} = {},
): Layout {
	const frame = Math.max(1, viewport.rows - 1);
	// The terminal's own width, however narrow: a line wider than it wraps there, and the frame outgrows the screen
	// (at 5×2 the run's line scrolled out, QA 52).
	const width = Math.max(1, viewport.columns);
	const shared = Math.max(0, frame - headerHeight - bottomHeight - 1);
	const overlay = Math.max(1, frame - headerHeight - bottomHeight);
	const split =
		shared <= 20
			? Math.floor(shared / 2)
			: Math.min(20, Math.max(10, Math.floor(shared * 0.36)));
	const list =
		options.isDetailShown === false
			? overlay
			: Math.min(shared, Math.max(3, split));
	return {
		frame,
		width,
		list,
		detail: options.isDetailShown === false ? 0 : Math.max(0, shared - list),
		detailFull: shared,
		overlay,
		hasDetailTitle: frame - headerHeight - bottomHeight >= 1,
		bottom: Math.max(0, Math.min(bottomHeight, frame - headerHeight)),
		statusLines: viewport.rows >= wrappedStatusMinRows ? 2 : 1,
	};
}

/**
Lines of the detail pane's info (headline, decision, history, note) above the traceback. Full screen (`l`) is for
reading the traceback: on a short terminal the info gives up its lines, the note first, until it takes no more than
half of what the position line leaves. At 40×10 the four info lines filled the whole pane, and the traceback it was
opened to read had no line at all (j/k scrolled what did not show). In the list the pane keeps its four lines.
*/
export function detailInfoLines(
	detailLines: number,
	isFullScreen = false,
): number {
	const room = detailLines - 1;
	return isFullScreen && room >= 2
		? Math.min(detailInfoHeight, Math.floor(room / 2))
		: detailInfoHeight;
}

/** Lines of traceback (or captured output) the detail pane shows, its position line excluded. */
export function tracebackHeight(
	detailLines: number,
	isFullScreen = false,
): number {
	return Math.max(
		1,
		detailLines - detailInfoLines(detailLines, isFullScreen) - 1,
	);
}

/** Lines of a scrolled overlay that show text: one fewer when it needs a position line. */
export function overlayBodyHeight(lineCount: number, height: number): number {
	return lineCount > height ? Math.max(1, height - 1) : height;
}

/** How far an overlay of `lineCount` lines scrolls in `height` lines. */
export function overlayScrollMax(lineCount: number, height: number): number {
	return Math.max(0, lineCount - overlayBodyHeight(lineCount, height));
}

/** Columns of the detail pane's text: its width less the mark column (`»`). */
export function detailTextWidth(width: number): number {
	return Math.max(1, width - 1);
}

/** Lines above the rows in the cluster preview. */
export const previewTitleHeight = 3;

/**
The cluster preview of `rowCount` rows in an overlay of `overlay` lines: the lines of its rows (their position
line included) and of its footer (how many decisions it replaces), which a terminal too short for a row under
the title and the footer goes without (the rows' marks still say it). Rows that do not fit need a row and
their position line (40×10): that line comes before the footer.
*/
export function previewHeights(
	overlay: number,
	rowCount: number,
): {
	readonly list: number;
	readonly footer: number;
} {
	const room = overlay - previewTitleHeight;
	const footer = room >= 2 && (rowCount <= 1 || room >= 3) ? 1 : 0;
	return {list: Math.max(1, room - footer), footer};
}

/** Terminals this wide show the failures' owners in the list; narrower ones only in the detail. */
export const ownersColumnMinWidth = 110;

/**
Columns of the list's owners column: the longest first owner (and its `+N`), at most 18; 0 without a
CODEOWNERS file or below `ownersColumnMinWidth`.
*/
export function ownersColumnWidth(
	analysis: Pick<Analysis, 'codeowners' | 'failures'>,
	width: number,
): number {
	if (analysis.codeowners === undefined || width < ownersColumnMinWidth) {
		return 0;
	}

	let longest = 1;
	for (const {owners = []} of analysis.failures) {
		const more = owners.length > 1 ? `+${owners.length - 1}`.length : 0;
		longest = Math.max(longest, (owners[0]?.length ?? 1) + more);
	}

	return Math.min(18, longest);
}
