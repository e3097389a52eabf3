/**
How the commands name a failure report in a line of output (`triage decide`'s `saved …`, `triage undo`'s lines).
*/
import type {ReportRef} from '../triage/journal.js';

/** A failure report in a line of output: the test id, and which error when it is not the call's. */
export function reportName(report: ReportRef): string {
	return report.phase === undefined || report.phase === 'call'
		? report.id
		: `${report.id} (${report.phase} error)`;
}
