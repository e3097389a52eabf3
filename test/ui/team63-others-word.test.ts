/**
Team tour 63: the word an own save gets when other sessions' events came in with it. On a store it names who (the
winner of a same-second conflict is told whose decision it replaced); where only signatures another review of a live
run added came in, no decision changed and it says nothing (Ana's save said `another session changed decisions too`
when Ben's follower had only signed her decisions). A triage file, which records no one, says `another session`.
*/
import {describe, expect, test} from 'vitest';
import {
	othersWord,
	withOthers,
	type ReviewJournal,
} from '../../source/review/journal-outcomes.js';
import type {OthersDecision} from '../../source/triage/journal/api.js';

const message = {text: 'saved: BUG HIGH on tests/a.py::test_one'};

/** A journal whose refresh read something: new decisions (a new state), unless `isSameState` (a warning alone). */
function journalWith(
	others?: readonly OthersDecision[],
	isSameState = false,
): ReviewJournal {
	let state = {};
	return {
		refresh() {
			state = isSameState ? state : {};
			return true;
		},
		state: () => state,
		...(others !== undefined && {othersRefreshed: () => others}),
	} as unknown as ReviewJournal;
}

describe('the word about others on an own save', () => {
	test('a triage file says another session', () => {
		expect(withOthers(message, journalWith()).text).toBe(
			`${message.text} · another session changed decisions too`,
		);
	});

	test('a triage file whose refresh changed no decision says nothing', () => {
		// Lines of an action not read whole (this session's own save cut by a full disk): a warning, no news.
		expect(withOthers(message, journalWith(undefined, true))).toEqual(message);
	});

	test('a store with only late signatures come in says nothing', () => {
		expect(withOthers(message, journalWith([]))).toEqual(message);
	});

	test('a store names who, and whose decision on the same report was replaced', () => {
		const ana: OthersDecision = {
			by: 'ana',
			id: 'tests/a.py::test_two',
			phase: 'call',
			category: 'ENVIRONMENT',
			priority: 'LOW',
		};
		expect(withOthers(message, journalWith([ana])).text).toBe(
			`${message.text} · ana changed decisions too`,
		);
		expect(
			othersWord(
				[ana, {...ana, by: 'ben', id: 'tests/a.py::test_one'}],
				[{id: 'tests/a.py::test_one', phase: 'call'}],
			),
		).toBe("replaced ben's ENVIRONMENT LOW");
		expect(
			othersWord([
				ana,
				{...ana, by: 'ben'},
				{...ana, by: 'cara'},
				{...ana, by: 'ben'},
			]),
		).toBe('ana and 2 others changed decisions too');
	});
});
