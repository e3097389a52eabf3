/**
What an action on the journal comes back as, for the screen: the message of an own save or undo (with a word
when other sessions' decisions came in meanwhile), the question an undo of another's action asks, and the
journal's state to show after a save failed. Plain functions over the journal; App runs them after the commit.
*/
import {sanitizeLine, shownId} from '../log/sanitize.js';
import {groupThousands} from '../text.js';
import type {
	DecisionJournal,
	DecisionState,
	UndoOutcome,
} from '../triage/journal.js';
import type {OthersDecision} from '../triage/journal/api.js';
import type {DecisionInput} from '../triage/journal/events.js';
import {whoOf} from './others-changed.js';
import type {StatusText} from './state.js';
import type {ReviewAction} from './review-reducer.js';

/**
What the screen needs of the journal (the triage file or a team's store): every action has saved when it
returns, or when its promise resolves (a store: after the commit).
*/
export type ReviewJournal = Pick<
	DecisionJournal,
	| 'decideMany'
	| 'addSignatures'
	| 'undoIf'
	| 'state'
	| 'refresh'
	| 'takeNotice'
	| 'othersRefreshed'
>;

/**
What a refresh of the journal brought: the decisions, when they changed, and what a store says others decided. A
fold hands out the same state until an event changes it, so lines of an action not read whole (another session's
write read half-way, or what a full disk let through of this session's own failed save) are no news: `refresh`
says its warnings changed, no decision did. Undefined when nothing came in. Throws what `refresh` throws.
*/
export function refreshedNews(
	journal: Pick<ReviewJournal, 'refresh' | 'state' | 'othersRefreshed'>,
):
	| {decisions: DecisionState; others: readonly OthersDecision[] | undefined}
	| undefined {
	const before = journal.state();
	if (!journal.refresh()) {
		return undefined;
	}

	const others = journal.othersRefreshed?.();
	const decisions = journal.state();
	return decisions === before && others === undefined
		? undefined
		: {decisions, others};
}

/** What the status line says when decisions other sessions made came in (a refresh, or with an own action). */
export const othersChanged = 'another session changed decisions';

/** An own action's message with the word about other sessions' decisions added (once): `who` names them. */
export function withOthersWord(message: StatusText, word?: string): StatusText {
	return / \u00B7 [^\u00B7]* changed (?:decisions|the decision)\b[^\u00B7]* too$/.test(
		message.text,
	) || message.text.includes(' · replaced ')
		? message
		: {...message, text: `${message.text} · ${word ?? `${othersChanged} too`}`};
}

/**
The word about others' decisions that came in with an own save, naming who made them where the journal records it
(a store): `ana changed decisions too`; and, when one of them was on a report this save decided (two people on one
failure in the same second: this save replaced it, unseen), `replaced ana's CONFIGURATION MEDIUM`.
*/
export function othersWord(
	others: readonly OthersDecision[],
	saved: ReadonlyArray<Pick<DecisionInput, 'id' | 'phase'>> = [],
): string | undefined {
	const replaced = others.filter(other =>
		saved.some(
			input =>
				input.id === other.id &&
				(input.phase === undefined ||
					other.phase === undefined ||
					input.phase === other.phase),
		),
	);
	const last = replaced.at(-1);
	if (last?.by !== undefined && last.by !== '' && last.category !== undefined) {
		return sanitizeLine(
			`replaced ${last.by}'s ${last.category} ${last.priority ?? ''}`.trim(),
		);
	}

	const who = whoOf(
		others.flatMap(other => (other.by === undefined ? [] : [other.by])),
	);
	return who === undefined ? undefined : `${who} changed decisions too`;
}

export function errorText(error: unknown): string {
	return sanitizeLine(error instanceof Error ? error.message : String(error));
}

/** The journal's state after a failed save, to show instead of the decisions it did not save; none if unreadable. */
export function journalState(journal: ReviewJournal): {
	decisions?: DecisionState;
} {
	try {
		return {decisions: journal.state()};
	} catch {
		return {};
	}
}

/**
An own action's message, and whether the journal read other sessions' decisions while doing it (a store reads
what others committed before it appends). They are on the screen with it, so it says so here: the next refresh
adds its word to this message (`onJournalUpdate`).
*/
export function withOthers(
	message: StatusText,
	journal: ReviewJournal,
	/** The reports this save decided: another's decision on one of them, read as it saved, was replaced. */
	saved?: ReadonlyArray<Pick<DecisionInput, 'id' | 'phase'>>,
): StatusText {
	try {
		const news = refreshedNews(journal);
		if (news === undefined) {
			return message;
		}

		const {others} = news;
		// On a store, only signatures another review of a live run added came in (team tour 63): no decision changed.
		return others?.length === 0
			? message
			: withOthersWord(message, othersWord(others ?? [], saved));
	} catch {
		// The refresh's own timer says what is wrong with the journal; the action itself is saved.
		return message;
	}
}

/**
What the screen says after an undo: what it undid; or, when the newest action was not one to undo without
asking (another session's, or not the one asked about: `expected`), the question about it.
*/
export function undoneAction(
	{target, events}: UndoOutcome,
	journal: ReviewJournal,
	expected: string | undefined,
): Extract<ReviewAction, {type: 'failed' | 'undoAsk' | 'decisions'}> {
	if (target === undefined) {
		return {
			type: 'failed',
			message:
				expected === undefined
					? 'nothing to undo'
					: 'nothing undone: nothing is left to undo (undone meanwhile?)',
		};
	}

	if (events.length === 0) {
		return {
			type: 'undoAsk',
			target,
			now: new Date(),
			isChanged: expected !== undefined,
		};
	}

	const first = events[0]!;
	// An undo restores every entry of each test it touches, so count tests, not events.
	const tests = new Set(events.map(event => event.id)).size;
	const isRemoval = events.every(event => event.t === 'clear');
	const id = tests === 1 ? shownId(first.id) : undefined;
	const what =
		id === undefined
			? `${isRemoval ? 'decisions removed from' : 'decisions restored on'} ${groupThousands(tests)} tests`
			: `${isRemoval ? 'decision removed from' : 'decision restored on'} ${id}`;
	const message = withOthers(
		{
			text: `undone${target.isOwn ? '' : " another session's action"}: ${what}`,
			...(id !== undefined && {id}),
		},
		journal,
	);
	return {
		type: 'decisions',
		decisions: journal.state(),
		message,
		select: first.id,
	};
}
