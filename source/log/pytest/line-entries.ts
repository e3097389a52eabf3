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
			: report.state.failedEntry === undefined,
	);
	for (const [index, entry] of lineEntries.entries()) {
		const report = open[index];
		if (report?.subtest) {
			report.subtest.entry = entry;
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

/** The failed reports in the short summary's order, then the failed tests it does not name (in the table's). */
function inReportOrder(
	failed: readonly TestState[],
	summaryFailed: readonly FailedReport[],
): FailedReport[] {
	if (summaryFailed.length === 0) {
		return failed.map(state => ({state}));
	}

	const seen = new Set<unknown>();
	const ordered = summaryFailed.filter(report => {
		const key = report.subtest ?? report.state;
		if (seen.has(key)) {
			return false;
		}

		seen.add(key);
		return report.subtest !== undefined || report.state.outcome === 'failed';
	});
	const named = new Set(
		ordered.filter(report => !report.subtest).map(report => report.state),
	);
	return [
		...ordered,
		...failed.filter(state => !named.has(state)).map(state => ({state})),
	];
}
