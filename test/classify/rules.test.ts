import {describe, expect, test} from 'vitest';
import type {Failure} from '../../source/log/model.js';
import {
	builtInRules,
	builtInRuleSet,
} from '../../source/classify/rules/built-in.js';
import {describeRules} from '../../source/classify/rules/describe.js';
import {loadRulesFile} from '../../source/classify/rules/load.js';
import {suggest, testNameOf} from '../../source/classify/rules/match.js';
import type {Rule} from '../../source/classify/rules/types.js';
import * as real from './real-failures.js';

function failing(id: string, overrides: Partial<Failure> = {}): Failure {
	const file = id.split('::')[0]!;
	return {
		id,
		file,
		outcome: 'failed',
		phase: 'call',
		headline: 'AssertionError: Should experience some contention under load',
		exceptionType: 'AssertionError',
		traceback: `${file}:42: in test\n    assert False\nE   AssertionError: Should experience some contention under load`,
		captured: [],
		...overrides,
	};
}

describe('testNameOf', () => {
	test.each([
		[
			'tests/chaos/auth/test_auth_chaos.py::TestAuthChaos::test_jwt',
			'test_jwt',
		],
		['tests/a.py::test_b[x::y-auth]', 'test_b'],
		['tests/a.py::TestA::TestB::test_c[1]', 'test_c'],
		['tests/test_generic_alias.py', 'tests/test_generic_alias.py'],
	])('%s', (id, expected) => {
		expect(testNameOf(id)).toBe(expected);
	});
});

