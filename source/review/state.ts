/**
The review screen's state, and what the reducer records for `App`: the effects to perform after the commit
and the status line to show. The modules beside this one each change one part of it: `filters.ts`,
`cursor.ts`, `decide.ts`, `marks.ts`, `clusters.ts`, `cluster-preview.ts`, `modes.ts`, `scroll.ts`,
`effects.ts`, `undo-confirm.ts`; `key-actions.ts` says which key does what, and `review-reducer.ts` composes them.
*/
import type {Analysis} from '../classify/analyze.js';
import type {Confirmation} from '../classify/confirmation.js';
import type {Rule} from '../classify/rules/types.js';
import type {ConfirmedTest} from '../runs/history/confirmations.js';
import type {LiveProgress} from '../live/live-review.js';
import type {AddedSignature} from '../triage/journal/api.js';
import type {DecisionInput, UndoTarget} from '../triage/journal.js';
import type {Progress, ReviewRow} from '../triage/review.js';
import type {RerunProgress, RerunWhere} from './rerun.js';
import type {EditorTarget} from './detail-text.js';
import type {FieldEdit} from './field-edit.js';
import type {PasteUnderWay} from './terminal-read.js';
import type {TextFilter} from './filters.js';
import type {CompiledKeymap} from './keymap/compile.js';
import type {Keymap, Mode} from './keymap/types.js';
import type {Viewport} from './layout.js';
import type {QuickFilter} from './quick-filters.js';
import type {Search} from './search.js';
import type {SaveRestore} from './save-failed.js';
import type {SortOrder} from './sort.js';
import type {UnsavedSave} from './unsaved.js';

/** A note typed and not saved (Enter not pressed) when the review quit. */
export type UnsavedNote = {readonly id: string; readonly text: string};

export type Effect =
	| {
			readonly id: number;
			readonly type: 'save';
			readonly decisions: readonly DecisionInput[];
			/** What the status line says once it is on disk. */
			readonly message: StatusText;
			/** A note or issue saved: it changes that field alone; else the category and priority (`field-edit.ts`). */
			readonly edit?: FieldEdit;
			/** What the decision took besides the journal, given back if the save fails (`save-failed.ts`). */
			readonly restore?: SaveRestore;
	  }
	/**
	Undo the journal's newest action: this session's own (`expected` undefined), or the one asked about (its
	group); any other comes back as a question (`undo-confirm.ts`).
	*/
	| {
			readonly id: number;
			readonly type: 'undo';
			readonly expected: string | undefined;
	  }
	| {
			readonly id: number;
			readonly type: 'quit';
			readonly selectedId: string | undefined;
			/** The selected row's report (`call`, `setup`, …): a test can have two rows. */
			readonly selectedPhase: string | undefined;
			/** The tests of the rows below it in the list, nearest first (`ResumeState.nextIds`). */
			readonly nextIds: readonly string[];
			/** Ctrl+C, not `q`: triage exits 130, as a shell expects of an interrupted command. */
			readonly isInterrupt: boolean;
			readonly filter: string;
			/** The cluster filter (`filter` is then the filter before it). */
			readonly cluster: string | undefined;
			readonly sort: SortOrder;
			/** How many reports' decisions failed to save and were not saved since: the exit says so. */
			readonly notSaved: number;
			/** Their tests, as the not-saved rows name them (`notSavedTests`): the exit names them. */
			readonly notSavedTests: readonly string[];
			/** A note being typed when Ctrl+C quit, changed from the note it has: the exit prints it, so it is not lost. */
			readonly unsavedNote?: UnsavedNote;
	  }
	| {
			readonly id: number;
			readonly type: 'openEditor';
			readonly target: EditorTarget;
	  }
	| {readonly id: number; readonly type: 'copy'; readonly text: string}
	/** Stop the process to the shell until `fg` (Ctrl+Z). */
	| {readonly id: number; readonly type: 'suspend'}
	/** Run these failure reports again `repetitions` times (`rerun.ts`). */
	| {
			readonly id: number;
			readonly type: 'rerun';
			readonly tests: readonly ConfirmedTest[];
			readonly repetitions: number;
	  }
	| {readonly id: number; readonly type: 'stopRerun'}
	/** Say what running these ids again runs, and where (`rerun.ts`, `onRerunWhere`). */
	| {
			readonly id: number;
			readonly type: 'rerunWhere';
			readonly ids: readonly string[];
	  }
	/** Add signatures to decisions made before their error was known (`late-signatures.ts`). */
	| {
			readonly id: number;
			readonly type: 'addSignatures';
			readonly signed: readonly AddedSignature[];
			/** The rows' report keys: awaited again when the signatures could not be saved (`signAgain`). */
			readonly keys: readonly string[];
			/** How many times the store had come back when this was asked (`ReviewState.storeBack`). */
			readonly storeBack: number;
	  };

