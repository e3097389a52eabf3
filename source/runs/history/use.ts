/**
The history as a command uses it: the runs before the ones being read (for the run diff), then recording
those that are new. Every failure of the history is a warning here, never an error: the logs alone are
enough to work.
*/

import path from 'node:path';
import type {Analysis, EarlierError} from '../../classify/analyze.js';
import {signatureOf} from '../../classify/signature.js';
import type {Failure, Run} from '../../log/model.js';
import {otherKeys, runKey} from '../read-logs.js';
import {endedAfter} from '../time-order.js';
import type {EarlierLog} from '../content-hash.js';
import {knownFrom, knownRuns, type Known} from './known-runs.js';
import {suiteOf} from './same-suite.js';
import {historyErrorOf} from './problems.js';
import type {RunHistory} from './api.js';
import type {RecordedRun} from './records.js';
import type {ContextOptions} from './context.js';
import {
	historyFile,
	historyFolderOf,
	HistoryStore,
	type StoredLog,
} from './store.js';

export {lastOpened, rememberOpened} from './last-opened.js';
export {historyFolderOf, historyPathOf} from './store.js';

/**
The file of a kept copy of a log (`kept` as a history names it: absolute, or from the triage file's folder as a
team's store names it) when it is one of this triage file's own, in its `.triage/logs/`; undefined otherwise. A
store is shared: a kept copy it names may be another person's, in a folder of theirs that `history forget` here
must not touch, even where this machine has the same path.
*/
export function ownKeptCopy(
	kept: string,
	triagePath: string,
): string | undefined {
	const absoluteTriage = path.resolve(triagePath);
	const file = path.resolve(path.dirname(absoluteTriage), kept);
	return path.dirname(file) ===
		path.join(historyFolderOf(absoluteTriage), 'logs')
		? file
		: undefined;
}

export type Before = {
	readonly store: RunHistory | undefined;
	/** Earlier runs from the history, oldest first. */
	readonly context: Run[];
	/** Each run's id in the history when it was recorded before. */
	readonly known: ReadonlyArray<number | undefined>;
	readonly warnings: string[];
	/** The history could not be read (its warning says why): the context is empty for that, not for want of runs. */
	readonly isUnread?: boolean;
};

/** Open the history for writing, else for reading (a read-only disk), else not at all. */
export function openHistoryQuietly(
	folder: string,
	now: () => Date,
): {store: HistoryStore | undefined; warnings: string[]} {
	const file = path.join(folder, historyFile);
	try {
		return {store: HistoryStore.open(file, {now}), warnings: []};
	} catch (error) {
		const message = (error as Error).message;
		try {
			const store = HistoryStore.open(file, {now, readonly: true});
			return {
				store,
				warnings: [
					`run history read-only (${message}): runs read now are not recorded`,
				],
			};
		} catch {
			return {
				store: undefined,
				warnings: [
					`run history not used (${message}): working from the logs given alone`,
				],
			};
		}
	}
}

/** The hashes of the logs given, by path (a log still being read has none). */
export function hashesOf(
	stored: readonly StoredLog[],
): ReadonlyMap<string, string> {
	return new Map(
		stored.filter(log => log.hash !== '').map(log => [log.path, log.hash]),
	);
}

/** The logs the history recorded lately, for `readLogs` (`earlier`); none when it cannot say. */
export async function recentLogsQuietly(
	store: RunHistory | undefined,
): Promise<EarlierLog[]> {
	if (!store) {
		return [];
	}

	try {
		return await store.recentLogs();
	} catch {
		// The history's failures are told once, when the runs before are read.
		return [];
	}
}

/**
`recentLogs` of the SQLite history in `folder`, opened read-only and closed again; none when there is no
history yet, or one that cannot be read (the command warns about it once, when it reads the runs before).
*/
export function recentLogsIn(folder: string, now: () => Date): EarlierLog[] {
	return beforeReadIn(folder, now, 0).earlier;
}

/**
What a read needs of the SQLite history in `folder` before it starts, from one open: the logs read lately
(`recentLogsIn`) and, when `newest` is over 0, the runs recorded last (`recorded-partner.ts`).
*/
export function beforeReadIn(
	folder: string,
	now: () => Date,
	newest: number,
): {earlier: EarlierLog[]; lately: RecordedRun[]} {
	let store: HistoryStore | undefined;
	try {
		store = HistoryStore.open(path.join(folder, historyFile), {
			now,
			readonly: true,
		});
		const earlier = store.recentLogs();
		let lately: RecordedRun[] = [];
		try {
			lately = newest > 0 ? store.list(newest) : [];
		} catch {
			// Only a help to find a run's other half: the read goes on without it.
		}

		return {earlier, lately};
	} catch {
		return {earlier: [], lately: []};
	} finally {
		store?.close();
	}
}

