/**
Enter pressed twice to close a prompt. Enter ends the search, filter, note, issue or count being typed, and in the
list Enter accepts the suggestion: a person who pressed Enter twice to close `/auth` (as many do, out of habit or
on a key that bounced) decided the row under the cursor without meaning to (QA 30, the built CLI in tmux). The
Enter right after one that closed a prompt accepts nothing and says so; the next Enter (or `a`) accepts, and
any other key in between ends the guard. Enter keeps its meaning everywhere else.
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

/** Whether this key is the Enter right after one that closed a prompt, about to accept a suggestion. */
export function isSecondEnter(
	state: ReviewState,
	name: string,
	action: KeyAction,
): boolean {
	return (
		state.closedByEnter !== undefined &&
		name === 'return' &&
		action.type === 'accept'
	);
}

/** The state after that second Enter: nothing accepted, a hint that the next Enter accepts. */
export function holdSecondEnter(state: ReviewState): ReviewState {
	const what = promptNames[state.closedByEnter!] ?? 'prompt';
	return withKeyHint(
		{...state, closedByEnter: undefined},
		`Enter closed the ${what}; Enter again (or a) accepts the suggestion`,
	);
}

/**
The state after a key: remembers that this key was an Enter that closed a prompt (`before` typing, `after` not),
and forgets it after any other key.
*/
export function afterKey(
	before: ReviewState,
	after: ReviewState,
	action: KeyAction | undefined,
): ReviewState {
	const closed =
		action?.type === 'submit' &&
		isTypingMode(before.mode) &&
		!isTypingMode(after.mode)
			? before.mode
			: undefined;
	return closed === after.closedByEnter
		? after
		: {...after, closedByEnter: closed};
}