/** An effect as the reducer records it, before it gets its id. */
export type NewEffect = Effect extends infer E
	? E extends {readonly id: number}
		? Omit<E, 'id'>
		: never
	: never;

export type StatusTone = 'info' | 'pending' | 'saved' | 'error';

/**
What the status line says, and the test id (or path) it names, as the text has it: a line too narrow for
the text cuts that id at its start (as the list does), never the words around it.
*/
export type StatusText = {
	readonly text: string;
	readonly id?: string;
};

/** `named` with words before and after it: the id it names stays its id. */
export function withWords(
	before: string,
	named: StatusText,
	after = '',
): StatusText {
	return {...named, text: `${before}${named.text}${after}`};
}

/** An id (or path) as a status names it. */
export function idText(id: string): StatusText {
	return {text: id, id};
}

export type Status = StatusText & {
	readonly tone: StatusTone;
	/**
	A priority key is waiting for its category: a save that lands meanwhile (of the decision before) adds
	its word to this hint instead of replacing it.
	*/
	readonly waitsForCategory?: boolean;
	/**
	What to say instead on a line too narrow for the text (40 columns), rather than cut its end or take the
	footer's line: the words a person needs now (the keys of a priority key's hint).
	*/
	readonly short?: string;
	/**
	A word about the key just pressed (`q quits` after an esc with nothing to back out of, `x: no such key
	here`): true of that moment only, so the next key takes it away.
	*/
	readonly isKeyHint?: boolean;
	/**
	The line is about the search (`match 2/6`, `no match for "x"`): while it shows, the search is on screen,
	and Esc drops it before the filters; once another status replaced it, Esc does what the screen shows.
	*/
	readonly isSearch?: boolean;
	/**
	The line says that other sessions' decisions came in (a refresh), not what an own action did: an own save
	that returns next says both, and a confirmation on the line keeps its place when others' decisions come.
	*/
	readonly isOthers?: boolean;
	/**
	What other sessions changed, named (`ben changed decisions on test_a and test_b`), on a line that says so: an own
	save that returns next says it too, where `another session changed decisions too` named neither.
	*/
	readonly othersWord?: string;
	/**
	The rows (by key) whose save this line confirms: when another session changes one of them (undoes it, decides
	it again), the confirmation would say saved what is no longer in effect, and gives way to a line that says so.
	*/
	readonly savedKeys?: ReadonlySet<string>;
};

export type Preview = {
	readonly cluster: string;
	readonly signature: string;
	readonly category: string;
	readonly priority: string;
	/** Whether the category and priority are the current row's suggestion, not a decision. */
	readonly isSuggested: boolean;
	/** The current row's issue link, given to every row of the cluster with its decision. */
	readonly issue?: string;
	/** Keys of the rows the decision would change. */
	readonly keys: readonly string[];
	/** How many of them have a decision (stale ones too) that it would replace. */
	readonly replaced: number;
	/** Rows in the cluster. */
	readonly size: number;
};

/** Where typing a search or a filter started: Esc goes back there. */
export type TypingOrigin = {
	readonly selectedKey: string | undefined;
	readonly cursor: number;
	readonly overlayScroll: number;
	readonly overlayMatch: number | undefined;
	readonly search: Search | undefined;
	readonly text: TextFilter;
};

