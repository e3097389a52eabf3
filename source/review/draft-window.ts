/**
The text being typed (a note, an issue, a filter, a search) on its one line, with the cursor where ←/→, Home
and End put it. A text wider than the line shows the part around the cursor: before, only its end showed,
and the cursor could not move, so the start of a long note could be neither read nor changed.
*/
import {sanitizeLine} from '../log/sanitize.js';
import {textWidth, truncateEnd, truncateStart} from '../text-width.js';

/** What the line shows: the text before the cursor, the character under it (a space at the end), and after. */
export type DraftWindow = {
	readonly before: string;
	readonly at: string;
	readonly after: string;
};

let graphemes: Intl.Segmenter | undefined;

/** `draft` with its cursor at `cursor` (code units; undefined: the end), in `width` columns. */
export function draftWindow(
	draft: string,
	cursor: number | undefined,
	width: number,
): DraftWindow {
	const at = Math.min(cursor ?? draft.length, draft.length);
	graphemes ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'});
	const [first] = graphemes.segment(draft.slice(at));
	const under = first?.segment ?? '';
	const before = sanitizeLine(draft.slice(0, at));
	const shownUnder = under === '' ? ' ' : sanitizeLine(under);
	const after = sanitizeLine(draft.slice(at + under.length));
	const room = Math.max(0, width - textWidth(shownUnder));
	if (textWidth(before) + textWidth(after) <= room) {
		return {before, at: shownUnder, after};
	}

	// A third of the line for what follows the cursor (less when there is less), the rest for what precedes it.
	const afterRoom = Math.min(textWidth(after), Math.floor(room / 3));
	const shownBefore = truncateStart(before, room - afterRoom);
	return {
		before: shownBefore,
		at: shownUnder,
		after: truncateEnd(after, room - textWidth(shownBefore)),
	};
}
