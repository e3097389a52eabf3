/** What a decision journal on a team's store is opened with (`openStoreJournal` in `decisions.ts`). */

export type StoreJournalOptions = {
	readonly url: string;
	readonly now: () => Date;
	/** Who decides: `--who`, else `$USER`. */
	readonly who: string;
	/**
	The triage file's path, that a decision's `run` is named from, as the store's history names runs
	(`runShared` in `run-path.ts`: a log outside the folder by its file name): no machine's path goes to a team's
	database, and teammates with different checkouts see one name. Undefined: runs as given (a push copies a
	file's lines as they are).
	*/
	readonly runsFrom?: string;
	/** Listen for other sessions' commits (default true; a one-shot command needs not). */
	readonly listen?: boolean;
	/** Milliseconds between attempts to reconnect after the connection was lost (default 1000). */
	readonly reconnectInterval?: number;
	/** Milliseconds the CLI waits, when a command is done, for actions still being saved (default 5000). */
	readonly finishTimeout?: number;
	/**
	Told as the journal opens, once the store took us and its schema is ours, before its decisions are read: a
	`triage run` starts its command then, and the decisions come while it starts (team tour 64).
	*/
	readonly onAccepted?: () => void;
};
