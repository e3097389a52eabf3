/**
The CSV that `triage export --csv` writes and `triage import` reads back after a person edited it in a
spreadsheet: its columns, the dialect (RFC 4180), and the guards on cells. `export/csv.ts` says what goes
in each cell; `triage/import.ts` reads the edits.

Columns, in this order (the first six are the old analyzer's, so existing spreadsheets keep working):

- `File`: the node id up to its first `::`; `Test Name`: the node id after it (empty for a
  collection error, whose node id is the file).
- `Status`: pytest's word for the outcome (`FAILED`, `ERROR`, `PASSED`, `SKIPPED`, `XFAIL`, `XPASS`).
- `Category`, `Priority`: the person's decision where there is one, else the rules' suggestion.
- `Reason`: why the row has that category, in words a spreadsheet reader understands without the
  other columns: the matching rule's reason for a suggestion; `Manual decision` for a decision,
  followed by `: ` and the note when there is one, and marked when the error changed since.
- `Node ID` (the key `triage import` uses), `Area`, `Headline` (the one-line error),
- `Source`: `manual`, `rule:<name>` or `default` (no rule matched),
- `Note` (the decision's), `Stale` (`yes` when the error changed since the decision), `Flaky`
  (`yes`/`no`), `Run Status` (`new`, `still failing`, `flaky`; `fixed` for a passing test that
  failed in the run before), `Cluster` (the signature hash: equal for identical errors),
  `Decided At` (ISO 8601; `triage import` uses it to tell whether the journal moved on since),
  `Phase` (`setup`, `call`, `teardown` or `collect`: which report of the test the row is; with the
  `Node ID`, the key `triage import` uses, since each report takes its own decision),
- `Reruns`: how the test fared when re-run, empty when it was not (`2 reruns, passed` from
  pytest-rerunfailures; `re-run 1: passed` from a later `--lf` session of the same log).
- `Issue`: the decision's issue link: its URL (the reference as a URL, or the rules file's `issueUrl`
  with the reference in it), else the reference as given (`JIRA-45`); empty when none. Read only:
  `triage import` leaves a decision's issue as it is (`triage decide --issue` changes it).
- `Owners`: the owners of the failure's test file in the repository's CODEOWNERS, space-separated as
  the file writes them (`@org/db-team @alice`); empty when none owns it, when there is no CODEOWNERS,
  and for a test that did not fail. A leading `@` starts a formula in a spreadsheet: such a cell gets
  the guard below (`'@org/db-team`) like any other, unless `--raw`.

- `Confirmed`: the failure run again N times (`R` in the review), when it was: `reproduced 5/5, same error
  (stable)`, `reproduced 2/5 (flaky)`, `reproduced 0/5, passed on every retry (passed on retry)`; else, when
  the decision was made on a confirmation of an earlier error, `2/5 when decided`; empty otherwise. Read only.

Control characters: every cell is written with `escapeControls` (tab and LF kept; CR, ESC, C1
controls, bidi and zero-width characters as `\x0d`, `\x9b`, `\u202e`), so that `--csv -` is inert in a terminal
and nothing hides in a cell; the id columns (`idColumns`) with `escapeIdControls`, which also doubles a backslash
before such an escape's text (`\\x1b` is the text, `\x1b` the ESC), so that two tests never read as one. Other
cells keep such text as the log shows it (a headline's `'\x1b[31m'`, Python's repr of a colour code).

Formula injection: a cell that begins with `=`, `+`, `-`, `@`, tab or carriage return, or their
fullwidth forms, also after leading whitespace (NBSP and U+3000 too), quotes, zero-width characters
or a BOM (importers trim those), gets a leading `'`, which spreadsheets show as text (unless `raw`).
So that `triage import` can undo the guard exactly, a cell that begins with `'` followed by such a
start gets one more `'`.
*/
import {Buffer} from 'node:buffer';
import {CsvError, parse} from 'csv-parse/sync';
import type {Outcome} from './log/model.js';

export const csvColumns = [
	'File',
	'Test Name',
	'Status',
	'Category',
	'Priority',
	'Reason',
	'Node ID',
	'Area',
	'Headline',
	'Source',
	'Note',
	'Stale',
	'Flaky',
	'Run Status',
	'Cluster',
	'Decided At',
	'Phase',
	'Reruns',
	'Issue',
	'Owners',
	'Confirmed',
	// Last, so that every column before keeps its place in existing spreadsheets.
	'Decided By',
] as const;

export type CsvColumn = (typeof csvColumns)[number];

/** The columns that hold a test's id or part of it: written with `escapeIdControls`. */
export const idColumns: ReadonlySet<CsvColumn> = new Set([
	'File',
	'Test Name',
	'Node ID',
]);

