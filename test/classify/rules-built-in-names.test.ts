/**
A team's rule named as a built-in one: exports say which rule made a suggestion by its name (`Source`:
`rule:value-mismatch`), so two rules of one name would make that column say nothing. A name taken twice in the
file was refused already; a built-in's name is refused the same way.
*/

import {describe, expect, test} from 'vitest';
import {builtInRules} from '../../source/classify/rules/built-in.js';
import {loadRulesFile} from '../../source/classify/rules/load.js';

function fileWith(name: string): string {
	return JSON.stringify({
		rules: [
			{
				name,
				match: {message: 'assert'},
				category: 'TEST_DESIGN',
				priority: 'LOW',
				reason: 'our asserts are sloppy',
			},
		],
	});
}

describe('a user rule named as a built-in rule', () => {
	test.each(['value-mismatch', builtInRules[0]!.name])(
		'%s is refused, naming the rule',
		name => {
			const loaded = loadRulesFile(fileWith(name), 'triage.rules.json');
			expect(loaded).toEqual({
				ok: false,
				errors: [
					`triage.rules.json: rules[0] ("${name}").name: a built-in rule has this name (exports' Source rule:${name} would not say which); pick another`,
				],
			});
		},
	);

	test('a name of its own is taken, and comes before the built-in rules', () => {
		const loaded = loadRulesFile(
			fileWith('our-value-mismatch'),
			'triage.rules.json',
		);
		expect(loaded.ok).toBe(true);
		expect(loaded.ok && loaded.ruleSet.rules[0]!.name).toBe(
			'our-value-mismatch',
		);
	});
});
