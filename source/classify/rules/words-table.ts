/**
The source of `built-in-words.ts`: the words of each built-in rule's message patterns, as `requiredWords`
reads them (`scripts/rule-words.ts` writes it; a test holds it to the rules).
*/
import {requiredWords} from '../literals.js';
import {builtInRuleSet} from './built-in.js';
import type {Rule} from './types.js';

/** The table's key for a rule's own message pattern, or for its `not`'s. */
export function wordsKey(rule: Pick<Rule, 'name'>, negated: boolean): string {
	return negated ? `${rule.name} not` : rule.name;
}

/** Every built-in rule's words by `wordsKey` (none: no entry), in the rules' order. */
export function builtInWordsByKey(): Map<string, readonly string[]> {
	const table = new Map<string, readonly string[]>();
	for (const rule of builtInRuleSet().rules) {
		for (const negated of [false, true]) {
			const pattern = negated ? rule.match.not?.message : rule.match.message;
			const words =
				pattern instanceof RegExp ? requiredWords(pattern) : undefined;
			if (words !== undefined) {
				table.set(wordsKey(rule, negated), words);
			}
		}
	}

	return table;
}

/** The text of `built-in-words.ts`. */
export function wordsTable(): string {
	const lines = [
		'/**',
		"The words each built-in rule's message pattern cannot match without (`requiredWords`), by rule name (`name not`:",
		"its `not`'s pattern). Written by `npm run rule-words` (scripts/rule-words.ts): do not edit by hand; a rule",
		'without an entry has no words, and its pattern is always run.',
		'*/',
		'export const builtInWords: ReadonlyMap<string, readonly string[]> = new Map([',
	];
	for (const [key, words] of builtInWordsByKey()) {
		lines.push(`\t[${JSON.stringify(key)}, ${JSON.stringify(words)}],`);
	}

	lines.push(']);', '');
	return lines.join('\n');
}
