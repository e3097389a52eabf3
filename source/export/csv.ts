/**
The CSV export (`triage export --csv`): the final categorization for a spreadsheet, and the file
`triage import` reads back after a person edited it.

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

With `all`, every test of the newest run has a row, in log order. Tests that did not fail get the
columns that describe the test (`File`, `Test Name`, `Status`, `Node ID`, `Area`, `Flaky`,
`Run Status`) and leave the triage columns empty: a passing test has nothing to decide, and an
old decision on it belongs to the failure it once was.

Control characters: every cell is written with `escapeControls` (tab and LF kept; CR, ESC, C1
controls, bidi and zero-width characters as `\x0d`, `\x9b`, `\u202e`), so that `--csv -` is inert in a
terminal and nothing hides in a cell.

Formula injection: a cell that begins with `=`, `+`, `-`, `@`, tab or carriage return, or their
fullwidth forms, also after leading whitespace (NBSP and U+3000 too), quotes, zero-width characters
or a BOM (importers trim those), gets a leading `'`, which spreadsheets show as text (unless `raw`).
So that `triage import` can undo the guard exactly, a cell that begins with `'` followed by such a
start gets one more `'`.
*/

import {stringify, type Options as StringifyOptions} from 'csv-stringify/sync';
import {areaOf} from '../classify/area.js';
import type {TestHistory} from '../classify/flaky.js';
import {describeRerun, type RerunSummary} from '../classify/reruns.js';
import {
	fileOfId,
	isFailureOutcome,
	type Outcome,
	type TestResult,
} from '../log/model.js';
import {escapeControls} from '../log/sanitize.js';
import type {Review, ReviewRow} from '../triage/review.js';

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
] as const;

export type CsvColumn = (typeof csvColumns)[number];

export type CsvOptions = {
	/** Every test of the newest run, not only its failures. */
	readonly all?: boolean;
	/** No formula-injection guard: cells as the log and the journal have them (controls still escaped). */
	readonly raw?: boolean;
};

/** pytest's own words for each outcome, as its `-v` lines print them. */
export const statusWords: Readonly<Record<Outcome, string>> = {
	passed: 'PASSED',
	failed: 'FAILED',
	error: 'ERROR',
	skipped: 'SKIPPED',
	xfailed: 'XFAIL',
	xpassed: 'XPASS',
};

/** `Reason` of a row decided by a person. */
export const manualReason = 'Manual decision';

/** Excel's limit on the characters of one cell; a longer one would spill into the next rows. */
const maximumCell = 32_767;

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

function yesNo(value: boolean): string {
	return value ? 'yes' : 'no';
}

function clip(text: string): string {
	return text.length > maximumCell
		? `${text.slice(0, maximumCell - 1)}…`
		: text;
}

function reasonOf(row: ReviewRow): string {
	const {decision} = row;
	if (!decision) {
		return row.analyzed.suggestion.reason;
	}

	const head = row.isStale
		? `${manualReason} (made before the error changed)`
		: manualReason;
	return decision.note ? `${head}: ${decision.note}` : head;
}

type Reruns = ReadonlyMap<string, RerunSummary>;

function rerunCell(reruns: Reruns, id: string): string {
	const summary = reruns.get(id);
	return summary ? describeRerun(summary) : '';
}

function failureCells(row: ReviewRow, reruns: Reruns): string[] {
	const {analyzed, decision} = row;
	const {failure} = analyzed;
	return [
		fileOfId(failure.id),
		testNameOfId(failure.id),
		statusWords[failure.outcome],
		row.category,
		row.priority,
		clip(reasonOf(row)),
		failure.id,
		analyzed.area,
		clip(failure.headline),
		row.source,
		clip(decision?.note ?? ''),
		yesNo(row.isStale),
		yesNo(analyzed.flaky.isFlaky),
		analyzed.status,
		analyzed.cluster,
		decision?.at ?? '',
		failure.phase,
		rerunCell(reruns, failure.id),
	];
}

function testCells(
	test: TestResult,
	flaky: ReadonlyMap<string, TestHistory>,
	fixed: ReadonlySet<string>,
	reruns: Reruns,
): string[] {
	return [
		fileOfId(test.id),
		testNameOfId(test.id),
		statusWords[test.outcome],
		'',
		'',
		'',
		test.id,
		areaOf(test.file || fileOfId(test.id)),
		'',
		'',
		'',
		'',
		yesNo(flaky.has(test.id)),
		fixed.has(test.id) ? 'fixed' : '',
		'',
		'',
		isFailureOutcome(test.outcome) ? test.phase : '',
		rerunCell(reruns, test.id),
	];
}

/** The rows' cells, unguarded, in column order. */
export function* csvRecords(
	review: Review,
	options: Pick<CsvOptions, 'all'> = {},
): Generator<string[]> {
	const {analysis} = review;
	const reruns = new Map(analysis.reruns.map(summary => [summary.id, summary]));
	if (!options.all) {
		for (const row of review.rows) {
			yield failureCells(row, reruns);
		}

		return;
	}

	// A test with a call failure and a teardown error has two reports and two rows: take them in order.
	const pending = new Map<string, ReviewRow[]>();
	for (const row of review.rows) {
		const {id} = row.analyzed.failure;
		const queue = pending.get(id);
		if (queue) {
			queue.push(row);
		} else {
			pending.set(id, [row]);
		}
	}

	const flaky = new Map(analysis.flaky.map(history => [history.id, history]));
	const fixed = new Set(analysis.fixed.map(history => history.id));
	for (const test of analysis.run.tests) {
		const row = isFailureOutcome(test.outcome)
			? pending.get(test.id)?.shift()
			: undefined;
		yield row
			? failureCells(row, reruns)
			: testCells(test, flaky, fixed, reruns);
	}

	// Failures the log reported without a result line of their own (a truncated log) still count.
	for (const rows of pending.values()) {
		for (const row of rows) {
			yield failureCells(row, reruns);
		}
	}
}

/** RFC 4180: CRLF between records, and quotes around any cell with a comma, a quote, CR or LF. */
const stringifyOptions: StringifyOptions = {
	record_delimiter: '\r\n',
	// With a CRLF record delimiter csv-stringify quotes only cells holding the pair; a lone CR or LF needs quotes too.
	quoted_match: /[\r\n]/,
};

/** Rows per `stringify` call: large enough to be fast, small enough to stream. */
const batchSize = 256;

/** Writes the CSV in pieces: the header, then batches of rows. */
export function writeCsv(
	review: Review,
	write: (text: string) => void,
	options: CsvOptions = {},
): void {
	write(stringify([[...csvColumns]], stringifyOptions));
	let batch: string[][] = [];
	for (const cells of csvRecords(review, options)) {
		const visible = cells.map(cell => escapeControls(cell));
		batch.push(options.raw ? visible : visible.map(cell => guardCell(cell)));
		if (batch.length >= batchSize) {
			write(stringify(batch, stringifyOptions));
			batch = [];
		}
	}

	if (batch.length > 0) {
		write(stringify(batch, stringifyOptions));
	}
}
