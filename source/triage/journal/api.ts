/** What an open journal offers (`openJournal` in `file.ts`). */
import type {Phase, Warning} from '../../log/model.js';
import type {
	ClearEvent,
	DecideEvent,
	Decision,
	DecisionInput,
	JournalEvent,
	ReportRef,
} from './events.js';
import type {DecisionState} from './fold.js';
import type {SnapshotPlace} from './snapshot-store.js';
import type {UndoCheck, UndoOutcome, UndoTarget} from './undo-target.js';

export type JournalOptions = {
	/** The clock: every event's `at`. */
	readonly now: () => Date;
	/**
	Create the file (with its header) right away when it does not exist. Otherwise a missing
	file reads as an empty journal and is created by the first decision.
	*/
	readonly create?: boolean;
	/**
	Where a big journal's snapshot is kept and read (`journal/snapshot-store.ts`); by default the user's
	cache folder (`TRIAGE_CACHE_DIR`). `false`: every load reads the whole journal.
	*/
	readonly snapshots?: SnapshotPlace | false;
	/**
	Read the undo history with the state even from a big journal, which otherwise loads from its snapshot
	and reads its history when an undo first needs it: for a command that opens it to undo.
	*/
	readonly history?: boolean;
	/**
	A review's journal: when another program replaces the file without decisions this journal had read (and the
	review showed as saved), they are appended again (`lost-decisions.ts`). A command that only reads, or decides
	once, leaves the file as that program left it: it showed nothing as saved.
	*/
	readonly keepShown?: boolean;
};

/**
An open triage journal. Every method that changes it has saved to disk (written and fsynced)
when it returns, or throws `JournalError` having saved nothing it reports as saved.
*/
export type Journal = {
	/** The path as given to `openJournal`. */
	readonly path: string;
	/** Whether the file exists (a missing one is created by the first decision). */
	readonly exists: boolean;
	/**
	Lines that were skipped (torn, unreadable, unknown events), by 1-based line number; show
	them as `${path}:${line}: ${message}`.
	*/
	readonly warnings: readonly Warning[];
	/**
	The current decisions, by test id and by report (read them with `decisionFor`). The map is
	never mutated after it is returned: a change produces a new map, so identity comparison tells
	whether anything changed.
	*/
	state(): DecisionState;
	/** Record one decision; returns the event as appended. */
	decide(input: DecisionInput): DecideEvent;
	/** Record several decisions as one action (one write, one undo step). */
	decideMany(inputs: readonly DecisionInput[]): readonly DecideEvent[];
	/** Remove the decision on one report of a test (with no phase, on every report). */
	clear(id: string, phase?: Phase): ClearEvent;
	/** Remove several decisions as one action. */
	clearMany(reports: readonly ReportRef[]): readonly ClearEvent[];
	/** Add signatures to decisions made before their error was known (`DecisionJournal.addSignatures`). */
	addSignatures(signed: readonly AddedSignature[]): readonly DecideEvent[];
	/** Whether there is an action `undo` would revert. */
	canUndo(): boolean;
	/**
	Append events that restore, for every id the most recent not-yet-undone action touched,
	the decisions it had before (on each of its reports). Returns them; empty when there is nothing to undo. Repeated
	calls walk further back. The history is the file's, so this also reverts another
	process's action when it is the most recent one: ask first with `nextUndo`, undo with `undoIf`.
	*/
	undo(): readonly JournalEvent[];
	/** The action `undo` would revert now (having read what others appended), described; undefined: none. */
	nextUndo(): UndoTarget | undefined;
	/**
	Undo the most recent action only when `accept` takes its description, checked right before the undo
	is appended (after reading what others appended): `sameAction(group)` undoes the action a person was
	asked about and nothing else.
	*/
	undoIf(accept: UndoCheck): UndoOutcome;
	/**
	Read what other processes appended since the last read (or reload, when the file was
	replaced by a compaction). Costs one `stat` when nothing changed. Returns whether the
	state or the warnings changed. Throws `JournalError` when the file was replaced by one
	that is not a journal. Decisions a file replaced by another program lost (an editor's save,
	`git checkout`, `truncate`) are appended again, and `takeNotice` says so.
	*/
	refresh(): boolean;
	/** Decisions saved again after the file lost them (`refresh`), said once. */
	takeNotice(): JournalNotice | undefined;
	/** Decisions the file lost that could not be saved again yet, after one more try. */
	unsavedLost(): number;
};

