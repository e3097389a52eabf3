/**
Matching: what each condition of a rule looks at in a failure, what it found there, and the first rule
that matches.
*/

import type {Failure} from '../../log/model.js';
import {sanitizeLine} from '../../log/sanitize.js';
import {areaOf} from '../area.js';
import {findPattern, type Pattern, type PatternMatch} from '../pattern.js';
import {type Found, type Known, memoOf, type RulesMemo} from './found-memo.js';
import {fallbackRule} from './built-in.js';
import {describeCrashSite} from './crash-site.js';
import {FailureView} from './failure-view.js';
import {
	builtInOrigin,
	type NegatedMatch,
	type Rule,
	type RuleMatch,
	type SuggestContext,
	type Suggestion,
	type WaitKind,
} from './types.js';

export {messageTextOf, testNameOf} from './failure-view.js';

const maximumQuoted = 40;

function quoted(text: string): string {
	const line = sanitizeLine(text.trim().replaceAll(/\s+/g, ' '));
	return `"${line.length > maximumQuoted ? `${line.slice(0, maximumQuoted - 1)}…` : line}"`;
}

/**
What a pattern found, in words (`matched "QueuePool limit" in the headline`); undefined when it did not
match. A match of no text at all (a pattern that is only a look-ahead, such as "no word of these") has
nothing to quote: its phrase is empty, and the evidence leaves it out.
*/
function foundIn(
	pattern: Pattern,
	text: string,
	where: string | ((index: number) => string),
	found?: Found,
	slot?: number,
): string | undefined {
	const match = matchOf(pattern, text, found, slot);
	if (!match) {
		return undefined;
	}

	if (match.text === '') {
		return '';
	}

	const place = typeof where === 'string' ? where : where(match.index);
	return match.text.trim() === ''
		? `matched ${pattern.toString()} in ${place}`
		: `matched ${quoted(match.text)} in ${place}`;
}

/** Add a condition's phrase to what a rule found (an empty phrase says nothing). */
function said(
	phrases: string[] | undefined,
	phrase: string,
): string[] | undefined {
	if (phrase === '') {
		return phrases;
	}

	(phrases ??= []).push(phrase);
	return phrases;
}

/** A match that says nothing of its own (only scope conditions, or none). */
const nothingSaid: readonly string[] = Object.freeze([]);

const waitWords: Record<WaitKind, string> = {
	locks: 'every stack waits on a lock or a condition',
	io: 'waiting on a socket',
	sleep: "the test's own code sleeping",
	busy: "the code's own loop running, not waiting",
	refused: 'a client retrying a refused connection',
};

/** What a pattern finds in a text, through the text's `Found` when there is one. */
function matchOf(
	pattern: Pattern,
	text: string,
	found?: Found,
	slot?: number,
): PatternMatch | false | undefined {
	if (found === undefined || slot === undefined) {
		return findPattern(pattern, text);
	}

	let match = found[slot];
	if (match === undefined) {
		match = findPattern(pattern, text) ?? false;
		found[slot] = match;
	}

	return match;
}

/**
Whether a rule's conditions on a failure's traits (the outcome, the phase, the area, flakiness, the
exception type) all hold: what failures with the same traits share, whatever their message.
*/
function traitConditionsHold(match: RuleMatch, view: FailureView): boolean {
	const {failure} = view;
	if (
		(match.outcome && !match.outcome.includes(failure.outcome)) ||
		(match.phase && !match.phase.includes(failure.phase)) ||
		(match.area && !match.area.includes(view.area)) ||
		(match.flaky !== undefined && match.flaky !== view.isFlaky)
	) {
		return false;
	}

	if (match.exception) {
		const type = view.exceptionType;
		if (type === '' || !match.exception.test(type)) {
			return false;
		}
	}

	return true;
}

/** The places of the rules whose conditions on the traits hold for this failure, in order. */
function slotsWhereTraitsHold(
	rules: readonly Rule[],
	view: FailureView,
): Int32Array {
	const slots: number[] = [];
	for (const [slot, rule] of rules.entries()) {
		if (traitConditionsHold(rule.match, view)) {
			slots.push(slot);
		}
	}

	return Int32Array.from(slots);
}

/** Whether a rule's message pattern matches the failure's message. */
function messageMatches(
	pattern: Pattern,
	view: FailureView,
	slot: number,
): boolean {
	return (
		view.messageMayMatch(slot) &&
		Boolean(
			matchOf(
				pattern,
				view.messageText,
				view.messageFound,
				view.slots?.message[slot],
			),
		)
	);
}

