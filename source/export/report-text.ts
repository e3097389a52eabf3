/**
The text report's plain-text pieces: its width, its rules, a section with its title, and log text made inert.
*/

export const width = 80;
export const rule = '-'.repeat(width);
export const doubleRule = '='.repeat(width);

/** Log text made inert for a terminal, on one line (see log/sanitize.ts). */

export function percent(part: number, total: number): string {
	return total === 0 ? '0.0%' : `${((part / total) * 100).toFixed(1)}%`;
}

export {plural} from '../text.js';

export function section(title: string, body: readonly string[]): string[] {
	return [title, rule, ...body, ''];
}

export {sanitizeLine as inert} from '../log/sanitize.js';
