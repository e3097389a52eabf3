/**
The text report's plain-text pieces: its width, its rules, a section with its title, and log text made inert.
*/

export const width = 80;
export const rule = '-'.repeat(width);
export const doubleRule = '='.repeat(width);

/** Log text made inert for a terminal, on one line (see log/sanitize.ts). */

export {percent, plural} from '../text.js';

/** The widest of `texts` in characters (not UTF-16 units: a path may hold any letter), at least `atLeast`. */
export function columnWidth(texts: Iterable<string>, atLeast = 0): number {
	let widest = atLeast;
	for (const text of texts) {
		// Without spreading every text: only one longer than the widest so far can be wider.
		if (text.length > widest) {
			widest = Math.max(widest, [...text].length);
		}
	}

	return widest;
}

/** `text` padded with spaces to `width` characters. */
export function padColumn(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - [...text].length));
}

export function section(title: string, body: readonly string[]): string[] {
	return [title, rule, ...body, ''];
}

export {sanitizeLine as inert} from '../log/sanitize.js';
