/**
Patterns a user writes (rules, the review's `F` filter, `decide --match`) run on RE2 (re2js): linear time
in the text, whatever the pattern, so no rule can hang the app on a long traceback. A construct RE2 cannot
run (a backreference, lookaround) is refused with a message that names it.
*/

import {createRequire} from 'node:module';
import type {RE2JS} from 're2js';
import {cutMiddle} from '../text.js';

// Loaded on first use (its module takes ~50 ms to start): most runs have no user pattern at all.
const require = createRequire(import.meta.url);
let engine: typeof RE2JS | undefined;

function re2(): typeof RE2JS {
	engine ??= (require('re2js') as {RE2JS: typeof RE2JS}).RE2JS;
	return engine;
}

/** What a rule or a filter needs of a pattern; a built-in rule's own RegExp fits too. */
export type Pattern = {
	readonly source: string;
	test(text: string): boolean;
	/** The first match and where it starts (a RegExp has `exec` instead). */
	find?(text: string): PatternMatch | undefined;
	/** `/source/flags`, as a RegExp prints itself. */
	toString(): string;
};

export type PatternMatch = {
	readonly text: string;
	readonly index: number;
};

/** The first match of a pattern (a user's or a built-in RegExp) in a text, or undefined. */
export function findPattern(
	pattern: Pattern,
	text: string,
): PatternMatch | undefined {
	if (pattern instanceof RegExp) {
		pattern.lastIndex = 0;
		const match = pattern.exec(text);
		// A built-in pattern can name the part worth quoting (`(?<evidence>…)`).
		return match
			? {text: match.groups?.['evidence'] ?? match[0], index: match.index}
			: undefined;
	}

	if (pattern.find) {
		return pattern.find(text);
	}

	return pattern.test(text) ? {text: '', index: 0} : undefined;
}

class UserPattern implements Pattern {
	readonly source: string;
	readonly #flags: string;
	readonly #compiled: RE2JS;

	constructor(source: string, compiled: RE2JS, flags: string) {
		this.source = source;
		this.#compiled = compiled;
		this.#flags = flags;
	}

	test(text: string): boolean {
		return this.#compiled.test(text);
	}

	find(text: string): PatternMatch | undefined {
		const matcher = this.#compiled.matcher(text);
		return matcher.find()
			? {text: matcher.group() ?? '', index: matcher.start()}
			: undefined;
	}

	toString(): string {
		return `/${this.source}/${this.#flags}`;
	}
}

/** The longest pattern an error message quotes whole: a longer one loses its middle to `…` (the reason comes after it). */
const shownPatternLength = 60;

/** A user's pattern as a message quotes it: a 3,000-character one typed or pasted would push out the reason. */
export function shownPattern(source: string): string {
	return cutMiddle(source, shownPatternLength);
}

/**
The construct RE2 stopped at, named as a person would (`a lookbehind \`(?<=\``), when it is one that cannot run in
linear time: RE2's own words say `invalid named capture` for a lookbehind and `invalid escape sequence` for a
backreference. Undefined for any other error.
*/
function unsupportedConstruct(raw: string): string | undefined {
	const quoted = /`(\(\?<?[=!]|\\[1-9])/.exec(raw)?.[1];
	if (quoted === undefined) {
		return undefined;
	}

	const kind = quoted.startsWith('\\')
		? 'a backreference'
		: quoted.startsWith('(?<')
			? 'a lookbehind'
			: 'a lookahead';
	return `${kind} \`${quoted}\``;
}

/** Compile a user's pattern; `{error}` says why RE2 refuses it, in one line. */
export function compileUserPattern(
	source: string,
	options: {readonly ignoreCase?: boolean} = {},
): Pattern | {readonly error: string} {
	try {
		const RE2 = re2();
		const compiled = RE2.compile(
			source,
			options.ignoreCase ? RE2.CASE_INSENSITIVE : 0,
		);
		return new UserPattern(source, compiled, options.ignoreCase ? 'i' : '');
	} catch (error) {
		const raw = (error instanceof Error ? error.message : String(error))
			.replace(/^error parsing regexp: /, '')
			.split('\n')[0]!;
		// RE2 quotes the pattern with the flag it was given (`(?i)(cache`): the person typed `(cache`.
		const message = (
			options.ignoreCase ? raw.replace('`(?i)', '`') : raw
		).replaceAll(
			/`([^`]*)`/g,
			(_, quoted: string) => `\`${shownPattern(quoted)}\``,
		);
		const unsupported = unsupportedConstruct(raw);
		if (unsupported !== undefined) {
			return {
				error: `${unsupported} is not supported: it cannot run in linear time`,
			};
		}

		const hint = /\(\?<?[=!]|\\[1-9]/.test(source)
			? ' (lookaround and backreferences cannot run in linear time, so triage does not support them)'
			: '';
		return {error: `${message}${hint}`};
	}
}

export function isPatternError(
	value: Pattern | {readonly error: string},
): value is {readonly error: string} {
	return 'error' in value;
}
