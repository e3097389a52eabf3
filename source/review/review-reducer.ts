/**
The review screen's one reducer: every key and every I/O result goes through here. It is pure: it records
what should happen on disk or in the terminal as `effects`, and `App` performs them after the commit and
reports back (`decisions`, `failed`). Key names are looked up in the current mode's table here, not in the
input handler, so that keys arriving faster than renders are read against the mode the previous key left.

This module only composes: the state is `state.ts`, and each job has its module (see there).
*/
import type {DecisionState, UndoTarget} from '../triage/journal.js';
import type {OthersDecision} from '../triage/journal/api.js';
import type {LiveProgress} from '../live/live-review.js';
import type {Review} from '../triage/review.js';
import {sanitizeLine} from '../log/sanitize.js';
import type {Rule} from '../classify/rules/types.js';
import {refreshPreview} from './cluster-preview.js';
import {resumedFilters, visibleRows} from './filters.js';
import {
	dropFailedSave,
	onJournalUpdate,
	withUnsavedShown,
} from './journal-update.js';
import {
	addLateSignatures,
	awaitUnsignedSinceStart,
	signAgain,
} from './late-signatures.js';
import {afterKey, holdSecondEnter, isSecondEnter} from './enter-twice.js';
import {onReviewUpdate} from './live-update.js';
import {endFromOutside, interrupt} from './effects.js';
import {applyKeyAction} from './key-actions.js';
import {compileKeymap} from './keymap/compile.js';
import {defaultKeymap} from './keymap/default-keymap.js';
import type {KeyAction, Keymap} from './keymap/types.js';
import {defaultViewport, type Viewport} from './layout.js';
import {isTypingMode} from './modes.js';
import {quickFiltersOf} from './quick-filters.js';
import {restoreAfterFailedSave, type SaveRestore} from './save-failed.js';
import {withNotSavedNames} from './not-saved-rows.js';
import {followNoteLines, resizeScrolls, withOpeningScroll} from './scroll.js';
import {followOverlayResize} from './overlay-resize.js';
import {followSearchStatus} from './search.js';
import {onDraft, typeKey} from './typing.js';
import {applyRead, pasteIgnored, type TerminalRead} from './terminal-read.js';
import {parseSortOrder} from './sort.js';
import {
	afterUndo,
	askUndo,
	cancelUndo,
	noticeWhileAsking,
	queueKey,
} from './undo-confirm.js';
import {
	withKeyHint,
	withStatus,
	type ReviewState,
	type Status,
	type StatusText,
} from './state.js';
import {
	applyConfirmations,
	onRerunDone,
	onRerunProgress,
	onRerunWhere,
	stopRerun,
	type RerunOutcome,
	type RerunWhere,
} from './rerun.js';

