/**
What every command opens: the runs (oldest first), the rules in effect, their analysis, and the triage journal. The rules file is read by `rules-file.ts`, the journal opened by `open-decisions.ts`, the logs read made runs by `runs/runs-of-logs.ts`; what it takes and gives is in `session-types.ts`. The CLI and the review screen both call this.
*/

import path from 'node:path';
import process from 'node:process';
import {analysisWith, analyzeInTurns} from './classify/analyze.js';
import {findCodeowners} from './codeowners.js';
import {collectLargeGarbage} from './heap.js';
import {builtInRuleSet} from './classify/rules/built-in.js';
import type {RuleSet} from './classify/rules/types.js';
import type {FailureOutcome} from './log/model.js';
import {runsOfLogs} from './runs/runs-of-logs.js';
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
import {nameRenamedLogs} from './triage/renamed-logs.js';
import type {RecordedRun} from './runs/history/records.js';
import {
	recordedLately,
	partnerWindow,
	withPartnerRecordedLately,
} from './runs/recorded-partner.js';
import {logsToRecord, notRecordedOnStore} from './store/not-recorded.js';
import {reportKey, type DecisionJournal} from './triage/journal.js';
import {
	latestConfirmations,
	withConfirmations,
} from './classify/confirmation.js';
import {HistoryStore} from './runs/history/store.js';
import {buildReview} from './triage/review.js';
import {
	isUnreachable,
	openDecisions,
	storeOf,
	triagePathOf,
} from './open-decisions.js';
import {loadRules} from './rules-file.js';
import {UsageError} from './usage-error.js';
import type {Session, SessionOptions} from './session-types.js';

/** What opening a session throws for bad usage. */
export {UsageError} from './usage-error.js';

export type {Session, SessionOptions, SessionStep} from './session-types.js';

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
	let journal: DecisionJournal;
	let storeAway: string | undefined;
	if (store !== undefined && options.journal === undefined) {
		// A slow network: the screen says the store is waited for, not that the log is read.
		await options.onStep?.('store', 0);
	}

	try {
		journal =
			options.journal ?? (await openDecisions({...options, now}, store));
	} catch (error) {
		if (!options.mayRecordLater || !isUnreachable(error)) {
			throw error;
		}

		// Nothing is decided here: the triage file, read only, stands in for the store's decisions.
		storeAway = (error as Error).message;
		journal = await openDecisions(
			{...options, now, isReadOnly: true},
			undefined,
		);
	}

	const isOwnJournal = options.journal === undefined;
	try {
		return await openWith(options, {
			ruleSet,
			ruleWarnings: rules.warnings,
			now,
			triagePath,
			store,
			storeAway,
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
		/** Why the store could not be reached when the session opened (`mayRecordLater`). */
		readonly storeAway?: string | undefined;
		readonly journal: DecisionJournal;
		readonly isOwnJournal: boolean;
	},
): Promise<Session> {
	const {ruleSet, now, triagePath, store, storeAway, journal} = opened;
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
	if (useHistory && store !== undefined && storeAway === undefined) {
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
		// A command triage starts itself (`triage run`) is a session begun now: no log recorded before can be an
		// earlier read of it, however alike their starts (a pipe quit early on a -v run whose first tests passed alike).
		earlier: options.keptAs === 'run' ? [] : earlier,
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

	const {runs, notRecorded, ...grouping} = runsOfLogs(
		logsRead,
		options.grouping,
	);
	warnings.push(...grouping.warnings);
	const unnamed = await nameRenamedLogs(journal, logsRead, triagePath, runs);
	if (unnamed !== undefined) {
		warnings.push(unnamed);
	}

	const stored = logsRead.flatMap(log => log.stored ?? []);
	const window = options.historyWindow ?? 30;
	let storeHistory: RunHistory | undefined;
	// The store went away while the logs were read (pytest ran for minutes): the review goes on from the logs.
	let isStoreAway = false;
	const failures = runs.reduce((count, run) => count + run.failures.length, 0);
	// Said before a team's store is asked, which a slow network makes the longest part of the step; not for a store
	// that did not answer as the session opened, which is not asked again.
	if (useHistory && storeAway === undefined) {
		await options.onStep?.('history', failures);
	}

	if (useHistory && store !== undefined) {
		const {openStoreHistory} = await import('./store/history.js');
		try {
			if (storeAway !== undefined) {
				// Not asked again: an address that does not answer takes its whole timeout each time.
				throw new Error(storeAway);
			}

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
	if (useHistory && !isStoreAway) {
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
	// In turns with the event loop: the review's loading screen reads q and Ctrl-C while a large run is classified.
	let analysis = await analyzeInTurns([...before.context, ...runs], {
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
						...((recorded.replacedParts[index]?.length ?? 0) > 0 && {
							replacedParts: recorded.replacedParts[index],
						}),
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
