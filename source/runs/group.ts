/**
Logs into runs. One log can hold several pytest sessions (a CI script that runs pytest, then `pytest
--lf`); several logs can be shards of one run (pytest-split groups, a CI matrix). This module decides
which is which, from plain data: the sessions each log held, in the order the logs were given.
*/

import {isFailureOutcome, type RetryResult, type Run} from '../log/model.js';
import {mergeShards, shardsName} from './merge.js';
import type {RunClock} from './run-clock.js';
import {joinWithXml, noTestAlike, whyNotSameRun} from './same-run.js';
import {sharedIds, sharesTests} from './shared-tests.js';

/** What one log held: its pytest sessions, in order. */
export type LogSessions = {
	readonly log: string;
	readonly sessions: readonly Run[];
	/** When and where its last session ran, as far as the log says (to tell a log and its own JUnit XML). */
	readonly clock?: RunClock;
	/** The pid of another triage that was writing the log (a `.partial` followed), and records its run. */
	readonly keeper?: number;
	/** That triage was ended before its run did, and the log it left could not be kept in its place: why. */
	readonly keeperGone?: string;
};

/** `auto` tells shards from successive runs by their tests; the others force one reading. */
export type GroupMode = 'auto' | 'shards' | 'runs';

/** A log's sessions as runs: a session that only re-ran the run before's failures is its retry. */
export function runsOfLog(sessions: readonly Run[]): Run[] {
	const runs: Run[] = [];
	for (const session of sessions) {
		const previous = runs.at(-1);
		if (previous && isRetryOf(session, previous)) {
			runs[runs.length - 1] = withRetry(previous, session);
		} else {
			runs.push(session);
		}
	}

	return runs;
}

/**
A session re-ran the run before's failures when pytest says so (`--lf`), or when every test it ran
failed in that run (a retry script that passes the failed ids).
*/
export function isRetryOf(session: Run, run: Run): boolean {
	if (session.header.lastFailed) {
		return true;
	}

	const failing = new Set<string>();
	for (const result of run.tests) {
		if (isFailureOutcome(result.outcome)) {
			failing.add(result.id);
		}
	}

	for (const failure of run.failures) {
		failing.add(failure.id);
	}

	if (failing.size === 0 || session.tests.length === 0) {
		return false;
	}

	return session.tests.every(result => failing.has(result.id));
}

function withRetry(run: Run, session: Run): Run {
	const attempt =
		(run.retries ?? []).reduce(
			(highest, retry) => Math.max(highest, retry.attempt),
			0,
		) + 1;
	const retries: RetryResult[] = [...(run.retries ?? [])];
	for (const result of session.tests) {
		retries.push({...result, attempt});
	}

	return {
		...run,
		retries,
		warnings: [
			...run.warnings,
			...session.warnings.map(warning => ({
				line: warning.line,
				message: `re-run session ${attempt}: ${warning.message}`,
			})),
		],
	};
}

function rootdirsAgree(a: Run, b: Run): boolean {
	const first = a.header.rootdir;
	const second = b.header.rootdir;
	return first === undefined || second === undefined || first === second;
}

/**
Logs given together, oldest first, into runs oldest first. `auto`: pytest-split's group markers decide
when every log has one; otherwise consecutive logs whose tests are disjoint and whose rootdir agrees are
shards of one run, and a log that shares tests with the shards before it starts the next run.
*/
export function groupRuns(
	logs: readonly LogSessions[],
	mode: GroupMode = 'auto',
): Run[] {
	return groupedRuns(logs, mode).runs;
}

/** The runs `groupRuns` makes, and why the shards it merged cannot be one run, if they cannot. */
export type GroupedRuns = {
	readonly runs: Run[];
	/**
	`auto` only: a console log and a JUnit XML that are not one run's (their counts, outcomes or errors disagree,
	or they name no test alike) and were merged as shards of one run all the same, in a line that says so. Two
	suites' files given together (`export a.log b.xml`) read that way: a person means a log with its XML.
	*/
	readonly notOneRun?: string;
	/** `auto` only: a line for each console log and JUnit XML next to each other read as two runs, and why. */
	readonly warnings?: readonly string[];
};

