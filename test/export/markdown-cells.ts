/**
The Markdown export as GitHub reads it, for its tests: a table row split into cells as cmark-gfm splits it, what
a cell renders as (failing on any character that would be markup), and the review of some runs that the export
is made from.
*/
import {expect} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import type {Run} from '../../source/log/model.js';
import type {Decision} from '../../source/triage/journal.js';
import {buildReview, type Review} from '../../source/triage/review.js';

const asciiPunctuation = /[!-/:-@[-`{-~]/;

/**
A GFM table row split into cells as cmark-gfm does: a backslash and an ASCII punctuation
character are one unit, an unescaped `|` separates cells, then `\|` becomes `|` in each cell.
*/
export function cellsOf(row: string): string[] {
	const cells: string[] = [];
	let current = '';
	for (let index = 0; index < row.length; index++) {
		const character = row[index]!;
		const next = row[index + 1];
		if (
			character === '\\' &&
			next !== undefined &&
			asciiPunctuation.test(next)
		) {
			current += character + next;
			index++;
		} else if (character === '|') {
			cells.push(current);
			current = '';
		} else {
			current += character;
		}
	}

	cells.push(current);
	// The leading and trailing pipes make an empty first and last piece.
	expect(cells[0]!.trim()).toBe('');
	expect(cells.at(-1)!.trim()).toBe('');
	return cells.slice(1, -1).map(cell => cell.replaceAll('\\|', '|').trim());
}

/** What a cell of escaped text renders as: fails on any character that would be markup. */
export function renderText(cell: string): string {
	let text = '';
	for (let index = 0; index < cell.length; index++) {
		const character = cell[index]!;
		if (character === '\\' && asciiPunctuation.test(cell[index + 1] ?? '')) {
			text += cell[index + 1];
			index++;
			continue;
		}

		// A code span: what GitHub would link (escapeLogCell), as it is.
		if (character === '`') {
			const span = /^`([^`]+)`/.exec(cell.slice(index));
			expect(span?.[1], `unescaped \` in ${cell}`).toMatch(
				/^(?:@|[\w./-]*#\d|GH-)/,
			);
			text += span![1];
			index += span![0].length - 1;
			continue;
		}

		// `&` starts an entity only when it looks like one; then it must be one of ours.
		const entity =
			character === '&' ? /^&#?\w+;/.exec(cell.slice(index)) : null;
		if (entity) {
			expect(['&lt;', '&amp;'], `entity in ${cell}`).toContain(entity[0]);
			text += entity[0] === '&lt;' ? '<' : '&';
			index += entity[0].length - 1;
			continue;
		}

		expect('*_`[]<~$\\', `unescaped ${character} in ${cell}`).not.toContain(
			character,
		);
		text += character;
	}

	return text;
}

/** What a code-span cell renders as. */
export function renderCode(cell: string): string {
	if (cell.startsWith('<code>')) {
		expect(cell.endsWith('</code>')).toBe(true);
		const html = cell.slice(6, -7);
		// Between the tags is Markdown: a backslash, a backtick or `*` there is read as such, not shown.
		expect(html, `markup in ${cell}`).not.toMatch(/[\\`*_[\]~$<>|]/);
		return html.replaceAll(/&(#\d+|lt|gt|amp);/g, (_, name: string) =>
			name.startsWith('#')
				? String.fromCodePoint(Number(name.slice(1)))
				: {lt: '<', gt: '>', amp: '&'}[name]!,
		);
	}

	const fence = /^`+/.exec(cell)![0];
	expect(cell.endsWith(fence)).toBe(true);
	let content = cell.slice(fence.length, -fence.length);
	expect(content).not.toContain(fence);
	if (
		content.startsWith(' ') &&
		content.endsWith(' ') &&
		content.trim() !== ''
	) {
		content = content.slice(1, -1);
	}

	return content;
}

export function reviewOf(
	runs: readonly Run[],
	decisions: readonly Decision[] = [],
): Review {
	return buildReview(
		analyze(runs),
		new Map(decisions.map(decision => [decision.id, decision])),
	);
}

/** When the tests' decisions were made. */
export const at = '2026-11-23T10:00:00.000Z';
