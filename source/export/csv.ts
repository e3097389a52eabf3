/**
The CSV export (`triage export --csv`): the final categorization for a spreadsheet, and the file
`triage import` reads back after a person edited it. The columns, the dialect and the guards on cells are
`source/csv.ts`'s; this module says what each row's cells hold.

With `all`, every test of the newest run has a row, in log order. Tests that did not fail get the
columns that describe the test (`File`, `Test Name`, `Status`, `Node ID`, `Area`, `Flaky`,
`Run Status`) and leave the triage columns empty: a passing test has nothing to decide, and an
old decision on it belongs to the failure it once was.

Every cell is written with `escapeControls` and, unless `raw`, `guardCell` (see `source/csv.ts`).
*/

import {isFlakyFailure} from '../classify/analyze.js';
import {runStatusText} from '../classify/history-text.js';
import {confirmationLabel} from '../classify/confirmation.js';
import {areaOf} from '../classify/area.js';
import type {TestHistory} from '../classify/flaky.js';
import {describeRerun, type RerunSummary} from '../classify/reruns.js';
import {
	csvColumns,
	formatCsvRecord,
	guardCell,
	idColumns,
	statusWords,
	testNameOfId,
} from '../csv.js';
import {
	fileOfId,
	isFailureOutcome,
	outcomes,
	type Run,
	type TestResult,
} from '../log/model.js';
import {escapeControls, escapeIdControls} from '../log/sanitize.js';
import {issueLinkOf} from '../triage/issue-link.js';
import {isErrorKnown, type Review, type ReviewRow} from '../triage/review.js';

export type CsvOptions = {
	/** Every test of the newest run, not only its failures. */
	readonly all?: boolean;
	/** No formula-injection guard: cells as the log and the journal have them (controls still escaped). */
	readonly raw?: boolean;
};

/** `Reason` of a row decided by a person. */
export const manualReason = 'Manual decision';

/** Excel's limit on the characters of one cell; a longer one would spill into the next rows. */
const maximumCell = 32_767;

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

function failureCells(
	row: ReviewRow,
	reruns: Reruns,
	analysis: Review['analysis'],
): string[] {
	const {issueUrl} = analysis;
	const {analyzed, decision} = row;
	const {failure} = analyzed;
	const issue = issueLinkOf(decision?.issue, issueUrl);
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
		yesNo(isFlakyFailure(analyzed)),
		runStatusText(analyzed.status, analysis.runs.length),
		// A failure whose error the log does not show is in no cluster (the report says so): all such share one id.
		isErrorKnown(failure) ? analyzed.cluster : '',
		decision?.at ?? '',
		failure.phase,
		rerunCell(reruns, failure.id),
		issue?.url ?? issue?.ref ?? '',
		(analyzed.owners ?? []).join(' '),
		confirmedCell(row),
		// Who decided, where the journal records it (a store, a file pulled from one); empty otherwise.
		decision?.by ?? '',
	];
}

/** The failure's confirmation (`R`), or the one its decision was made on. */
function confirmedCell(row: ReviewRow): string {
	const {confirmation} = row.analyzed;
	if (confirmation) {
		return confirmationLabel(confirmation);
	}

	return row.decision?.confirmed === undefined
		? ''
		: `${row.decision.confirmed} when decided`;
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
		'',
		'',
		'',
		'',
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
			yield failureCells(row, reruns, analysis);
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
			? failureCells(row, reruns, analysis)
			: testCells(test, flaky, fixed, reruns);
	}

	// Failures the log reported without a result line of their own (a truncated log) still count.
	for (const rows of pending.values()) {
		for (const row of rows) {
			yield failureCells(row, reruns, analysis);
		}
	}
}

/** Writes the CSV a row at a time: the header, then each record. */
export function writeCsv(
	review: Review,
	write: (text: string) => void,
	options: CsvOptions = {},
): void {
	write(formatCsvRecord(csvColumns));
	const cells: string[] = [];
	const isId = csvColumns.map(column => idColumns.has(column));
	for (const record of csvRecords(review, options)) {
		cells.length = 0;
		for (const [index, cell] of record.entries()) {
			const visible = isId[index]
				? escapeIdControls(cell)
				: escapeControls(cell);
			cells.push(options.raw ? visible : guardCell(visible));
		}

		write(formatCsvRecord(cells));
	}
}

/**
What `--all` cannot list: the tests pytest counted that the log does not name (a `-q` log names only its failures;
`-rA`'s `SKIPPED [1] tests/test_a.py:12: reason` names a file and a line, not a test, and counts alike skips of
several tests, parametrized ones too, as one line). One line for the export's warnings, or undefined when every
test counted has its row.
*/
export function unlistedTests(run: Run): string | undefined {
	const named = new Map<string, number>();
	const {tests} = run;
	for (let index = 0; index < tests.length; index++) {
		const outcome = tests.outcomeAt(index);
		named.set(outcome, (named.get(outcome) ?? 0) + 1);
	}

	const missing: string[] = [];
	let total = 0;
	for (const outcome of outcomes) {
		const count = run.counts[outcome] - (named.get(outcome) ?? 0);
		if (count > 0) {
			missing.push(`${count} ${outcome}`);
			total += count;
		}
	}

	if (total === 0) {
		return undefined;
	}

	const them = total === 1 ? 'it' : 'them';
	return `${total} test${total === 1 ? '' : 's'} pytest counted in ${run.source} ${total === 1 ? 'has' : 'have'} no row in the CSV (${missing.join(', ')}): the log does not name ${them} (a -q log names only its failures; a skip at collection, or on an -r summary line such as SKIPPED [1] tests/test_a.py:12, names a file, not a test). The JUnit XML pytest wrote in the same run names every test: triage export LOG XML --csv FILE --all`;
}