export function groupedRuns(
	logs: readonly LogSessions[],
	mode: GroupMode = 'auto',
): GroupedRuns {
	if (mode === 'runs' || logs.length < 2) {
		return {runs: logs.flatMap(log => runsOfLog(log.sessions))};
	}

	const {perLog, clocks} = joinLogsWithXml(logs);

	if (mode === 'shards') {
		// Forced: each log's sessions line up by position (a retry already folded into its run).
		const longest = Math.max(...perLog.map(runs => runs.length));
		const runs: Run[] = [];
		for (let index = 0; index < longest; index++) {
			const shards = perLog
				.map(runs => runs[index])
				.filter((run): run is Run => run !== undefined);
			runs.push(shards.length === 1 ? shards[0]! : mergeShards(shards));
		}

		return {runs};
	}

	const marked = perLog.every(
		runs => runs.length === 1 && runs[0]!.header.shard !== undefined,
	);
	if (marked) {
		return {runs: groupByMarkers(perLog.map(runs => runs[0]!))};
	}

	const runs: Run[] = [];
	let group: Run[] = [];
	let notOneRun: string | undefined;
	const flush = () => {
		if (group.length > 0) {
			runs.push(group.length === 1 ? group[0]! : mergeShards(group));
		}

		notOneRun ??= whyNotShards(group, clocks);

		group = [];
	};

	for (const logRuns of perLog) {
		// A log of several runs is a sequence of its own: it is no shard.
		if (logRuns.length !== 1) {
			flush();
			runs.push(...logRuns);
			continue;
		}

		const run = logRuns[0]!;
		const joins =
			group.length > 0 &&
			rootdirsAgree(group[0]!, run) &&
			!group.some(shard => sharesTests(shard, run));
		if (!joins) {
			flush();
		}

		group.push(run);
	}

	flush();
	const warnings = logAndXmlAsRuns(runs, clocks);
	return {
		runs,
		...(notOneRun !== undefined && {notOneRun}),
		...(warnings.length > 0 && {warnings}),
	};
}

/** A console log's run alone: no JUnit XML joined to it, no other shard merged in. */
function isLogAlone(run: Run): boolean {
	return run.format === 'pytest' && run.junitXml === undefined && !run.shards;
}

/** A JUnit XML's run alone: no other shard merged in. */
function isXmlAlone(run: Run): boolean {
	return run.format === 'junit' && !run.shards;
}

/** A console log alone (no XML joined) and a JUnit XML alone: the log first, or undefined. */
function logAndXml(first: Run, second: Run): {log: Run; xml: Run} | undefined {
	if (isLogAlone(first) && isXmlAlone(second)) {
		return {log: first, xml: second};
	}

	return isLogAlone(second) && isXmlAlone(first)
		? {log: second, xml: first}
		: undefined;
}

/** Runs next to each other that are a console log and a JUnit XML not of one run: a line each, saying why. */
function logAndXmlAsRuns(
	runs: readonly Run[],
	clocks: ReadonlyMap<Run, RunClock | undefined>,
): string[] {
	const lines: string[] = [];
	for (let index = 1; index < runs.length; index++) {
		const pair = logAndXml(runs[index - 1]!, runs[index]!);
		if (pair === undefined) {
			continue;
		}

		const why =
			whyNotSameRun(
				{run: pair.log, clock: clocks.get(pair.log)},
				{run: pair.xml, clock: clocks.get(pair.xml)},
			) ?? 'they share tests';
		lines.push(
			`${pair.xml.source} is not the JUnit XML of ${pair.log.source} (${why}): read as two runs of the suite`,
		);
	}

	return lines;
}

