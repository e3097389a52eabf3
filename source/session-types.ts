/**
What opening a session takes (`SessionOptions`) and gives (`Session`); `session.ts` opens it.
*/
import type {Analysis} from './classify/analyze.js';
import type {RuleSet} from './classify/rules/types.js';
import type {FailureOutcome, Run} from './log/model.js';
import type {GroupMode} from './runs/group.js';
import type {DecisionJournal} from './triage/journal.js';
import type {Review} from './triage/review.js';

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
	/**
	The runs are recorded as the command that wrote them ends (`triage run` without a terminal): a store that
	cannot be reached is not the command's failure. It is said in one warning, the log is read and kept all the
	same, and the command's exit code stands. `triage record` has no such option: recording is all it does.
	*/
	readonly mayRecordLater?: boolean;
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
	failures takes seconds), and before the store is waited for; awaited, so that a screen can draw the step first.
	`failures`: the runs' failing reports.
	*/
	readonly onStep?: (
		step: SessionStep,
		failures: number,
	) => Promise<void> | void;
};

/**
A step of opening a session after its logs are read; and before, `store`: waiting for a team's store to answer (its
connection, its decisions, the logs it recorded lately), which a slow network makes seconds long.
*/
export type SessionStep =
	'store' | 'building' | 'history' | 'analysis' | 'recording';

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
				/** The runs recorded before from some of its logs only (its shards read alone), now this run. */
				readonly replacedParts?: readonly number[];
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
