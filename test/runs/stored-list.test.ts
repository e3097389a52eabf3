import {Buffer} from 'node:buffer';
import {describe, expect, test} from 'vitest';
import {IdFinder} from '../../source/log/id-finder.js';
import {packList} from '../../source/runs/history/encode.js';
import {StoredList} from '../../source/runs/history/stored-list.js';

function stored(ids: readonly string[]): StoredList {
	return new StoredList(
		packList(Buffer.from(ids.join('\n'), 'utf8')),
		ids.length,
	);
}

describe('a test list read back from the history', () => {
	const ids = [
		'tests/test_a.py::test_one',
		'tests/test_a.py::test_two[Zürich]',
		'tests/test_a.py::test_two[東京]',
		'tests/test_b.py::TestX::test_y[a\\nb]',
		'',
		'tests/test_b.py::test_last',
	];

	test('gives each id back, by place and all at once, non-ASCII and empty ones included', () => {
		const list = stored(ids);
		expect(list.length).toBe(ids.length);
		expect(ids.map((_, index) => list.idAt(index))).toEqual(ids);
		expect(list.ids()).toEqual(ids);
	});

	test('finds the ids asked for by their bytes, and no other', () => {
		const list = stored(ids);
		const wanted = [ids[2]!, ids[5]!, 'tests/test_a.py::test_three', ''];
		const finder = new IdFinder(wanted);
		const found = ids.map((_, index) => list.findIn(finder, index));
		expect(found).toEqual([
			undefined,
			undefined,
			ids[2],
			undefined,
			'',
			ids[5],
		]);
		// The id found is the string asked with, not a copy decoded from the list.
		expect(found[2]).toBe(wanted[0]);
	});

	test('an empty list, and a list of one empty id (they pack the same), keep their lengths', () => {
		expect(stored([]).length).toBe(0);
		expect(stored([]).ids()).toEqual([]);
		const one = stored(['']);
		expect(one.length).toBe(1);
		expect(one.ids()).toEqual(['']);
	});

	test('a list of many ids, grown past its first table of places', () => {
		const many = Array.from(
			{length: 5000},
			(_, index) => `tests/test_${index % 7}.py::test_${index}`,
		);
		const list = stored(many);
		expect(list.length).toBe(5000);
		expect(list.idAt(0)).toBe(many[0]);
		expect(list.idAt(4999)).toBe(many[4999]);
		expect(list.ids()).toEqual(many);
	});

	test('a list that packs far tighter than lists do (inflated in several chunks, joined) reads back whole', () => {
		const padding = 'x'.repeat(300);
		const alike = Array.from(
			{length: 20_000},
			(_, index) => `tests/test_a.py::test_${padding}[${index % 3}]`,
		);
		const packed = packList(Buffer.from(alike.join('\n'), 'utf8'));
		// Three times what the one chunk sized from the packed bytes holds.
		expect(packed.length * 24 * 3).toBeLessThan(alike.join('\n').length);
		const list = new StoredList(packed, alike.length);
		expect(list.length).toBe(alike.length);
		expect(list.idAt(0)).toBe(alike[0]);
		expect(list.idAt(19_999)).toBe(alike[19_999]);
		expect(list.ids()).toEqual(alike);
	});
});
