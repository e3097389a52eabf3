/**
The mode stack: help, summary, the note, the issue and the filter open over the mode they were opened from, and
`back` returns to it. What `back` does in each mode is `key-actions.ts`'s `backByMode`.
*/
import type {Mode} from './keymap/types.js';
import type {ReviewState} from './state.js';

/** The modes where keys are text: the note, the issue, the filter, the search and the number of runs (`R`) being typed. */
export function isTypingMode(mode: Mode): boolean {
	return (
		mode === 'note' ||
		mode === 'issue' ||
		mode === 'filter' ||
		mode === 'search' ||
		mode === 'rerun'
	);
}

/** Open a mode over the current one; opening the current one again changes nothing. */
export function enter(state: ReviewState, mode: Mode): ReviewState {
	return state.mode === mode
		? state
		: {
				...state,
				mode,
				modeStack: [...state.modeStack, state.mode],
				draftCursor: undefined,
			};
}

/** Back to the mode under the current one (the list when there is none). */
export function leave(state: ReviewState): ReviewState {
	return {
		...state,
		mode: state.modeStack.at(-1) ?? 'list',
		modeStack: state.modeStack.slice(0, -1),
		draftCursor: undefined,
	};
}

/**
A search's line (`match 2/11`) told of the text it was typed over: over another text (the summary after the
help, the list after either) it is dropped, not left to count matches that are not there. The search itself
stays for `n` and `N`.
*/
function withoutSearchLine(state: ReviewState): ReviewState {
	return state.status?.isSearch ? {...state, status: undefined} : state;
}

/** Open the help or the summary at its top. */
export function openOverlay(
	state: ReviewState,
	mode: 'help' | 'summary',
): ReviewState {
	return withoutSearchLine({
		...enter(state, mode),
		overlayScroll: 0,
		overlayMatch: undefined,
	});
}

export function closeOverlay(state: ReviewState): ReviewState {
	return withoutSearchLine({
		...leave(state),
		overlayScroll: 0,
		overlayMatch: undefined,
	});
}

/** Leave the note or the issue being typed, dropping the text. */
export function cancelTyping(state: ReviewState): ReviewState {
	return {...leave(state), draft: '', status: undefined};
}