export type ReviewState = {
	readonly analysis: Analysis;
	readonly keymap: Keymap;
	readonly keys: CompiledKeymap;
	readonly rows: readonly ReviewRow[];
	readonly progress: Progress;
	/** Row key → index in `rows`. */
	readonly rowIndex: ReadonlyMap<string, number>;
	/** Indexes into `rows` that pass the filters, in the list's order. Recomputed only when rows, filters or the order change. */
	readonly visible: readonly number[];
	/** Index into `visible`. */
	readonly cursor: number;
	/** Row keys. */
	readonly marks: ReadonlySet<string>;
	/** Where a range mark (`V`) starts: the row marked last. */
	readonly anchor: string | undefined;
	readonly quickFilters: readonly QuickFilter[];
	readonly quick: QuickFilter;
	readonly text: TextFilter;
	/** The last search (`/`): `n` and `N` repeat it. It moves the selection and hides nothing. */
	readonly search: Search | undefined;
	/** Set while a search or a filter is typed. */
	readonly typingOrigin: TypingOrigin | undefined;
	/** The list's order (`S`): log order, cluster, priority, area or file. */
	readonly sort: SortOrder;
	/** Only this cluster's failures (chosen in the cluster list). */
	readonly cluster: string | undefined;
	/** The quick and text filters choosing a cluster replaced: Esc, which drops the cluster, puts them back. */
	readonly beforeCluster?:
		{readonly quick: QuickFilter; readonly text: TextFilter} | undefined;
	readonly mode: Mode;
	/** The modes under the current one: `back` from help, summary, note, filter and search returns to the last. */
	readonly modeStack: readonly Mode[];
	/** First screen line of the traceback shown (a wrapped line takes several). */
	readonly scroll: number;
	readonly isCapturedShown: boolean;
	/** The detail pane under the list; hidden (`+`), the list takes its lines. */
	readonly isDetailShown: boolean;
	/** Long traceback lines wrap (the default) or are cut with `…`. */
	readonly isWrapped: boolean;
	/** The note, filter or search being typed. */
	readonly draft: string;
	/**
	The row a note or an issue is being typed for (without marks): saved there even when another session's
	decision re-filters the list and moves the selection meanwhile.
	*/
	readonly editingKey?: string | undefined;
	/** The prompt the key before closed with Enter: the Enter right after it accepts nothing (`enter-twice.ts`). */
	readonly closedByEnter?: Mode | undefined;
	/** When that Enter was pressed (ms), when the key said. */
	readonly closedByEnterAt?: number | undefined;
	/** Bracketed paste under way: what it gave so far, and whether it came where keys are asked for (`terminal-read.ts`). */
	readonly paste?: PasteUnderWay | undefined;
	/** Set by a priority key; the next category key (or `a`) uses it. */
	readonly pendingPriority: string | undefined;
	readonly preview: Preview | undefined;
	/** Another session's action `z` asked about: `y` undoes it (and nothing else). */
	readonly undoAsked?: UndoTarget | undefined;
	readonly clusterCursor: number;
	/** Scroll of the help, summary and preview. */
	readonly overlayScroll: number;
	/** The help or summary line of the current search match. */
	readonly overlayMatch: number | undefined;
	readonly viewport: Viewport;
	/** Row keys decided but not on disk yet: "next undecided" skips them. */
	readonly saving: ReadonlySet<string>;
	/** The effect id of an undo on its way: keys wait for it (`undo-confirm.ts`). */
	readonly undoing?: number | undefined;
	/** The keys read while an undo is on its way, in order. */
	readonly queuedKeys?: readonly string[] | undefined;
	/** The saves that have not returned yet, oldest first: their decisions are on screen already (`unsaved.ts`). */
	readonly unsaved?: readonly UnsavedSave[];
	/** Where the cursor is in the text being typed (`draft`), in code units; undefined: at its end. */
	readonly draftCursor?: number;
	/**
	Row keys whose decision failed to save (a full disk, a lost store) and has not been saved since: quitting
	exits non-zero and says how many, as the screen did at the time.
	*/
	readonly notSaved?: ReadonlySet<string>;
	readonly effects: readonly Effect[];
	readonly nextEffectId: number;
	readonly status: Status | undefined;
	/** A run still being read: its progress, changed together with the rows it goes with. */
	readonly live?: LiveProgress;
	/** The rules in effect: a confirmation suggests from them again (default: the built-in rules). */
	readonly rules?: readonly Rule[];
	/** Failures being run again (`R`), while they are. */
	readonly rerun?: RerunProgress;
	/**
	What the `R` prompt runs where (`pending`: asked of `App`; Enter waits for it; `entered early`: pending, and an
	Enter came before it, which started nothing and is answered once the prompt says where it runs).
	*/
	readonly rerunWhere?: RerunWhere | 'pending' | 'entered early' | undefined;
	/** Confirmations made in this screen, by report key: applied again to a newer review of a live run. */
	readonly confirmations: ReadonlyMap<string, Confirmation>;
	/** Reports this screen decided before their error was known: signed once it is (`late-signatures.ts`). */
	readonly awaitingError?: ReadonlySet<string>;
	/** Reports of a live run another review decided without a signature, awaited once (`awaitUnsignedSinceStart`). */
	readonly unsignedSeen?: ReadonlySet<string>;
	/** Reports this screen decided on a live run's log before it was kept and named (run `-`): named once it is. */
	readonly awaitingRun?: ReadonlySet<string>;
	/**
	How many times a team's store said it was back after it went away: signatures asked of it before it came back, and
	refused after, are asked again at once (`signAgain`), as no later notice may come.
	*/
	readonly storeBack?: number;
};

/** The selected row, if the filtered list is not empty. */
export function currentRow(state: ReviewState): ReviewRow | undefined {
	const index = state.visible[state.cursor];
	return index === undefined ? undefined : state.rows[index];
}

/** Record an effect for `App` to perform after the commit. */
export function withEffect(state: ReviewState, effect: NewEffect): ReviewState {
	return {
		...state,
		effects: [...state.effects, {...effect, id: state.nextEffectId}],
		nextEffectId: state.nextEffectId + 1,
	};
}

/** Say something in the status line. */
export function withStatus(
	state: ReviewState,
	text: string | StatusText,
	tone: StatusTone = 'info',
): ReviewState {
	return {
		...state,
		status: typeof text === 'string' ? {text, tone} : {...text, tone},
	};
}

/** Say something about the key just pressed, until the next key (`Status.isKeyHint`). */
export function withKeyHint(state: ReviewState, text: string): ReviewState {
	return {...state, status: {text, tone: 'info', isKeyHint: true}};
}
