/**
Rows of an Ink frame drawn as Ink's `Output.get` draws them, the same text, with less work per cell.

Ink's `get` fills a grid of blank styled characters (an object and a style array per cell), lays each line's
styled characters on it, and turns every row back into a string with ansi-tokenize's `styledCharsToString`,
which for each cell builds three sets and four arrays to find the codes between it and the cell before,
even when both have the same style or none. On the review's first frame (120 × 40 cells, run cold) that
was most of Ink's output time. Here:

- a row whose lines are all narrow characters with no escape sequence, inside the row, is a string of
  blanks with each line put in its place (its cells have no style: `styledCharsToString` would only join
  their characters);
- any other row is laid out cell by cell as Ink does (same grid, same widths, the same cells skipped), and
  joined by `styledCharsToString` with a shortcut: between two cells with the same codes the difference is
  empty (ansi-tokenize's own answer, not computed again).

test/ui/ink-output-cache.test.ts draws random frames (colours, wide characters, clips, lines off the grid)
with Ink's `get` and with these rows.
*/
import {
	ansiCodesToString,
	diffAnsiCodes,
	type StyledChar,
} from '@alcalzone/ansi-tokenize';
import {isNarrowCharacter} from '../bundle-stubs/narrow-width.js';

/** What a row's drawing needs of Ink's `OutputCaches`. */
export type RowCaches = {
	getStyledChars(line: string): StyledChar[];
	getStringWidth(text: string): number;
};

/** Where a line goes on its row: a column and the line, transformers applied. */
export type Placement = {readonly x: number; readonly line: string};

type AnsiCode = StyledChar['styles'][number];

/** The cell Ink puts everywhere before drawing (never changed: Ink and this module only replace cells). */
const blank: StyledChar = {
	type: 'char',
	value: ' ',
	fullWidth: false,
	styles: [],
};

/** One row, as the string Ink's `get` makes of it (trailing blanks trimmed). */
export function drawRow(
	caches: RowCaches,
	width: number,
	placements: readonly Placement[],
): string {
	return isPlain(placements, width)
		? plainRow(width, placements)
		: styledRow(caches, width, placements);
}

/** Whether every line is narrow characters alone (no escape sequence) and lies inside the row. */
function isPlain(placements: readonly Placement[], width: number): boolean {
	for (const {x, line} of placements) {
		if (x < 0 || x + line.length > width) {
			return false;
		}

		for (let index = 0; index < line.length; index++) {
			if (!isNarrowCharacter(line.charCodeAt(index))) {
				return false;
			}
		}
	}

	return true;
}

let blanks = '';

function plainRow(width: number, placements: readonly Placement[]): string {
	if (blanks.length < width) {
		blanks = ' '.repeat(width);
	}

	let row = blanks.slice(0, width);
	for (const {x, line} of placements) {
		row = row.slice(0, x) + line + row.slice(x + line.length);
	}

	return row.trimEnd();
}

/** Ink's drawing of one row: its grid row, each line's styled characters laid on it, joined. */
function styledRow(
	caches: RowCaches,
	width: number,
	placements: readonly Placement[],
): string {
	const cells: StyledChar[] = Array.from({length: width}, () => blank);
	for (const {x, line} of placements) {
		let offsetX = x;
		for (const character of caches.getStyledChars(line)) {
			// As Ink: a negative column sets no cell (an array's property, not an element).
			cells[offsetX] = character;
			const characterWidth = Math.max(
				1,
				caches.getStringWidth(character.value),
			);
			for (let index = 1; index < characterWidth; index++) {
				cells[offsetX + index] = {
					type: 'char',
					value: '',
					fullWidth: false,
					styles: character.styles,
				};
			}

			offsetX += characterWidth;
		}
	}

	// Ink drops the holes a line written past the row's end leaves.
	return styledCharsToString(
		cells.filter(cell => cell !== undefined),
	).trimEnd();
}

/** ansi-tokenize's `styledCharsToString`, the same string. */
export function styledCharsToString(chars: readonly StyledChar[]): string {
	let text = '';
	for (let index = 0; index < chars.length; index++) {
		const {styles, value} = chars[index]!;
		if (index === 0) {
			text += ansiCodesToString(styles);
		} else {
			const previous = chars[index - 1]!.styles;
			if (!isSameCodes(previous, styles)) {
				text += ansiCodesToString(diffAnsiCodes(previous, styles));
			}
		}

		text += value;
		if (index === chars.length - 1 && styles.length > 0) {
			text += ansiCodesToString(diffAnsiCodes(styles, []));
		}
	}

	return text;
}

/**
Whether two cells' codes are the same, one by one: then `diffAnsiCodes` between them is empty (each code
of one is in the other, start and end alike).
*/
function isSameCodes(
	first: readonly AnsiCode[],
	second: readonly AnsiCode[],
): boolean {
	if (first === second) {
		return true;
	}

	if (first.length !== second.length) {
		return false;
	}

	for (const [index, element] of first.entries()) {
		const a = element;
		const b = second[index]!;
		if (a.code !== b.code || a.endCode !== b.endCode) {
			return false;
		}
	}

	return true;
}
