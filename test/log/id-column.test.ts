import {describe, expect, test} from 'vitest';
import {IdColumn} from '../../source/log/id-column.js';

/** Ids that share starts of every length with the one before (front coding's shared bytes), some not at all. */
function idsOf(count: number): string[] {
	const ids: string[] = [];
	for (let index = 0; index < count; index++) {
		const file = `tests/pkg_${index % 7 === 0 ? index : Math.floor(index / 40)}/test_ü${Math.floor(index / 13)}.py`;
		const klass = index % 5 === 0 ? '' : `::TestK${Math.floor(index / 3)}`;
		const parameter =
			index % 2 === 0 ? '' : `[${'p'.repeat(index % 300)}-${index}]`;
		ids.push(`${file}${klass}::test_${index % 11}${parameter}`);
	}

	return ids;
}

describe('IdColumn', () => {
	const ids = idsOf(2000);
	const column = new IdColumn();
	for (const id of ids) {
		column.appendText(id);
	}

	test('gives back every id in order', () => {
		expect(ids.map((_, row) => column.idAt(row))).toEqual(ids);
	});

	test('gives back every id in any order (decoded back from the row, or on from the row before)', () => {
		let seed = 7;
		for (let step = 0; step < 5000; step++) {
			seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
			const row = seed % ids.length;
			expect(column.idAt(row)).toBe(ids[row]);
			if (row + 1 < ids.length) {
				expect(column.idAt(row + 1)).toBe(ids[row + 1]);
			}
		}
	});

	test('says how many bytes each id shares with the one before', () => {
		for (let row = 1; row < ids.length; row++) {
			const shared = column.sharedAt(row);
			const before = Buffer.from(ids[row - 1]!);
			const own = Buffer.from(ids[row]!);
			expect(own.subarray(0, shared).equals(before.subarray(0, shared))).toBe(
				true,
			);
		}
	});
});

describe('IdColumn past its first chunk', () => {
	// ~2.6 MB of ids, little of it shared: the first chunk fills at 1 MiB and the ids go on in the next.
	const ids = Array.from(
		{length: 24_000},
		(_, index) =>
			`tests/t${index}/test_${(index * 7919).toString(36)}.py::test_${'q'.repeat(index % 97)}[${index}]`,
	);
	const column = new IdColumn();
	for (const id of ids) {
		column.appendText(id);
	}

	test('gives back every id, in order and from any row', () => {
		expect(ids.map((_, row) => column.idAt(row))).toEqual(ids);
		for (let step = 0; step < 3000; step++) {
			const row = (step * 7919) % ids.length;
			expect(column.idAt(row)).toBe(ids[row]);
		}
	});
});

describe('IdColumn made with room for a number of rows', () => {
	test('holds fewer or more ids than it was made for', () => {
		const ids = idsOf(700);
		for (const rows of [0, 1, 300, 100_000]) {
			const column = new IdColumn(rows);
			for (const id of ids) {
				column.appendText(id);
			}

			column.trim();
			expect(ids.map((_, row) => column.idAt(row))).toEqual(ids);
		}
	});
});
