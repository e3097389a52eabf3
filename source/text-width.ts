/**
Terminal column widths, good enough to cut text before Ink sees it (Ink still truncates what is left, so
an estimate that is off never breaks the frame): wide East Asian characters and emoji take two columns,
combining marks none. A width measured short of Ink's makes a row wrap and push the frame off the screen
(a 🚀 in a test id, QA 41), so where the two differ this one errs wide.
*/

import {eastAsianWidth} from 'get-east-asian-width';
import {errorIndentOf} from './log/traceback.js';

function isZeroWidth(code: number): boolean {
	return (
		(code >= 0x3_00 && code <= 0x3_6f) ||
		(code >= 0x20_0b && code <= 0x20_0f) ||
		(code >= 0xfe_00 && code <= 0xfe_0e)
	);
}

/**
U+FE0F asks for the emoji form of the character before it (`❤️`, `☂️`), which string-width counts as two
columns: one more here, so that a narrow character and its selector never measure less than Ink measures.
*/
const emojiSelector = 0xfe_0f;

export function characterWidth(character: string): number {
	const code = character.codePointAt(0) ?? 0;
	if (code < 0x3_00 || code === emojiSelector) {
		return 1;
	}

	// Unicode's own East Asian Width table (the one string-width reads): wide emoji such as 🚀 included.
	return isZeroWidth(code) ? 0 : eastAsianWidth(code);
}

export function textWidth(text: string): number {
	let width = 0;
	for (const character of text) {
		width += characterWidth(character);
	}

	return width;
}

/** Cut from the left to fit `width` columns: `…/test_file.py::test_name[param]`. */
export function truncateStart(text: string, width: number): string {
	if (width <= 0) {
		return '';
	}

	if (textWidth(text) <= width) {
		return text;
	}

	const characters = [...text];
	let kept = '';
	let used = 1;
	for (let index = characters.length - 1; index >= 0; index--) {
		const character = characters[index]!;
		const next = used + characterWidth(character);
		if (next > width) {
			break;
		}

		kept = character + kept;
		used = next;
	}

	return `…${kept}`;
}

/**
Break a line into pieces of at most `width` columns, at a space unless that leaves a piece under a third full;
every piece after the first starts with `indent` spaces (a hanging indent, at most half the width).
*/
export function wrapText(text: string, width: number, indent = 0): string[] {
	if (width <= 0 || textWidth(text) <= width) {
		return [text];
	}

	const pad = ' '.repeat(Math.max(0, Math.min(indent, Math.floor(width / 2))));
	const characters = [...text];
	const pieces: string[] = [];
	let start = 0;
	let prefix = '';
	while (start < characters.length) {
		const room = width - prefix.length;
		let used = 0;
		let end = start;
		while (end < characters.length) {
			const next = used + characterWidth(characters[end]!);
			if (next > room) {
				break;
			}

			used = next;
			end++;
		}

		// A character wider than the room still moves on (Ink cuts what does not fit).
		end = Math.max(end, start + 1);
		if (end < characters.length && characters[end] !== ' ') {
			const space = characters.lastIndexOf(' ', end - 1);
			// Only when the piece keeps a third of its room: a long token is cut instead.
			if (space > start && space - start >= (end - start) / 3) {
				end = space + 1;
			}
		}

		pieces.push(prefix + characters.slice(start, end).join('').trimEnd());
		start = end;
		while (characters[start] === ' ') {
			start++;
		}

		prefix = pad;
	}

	return pieces;
}

/** The hanging indent of a traceback line: under the text after `E   `, else 4 more than its own indent. */
export function hangingIndentOf(line: string): number {
	const error = errorIndentOf(line);
	if (error !== undefined) {
		return error;
	}

	return (/^\s*/.exec(line)?.[0].length ?? 0) + 4;
}

/** Columns of a long parameter's end kept at least, when the test's name is kept before it. */
const minimumParameterEnd = 8;

/**
Cut a node id to fit `width` columns, from the left as `truncateStart` does, except when that would leave only
the end of a long parameter (a 400-character id showed `…xxxx]`, the test's name nowhere on screen, QA 41): then
the test's name and the parameter's end are both kept, the parameter cut in the middle
(`…/test_odd.py::test_long_id[xxxx…xxxx]`).
*/
export function truncateId(id: string, width: number): string {
	const cut = truncateStart(id, width);
	const bracket = id.indexOf('[');
	if (cut === id || bracket === -1 || !id.endsWith(']')) {
		return cut;
	}

	// The kept end starts inside the parameter: the name before it is gone.
	const keptFrom = id.length - (cut.length - 1);
	if (keptFrom <= bracket) {
		return cut;
	}

	const nameEnd = id.slice(0, bracket + 1);
	const nameStart = nameEnd.lastIndexOf('::');
	// The function's name and its bracket: `test_long_id[`, and what fits of its path before it.
	const name = nameEnd.slice(nameStart === -1 ? 0 : nameStart + 2);
	const headRoom = width - 1 - minimumParameterEnd;
	if (textWidth(name) + 1 > headRoom) {
		return cut;
	}

	const head = truncateStart(
		nameEnd,
		Math.min(textWidth(nameEnd), Math.ceil(width / 2)),
	);
	const tailRoom = width - textWidth(head) - 1;
	const tail = truncateStart(id.slice(bracket + 1), tailRoom + 1).slice(1);
	return `${head}…${tail}`;
}

/** `text` padded with spaces to `width` columns (a wide character counts two). */
export function padColumns(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - textWidth(text)));
}

/** The widest of `texts` in columns, at least `atLeast`. */
export function widestColumns(texts: Iterable<string>, atLeast = 0): number {
	let widest = atLeast;
	for (const text of texts) {
		// Without measuring every text: none is wider in columns than twice its UTF-16 length.
		if (text.length * 2 > widest) {
			widest = Math.max(widest, textWidth(text));
		}
	}

	return widest;
}

/** The first characters of `text` that fit in `width` columns. */
function headOf(characters: readonly string[], width: number): string {
	let kept = '';
	let used = 0;
	for (const character of characters) {
		used += characterWidth(character);
		if (used > width) {
			break;
		}

		kept += character;
	}

	return kept;
}

/** Cut from the right to fit `width` columns, ending in `…` when cut. */
export function truncateEnd(text: string, width: number): string {
	if (width <= 0) {
		return '';
	}

	return textWidth(text) <= width ? text : `${headOf([...text], width - 1)}…`;
}

/**
A name in a column `width` columns wide: padded, or cut at its end with `…` so a cut name does not pass for
another. Measured in columns, so `数据` and `tests` line up what follows them.
*/
export function fitColumn(text: string, width: number): string {
	return padColumns(truncateEnd(text, width), width);
}

/**
`text` in at most `width` columns: a longer one loses its middle to `…`, keeping more of its end than of its
start (a path's file name), as text.ts's cutMiddle does in characters.
*/
export function cutMiddleColumns(text: string, width: number): string {
	if (textWidth(text) <= width) {
		return text;
	}

	if (width <= 1) {
		return '…'.slice(0, width);
	}

	const head = Math.floor((width - 1) / 3);
	const characters = [...text];
	const kept = headOf(characters, head);
	const tail = truncateStart(text, width - textWidth(kept)).slice(1);
	return `${kept}…${tail}`;
}
