import fs from 'node:fs';
import {describe, expect, test} from 'vitest';
import {
	defaultCategories,
	reservedKeys,
} from '../../source/classify/categories.js';
import {
	compileKeymap,
	keyConflicts,
	reservedKeysOf,
	withOverrides,
} from '../../source/review/keymap/compile.js';
import {
	createKeymap,
	defaultKeymap,
} from '../../source/review/keymap/default-keymap.js';
import {
	hintsFor,
	keyTableBlock,
	keyTableEnd,
	keyTableStart,
	renderKeyTable,
} from '../../source/review/keymap/help.js';
import {
	displayKey,
	keyNames,
	pastedNames,
	pastedSoFar,
	typedNames,
} from '../../source/review/keymap/key-names.js';
import {modes} from '../../source/review/keymap/types.js';

describe('keyNames', () => {
	test.each([
		['j', {}, ['j']],
		['G', {shift: true}, ['G']],
		[' ', {}, ['space']],
		['', {downArrow: true}, ['down']],
		['', {upArrow: true}, ['up']],
		['', {pageDown: true}, ['pagedown']],
		['', {pageUp: true}, ['pageup']],
		['', {home: true}, ['home']],
		['', {end: true}, ['end']],
		['', {return: true}, ['return']],
		['', {escape: true, meta: true}, ['escape']],
		['', {tab: true}, ['tab']],
		['', {tab: true, shift: true}, ['shift-tab']],
		['', {delete: true}, ['backspace']],
		['c', {ctrl: true}, ['ctrl-c']],
		// Typed faster than a read: one key per character.
		['1be', {}, ['1', 'b', 'e']],
		['a b', {}, ['a', 'space', 'b']],
		// Backspace held down, or pressed on a loaded machine: DEL (or ^H) several times in one read.
		['\u007F\u007F\u007F', {}, ['backspace', 'backspace', 'backspace']],
		['ab\b', {}, ['a', 'b', 'backspace']],
		// Control characters in a paste are dropped, not treated as keys.
		['\u0007x', {}, ['x']],
		// Ctrl+C or Ctrl+Z right after a key, in one read (`b` then Ctrl+C): it quits (QA 32: it was dropped).
		['j\u0003', {}, ['j', 'ctrl-c']],
		['jb\u0003', {}, ['j', 'b', 'ctrl-c']],
		['b\u001A', {}, ['b', 'ctrl-z']],
	] as const)('%j %j', (input, key, expected) => {
		expect(keyNames(input, key)).toEqual(expected);
	});
});

describe('pastedNames: what a note, filter or search field takes of a bracketed paste', () => {
	test.each([
		['ab', 'ab'],
		// Never submitted: a line break is a space, and so is a tab; keys other than text are dropped.
		['ab\r', 'ab '],
		['\rab\r\ncd\t e', 'ab cd e'],
	])('%j → %j', (input, expected) => {
		const shown = pastedNames(keyNames(input, {})).map(name =>
			name === 'space' ? ' ' : name,
		);
		expect(shown.join('')).toBe(expected);
		expect(pastedNames(['up', 'a', 'escape', 'b'])).toEqual(['a', 'b']);
	});
});

test('pastedNames: a paste in several events (split at an escape sequence) keeps its spaces, none at its start', () => {
	expect(pastedNames(['space', 'b'], 'text')).toEqual(['space', 'b']);
	expect(pastedNames(['space', 'b'], 'space')).toEqual(['b']);
	expect(pastedNames(['space', 'b'])).toEqual(['b']);
	expect(pastedSoFar(['a'], 'nothing')).toBe('text');
	expect(pastedSoFar(['a', 'space'], 'nothing')).toBe('space');
	expect(pastedSoFar([], 'text')).toBe('text');
});

describe('typedNames: what a note, filter or search field takes of one read', () => {
	test.each([
		// Typed, or one line pasted with its Enter: submitted; what follows an Enter is not taken as keys.
		['ab', 'ab'],
		['ab\r', 'ab\r'],
		['\rbe', '\r'],
		// Several lines pasted: one line, not submitted; blank lines and a last line break add nothing.
		['ab\rcd', 'ab cd'],
		['ab\r\ncd\r\n', 'ab cd'],
		['ab \r\r cd', 'ab  cd'],
	])('%j → %j', (input, expected) => {
		const shown = typedNames(keyNames(input, {})).map(name =>
			name === 'space' ? ' ' : name === 'return' ? '\r' : name,
		);
		expect(shown.join('')).toBe(expected);
	});
});