export type ReviewAction =
	| KeyAction
	/** One read of the terminal: its keys in order (`terminal-read.ts`). */
	| TerminalRead
	/** Bracketed paste's marks. */
	| {readonly type: 'pasteStart'}
	| {readonly type: 'pasteEnd'}
	/** A normalized key name (see `keyNames`), looked up in the current mode's table. */
	| {
			readonly type: 'key';
			readonly name: string;
			/** When it was pressed (ms since 1970), where the terminal's input says (`enter-twice.ts`). */
			readonly at?: number;
	  }
	/** The text input changed. */
	| {readonly type: 'draft'; readonly value: string}
	/** The journal's state after a save, an undo, or another session's append. */
	| {
			readonly type: 'decisions';
			readonly decisions: DecisionState;
			readonly message?: StatusText;
			/** Select this test id (after an undo). */
			readonly select?: string;
			/** The id of the save effect that returned with this state. */
			readonly saved?: number;
			/** The id of the undo effect that returned with this state. */
			readonly undone?: number;
			/** Other sessions' decisions came in (a refresh): the screen words it (`onJournalUpdate`). */
			readonly isOthers?: boolean;
			/** Those decisions, with who made them where the journal records it (a store). */
			readonly others?: readonly OthersDecision[];
	  }
	/**
	`z` or `y` found a newest action it does not undo without asking (another session's, or not the one
	asked about): ask about it (`undo-confirm.ts`). `now` is the clock for the question's time.
	*/
	| {
			readonly type: 'undoAsk';
			readonly target: UndoTarget;
			readonly now: Date;
			readonly isChanged: boolean;
			/** The id of the undo effect that asks. */
			readonly undone?: number;
	  }
	/** An effect failed: nothing was saved. */
	| {
			readonly type: 'failed';
			readonly message: string;
			/** A failed save's: what its decision took, given back. */
			readonly restore?: SaveRestore;
			/** A failed save's effect id: its decisions leave the screen. */
			readonly saved?: number;
			/** The journal's state after a failed save, when it could be read. */
			readonly decisions?: DecisionState;
			/** A failed undo's effect id (or one that found nothing to undo). */
			readonly undone?: number;
			/** Failed late signatures: the report keys to sign again (`signAgain`). */
			readonly unsigned?: readonly string[];
			/** Failed late signatures: how many times the store had come back when they were asked. */
			readonly storeBack?: number;
	  }
	| {
			readonly type: 'info';
			readonly message: string;
			/** A team's store says it is back after it went away (`DecisionJournal.takeNotice`). */
			readonly isStoreBack?: boolean;
			/** And that decisions made while it was away were NOT saved: the line names their tests. */
			readonly hasUnsaved?: boolean;
	  }
	| {readonly type: 'effectsDone'; readonly through: number}
	/** A run still being read: a newer review (more failures, or more known of them) and its progress. */
	| {
			readonly type: 'review';
			readonly review?: Review;
			readonly live: LiveProgress;
	  }
	| {readonly type: 'resize'; readonly viewport: Viewport}
	/** A repetition of the failures being run again ended. */
	| {
			readonly type: 'rerunProgress';
			readonly done: number;
			readonly total: number;
	  }
	/** The failures being run again are done, stopped, or could not be run. */
	| {readonly type: 'rerunDone'; readonly outcome: RerunOutcome}
	/** What the `R` prompt runs where (`App` answers its effect); undefined: it cannot tell. */
	| {readonly type: 'rerunWhere'; readonly where: RerunWhere | undefined}
	/** Ended from outside (SIGTERM, SIGHUP): quit as `q` does, whatever is open (`endFromOutside`). */
	| {readonly type: 'end'};

export type InitOptions = {
	readonly review: Review;
	readonly keymap?: Keymap;
	/** The test id selected last time. */
	readonly selectedId?: string;
	/** Its report selected last time (`setup`, `teardown`, …); absent: its call failure, else its first row. */
	readonly selectedPhase?: string;
	/** The tests below it last time, nearest first: the first still in the list is selected when it is not. */
	readonly nextIds?: readonly string[];
	/** The filter active last time (`formatFilter`). */
	readonly filter?: string;
	/** The cluster filter active last time, `filter` then being the one before it. */
	readonly cluster?: string;
	/** The list's order last time (`sort.ts`); an unknown one is log order. */
	readonly sort?: string;
	readonly viewport?: Viewport;
	readonly status?: Status;
	/** The rules in effect (a confirmation suggests from them again). */
	readonly rules?: readonly Rule[];
	/** A run still being read: its progress, so that the first frame already shows it running. */
	readonly live?: LiveProgress;
};

