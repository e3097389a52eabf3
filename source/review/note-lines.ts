/**
A note too long for the detail pane's line gets lines of its own below it, wrapped, so that it can be read
whole: before, the line cut it at the terminal's width. The traceback gives up those lines, at most half of
what it had, so that a note of a page never hides the error; what does not fit then ends in `…`.
The pane (`detail-pane.tsx`) and the traceback's page size (`scroll.ts`) both count the lines from here.
*/
import {textWidth, wrapText} from '../text-width.js';
import {sanitizeLine} from '../log/sanitize.js';
import {detailInfoHeight, detailInfoLines, tracebackHeight} from './layout.js';

/** The label the note's text follows, on its line or on the first of its own lines. */
export const noteLabel = 'note: ';

/**
The lines a note takes below the info line, the first starting with `note: `, in a pane `width` columns wide of
`detailLines` lines; none when it fits on the info line (or there is no note).
*/
export function noteLinesOf(
	note: string | undefined,
	width: number,
	detailLines: number,
	isFullScreen = false,
): string[] {
	if (!note) {
		return [];
	}

	const text = noteLabel + sanitizeLine(note);
	if (textWidth(text) <= width) {
		return [];
	}

	return linesBelowInfo(text, width, detailLines, isFullScreen);
}

/**
`text` on lines of its own below the info, wrapped, out of at most half the traceback's lines (a note, a
suggestion's reason); none in a pane too short for its four info lines.
*/
export function linesBelowInfo(
	text: string,
	width: number,
	detailLines: number,
	isFullScreen: boolean,
): string[] {
	const room = Math.floor(tracebackHeight(detailLines, isFullScreen) / 2);
	// A pane too short for its four info lines has no room for more.
	if (
		room <= 0 ||
		detailInfoLines(detailLines, isFullScreen) < detailInfoHeight
	) {
		return [];
	}

	return wrappedInRoom(text, width, room);
}

/** `text` wrapped to `width` with a hanging indent, in at most `room` lines: a cut says so with `…`. */
export function wrappedInRoom(
	text: string,
	width: number,
	room: number,
): string[] {
	const pieces = wrapText(text, width, 2);
	if (pieces.length <= room) {
		return pieces;
	}

	const shown = pieces.slice(0, room);
	const last = shown.at(-1)!;
	// The cut says so: `…` in place of the last character that fits.
	shown[room - 1] =
		textWidth(last) < width
			? `${last}…`
			: `${[...last].slice(0, -1).join('')}…`;
	return shown;
}
