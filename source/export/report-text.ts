/**
The text report's plain-text pieces: its width, its rules, a section with its title, and log text made inert.
*/

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
