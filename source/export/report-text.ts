/**
The text report's plain-text pieces: its width, its rules, a section with its title, and log text made inert.
*/

import {sanitizeLine} from '../log/sanitize.js';
import {groupThousands} from '../text.js';

export const width = 80;
export const rule = '-'.repeat(width);
export const doubleRule = '='.repeat(width);

/** Log text made inert for a terminal, on one line (see log/sanitize.ts). */

export {percent, plural} from '../text.js';

/**
The widest of `texts` in terminal columns (a wide CJK character or emoji counts two, so `tests/数据` and
`tests/data` line up what follows them), at least `atLeast`.
*/
export {widestColumns as columnWidth} from '../text-width.js';

/** `text` padded with spaces to `width` columns. */
export {padColumns as padColumn} from '../text-width.js';

export function section(title: string, body: readonly string[]): string[] {
	return [title, rule, ...body, ''];
}

export {sanitizeLine as inert} from '../log/sanitize.js';

/** How many characters of an error from the log a report line shows: a 200,000-character message is 1,700 lines of a terminal. */
export const errorShown = 1000;

/**
An error from the log made inert, on one line, and cut after `errorShown` characters with a word saying how
many more there are and where they are whole.
*/
export function shownError(text: string): string {
	const line = sanitizeLine(text);
	if (line.length <= errorShown) {
		return line;
	}

	// Not between the two halves of a surrogate pair.
	const end = /[\uD800-\uDBFF]/.test(line[errorShown - 1]!)
		? errorShown - 1
		: errorShown;
	// In characters: a surrogate pair counts once (sanitizeLine wrote any lone surrogate out in words).
	const rest = line.slice(end).replaceAll(/[\uDC00-\uDFFF]/g, '').length;
	return `${line.slice(0, end)}… (${groupThousands(rest)} more characters: export --json has it whole)`;
}
