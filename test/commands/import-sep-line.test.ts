/**
A CSV whose first line is `sep=,` or `sep=;` (written by tools that target Excel, which reads the line as the separator's
name): it names the separator and is no record. Before, import said "not valid CSV: Invalid Record Length: expect
2, got 22 on line 2". Edited as a spreadsheet saves it too: a byte-order mark, CRLF, the columns reordered.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parse} from 'csv-parse/sync';
import {stringify} from 'csv-stringify/sync';
import {describe, expect, test} from 'vitest';
import {runCli} from '../cli-helpers.js';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-sep-'));
const log = path.resolve('fixtures/real/jinja-skew-tb-short/run.log.gz');

function exported(triage: string): string[][] {
	const result = runCli(['export', log, '--csv', '-', '--triage', triage], {
		cwd: directory,
	});
	expect(result.status).toBe(0);
	const records: string[][] = parse(result.stdout);
	return records;
}

describe('import of a CSV that starts with sep=,', () => {
	test('the line is skipped, the rows keep their line numbers, the edit is imported', () => {
		const triage = path.join(directory, 'triage.jsonl');
		const [header, ...rows] = exported(triage);
		const category = header!.indexOf('Category');
		rows[0]![category] = rows[0]![category] === 'BUG' ? 'UNKNOWN' : 'BUG';
		// The columns in reverse order, as a person who moved them would save them.
		const reordered = [header!, ...rows].map(record => record.toReversed());
		const file = path.join(directory, 'edited.csv');
		fs.writeFileSync(
			file,
			`\uFEFFsep=,\r\n${stringify(reordered, {record_delimiter: '\r\n'})}`,
		);
		const result = runCli(['import', 'edited.csv', log, '--triage', triage], {
			cwd: directory,
		});
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		// The first row is on line 3, after sep=, and the header.
		expect(result.stdout).toMatch(/^edited\.csv:3: /);
		expect(result.stdout).toContain('Imported 1 decision');
		expect(exported(triage)[1]![category]).toBe(rows[0]![category]);
	});

	test('a file a European Excel saved (semicolons, sep=; or not) imports as the comma-separated one', () => {
		for (const first of ['sep=;\r\n', '']) {
			const triage = path.join(directory, `semicolons-${first.length}.jsonl`);
			const [header, ...rows] = exported(triage);
			const category = header!.indexOf('Category');
			rows[0]![category] = rows[0]![category] === 'BUG' ? 'UNKNOWN' : 'BUG';
			const file = path.join(directory, 'semicolons.csv');
			fs.writeFileSync(
				file,
				`\uFEFF${first}${stringify([header!, ...rows], {delimiter: ';', record_delimiter: '\r\n'})}`,
			);
			const result = runCli(
				['import', 'semicolons.csv', log, '--triage', triage],
				{
					cwd: directory,
				},
			);
			expect(result.stderr).toBe('');
			expect(result.status).toBe(0);
			expect(result.stdout).toMatch(
				first === '' ? /^semicolons\.csv:2: / : /^semicolons\.csv:3: /,
			);
			expect(result.stdout).toContain('Imported 1 decision');
			expect(exported(triage)[1]![category]).toBe(rows[0]![category]);
		}
	});

	test('Excel\'s "Unicode Text" (UTF-16 with its byte-order mark, tabs between the columns) imports too', () => {
		const triage = path.join(directory, 'unicode-text.jsonl');
		const [header, ...rows] = exported(triage);
		const category = header!.indexOf('Category');
		rows[0]![category] = rows[0]![category] === 'BUG' ? 'UNKNOWN' : 'BUG';
		const text = stringify([header!, ...rows], {
			delimiter: '\t',
			record_delimiter: '\r\n',
		});
		const file = path.join(directory, 'unicode-text.txt');
		fs.writeFileSync(file, Buffer.from(`\uFEFF${text}`, 'utf16le'));
		const result = runCli(
			['import', 'unicode-text.txt', log, '--triage', triage],
			{cwd: directory},
		);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Imported 1 decision');
		expect(exported(triage)[1]![category]).toBe(rows[0]![category]);
	});

	test('UTF-16 without its mark, or Latin-1, is said to be neither UTF-8 nor UTF-16', () => {
		const file = path.join(directory, 'latin1.csv');
		fs.writeFileSync(
			file,
			Buffer.from('Node ID,Note\r\na,caf\u00E9\r\n', 'latin1'),
		);
		const result = runCli(['import', 'latin1.csv'], {cwd: directory});
		expect(result.status).toBe(2);
		expect(result.stderr).toBe(
			'triage: latin1.csv: not UTF-8 or UTF-16 text (save the spreadsheet as "CSV UTF-8")\n',
		);
	});
});
