/**
Keys typed into the note, the issue, the filter, the search and the number of runs (`R`): the text and its cursor.
*/
import {nextCharacterEnd, previousCharacterStart} from '../text.js';
import {onFilterDraft} from './filters.js';
import {onSearchDraft} from './search.js';
import type {ReviewState} from './state.js';

/** The text being typed changed: the filter and the search act on it at once, the note and the issue wait for Enter. */
export function onDraft(state: ReviewState, value: string): ReviewState {
	switch (state.mode) {
		case 'filter': {
			return onFilterDraft(state, value);
		}

		case 'search': {
			return onSearchDraft(state, value);
		}

		case 'note':
		case 'issue': {
			return {...state, draft: value, status: undefined};
		}

		case 'rerun': {
			// A number of times: digits only.
			return /^\d{0,3}$/.test(value) ? {...state, draft: value} : state;
		}

		default: {
			return state;
		}
	}
}

/**
A key typed into the note, the issue, the filter or the search. The text is edited here, key by key against the text the
previous key left, and not in a text-input component: one that keeps the text in a prop loses a key that
arrives before the next render (a fast typist, a loaded machine).
*/
export function typeKey(state: ReviewState, name: string): ReviewState {
	const {draft} = state;
	// The cursor moves by characters as a person sees them (graphemes), as Backspace takes one.
	const cursor = Math.min(state.draftCursor ?? draft.length, draft.length);
	const moved = movedCursor(draft, cursor, name);
	if (moved !== undefined) {
		return moved === cursor
			? state
			: {...state, draftCursor: moved === draft.length ? undefined : moved};
	}

	let typed: {text: string; cursor: number} | undefined;
	switch (name) {
		case 'backspace': {
			const start = previousCharacterStart(draft, cursor);
			typed = {
				text: draft.slice(0, start) + draft.slice(cursor),
				cursor: start,
			};

			break;
		}

		case 'ctrl-u': {
			typed = {text: '', cursor: 0};

			break;
		}

		default: {
			const character = name === 'space' ? ' ' : name;
			if ([...character].length === 1) {
				typed = {
					text: draft.slice(0, cursor) + character + draft.slice(cursor),
					cursor: cursor + character.length,
				};
			}
		}
	}

	if (typed === undefined || typed.text === draft) {
		return state;
	}

	const next = onDraft(state, typed.text);
	// A draft refused (the number of runs takes digits only) leaves the cursor where it was.
	if (next.draft !== typed.text) {
		return next;
	}

	return {
		...next,
		draftCursor: typed.cursor >= typed.text.length ? undefined : typed.cursor,
	};
}

/** Where ←, →, Home, End, Ctrl-A and Ctrl-E put the cursor; undefined for any other key. */
function movedCursor(
	draft: string,
	cursor: number,
	name: string,
): number | undefined {
	switch (name) {
		case 'left': {
			return previousCharacterStart(draft, cursor);
		}

		case 'right': {
			return nextCharacterEnd(draft, cursor);
		}

		case 'home':
		case 'ctrl-a': {
			return 0;
		}

		case 'end':
		case 'ctrl-e': {
			return draft.length;
		}

		default: {
			return undefined;
		}
	}
}
