import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {
	compare,
	describeComparison,
	fromTsv,
	recordedFiles,
	suggestionsOf,
	toTsv,
	type Suggested,
} from './acceptance/compare.js';

const row = (overrides: Partial<Suggested>): Suggested => ({
	file: 'fixtures/a/run.log',
	id: 'tests/test_a.py::test_a',
	phase: 'call',
	occurrence: 0,
	rule: 'value-mismatch',
	category: 'BUG',
	priority: 'HIGH',
	...overrides,
});

describe('the before/after comparison of every recorded failing report (compare.ts)', () => {
	test('a TSV reads back what was written, tabs and line feeds in ids included', () => {
		const rows = [
			row({}),
			row({id: 'tests/test_a.py::test_b[a\tb\nc\\d]', occurrence: 1}),
		];
		expect(fromTsv(toTsv(rows))).toEqual(rows);
	});
	test('a file that is not its TSV is refused', () => {
		expect(() => fromTsv('file\tid\n')).toThrow(/header/);
	});
	test('reports whose rule, category or priority changed, and reports on one side only', () => {
		const before = [
			row({}),
			row({id: 'tests/test_a.py::test_b'}),
			row({id: 'tests/test_a.py::test_c'}),
			row({id: 'tests/test_a.py::test_d'}),
		];
		const after = [
			row({}),
			row({id: 'tests/test_a.py::test_b', rule: 'raised-in-app'}),
			row({id: 'tests/test_a.py::test_c', priority: 'MEDIUM'}),
			row({id: 'tests/test_a.py::test_e'}),
		];
		const comparison = compare(before, after);
		expect(comparison.changed.map(({after}) => after.id)).toEqual([
			'tests/test_a.py::test_b',
			'tests/test_a.py::test_c',
		]);
		expect(comparison.onlyBefore.map(({id}) => id)).toEqual([
			'tests/test_a.py::test_d',
		]);
		expect(comparison.onlyAfter.map(({id}) => id)).toEqual([
			'tests/test_a.py::test_e',
		]);
		const text = describeComparison(comparison);
		expect(text).toContain('4 failing reports before, 4 after; 2 changed');
		expect(text).toContain(
			'1 of the changed have another category or priority; 1 changed rule only',
		);
		expect(compare(before, before).changed).toEqual([]);
	});
	test('records every failing report of the logs and XML in a folder, with paths relative to the root', async () => {
		const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'compare-'));
		try {
			fs.mkdirSync(path.join(folder, 'a'));
			fs.copyFileSync(
				path.join(import.meta.dirname, 'acceptance/holdout-26.xml'),
				path.join(folder, 'a/run.xml'),
			);
			fs.writeFileSync(path.join(folder, 'a/notes.md'), 'not a log\n');
			fs.writeFileSync(path.join(folder, 'a/broken.log'), '\0\0\0');
			const files = recordedFiles([folder]);
			expect(files.map(file => path.relative(folder, file))).toEqual([
				path.join('a', 'broken.log'),
				path.join('a', 'run.xml'),
			]);
			const {rows, unreadable} = await suggestionsOf(files, folder);
			expect(unreadable).toBe(1);
			expect(rows).toHaveLength(62);
			expect(new Set(rows.map(({file}) => file))).toEqual(
				new Set(['a/run.xml']),
			);
			expect(
				rows.find(({id}) => id.endsWith('::test_mast_stalls')),
			).toMatchObject({
				phase: 'call',
				category: 'ENVIRONMENT',
			});
		} finally {
			fs.rmSync(folder, {recursive: true, force: true});
		}
	});
});
