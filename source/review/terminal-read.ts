/**
One read of the terminal: the keys it brought (`keyNames`), applied in order, each against the mode the key
before it left. Which of them a note, an issue, a search or a filter takes as text (`typedNames`), and whether
a paste is text or dropped, is decided here, in the reducer, against the newest state: the input handler only
knows the last frame's mode, and a read that arrives right after `#` (a paste, keys typed fast on a loaded
machine) came before the frame that opens the note, so its lines were taken as keys of the list and a
pasted note's second line decided failures.
*/
import {isTypingMode} from './modes.js';
import {
	type PastedSoFar,
	pastedNames,
	pastedSoFar,
	typedNames,
} from './keymap/key-names.js';
import type {ReviewState} from './state.js';

export type TerminalRead = {
	readonly type: 'read';
	readonly names: readonly string[];
	/** When it was read (ms since 1970): the keys' time (`enter-twice.ts`). */
	readonly at?: number;
};

/** Between bracketed paste's marks: what the paste gave so far, and whether any of it was dropped. */
export type PasteUnderWay = {
	readonly soFar: PastedSoFar;
	readonly isDropped: boolean;
};

export const pasteIgnored =
	'pasted text ignored: no key is read from a paste (paste into a note #, an issue I, a search / or a filter F)';

type KeyReducer = (
	state: ReviewState,
	name: string,
	at: number | undefined,
) => ReviewState;

export function applyRead(
	state: ReviewState,
	read: TerminalRead,
	key: KeyReducer,
): ReviewState {
	const {names, at} = read;
	const {paste} = state;
	if (paste !== undefined) {
		// Where a key is asked for, no key comes from a paste: said once the paste ends.
		if (!isTypingMode(state.mode)) {
			return names.length === 0 || paste.isDropped
				? state
				: {...state, paste: {...paste, isDropped: true}};
		}

		const typed = pastedNames(names, paste.soFar);
		const next = typed.reduce<ReviewState>(
			(before, name) => key(before, name, at),
			state,
		);
		return {...next, paste: {...paste, soFar: pastedSoFar(typed, paste.soFar)}};
	}

	let next = state;
	for (const [index, name] of names.entries()) {
		if (isTypingMode(next.mode)) {
			// The rest of the read is the field's: a line ends at its Enter, pasted lines are one line.
			return typedNames(names.slice(index)).reduce<ReviewState>(
				(before, typed) => key(before, typed, at),
				next,
			);
		}

		next = key(next, name, at);
	}

	return next;
}