/**
A decision without a signature, and the signature its failure has; or a decision made on a live run's log before
it was kept (its run `-`), and the log's name now that it is (`run`, named as a DecisionInput's): with no
`signature` when its error never became known.
*/
export type AddedSignature = {
	readonly decision: Decision;
	readonly signature?: string;
	readonly run?: string;
};

/** A value, or the promise of one (an action on a team's store waits for its commit). */
export type MaybePromise<T> = T | Promise<T>;

/** The inputs of a save made again from the decisions a journal holds as it writes them. */
export type Rebase = (state: DecisionState) => readonly DecisionInput[];

/**
Where the review and the commands keep decisions: the local triage file (`Journal`, every action done
when it returns) or a team's store (`StoreJournal`, every action done when its promise resolves: after
the commit). Either way an action that fails has saved nothing it reports as saved.
*/
export type DecisionJournal = {
	/** The file's path, or the store's URL without its password: what messages name. */
	readonly path: string;
	readonly warnings: readonly Warning[];
	/**
	Its state is current without `refresh` (a store folds what others commit in the background): a reader of the state
	other than the screen (a live run's reads) leaves `refresh`, and the news it takes, to the screen.
	*/
	readonly isReadInBackground?: boolean;
	state(): DecisionState;
	/**
	`rebase`, when given, makes the inputs again from the decisions the journal holds as it writes them (a store's,
	read under its lock after what others committed): what a key did not change is taken from there.
	*/
	decideMany(
		inputs: readonly DecisionInput[],
		rebase?: Rebase,
	): MaybePromise<readonly DecideEvent[]>;
	clearMany(reports: readonly ReportRef[]): MaybePromise<readonly ClearEvent[]>;
	/**
	Add to each decision (one in effect, without a signature) the signature its failure turned out to have: the
	error became known after it was decided (a live run prints tracebacks at its end). Part of no undo step; a
	decision changed since is left as it is (`DecideEvent.adds`).
	*/
	addSignatures(
		signed: readonly AddedSignature[],
	): MaybePromise<readonly DecideEvent[]>;
	undo(): MaybePromise<readonly JournalEvent[]>;
	/** The action `undo` would revert now, described (see `undo-target.ts`). */
	nextUndo(): MaybePromise<UndoTarget | undefined>;
	/** Undo the most recent action only when `accept` takes its description (see `Journal.undoIf`). */
	undoIf(accept: UndoCheck): MaybePromise<UndoOutcome>;
	/**
	Whether the state changed since the last call (another session's decisions). Never waits: a store
	fetches what others commit in the background (LISTEN/NOTIFY) and this only says it arrived.
	*/
	refresh(): boolean;
	/**
	Other sessions' decisions (and clears) the last `refresh` that said true took in, with who made them where the
	journal records it (a team's store): the line of an own save names the teammate whose decision came with it.
	*/
	othersRefreshed?(): readonly OthersDecision[];
	/**
	A line for the status bar about the journal itself, once: a store's connection lost or back, decisions a file
	replaced by another program lost and the journal saved again.
	*/
	takeNotice?(): JournalNotice | undefined;
	/**
	How many decisions a file replaced by another program lost that could not be saved again yet (a read-only or
	full disk), after one more try: quitting says so.
	*/
	unsavedLost?(): number;
	close?(): MaybePromise<void>;
};

/** Another session's decision or clear, as `othersRefreshed` tells it. */
export type OthersDecision = {
	readonly by?: string;
	readonly id: string;
	readonly phase?: Phase;
	/** Absent for a clear. */
	readonly category?: string;
	readonly priority?: string;
};

/** What a journal says of itself: a store's connection lost (a problem) or back; a file's decisions saved again. */
export type JournalNotice = {
	readonly message: string;
	readonly isProblem: boolean;
	/** Not a store's connection back (which signs what it could not meanwhile): decisions saved again. */
	readonly isSavedAgain?: boolean;
	/** A store's connection back, with decisions made while it was away that were NOT saved. */
	readonly hasUnsaved?: boolean;
};
