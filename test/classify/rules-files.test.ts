import {describe, expect, test} from 'vitest';
import {
	builtInRules,
	builtInRuleSet,
} from '../../source/classify/rules/built-in.js';
import {describeRules} from '../../source/classify/rules/describe.js';
import {loadRulesFile} from '../../source/classify/rules/load.js';
import {suggest} from '../../source/classify/rules/match.js';
import type {Rule} from '../../source/classify/rules/types.js';
import * as real from './real-failures.js';

describe('loadRulesFile', () => {
	const valid = {
		categories: [
			{name: 'INFRA', key: 'i', description: 'CI machines and services'},
			{name: 'TEST', key: 't', description: 'The test is wrong'},
		],
		rules: [
			{
				name: 'redis down',
				match: {
					message: 'Error 111 connecting to',
					phase: ['setup', 'call'],
					area: 'tests',
				},
				category: 'INFRA',
				priority: 'HIGH',
				reason: 'redis-server is not running',
			},
			{
				match: {
					id: 'test_pickle',
					ignoreCase: true,
					flaky: false,
					outcome: 'failed',
				},
				category: 'TEST',
				priority: 'LOW',
				reason: 'known',
			},
		],
	};

	test('puts user rules first, then the built-in rules', () => {
		const loaded = loadRulesFile(JSON.stringify(valid), 'triage.rules.json');
		if (!loaded.ok) {
			throw new Error(loaded.errors.join('\n'));
		}

		const {rules, categories} = loaded.ruleSet;
		expect(rules.slice(0, 2).map(rule => [rule.name, rule.origin])).toEqual([
			['redis down', 'triage.rules.json'],
			['rule 2', 'triage.rules.json'],
		]);
		expect(rules.length).toBe(builtInRules.length + 2);
		expect(suggest(real.redisRefused6379, {rules})).toMatchObject({
			rule: 'redis down',
			category: 'INFRA',
			priority: 'HIGH',
		});
		expect(suggest(real.jinjaPickle0, {rules})).toMatchObject({
			rule: 'rule 2',
			category: 'TEST',
		});
		expect(suggest(real.psycopg2ConnectionRefused, {rules}).rule).toBe(
			'connection-refused',
		);
		// Key `t` renamed TEST_DESIGN to TEST, in the built-in rules too; INFRA was added.
		expect(
			categories.map(category => `${category.key}=${category.name}`),
		).toEqual([
			'b=BUG',
			'c=CONFIGURATION',
			'e=ENVIRONMENT',
			't=TEST',
			'u=UNKNOWN',
			'i=INFRA',
		]);
		expect(suggest(real.cpythonFixtureNotFound, {rules}).category).toBe('TEST');
		expect(rules.some(rule => rule.category === 'TEST_DESIGN')).toBe(false);
	});

	test.each([
		[
			'{',
			/triage\.rules\.json:1:2: not valid JSON: the file ends inside an object: a '}' is missing/,
		],
		// It names every field the file may have: a rules file holding only "rerun" or "store" is one.
		[
			'[]',
			/must be a JSON object with any of "rules", "categories", "issueUrl", "rerun", "store"$/,
		],
		// A rule pasted on its own, or a bare list of them: where they go, not five unknown fields.
		[
			JSON.stringify({
				name: 'r',
				match: {message: 'x'},
				category: 'BUG',
				priority: 'HIGH',
				reason: 'x',
			}),
			/^triage\.rules\.json: one rule, not a rules file: a rules file holds its rules in {"rules": \[ … ]}$/,
		],
		[
			JSON.stringify([{name: 'r', match: {}}]),
			/^triage\.rules\.json: a list, not a rules file: a rules file holds its rules in {"rules": \[ … ]}$/,
		],
		[
			JSON.stringify({
				rules: [
					{
						name: 'bad',
						match: {message: '(unclosed'},
						category: 'BUG',
						priority: 'HIGH',
						reason: 'x',
					},
				],
			}),
			/rules\[0] \("bad"\)\.match\.message: invalid pattern \/\(unclosed\//,
		],
		[
			JSON.stringify({
				rules: [
					{
						match: {mesage: 'x'},
						category: 'BUG',
						priority: 'HIGH',
						reason: 'x',
					},
				],
			}),
			/rules\[0]\.match: unknown condition 'mesage'/,
		],
		[
			JSON.stringify({
				rules: [
					{
						name: 'r',
						match: {},
						category: 'BUGS',
						priority: 'HIGH',
						reason: 'x',
					},
				],
			}),
			/rules\[0] \("r"\)\.category: unknown category "BUGS" \(did you mean BUG\?\); expected one of BUG, /,
		],
		[
			JSON.stringify({
				rules: [
					{
						name: 'r',
						match: {},
						category: 'BUG',
						priority: 'URGENT',
						reason: 'x',
					},
				],
			}),
			/\.priority: unknown priority "URGENT"/,
		],
		[
			JSON.stringify({
				rules: [{name: 'r', match: {}, category: 'BUG', priority: 'HIGH'}],
			}),
			/\.reason: must be a non-empty string/,
		],
		[
			JSON.stringify({
				rules: [{name: 'r', match: {}, category: 'BUG', reason: 'x'}],
			}),
			/rules\[0] \("r"\)\.priority: missing; expected one of HIGH, MEDIUM, LOW/,
		],
		[
			JSON.stringify({
				rules: [
					{
						name: 'r',
						match: {outcome: 'passed'},
						category: 'BUG',
						priority: 'HIGH',
						reason: 'x',
					},
				],
			}),
			/\.match\.outcome: unknown "passed"; expected one of failed, error/,
		],
		[
			JSON.stringify({
				rules: [
					{
						name: 'r',
						match: {phase: ['setup', 'run']},
						category: 'BUG',
						priority: 'HIGH',
						reason: 'x',
					},
				],
			}),
			/\.match\.phase: unknown "run"/,
		],
		[
			JSON.stringify({
				rules: [
					{
						name: 'r',
						match: {flaky: 'yes'},
						category: 'BUG',
						priority: 'HIGH',
						reason: 'x',
					},
				],
			}),
			/\.match\.flaky: must be true or false/,
		],
		[
			JSON.stringify({
				rules: [{name: 'r', category: 'BUG', priority: 'HIGH', reason: 'x'}],
			}),
			/\.match: must be an object of conditions/,
		],
		[
			JSON.stringify({
				rules: [
					{
						name: 'r',
						match: {},
						category: 'BUG',
						priority: 'HIGH',
						reason: 'x',
						run: 'rm -rf /',
					},
				],
			}),
			/unknown field 'run'/,
		],
		[
			JSON.stringify({
				categories: [{name: 'FLAKY', key: 'j', description: 'x'}],
			}),
			/categories\[0] \(FLAKY\): key 'j' is taken by the review screen/,
		],
		[
			JSON.stringify({
				categories: [{name: 'flaky', key: 'w', description: 'x'}],
			}),
			/categories\[0]\.name: must be an upper-case name/,
		],
		[
			JSON.stringify({
				categories: [
					{name: 'INFRA', key: 'i', description: 'x'},
					{name: 'INFRA_OLD', key: 'i', description: 'y'},
				],
			}),
			/categories\[1] \(INFRA_OLD\): key 'i' is already used by categories\[0] \(INFRA\)/,
		],
		[
			JSON.stringify({categories: [{name: 'BUG', key: 'i', description: 'x'}]}),
			/name 'BUG' is already used by key 'b'/,
		],
		[JSON.stringify({rules: {}}), /rules: must be a list/],
		[JSON.stringify({rule: []}), /unknown field 'rule'/],
	])('%s', (text, error) => {
		const loaded = loadRulesFile(text, 'triage.rules.json');
		expect(loaded.ok).toBe(false);
		expect(loaded.ok ? '' : loaded.errors.join('\n')).toMatch(error);
	});

	test.each([
		[
			'binary data (a gzip’s bytes, decoded)',
			'\u001F\uFFFD\u0008\u0000\uFFFD_',
			'triage.rules.json: binary data, not a rules file (JSON)',
		],
		[
			'Latin-1 text (its é decoded)',
			'{"rules": [], "issueUrl": "caf\uFFFD}',
			'triage.rules.json: not UTF-8 text: a rules file is JSON saved as UTF-8',
		],
	])(
		'%s: one line saying what the file is, not JSON.parse’s quote of its bytes',
		(_name, text, error) => {
			const loaded = loadRulesFile(text, 'triage.rules.json');
			expect(loaded.ok ? [] : loaded.errors).toEqual([error]);
		},
	);

	test('a byte order mark before the JSON (as Windows editors save UTF-8) is read past', () => {
		const loaded = loadRulesFile(
			'\uFEFF{"categories": [{"name": "INFRA", "key": "i", "description": "Our CI hosts"}]}',
			'triage.rules.json',
		);
		expect(
			loaded.ok
				? loaded.ruleSet.categories.map(category => category.name)
				: loaded.errors,
		).toContain('INFRA');
	});

	test('reports every problem at once, each with its file name', () => {
		const loaded = loadRulesFile(
			JSON.stringify({
				rules: [
					{
						name: 'a',
						match: {id: '['},
						category: 'X',
						priority: 'HIGH',
						reason: 'x',
					},
					{name: 'b', match: {}, category: 'BUG', priority: 'Y', reason: 'x'},
				],
			}),
			'team/triage.rules.json',
		);
		expect(loaded.ok ? [] : loaded.errors).toHaveLength(3);
		for (const error of loaded.ok ? [] : loaded.errors) {
			expect(error).toMatch(
				/^team\/triage\.rules\.json: rules\[\d] \("[ab]"\)/,
			);
		}
	});

	test('an empty file object gives the built-in rules', () => {
		const loaded = loadRulesFile('{}', 'triage.rules.json');
		expect(loaded.ok && loaded.ruleSet.rules).toEqual(builtInRules);
	});
});

describe('user patterns run on RE2, in linear time', () => {
	// Each of these hung the old engine (issue 11): backtracking is exponential on them.
	test.each([
		// These two match the empty string at the end: true, at once.
		[String.raw`(a|a)*$`, true],
		[String.raw`(\w+\s?)*$`, true],
		[String.raw`\s*\s*\s*\s*\s*\s*\s*x$`, false],
		['(a+)+$', false],
	])(
		'%s loads as a rule and answers at once on a long line',
		(pattern, expected) => {
			const loaded = loadRulesFile(
				JSON.stringify({
					rules: [
						{
							name: 'hostile',
							match: {message: pattern},
							category: 'BUG',
							priority: 'HIGH',
							reason: 'r',
						},
					],
				}),
				'triage.rules.json',
			);
			expect(loaded.ok).toBe(true);
			const rule = loaded.ok ? loaded.ruleSet.rules[0]! : undefined;
			const text = `${'a '.repeat(50_000)}!`;
			expect(rule?.match.message?.test(text)).toBe(expected);
		},
	);

	test.each([
		['(?=x)y', '(?='],
		['(?<!x)y', '(?<'],
		[String.raw`(a)\1`, String.raw`\1`],
	])(
		'%s is refused, naming the rule and the construct',
		(pattern, construct) => {
			const loaded = loadRulesFile(
				JSON.stringify({
					rules: [
						{
							name: 'clever',
							match: {message: pattern},
							category: 'BUG',
							priority: 'HIGH',
							reason: 'r',
						},
					],
				}),
				'triage.rules.json',
			);
			expect(loaded.ok).toBe(false);
			const [error] = loaded.ok ? [] : loaded.errors;
			expect(error).toContain('clever');
			expect(error).toContain(construct);
			expect(error).toContain('cannot run in linear time');
			// RE2's own words for these (`invalid named capture` for a lookbehind) name another construct.
			expect(error).toMatch(/a (?:lookahead|lookbehind|backreference) `/);
			expect(error).not.toContain('named capture');
		},
	);
});

describe('describeRules', () => {
	test('lists categories, priorities and every rule in order with its origin', () => {
		const text = describeRules(builtInRuleSet());
		expect(text).toContain('  b  BUG');
		expect(text).toContain('  1  HIGH');
		const names = builtInRules.map((rule: Rule) => rule.name);
		let position = 0;
		for (const name of names) {
			const next = text.indexOf(`. ${name} [built-in]`, position);
			expect(next, name).toBeGreaterThan(position);
			position = next;
		}

		expect(text).toContain('when phase collect, message');
		expect(text).toContain(
			'then BUG, HIGH: Auth service failure not handled correctly',
		);
		expect(text).toContain('when every failure');
	});
});

describe('describeRules and a rule of no condition', () => {
	test('a team rule with "match": {} says it takes every failure and leaves the rules after it unreached', () => {
		const loaded = loadRulesFile(
			JSON.stringify({
				rules: [
					{
						name: 'everything',
						match: {},
						category: 'UNKNOWN',
						priority: 'LOW',
						reason: 'we read each one',
					},
				],
			}),
			'triage.rules.json',
		);
		expect(loaded.ok).toBe(true);
		const text = loaded.ok ? describeRules(loaded.ruleSet) : '';
		const after = builtInRules.length;
		expect(text).toMatch(
			new RegExp(
				`\\. everything \\[triage\\.rules\\.json\\]\\n +when every failure \\(so the ${after} rules after it are never reached\\)\\n`,
			),
		);
		// The built-in default, last, leaves nothing after it.
		expect(text).toMatch(/\. default \[built-in]\n +when every failure\n/);
	});
});

describe('describeRules and untrusted rules files', () => {
	test('control characters in a rules file are shown, not sent to the terminal', () => {
		const loaded = loadRulesFile(
			JSON.stringify({
				categories: [
					{name: 'INFRA', key: 'i', description: 'evil \u001B]0;title\u0007'},
				],
				rules: [
					{
						name: 'r\u001B[2J',
						match: {message: 'x\u001B'},
						category: 'INFRA',
						priority: 'LOW',
						reason: 'because\u009B',
					},
				],
			}),
			'triage.rules.json',
		);
		const text = loaded.ok ? describeRules(loaded.ruleSet) : '';
		expect(text).toContain('r\u241B[2J [triage.rules.json]');
		expect(text).toContain('evil \u241B]0;title\u2407');
		expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
	});
});