export function runsBefore(
	folder: string,
	runs: readonly Run[],
	stored: readonly StoredLog[],
	options: {readonly now: () => Date; readonly window: number},
): Before {
	const {store, warnings} = openHistoryQuietly(folder, options.now);
	if (!store) {
		return {store, context: [], known: runs.map(() => undefined), warnings};
	}

	try {
		const logs = new Map(stored.map(log => [log.path, log]));
		const hashes = hashesOf(stored);
		const found = knownFrom(runs, logs, hashes, store);
		if (!store.isReadonly) {
			for (const {from, to, logs} of found.rekeys) {
				store.rekey(from, to, logs);
			}
		}

		const {known} = found;
		const context = store.context(
			contextOptionsOf(runs, found, stored, options.window),
		);
		const given = recordedOf(known);
		// One run given (the common case) has no order to hold against the history's: no query.
		warnings.push(
			...(given.length < 2 ? [] : orderWarnings(given, store.inOrder(given))),
		);
		return {store, context, known, warnings};
	} catch (error) {
		store.close();
		// In words, as an open that fails says it: SQLite's 'database disk image is malformed' says not what to do.
		return unusable(
			runs,
			warnings,
			historyErrorOf(path.join(folder, historyFile), error),
		);
	}
}

/** `runsBefore` on any history (a team's store answers later); the history stays open. */
export async function runsBeforeIn(
	store: RunHistory,
	runs: readonly Run[],
	stored: readonly StoredLog[],
	options: {readonly window: number},
): Promise<Before> {
	const warnings: string[] = [];
	try {
		const logs = new Map(stored.map(log => [log.path, log]));
		const found = await knownRuns(store, runs, logs, hashesOf(stored));
		if (!store.isReadonly) {
			for (const {from, to, logs} of found.rekeys) {
				await store.rekey(from, to, logs);
			}
		}

		const context = await store.context(
			contextOptionsOf(runs, found, stored, options.window),
		);
		const given = recordedOf(found.known);
		warnings.push(
			...(given.length < 2
				? []
				: orderWarnings(given, await store.inOrder(given))),
		);
		return {store, context, known: found.known, warnings};
	} catch (error) {
		return {...unusable(runs, warnings, error), store};
	}
}

function unusable(
	runs: readonly Run[],
	warnings: string[],
	error: unknown,
): Before {
	warnings.push(
		`run history not used (${(error as Error).message}): working from the logs given alone`,
	);
	return {
		store: undefined,
		context: [],
		known: runs.map(() => undefined),
		warnings,
		isUnread: true,
	};
}

/**
The window the run diff reads: before the first run already recorded (or recorded from an earlier read of
its log: the same session keeps its place), the failing tests of the newest; never a run of the logs given,
or of an earlier read of them.
*/
function contextOptionsOf(
	runs: readonly Run[],
	{known, replaced}: Known,
	stored: readonly StoredLog[],
	window: number,
): ContextOptions {
	const recorded = known.filter((id): id is number => id !== undefined);
	const places = [...recorded, ...replaced];
	const newest = runs.at(-1);
	return {
		...(places.length > 0 && {before: places}),
		exclude: new Set(places),
		window,
		ids: newest ? idsThatMatter(newest) : [],
		...(newest && {suite: suiteOf(newest)}),
		excludeLogs: new Set(
			stored.flatMap(log => [
				...(log.hash === '' ? [] : [log.hash]),
				...(log.storedHash === undefined ? [] : [log.storedHash]),
				...(log.earlierReads ?? []),
			]),
		),
	};
}

/**
The failing and re-run tests of a run, made only when read: an empty window (a new history, another
suite's) never reads them, and making a string of each cost a tenth of a second on 57,000 failures.
*/
function idsThatMatter(run: Run): Iterable<string> {
	return {
		*[Symbol.iterator]() {
			for (const failure of run.failures) {
				yield failure.id;
			}

			const {tests} = run;
			for (let index = 0; index < tests.length; index++) {
				if (tests.isFailureAt(index) || (tests.rerunsAt(index) ?? 0) > 0) {
					yield tests.idAt(index);
				}
			}
		},
	};
}

/** The runs of the history the logs given were recorded as, each once, in the order given. */
function recordedOf(known: ReadonlyArray<number | undefined>): number[] {
	return [...new Set(known.filter((id): id is number => id !== undefined))];
}

