/**
The logs read, made the runs a session shows: shards merged or runs told apart (`group.ts`), in the order
they ran (`time-order.ts`), with the runs this process must not record and a line for each thing a user
should know of the grouping.
*/
import type {Run} from '../log/model.js';
import {shownPath} from '../shown-path.js';
import {UsageError} from '../usage-error.js';
import {
	groupedRuns,
	sharedShardTests,
	unrelatedRuns,
	type GroupMode,
	type LogSessions,
} from './group.js';
import {runningKeeperOf} from './stray-partials.js';
import {inTimeOrder} from './time-order.js';

export type RunsOfLogs = {
	/** Oldest first. */
	readonly runs: readonly Run[];
	/**
	Runs not to record: shards that share tests (so are no shards), and runs of a log another triage is
	still writing (that triage records them).
	*/
	readonly notRecorded: ReadonlySet<Run>;
	readonly warnings: readonly string[];
};

/** Throws UsageError for a console log and a JUnit XML that `auto` would merge as shards though they are not one run. */
export function runsOfLogs(
	logsRead: readonly LogSessions[],
	grouping: GroupMode | undefined,
): RunsOfLogs {
	const warnings: string[] = [];
	const {
		runs: grouped,
		notOneRun,
		warnings: groupWarnings = [],
	} = groupedRuns(logsRead, grouping);
	if (notOneRun !== undefined) {
		// Merged, their totals would be two suites' and the run history would keep a run that never was.
		throw new UsageError(notOneRun);
	}

	warnings.push(...groupWarnings);
	const notShards = grouping === 'shards' ? sharedShardTests(logsRead) : [];
	warnings.push(...notShards.map(item => item.message));
	const notRecorded = new Set(
		notShards.flatMap(item => grouped[item.run] ?? []),
	);
	const timed = inTimeOrder(grouped);
	const {runs} = timed;
	if (timed.warning !== undefined) {
		warnings.push(timed.warning);
	}

	for (const {log, keeper: keptBy, keeperGone} of logsRead) {
		// Read to its end, the `.partial` is renamed (`log` names the kept file): its triage still records the run.
		const keeper = keptBy ?? runningKeeperOf(log);
		if (keeper !== undefined) {
			warnings.push(
				keeperGone === undefined
					? `not recorded here: the triage keeping ${shownPath(log)} (pid ${keeper}) records its run`
					: `not recorded: the triage keeping ${shownPath(log)} (pid ${keeper}) was ended before its run, and the log could not be kept in its place (${keeperGone})`,
			);
			for (const run of runs) {
				if ((run.shards ?? [run.source]).includes(log)) {
					notRecorded.add(run);
				}
			}
		}
	}

	warnings.push(...unrelatedRuns(runs));
	return {runs, notRecorded, warnings};
}
