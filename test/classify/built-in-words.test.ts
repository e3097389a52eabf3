/**
The built-in rules' words as a table (`npm run rule-words`): a run reads them instead of parsing every
pattern, so the table must say what `requiredWords` says of each pattern, or a rule would be skipped on a
message it matches.
*/
import {expect, test} from 'vitest';
import {requiredWords} from '../../source/classify/literals.js';
import {builtInWords} from '../../source/classify/rules/built-in-words.js';
import {
	builtInRules,
	builtInRuleSet,
} from '../../source/classify/rules/built-in.js';
import {memoOf} from '../../source/classify/rules/found-memo.js';
import {messageTextOf} from '../../source/classify/rules/match.js';
import type {Rule, RuleSet} from '../../source/classify/rules/types.js';
import {tabledWords} from '../../source/classify/rules/known-words.js';
import {builtInWordsByKey} from '../../source/classify/rules/words-table.js';
import {analyze} from '../../source/classify/analyze.js';
import {readLog} from '../../source/log/read.js';

test('the table is what the patterns say (after changing a rule: npm run rule-words)', () => {
	expect(builtInWords).toEqual(builtInWordsByKey());
});

test('each built-in message pattern, its own or its not’s, gets its own words by object', () => {
	let patterns = 0;
	for (const rule of builtInRules) {
		for (const pattern of [rule.match.message, rule.match.not?.message]) {
			if (pattern instanceof RegExp) {
				patterns++;
				expect(
					tabledWords(pattern) ?? undefined,
					`${rule.name}: ${pattern}`,
				).toEqual(requiredWords(pattern));
			}
		}
	}

	expect(patterns).toBeGreaterThan(150);
	// A pattern no built-in rule holds is not in the table: its words are parsed when needed.
	expect(tabledWords(/connection refused/)).toBeUndefined();
});

/** The built-in rules with copies of their message patterns: no copy is in the table, so every pattern runs. */
function untabled(): RuleSet {
	const copy = (pattern: Rule['match']['message']) =>
		pattern instanceof RegExp ? new RegExp(pattern) : pattern;
	return {
		...builtInRuleSet(),
		rules: builtInRules.map(rule => ({
			...rule,
			match: {
				...rule.match,
				message: copy(rule.match.message),
				...(rule.match.not && {
					not: {...rule.match.not, message: copy(rule.match.not.message)},
				}),
			},
		})),
	};
}

test.each([
	'fixtures/demo/run.log',
	'fixtures/real/psycopg2-pg-stopped-rA/run.log.gz',
	'fixtures/real/redis-py-killed-tb-short/run.log.gz',
	'fixtures/real/jinja-skew-tb-short/run.log.gz',
])(
	'%s: the words searched from the first message on skip patterns, and the suggestions are those of every pattern run',
	async log => {
		const run = await readLog(log);
		const memo = memoOf(builtInRules);
		const mayMatch = memo.messageMayMatch(messageTextOf(run.failures[0]!));
		expect(mayMatch?.includes(0)).toBe(true);
		const suggestionsOf = (rules?: RuleSet) =>
			analyze([run], rules && {rules}).failures.map(
				failure =>
					`${failure.failure.id} ${failure.suggestion.rule} ${failure.suggestion.reason}`,
			);
		const everyPattern = untabled();
		expect(memoOf(everyPattern.rules).messageMayMatch('x')).toBeUndefined();
		expect(suggestionsOf()).toEqual(suggestionsOf(everyPattern));
	},
);
