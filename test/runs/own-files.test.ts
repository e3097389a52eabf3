/**
A file triage wrote, given where a LOG goes (`triage triage.jsonl`, `triage report failures.csv`), is named for
what it is, with the command that takes it, not refused as "not a test log".
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {readLogs} from '../../source/runs/read-logs.js';

let directory: string;

beforeEach(() => {
	directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-own-files-'));
});

afterEach(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

async function refusal(name: string, text: string): Promise<string> {
	const file = path.join(directory, name);
	fs.writeFileSync(file, text);
	try {
		await readLogs({logs: [file], now: () => new Date(), hash: false});
	} catch (error) {
		return (error as Error).message;
	}

	throw new Error(`${name} was read as a log`);
}

describe('a file triage wrote, given as a LOG', () => {
	test('the triage file says to pass it with --triage', async () => {
		expect(
			await refusal(
				'triage.jsonl',
				'{"triage":1,"created":"2026-11-23T10:00:00.000Z"}\n{"t":"clear","id":"a.py::t","at":"2026-11-23T10:00:00.000Z"}\n',
			),
		).toMatch(
			/triage\.jsonl: a triage file \(the decisions\), not a test log: name it with --triage FILE$/,
		);
	});

	test('an exported CSV (also with the BOM a spreadsheet adds) says that triage import reads it', async () => {
		const csv =
			'File,Test Name,Status,Category,Priority,Reason,Node ID\r\ntests/a.py,test_b,FAILED,BUG,HIGH,x,tests/a.py::test_b\r\n';
		for (const text of [csv, `\uFEFF${csv}`]) {
			expect(await refusal('failures.csv', text)).toMatch(
				/failures\.csv: a CSV from triage export, not a test log: triage import FILE\.csv reads it back$/,
			);
		}
	});

	test('any other text is still not a test log', async () => {
		expect(await refusal('notes.txt', 'shopping list\nmilk\n')).toMatch(
			/notes\.txt: not a test log/,
		);
	});
});
