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

/** A failure whose log says nothing but its id (`--tb=no`): only the name rules can speak. */
function nameOnly(id: string): Failure {
	return failing(id, {
		headline: 'AssertionError',
		traceback: '',
	});
}

// Every row was checked against ../shared/tools/old-analyzer.py on a log of `tests/chaos/<id> FAILED`
// lines (its CSV has the same category and priority for each), except the network rows: the old
// analyzer said TEST_DESIGN, which its own reason ("not available in environment") contradicts.
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
			'ENVIRONMENT',
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
			'ENVIRONMENT',
			'LOW',
			'Network simulation not available in environment',
		],
		[
			'network/test_net.py::test_high_latency_timeouts',
			'ENVIRONMENT',
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
		const suggestion = suggest(nameOnly(`tests/chaos/${id}`), {
			rules: builtInRules,
		});
		expect(suggestion.category).toBe(category);
		expect(suggestion.priority).toBe(priority);
		if (reason) {
			expect(suggestion.reason).toMatch(/^matched "\w+" in the test name — /);
			expect(suggestion.reason.endsWith(` — ${reason}`)).toBe(true);
			expect(suggestion.rule).toMatch(/^old-analyzer\//);
		}
	});

	test('only look at tests under tests/chaos/, as the old analyzer did', () => {
		expect(
			suggest(
				nameOnly(
					'tests/test_pubsub.py::TestPubSubDeadlock::test_pubsub_deadlock',
				),
				{rules: builtInRules},
			),
		).toEqual({
			category: 'UNKNOWN',
			priority: 'MEDIUM',
			reason:
				'exception type AssertionError — No rule matched: read the traceback',
			rule: 'default',
		});
	});
});

