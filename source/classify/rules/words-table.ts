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

/**
The text of `built-in-words.ts`: one JSON line per pattern, with the keys of every rule that holds it (a
rule and its twin at setup share one) and its words.
*/
export function wordsTable(): string {
	const byPattern = new Map<object, [string[], readonly string[]]>();
	for (const rule of builtInRuleSet().rules) {
		for (const negated of [false, true]) {
			const pattern = negated ? rule.match.not?.message : rule.match.message;
			const words =
				pattern instanceof RegExp ? requiredWords(pattern) : undefined;
			if (pattern !== undefined && words !== undefined) {
				const entry = byPattern.get(pattern);
				if (entry) {
					entry[0].push(wordsKey(rule, negated));
				} else {
					byPattern.set(pattern, [[wordsKey(rule, negated)], words]);
				}
			}
		}
	}

	const lines = [
		'/**',
		"The words each built-in rule's message pattern cannot match without (`requiredWords`), by rule name (`name not`:",
		"its `not`'s pattern). Written by `npm run rule-words` (scripts/rule-words.ts): do not edit by hand; a rule",
		'without an entry has no words, and its pattern is always run. One JSON line per pattern: the names of the',
		'rules that hold it, then its words.',
		'*/',
		'const lines: readonly string[] = [',
	];
	for (const entry of byPattern.values()) {
		lines.push(`\t${JSON.stringify(JSON.stringify(entry))},`);
	}

	lines.push(
		'];',
		'',
		'export const builtInWords: ReadonlyMap<string, readonly string[]> = new Map(',
		'\tlines.flatMap(line => {',
		'\t\tconst [keys, words] = JSON.parse(line) as [string[], string[]];',
		'\t\treturn keys.map(key => [key, words] as const);',
		'\t}),',
		');',
		'',
	);
	return lines.join('\n');
}
