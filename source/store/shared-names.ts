/**
How a team's store names the logs of the runs it records: from the triage file's folder (`run.log`,
`logs/nightly.log`, `.triage/logs/stdin-….log`), a log outside that folder by its file name alone. Everyone who
shares the store reads these names: this machine's absolute paths (`/home/ada/Downloads/run.log`) are no one
else's, and said where each person's files are. Runs recorded (`triage record`) and pushed (`store push`) alike.
*/
import type {RunRecord} from '../runs/history/records.js';
import {runShared} from '../triage/journal/run-path.js';

/** `record` with its source, its logs and their kept copies named as the store keeps them. */
export function sharedRecord(record: RunRecord, triagePath: string): RunRecord {
	return {
		...record,
		source: runShared(record.source ?? record.run.source, triagePath),
		logs: record.logs.map(log => ({
			...log,
			path: runShared(log.path, triagePath),
			...(log.kept !== undefined && {kept: runShared(log.kept, triagePath)}),
		})),
	};
}
