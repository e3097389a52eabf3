/**
Rules changed after acceptance suite 52 (bagdrop) was measured blind (62 of 68 on its log, 61 on its XML): checked on
that real run's log and XML, and on texts in other words where the rule must or must not fire. The kind is not words of
the suite: a collection kept for the module (a module-level list or memo, upper-case or private, or a store the test
names shared_…) that pytest finds holding more than the test expects, because earlier tests put items there (suites
14 to 36 had ten such failures, all decided the tests' shared state); and the same asked as its size (`assert
len(ISSUED) == 1`, suites 10, 23, 24 and 27).
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

async function analysisOf(file: string) {
	return analyze([
		await readLog(path.join(import.meta.dirname, '../acceptance', file)),
	]);
}

describe.each(['holdout-52.log', 'holdout-52.xml'])(
	'on the real run of suite 52 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test.each([
			// A comprehension over a module-level list earlier parametrized tests extended.
			'test_routed_log_is_per_test',
			// The code's answer about a module-scoped store the test names shared_claims.
			'test_shared_claims_only_mine',
		])('%s', name => {
			expect(suggestionFor(analysis, name)).toMatchObject({
				rule: 'module-state-holds-earlier-items',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});
		test("the code's own wrong values stay the code's", () => {
			expect(
				suggestionFor(analysis, 'test_chute_drops_from_many_belts'),
			).toMatchObject({rule: 'value-mismatch', category: 'BUG'});
		});
	},
);

function compared(source: string, explanation: readonly string[]) {
	return ruleFor({
		headline: `AssertionError: ${explanation[0]!}`,
		traceback: [
			'tests/core/test_registry.py:44: in test_second_agent_registers',
			`    ${source}`,
			...explanation.map(line => `E   ${line}`),
		].join('\n'),
	});
}

const oneMore = [
	"assert ['agent-1', 'agent-2'] == ['agent-2']",
	"  At index 0 diff: 'agent-1' != 'agent-2'",
	"  Left contains one more item: 'agent-2'",
];

describe('a collection kept for the module holding earlier tests’ items', () => {
	test.each([
		'assert SEEN == ["agent-2"]',
		'assert _seen_agents == ["agent-2"]',
		'assert registry.AGENTS == ["agent-2"]',
		'assert [agent["name"] for agent in registry._AGENTS] == ["agent-2"]',
		'assert agents.names(shared_registry) == ["agent-2"]',
		'assert agents.names(db, shared_registry) == ["agent-2"]',
	])('%s', source => {
		expect(compared(source, oneMore)).toBe('module-state-holds-earlier-items');
	});

	test('a dict kept for the module', () => {
		expect(
			compared('assert web.BOOKINGS == {}', [
				"assert {1: {'shop': 'LDN-01'}} == {}",
				'  Left contains 1 more item:',
				"  {1: {'shop': 'LDN-01'}}",
			]),
		).toBe('module-state-holds-earlier-items');
	});

	test.each([
		// The code's answer or a local of the test's: the code's extra items (a race, a memo, files left behind).
		'assert registry.names() == ["agent-2"]',
		'assert calls == ["agent-2"]',
		'assert self._seen == ["agent-2"]',
		'assert [agent["name"] for agent in agents] == ["agent-2"]',
		'assert agents.names(not_shared_registry) == ["agent-2"]',
	])('not %s', source => {
		expect(compared(source, oneMore)).toBe('value-mismatch');
	});

	test('not fewer items than expected', () => {
		expect(
			compared('assert SEEN == ["agent-1", "agent-2"]', [
				"assert ['agent-1'] == ['agent-1', 'agent-2']",
				"  Right contains one more item: 'agent-2'",
			]),
		).toBe('value-mismatch');
	});

	test('hostile lines are refused', () => {
		for (const source of [
			`assert [${' for x in y'.repeat(25_000)}`,
			`assert f(${' shared_x'.repeat(25_000)}`,
			`assert ${'A.'.repeat(125_000)}`,
			`assert (${',shared_'.repeat(30_000)}`,
		]) {
			expect(compared(source, oneMore)).not.toBe(
				'module-state-holds-earlier-items',
			);
		}
	});
});

describe.each(['holdout-23.log', 'holdout-23.xml'])(
	'on the real run of suite 23 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test('a module-level list counted, larger than expected', () => {
			expect(
				suggestionFor(analysis, 'test_one_pass_issued_so_far'),
			).toMatchObject({
				rule: 'module-state-larger-than-expected',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});
	},
);

function counted(source: string, explanation: string) {
	return ruleFor({
		headline: `AssertionError: ${explanation}`,
		traceback: [
			'tests/core/test_registry.py:44: in test_one_agent_registered',
			`    ${source}`,
			`E   AssertionError: ${explanation}`,
			'E    +  where 2 = len([1, 2])',
		].join('\n'),
	});
}

describe('a collection kept for the module counted larger than expected', () => {
	test.each([
		['assert len(ISSUED) == 1', 'assert 2 == 1'],
		['assert len(dispatch.REGISTRY) == 3', 'assert 4 == 3'],
		['assert len(_seen) == 9', 'assert 10 == 9'],
		['assert len(SEEN) == 12', 'assert 130 == 12'],
	])('%s (%s)', (source, explanation) => {
		expect(counted(source, explanation)).toBe(
			'module-state-larger-than-expected',
		);
	});

	test.each([
		// Fewer than expected: not what earlier tests left.
		['assert len(ISSUED) == 3', 'assert 0 == 3'],
		['assert len(ISSUED) == 3', 'assert 2 == 3'],
		// Not a collection kept for the module.
		['assert len(issued) == 1', 'assert 2 == 1'],
		['assert len(registry.issued()) == 1', 'assert 2 == 1'],
		['assert len(self._seen) == 1', 'assert 2 == 1'],
	])('not %s (%s)', (source, explanation) => {
		expect(counted(source, explanation)).toBe('value-mismatch');
	});

	test('hostile lines are refused', () => {
		for (const [source, explanation] of [
			[`assert len(${'A'.repeat(250_000)}`, 'assert 2 == 1'],
			['assert len(SEEN) == 1', `assert ${'9'.repeat(250_000)} == `],
			[`assert len(${'_a.'.repeat(80_000)}) == 1`, 'assert 2 == 1'],
		] as const) {
			expect(counted(source, explanation)).not.toBe(
				'module-state-larger-than-expected',
			);
		}
	});
});
