/**
An id holding ESC itself (pytest's `disable_test_id_escaping_and_forfeit_all_rights_to_community_support`) and
pytest's escaped id holding the text `\x1b` are written apart in the CSV and the Markdown, and read back apart.
*/

import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {runCli} from '../cli-helpers.js';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-escaped-ids-'));
const esc = '\u001B';
const names = [
	`test_x[${esc}]0;T\u0007]`,
	String.raw`test_x[\x1b]0;T\x07]`,
	'test_y[=1+2]',
];
const ids = names.map(name => `tests/t.py::${name}`);
const log = path.join(directory, 'run.log');
fs.writeFileSync(
	log,
	[
		'============================= test session starts ==============================',
		'collected 3 items',
		'',
		...ids.map(
			(id, index) => `${id} FAILED [${String((index + 1) * 33).padStart(3)}%]`,
		),
		'',
		'=================================== FAILURES ===================================',
		...names.flatMap(name => [
			`_____ ${name} _____`,
			'tests/t.py:3: in test_x',
			'    assert 0',
			'E   assert 0',
		]),
		'=========================== short test summary info ============================',
		...ids.map(id => `FAILED ${id} - assert 0`),
		'============================== 3 failed in 0.01s ===============================',
		'',
	].join('\n'),
);

const hasPython = spawnSync('python3', ['--version']).status === 0;

describe('an id holding ESC and pytest’s escaped id', () => {
	test('the JSON has both exactly', () => {
		const result = runCli(['export', log, '--json', '-'], {cwd: directory});
		const document = JSON.parse(result.stdout) as {
			runs: Array<{failures: Array<{id: string}>}>;
		};
		expect(document.runs[0]!.failures.map(failure => failure.id)).toEqual(ids);
	});

	test('the CSV writes them apart (a backslash before an escape’s text doubled), Python reads it, the formula guard holds', () => {
		const csv = path.join(directory, 'run.csv');
		expect(runCli(['export', log, '--csv', csv], {cwd: directory}).status).toBe(
			0,
		);
		const text = fs.readFileSync(csv, 'utf8');
		// Before: both `tests/t.py::test_x[\x1b]0;T\x07]`.
		expect(text).toContain(String.raw`,tests/t.py::test_x[\x1b]0;T\x07],`);
		expect(text).toContain(String.raw`,tests/t.py::test_x[\\x1b]0;T\\x07],`);
		expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
		if (hasPython) {
			const python = spawnSync(
				'python3',
				[
					'-c',
					'import csv,json,sys; rows=list(csv.DictReader(open(sys.argv[1],newline="",encoding="utf-8-sig"))); print(json.dumps([[r["Node ID"],r["Test Name"]] for r in rows]))',
					csv,
				],
				{encoding: 'utf8'},
			);
			expect(python.stderr).toBe('');
			expect(JSON.parse(python.stdout)).toEqual([
				[
					String.raw`tests/t.py::test_x[\x1b]0;T\x07]`,
					String.raw`test_x[\x1b]0;T\x07]`,
				],
				[
					String.raw`tests/t.py::test_x[\\x1b]0;T\\x07]`,
					String.raw`test_x[\\x1b]0;T\\x07]`,
				],
				['tests/t.py::test_y[=1+2]', 'test_y[=1+2]'],
			]);
		}
	});

	test('the Markdown shows them apart', () => {
		const result = runCli(['export', log, '--markdown', '-'], {
			cwd: directory,
		});
		expect(result.stdout).toContain(
			String.raw`| ${'`'}tests/t.py::test_x[\x1b]0;T\x07]${'`'} |`,
		);
		expect(result.stdout).toContain(
			String.raw`| ${'`'}tests/t.py::test_x[\\x1b]0;T\\x07]${'`'} |`,
		);
	});

	test('import reads each back as its own test', () => {
		const csv = path.join(directory, 'edited.csv');
		runCli(['export', log, '--csv', csv], {cwd: directory});
		const rows = fs.readFileSync(csv, 'utf8').split('\n');
		// The first failure TEST_DESIGN, the second ENVIRONMENT: each decision on its own test.
		rows[1] = rows[1]!.replace(
			/,[A-Z]+,(HIGH|MEDIUM|LOW),/,
			',TEST_DESIGN,HIGH,',
		);
		rows[2] = rows[2]!.replace(
			/,[A-Z]+,(HIGH|MEDIUM|LOW),/,
			',ENVIRONMENT,LOW,',
		);
		fs.writeFileSync(csv, rows.join('\n'));
		const imported = runCli(['import', csv, log], {cwd: directory});
		expect(imported.stderr).toBe('');
		expect(imported.status).toBe(0);
		const decided = new Map(
			fs
				.readFileSync(path.join(directory, 'triage.jsonl'), 'utf8')
				.trim()
				.split('\n')
				.slice(1)
				.map(line => JSON.parse(line) as {id: string; category: string})
				.map(decision => [decision.id, decision.category]),
		);
		expect(decided.get(ids[0]!)).toBe('TEST_DESIGN');
		expect(decided.get(ids[1]!)).toBe('ENVIRONMENT');
	});
});

describe('a message holding the text of an escape (Python’s repr of a colour code)', () => {
	const reprLog = path.join(directory, 'repr.log');
	const headline = String.raw`AssertionError: assert '\x1b[31mred' == 'red'`;
	fs.writeFileSync(
		reprLog,
		[
			'============================= test session starts ==============================',
			'collected 1 item',
			'',
			'tests/t.py::test_colour FAILED [100%]',
			'',
			'=================================== FAILURES ===================================',
			'_____ test_colour _____',
			'tests/t.py:3: in test_colour',
			String.raw`    assert paint('red') == 'red'`,
			`E   ${headline}`,
			'=========================== short test summary info ============================',
			`FAILED tests/t.py::test_colour - ${headline}`,
			'============================== 1 failed in 0.01s ===============================',
			'',
		].join('\n'),
	);

	test('the CSV and the Markdown show it as the log does: its backslash is not doubled (only an id’s is)', () => {
		const csv = runCli(['export', reprLog, '--csv', '-'], {cwd: directory});
		expect(csv.status).toBe(0);
		expect(csv.stdout).toContain(`,${headline},`);
		const markdown = runCli(['export', reprLog, '--markdown', '-'], {
			cwd: directory,
		});
		expect(markdown.status).toBe(0);
		// A table cell escapes Markdown's markup (`\\` is a backslash, `\[` a bracket): it renders as the log's text.
		expect(markdown.stdout).toContain(String.raw`'\\x1b\[31mred'`);
		expect(markdown.stdout).not.toContain(String.raw`\\\\x1b`);
	});
});
