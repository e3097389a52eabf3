/**
`triage history`: the runs remembered beside the triage file. `history` lists them, `history forget ID`
drops one, `history record LOG…` records old logs (oldest first) without opening the review.
*/

import fs from 'node:fs';
import process from 'node:process';
import {isOutageShare} from '../classify/flaky.js';
import {sanitizeLine} from '../log/sanitize.js';
import {Output} from '../output.js';
import {
	hasNoTest,
	historyFolderOf,
	historyPathOf,
	ownKeptCopy,
} from '../runs/history/use.js';
import {isLogWithItsXml, pairedShards, shardCount} from '../runs/merge.js';
import {shownPath} from '../runs/read-logs.js';
import {
	HistoryError,
	HistoryStore,
	type RecordedRun,
} from '../runs/history/store.js';
import type {RunHistory} from '../runs/history/api.js';
import {openSession, type Session, type SessionOptions} from '../session.js';
import {storeOf, triagePathOf} from '../open-decisions.js';
import {UsageError} from '../usage-error.js';
import {plural} from '../text.js';
import {replacedPartsText} from './replaced-parts.js';

export type HistoryFlags = {
	readonly triage?: string;
	readonly rules?: string;
	readonly store?: string;
	readonly who?: string;
	readonly grouping?: SessionOptions['grouping'];
	readonly outageThreshold?: number;
};

/**
The logs read together, as every command reads them (shards of one run merged, the rest runs, oldest first),
so that the session records their runs; the decisions are only read. Its warnings go to stderr. What
`triage record` and `triage history record` share.
*/
export async function recordLogs(
	logs: readonly string[],
	flags: HistoryFlags,
): Promise<Session> {
	const session = await openSession({
		logs,
		...(flags.triage !== undefined && {triage: flags.triage}),
		...(flags.rules !== undefined && {rules: flags.rules}),
		...(flags.store !== undefined && {store: flags.store}),
		...(flags.who !== undefined && {who: flags.who}),
		grouping: flags.grouping ?? 'auto',
		isRecordOnly: true,
		// It records runs; the decisions are only read: a big triage file's snapshot is not written.
		isReadOnly: true,
	});
	await session.close();
	for (const warning of session.warnings) {
		process.stderr.write(`triage: warning: ${sanitizeLine(warning)}\n`);
	}

	return session;
}

/** `2026-12-01 06:00`, in UTC as recorded. */
function when(iso: string): string {
	return iso.slice(0, 16).replace('T', ' ');
}

/** A count in pytest's own words: `6 failed`, `1 error`, `6 errors` (only `error` takes a plural). */
export function countOf(count: number, outcome: string): string {
	return `${count} ${outcome}${outcome === 'error' && count !== 1 ? 's' : ''}`;
}

/** A run's counts as `triage history` and `triage record` say them: passed, then every other outcome it has. */
export function countsText(counts: RecordedRun['counts']): string {
	return [
		`${counts.passed} passed`,
		...(['failed', 'error', 'skipped', 'xfailed', 'xpassed', 'rerun'] as const)
			.filter(outcome => counts[outcome] > 0)
			.map(outcome => countOf(counts[outcome], outcome)),
	].join(', ');
}

/**
Most tests of the run failed at once, by its counts as pytest gave them (reports: a teardown error counts
twice, where the review counts tests), so that the outage a report names can be found here and forgotten.
*/
export function isOutageRun(
	counts: RecordedRun['counts'],
	outageThreshold?: number,
): boolean {
	const failing = counts.failed + counts.error;
	const ran = counts.passed + failing + counts.xfailed + counts.xpassed;
	return isOutageShare(failing, ran, outageThreshold);
}

/**
One line per run: what `triage history` prints; `idWidth` digits for the number, so that #9 and #10 line up.
`outageThreshold` as `--outage-threshold` gives it.
*/
export function formatRunLine(
	run: RecordedRun,
	idWidth = 0,
	outageThreshold?: number,
): string {
	const logs = run.logs.map(log => shownPath(log));
	// A log joined with its JUnit XML keeps the log's name; shards are named for their logs, each with the JUnit
	// XML given after it (which the history knows by its name alone) counted as that shard's.
	const isLogWithXml =
		run.format === 'pytest' && isLogWithItsXml(run.source, run.logs);
	const paired =
		logs.length > 1 && !isLogWithXml
			? pairedShards(
					logs,
					log => run.format === 'pytest' && /\.xml$/i.test(log),
				)
			: undefined;
	// Shards are two at least: a console log and a JUnit XML that are not one run's are two shards (of disjoint
	// tests), not one shard with its XML.
	const shards =
		paired !== undefined && paired.length < 2
			? logs.map(log => ({log}))
			: paired;
	const source = isLogWithXml
		? `${logs[0]!} and its JUnit XML ${logs[1]!}`
		: shards
			? `${shardCount(shards)}: ${shards.map(shard => shard.log).join(' + ')}`
			: (logs[0] ?? run.source);
	const flags = [
		...(run.session === undefined ? [] : [`session ${run.session} of its log`]),
		...(run.retried ? ['its failures re-run by a later session'] : []),
		...(run.complete ? [] : ['INCOMPLETE']),
		...(isOutageRun(run.counts, outageThreshold)
			? ['OUTAGE: most tests failed at once']
			: []),
	];
	return sanitizeLine(
		`${`#${run.id}`.padEnd(idWidth + 1)}  ${when(run.recordedAt)}  ${source}  ${countsText(run.counts)}${flags.length > 0 ? `  (${flags.join(', ')})` : ''}`,
	);
}