/**
What a rule found in a failure, one phrase per condition that says something about this failure
(`matched "Connection refused" in the headline`, `raised in app code at src/a.py:12`); undefined
when the rule does not match. The id, the file and the area only scope a rule (`tests/chaos/`): they
are named when nothing more specific matched.
*/
function evidenceOf(
	match: RuleMatch,
	view: FailureView,
	slot?: number,
	negated = false,
): readonly string[] | undefined {
	const {failure} = view;
	// Where this match's results go in the texts' `Found`: a `not`'s conditions have places of their own.
	const slots =
		slot === undefined ? undefined : negated ? view.slots?.not : view.slots;
	// Made on first use: a rule is tried on every failure, and most tries fail at their first condition.
	let scope: string[] | undefined;
	let evidence: string[] | undefined;
	if (match.outcome && !match.outcome.includes(failure.outcome)) {
		return undefined;
	}

	if (match.phase) {
		if (!match.phase.includes(failure.phase)) {
			return undefined;
		}

		if (failure.phase !== 'call') {
			(evidence ??= []).push(`at ${failure.phase}`);
		}
	}

	if (match.area) {
		if (!match.area.includes(view.area)) {
			return undefined;
		}

		(scope ??= []).push(`area ${view.area}`);
	}

	if (match.flaky !== undefined) {
		if (match.flaky !== view.isFlaky) {
			return undefined;
		}

		if (match.flaky) {
			(evidence ??= []).push('flaky across runs');
		}
	}

	if (match.message) {
		// A message without the words a `not`'s pattern needs cannot match it: the pattern is not run.
		if (negated && slot !== undefined && !view.negatedMessageMayMatch(slot)) {
			return undefined;
		}

		const headlineLength = failure.headline.length;
		const found = foundIn(
			match.message,
			view.messageText,
			index => (index <= headlineLength ? 'the headline' : 'an E line'),
			slot === undefined ? undefined : view.messageFound,
			slots?.message[slot!],
		);
		if (found === undefined) {
			return undefined;
		}

		evidence = said(evidence, found);
	}

	// The id, the file, the name and the traceback, in this order (a rule is tried on every failure: no
	// table of them is built for each try).
	if (match.id) {
		const found = foundIn(match.id, failure.id, 'the test id');
		if (found === undefined) {
			return undefined;
		}

		scope = said(scope, found);
	}

	if (match.file) {
		const found = foundIn(
			match.file,
			view.file,
			'the file path',
			slot === undefined ? undefined : view.fileFound,
			slots?.file[slot!],
		);
		if (found === undefined) {
			return undefined;
		}

		scope = said(scope, found);
	}

	if (match.name) {
		const found = foundIn(
			match.name,
			view.name,
			'the test name',
			slot === undefined ? undefined : view.nameFound,
			slots?.name[slot!],
		);
		if (found === undefined) {
			return undefined;
		}

		evidence = said(evidence, found);
	}

	if (match.traceback) {
		const found = foundIn(match.traceback, view.tracebackText, 'the traceback');
		if (found === undefined) {
			return undefined;
		}

		evidence = said(evidence, found);
	}

	if (match.exception) {
		const type = view.exceptionType;
		if (type === '' || !match.exception.test(type)) {
			return undefined;
		}

		(evidence ??= []).push(`exception type ${sanitizeLine(type)}`);
	}

	if (match.raisedIn ?? match.calledFrom) {
		const {site} = view;
		if (
			!site ||
			(match.raisedIn && !match.raisedIn.includes(site.raisedIn)) ||
			(match.calledFrom &&
				(!site.calledFrom || !match.calledFrom.includes(site.calledFrom)))
		) {
			return undefined;
		}

		(evidence ??= []).push(sanitizeLine(describeCrashSite(site, failure.file)));
	}

	if (match.callSource) {
		const found = foundIn(match.callSource, view.callSource, 'the call');
		if (found === undefined) {
			return undefined;
		}

		evidence = said(evidence, found);
	}

	if (match.waitingOn) {
		const wait = view.waitAmong(match.waitingOn);
		if (!wait) {
			return undefined;
		}

		(evidence ??= []).push(waitWords[wait]);
	}

	// Last: a rule's own conditions rule most failures out before its `not` is read.
	if (match.not && isExcluded(match.not, view, slot)) {
		return undefined;
	}

	return evidence ?? scope ?? nothingSaid;
}

/**
Whether a rule's negative condition holds in a failure (every condition of its `not` does), which keeps the
rule from matching. What it matched is not evidence for the rule: it is never quoted.
*/
function isExcluded(
	not: NegatedMatch,
	view: FailureView,
	slot?: number,
): boolean {
	return evidenceOf(not, view, slot, true) !== undefined;
}

