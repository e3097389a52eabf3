/**
What every command opens: the runs (oldest first), the rules in effect, their analysis, and the triage journal. The rules file is read by `rules-file.ts`, the journal opened by `open-decisions.ts`; the CLI and the review screen both call this.
*/

import path from 'node:path';
import process from 'node:process';
import {analysisWith, analyze, type Analysis} from './classify/analyze.js';
import {findCodeowners} from './codeowners.js';
import {collectLargeGarbage} from './heap.js';
import {builtInRuleSet} from './classify/rules/built-in.js';
import type {RuleSet} from './classify/rules/types.js';
import type {FailureOutcome, Run} from './log/model.js';
import {
	groupRuns,
	sharedShardTests,
	unrelatedRuns,
	type GroupMode,
} from './runs/group.js';
import {inTimeOrder} from './runs/time-order.js';
import {
	historyFolderOf,
	beforeReadIn,
	recentLogsQuietly,
	recordRuns,
	rememberOpened,
	openHistoryQuietly,
	runsBefore,
	runsBeforeIn,
} from './runs/history/use.js';
import type {RunHistory} from './runs/history/api.js';
import type {EarlierLog} from './runs/content-hash.js';
import {readLogs} from './runs/read-logs.js';
import type {RecordedRun} from './runs/history/records.js';
import {
	recordedLately,
	partnerWindow,
	withPartnerRecordedLately,
} from './runs/recorded-partner.js';
import {runningKeeperOf} from './runs/stray-partials.js';
import {shownPath} from './shown-path.js';
import {logsToRecord, notRecordedOnStore} from './store/not-recorded.js';
import {reportKey, type DecisionJournal} from './triage/journal.js';
import {
	latestConfirmations,
	withConfirmations,
} from './classify/confirmation.js';
import {HistoryStore} from './runs/history/store.js';
import {buildReview, type Review} from './triage/review.js';
import {openDecisions, storeOf, triagePathOf} from './open-decisions.js';
import {loadRules} from './rules-file.js';
import {UsageError} from './usage-error.js';

/** What opening a session throws for bad usage. */
export {UsageError} from './usage-error.js';

export type SessionOptions = {
	readonly logs: readonly string[];
	/** `--triage FILE`; `triage.jsonl` in the current directory by default. */
	readonly triage?: string;
	/** `--rules FILE`; `triage.rules.json` in the current directory when it exists. */
	readonly rules?: string;
	/**
	The command only records runs (`triage record`): a rules file whose rules do not load is a warning, and the
	built-in rules stand in (a rule someone broke must not stop CI from recording); its `store` still counts.
	*/
	readonly isRecordOnly?: boolean;
	readonly outageThreshold?: number;
	readonly now?: () => Date;
	readonly cwd?: string;
	/** Progress of reading the logs (bytes of the current log). */
	readonly onProgress?: (
		log: string,
		bytesRead: number,
		totalBytes: number | undefined,
	) => void;
	/** Where `-` reads from. */
	readonly stdin?: NodeJS.ReadableStream;
	/** A log read from this stream instead of being opened (`--follow`). */
	readonly streams?: ReadonlyMap<string, NodeJS.ReadableStream>;
	/** The triage journal, already open (a live review saves decisions before the run is read). */
	readonly journal?: DecisionJournal;
	/** `--store URL`: a team's PostgreSQL (else `TRIAGE_STORE`, else the rules file's `store`). */
	readonly store?: string;
	/** `--who NAME`: who decides, on a store (default `$USER`). */
	readonly who?: string;
	/** Keep the store's journal listening for other sessions' decisions (the review). */
	readonly listen?: boolean;
	/** Each failing report as it is read, before the logs are complete. */
	readonly onFailure?: (
		log: string,
		id: string,
		outcome: FailureOutcome,
	) => void;
	/** Shards of one run, successive runs, or (default) told from their tests. */
	readonly grouping?: GroupMode;
	/** The log on stdin is `triage run`'s command output: its kept copy is named `run-…`, not `stdin-…`. */
	readonly keptAs?: 'stdin' | 'run';
	/** Use and feed the run history in `.triage/` (default true). */
	readonly history?: boolean;
	/** How many earlier runs of the history the diff reads (default 30). */
	readonly historyWindow?: number;
	/** Used heap from which garbage is collected between phases (`collectLargeGarbage`): the review waits on each. */
	readonly collectAbove?: number;
	/** The command only reads the decisions (`report`, `export`, `record`, `history record`): see `openDecisions`. */
	readonly isReadOnly?: boolean;
	/**
	The logs opened are remembered in the history when the session's `saveOpened` is called, not before it
	opens (the review: after its first frame, which a commit with its fsyncs delayed).
	*/
	readonly rememberLater?: boolean;
	/**
	Told before each step that follows the read, which says nothing while it works (the analysis of 57,000
	failures takes seconds); awaited, so that a screen can draw the step first. `failures`: the runs' failing reports.
	*/
	readonly onStep?: (
		step: SessionStep,
		failures: number,
	) => Promise<void> | void;
};

