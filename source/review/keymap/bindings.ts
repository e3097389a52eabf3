/**
Bindings that several modes share, and the builders that make them: the decision keys from the category
and priority lists, movement and scrolling with help in each mode's own words, quit and help.
`default-keymap.ts` puts them together per mode.
*/
import type {Category, Priority} from '../../classify/categories.js';
import type {KeyBinding} from './types.js';

/** Category and priority keys from the lists given, then accept, note, issue and undo. */
export function decisionBindings(
	categories: readonly Category[],
	priorities: readonly Priority[],
): KeyBinding[] {
	return [
		...categories.map((category): KeyBinding => ({
			id: `category.${category.name}`,
			keys: [category.key],
			action: {type: 'category', category: category.name},
			help: `decide ${category.name}, save, go to the next undecided failure`,
			hint: 'category',
			group: 'category',
		})),
		...priorities.map((priority): KeyBinding => ({
			id: `priority.${priority.name}`,
			keys: [priority.key],
			action: {type: 'priority', priority: priority.name},
			help: `priority ${priority.name} on this failure (then a category key decides both)`,
			hint: 'priority',
			group: 'priority',
		})),
		{
			id: 'accept',
			keys: ['a', 'return'],
			action: {type: 'accept'},
			help: 'accept the suggestion, save, go to the next undecided failure',
			hint: 'accept',
		},
		{
			id: 'note',
			keys: ['#'],
			action: {type: 'editNote'},
			help: 'edit the note of this failure (# as a comment in Python)',
			hint: 'note',
		},
		{
			id: 'issue',
			keys: ['I'],
			action: {type: 'editIssue'},
			help: 'link this failure (or the marked ones) to an issue: #123, JIRA-45 or a URL',
		},
		{
			id: 'undo',
			keys: ['z'],
			action: {type: 'undo'},
			help: "undo the last decision (repeat to go further back); another session's newest action asks first",
			hint: 'undo',
		},
	];
}

/** `R`: run the failure (or the marked ones) again to confirm it. */
export const rerun: KeyBinding = {
	id: 'rerun',
	keys: ['R'],
	action: {type: 'rerun'},
	help: 'run this failure (or the marked ones) again N times: reproduced 5/5 is stable, 2/5 flaky; esc or Ctrl+C stops it',
	hint: 'run again',
};

export const quit: KeyBinding = {
	id: 'quit',
	keys: ['q', 'ctrl-c'],
	action: {type: 'quit'},
	help: 'quit (the place, the filter and the order are kept for next time)',
	hint: 'quit',
};

/** Ctrl+Z: raw mode keeps the terminal from stopping the process itself, so the review does it. */
export const suspend: KeyBinding = {
	id: 'suspend',
	keys: ['ctrl-z'],
	action: {type: 'suspend'},
	help: 'suspend to the shell (fg brings the review back)',
};

/** Ctrl+Z while typing: the text typed waits for `fg` (unsuspended, the `fg` and Enter typed next went into it and saved it). */
export const typingSuspend: KeyBinding = {
	...suspend,
	help: 'suspend to the shell (fg brings back the text typed)',
};

/** While typing, letters are text: only Ctrl+C quits. */
export const typingQuit: KeyBinding = {
	id: 'quit',
	keys: ['ctrl-c'],
	action: {type: 'quit'},
	help: 'quit (the text typed is dropped)',
};

export const help: KeyBinding = {
	id: 'help',
	keys: ['?'],
	action: {type: 'help'},
	help: 'all keys',
	hint: 'help',
};

/** The captured output; the full-screen detail gives it a footer hint. */
export const captured: KeyBinding = {
	id: 'captured',
	keys: ['O'],
	action: {type: 'toggleCaptured'},
	help: 'show the captured output instead of the traceback, or back',
};

export const wrap: KeyBinding = {
	id: 'wrap',
	keys: ['w'],
	action: {type: 'toggleWrap'},
	help: 'wrap long traceback lines (the default), or cut them with …',
};

export const editor: KeyBinding = {
	id: 'editor',
	keys: ['o'],
	action: {type: 'openEditor'},
	help: 'open the failing test in $EDITOR at its line',
};

export const copy: KeyBinding = {
	id: 'copy',
	keys: ['y'],
	action: {type: 'copyId'},
	help: 'copy the node id (OSC 52) and show it',
};

/** `/` types a search (`help` says over what), `n` and `N` go to the next and the previous match. */
export function searchBindings(help: string): KeyBinding[] {
	return [
		{
			id: 'search',
			keys: ['/'],
			action: {type: 'search'},
			help,
			hint: 'search',
		},
		{
			id: 'search.next',
			keys: ['n'],
			action: {type: 'searchAgain', delta: 1},
			help: 'next match of the search (wraps around)',
		},
		{
			id: 'search.previous',
			keys: ['N'],
			action: {type: 'searchAgain', delta: -1},
			help: 'previous match of the search (wraps around)',
		},
	];
}

/** Scrolling a text (the traceback, the summary, the help), with help that names it. */
export function scrollBindings(what: string): KeyBinding[] {
	return [
		{
			id: 'scroll.down',
			keys: ['down', 'j'],
			action: {type: 'scroll', delta: 1},
			help: `scroll the ${what} down`,
			hint: 'scroll',
			group: 'scroll',
		},
		{
			id: 'scroll.up',
			keys: ['up', 'k'],
			action: {type: 'scroll', delta: -1},
			help: `scroll the ${what} up`,
			hint: 'scroll',
			group: 'scroll',
		},
		{
			id: 'page.down',
			keys: ['pagedown', 'space'],
			action: {type: 'page', delta: 1},
			help: `next page of the ${what}`,
		},
		{
			id: 'page.up',
			keys: ['pageup'],
			action: {type: 'page', delta: -1},
			help: `previous page of the ${what}`,
		},
		{
			id: 'scroll.top',
			keys: ['g', 'home'],
			action: {type: 'first'},
			help: `top of the ${what}`,
		},
		{
			id: 'scroll.bottom',
			keys: ['G', 'end'],
			action: {type: 'last'},
			help: `bottom of the ${what}`,
		},
	];
}

/** `j`/`k`/arrows, `g`/`G`: the same keys in every list, with help in its own words. */
export function movement(
	next: string,
	previous: string,
	first: string,
	last: string,
): KeyBinding[] {
	return [
		{
			id: 'move.down',
			keys: ['down', 'j'],
			action: {type: 'move', delta: 1},
			help: next,
			hint: 'move',
			group: 'move',
		},
		{
			id: 'move.up',
			keys: ['up', 'k'],
			action: {type: 'move', delta: -1},
			help: previous,
			hint: 'move',
			group: 'move',
		},
		{
			id: 'move.first',
			keys: ['g', 'home'],
			action: {type: 'first'},
			help: first,
		},
		{id: 'move.last', keys: ['G', 'end'], action: {type: 'last'}, help: last},
	];
}