/** pytest's own words for each outcome, as its `-v` lines print them. */
export const statusWords: Readonly<Record<Outcome, string>> = {
	passed: 'PASSED',
	failed: 'FAILED',
	error: 'ERROR',
	skipped: 'SKIPPED',
	xfailed: 'XFAIL',
	xpassed: 'XPASS',
};

/**
What a spreadsheet may skip before a formula's first character (OWASP, CSV injection): whitespace
(space, tab, CR, LF, NBSP, U+3000 …), quotes, zero-width characters and a BOM. Includes `'` so that
a guarded cell (`'` + the cell) matches `hasGuard` and `unguardCell` stays the exact inverse.
*/
const skippable = String.raw`[\s'"\u200B-\u200D\u2060\uFEFF]*`;
/** What starts a formula: `= + - @`, tab and CR, and their fullwidth forms `＝ ＋ － ＠`. */
const trigger = String.raw`[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]`;
const needsGuard = new RegExp(`^${skippable}${trigger}`);
const hasGuard = new RegExp(`^'${skippable}${trigger}`);

/** A cell made safe to open in a spreadsheet: see the module comment. */
export function guardCell(value: string): string {
	return needsGuard.test(value) ? `'${value}` : value;
}

/** The inverse of `guardCell`: removes a `'` only where `guardCell` would have added it. */
export function unguardCell(value: string): string {
	return hasGuard.test(value) ? value.slice(1) : value;
}

/** The node id after the file and its `::` (empty when the id is only a file). */
export function testNameOfId(id: string): string {
	const index = id.indexOf('::');
	return index === -1 ? '' : id.slice(index + 2);
}

/**
RFC 4180: CRLF after every record, and quotes around a cell with a comma, a quote, CR or LF (a quote
inside doubled). Written here rather than by csv-stringify: a 50,000-failure export is a million cells.
*/
const needsQuotes = /[",\r\n]/;

/** One record as a CSV line, CRLF included. */
export function formatCsvRecord(cells: readonly string[]): string {
	let line = '';
	for (const [index, cell] of cells.entries()) {
		if (index > 0) {
			line += ',';
		}

		line += needsQuotes.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
	}

	return `${line}\r\n`;
}

/** Records as CSV text, in the dialect above (the header is a record like the others). */
export function formatCsv(records: ReadonlyArray<readonly string[]>): string {
	let text = '';
	for (const record of records) {
		text += formatCsvRecord(record);
	}

	return text;
}

export type ParsedRecord = {
	readonly record: string[];
	readonly line: number;
};

const lineFeed = 0x0a;
const carriageReturn = 0x0d;

/**
The records of a CSV, each with the 1-based line it starts on; or why it is not valid CSV, and where.
A byte-order mark (Excel's "CSV UTF-8"), a first line `sep=,` and blank lines are skipped.
*/
export function parseCsv(
	text: string,
	delimiter = ',',
): ParsedRecord[] | {readonly error: string; readonly line: number} {
	try {
		// A first line `sep=,` (tools that write for Excel) names the separator and is no record; blanked, not cut,
		// so that each record keeps the line it is on. Another separator's is left to say the file is not separated by it.
		const named = new RegExp(
			`^(\uFEFF?)sep=${escapeRegExp(delimiter)}[ \t]*(?=\r?\n|$)`,
		);
		return parseRecords(text.replace(named, '$1'), delimiter);
	} catch (error) {
		if (error instanceof CsvError) {
			const line = typeof error['lines'] === 'number' ? error['lines'] : 0;
			return {error: error.message, line};
		}

		throw error;
	}
}

function escapeRegExp(text: string): string {
	return text.replaceAll(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

function parseRecords(text: string, delimiter: string): ParsedRecord[] {
	const bytes = Buffer.from(text);
	const records: ParsedRecord[] = [];
	// csv-parse's own line count takes a CRLF inside a quoted cell for two lines: count line feeds here.
	let end = 0;
	let counted = 0;
	let lines = 1;
	parse(bytes, {
		// Excel's "CSV UTF-8" starts with a byte-order mark; and an editor may leave a blank last line.
		bom: true,
		delimiter,
		skipEmptyLines: true,
		onRecord(record: string[], context) {
			// The record starts after the previous one and any blank lines; `bytes` is where it ends.
			let start = end;
			while (bytes[start] === lineFeed || bytes[start] === carriageReturn) {
				start++;
			}

			for (; counted < start; counted++) {
				if (bytes[counted] === lineFeed) {
					lines++;
				}
			}

			records.push({record, line: lines});
			end = context.bytes;
			return null;
		},
	});
	return records;
}