/** Whether a rule matches a failure. */
export function matches(
	rule: Rule,
	failure: Failure,
	context: {readonly area: string; readonly isFlaky: boolean},
): boolean {
	return (
		evidenceOf(
			rule.match,
			new FailureView(failure, context.area, context.isFlaky),
		) !== undefined
	);
}

/**
A rule's reason after what it found in this failure (`matched "QueuePool limit of size" in the
headline — The client's connection pool …`): first, so that a line cut to the terminal still shows it.
*/
function reasonWith(reason: string, evidence: readonly string[]): string {
	return evidence.length === 0 ? reason : `${evidence.join('; ')} — ${reason}`;
}

/**
The first matching rule's suggestion, its reason saying what matched; the fallback's when no rule
matches (not even a fallback), saying what was seen.
*/
export function suggest(failure: Failure, context: SuggestContext): Suggestion {
	const {rules} = context;
	const memo = memoOf(rules);
	const view = new FailureView(
		failure,
		context.area ?? areaOf(failure.file),
		context.isFlaky ?? false,
		memo,
	);
	const {messageText} = view;
	// What a text-only rule reads besides the message: the traits, and where an E line starts (the
	// headline's length).
	const traits = `${failure.outcome}\u0000${failure.phase}\u0000${view.area}\u0000${view.isFlaky ? 1 : 0}\u0000${view.exceptionType}`;
	const traitsAndHeadline = `${traits}\u0000${failure.headline.length}`;
	let known = memo.known(messageText, traitsAndHeadline);
	if (known === undefined) {
		known = knownOf(rules, view, memo, traits);
		memo.remember(messageText, traitsAndHeadline, known);
	}

	for (const slot of known.others) {
		const suggestion = suggestionOf(rules[slot]!, view, slot);
		if (suggestion) {
			return suggestion;
		}
	}

	if (known.suggestion) {
		return known.suggestion;
	}

	return known.slot === -1
		? fallbackSuggestion(view)
		: suggestionOf(rules[known.slot]!, view, known.slot)!;
}

/**
What the rules say of every failure with this one's message and traits: the rules tried in order, until
the first that reads only those and matches.
*/
function knownOf(
	rules: readonly Rule[],
	view: FailureView,
	memo: RulesMemo,
	traits: string,
): Known {
	const others: number[] = [];
	// Only the rules whose conditions on the traits hold: a few kinds of traits are shared by thousands
	// of messages.
	for (const slot of memo.slotsForTraits(traits, () =>
		slotsWhereTraitsHold(rules, view),
	)) {
		const rule = rules[slot]!;
		if (rule.match.message && !messageMatches(rule.match.message, view, slot)) {
			continue;
		}

		// A `not` that reads only the message and the traits excludes the rule for every such failure.
		if (
			memo.isNegationTextOnly[slot] &&
			isExcluded(rule.match.not!, view, slot)
		) {
			continue;
		}

		if (!memo.isTextOnly[slot]) {
			others.push(slot);
			continue;
		}

		const isFallback =
			rule.name === fallbackRule.name && rule.origin === builtInOrigin;
		return {
			others: memo.sharedOthers(others),
			slot,
			suggestion: isFallback ? undefined : suggestionOf(rule, view, slot),
		};
	}

	return {others: memo.sharedOthers(others), slot: -1, suggestion: undefined};
}

function suggestionOf(
	rule: Rule,
	view: FailureView,
	slot: number,
): Suggestion | undefined {
	const evidence = evidenceOf(rule.match, view, slot);
	if (!evidence) {
		return undefined;
	}

	return {
		category: rule.category,
		priority: rule.priority,
		reason: reasonWith(
			rule.reason,
			rule.name === fallbackRule.name && rule.origin === builtInOrigin
				? seenIn(view)
				: evidence,
		),
		rule: rule.name,
	};
}

function fallbackSuggestion(view: FailureView): Suggestion {
	return {
		category: fallbackRule.category,
		priority: fallbackRule.priority,
		reason: reasonWith(fallbackRule.reason, seenIn(view)),
		rule: fallbackRule.name,
	};
}

/** What the fallback saw, so that "read the traceback" starts somewhere. */
function seenIn(view: FailureView): string[] {
	const seen: string[] = [];
	if (view.exceptionType !== '') {
		seen.push(`exception type ${sanitizeLine(view.exceptionType)}`);
	}

	const {site} = view;
	if (site) {
		seen.push(sanitizeLine(describeCrashSite(site, view.failure.file)));
	}

	return seen;
}