/** A console log alone and a JUnit XML alone in one group of shards: the line that says they are not one run. */
function whyNotShards(
	group: readonly Run[],
	clocks: ReadonlyMap<Run, RunClock | undefined>,
): string | undefined {
	const log = group.find(run => isLogAlone(run));
	const xml = group.find(run => isXmlAlone(run));
	if (log === undefined || xml === undefined) {
		return undefined;
	}

	const why =
		whyNotSameRun(
			{run: log, clock: clocks.get(log)},
			{run: xml, clock: clocks.get(xml)},
		) ?? 'they disagree';
	// One run's log and XML whose ids are written otherwise (`--pyargs`, a rootdir below the tests) cannot be joined
	// either: the log alone is the run.
	return why === noTestAlike
		? `${log.source} and ${xml.source} agree in their counts but name no test alike (ids written another way, as with --pyargs, cannot be joined): give the log alone, or pass --shards if they are shards of one run`
		: `${log.source} and ${xml.source} are not one run's console log and JUnit XML (${why}): give two suites' files in commands of their own, or pass --shards if they are shards of one run`;
}

/**
Successive runs that look like two projects' logs given together: one line for each run whose rootdir differs
from the run's before it and that shares no test with it (`triage report jinja.log redis.log`). They are
compared all the same (a suite can move), but a person should know why every failure of the second is `new`.
*/
export function unrelatedRuns(runs: readonly Run[]): string[] {
	const lines: string[] = [];
	for (let index = 1; index < runs.length; index++) {
		const earlier = runs[index - 1]!;
		const run = runs[index]!;
		if (rootdirsAgree(earlier, run) || sharesTests(earlier, run)) {
			continue;
		}

		lines.push(
			`${run.source} ran in ${run.header.rootdir!} and ${earlier.source} in ${earlier.header.rootdir!}, and they share no test: compared as successive runs of one suite all the same (give another project's logs in a command of their own)`,
		);
	}

	return lines;
}

/** A run `--shards` merged from logs that share tests, and the line that says so. */
export type NotShards = {
	/** Its place in what `groupRuns(logs, 'shards')` returns. */
	readonly run: number;
	readonly message: string;
};

/**
`--shards` on logs that share tests: each run so merged whose logs hold a test in more than one of them (each
log's report of it is counted, so the totals are wrong), or none. Logs that share tests are successive runs, not
shards: such a run is not recorded in the history, where it took the place of the runs of its logs read before
(day 1 and day 2 recorded, then `export day1.log day2.log --shards` left one run of both). Logs line up by session
as `groupRuns` lines them up.
*/
export function sharedShardTests(logs: readonly LogSessions[]): NotShards[] {
	if (logs.length < 2) {
		return [];
	}

	const {perLog} = joinLogsWithXml(logs);
	const longest = Math.max(...perLog.map(runs => runs.length));
	const lines: NotShards[] = [];
	for (let index = 0; index < longest; index++) {
		const shards = perLog
			.map(runs => runs[index])
			.filter((run): run is Run => run !== undefined);
		const shared = new Set<string>();
		for (const [at, shard] of shards.entries()) {
			for (const later of shards.slice(at + 1)) {
				for (const id of sharedIds(shard, later)) {
					shared.add(id);
				}
			}
		}

		if (shared.size > 0) {
			const count = shared.size;
			lines.push({
				run: index,
				message: `--shards: ${shardsName(shards.map(shard => shard.source))} share ${count} test${count === 1 ? '' : 's'}, so they are not shards of one run and the totals count ${count === 1 ? 'it' : 'them'} more than once (not recorded in the run history); without --shards they are read as successive runs`,
			});
		}
	}

	return lines;
}

