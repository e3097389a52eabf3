/**
Exports written to a terminal (`--csv -`, `--json -`, `--markdown -`) carry no raw control, bidi or
zero-width character, and `triage import` still finds the tests whose ids held them.
*/

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {runCli} from '../cli-helpers.js';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-controls-'));
const ids = [
	'tests/test_c.py::test_bidi[a\u202Eb]',
	'tests/test_c.py::test_zero_width[x\u200By\uFEFF]',
	// As pytest writes a control into a parametrized id: escaped text, to be kept as it is.
	String.raw`tests/test_c.py::test_literal[\x1b\u202e]`,
];
const message =
	'AssertionError: back\bspace esc\u001B[2J csi\u009B2J osc\u009D0;title\u0007 zero\u2060width del\u007F ls\u2028ps\u2029 zwj\u200D';
const log = path.join(directory, 'controls.log');
fs.writeFileSync(
	log,
	[
		'============================= test session starts ==============================',
		'platform linux -- Python 3.12.1, pytest-8.3.2, pluggy-1.5.0',
		'rootdir: /tmp/controls',
		'collected 3 items',
		'',
		...ids.map(
			(id, index) => `${id} FAILED [${String((index + 1) * 33).padStart(3)}%]`,
		),
		'',
		'=========================== short test summary info ============================',
		...ids.map(id => `FAILED ${id} - ${message}`),
		'============================== 3 failed in 0.10s ===============================',
		'',
	].join('\n'),
);

/** Every character no output may carry raw; tab and LF (and CRLF in CSV) are allowed. */
const unsafe =
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060\u2066-\u2069\uFEFF]|\r(?!\n)/;

describe('exports make controls visible', () => {
	test('--csv -', () => {
		const result = runCli(['export', log, '--csv', '-'], {cwd: directory});
		expect(result.status).toBe(0);
		expect(result.stdout).not.toMatch(unsafe);
		expect(result.stdout).toContain(String.raw`test_bidi[a\u202eb]`);
		// The log reader strips ESC sequences; what is left of the controls shows as escapes.
		expect(result.stdout).toContain(
			String.raw`back\x08space esc csi\x9b2J osc\x9d0;title\x07`,
		);
		expect(result.stdout).toContain(
			String.raw`zero\u2060width del\x7f ls\u2028ps\u2029 zwj\u200d`,
		);
	});

	test('--json -: \\u escapes, and the same strings when parsed', () => {
		const result = runCli(['export', log, '--json', '-'], {cwd: directory});
		expect(result.status).toBe(0);
		expect(result.stdout).not.toMatch(unsafe);
		expect(result.stdout).toContain(String.raw`csi\u009b2J`);
		expect(result.stdout).toContain(String.raw`test_bidi[a\u202eb]`);
		const document = JSON.parse(result.stdout) as {
			runs: Array<{failures: Array<{id: string; headline: string}>}>;
		};
		const {failures} = document.runs[0]!;
		expect(failures.map(failure => failure.id)).toEqual(ids);
		expect(failures[0]!.headline).toContain('csi\u009B2J');
	});

	test('--markdown -', () => {
		const result = runCli(['export', log, '--markdown', '-'], {
			cwd: directory,
		});
		expect(result.status).toBe(0);
		expect(result.stdout).not.toMatch(unsafe);
		expect(result.stdout).toContain(String.raw`test_bidi[a\u202eb]`);
		// Outside code spans a backslash is escaped, so the rendered text reads `\x9b`.
		expect(result.stdout).toContain(String.raw`csi \\x9b2J`.replace(' ', ''));
	});

	test('report shows zero-width and bidi characters as <U+XXXX>', () => {
		const result = runCli(['report', log], {cwd: directory});
		expect(result.status).toBe(0);
		expect(result.stdout).not.toMatch(unsafe);
		expect(result.stdout).toContain('<U+200B>');
	});
});

describe('import reads back what export wrote', () => {
	test('ids with bidi and zero-width characters match their tests; an escaped id stays as written', () => {
		const csv = path.join(directory, 'edited.csv');
		const exported = runCli(['export', log, '--csv', csv], {cwd: directory});
		expect(exported.status).toBe(0);
		fs.writeFileSync(
			csv,
			fs.readFileSync(csv, 'utf8').replaceAll(',UNKNOWN,MEDIUM,', ',BUG,HIGH,'),
		);
		const imported = runCli(['import', csv, log], {cwd: directory});
		expect(imported.stderr).toBe('');
		expect(imported.status).toBe(0);
		const decided = fs
			.readFileSync(path.join(directory, 'triage.jsonl'), 'utf8')
			.trim()
			.split('\n')
			.slice(1)
			.map(line => (JSON.parse(line) as {id: string}).id);
		expect(decided).toEqual(ids);

		// The review sees the decisions: the export says BUG for all three.
		const again = runCli(['export', log, '--csv', '-'], {cwd: directory});
		expect(again.stdout.match(/,BUG,HIGH,/g)).toHaveLength(3);

		// Importing the same file again changes nothing: the notes and ids compare equal.
		const twice = runCli(['import', csv, log], {cwd: directory});
		expect(twice.status).toBe(0);
		expect(twice.stdout).toMatch(/nothing|no change|0 decisions/i);
	});
});
