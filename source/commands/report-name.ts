/**
How the commands name a failure report in a line of output (`triage decide`'s `saved …`, `triage undo`'s lines).
*/
import {namedId} from '../log/sanitize.js';
import type {ReportRef} from '../triage/journal.js';

/** A failure report in a line of output: the test id, and which error when it is not the call's. */
export function reportName(report: ReportRef): string {
	const id = namedId(report.id);
	return report.phase === undefined || report.phase === 'call'
		? id
		: `${id} (${report.phase} error)`;
}
