import {describe, expect, test} from 'vitest';
import {
	builtInRules,
	builtInRuleSet,
} from '../../source/classify/rules/built-in.js';
import {suggest, testNameOf} from '../../source/classify/rules/match.js';
import * as real from './real-failures.js';
import {failing, nameOnly} from './failing.js';

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
			'server-connection-limit',
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
