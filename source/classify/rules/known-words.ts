/**
The words of the built-in rules' message patterns, from the table `npm run rule-words` writes
(`built-in-words.ts`), by pattern object: a run reads them without parsing a pattern, and so can skip the
patterns a message lacks the words of from its first message on, before any pattern is compiled.
*/
import {builtInWords} from './built-in-words.js';
import {builtInRuleSet} from './built-in.js';
import {wordsKey} from './words-table.js';

let byPattern: WeakMap<object, readonly string[] | null> | undefined;

/**
The words a built-in rule's message pattern (or its `not`'s) cannot match without; null when it has none
(it is always run); undefined for a pattern no built-in rule holds (a rules file's).
*/
export function tabledWords(
	pattern: object,
): readonly string[] | null | undefined {
	if (byPattern === undefined) {
		byPattern = new WeakMap();
		for (const rule of builtInRuleSet().rules) {
			for (const negated of [false, true]) {
				const message = negated ? rule.match.not?.message : rule.match.message;
				if (message !== undefined) {
					byPattern.set(
						message,
						builtInWords.get(wordsKey(rule, negated)) ?? null,
					);
				}
			}
		}
	}

	return byPattern.get(pattern);
}
