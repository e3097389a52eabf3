/**
Rules written after acceptance suite 28 (spokewell) was measured blind (51 of 69), for kinds of failure it showed
that a rule read otherwise: checked on that real run's log and XML (Debian's pytest 7.2), and on texts in other
words where the rule must or must not fire. Each is a kind (a system runtime folder, a retrying library's last
5xx, a network interface the machine lacks, no keyring service, a MySQL client's first packet from another
protocol, a number written with its unit, scopes the identity provider does not grant), not a word of the suite.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

describe.each(['holdout-28.log', 'holdout-28.xml'])(
	'on the real run of suite 28 (%s)',
	async file => {
		const analysis = analyze([
			await readLog(path.join(import.meta.dirname, '../acceptance', file)),
		]);
		test("a folder under /run that the settings name and the runner's user cannot create is a setting", () => {
			for (const name of [
				'test_reserve_bike',
				'test_give_back_bike',
				'test_reserve_from_empty_dock',
				'test_local_coordinator',
			]) {
				expect(suggestionFor(analysis, name)).toMatchObject({
					rule: 'unwritable-configured-path',
					category: 'CONFIGURATION',
					priority: 'MEDIUM',
				});
			}
		});
		test("retrying's RetryError whose last value is a 503 response is a service down", () => {
			expect(
				suggestionFor(analysis, 'test_dispatch_unavailable'),
			).toMatchObject({
				rule: 'upstream-down',
				category: 'ENVIRONMENT',
				priority: 'HIGH',
			});
		});
		test('a network interface the machine does not have is the environment', () => {
			for (const name of ['test_vpn_address', 'test_listener_on_vpn']) {
				expect(suggestionFor(analysis, name)).toMatchObject({
					rule: 'network-interface-missing',
					category: 'ENVIRONMENT',
					priority: 'MEDIUM',
				});
			}
		});
		test('no keyring service on the machine is the environment, not a setting', () => {
			expect(suggestionFor(analysis, 'test_secret_from_keyring')).toMatchObject(
				{
					rule: 'keyring-backend-missing',
					category: 'ENVIRONMENT',
					priority: 'MEDIUM',
				},
			);
		});
		test('a duration setting written with its unit is a setting, not the code', () => {
			for (const name of [
				'test_default_ttl',
				'test_default_ttl_shared_by_stations',
			]) {
				expect(suggestionFor(analysis, name)).toMatchObject({
					rule: 'number-with-unit',
					category: 'CONFIGURATION',
					priority: 'MEDIUM',
				});
			}
		});
		test('scopes the identity provider narrowed are the client registration', () => {
			expect(
				suggestionFor(analysis, 'test_idp_grants_requested_scope'),
			).toMatchObject({
				rule: 'scope-not-granted',
				category: 'CONFIGURATION',
				priority: 'MEDIUM',
			});
		});
		test("an HTTP server's answer read as MySQL's first packet is another protocol on the port", () => {
			expect(
				suggestionFor(analysis, 'test_billing_port_speaks_http'),
			).toMatchObject({
				rule: 'wrong-protocol',
				category: 'CONFIGURATION',
				priority: 'MEDIUM',
			});
		});
	},
);

const called = (headline: string, line = '    return lib.call(value)') => ({
	headline,
	traceback: [
		'tests/test_a.py:9: in test_a',
		'    assert app.run()',
		'app/service.py:30: in run',
		line,
		'/usr/lib/python3/dist-packages/lib/core.py:571: in call',
		'    raise error',
		`E   ${headline}`,
	].join('\n'),
});

describe('in other words', () => {
	test("a permission refused under /run (or /var/run) is a path setting; under a test's own folder it is not", () => {
		for (const headline of [
			"PermissionError: [Errno 13] Permission denied: b'/run/app'",
			"PermissionError: [Errno 13] Permission denied: '/run/app/locks/a.lock'",
			"tooz.coordination.ToozConnectionError: [Errno 13] Permission denied: '/run/app'",
			"PermissionError: [Errno 13] Permission denied: '/var/run/app.pid'",
		]) {
			expect(ruleFor(called(headline))).toBe('unwritable-configured-path');
		}

		expect(
			ruleFor(
				called(
					"PermissionError: [Errno 13] Permission denied: '/home/ci/app/.pytest-tmp/x/run/a.lock'",
				),
			),
		).toBe('permission-denied');
		expect(
			ruleFor(
				called(
					"PermissionError: [Errno 13] Permission denied: '/runner/a.lock'",
				),
			),
		).toBe('permission-denied');
	});
	test("retrying's RetryError is a service down when its last value is a 5xx response, not another", () => {
		for (const status of ['500', '502', '503', '504']) {
			expect(
				ruleFor(
					called(
						`retrying.RetryError: RetryError[Attempts: 3, Value: <Response [${status}]>]`,
					),
				),
			).toBe('upstream-down');
		}

		for (const value of ['<Response [429]>', '<Response [200]>', 'None']) {
			expect(
				ruleFor(
					called(
						`retrying.RetryError: RetryError[Attempts: 5, Value: ${value}]`,
					),
				),
			).not.toBe('upstream-down');
		}
	});
	test("an interface the machine lacks, in netifaces' and the socket module's words; a bad value elsewhere is not", () => {
		for (const headline of [
			'ValueError: You must specify a valid interface name.',
			'OSError: no interface with this name',
		]) {
			expect(ruleFor(called(headline))).toBe('network-interface-missing');
		}

		expect(
			ruleFor(called('ValueError: You must specify a valid port number.')),
		).not.toBe('network-interface-missing');
	});
	test("keyring's NoKeyringError is the machine's; a password the keyring refuses is not read so", () => {
		for (const headline of [
			'keyring.errors.NoKeyringError: No recommended backend was available. Install a recommended 3rd party backend package; or, install the keyrings.alt package if you want to use the non-recommended backends. See https://pypi.org/project/keyring for details.',
			'keyring.errors.NoKeyringError: No recommended backend was available.',
		]) {
			expect(ruleFor(called(headline))).toBe('keyring-backend-missing');
		}

		expect(
			ruleFor(
				called('keyring.errors.PasswordSetError: Failed to store the password'),
			),
		).not.toBe('keyring-backend-missing');
	});
	test("a MySQL client's first packet out of sequence is another protocol; a later one is not", () => {
		for (const headline of [
			'pymysql.err.InternalError: Packet sequence number wrong - got 80 expected 0',
			'pymysql.err.InternalError: Packet sequence number wrong - got 45 expected 0',
		]) {
			expect(ruleFor(called(headline))).toBe('wrong-protocol');
		}

		expect(
			ruleFor(
				called(
					'pymysql.err.InternalError: Packet sequence number wrong - got 3 expected 1',
				),
			),
		).not.toBe('wrong-protocol');
	});
	test('a number with a unit where int() or float() wants digits; a word or a bare number is not read so', () => {
		for (const headline of [
			"ValueError: could not convert string to float: '30s'",
			"ValueError: invalid literal for int() with base 10: '5km'",
			"ValueError: invalid literal for int() with base 10: '512MB'",
			"ValueError: could not convert string to float: '1.5 h'",
			"ValueError: invalid literal for int() with base 10: '250ms'",
		]) {
			expect(ruleFor(called(headline))).toBe('number-with-unit');
		}

		for (const headline of [
			"ValueError: invalid literal for int() with base 10: 'ten'",
			"ValueError: invalid literal for int() with base 10: '18:00'",
			"ValueError: could not convert string to float: '1,5'",
			"ValueError: invalid literal for int() with base 10: '3rd'",
		]) {
			expect(ruleFor(called(headline))).not.toBe('number-with-unit');
		}
	});
	test("oauthlib's narrowed scope and an OAuth invalid_scope are the client's registration; another OAuth error is not", () => {
		for (const headline of [
			'Warning: Scope has changed from "rides:write" to "rides:read".',
			'oauthlib.oauth2.rfc6749.errors.InvalidScopeError: (invalid_scope) The requested scope is invalid, unknown, or malformed.',
		]) {
			expect(ruleFor(called(headline))).toBe('scope-not-granted');
		}

		expect(
			ruleFor(
				called(
					'oauthlib.oauth2.rfc6749.errors.MissingTokenError: (missing_token) Missing access token parameter.',
				),
			),
		).not.toBe('scope-not-granted');
	});
});