describe('rules on the error itself', () => {
	test.each([
		['psycopg2ConnectionRefused', 'connection-refused', 'ENVIRONMENT', 'HIGH'],
		['psycopg2ServerClosed', 'server-closed-connection', 'ENVIRONMENT', 'HIGH'],
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
		[
			'yaml.scanner.ScannerError: while scanning for the next token',
			'settings-file-unparsable',
		],
		[
			'tomllib.TOMLDecodeError: Invalid value (at line 3, column 9)',
			'settings-file-unparsable',
		],
		[
			'shop.settings.MissingSetting: SHOP_LEDGER_URL is not set',
			'missing-environment-variable',
		],
		[
			'sqlite3.OperationalError: attempt to write a readonly database',
			'database-file-read-only',
		],
		[
			'requests.exceptions.HTTPError: 422 Client Error: Unprocessable Entity for url: http://127.0.0.1:8765/v2/refunds',
			'request-rejected',
		],
		[
			'requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: http://127.0.0.1:8765/v2/refunds',
			'http-unauthorized',
		],
		[
			"redis.exceptions.InvalidResponse: Protocol Error: b'HTTP/1.1 400 Bad Request'",
			'wrong-protocol',
		],
	])('%s → %s', (headline, rule) => {
		expect(
			suggest(failing('tests/test_x.py::test_y', {headline, traceback: ''}), {
				rules: builtInRules,
			}).rule,
		).toBe(rule);
	});

	test('pytest.fail in the test is a check, as an assert is; a missing absolute path from the app is the settings', () => {
		const failed = failing('tests/test_fees.py::test_payload', {
			headline: "Failed: invoice payload is missing ['currency']",
			exceptionType: 'Failed',
			traceback:
				'tests/test_fees.py:59: in test_payload\n    _require_keys(payload)\ntests/test_fees.py:54: in _require_keys\n    pytest.fail(f"invoice payload is missing {missing}")\nE   Failed: invoice payload is missing [\'currency\']',
		});
		expect(suggest(failed, {rules: builtInRules})).toMatchObject({
			rule: 'explicit-fail',
			category: 'BUG',
		});
		const missing = failing('tests/test_exports.py::test_render', {
			headline:
				"FileNotFoundError: [Errno 2] No such file or directory: '/opt/shop/templates/invoice.html'",
			exceptionType: 'FileNotFoundError',
			traceback:
				"tests/test_exports.py:12: in test_render\n    render_invoice(1)\nshop/exports.py:45: in render_invoice\n    with open(path) as handle:\nE   FileNotFoundError: [Errno 2] No such file or directory: '/opt/shop/templates/invoice.html'",
		});
		expect(suggest(missing, {rules: builtInRules})).toMatchObject({
			rule: 'missing-configured-path',
			category: 'CONFIGURATION',
		});
		// A file the test expected in its temporary folder is still the code's fault.
		const temporary = failing('tests/test_exports.py::test_render', {
			headline:
				"FileNotFoundError: [Errno 2] No such file or directory: '/tmp/pytest-of-ci/pytest-3/test_render0/out.csv'",
			exceptionType: 'FileNotFoundError',
			traceback:
				"tests/test_exports.py:12: in test_render\n    read(tmp_path / 'out.csv')\nshop/exports.py:45: in read\n    with open(path) as handle:\nE   FileNotFoundError: [Errno 2] No such file or directory: '/tmp/pytest-of-ci/pytest-3/test_render0/out.csv'",
		});
		expect(suggest(temporary, {rules: builtInRules}).rule).not.toBe(
			'missing-configured-path',
		);
	});

	// Issue 12: a PermissionError raised in the test body matched nothing when only setup counted.
	test('a permission error is the environment wherever it is raised', () => {
		const denied = {
			headline: "PermissionError: [Errno 13] Permission denied: '/var/lib/app'",
			traceback: '',
		};
		for (const phase of ['setup', 'call'] as const) {
			expect(
				suggest(
					failing('tests/test_x.py::test_y', {
						...denied,
						outcome: phase === 'setup' ? 'error' : 'failed',
						phase,
					}),
					{rules: builtInRules},
				),
			).toMatchObject({rule: 'permission-denied', category: 'ENVIRONMENT'});
		}
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
		// It names every field the file may have: a rules file holding only "rerun" or "store" is one.
		[
			'[]',
			/must be a JSON object with any of "rules", "categories", "issueUrl", "rerun", "store"$/,
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

/** A failure raised at the end of these frames (`path:line: in function`, innermost last). */
function raisedAt(
	id: string,
	headline: string,
	frames: readonly string[],
	overrides: Partial<Failure> = {},
): Failure {
	return failing(id, {
		headline,
		exceptionType: headline.split(':')[0],
		traceback: [
			...frames.flatMap(frame => [frame, '    source()']),
			...headline.split('\n').map(line => `E   ${line}`),
		].join('\n'),
		...overrides,
	});
}

const chaosTest = 'tests/chaos/network/test_net.py::test_network_latency';
const testFrame = 'tests/chaos/network/test_net.py:12: in test_network_latency';
const appFrame = 'src/shop/client.py:40: in fetch';
const libraryFrame = '.venv/lib/python3.12/site-packages/lib/core.py:9: in run';

describe('issue 12, item 15: better first guesses', () => {
	test('the reason says what matched: the text and where, the exception type, the crash site, the name', () => {
		const pool = raisedAt(
			'tests/test_db.py::test_bulk',
			'sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00',
			['tests/test_db.py:5: in test_bulk', libraryFrame],
		);
		expect(suggest(pool, {rules: builtInRules})).toMatchObject({
			rule: 'pool-exhausted',
			category: 'CONFIGURATION',
			reason: expect.stringMatching(
				/^matched "QueuePool limit of size" in the headline — /,
			),
		});
		const mismatch = raisedAt(chaosTest, 'AssertionError: assert 3 == 4', [
			testFrame,
		]);
		expect(suggest(mismatch, {rules: builtInRules}).reason).toMatch(
			/^exception type AssertionError; raised in the test at tests\/chaos\/network\/test_net\.py:12 — /,
		);
		expect(suggest(nameOnly(chaosTest), {rules: builtInRules}).reason).toMatch(
			/^matched "network" in the test name — /,
		);
		const refused = failing('tests/test_x.py::test_y', {
			headline: 'redis.exceptions.ConnectionError: Error 111',
			traceback:
				'E   redis.exceptions.ConnectionError: Error 111\nE   ConnectionRefusedError: [Errno 111] Connection refused',
		});
		expect(suggest(refused, {rules: builtInRules}).reason).toMatch(
			/^matched "ConnectionRefusedError" in an E line — /,
		);
	});

	test('the fallback says what it saw, so that reading starts somewhere', () => {
		const odd = raisedAt(
			'tests/test_x.py::test_y',
			'pickle.PicklingError: no',
			[
				'tests/test_x.py:3: in test_y',
				'/usr/lib/python3.12/pickle.py:9: in dump',
			],
		);
		expect(suggest(odd, {rules: builtInRules})).toEqual({
			category: 'UNKNOWN',
			priority: 'MEDIUM',
			rule: 'default',
			reason:
				'exception type pickle.PicklingError; raised in a library at pickle.py:9, called from the test at tests/test_x.py:3 — No rule matched: read the traceback',
		});
	});

	test('rules on the error beat guesses from the name', () => {
		// The old analyzer said TEST_DESIGN/LOW for any failing network test.
		expect(
			suggest(
				raisedAt(chaosTest, 'AssertionError: assert 3 == 4', [testFrame]),
				{rules: builtInRules},
			).rule,
		).toBe('value-mismatch');
		expect(
			suggest(
				raisedAt(
					chaosTest,
					"PermissionError: [Errno 13] Permission denied: '/var/lib/app/out.csv'",
					[testFrame],
				),
				{rules: builtInRules},
			).rule,
		).toBe('permission-denied');
	});

	test.each([
		[
			'an assertion whose message says the environment lacks something',
			'AssertionError: Network simulation not available in environment\nassert False',
			[testFrame],
			'assertion-says-environment',
			'ENVIRONMENT',
		],
		[
			'contention the machine did not produce',
			'AssertionError: Should experience some contention under load\nassert 0 > 0',
			[testFrame],
			'expected-contention',
			'ENVIRONMENT',
		],
		[
			'a wall-clock threshold',
			'AssertionError: retries took 0.41s, expected under 0.25s\nassert 0.41 < 0.25',
			[testFrame],
			'timing-threshold',
			'TEST_DESIGN',
		],
		[
			'a latency budget',
			'AssertionError: p99 latency 0.81s exceeds the SLO\nassert 0.81 < 0.5',
			[testFrame],
			'latency-threshold',
			'ENVIRONMENT',
		],
		[
			'a health check that reports a dependency down',
			"AssertionError: assert 'degraded' == 'ok'",
			[testFrame],
			'health-check-down',
			'ENVIRONMENT',
		],
		[
			'a plain value mismatch',
			'AssertionError: Expired token was accepted\nassert 200 == 401',
			[testFrame],
			'value-mismatch',
			'BUG',
		],
		[
			'an error raised in the code under test',
			"KeyError: 'session:1'",
			[testFrame, appFrame],
			'raised-in-app',
			'BUG',
		],
		[
			'a library error in a call the code made',
			'ValueError: Semaphore released too many times',
			[testFrame, appFrame, '/usr/lib/python3.12/threading.py:535: in release'],
			'library-error-from-app',
			'BUG',
		],
		[
			"a name the test's own code never defines",
			"NameError: name 'make_order' is not defined",
			[testFrame],
			'broken-test-code',
			'TEST_DESIGN',
		],
		[
			'a call with arguments the function does not take',
			"TypeError: apply() got an unexpected keyword argument 'code'",
			[testFrame],
			'test-call-signature',
			'TEST_DESIGN',
		],
		[
			'a value the test reads that the code did not return',
			"KeyError: 'samesite'",
			[testFrame],
			'bad-value-in-test',
			'BUG',
		],
		[
			'a missing environment variable',
			"KeyError: 'SHOP_API_URL'",
			[testFrame, appFrame],
			'missing-environment-variable',
			'CONFIGURATION',
		],
		[
			'an app lock held past its timeout',
			'TimeoutError: Lock orders:1 not acquired after 5.06s',
			[testFrame, appFrame],
			'lock-timeout',
			'BUG',
		],
		[
			'a socket timeout in a call the code made',
			'TimeoutError: timed out',
			[testFrame, appFrame, '/usr/lib/python3.12/socket.py:720: in readinto'],
			'timeout-error',
			'ENVIRONMENT',
		],
	] as const)('%s', (_name, headline, frames, rule, category) => {
		expect(
			suggest(raisedAt(chaosTest, headline, frames), {rules: builtInRules}),
		).toMatchObject({rule, category});
	});

	test('a fixture that fails at setup without a known cause is the fixture, one that hits a service is the service', () => {
		const setup = {outcome: 'error', phase: 'setup'} as const;
		expect(
			suggest(
				raisedAt(
					chaosTest,
					"AttributeError: 'NoneType' object has no attribute 'url'",
					['tests/conftest.py:30: in server'],
					setup,
				),
				{rules: builtInRules},
			).rule,
		).toBe('fixture-error');
		expect(
			suggest(
				raisedAt(
					chaosTest,
					'psycopg2.OperationalError: FATAL:  password authentication failed for user "app"',
					['tests/conftest.py:30: in db', libraryFrame],
					setup,
				),
				{rules: builtInRules},
			),
		).toMatchObject({
			rule: 'credentials-rejected-at-setup',
			category: 'CONFIGURATION',
			priority: 'HIGH',
		});
	});

	test("every built-in rule's reason agrees with its category", () => {
		const contradicts: Record<string, RegExp> = {
			BUG: /not the code|the test is wrong|fragile|environment|settings/i,
			CONFIGURATION: /the test is wrong|fragile|a defect in the code/i,
			ENVIRONMENT: /the test is wrong|fragile|a defect in the code/i,
			TEST_DESIGN: /\benvironment\b|a defect in the code/i,
		};
		for (const rule of builtInRules) {
			const wrong = contradicts[rule.category];
			if (wrong) {
				expect(rule.reason, rule.name).not.toMatch(wrong);
			}
		}
	});
});

describe('rules files: where the error was raised, its type, what a hung test waited on', () => {
	test('load, match and describe the new conditions', () => {
		const loaded = loadRulesFile(
			JSON.stringify({
				rules: [
					{
						name: 'our client',
						match: {
							exception: 'CircuitOpenError$',
							raisedIn: ['app'],
							calledFrom: 'app',
						},
						category: 'ENVIRONMENT',
						priority: 'MEDIUM',
						reason: 'the breaker opened',
					},
					{
						name: 'deadlock',
						match: {waitingOn: ['locks']},
						category: 'BUG',
						priority: 'HIGH',
						reason: 'threads wait on each other',
					},
				],
			}),
			'triage.rules.json',
		);
		if (!loaded.ok) {
			throw new Error(loaded.errors.join('\n'));
		}

		const open = raisedAt(
			'tests/test_pay.py::test_charge',
			'shop.errors.CircuitOpenError: payments',
			[
				'tests/test_pay.py:3: in test_charge',
				'src/shop/breaker.py:57: in call',
			],
		);
		expect(suggest(open, {rules: loaded.ruleSet.rules})).toMatchObject({
			rule: 'our client',
			reason:
				'exception type shop.errors.CircuitOpenError; raised in app code at src/shop/breaker.py:57 — the breaker opened',
		});
		const text = describeRules(loaded.ruleSet);
		expect(text).toContain(
			'when exception /CircuitOpenError$/, raised in app, called from app',
		);
		expect(text).toContain('when waiting on locks');
	});

	test.each([
		[
			{raisedIn: ['vendor']},
			/\.match\.raisedIn: unknown "vendor"; expected one of test, app, library/,
		],
		[
			{calledFrom: 'library'},
			/\.match\.calledFrom: unknown "library"; expected one of test, app/,
		],
		[
			{waitingOn: []},
			/\.match\.waitingOn: must be a string or a non-empty list/,
		],
		[{exception: '(?=x)'}, /\.match\.exception: invalid pattern/],
	])('%j is refused', (match, error) => {
		const loaded = loadRulesFile(
			JSON.stringify({
				rules: [
					{name: 'r', match, category: 'BUG', priority: 'HIGH', reason: 'x'},
				],
			}),
			'triage.rules.json',
		);
		expect(loaded.ok ? '' : loaded.errors.join('\n')).toMatch(error);
	});
});

describe('rules on the error: the same failure in the words of other libraries', () => {
	test.each([
		[
			"aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host identity:8080 ssl:default [Connect call failed ('10.0.0.9', 8080)]",
			'cannot-connect',
			'ENVIRONMENT',
		],
		[
			"requests.exceptions.ConnectionError: ('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))",
			'connection-reset',
			'ENVIRONMENT',
		],
		[
			'httpx.RemoteProtocolError: Server disconnected without sending a response.',
			'connection-reset',
			'ENVIRONMENT',
		],
		[
			'ssl.SSLZeroReturnError: TLS/SSL connection has been closed (EOF) (_ssl.c:1006)',
			'connection-reset',
			'ENVIRONMENT',
		],
		[
			'redis.exceptions.BusyLoadingError: Redis is loading the dataset in memory',
			'service-starting',
			'ENVIRONMENT',
		],
		[
			"docker.errors.DockerException: Error while fetching server API version: ('Connection aborted.', FileNotFoundError(2, 'No such file or directory'))",
			'service-unavailable',
			'ENVIRONMENT',
		],
		[
			'requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://api.example.com/x',
			'rate-limited',
			'ENVIRONMENT',
		],
		[
			'grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.DEADLINE_EXCEEDED',
			'timeout-error',
			'ENVIRONMENT',
		],
		["RuntimeError: can't start new thread", 'process-limits', 'ENVIRONMENT'],
		[
			'sqlite3.OperationalError: disk I/O error',
			'disk-io-error',
			'ENVIRONMENT',
		],
		[
			'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
			'access-denied',
			'CONFIGURATION',
		],
		[
			'ldap3.core.exceptions.LDAPBindError: automatic bind not successful - invalidCredentials',
			'credentials-rejected',
			'CONFIGURATION',
		],
		[
			"urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='hooks.example.com', port=443): Max retries exceeded (Caused by ProxyError('Unable to connect to proxy', OSError('Tunnel connection failed: 403 Forbidden')))",
			'proxy-refused',
			'CONFIGURATION',
		],
		[
			'ImportError: libGL.so.1: cannot open shared object file: No such file or directory',
			'shared-library-missing',
			'CONFIGURATION',
		],
		[
			"AttributeError: module 'numpy' has no attribute 'float'.\n`np.float` was a deprecated alias for the builtin `float`.",
			'removed-library-api',
			'CONFIGURATION',
		],
		[
			'redis.exceptions.ResponseError: MOVED 3999 10.0.0.7:6381',
			'redis-cluster-redirect',
			'CONFIGURATION',
		],
		[
			'redis.exceptions.ResponseError: WRONGTYPE Operation against a key holding the wrong kind of value',
			'wrong-key-type',
			'BUG',
		],
		[
			'RuntimeError: Database access not allowed, use the "django_db" mark, or the "db" or "transactional_db" fixtures to enable it.',
			'database-access-not-allowed',
			'TEST_DESIGN',
		],
		["fixture 'mocker' not found", 'plugin-fixture-missing', 'CONFIGURATION'],
		["fixture 'warm_cache' not found", 'fixture-not-found', 'TEST_DESIGN'],
	])('%s → %s', (headline, rule, category) => {
		expect(
			suggest(
				failing('tests/test_x.py::test_y', {
					headline,
					exceptionType: /^[\w.]+(?=:)/.exec(headline)?.[0],
					traceback: headline
						.split('\n')
						.map(line => `E   ${line}`)
						.join('\n'),
				}),
				{rules: builtInRules},
			),
		).toMatchObject({rule, category});
	});

	test("an import of a name the project's own module lacks is a stale test; of an installed package's, a version skew", () => {
		const frames = ['tests/test_fees.py:7: in test_fee'];
		expect(
			suggest(
				raisedAt(
					'tests/test_fees.py::test_fee',
					"ImportError: cannot import name 'fee_for' from 'billing.fees' (/ci/billing/src/billing/fees.py)",
					frames,
				),
				{rules: builtInRules},
			).rule,
		).toBe('stale-import-in-test');
		expect(
			suggest(
				raisedAt(
					'tests/test_fees.py::test_fee',
					"ImportError: cannot import name 'url_quote' from 'werkzeug.urls' (/ci/.venv/lib/python3.12/site-packages/werkzeug/urls.py)",
					frames,
				),
				{rules: builtInRules},
			).rule,
		).toBe('cannot-import-name');
	});

	test('a library error in a call the code made is a bug only when it says the caller was wrong', () => {
		const frames = [
			'tests/test_x.py:3: in test_y',
			'src/shop/a.py:9: in run',
			'.venv/lib/python3.12/site-packages/lib/core.py:1: in call',
		];
		expect(
			suggest(
				raisedAt('tests/test_x.py::test_y', 'ValueError: bad value', frames),
				{rules: builtInRules},
			).rule,
		).toBe('library-error-from-app');
		expect(
			suggest(
				raisedAt(
					'tests/test_x.py::test_y',
					'lib.errors.BackendError: try later',
					frames,
				),
				{rules: builtInRules},
			).rule,
		).toBe('default');
	});
});