test('typedNames: Ctrl+C or Ctrl+Z right after the Enter of a line typed is kept, the line submitted first', () => {
	expect(typedNames(keyNames('ab\r\u0003', {}))).toEqual([
		'a',
		'b',
		'return',
		'ctrl-c',
	]);
	expect(typedNames(keyNames('\r\u001A', {}))).toEqual(['return', 'ctrl-z']);
	// Pasted without bracketed paste, the control character is still not text.
	expect(pastedNames(keyNames('a\u0003b', {}))).toEqual(['a', 'b']);
});

describe('the keymap', () => {
	test('category and priority keys come from the lists', () => {
		const keymap = createKeymap({
			categories: [
				...defaultCategories,
				{name: 'INFRA', key: 'i', description: 'CI machines'},
			],
			priorities: [
				{name: 'P0', key: '1', description: ''},
				{name: 'P1', key: '2', description: ''},
			],
		});
		const list = compileKeymap(keymap).get('list')!;
		expect(list.get('i')).toEqual({type: 'category', category: 'INFRA'});
		expect(list.get('b')).toEqual({type: 'category', category: 'BUG'});
		expect(list.get('1')).toEqual({type: 'priority', priority: 'P0'});
		expect(list.get('3')).toBeUndefined();
		expect(hintsFor(keymap, 'list')[2]).toEqual({
			keys: 'b/c/e/t/u/i',
			label: 'category',
			isEssential: false,
			isDecision: true,
		});
	});

	test('a category cannot shadow a built-in key, and the conflict is reported', () => {
		const keymap = createKeymap({
			categories: [{name: 'EXTERNAL', key: 'x', description: ''}],
		});
		expect(compileKeymap(keymap).get('list')!.get('x')).toEqual({
			type: 'previewCluster',
		});
		expect(keyConflicts(keymap)).toEqual([
			'key x is taken by cluster.apply; category.EXTERNAL cannot use it',
		]);
		expect(keyConflicts(defaultKeymap)).toEqual([]);
	});

	test('every mode has a way out', () => {
		const compiled = compileKeymap(defaultKeymap);
		for (const mode of modes) {
			const table = compiled.get(mode)!;
			const isLeavable =
				mode === 'list'
					? table.get('q')?.type === 'quit'
					: table.get('escape')?.type === 'back';
			expect(isLeavable, mode).toBe(true);
		}
	});

	test('the keys the screen reserves include the core list (categories.ts)', () => {
		const reserved = reservedKeysOf();
		const missing = [...reservedKeys].filter(
			key => !reserved.has(key) && !/\d/.test(key),
		);
		expect(missing.filter(key => key !== '!')).toEqual([]);
	});

	test('user overrides by binding id', () => {
		const keymap = withOverrides(defaultKeymap, {
			'category.BUG': ['B'],
			'move.down': ['down', 'J'],
			'no.such': ['Q'],
		});
		const list = compileKeymap(keymap).get('list')!;
		expect(list.get('B')).toEqual({type: 'category', category: 'BUG'});
		expect(list.get('b')).toBeUndefined();
		expect(list.get('J')).toEqual({type: 'move', delta: 1});
		expect(list.get('j')).toBeUndefined();
	});

	test('footer hints: grouped keys, one key each, help and quit essential', () => {
		const hints = hintsFor(defaultKeymap, 'list');
		expect(hints.slice(0, 3).map(hint => `${hint.keys} ${hint.label}`)).toEqual(
			['j/k move', '1/2/3 priority', 'b/c/e/t/u category'],
		);
		expect(
			hints.filter(hint => hint.isEssential).map(hint => hint.label),
		).toEqual(['help', 'quit']);
		expect(displayKey('pagedown')).toBe('PgDn');
	});
});

describe('the README key table', () => {
	test('has a section per mode from the keymap', () => {
		const table = renderKeyTable();
		expect(table).toContain('**Failure list**');
		expect(table).toContain('| `↓` `j` | next failure |');
		expect(table).toContain(
			'| `b` | decide BUG, save, go to the next undecided failure |',
		);
		expect(table).toContain('**Typing a filter (F)**');
	});

	test('README.md holds exactly the generated table (node --import=tsx source/review/keymap/print-keys.ts)', () => {
		const readme = fs.readFileSync('README.md', 'utf8');
		const start = readme.indexOf(keyTableStart);
		const end = readme.indexOf(keyTableEnd);
		expect(start, 'README.md has no <!-- keys --> marker').toBeGreaterThan(-1);
		expect(end, 'README.md has no <!-- /keys --> marker').toBeGreaterThan(
			start,
		);
		expect(readme.slice(start, end + keyTableEnd.length) + '\n').toBe(
			keyTableBlock(),
		);
	});
});
