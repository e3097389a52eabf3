import {describe, expect, test} from 'vitest';
import {
	defaultCategories,
	defaultPriorities,
} from '../../source/classify/categories.js';
import {defaultKeymap} from '../../source/review/keymap/default-keymap.js';
import {helpLines} from '../../source/review/keymap/help.js';
import {layoutOf} from '../../source/review/layout.js';
import {listColumnsOf, shortNameOf} from '../../source/review/list-columns.js';

describe('the layout', () => {
	test('at 80×24 the list and the detail pane share the lines half and half', () => {
		const layout = layoutOf({rows: 24, columns: 80});
		expect(layout.list).toBe(9);
		expect(layout.detail).toBe(9);
		expect(layout.list + layout.detail + 1 + 2 + 2).toBe(layout.frame);
	});

	test('taller terminals give the traceback the larger part', () => {
		expect(layoutOf({rows: 40, columns: 120})).toMatchObject({
			list: 12,
			detail: 22,
		});
		expect(layoutOf({rows: 60, columns: 120}).list).toBe(19);
		expect(layoutOf({rows: 15, columns: 60})).toMatchObject({
			list: 4,
			detail: 5,
		});
	});

	test('with the detail pane hidden the list has all the lines', () => {
		const layout = layoutOf({rows: 24, columns: 80}, {isDetailShown: false});
		expect(layout).toMatchObject({list: 19, detail: 0});
	});
});

describe('the list columns', () => {
	test('short names below 100 columns, full names above', () => {
		const narrow = listColumnsOf(defaultCategories, defaultPriorities, 80);
		expect([...narrow.categoryLabels.values()]).toEqual([
			'BUG',
			'CONF',
			'ENV',
			'TEST',
			'UNK',
		]);
		expect([...narrow.priorityLabels.values()]).toEqual(['HIGH', 'MED', 'LOW']);
		expect(narrow).toMatchObject({category: 4, priority: 4});
		const wide = listColumnsOf(defaultCategories, defaultPriorities, 120);
		expect(wide.categoryLabels.get('CONFIGURATION')).toBe('CONFIGURATION');
		expect(wide).toMatchObject({category: 13, priority: 6});
	});

	test("a team's categories: the first word, and the full names when short ones would collide", () => {
		expect(
			shortNameOf({name: 'INFRASTRUCTURE', key: 'i', description: ''}),
		).toBe('INFRA');
		expect(shortNameOf({name: 'FLAKY_TEST', key: 'k', description: ''})).toBe(
			'FLAKY',
		);
		const colliding = listColumnsOf(
			[
				{name: 'DATA_LOSS', key: 'd', description: ''},
				{name: 'DATA_RACE', key: 'r', description: ''},
			],
			defaultPriorities,
			80,
		);
		expect([...colliding.categoryLabels.values()]).toEqual([
			'DATA_LOSS',
			'DATA_RACE',
		]);
	});
});

describe('the help', () => {
	test.each([60, 80, 120])(
		'at %i columns, each line of the legend starts with the mark it explains (a sentence wraps under itself)',
		width => {
			const lines = helpLines(defaultKeymap, width);
			const legend = lines.slice(
				1,
				lines.findIndex(line => line.text === ''),
			);
			const starts = legend.filter(line => !line.isContinuation);
			expect(starts.length).toBeGreaterThan(2);
			for (const line of starts) {
				expect(line.text).toMatch(/^ {2}(?:›|~|»|dim:)/);
			}
		},
	);

	test('wraps to the width, the help text of a key continuing under itself', () => {
		const lines = helpLines(defaultKeymap, 80);
		expect(lines.every(line => [...line.text].length <= 80)).toBe(true);
		const sort = lines.findIndex(line => line.text.startsWith('  S '));
		expect(lines[sort]!.text).toMatch(/^ {2}S {16}sort the list/);
		expect(lines[sort + 1]!.text).toMatch(/^ {19}\S/);
		// Nothing is lost: the same words as unwrapped.
		const words = (text: string) => text.split(/\s+/).filter(Boolean);
		expect(lines.flatMap(line => words(line.text))).toEqual(
			helpLines(defaultKeymap).flatMap(line => words(line.text)),
		);
	});
});
