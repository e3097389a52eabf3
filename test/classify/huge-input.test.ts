/**
A failure of 5 MB (a test printing the same words a hundred thousand times into its message) is classified at
once. Each case runs in a process of its own (`huge-failure.ts`), killed after 30 s: a pattern that backtracks
over such a failure takes minutes, and a unit test asserting a time is noise on a shared machine, so what is
checked is that it ends at all within a limit far above its time (well under a second here).
*/
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import process from 'node:process';
import {describe, expect, test} from 'vitest';
import {bundledScript} from '../child-script.js';

const script = bundledScript(path.join(import.meta.dirname, 'huge-failure.ts'));

function classified(name: string): unknown {
	const result = spawnSync(process.execPath, [script, name], {
		encoding: 'utf8',
		timeout: 30_000,
	});
	// Killed at the time limit: the status is null, and the signal says so.
	expect({signal: result.signal, stderr: result.stderr}).toEqual({
		signal: null,
		stderr: '',
	});
	expect(result.status).toBe(0);
	return JSON.parse(result.stdout);
}

describe('a 5 MB failure', () => {
	test('every built-in rule looks at it, and none matches 200,000 near misses', () => {
		expect(classified('rules')).toEqual({rule: 'default'});
	});

	test('its signature masks a headline of 250,000 quotes, numbers, hex and paths', () => {
		const signature = classified('signature') as {
			messageLength: number;
			location: string;
		};
		expect(signature.messageLength).toBeLessThanOrEqual(240);
		expect(signature.location).toBe('tests/test_utils.py:test_pickle_missing');
	});

	test('six lines of 250 KB digit runs in float comparisons and a byte count each get a rule', () => {
		const rules = classified('floats') as string[];
		expect(rules).toHaveLength(6);
		expect(rules).not.toContain('default');
	});

	test("three lines of 250 KB near misses of a token's key id not in a key set each get a rule", () => {
		const rules = classified('tokens') as string[];
		expect(rules).toHaveLength(3);
		expect(rules[0]).toBe('token-key-not-in-key-set');
	});

	test('two lines of 250 KB near misses of a replica lagging each get a rule', () => {
		const rules = classified('replicas') as string[];
		expect(rules).toHaveLength(2);
		expect(rules[0]).toBe('replica-lagging');
		expect(rules[1]).not.toBe('replica-lagging');
	});

	test('four lines of long dotted paths and near misses of a token signed with another key each get a rule', () => {
		const rules = classified('signedTokens') as string[];
		expect(rules).toHaveLength(4);
		expect(rules.slice(0, 2)).toEqual([
			'token-signed-with-other-key',
			'token-signed-with-other-key',
		]);
		expect(rules.slice(2)).not.toContain('token-signed-with-other-key');
	});

	test('two call lines of 250 KB near misses of a limit the code sets on its child each get a rule', () => {
		expect(classified('children')).toEqual(['killed', 'killed']);
	});

	test("three call lines of 250 KB near misses of the code's own query past a statement timeout each get a rule", () => {
		expect(classified('queries')).toEqual([
			'statement-timeout-of-own-query',
			'statement-timeout-of-own-query',
			'statement-timeout',
		]);
	});

	test("three lines of 250 KB near misses of a service in the code's own TimeoutError each get a rule", () => {
		expect(classified('ownTimeouts')).toEqual([
			'own-timeout-raised-in-app',
			'own-timeout-raised-in-app',
			'timeout-error',
		]);
	});

	test('three lines of long dotted paths and 250 KB near misses of a connection used after it was closed each get a rule', () => {
		const rules = classified('closedConnections') as string[];
		expect(rules).toHaveLength(3);
		expect(rules[0]).toBe('connection-closed-earlier');
		expect(rules.slice(1)).not.toContain('connection-closed-earlier');
	});

	test('two lines of 250 KB near misses and a long type name of naive and aware datetimes compared each get a rule', () => {
		expect(classified('naiveAware')).toEqual([
			'bad-value-in-test',
			'bad-value-in-test',
			'naive-aware-compared-in-test',
		]);
	});

	test('three lines of 250 KB blanks and near misses of a value read from the environment that is not a number each get a rule', () => {
		const rules = classified('environmentNumbers') as string[];
		expect(rules).toHaveLength(3);
		expect(rules[0]).toBe('environment-value-not-a-number');
		expect(rules.slice(1)).not.toContain('environment-value-not-a-number');
	});

	test('three lines of 250 KB blanks and near misses of a string where the settings give a number each get a rule', () => {
		const rules = classified('settingTypes') as string[];
		expect(rules).toHaveLength(3);
		expect(rules[0]).toBe('setting-value-of-wrong-type');
		expect(rules.slice(1)).not.toContain('setting-value-of-wrong-type');
	});

	test('three tracebacks of 250 KB blanks and near misses of a list compared in order each get a rule', () => {
		const rules = classified('listOrders') as string[];
		expect(rules[0]).toBe('unordered-items-compared-in-order');
		expect(rules.slice(1)).toHaveLength(2);
		expect(rules.slice(1)).not.toContain('unordered-items-compared-in-order');
	});

	test("two headlines of 250 KB near misses of a client's 503 each get a rule", () => {
		const rules = classified('serverErrors') as string[];
		expect(rules[0]).not.toBe('upstream-unavailable');
		expect(rules[1]).toBe('upstream-unavailable');
	});

	test("60 to 250 KB near misses of a kid not in a key set and of a test class's attribute each get a rule", () => {
		const rules = classified('keyIdsAndTestClasses') as string[];
		expect(rules).toHaveLength(4);
		expect(rules[0]).not.toBe('token-key-not-in-key-set');
		expect(rules[1]).toBe('token-key-not-in-key-set');
		expect(rules[2]).not.toBe('test-class-attribute-missing');
		expect(rules[3]).toBe('test-class-attribute-missing');
	});

	test("two headlines of 250 KB near misses of Redis's READONLY each get a rule", () => {
		const rules = classified('readOnlyReplicas') as string[];
		expect(rules[0]).not.toBe('redis-read-only-replica');
		expect(rules[1]).toBe('redis-read-only-replica');
	});

	test('three tracebacks of 250 KB near misses of a success status compared with another each get a rule', () => {
		const rules = classified('successStatuses') as string[];
		expect(rules.slice(0, 3)).not.toContain('success-status-differs');
		expect(rules[3]).toBe('success-status-differs');
	});

	test('250 KB near misses of a coroutine awaited twice, of a thread without a loop and of a fixed /tmp path each get a rule', () => {
		const rules = classified('coroutinesAndTempPaths') as string[];
		expect(rules).toHaveLength(5);
		expect(rules[0]).not.toBe('coroutine-awaited-twice');
		expect(rules[1]).not.toBe('event-loop-asked-in-worker-thread');
		expect(rules[2]).not.toBe('shared-temp-path-in-test');
		expect(rules[3]).toBe('coroutine-awaited-twice');
		expect(rules[4]).toBe('shared-temp-path-in-test');
	});

	test("250 KB near misses of a setting's value in a library's words and of a lock's timeout by its name each get a rule", () => {
		const rules = classified('settingWordsAndLockNames') as string[];
		expect(rules).toHaveLength(7);
		expect(rules[0]).not.toBe('unknown-log-level');
		expect(rules[1]).not.toBe('port-out-of-range');
		expect(rules[2]).not.toBe('ini-key-missing');
		expect(rules[3]).not.toBe('tls-file-path-not-found');
		expect(rules[4]).not.toBe('setting-value-not-a-string');
		expect(rules[5]).not.toBe('lock-timeout');
		expect(rules[6]).toBe('lock-timeout');
	});

	test('250 KB near misses of a handler failing on a service’s error and of an HTML content type each get a rule', () => {
		const rules = classified('handlersAndContentTypes') as string[];
		expect(rules).toHaveLength(4);
		expect(rules[1]).not.toBe('html-content-type-instead-of-answer');
		expect(rules[2]).toBe('html-content-type-instead-of-answer');
		expect(rules[3]).toBe('handler-failed-on-service-error');
	});

	test('250 KB near misses of a file under HOME and of a listing expected in its order each get a rule', () => {
		const rules = classified('homeFilesAndListings') as string[];
		expect(rules).toHaveLength(4);
		expect(rules[0]).not.toBe('developer-home-file-missing');
		expect(rules[1]).not.toBe('folder-listing-order-in-test');
		expect(rules[2]).toBe('developer-home-file-missing');
		expect(rules[3]).toBe('folder-listing-order-in-test');
	});

	test('250 KB near misses of SQLite’s full disk and of a folder that is a file each get a rule', () => {
		const rules = classified('fullDisksAndFolderFiles') as string[];
		expect(rules).toHaveLength(4);
		expect(rules[0]).not.toBe('disk-full');
		expect(rules[1]).not.toBe('folder-path-is-a-file');
		expect(rules[2]).toBe('disk-full');
		expect(rules[3]).toBe('folder-path-is-a-file');
	});

	test('250 KB near misses of a test’s deprecated call, pytest.warns given a non-warning and a deprecation not emitted each get a rule', () => {
		const rules = classified('warningExpectations') as string[];
		expect(rules).toHaveLength(5);
		expect(rules[0]).not.toBe('expected-deprecation-not-emitted');
		expect(rules[1]).not.toBe('warns-given-non-warning');
		expect(rules[2]).not.toBe('deprecated-call-in-test');
		expect(rules[3]).toBe('expected-deprecation-not-emitted');
		expect(rules[4]).toBe('warns-given-non-warning');
	});

	test('an assertion line 250 KB of blank lines before its E line gets a rule', () => {
		expect(classified('blankLinesBeforeComparison')).toBe('value-mismatch');
	});

	test('four headlines of 250 KB near misses of a security class not raised each get a rule', () => {
		expect(classified('refusalsNotRaised')).toEqual([
			'did-not-raise',
			'did-not-raise',
			'did-not-raise',
			'security-check-not-raised',
		]);
	});

	test("four lines of 250 KB near misses of a mock's call expected in another form each get a rule", () => {
		expect(classified('mockCallForms')).toEqual([
			'mock-call-form',
			'mock-call-expectation',
			'mock-call-expectation',
			'mock-call-expectation',
		]);
	});

	test("250 KB near misses of trio's deadline on a socket, pydantic-settings' words and a GraphQL field named by the test each get a rule", () => {
		const rules = classified('deadlinesSettingsAndQueries') as string[];
		expect(rules).toHaveLength(7);
		expect(rules[0]).not.toBe('trio-deadline-on-io');
		expect(rules[1]).not.toBe('invalid-settings');
		expect(rules[2]).not.toBe('graphql-query-off-schema-from-test');
		expect(rules[3]).not.toBe('graphql-query-off-schema-from-test');
		expect(rules.slice(4)).toEqual([
			'trio-deadline-on-io',
			'invalid-settings',
			'graphql-query-off-schema-from-test',
		]);
	});
});
