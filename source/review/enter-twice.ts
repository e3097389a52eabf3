/**
Enter pressed twice to close a prompt. Enter ends the search, filter, note, issue or count being typed, and in the
list Enter accepts the suggestion: a person who pressed Enter twice to close `/auth` (as many do, out of habit or
on a key that bounced) decided the row under the cursor without meaning to (QA 30, the built CLI in tmux). The
Enter right after one that closed a prompt accepts nothing and says so; the next Enter (or `a`) accepts, and
any other key in between ends the guard. Only right after: an Enter pressed later (`enterTwiceWindow`), once the
person has read the row the search found, is meant, and accepts. Enter keeps its meaning everywhere else.
*/
import type {KeyAction, Mode} from './keymap/types.js';
import {isTypingMode} from './modes.js';
import {type ReviewState, withKeyHint} from './state.js';

/** What the prompt closed by the Enter before was, as the hint names it. */
const promptNames: Partial<Record<Mode, string>> = {
	search: 'search',
	filter: 'filter',
	note: 'note',
	issue: 'issue',
	rerun: 'count of runs',
};

/**
How soon after the Enter that closed a prompt another is taken for the same habit (a double press, a bouncing key:
a few hundred milliseconds), in milliseconds. One later was pressed on purpose: after `/auth` and Enter, a person
reads the failure found, then accepts its suggestion with Enter, and that Enter was swallowed however long after.
*/
export const enterTwiceWindow = 1000;

/**
Whether this key is the Enter right after one that closed a prompt, about to accept a suggestion. `at`: when it was
pressed (ms), as the Enter before was (`closedByEnterAt`); a key without a time (replayed after an undo) is right after.
*/
export function isSecondEnter(
	state: ReviewState,
	name: string,
	action: KeyAction,
	at?: number,
): boolean {
	return (
		state.closedByEnter !== undefined &&
		name === 'return' &&
		action.type === 'accept' &&
		(at === undefined ||
			state.closedByEnterAt === undefined ||
			at - state.closedByEnterAt < enterTwiceWindow)
	);
}

/** The state after that second Enter: nothing accepted, a hint that the next Enter accepts. */
export function holdSecondEnter(state: ReviewState): ReviewState {
	const what = promptNames[state.closedByEnter!] ?? 'prompt';
	return withKeyHint(
		{...state, closedByEnter: undefined, closedByEnterAt: undefined},
		`Enter closed the ${what}; Enter again (or a) accepts the suggestion`,
	);
}

/**
The state after a key pressed `at` (ms, when known): remembers that this key was an Enter that closed a prompt
(`before` typing, `after` not), and when, and forgets it after any other key.
*/
export function afterKey(
	before: ReviewState,
	after: ReviewState,
	action: KeyAction | undefined,
	at?: number,
): ReviewState {
	const closed =
		action?.type === 'submit' &&
		isTypingMode(before.mode) &&
		!isTypingMode(after.mode)
			? before.mode
			: undefined;
	return closed === after.closedByEnter && closed === undefined
		? after
		: {...after, closedByEnter: closed, closedByEnterAt: closed && at};
}
