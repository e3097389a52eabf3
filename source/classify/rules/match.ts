/**
Matching: what each condition of a rule looks at in a failure, and the first rule that matches.
*/

import {fileOfId, type Failure} from '../../log/model.js';
import {areaOf} from '../area.js';
import {fallbackRule} from './built-in.js';
import type {Rule, SuggestContext, Suggestion} from './types.js';

/**
The test's own name, as the old analyzer saw it: the last `::` part of the node id, without its
parameters (`tests/a.py::TestAuth::test_jwt[rs256]` → `test_jwt`). Its regular expression put the
class into the path, so `TestAuthChaos::test_token_expiry` never counted as an auth test.
*/
export function testNameOf(id: string): string {
	const file = id.indexOf('::');
	const rest = file === -1 ? id : id.slice(file + 2);
	const bracket = rest.indexOf('[');
	const unparametrized = bracket === -1 ? rest : rest.slice(0, bracket);
	const last = unparametrized.lastIndexOf('::');
	return last === -1 ? unparametrized : unparametrized.slice(last + 2);
}

// What a pattern sees is bounded, so that a 50 MB line in a log cannot make a rule crawl.
const maximumMessageText = 64 * 1024;
const maximumTracebackText = 256 * 1024;

/**
The exception text a `message` pattern sees: the headline, then the traceback's `E` lines (at
most 64 KiB).
*/
export function messageTextOf(
	failure: Pick<Failure, 'headline' | 'traceback'>,
): string {
	const lines = [failure.headline];
	let length = failure.headline.length;
	for (const line of failure.traceback.split('\n')) {
		if (length > maximumMessageText) {
			break;
		}

		if (line.startsWith('E ') || line.startsWith('E\t')) {
			const text = line.slice(1).trim();
			lines.push(text);
			length += text.length + 1;
		}
	}

	const text = lines.join('\n');
	return text.length > maximumMessageText
		? text.slice(0, maximumMessageText)
		: text;
}

/** The traceback a `traceback` pattern sees: its last 256 KiB, where the crash is. */
function tracebackTextOf(failure: Pick<Failure, 'traceback'>): string {
	const {traceback} = failure;
	return traceback.length > maximumTracebackText
		? traceback.slice(-maximumTracebackText)
		: traceback;
}

/** Whether a rule matches a failure. */
export function matches(
	rule: Rule,
	failure: Failure,
	context: {
		readonly area: string;
		readonly isFlaky: boolean;
		readonly messageText?: string;
		/** The test's own name (testNameOf), when the caller already has it. */
		readonly name?: string;
	},
): boolean {
	const {match} = rule;
	if (match.outcome && !match.outcome.includes(failure.outcome)) {
		return false;
	}

	if (match.phase && !match.phase.includes(failure.phase)) {
		return false;
	}

	if (match.area && !match.area.includes(context.area)) {
		return false;
	}

	if (match.flaky !== undefined && match.flaky !== context.isFlaky) {
		return false;
	}

	if (match.id && !match.id.test(failure.id)) {
		return false;
	}

	if (match.file && !match.file.test(failure.file || fileOfId(failure.id))) {
		return false;
	}

	if (match.name && !match.name.test(context.name ?? testNameOf(failure.id))) {
		return false;
	}

	if (
		match.message &&
		!match.message.test(context.messageText ?? messageTextOf(failure))
	) {
		return false;
	}

	if (match.traceback && !match.traceback.test(tracebackTextOf(failure))) {
		return false;
	}

	return true;
}

/** The first matching rule's suggestion; UNKNOWN/MEDIUM when no rule matches (not even a fallback). */
export function suggest(failure: Failure, context: SuggestContext): Suggestion {
	const area = context.area ?? areaOf(failure.file);
	const isFlaky = context.isFlaky ?? false;
	const messageText = messageTextOf(failure);
	const name = testNameOf(failure.id);
	for (const rule of context.rules) {
		if (matches(rule, failure, {area, isFlaky, messageText, name})) {
			return {
				category: rule.category,
				priority: rule.priority,
				reason: rule.reason,
				rule: rule.name,
			};
		}
	}

	return {
		category: fallbackRule.category,
		priority: fallbackRule.priority,
		reason: fallbackRule.reason,
		rule: fallbackRule.name,
	};
}
