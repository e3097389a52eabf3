/**
The decisions a refresh brought in from other sessions, named by their tests and by who made them (team tour 65: the
line said `another session changed decisions too`, naming neither, where the rows and a team's store knew both).
*/
import {sanitizeLine} from '../log/sanitize.js';
import {namesAndMore} from '../text.js';
import type {OthersDecision} from '../triage/journal/api.js';
import {shortTestName} from './not-saved-rows.js';
import {withOthersWord} from './journal-outcomes.js';
import type {ReviewState, Status} from './state.js';

/** Tests named before `and N more`: the line also says who, and an own save's confirmation may come first. */
const shownNames = 2;

/** `ana`, `ana and ben`, `ana and 2 others`; undefined when no name is known (a triage file records none). */
export function whoOf(names: readonly string[]): string | undefined {
	const distinct = [...new Set(names.filter(name => name !== ''))];
	if (distinct.length === 0) {
		return undefined;
	}

	return sanitizeLine(
		distinct.length <= 2
			? distinct.join(' and ')
			: `${distinct[0]!} and ${distinct.length - 1} others`,
	);
}

/**
What other sessions changed between `before` and `after` (the same rows, another session's decisions folded in):
`ben changed decisions on test_a, test_b and 2 more`, the rows changed, else the reports `others` names; undefined
when neither names one. Who comes from `others` where the journal says (a store), else from the decisions
now shown; `another session` when neither names anyone. A row still being saved here shows its own decision: not news.
*/
export function othersChangedWord(
	before: ReviewState,
	after: ReviewState,
	others: readonly OthersDecision[] = [],
): string | undefined {
	const changed = after.rows.filter(
		(row, index) => row !== before.rows[index] && !after.saving.has(row.key),
	);
	// A live review shows others' decisions before the refresh says so (a store's state is current as its rows are
	// built again): then the news names what the store says came in.
	const ids =
		changed.length > 0 && after.rows.length === before.rows.length
			? changed.map(row => row.analyzed.failure.id)
			: others.map(other => other.id);
	const names = [...new Set(ids.map(id => sanitizeLine(shortTestName(id))))];
	if (names.length === 0) {
		return undefined;
	}

	const who =
		whoOf(
			others.flatMap(other => (other.by === undefined ? [] : [other.by])),
		) ??
		whoOf(
			changed.flatMap(row =>
				row.decision?.by === undefined ? [] : [row.decision.by],
			),
		) ??
		'another session';
	const what = names.length === 1 ? 'the decision' : 'decisions';
	return `${who} changed ${what} on ${namesAndMore(names, shownNames)}`;
}

/**
An own save's confirmation with the word about others' news (`word`, from `othersChangedWord`) added; a later refresh's
word replaces the one an earlier added, so the line says what came last. Without a word (none of the news named a row),
`another session changed decisions too`, once.
*/
export function savedWithNews(
	status: Status,
	word: string | undefined,
): Status {
	const earlier =
		word === undefined || status.othersWord === undefined
			? -1
			: status.text.lastIndexOf(` · ${status.othersWord} too`);
	const own =
		earlier === -1 ? status : {...status, text: status.text.slice(0, earlier)};
	return {
		...own,
		...withOthersWord(own, word && `${word} too`),
		...(word !== undefined && {othersWord: word}),
	};
}
