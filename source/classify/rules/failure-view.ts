/**
A failure as the rules see it: its test's name, the exception text a message pattern reads, the traceback
a traceback pattern reads, and the views each rule asks for (computed on first use, kept for the others).
*/

import {fileOfId, type Failure} from '../../log/model.js';
import {splitHeadline} from '../../log/traceback.js';
import {type Found, type RulesMemo} from './found-memo.js';
import {crashSiteOf, type CrashSite} from './crash-site.js';
import {recordsRefusal, waitOf} from './hang.js';
import type {WaitKind} from './types.js';

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

/** Where the next line that starts with `E` starts, from a position on; -1 when none does. */
function lineStartingWithE(text: string, from: number): number {
	const found = text.indexOf('\nE', from);
	return found === -1 ? -1 : found + 1;
}

/**
The exception text a `message` pattern sees: the headline, then the traceback's `E` lines (at
most 64 KiB).
*/
export function messageTextOf(
	failure: Pick<Failure, 'headline' | 'traceback'>,
): string {
	const lines = [failure.headline];
	let length = failure.headline.length;
	const {traceback} = failure;
	// Only `E` lines are read: found with indexOf, the other lines are never split out.
	let start = traceback.startsWith('E') ? 0 : lineStartingWithE(traceback, 0);
	while (start !== -1 && length <= maximumMessageText) {
		let end = traceback.indexOf('\n', start);
		if (end === -1) {
			end = traceback.length;
		}

		const separator = traceback.charCodeAt(start + 1);
		if (separator === 0x20 || separator === 0x09) {
			const text = traceback.slice(start + 1, end).trim();
			lines.push(text);
			length += text.length + 1;
		}

		start = lineStartingWithE(traceback, end);
	}

	const text = lines.join('\n');
	return text.length > maximumMessageText
		? text.slice(0, maximumMessageText)
		: text;
}

/** The source line printed under the last frame header that starts so, trimmed; '' when there is none. */
function sourceUnder(traceback: string, header: string): string {
	let at = traceback.lastIndexOf(`\n${header}`);
	if (at === -1) {
		if (!traceback.startsWith(header)) {
			return '';
		}
	} else {
		at++;
	}

	const start = traceback.indexOf('\n', Math.max(at, 0));
	if (start === -1) {
		return '';
	}

	const end = traceback.indexOf('\n', start + 1);
	const line = traceback.slice(start + 1, end === -1 ? undefined : end);
	return /^\s/.test(line) ? line.trim() : '';
}

/** The traceback a `traceback` pattern sees: its last 256 KiB, where the crash is. */
function tracebackTextOf(failure: Pick<Failure, 'traceback'>): string {
	const {traceback} = failure;
	return traceback.length > maximumTracebackText
		? traceback.slice(-maximumTracebackText)
		: traceback;
}

/**
One failure as the rules see it; each view is computed on first use and kept, since most rules look
only at the message.
*/
export class FailureView {
	readonly failure: Failure;
	readonly area: string;
	readonly isFlaky: boolean;
	#messageText?: string;
	#messageMayMatch?: Uint8Array | 'unknown';
	#name?: string;
	#tracebackText?: string;
	#exceptionType?: string;
	#site?: CrashSite | 'none';
	#wait?: WaitKind | 'none';
	#recordsRefusal?: boolean;
	#callSource?: string;
	readonly #memo: RulesMemo | undefined;
	#messageFound?: Found;
	#nameFound?: Found;
	#fileFound?: Found;

	constructor(
		failure: Failure,
		area: string,
		isFlaky: boolean,
		memo?: RulesMemo,
	) {
		this.failure = failure;
		this.area = area;
		this.isFlaky = isFlaky;
		this.#memo = memo;
	}

	/** Where each rule's results go in the texts' `Found` (see found-memo.ts), when there is a memo. */
	get slots(): RulesMemo['slots'] | undefined {
		return this.#memo?.slots;
	}

	get file(): string {
		return this.failure.file || fileOfId(this.failure.id);
	}

	/** What the rules found in this failure's message before (filled in as they are tried). */
	get messageFound(): Found {
		this.#messageFound ??= this.#memo?.message.of(this.messageText) ?? [];
		return this.#messageFound;
	}

	get nameFound(): Found {
		this.#nameFound ??= this.#memo?.name.of(this.name) ?? [];
		return this.#nameFound;
	}

	get fileFound(): Found {
		this.#fileFound ??= this.#memo?.file.of(this.file) ?? [];
		return this.#fileFound;
	}

	get messageText(): string {
		this.#messageText ??= messageTextOf(this.failure);
		return this.#messageText;
	}

	/** False when the message cannot match a rule's message pattern: it lacks every word the pattern needs. */
	messageMayMatch(slot: number): boolean {
		this.#messageMayMatch ??=
			this.#memo?.messageMayMatch(this.messageText) ?? 'unknown';
		return (
			this.#messageMayMatch === 'unknown' || this.#messageMayMatch[slot] === 1
		);
	}

	/**
	False when the message cannot match the message pattern of a rule's `not` (it lacks every word the
	pattern needs): the negative condition cannot exclude the rule.
	*/
	negatedMessageMayMatch(slot: number): boolean {
		this.#messageMayMatch ??=
			this.#memo?.messageMayMatch(this.messageText) ?? 'unknown';
		return (
			this.#messageMayMatch === 'unknown' ||
			this.#messageMayMatch[this.#memo!.size + slot] === 1
		);
	}

	get name(): string {
		this.#name ??= testNameOf(this.failure.id);
		return this.#name;
	}

	get tracebackText(): string {
		this.#tracebackText ??= tracebackTextOf(this.failure);
		return this.#tracebackText;
	}

	get exceptionType(): string {
		this.#exceptionType ??= splitHeadline(this.failure).exceptionType;
		return this.#exceptionType;
	}

	get site(): CrashSite | undefined {
		this.#site ??= crashSiteOf(this.failure) ?? 'none';
		return this.#site === 'none' ? undefined : this.#site;
	}

	/**
	The source line pytest printed under the project's innermost frame (`path:line: in fn`, then the line
	indented), the call into the library that raised; '' when the traceback shows none.
	*/
	get callSource(): string {
		if (this.#callSource === undefined) {
			const frame = this.site?.calledAt;
			this.#callSource = frame
				? sourceUnder(this.tracebackText, `${frame.path}:${frame.line}: in `)
				: '';
		}

		return this.#callSource;
	}

	get wait(): WaitKind | undefined {
		this.#wait ??= waitOf(this.failure) ?? 'none';
		return this.#wait === 'none' ? undefined : this.#wait;
	}

	/**
	`wait` when it is one of `kinds`. A wait on a refused connection alone needs no look at the stacks when no
	captured output records a refusal, as most failures' does not (`waitOf` reads every frame).
	*/
	waitAmong(kinds: readonly WaitKind[]): WaitKind | undefined {
		if (kinds.every(kind => kind === 'refused')) {
			this.#recordsRefusal ??= recordsRefusal(this.failure.captured);
			if (!this.#recordsRefusal) {
				return undefined;
			}
		}

		const {wait} = this;
		return wait !== undefined && kinds.includes(wait) ? wait : undefined;
	}
}