/**
A console log and the JUnit XML pytest wrote in the same run as one log of one run: next to each other (either
first), or, where logs were given by kind (`triage report logs/*.log xml/*.xml`), the XML with the first log
not yet joined that agrees with it. Logs of several sessions and pairs that disagree anywhere stay as they are
(see same-run.ts).
*/
function joinLogsWithXml(logs: readonly LogSessions[]): {
	perLog: Run[][];
	/** Each log's one run not joined, with its log's clock. */
	clocks: Map<Run, RunClock | undefined>;
} {
	const perLog: Array<Run[] | undefined> = logs.map(log =>
		runsOfLog(log.sessions),
	);
	const clocked = (index: number) => ({
		run: perLog[index]![0]!,
		clock: logs[index]!.clock,
	});
	const isSingle = (index: number, format: string) =>
		perLog[index]?.length === 1 && perLog[index][0]!.format === format;
	const join = (logIndex: number, xmlIndex: number): boolean => {
		if (whyNotSameRun(clocked(logIndex), clocked(xmlIndex)) !== undefined) {
			return false;
		}

		perLog[logIndex] = [
			joinWithXml(perLog[logIndex]![0]!, perLog[xmlIndex]![0]!),
		];
		perLog[xmlIndex] = undefined;
		return true;
	};

	const joined = new Set<number>();
	const consoleLogs = perLog.flatMap((_, index) =>
		isSingle(index, 'pytest') ? [index] : [],
	);
	const xmlLogs = perLog.flatMap((_, index) =>
		isSingle(index, 'junit') ? [index] : [],
	);
	// Given by kind, every console log then every XML (or the other way round): the first with the first, and on.
	const isByKind =
		consoleLogs.length > 1 &&
		consoleLogs.length === xmlLogs.length &&
		(consoleLogs.at(-1)! < xmlLogs[0]! || xmlLogs.at(-1)! < consoleLogs[0]!);
	if (isByKind) {
		for (const [position, logIndex] of consoleLogs.entries()) {
			if (join(logIndex, xmlLogs[position]!)) {
				joined.add(logIndex);
			}
		}
	}

	if (!isByKind) {
		for (let index = 0; index + 1 < perLog.length; index++) {
			const [logIndex, xmlIndex] = isSingle(index, 'junit')
				? [index + 1, index]
				: [index, index + 1];
			if (
				isSingle(logIndex, 'pytest') &&
				isSingle(xmlIndex, 'junit') &&
				join(logIndex, xmlIndex)
			) {
				joined.add(logIndex);
				index++;
			}
		}
	}

	for (let xmlIndex = 0; xmlIndex < perLog.length; xmlIndex++) {
		if (!isSingle(xmlIndex, 'junit')) {
			continue;
		}

		for (let logIndex = 0; logIndex < perLog.length; logIndex++) {
			if (
				!joined.has(logIndex) &&
				isSingle(logIndex, 'pytest') &&
				join(logIndex, xmlIndex)
			) {
				joined.add(logIndex);
				break;
			}
		}
	}

	const clocks = new Map<Run, RunClock | undefined>();
	for (const [index, runs] of perLog.entries()) {
		if (runs?.length === 1) {
			clocks.set(runs[0]!, logs[index]!.clock);
		}
	}

	return {
		perLog: perLog.filter((runs): runs is Run[] => runs !== undefined),
		clocks,
	};
}

/** pytest-split: logs with the same group count are one run; a missing group makes it incomplete. */
function groupByMarkers(runs: readonly Run[]): Run[] {
	const result: Run[] = [];
	let group: Run[] = [];
	const flush = () => {
		if (group.length === 0) {
			return;
		}

		const of = group[0]!.header.shard!.of;
		const present = new Set(group.map(run => run.header.shard!.group));
		const missing: number[] = [];
		for (let index = 1; index <= of; index++) {
			if (!present.has(index)) {
				missing.push(index);
			}
		}

		const merged = group.length === 1 ? group[0]! : mergeShards(group);
		result.push(
			missing.length === 0
				? merged
				: {
						...merged,
						complete: false,
						warnings: [
							...merged.warnings,
							{
								line: 0,
								message: `shard group${missing.length === 1 ? '' : 's'} ${missing.join(', ')} of ${of} not given: the tests in ${missing.length === 1 ? 'it' : 'them'} did not run here`,
							},
						],
					},
		);
		group = [];
	};

	for (const run of runs) {
		const {group: index, of} = run.header.shard!;
		const first = group[0];
		if (
			first &&
			(first.header.shard!.of !== of ||
				group.some(other => other.header.shard!.group === index))
		) {
			flush();
		}

		group.push(run);
	}

	flush();
	return result;
}
