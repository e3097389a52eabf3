/**
`--tb=line`: each FAILURES entry is one line (pytest 9: the report's `E` lines, then that line), with no test id; the
entries follow the order of the failed reports: the short summary's FAILED and SUBFAILED lines, else the progress
lines' (a test the summary names first as ERROR, a teardown error after its failed call, comes first in the table but
later among the failures).
*/
import type {Entry} from './failure-entry.js';
import type {HeaderInputs} from './headers.js';
import type {FailedReport} from './subtests.js';
import type {TestState} from './test-state.js';
import {claimOpenReportEntry, openWorkerReports} from './each-workers.js';

export function assignLineEntries(
	lineEntries: readonly Entry[],
	inputs: HeaderInputs,
): void {
	if (lineEntries.length === 0) {
		return;
	}

	const open = inReportOrder(
		inputs.tests.select(outcome => outcome === 'failed'),
		inputs.summaryFailed ?? [],
	).filter(report =>
		report.subtest
			? report.subtest.entry === undefined
			: report.isAgain || report.state.failedEntry === undefined,
	);
	for (const [index, entry] of lineEntries.entries()) {
		const report = open[index];
		if (report?.subtest) {
			report.subtest.entry = entry;
		} else if (report?.isAgain) {
			claimOpenReportEntry(report.state, entry);
		} else if (report) {
			report.state.failedEntry = entry;
		} else {
			inputs.warnings.push({
				line: entry.startLine,
				message: `a --tb=line failure with no test id in the log: ${entry.lineText ?? ''}`,
			});
		}
	}
}

/** A failed report; `isAgain`: a further FAILED report of a test, a report of its own (`workerReports`). */
type LineReport = FailedReport & {readonly isAgain?: boolean};

/**
The failed reports in the short summary's order, then the failed tests it does not name (in the table's). A test the
summary names again is there again while further failed reports of it wait for their entries (two items of one id, a
test that crashed two xdist workers).
*/
function inReportOrder(
	failed: readonly TestState[],
	summaryFailed: readonly FailedReport[],
): LineReport[] {
	if (summaryFailed.length === 0) {
		return failed.map(state => ({state}));
	}

	const seen = new Map<unknown, number>();
	const ordered: LineReport[] = [];
	for (const report of summaryFailed) {
		const key = report.subtest ?? report.state;
		const times = seen.get(key) ?? 0;
		seen.set(key, times + 1);
		if (report.subtest === undefined && report.state.outcome !== 'failed') {
			continue;
		}

		if (times === 0) {
			ordered.push(report);
		} else if (
			report.subtest === undefined &&
			times <= openWorkerReports(report.state, 'failed')
		) {
			ordered.push({state: report.state, isAgain: true});
		}
	}

	const named = new Set(
		ordered.filter(report => !report.subtest).map(report => report.state),
	);
	return [
		...ordered,
		...failed.filter(state => !named.has(state)).map(state => ({state})),
	];
}
