/**
Which decisions were NOT saved and not made again, by their tests: a team's store back after an outage said `2
decisions made while it was away were NOT saved (make them again)`, and the rows showed them undecided, with nothing
to say which (team tour 63). The line names them.
*/
import {sanitizeLine} from '../log/sanitize.js';
import {namesAndMore} from '../text.js';
import type {ReviewState} from './state.js';

/** Names shown before `and N more`. */
const shownNames = 3;

/** A test's name on a crowded line: its last `::` part (`test_jwt[rs256]`), its class kept (`TestAuth.test_jwt`). */
export function shortTestName(id: string): string {
	// Parts are split before the parameters, which may hold `::` themselves (`test_x[a::b]`).
	const bracket = id.indexOf('[');
	const parameters = bracket === -1 ? '' : id.slice(bracket);
	const parts = (bracket === -1 ? id : id.slice(0, bracket)).split('::');
	return `${parts.length > 2 ? parts.slice(-2).join('.') : (parts.at(-1) ?? id)}${parameters}`;
}

/** The tests of the rows NOT saved, by their short names, in list order. */
export function notSavedTests(state: ReviewState): string[] {
	const keys = state.notSaved;
	if (keys === undefined || keys.size === 0) {
		return [];
	}

	return state.rows
		.filter(row => keys.has(row.key))
		.map(row => sanitizeLine(shortTestName(row.analyzed.failure.id)));
}

/**
`test_a, test_b and 2 more`: `names` of `count` decisions (some may have no row to name them), the first three; undefined
when none is named.
*/
export function namedOf(
	names: readonly string[],
	count = names.length,
): string | undefined {
	if (names.length === 0) {
		return undefined;
	}

	return namesAndMore(names, shownNames, count);
}

/** `test_a, test_b and 2 more`: the tests of the rows NOT saved, in list order; undefined when none. */
export function notSavedNames(state: ReviewState): string | undefined {
	return namedOf(notSavedTests(state));
}

/**
A store's "back" line that says decisions were NOT saved, with their tests named first, before a narrow line cuts
it: the rows show them undecided, as they are.
*/
export function withNotSavedNames(message: string, state: ReviewState): string {
	const names = notSavedNames(state);
	const count = state.notSaved?.size ?? 0;
	return names === undefined
		? message
		: `store connected again: ${count === 1 ? 'this decision was' : `${count} decisions were`} NOT saved while it was away, make ${count === 1 ? 'it' : 'them'} again: ${names}; the others are saved`;
}