// Every row was checked against ../shared/tools/old-analyzer.py on a log of `tests/chaos/<id> FAILED`
// lines (its CSV has the same category and priority for each).
describe("the old analyzer's guesses", () => {
	test.each([
		[
			'auth/test_auth_chaos.py::TestAuthChaos::test_authentication_service_outage',
			'BUG',
			'HIGH',
			'Auth service failure not handled correctly',
		],
		[
			'auth/test_auth_chaos.py::TestAuthChaos::test_concurrent_authentication_load',
			'ENVIRONMENT',
			'LOW',
			'Contention not detected - system too fast',
		],
		[
			'auth/test_auth_chaos.py::TestAuthChaos::test_jwt_signature_validation_failure',
			'BUG',
			'HIGH',
			'JWT validation logic may have issues',
		],
		// The class name is not part of the name the old analyzer looked at.
		[
			'auth/test_auth_chaos.py::TestAuthChaos::test_token_expiration_under_clock_skew',
			'UNKNOWN',
			'MEDIUM',
			undefined,
		],
		// `invalidation` contains `validation`.
		[
			'auth/test_auth_chaos.py::TestAuthChaos::test_rbac_permission_cache_invalidation',
			'BUG',
			'HIGH',
			'JWT validation logic may have issues',
		],
		[
			'auth/test_auth_chaos.py::TestAuthChaos::test_auth_token_reload',
			'ENVIRONMENT',
			'LOW',
			'Contention not detected - system too fast',
		],
		['auth/test_jwt.py::test_jwt_refresh', 'UNKNOWN', 'MEDIUM', undefined],
		[
			'cache/test_cache_chaos.py::TestCacheChaos::test_cache_memory_pressure',
			'CONFIGURATION',
			'MEDIUM',
			'Cache pool size or eviction policy needs tuning',
		],
		[
			'cache/test_cache_chaos.py::TestCacheChaos::test_cache_stampede_prevention',
			'CONFIGURATION',
			'MEDIUM',
			'Cache pool size or eviction policy needs tuning',
		],
		[
			'cache/test_cache_chaos.py::TestCacheChaos::test_cache_invalidation_storm',
			'UNKNOWN',
			'MEDIUM',
			undefined,
		],
		[
			'concurrency/test_concurrency_chaos.py::TestConcurrencyChaos::test_deadlock_detection',
			'BUG',
			'HIGH',
			'Potential concurrency bug',
		],
		[
			'concurrency/test_concurrency_chaos.py::TestConcurrencyChaos::test_concurrent_writes',
			'UNKNOWN',
			'MEDIUM',
			undefined,
		],
		[
			'concurrency/test_locks.py::test_race_condition_counter',
			'BUG',
			'HIGH',
			'Potential concurrency bug',
		],
		[
			'concurrency/test_locks.py::test_concurrent_race_updates',
			'ENVIRONMENT',
			'LOW',
			'Hardware too fast to trigger race condition',
		],
		[
			'database/test_database_chaos.py::TestDatabaseChaos::test_database_connection_pool_load',
			'CONFIGURATION',
			'MEDIUM',
			'Pool size or connection limits need adjustment',
		],
		[
			'database/test_database_chaos.py::TestDatabaseChaos::test_transaction_rollback',
			'BUG',
			'HIGH',
			'Data consistency issue - needs investigation',
		],
		[
			'database/test_db.py::test_read_consistency_after_failover',
			'BUG',
			'HIGH',
			'Data consistency issue - needs investigation',
		],
		[
			'database/test_db.py::test_concurrent_transaction_commit',
			'CONFIGURATION',
			'MEDIUM',
			'Pool size or connection limits need adjustment',
		],
		[
			'network/test_network_chaos.py::TestNetworkChaos::test_network_latency_injection',
			'TEST_DESIGN',
			'LOW',
			'Network simulation not available in environment',
		],
		[
			'network/test_network_chaos.py::TestNetworkChaos::test_packet_loss',
			'UNKNOWN',
			'MEDIUM',
			undefined,
		],
		[
			'network/test_net.py::test_connection_reset_handling',
			'TEST_DESIGN',
			'LOW',
			'Network simulation not available in environment',
		],
		[
			'network/test_net.py::test_high_latency_timeouts',
			'TEST_DESIGN',
			'LOW',
			'Network simulation not available in environment',
		],
		[
			'resources/test_resources.py::test_disk_full_handling',
			'UNKNOWN',
			'MEDIUM',
			undefined,
		],
		// Auth words are looked for first: an auth test in the cache folder is still an auth test.
		[
			'resources/test_resources.py::test_cache_of_auth_tokens',
			'UNKNOWN',
			'MEDIUM',
			undefined,
		],
		[
			'auth/test_auth_chaos.py::TestAuthChaos::test_authentication_service_outage[rs256-1]',
			'BUG',
			'HIGH',
			'Auth service failure not handled correctly',
		],
	])('%s → %s %s', (id, category, priority, reason) => {
		const suggestion = suggest(failing(`tests/chaos/${id}`), {
			rules: builtInRules,
		});
		expect(suggestion.category).toBe(category);
		expect(suggestion.priority).toBe(priority);
		if (reason) {
			expect(suggestion.reason).toBe(reason);
			expect(suggestion.rule).toMatch(/^old-analyzer\//);
		}
	});

	test('only look at tests under tests/chaos/, as the old analyzer did', () => {
		expect(
			suggest(
				failing(
					'tests/test_pubsub.py::TestPubSubDeadlock::test_pubsub_deadlock',
				),
				{rules: builtInRules},
			),
		).toEqual({
			category: 'UNKNOWN',
			priority: 'MEDIUM',
			reason: 'No rule matched: read the traceback',
			rule: 'default',
		});
	});
});

describe('rules on the error itself', () => {
	test.each([
		['psycopg2ConnectionRefused', 'connection-refused', 'ENVIRONMENT', 'HIGH'],
		['psycopg2ServerClosed', 'connection-reset', 'ENVIRONMENT', 'HIGH'],
		['redisRefused6379', 'connection-refused', 'ENVIRONMENT', 'HIGH'],
		['cpythonTimeout', 'pytest-timeout', 'ENVIRONMENT', 'MEDIUM'],
		['cpythonFixtureNotFound', 'fixture-not-found', 'TEST_DESIGN', 'MEDIUM'],
		['cpythonNoSuchDevice', 'missing-device', 'ENVIRONMENT', 'LOW'],
		['scipyStaleTemporaryDirectory', 'stale-temp-dir', 'ENVIRONMENT', 'HIGH'],
		[
			'numpyTypingCollectError',
			'collect-import-error',
			'CONFIGURATION',
			'HIGH',
		],
		['numpyMemoryError', 'out-of-memory', 'ENVIRONMENT', 'MEDIUM'],
		[
			'networkxDeprecationAtSetup',
			'deprecation-as-error',
			'CONFIGURATION',
			'LOW',
		],
		['networkxInvalidEscape', 'collect-invalid-escape', 'CONFIGURATION', 'LOW'],
		['jinjaPickle0', 'default', 'UNKNOWN', 'MEDIUM'],
	] as const)('%s → %s', (name, rule, category, priority) => {
		const suggestion = suggest(real[name], {rules: builtInRules});
		expect(suggestion).toMatchObject({rule, category, priority});
		expect(suggestion.reason.length).toBeGreaterThan(20);
	});

	test.each([
		['TimeoutError: timed out', 'timeout-error'],
		[
			'socket.gaierror: [Errno -3] Temporary failure in name resolution',
			'dns-failure',
		],
		['OSError: [Errno 101] Network is unreachable', 'network-unreachable'],
		[
			'ConnectionResetError: [Errno 104] Connection reset by peer',
			'connection-reset',
		],
		['MemoryError', 'out-of-memory'],
		[
			"OSError: [Errno 30] Read-only file system: '/data'",
			'read-only-file-system',
		],
		['OSError: [Errno 28] No space left on device', 'disk-full'],
		[
			"ImportError: cannot import name 'Unpack' from 'typing'",
			'cannot-import-name',
		],
		[
			'psycopg2.OperationalError: FATAL:  sorry, too many clients already',
			'too-many-connections',
		],
		['[XPASS(strict)] flaky in CI', 'xpass-strict'],
	])('%s → %s', (headline, rule) => {
		expect(
			suggest(failing('tests/test_x.py::test_y', {headline, traceback: ''}), {
				rules: builtInRules,
			}).rule,
		).toBe(rule);
	});

	test('permission errors count as the environment only at setup', () => {
		const denied = {
			headline: "PermissionError: [Errno 13] Permission denied: '/var/lib/app'",
			traceback: '',
		};
		expect(
			suggest(
				failing('tests/test_x.py::test_y', {
					...denied,
					outcome: 'error',
					phase: 'setup',
				}),
				{rules: builtInRules},
			).rule,
		).toBe('permission-denied-at-setup');
		expect(
			suggest(failing('tests/test_x.py::test_y', denied), {rules: builtInRules})
				.rule,
		).toBe('default');
	});

	test('an import error at collection is decisive, the same words in source code are not', () => {
		const mentions = failing('tests/test_x.py::test_y', {
			traceback:
				'tests/test_x.py:3: in test_y\n    with pytest.raises(ConnectionRefusedError):\nE   Failed: DID NOT RAISE',
			headline: "Failed: DID NOT RAISE <class 'ConnectionRefusedError'>",
		});
		expect(suggest(mentions, {rules: builtInRules}).rule).not.toBe(
			'connection-refused',
		);
	});

	test('error rules come before name rules', () => {
		const chaos = failing(
			'tests/chaos/database/test_db.py::test_transaction_rollback',
			{
				headline: 'psycopg2.OperationalError: Connection refused',
				traceback: '',
			},
		);
		expect(suggest(chaos, {rules: builtInRules}).rule).toBe(
			'connection-refused',
		);
	});

	test('a flaky test is suggested as such when no error rule explains it', () => {
		const suggestion = suggest(
			failing('tests/chaos/database/test_db.py::test_transaction_rollback'),
			{rules: builtInRules, isFlaky: true},
		);
		expect(suggestion).toMatchObject({rule: 'flaky', category: 'TEST_DESIGN'});
	});

	test('every built-in rule has a unique name, a known category and priority, and a reason', () => {
		const {categories, priorities, rules} = builtInRuleSet();
		expect(new Set(rules.map(rule => rule.name)).size).toBe(rules.length);
		for (const rule of rules) {
			expect(categories.map(category => category.name)).toContain(
				rule.category,
			);
			expect(priorities.map(priority => priority.name)).toContain(
				rule.priority,
			);
			expect(rule.reason).not.toBe('');
		}

		expect(rules.at(-1)?.name).toBe('default');
	});
});

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
		['{', /triage\.rules\.json: not valid JSON/],
		['[]', /must be a JSON object/],
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
			/rules\[0] \("r"\)\.category: unknown category "BUGS"; expected one of BUG, /,
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

describe('huge input', () => {
	test('every built-in rule looks at a 5 MB failure in well under a second', () => {
		const line = `OSError: ${'Connection refuse_ 0x1f '.repeat(200_000)}`;
		const failure = failing('tests/test_x.py::test_y', {
			headline: line,
			traceback: `E   ${line}\n`.repeat(2),
		});
		const start = performance.now();
		expect(suggest(failure, {rules: builtInRules}).rule).toBe('default');
		expect(performance.now() - start).toBeLessThan(1000);
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