/** A warning when the runs given, recorded before, were recorded in another order (`ordered`: the history's). */
function orderWarnings(
	given: readonly number[],
	ordered: readonly number[],
): string[] {
	const inHistory = ordered.filter(id => given.includes(id));
	return given.some((id, index) => id !== inHistory[index])
		? [
				'the logs given were recorded in another order before: read as given, oldest first (the history keeps its own order)',
			]
		: [];
}

/**
Whether a run holds no test at all (pytest refused its command line, or collected nothing): it says nothing of any
test, and recorded it would take a place in the window of earlier runs every later diff reads. It is not recorded.
*/
export function hasNoTest(run: Run): boolean {
	return run.tests.length === 0 && run.failures.length === 0;
}

/**
Why a run with no test (`hasNoTest`) is not recorded, in words: none ran, or pytest ran some and named none (`-q` names
no test that passed: `4 passed, 22 deselected`; QA 50 was told `no test ran`).
*/
export function noTestWords(run: Run): string {
	// Reports, as pytest's final line counts them; reruns are attempts, not tests.
	const counted = Object.entries(run.counts).reduce(
		(sum, [outcome, count]) => (outcome === 'rerun' ? sum : sum + count),
		0,
	);
	return counted === 0
		? 'no test ran'
		: `pytest named none of the tests it counted (${counted}; \`-q\` names no test that passed)`;
}

/** Stale decisions show the error they were decided on: looked up for at most this many failures. */
const maxEarlierErrors = 20_000;

export async function recordRuns(
	store: RunHistory | undefined,
	runs: readonly Run[],
	known: ReadonlyArray<number | undefined>,
	options: {
		readonly logs: readonly StoredLog[];
		readonly analysis: Analysis;
		/** A run not to record (`--shards` forced on logs that share tests: its totals are wrong). */
		readonly isNotRecorded?: (run: Run) => boolean;
	},
): Promise<{
	count: number;
	/** Each run's id in the history (undefined: not recorded). */
	ids: Array<number | undefined>;
	/** Each run recorded now in the place of a run of an earlier read of its log (cut short). */
	readFurther: boolean[];
	/** Each run's ids of the runs recorded before from some of its logs (its shards read alone), which it replaced. */
	replacedParts: Array<readonly number[]>;
	warnings: string[];
	earlierErrors?: EarlierError[];
}> {
	const warnings: string[] = [];
	if (!store) {
		return {
			count: 0,
			ids: runs.map(() => undefined),
			readFurther: runs.map(() => false),
			replacedParts: runs.map(() => []),
			warnings,
		};
	}

	const newest = runs.at(-1);
	const clusters = new Map<Failure, string>();
	for (const analyzed of options.analysis.failures) {
		clusters.set(analyzed.failure, analyzed.cluster);
	}

	const logs = new Map(options.logs.map(log => [log.path, log]));
	const hashes = hashesOf(options.logs);
	let count = 0;
	const ids = [...known];
	const readFurther = runs.map(() => false);
	const replacedParts: Array<readonly number[]> = runs.map(() => []);
	const notAfter = endedAfter(runs);
	if (!store.isReadonly) {
		try {
			for (const [index, run] of runs.entries()) {
				if (
					known[index] !== undefined ||
					hasNoTest(run) ||
					options.isNotRecorded?.(run)
				) {
					continue;
				}

				const sources = run.shards ?? [run.source];

				const {earlier} = otherKeys(run, logs);
				const recorded = await store.record({
					run,
					key: runKey(run, hashes),
					...(earlier.length > 0 && {replaces: earlier}),
					...(notAfter[index] !== undefined && {notAfter: notAfter[index]}),
					logs: sources
						.map(source => logs.get(source))
						.filter((log): log is StoredLog => log !== undefined),
					signatureOf: failure =>
						(run === newest ? clusters.get(failure) : undefined) ??
						signatureOf(failure).hash,
				});
				ids[index] = recorded.id;
				readFurther[index] = recorded.isReadFurther ?? false;
				replacedParts[index] = recorded.replacedParts ?? [];
				count++;
			}
		} catch (error) {
			warnings.push(
				`runs not recorded in the history (${(error as Error).message})`,
			);
		}
	}

	let earlierErrors: EarlierError[] | undefined;
	if (newest && newest.failures.length <= maxEarlierErrors) {
		try {
			earlierErrors = await store.earlierErrors(
				new Set(newest.failures.map(failure => failure.id)),
			);
		} catch (error) {
			warnings.push(`run history: ${(error as Error).message}`);
		}
	}

	return {
		count,
		ids,
		readFurther,
		replacedParts,
		warnings,
		...(earlierErrors && {earlierErrors}),
	};
}
