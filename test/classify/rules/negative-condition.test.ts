/**
A rule's negative condition (`not`): conditions that, when all of them hold, keep the rule from matching.
Read from a rules file as a rule's own conditions are, said nowhere in a suggestion's reason, and settled
through the rules memo and the words of its patterns exactly as without them.
*/
import {describe, expect, test} from 'vitest';
import {builtInRules} from '../../../source/classify/rules/built-in.js';
import {describeRules} from '../../../source/classify/rules/describe.js';
import {loadRulesFile} from '../../../source/classify/rules/load.js';
import {matches, suggest} from '../../../source/classify/rules/match.js';
import type {Rule} from '../../../source/classify/rules/types.js';
import type {Failure} from '../../../source/log/model.js';
import {failure, ruleFor} from './failures.js';

/** A library's error raised in a call the project's code made, with this exception line. */
function underApp(line: string): Partial<Failure> {
	return {
		headline: line,
		exceptionType: line.split(':')[0],
		traceback: [
			'tests/test_a.py:3: in test_a',
			'    export(path)',
			'src/shop/exports.py:12: in export',
			'    archive.add(path)',
			'/usr/lib/python3.11/tarfile.py:1795: in add',
			'    raise ReadError("x")',
			`E   ${line}`,
		].join('\n'),
	};
}

function load(rules: readonly unknown[]): readonly Rule[] {
	const loaded = loadRulesFile(JSON.stringify({rules}), 'triage.rules.json');
	if (!loaded.ok) {
		throw new Error(loaded.errors.join('\n'));
	}

	return loaded.ruleSet.rules;
}

function errorsOf(match: unknown): string {
	const loaded = loadRulesFile(
		JSON.stringify({
			rules: [
				{name: 'r', match, category: 'BUG', priority: 'HIGH', reason: 'x'},
			],
		}),
		'triage.rules.json',
	);
	return loaded.ok ? '' : loaded.errors.join('\n');
}

