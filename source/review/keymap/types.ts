/**
The review screen's keys as data: the modes, what a key asks for (`KeyAction`), and a binding of keys to an
action with its help. The reducer looks actions up in the compiled table (`compile.ts`), the footer and
the help overlay render from the table (`help.ts`), and so does the README's key table. Plain TypeScript:
no Ink, no React.

A new key: its action here (the type checker then asks `key-actions.ts` for its handler), and its binding
in `default-keymap.ts`.
*/

/** What the screen is doing; each mode has its own table. */
export const modes = [
	'list',
	'detail',
	'clusters',
	'preview',
	'undo',
	'summary',
	'help',
	'note',
	'issue',
	'filter',
	'search',
	'rerun',
] as const;

export type Mode = (typeof modes)[number];

/** Titles of the modes, for the help overlay and the README. */
export const modeTitles: Readonly<Record<Mode, string>> = {
	list: 'Failure list',
	detail: 'Detail (traceback full screen)',
	clusters: 'Cluster list (Tab)',
	preview: 'Cluster preview (x)',
	undo: "Undoing another session's action (z asks first)",
	summary: 'Summary (s)',
	help: 'Help (?)',
	note: 'Editing a note (#)',
	issue: 'Linking an issue (I)',
	filter: 'Typing a filter (F)',
	search: 'Typing a search (/)',
	rerun: 'Running failures again (R): how many times',
};

/** What a key asks for. The reducer interprets these; they carry no behaviour. */
export type KeyAction =
	/** Move the selection by `delta` rows (negative: up). */
	| {readonly type: 'move'; readonly delta: number}
	/** Select the first or the last row. */
	| {readonly type: 'first'}
	| {readonly type: 'last'}
	/** Scroll the traceback (or the overlay) by `delta` lines. */
	| {readonly type: 'scroll'; readonly delta: number}
	/** Scroll the traceback (or the overlay) by `delta` pages. */
	| {readonly type: 'page'; readonly delta: number}
	/** Decide this category on the current or the marked rows, then move to the next undecided failure. */
	| {readonly type: 'category'; readonly category: string}
	/** Set the priority on the current row (no move); the next category key uses it. */
	| {readonly type: 'priority'; readonly priority: string}
	/** Decide the suggestion. */
	| {readonly type: 'accept'}
	/** Toggle the mark on the current row and move on. */
	| {readonly type: 'mark'}
	/** Mark every row from the last marked one to the current one. */
	| {readonly type: 'markRange'}
	/** Show which rows of the current row's cluster its decision would change. */
	| {readonly type: 'previewCluster'}
	/** Apply what the preview shows (undo what `z` asked about). */
	| {readonly type: 'confirm'}
	| {readonly type: 'undo'}
	| {readonly type: 'editNote'}
	/** Type a filter (a regular expression); the list follows as it is typed. */
	/** Type the issue reference of the current or the marked rows (`#123`, `JIRA-45`, a URL). */
	| {readonly type: 'editIssue'}
	| {readonly type: 'editFilter'}
	/** Type a search (a substring); the selection moves to the first match as it is typed. */
	| {readonly type: 'search'}
	/** The next (`delta` 1) or previous (-1) match of the last search. */
	| {readonly type: 'searchAgain'; readonly delta: 1 | -1}
	/** Next quick filter (`quick-filters.ts`): undecided, stale, new, flaky, rerun, each category, each owner, all. */
	| {readonly type: 'cycleFilter'}
	/** Next order of the list (`sort.ts`): log order, cluster, priority, area, file. */
	| {readonly type: 'cycleSort'}
	/** Save the note or the issue, apply the filter or keep the search being typed. */
	| {readonly type: 'submit'}
	/** Switch between the failure list and the cluster list. */
	| {readonly type: 'toggleClusters'}
	/** In the cluster list: show the failures of the selected cluster. */
	| {readonly type: 'selectCluster'}
	/** The detail pane full screen. */
	| {readonly type: 'openDetail'}
	/** Show the captured output instead of the traceback, or back. */
	| {readonly type: 'toggleCaptured'}
	/** Hide the detail pane under the list (the list takes the screen), or show it again. */
	| {readonly type: 'toggleDetail'}
	/** Wrap long traceback lines (the default), or cut them with `…`. */
	| {readonly type: 'toggleWrap'}
	| {readonly type: 'summary'}
	| {readonly type: 'help'}
	/** Leave the current mode; in the list, drop marks, the search, then filters. */
	| {readonly type: 'back'}
	| {readonly type: 'quit'}
	/** Open the failing test in $EDITOR at its line. */
	| {readonly type: 'openEditor'}
	/** Copy the node id to the clipboard (OSC 52). */
	| {readonly type: 'copyId'}
	/** Stop the process to the shell, as Ctrl+Z does to any program (raw mode keeps the terminal from it). */
	| {readonly type: 'suspend'}
	/** Run the current or the marked failures again N times (asks N first) to confirm them. */
	| {readonly type: 'rerun'};

export type KeyBinding = {
	/** Stable name for user overrides in the preferences (`category.BUG`, `move.down`). */
	readonly id: string;
	/** Normalized key names (see `keyNames`): `j`, `down`, `pagedown`, `return`, `space`, `shift-tab`. */
	readonly keys: readonly string[];
	readonly action: KeyAction;
	/** One line for the help overlay and the README. */
	readonly help: string;
	/** Short label for the footer; bindings without one appear only in the help. */
	readonly hint?: string;
	/** Bindings with the same group share one footer hint (`b/c/e/t/u category`). */
	readonly group?: string;
};

export type Keymap = Readonly<Record<Mode, readonly KeyBinding[]>>;