/** The size of `file`: 0 when there is none, undefined when it cannot be told (opening it says why). */
function sizeOf(file: string): number | undefined {
	try {
		return fs.statSync(file, {throwIfNoEntry: false})?.size ?? 0;
	} catch {
		return undefined;
	}
}

async function openStore(
	triagePath: string,
	readonly: boolean,
	flags: HistoryFlags,
): Promise<RunHistory | undefined> {
	const url = storeOf(flags);
	if (url !== undefined) {
		const {openStoreHistory} = await import('../store/history.js');
		return openStoreHistory(url, {now: () => new Date(), triagePath});
	}

	const file = historyPathOf(triagePath);
	const folder = historyFolderOf(triagePath);
	if (fs.existsSync(folder) && !fs.statSync(folder).isDirectory()) {
		throw new UsageError(
			`${shownPath(folder)} is a file, not a folder: move it away and triage makes the folder again`,
		);
	}

	// Nothing recorded yet: no file, or an empty one (a first record cut short, on a full disk).
	if (readonly && sizeOf(file) === 0) {
		return undefined;
	}

	try {
		return HistoryStore.open(file, {now: () => new Date(), readonly});
	} catch (error) {
		// A history that cannot be read is bad input (exit 2); a full or read-only disk, or a lock another process
		// holds, is a runtime failure (exit 1).
		if (error instanceof HistoryError && error.isRuntimeProblem) {
			throw error;
		}

		throw new UsageError((error as HistoryError).message);
	}
}

export async function historyCommand(
	input: readonly string[],
	flags: HistoryFlags,
): Promise<number> {
	const [action, ...rest] = input;
	const triagePath = triagePathOf(flags);
	const output = new Output('-');
	try {
		switch (action) {
			case undefined:
			case 'list': {
				if (rest.length > 0) {
					throw new UsageError(
						`history list takes nothing after it, got ${sanitizeLine(rest[0]!)} (to read a log: triage report LOG)`,
					);
				}

				const store = await openStore(triagePath, true, flags);
				let runs: RecordedRun[];
				try {
					runs = (await store?.list()) ?? [];
				} finally {
					await store?.close();
				}

				if (runs.length === 0) {
					output.write(
						`no runs recorded ${store?.file.startsWith('store ') ? `in the ${sanitizeLine(store.file)}` : `beside ${flags.triage ?? 'triage.jsonl'}`} yet: every command that reads a log records it (or: triage record LOG…)\n`,
					);
					return 0;
				}

				// A loop, not a spread: a history of a few years of CI runs has more runs than a call takes arguments.
				let idWidth = 0;
				for (const run of runs) {
					idWidth = Math.max(idWidth, String(run.id).length);
				}

				for (const run of runs) {
					output.write(
						`${formatRunLine(run, idWidth, flags.outageThreshold)}\n`,
					);
				}

				output.write(`${plural(runs.length, 'run')}, oldest first\n`);
				return 0;
			}

			case 'forget': {
				const ids = rest.map(text => {
					const id = Number(text.replace(/^#/, ''));
					if (!Number.isInteger(id) || id <= 0) {
						throw new UsageError(
							`history forget needs run numbers as \`triage history\` lists them (#3 or 3), got ${sanitizeLine(text)}`,
						);
					}

					return id;
				});
				if (ids.length === 0) {
					throw new UsageError(
						'history forget needs a run number (see triage history)',
					);
				}

				const store = (await openStore(triagePath, false, flags))!;
				try {
					// Every number is checked first: one typo forgets nothing, not the runs named before it.
					const listed = await store.list();
					const known = new Set(listed.map(run => run.id));
					const missing = [...new Set(ids)].filter(id => !known.has(id));
					if (missing.length > 0) {
						throw new UsageError(
							`no run ${missing.map(id => `#${id}`).join(', ')} in the history (see triage history)${ids.length > missing.length ? ': nothing forgotten' : ''}`,
						);
					}

					for (const id of new Set(ids)) {
						const {isForgotten, unusedKept} = await store.forget(id);
						for (const kept of unusedKept) {
							const own = ownKeptCopy(kept, triagePath);
							if (own !== undefined) {
								fs.rmSync(own, {force: true});
							}
						}

						if (!isForgotten) {
							throw new UsageError(
								`no run #${id} in the history (see triage history)`,
							);
						}

						output.write(`forgot run #${id}\n`);
					}
				} finally {
					await store.close();
				}

				return 0;
			}

			case 'record': {
				if (rest.length === 0) {
					throw new UsageError('history record needs LOG… (oldest first)');
				}

				const session = await recordLogs(rest, flags);
				if (session.historyState !== 'writable') {
					throw new HistoryError(
						`nothing recorded: the run history ${session.historyState === 'readonly' ? 'is read-only' : 'cannot be used'} (see the warning above)`,
					);
				}

				const already = session.recordedRuns.filter(
					recorded => recorded !== undefined && !recorded.isNew,
				).length;
				const empty = session.runs.filter(
					(run, index) =>
						session.recordedRuns[index] === undefined && hasNoTest(run),
				).length;
				const replaced = session.recordedRuns.flatMap(
					recorded => recorded?.replacedParts ?? [],
				);
				output.write(
					`${plural(session.recorded, 'run')} recorded, ${plural(already, 'run')} already in the history${empty > 0 ? `, ${plural(empty, 'run')} with no test not recorded` : ''}${replaced.length > 0 ? `; ${replacedPartsText(replaced)}` : ''}\n`,
				);
				return 0;
			}

			default: {
				throw new UsageError(
					`history: unknown action ${sanitizeLine(action)} (list, forget ID…, record LOG…)`,
				);
			}
		}
	} finally {
		output.close();
	}
}