export function createReviewState(options: InitOptions): ReviewState {
	const {review} = options;
	const keymap = options.keymap ?? defaultKeymap;
	const quickFilters = quickFiltersOf(review.analysis);
	const rowIndex = new Map(review.rows.map((row, index) => [row.key, index]));
	const {quick, text, cluster, beforeCluster} = resumedFilters(
		options,
		review.rows,
		quickFilters,
	);
	const sort = parseSortOrder(options.sort);
	const visible = visibleRows({
		analysis: review.analysis,
		rows: review.rows,
		quick,
		text,
		cluster,
		sort,
	});
	let cursor = 0;
	if (options.selectedId !== undefined) {
		const phase = options.selectedPhase ?? 'call';
		const isSelected = (rowNumber: number) =>
			review.rows[rowNumber]!.analyzed.failure.id === options.selectedId;
		const exact = visible.findIndex(
			rowNumber =>
				isSelected(rowNumber) &&
				review.rows[rowNumber]!.analyzed.failure.phase === phase,
		);
		cursor = exact === -1 ? visible.findIndex(isSelected) : exact;
		// The test passed since (or left the list): the nearest test below it that is still there.
		for (const id of options.nextIds ?? []) {
			if (cursor !== -1) {
				break;
			}

			cursor = visible.findIndex(
				rowNumber => review.rows[rowNumber]!.analyzed.failure.id === id,
			);
		}

		cursor = Math.max(0, cursor);
	}

	return withOpeningScroll({
		analysis: review.analysis,
		keymap,
		keys: compileKeymap(keymap),
		rows: review.rows,
		progress: review.progress,
		rowIndex,
		visible,
		cursor,
		marks: new Set(),
		anchor: undefined,
		quickFilters,
		quick,
		text,
		search: undefined,
		typingOrigin: undefined,
		sort,
		cluster,
		beforeCluster,
		mode: 'list',
		modeStack: [],
		scroll: 0,
		isCapturedShown: false,
		isDetailShown: true,
		isWrapped: true,
		draft: '',
		pendingPriority: undefined,
		preview: undefined,
		clusterCursor: 0,
		overlayScroll: 0,
		overlayMatch: undefined,
		viewport: options.viewport ?? defaultViewport,
		saving: new Set(),
		effects: [],
		nextEffectId: 1,
		status: options.status,
		...(options.rules && {rules: options.rules}),
		...(options.live && {live: options.live}),
		confirmations: new Map(),
	});
}

function isTyping(state: ReviewState): boolean {
	return isTypingMode(state.mode);
}

export function reviewReducer(
	state: ReviewState,
	action: ReviewAction,
): ReviewState {
	const next = followNoteLines(
		state,
		followSearchStatus(state, reduce(state, action)),
	);
	// The keys read while an undo was on its way act on what it restored, or on the question it asks.
	return 'undone' in action ? afterUndo(next, action.undone, keyOf) : next;
}

/** A key of a read, or one replayed after an undo. */
function keyOf(state: ReviewState, name: string, at?: number): ReviewState {
	return reviewReducer(state, {
		type: 'key',
		name,
		...(at !== undefined && {at}),
	});
}