/** A step of opening a session after its logs are read. */
export type SessionStep = 'building' | 'history' | 'analysis' | 'recording';

/**
A log at least this large is said to be made a run (`building`) once read: matching its reports with their tests takes
~0.15 s per 16 MB; a smaller one is made at once, and the step's frame would only delay the first.
*/
const buildingStepBytes = 16 * 1024 * 1024;

/** The history's and kept logs' troubles, and the triage file's unreadable lines, one line each. */
export function sessionWarnings(
	session: Pick<Session, 'warnings' | 'journal'> & {
		readonly store?: string | undefined;
	},
	triageName: string,
): string[] {
	return [
		...session.warnings,
		...session.journal.warnings.map(warning =>
			// A store's events are numbered, not lines of a file: the message says which.
			session.store === undefined
				? `${triageName}:${warning.line}: ${warning.message}`
				: `store ${session.store}: ${warning.message}`,
		),
	];
}

export type Session = {
	/** The runs read now, oldest first (shards merged, re-run sessions folded in). */
	readonly runs: readonly Run[];
	/** One line each: what went wrong with the history or a kept log (the session works without them). */
	readonly warnings: readonly string[];
	/** The logs as they can be opened again (a log from stdin: its kept copy). */
	readonly logs: readonly string[];
	/** Runs newly recorded in the history. */
	readonly recorded: number;
	/** Each run's id in the history, and whether this session recorded it (undefined: not in it). */
	readonly recordedRuns: ReadonlyArray<
		| {
				readonly id: number;
				readonly isNew: boolean;
				/** Recorded in the place of the run of an earlier read of its log (cut short). */
				readonly isReadFurther: boolean;
		  }
		| undefined
	>;
	/** Whether the history could be read and written (`off`: not asked for). */
	readonly historyState: 'writable' | 'readonly' | 'unavailable' | 'off';
	readonly ruleSet: RuleSet;
	readonly analysis: Analysis;
	readonly journal: DecisionJournal;
	readonly triagePath: string;
	/** The team's store in use (its URL without a password), if any. */
	readonly store: string | undefined;
	/** The current review: analysis joined with the journal as it is now. */
	review(): Review;
	/** Close the journal when this session opened it (a store's connections). */
	close(): Promise<void>;
	/** With `rememberLater`: remembers the logs opened for the next command given none (else done already). */
	saveOpened(): Promise<void>;
};

/** Opens everything a command needs. Throws UsageError, LogError or JournalError (all one line). */
export async function openSession(options: SessionOptions): Promise<Session> {
	if (options.logs.length === 0) {
		throw new UsageError('pass at least one LOG (see triage --help)');
	}

	const rules = rulesFor(options);
	const {ruleSet} = rules;
	const now = options.now ?? (() => new Date());
	const triagePath = triagePathOf(options);
	const store = rules.isBuiltInInstead
		? storeOf(options)
		: storeOf(options, ruleSet);
	const journal =
		options.journal ?? (await openDecisions({...options, now}, store));
	const isOwnJournal = options.journal === undefined;
	try {
		return await openWith(options, {
			ruleSet,
			ruleWarnings: rules.warnings,
			now,
			triagePath,
			store,
			journal,
			isOwnJournal,
		});
	} catch (error) {
		if (isOwnJournal) {
			await journal.close?.();
		}

		throw error;
	}
}

/** The rules in effect; for a command that only records, the built-in ones when the rules file's do not load. */
function rulesFor(options: SessionOptions): {
	ruleSet: RuleSet;
	warnings: string[];
	isBuiltInInstead: boolean;
} {
	try {
		return {ruleSet: loadRules(options), warnings: [], isBuiltInInstead: false};
	} catch (error) {
		if (!options.isRecordOnly || !(error instanceof UsageError)) {
			throw error;
		}

		return {
			ruleSet: builtInRuleSet(),
			warnings: [
				`${error.message}: recorded all the same (recording uses no rule)`,
			],
			isBuiltInInstead: true,
		};
	}
}

