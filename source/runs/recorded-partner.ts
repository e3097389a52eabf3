/**
A console log and the JUnit XML pytest wrote in the same run, recorded by two commands (`triage history record
run.log`, then `… run.xml`; or `triage run.log` on day 1, `triage report run.xml` after), were two runs: the
history listed the run twice, the XML (its end time from its timestamp) before the log, and the log's run was
judged against its own XML, every failure "still failing", never "new". Given together they are one run
(`group.ts`, `same-run.ts`). This module finds, for one log read alone, the other half of its run among the runs
recorded last, each from one log of the other format: the caller reads that log again and joins the two when
`whyNotSameRun` finds nothing they disagree on, as when both are given. Recorded, the pair takes the lone run's
place (`dropPartsOf` in history/recording.ts).
*/
import fs from 'node:fs';
import path from 'node:path';
import type {Run} from '../log/model.js';
import {groupRuns, type LogSessions} from './group.js';
import type {RunHistory} from './history/api.js';
import type {RecordedRun} from './history/records.js';
import {readLogs, type ReadLog, type ReadLogsOptions} from './read-logs.js';

/** How many of the runs recorded last are looked at: the other half is recorded right before or after. */
export const partnerWindow = 8;

/** A recorded run that may be the other half of `run`'s, and where its one log is now. */
export type PartnerCandidate = {
	readonly file: string;
	/** Its run's key in the history: the log read again must still be that log (`hash#1`). */
	readonly key: string;
};

function failing(counts: Run['counts']): number {
	return counts.failed + counts.error;
}

/**
The logs, newest first, that may be the other half of `run` (the one session of the one log given): runs among the
last `partnerWindow` recorded from one log of the other format (a console log for an XML, an XML for a console log)
with as many failing tests, of the same rootdir where both name one, whose log is still on disk (its name read from
the triage file's folder, else from the current one).
*/
export function partnerCandidates(
	run: Run,
	recorded: readonly RecordedRun[],
	folders: readonly string[],
): PartnerCandidate[] {
	const other =
		run.format === 'pytest'
			? 'junit'
			: run.format === 'junit'
				? 'pytest'
				: undefined;
	if (other === undefined || run.source === '-') {
		return [];
	}

	const given = path.resolve(run.source);
	const candidates: PartnerCandidate[] = [];
	for (const each of recorded.slice(-partnerWindow).toReversed()) {
		const [log] = each.logs;
		if (
			each.format !== other ||
			each.logs.length !== 1 ||
			log === undefined ||
			!each.key.endsWith('#1') ||
			failing(each.counts) !== failing(run.counts) ||
			(each.rootdir !== undefined &&
				run.header.rootdir !== undefined &&
				each.rootdir !== run.header.rootdir)
		) {
			continue;
		}

		const file = folders
			.map(folder => path.resolve(folder, log))
			.find(
				where =>
					where !== given &&
					fs.statSync(where, {throwIfNoEntry: false})?.isFile() === true,
			);
		if (file !== undefined) {
			candidates.push({file, key: each.key});
		}
	}

	return candidates;
}

/** How far a console log's last write may come before its XML's end: clocks and rounding. */
const clockSlack = 120_000;

/**
Whether the console log was last written before `xmlEnd`, when its JUnit XML's run ended: then it is another
run's (yesterday's log and today's XML of a suite whose messages carry nothing volatile agree on everything
else). pytest writes the XML before the log's final line, and a copy of the log is newer still; an XML whose
time is read in the wrong zone (no zone in it) may keep a pair apart, never join two runs.
*/
function isWrittenBefore(
	consoleLog: Read,
	xmlEnd: string | undefined,
): boolean {
	const modified = fs.statSync(consoleLog.log, {
		throwIfNoEntry: false,
	})?.mtimeMs;
	return (
		xmlEnd !== undefined &&
		modified !== undefined &&
		modified + clockSlack < Date.parse(xmlEnd)
	);
}

/** A log read, as `readLogs` gives it (only what this module needs). */
type Read = {
	readonly log: string;
	readonly sessions: readonly Run[];
	readonly clock?: LogSessions['clock'];
	readonly stored?: {readonly hash: string};
};

/**
The one log given (`given`, one session) with the other half of its run read again (`read`), in the order the
two are joined (the console log first), and the line that says so; undefined when no recorded run is its other
half. A candidate whose log changed since it was recorded (another hash), or that disagrees with it anywhere
(`whyNotSameRun`), is not.
*/
export async function withRecordedPartner<Log extends Read>(
	given: Log,
	recorded: readonly RecordedRun[],
	folders: readonly string[],
	read: (file: string) => Promise<Log | undefined>,
): Promise<{logs: Log[]; warning: string} | undefined> {
	const [run] = given.sessions;
	if (run === undefined || given.sessions.length !== 1) {
		return undefined;
	}

	for (const candidate of partnerCandidates(run, recorded, folders)) {
		// One at a time: the first that agrees is the one.
		const partner = await read(candidate.file).catch(() => undefined);
		if (
			partner?.stored === undefined ||
			`${partner.stored.hash}#1` !== candidate.key ||
			partner.sessions.length !== 1
		) {
			continue;
		}

		const logs = run.format === 'pytest' ? [given, partner] : [partner, given];
		if (isWrittenBefore(logs[0]!, logs[1]!.sessions[0]!.endedAt)) {
			continue;
		}

		const [joined, ...more] = groupRuns(logs);
		if (joined?.junitXml !== undefined && more.length === 0) {
			return {
				logs,
				warning: `${given.log} is one run with ${partner.log}, recorded before as a run of its own (a console log and the JUnit XML pytest wrote with it): read together, and recorded as one run in its place`,
			};
		}
	}

	return undefined;
}

/** The runs recorded last (`partnerWindow`), oldest first; none when the history cannot say (its failures are told later). */
export async function recordedLately(
	history: Pick<RunHistory, 'list'> | undefined,
): Promise<RecordedRun[]> {
	try {
		return history ? await history.list(partnerWindow) : [];
	} catch {
		return [];
	}
}

/**
`withRecordedPartner` on what `readLogs` read (`logs`): only one log given alone has a partner, read again as
the given one was (`read`, hashed and named from the current folder).
*/
export async function withPartnerRecordedLately(
	logs: readonly ReadLog[],
	lately: readonly RecordedRun[],
	options: {
		readonly folders: readonly string[];
		readonly read: Pick<ReadLogsOptions, 'keepIn' | 'earlier' | 'now'>;
	},
): Promise<{logs: ReadLog[]; warning: string} | undefined> {
	const [given] = logs;
	if (given === undefined || logs.length !== 1 || lately.length === 0) {
		return undefined;
	}

	return withRecordedPartner(given, lately, options.folders, async file => {
		const again = await readLogs({
			...options.read,
			logs: [path.relative(process.cwd(), file) || file],
		});
		return again.logs[0];
	});
}
