/**
A team's rule named as a built-in one: exports say which rule made a suggestion by its name (`Source`:
`rule:value-mismatch`), so two rules of one name would make that column say nothing (QA 40). The team's rule
replaces the built-in of its name, so that the name says one rule; refusing the file instead would make every
built-in rule added in a later release a way for a team's file to stop working. Only `default`, what exports say
where no rule matched, is refused.
*/

import {describe, expect, test} from 'vitest';
import {builtInRules} from '../../source/classify/rules/built-in.js';
import {describeRules} from '../../source/classify/rules/describe.js';
import {loadRulesFile} from '../../source/classify/rules/load.js';
import {suggest} from '../../source/classify/rules/match.js';
import {failing} from './failing.js';

function fileWith(name: string): string {
	return JSON.stringify({
		rules: [
			{
				name,
				match: {message: 'sloppy'},
				category: 'TEST_DESIGN',
				priority: 'LOW',
				reason: 'our asserts are sloppy',
			},
		],
	});
}

function loaded(name: string) {
	const result = loadRulesFile(fileWith(name), 'triage.rules.json');
	if (!result.ok) {
		throw new Error(result.errors.join('\n'));
	}

	return result.ruleSet;
}

describe('a team rule named as a built-in rule', () => {
	test.each(['value-mismatch', builtInRules[0]!.name])(
		'%s replaces the built-in: one rule of that name, the team’s, first',
		name => {
			const {rules} = loaded(name);
			const named = rules.filter(rule => rule.name === name);
			expect(named).toHaveLength(1);
			expect(named[0]!.origin).toBe('triage.rules.json');
			expect(rules[0]!.name).toBe(name);
			expect(rules).toHaveLength(builtInRules.length);
		},
	);

	test('where the team’s rule does not match, the built-in of its name no longer suggests', () => {
		const failure = failing('tests/test_x.py::test_y', {
			headline: 'AssertionError: assert 1 == 2',
			traceback:
				'tests/test_x.py:3: in test_y\n    assert 1 == 2\nE   assert 1 == 2\n',
		});
		const builtIn = suggest(failure, {rules: builtInRules});
		expect(builtIn.rule).not.toBe('default');
		const {rules} = loaded(builtIn.rule);
		expect(suggest(failure, {rules}).rule).not.toBe(builtIn.rule);
		const sloppy = failing('tests/test_x.py::test_y', {
			headline: 'AssertionError: sloppy',
			traceback: 'E   AssertionError: sloppy\n',
		});
		expect(suggest(sloppy, {rules})).toMatchObject({
			rule: builtIn.rule,
			category: 'TEST_DESIGN',
		});
	});

	test('triage rules says which rule it replaces', () => {
		const text = describeRules(loaded('value-mismatch'));
		expect(text).toContain(
			'1. value-mismatch [triage.rules.json] (replaces the built-in rule of this name)',
		);
		expect(text).not.toContain('value-mismatch [built-in]');
	});

	test('default, what exports say where no rule matched, is refused', () => {
		expect(loadRulesFile(fileWith('default'), 'triage.rules.json')).toEqual({
			ok: false,
			errors: [
				`triage.rules.json: rules[0] ("default").name: 'default' is what exports say when no rule matched; pick another`,
			],
		});
	});

	test('a name of its own is taken, comes first, and replaces nothing', () => {
		const {rules} = loaded('our-value-mismatch');
		expect(rules[0]!.name).toBe('our-value-mismatch');
		expect(rules).toHaveLength(builtInRules.length + 1);
	});
});