async function openWith(
	options: SessionOptions,
	opened: {
		readonly ruleSet: RuleSet;
		readonly ruleWarnings: readonly string[];
		readonly now: () => Date;
		readonly triagePath: string;
		readonly store: string | undefined;
		readonly journal: DecisionJournal;
		readonly isOwnJournal: boolean;
	},
): Promise<Session> {
	const {ruleSet, now, triagePath, store, journal} = opened;
	const useHistory = options.history ?? true;
	const historyFolder = historyFolderOf(triagePath);
	// The logs the history recorded lately, asked before the logs are read: a log that continues one of them
	// (read while pytest was still writing it) is known as that log read further while it is hashed. The
	// history is not held open meanwhile (`triage run` reads for as long as pytest runs).
	let earlier: EarlierLog[] = [];
	// One log given alone: the runs recorded last, where the other half of its run may be (recorded-partner.ts).
	const isAlone =
		useHistory &&
		(options.grouping ?? 'auto') === 'auto' &&
		options.logs.length === 1 &&
		options.logs[0] !== '-';
	let lately: RecordedRun[] = [];
	if (useHistory && store !== undefined) {
		const {openStoreHistory} = await import('./store/history.js');
		// Only a help to know a log read further: a store away now may be back when the run ends.
		const history = await openStoreHistory(store, {now, triagePath}).catch(
			() => undefined,
		);
		try {
			earlier = history ? await recentLogsQuietly(history) : [];
			lately = isAlone ? await recordedLately(history) : [];
		} finally {
			await history?.close();
		}
	} else if (useHistory) {
		({earlier, lately} = beforeReadIn(
			historyFolder,
			now,
			isAlone ? partnerWindow : 0,
		));
	}

	// Failing reports met while reading: the step after the read says how many.
	let failuresRead = 0;
	const read = await readLogs({
		logs: options.logs,
		...(options.stdin && {stdin: options.stdin}),
		...(options.streams && {streams: options.streams}),
		...(useHistory ? {keepIn: historyFolder} : {hash: false}),
		...(options.keptAs && {keptAs: options.keptAs}),
		earlier,
		now,
		...(options.onProgress && {onProgress: options.onProgress}),
		...((options.onFailure ?? options.onStep) && {
			onFailure(log: string, id: string, outcome: FailureOutcome) {
				failuresRead++;
				options.onFailure?.(log, id, outcome);
			},
		}),
		...(options.onStep && {
			async onRead(_log: string, bytes: number) {
				if (bytes >= buildingStepBytes) {
					await options.onStep!('building', failuresRead);
				}
			},
		}),
	});
	const warnings = [...opened.ruleWarnings, ...read.warnings];
	const partner = await withPartnerRecordedLately(read.logs, lately, {
		folders: [path.dirname(triagePath), options.cwd ?? process.cwd()],
		read: {keepIn: historyFolder, earlier, now},
	});
	const logsRead = partner?.logs ?? read.logs;
	if (partner) {
		warnings.push(partner.warning);
	}

	const grouped = groupRuns(logsRead, options.grouping);
	const notShards =
		options.grouping === 'shards' ? sharedShardTests(logsRead) : [];
	warnings.push(...notShards.map(item => item.message));
	const notRecorded = new Set(notShards.map(item => grouped[item.run]));
	const timed = inTimeOrder(grouped);
	const {runs} = timed;
	if (timed.warning !== undefined) {
		warnings.push(timed.warning);
	}

	for (const {log} of logsRead) {
		const keeper = runningKeeperOf(log);
		if (keeper !== undefined) {
			warnings.push(
				`not recorded here: the triage still writing ${shownPath(log)} (pid ${keeper}) records its run`,
			);
			for (const run of runs) {
				if ((run.shards ?? [run.source]).includes(log)) {
					notRecorded.add(run);
				}
			}
		}
	}

	warnings.push(...unrelatedRuns(runs));

	const stored = logsRead.flatMap(log => log.stored ?? []);
	const window = options.historyWindow ?? 30;
	let storeHistory: RunHistory | undefined;
	// The store went away while the logs were read (pytest ran for minutes): the review goes on from the logs.
	let isStoreAway = false;
	if (useHistory && store !== undefined) {
		const {openStoreHistory} = await import('./store/history.js');
		try {
			storeHistory = await openStoreHistory(store, {now, triagePath});
		} catch (error) {
			isStoreAway = true;
			warnings.push(
				notRecordedOnStore(
					store,
					(error as Error).message,
					logsToRecord(logsRead, process.cwd()),
				),
			);
		}
	}

	// Garbage goes between the phases of a large run (heap.ts): what reading left before the history's test lists
	// are inflated beside the run, then before the analysis, then the analysis's before the recording makes its own.
	const collect = () => collectLargeGarbage(options.collectAbove);
	const failures = runs.reduce((count, run) => count + run.failures.length, 0);
	if (useHistory && !isStoreAway) {
		await options.onStep?.('history', failures);
		collect();
	}

	const before =
		useHistory && !isStoreAway
			? storeHistory
				? await runsBeforeIn(storeHistory, runs, stored, {window})
				: runsBefore(historyFolder, runs, stored, {now, window})
			: {context: [], warnings: [], store: undefined, known: []};
	warnings.push(...before.warnings);
	const rootdir = runs.at(-1)?.header.rootdir;
	const codeowners = findCodeowners({
		...(rootdir !== undefined && {rootdir}),
		cwd: options.cwd ?? process.cwd(),
	});
	if (codeowners && 'problem' in codeowners) {
		warnings.push(codeowners.problem);
	} else if (codeowners) {
		warnings.push(...codeowners.warnings);
	}

	await options.onStep?.('analysis', failures);
	collect();
	let analysis = analyze([...before.context, ...runs], {
		rules: ruleSet,
		...(codeowners && !('problem' in codeowners) && {owners: codeowners}),
		...(options.outageThreshold !== undefined && {
			outageThreshold: options.outageThreshold,
		}),
	});
	if (before.store !== undefined) {
		await options.onStep?.('recording', failures);
		collect();
	}

	const recorded = await recordRuns(before.store, runs, before.known, {
		logs: stored,
		analysis,
		...(notRecorded.size > 0 && {isNotRecorded: run => notRecorded.has(run)}),
	});
	warnings.push(...recorded.warnings);
	if (recorded.earlierErrors) {
		analysis = analysisWith(analysis, {
			earlierErrors: recorded.earlierErrors,
		});
	}

	// Failures confirmed before (`R`): the verdict shows, and the suggestion uses it.
	// Confirmations are kept in the local history (a team's store has none yet).
	if (before.store instanceof HistoryStore) {
		try {
			analysis = withConfirmations(
				analysis,
				latestConfirmations(
					before.store.confirmations(
						analysis.failures.map(analyzed => analyzed.failure.id),
					),
					reportKey,
				),
				ruleSet.rules,
				reportKey,
			);
		} catch (error) {
			warnings.push(`run history: ${(error as Error).message}`);
		}
	}

	// The logs opened are this machine's paths: a team's store is no place for them (prefs keep them).
	const openedLogs = read.logs.map(log => log.log);
	const remembersOpened =
		!storeHistory && before.store !== undefined && !before.store.isReadonly;
	if (remembersOpened && !options.rememberLater) {
		await rememberOpened(before.store, triagePath, openedLogs);
	}

	const historyState = before.store
		? before.store.isReadonly
			? 'readonly'
			: 'writable'
		: useHistory
			? 'unavailable'
			: 'off';
	await before.store?.close();
	await storeHistory?.close();
	return {
		runs,
		warnings,
		historyState,
		logs: openedLogs,
		recorded: recorded.count,
		recordedRuns: recorded.ids.map((id, index) =>
			id === undefined
				? undefined
				: {
						id,
						isNew: before.known[index] === undefined,
						isReadFurther: recorded.readFurther[index] ?? false,
					},
		),
		ruleSet,
		analysis,
		journal,
		triagePath,
		store: journal.path === triagePath ? undefined : journal.path,
		review() {
			journal.refresh();
			return buildReview(analysis, journal.state());
		},
		async close() {
			if (opened.isOwnJournal) {
				await journal.close?.();
			}
		},
		async saveOpened() {
			if (!remembersOpened || !options.rememberLater) {
				return;
			}

			const {store: history} = openHistoryQuietly(historyFolder, now);
			try {
				await rememberOpened(history, triagePath, openedLogs);
			} finally {
				history?.close();
			}
		},
	};
}