describe('library-error-under-app keeps out a busy or away service with a negative condition', () => {
	const rule = builtInRules.find(
		({name}) => name === 'library-error-under-app',
	)!;

	test('its match is a negative condition on the message, not a look-ahead', () => {
		expect(rule.match.message).toBeUndefined();
		expect(rule.match.not?.message).toBeInstanceOf(RegExp);
		expect(rule.match.not?.message?.source).not.toMatch(/\(\?[=!]/);
	});

	test('a library error under the code is the code’s; one that says the service is busy is not', () => {
		expect(ruleFor(underApp('tarfile.ReadError: not an lzma file'))).toBe(
			'library-error-under-app',
		);
		for (const line of [
			'poplib.error_proto: -ERR [IN-USE] mailbox busy, try again later',
			'x.QueryError: server overloaded',
			'x.Error: temporarily unavailable',
			'x.Error: operation timed out',
		]) {
			expect(ruleFor(underApp(line)), line).not.toBe('library-error-under-app');
		}
	});

	test('its reason says where the error was raised, never a pattern', () => {
		const {reason} = suggest(
			failure(underApp('tarfile.ReadError: not an lzma file')),
			{rules: builtInRules},
		);
		expect(reason).toMatch(
			/^raised in a library at tarfile\.py:1795, called from app code at src\/shop\/exports\.py:12 — A library/,
		);
		expect(reason).not.toMatch(/\/[^ ]*\/i|\(\?|try \(\?:again/);
	});

	test('`triage rules` shows the negative condition', () => {
		expect(
			describeRules({categories: [], priorities: [], rules: [rule]}),
		).toContain('raised in library, called from app, not (message /try ');
	});
});

describe('a rules file’s not', () => {
	const rules = load([
		{
			name: 'redis-down-not-at-teardown',
			match: {
				message: 'Error 111 connecting',
				not: {phase: 'teardown', message: 'during close'},
			},
			category: 'ENVIRONMENT',
			priority: 'HIGH',
			reason: 'redis-server is not running',
		},
		{
			name: 'vendor-errors',
			match: {
				exception: '^vendor\\.',
				not: {message: 'BUSY'},
				ignoreCase: true,
			},
			category: 'BUG',
			priority: 'HIGH',
			reason: 'the vendor SDK is misused',
		},
	]);
	const redis = {
		headline:
			'redis.exceptions.ConnectionError: Error 111 connecting to x:6379',
		exceptionType: 'redis.exceptions.ConnectionError',
	};

	test('excludes a failure only when all of its conditions hold', () => {
		const rule = (overrides: Partial<Failure>): string =>
			suggest(failure(overrides), {rules}).rule;
		expect(rule(redis)).toBe('redis-down-not-at-teardown');
		// At teardown but not during close, and during close but at call: one condition of the not fails.
		expect(rule({...redis, phase: 'teardown'})).toBe(
			'redis-down-not-at-teardown',
		);
		expect(rule({...redis, headline: `${redis.headline} during close`})).toBe(
			'redis-down-not-at-teardown',
		);
		expect(
			rule({
				...redis,
				phase: 'teardown',
				headline: `${redis.headline} during close`,
			}),
		).not.toBe('redis-down-not-at-teardown');
	});

	test('takes ignoreCase from the rule’s match, and adds nothing to the reason', () => {
		const busy = failure({
			headline: 'vendor.Error: server busy',
			exceptionType: 'vendor.Error',
		});
		expect(suggest(busy, {rules}).rule).not.toBe('vendor-errors');
		const other = suggest(
			failure({
				headline: 'vendor.Error: bad id',
				exceptionType: 'vendor.Error',
			}),
			{rules},
		);
		expect(other).toMatchObject({
			rule: 'vendor-errors',
			reason: 'exception type vendor.Error — the vendor SDK is misused',
		});
	});

	test('is described by `triage rules`', () => {
		expect(
			describeRules({categories: [], priorities: [], rules: rules.slice(0, 1)}),
		).toContain(
			'when message /Error 111 connecting/, not (phase teardown, message /during close/)',
		);
	});

	test.each([
		[{not: {}}, /\.match\.not: must be an object of at least one condition/],
		[
			{not: 'busy'},
			/\.match\.not: must be an object of at least one condition/,
		],
		[
			{not: {not: {message: 'x'}}},
			/\.match\.not: a 'not' cannot hold another 'not'/,
		],
		[{not: {colour: 'red'}}, /\.match\.not: unknown condition 'colour'/],
		[{not: {message: '(?!x)'}}, /\.match\.not\.message: invalid pattern/],
		[{not: {phase: ['later']}}, /\.match\.not\.phase: unknown "later"/],
	])('%j is refused', (match, error) => {
		expect(errorsOf(match)).toMatch(error);
	});
});

describe('through the rules memo and the words of the patterns', () => {
	/** Enough distinct messages that the memo reads patterns' words first (found-memo.ts). */
	function warm(rules: readonly Rule[]): void {
		for (let index = 0; index < 2100; index++) {
			suggest(
				failure({
					id: `tests/test_warm.py::test_${index}`,
					headline: `AssertionError: value ${index} is not ${index + 1}`,
				}),
				{rules, area: 'warm', isFlaky: false},
			);
		}
	}

	const specs: readonly Rule[] = [
		{
			name: 'text-only-with-not',
			match: {message: /Error 111/, not: {message: /during close/}},
			category: 'ENVIRONMENT',
			priority: 'HIGH',
			reason: 'a',
			origin: 'test',
		},
		{
			name: 'crash-site-with-not',
			match: {
				raisedIn: ['library'],
				calledFrom: ['app'],
				not: {message: /try again later|overload/i},
			},
			category: 'BUG',
			priority: 'HIGH',
			reason: 'b',
			origin: 'test',
		},
		{
			name: 'not-on-the-name',
			match: {exception: /ValueError$/, not: {name: /legacy/}},
			category: 'BUG',
			priority: 'MEDIUM',
			reason: 'c',
			origin: 'test',
		},
	];
	const failures: readonly Failure[] = [
		failure({headline: 'x.ConnectionError: Error 111 connecting'}),
		failure({headline: 'x.ConnectionError: Error 111 during close'}),
		failure(underApp('tarfile.ReadError: not an lzma file')),
		failure(underApp('x.Error: Try again later')),
		failure(underApp('x.Error: overloaded')),
		failure({headline: 'ValueError: bad', exceptionType: 'ValueError'}),
		failure({
			id: 'tests/test_a.py::test_legacy_import',
			headline: 'ValueError: bad',
			exceptionType: 'ValueError',
		}),
	];

	test('a suggestion is the one of the first rule that matches, alone and without a memo', () => {
		const rules = [...specs, ...builtInRules];
		warm(rules);
		for (const pass of [1, 2]) {
			for (const each of failures) {
				const first = rules.find(rule =>
					matches(rule, each, {area: 'tests', isFlaky: false}),
				);
				expect(
					suggest(each, {rules, area: 'tests', isFlaky: false}).rule,
					`${each.headline}, pass ${pass}`,
				).toBe(first?.name);
			}
		}

		expect(
			failures.map(
				each => suggest(each, {rules, area: 'tests', isFlaky: false}).rule,
			),
		).toEqual([
			'text-only-with-not',
			expect.not.stringMatching(/^text-only-with-not$/),
			'crash-site-with-not',
			expect.not.stringMatching(/^crash-site-with-not$/),
			expect.not.stringMatching(/^crash-site-with-not$/),
			'not-on-the-name',
			expect.not.stringMatching(/^not-on-the-name$/),
		]);
	});

	test('a message without the words of a not is not a reason to skip the rule', () => {
		// Warmed: the words of each pattern are read first. "Error 111 connecting" has none of the not's
		// words ("during close"), and the rule must still match.
		const rules = [...specs];
		warm(rules);
		expect(
			suggest(failure({headline: 'x.ConnectionError: Error 111 connecting'}), {
				rules,
				area: 'tests',
				isFlaky: false,
			}).rule,
		).toBe('text-only-with-not');
		expect(
			suggest(
				failure({headline: 'x.ConnectionError: Error 111 during close'}),
				{
					rules,
					area: 'tests',
					isFlaky: false,
				},
			).rule,
		).not.toBe('text-only-with-not');
	});
});