function reduce(state: ReviewState, action: ReviewAction): ReviewState {
	switch (action.type) {
		case 'read': {
			return applyRead(state, action, keyOf);
		}

		case 'pasteStart': {
			return {...state, paste: {soFar: 'nothing', isDropped: false}};
		}

		case 'pasteEnd': {
			const ended = {...state, paste: undefined};
			return state.paste?.isDropped
				? reduce(ended, {type: 'info', message: pasteIgnored})
				: ended;
		}

		case 'key': {
			// Ctrl+C quits even while an undo is on its way; any other key waits for it.
			const queued =
				action.name === 'ctrl-c' ? undefined : queueKey(state, action.name);
			if (queued) {
				return queued;
			}

			// A hint about the key before (`q quits`) is not true of the next one.
			const base = state.status?.isKeyHint
				? {...state, status: undefined}
				: state;
			// While failures run again, esc and Ctrl+C stop them first (Ctrl+C quits once nothing runs).
			if (
				base.rerun &&
				!isTyping(base) &&
				(action.name === 'escape' || action.name === 'ctrl-c')
			) {
				return stopRerun(base);
			}

			const keyAction = base.keys.get(base.mode)?.get(action.name);
			if (keyAction && isSecondEnter(base, action.name, keyAction, action.at)) {
				return holdSecondEnter(base);
			}

			if (keyAction) {
				return afterKey(
					base,
					keyAction.type === 'quit' && action.name === 'ctrl-c'
						? interrupt(base)
						: applyKeyAction(base, keyAction),
					keyAction,
					action.at,
				);
			}

			if (base.closedByEnter !== undefined) {
				return reduce(
					{...base, closedByEnter: undefined, closedByEnterAt: undefined},
					action,
				);
			}

			// The question before undoing another session's action: only y undoes, any other key cancels.
			if (base.mode === 'undo') {
				return cancelUndo(base);
			}

			// While typing, keys are text; anywhere else a key that does nothing says so (and where help is, in
			// a question only its own keys answer, which the footer lists).
			const hasHelp = base.keys.get(base.mode)?.has('?') ?? false;
			return isTyping(base)
				? typeKey(base, action.name)
				: withKeyHint(
						base,
						`${sanitizeLine(action.name)}: no such key here${hasHelp ? ' (? for help)' : ''}`,
					);
		}

		case 'draft': {
			return action.value === state.draft
				? state
				: {...onDraft(state, action.value), draftCursor: undefined};
		}

		case 'decisions': {
			// While `z` asks, the question stays on the status line (`y` checks what changed).
			// The preview open (x) says what y would do with the decisions as they are now.
			return refreshPreview(
				addLateSignatures(
					onJournalUpdate(
						state,
						state.mode === 'undo'
							? {...action, message: undefined, isOthers: undefined}
							: action,
					),
				),
			);
		}

		case 'undoAsk': {
			return askUndo(state, action.target, action.now, action.isChanged);
		}

		case 'review': {
			// A confirmation made here stays on its failure in the newer review.
			// The live progress first: whether the run is read to its end says which errors are whole yet.
			const next = addLateSignatures(
				awaitUnsignedSinceStart(
					action.review
						? applyConfirmations(
								withUnsavedShown(
									onReviewUpdate({...state, live: action.live}, action.review),
								),
							)
						: {...state, live: action.live},
				),
			);
			// A key's hint that there was nothing to decide is wrong once the first failures have come.
			const isHintOutdated =
				state.rows.length === 0 &&
				next.rows.length > 0 &&
				next.status?.isKeyHint === true;
			return {
				...next,
				live: action.live,
				...(isHintOutdated && {status: undefined}),
			};
		}

		case 'failed': {
			const dropped =
				action.saved === undefined
					? state
					: dropFailedSave(state, action.saved, action.decisions);
			// The status first: a signature asked again at once leaves its effect on the state the status is on.
			const failed = signAgain(
				withStatus(dropped, action.message, 'error'),
				action.unsigned,
				action.storeBack,
			);
			return action.restore
				? restoreAfterFailedSave(failed, action.restore)
				: failed;
		}

		case 'info': {
			// The store back after it was away: signatures it could not take meanwhile are saved now.
			const back = action.isStoreBack
				? {...state, storeBack: (state.storeBack ?? 0) + 1}
				: state;
			const message = action.hasUnsaved
				? withNotSavedNames(action.message, state)
				: action.message;
			return addLateSignatures(
				back.mode === 'undo'
					? noticeWhileAsking(back, message)
					: withStatus(back, message),
			);
		}

		case 'effectsDone': {
			const effects = state.effects.filter(
				effect => effect.id > action.through,
			);
			return effects.length === state.effects.length
				? state
				: {...state, effects};
		}

		case 'rerunProgress': {
			return onRerunProgress(state, action.done, action.total);
		}

		case 'rerunDone': {
			return onRerunDone(state, action.outcome);
		}

		case 'rerunWhere': {
			return onRerunWhere(state, action.where);
		}

		case 'end': {
			return endFromOutside(state);
		}

		case 'resize': {
			if (
				action.viewport.rows === state.viewport.rows &&
				action.viewport.columns === state.viewport.columns
			) {
				return state;
			}

			return followOverlayResize(state, resizeScrolls(state, action.viewport));
		}

		default: {
			return applyKeyAction(state, action);
		}
	}
}
