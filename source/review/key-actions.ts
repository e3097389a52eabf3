/**
What each key action does: one handler per `KeyAction` type (the type checker asks for one when an action
is added to the keymap), and what `back` does in each mode. The handlers live in the modules named for
what they change; this table only says which one a key runs.
*/
import {
	cancelPreview,
	confirmPreview,
	previewCluster,
} from './cluster-preview.js';
import {
	clusterCursorToEdge,
	moveClusterCursor,
	openClusters,
	selectCluster,
} from './clusters.js';
import {moveTo} from './cursor.js';
import {
	accept,
	afterTyping,
	decideCategory,
	dropPriority,
	editNote,
	setPriority,
	submitNote,
} from './decide.js';
import {editIssue, submitIssue} from './issue.js';
import {copyId, openEditor, quit, suspend} from './effects.js';
import {cancelUndo, confirmUndo, undo} from './undo-confirm.js';
import {
	cancelFilter,
	cycleFilter,
	cycleSort,
	dropFilter,
	editFilter,
	submitFilter,
} from './filters.js';
import type {KeyAction, Mode} from './keymap/types.js';
import {dropMarks, markRange, toggleMark} from './marks.js';
import {cancelTyping, closeOverlay, openOverlay} from './modes.js';
import {
	scrollBy,
	scrollDetailToEdge,
	scrollOverlayToEdge,
	toggleCaptured,
	toggleDetail,
	toggleWrap,
	withOpeningScroll,
} from './scroll.js';
import {
	cancelSearch,
	dropSearch,
	dropShownSearch,
	searchAgain,
	startSearch,
	submitSearch,
} from './search.js';
import {startRerun, submitRerun} from './rerun.js';
import {currentRow, withKeyHint, type ReviewState} from './state.js';

type Handler<Action extends KeyAction> = (
	state: ReviewState,
	action: Action,
) => ReviewState;

type KeyHandlers = {
	readonly [Type in KeyAction['type']]: Handler<
		Extract<KeyAction, {readonly type: Type}>
	>;
};

/**
`esc` and the other `back` keys, per mode. In the list: drop the marks, the priority, the search while its line
shows, then the filters, then a search no longer shown (only its highlights are).
*/
const backByMode: Readonly<Record<Mode, (state: ReviewState) => ReviewState>> =
	{
		list: state =>
			dropMarks(state) ??
			dropPriority(state) ??
			dropShownSearch(state) ??
			dropFilter(state) ??
			dropSearch(state) ??
			withKeyHint(state, 'q quits'),
		detail: state => withOpeningScroll({...state, mode: 'list'}),
		clusters: state => ({...state, mode: 'list'}),
		preview: cancelPreview,
		undo: cancelUndo,
		summary: closeOverlay,
		help: closeOverlay,
		note: state => afterTyping(state, cancelTyping(state)),
		issue: state => afterTyping(state, cancelTyping(state)),
		filter: cancelFilter,
		search: cancelSearch,
		rerun: cancelTyping,
	};

/** Enter while typing, per typing mode. */
function submit(state: ReviewState): ReviewState {
	switch (state.mode) {
		case 'note': {
			return submitNote(state);
		}

		case 'issue': {
			return submitIssue(state);
		}

		case 'filter': {
			return submitFilter(state);
		}

		case 'search': {
			return submitSearch(state);
		}

		case 'rerun': {
			return submitRerun(state);
		}

		default: {
			return state;
		}
	}
}

/** `g`/`G`: the first or last row, cluster, or line of what the mode shows. */
function toEdge(state: ReviewState, isFirst: boolean): ReviewState {
	switch (state.mode) {
		case 'list': {
			return moveTo(state, isFirst ? 0 : state.visible.length - 1);
		}

		case 'clusters': {
			return clusterCursorToEdge(state, isFirst);
		}

		case 'detail': {
			return scrollDetailToEdge(state, isFirst);
		}

		default: {
			return scrollOverlayToEdge(state, isFirst);
		}
	}
}

const keyHandlers: KeyHandlers = {
	move: (state, action) =>
		state.mode === 'clusters'
			? moveClusterCursor(state, action.delta)
			: moveTo(state, state.cursor + action.delta),
	first: state => toEdge(state, true),
	last: state => toEdge(state, false),
	scroll: (state, action) => scrollBy(state, action.delta, false),
	page: (state, action) => scrollBy(state, action.delta, true),
	category: (state, action) => decideCategory(state, action.category),
	priority: (state, action) => setPriority(state, action.priority),
	accept,
	mark: toggleMark,
	markRange,
	// On the cluster list, the highlighted cluster: its failures shown, then what x does on the first of them.
	previewCluster: state =>
		previewCluster(state.mode === 'clusters' ? selectCluster(state) : state),
	confirm: state =>
		state.mode === 'undo' ? confirmUndo(state) : confirmPreview(state),
	undo,
	editNote,
	editIssue,
	editFilter,
	search: startSearch,
	searchAgain: (state, action) => searchAgain(state, action.delta),
	cycleFilter,
	cycleSort,
	submit,
	// From the summary, whose list of clusters stops at ten: the summary closes, under it the cluster list.
	toggleClusters(state) {
		if (state.mode !== 'summary') {
			return openClusters(state);
		}

		const closed = closeOverlay(state);
		return closed.mode === 'clusters' ? closed : openClusters(closed);
	},
	selectCluster,
	openDetail: state =>
		currentRow(state) ? withOpeningScroll({...state, mode: 'detail'}) : state,
	toggleWrap,
	toggleDetail,
	toggleCaptured,
	summary: state => openOverlay(state, 'summary'),
	help: state => openOverlay(state, 'help'),
	back: state => backByMode[state.mode](state),
	quit,
	openEditor,
	copyId,
	suspend,
	rerun: startRerun,
};

export function applyKeyAction(
	state: ReviewState,
	action: KeyAction,
): ReviewState {
	const handler = keyHandlers[action.type] as Handler<KeyAction>;
	return handler(state, action);
}
