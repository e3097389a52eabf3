/**
Priorities as the engineers of the acceptance sets give them: a service that is down (refused, gone, a
gateway with nothing behind it, 5xx through every retry, DNS servers that fail) is ENVIRONMENT HIGH, since
every test that needs it fails until it is back; a service that is slow, busy or unavailable for a moment
(one 503 or 504, a breaker that opened on failures of some kind, a 429) is ENVIRONMENT MEDIUM.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {builtInRules} from '../../../source/classify/rules/built-in.js';
import {suggest} from '../../../source/classify/rules/match.js';
import {readLog} from '../../../source/log/read.js';
import {failure, suggestionFor} from './failures.js';

function suggestionOf(line: string): {
	rule: string;
	category: string;
	priority: string;
} {
	const {rule, category, priority} = suggest(
		failure({
			headline: line,
			exceptionType: line.split(':')[0],
			traceback: `E   ${line}`,
		}),
		{rules: builtInRules},
	);
	return {rule, category, priority};
}

describe('a service that is down is HIGH, one unavailable for a moment MEDIUM', () => {
	test.each([
		'requests.exceptions.HTTPError: 502 Server Error: Bad Gateway for url: http://127.0.0.1:8080/charges',
		"httpx.HTTPStatusError: Server error '502 Bad Gateway' for url 'http://pay.internal/charges'",
		"aiohttp.client_exceptions.ClientResponseError: 502, message='Bad Gateway', url=URL('http://x/y')",
		'xmlrpc.client.ProtocolError: <ProtocolError for 127.0.0.1:8000/RPC2: 502 Bad Gateway>',
		"requests.exceptions.RetryError: HTTPConnectionPool(host='x', port=80): Max retries exceeded with url: /a (Caused by ResponseError('too many 503 error responses'))",
		"urllib3.exceptions.MaxRetryError: HTTPConnectionPool(host='x', port=80): Max retries exceeded with url: /a (Caused by ResponseError('too many 504 error responses'))",
	])('%s', line => {
		expect(suggestionOf(line)).toEqual({
			rule: 'upstream-down',
			category: 'ENVIRONMENT',
			priority: 'HIGH',
		});
	});

	test.each([
		'requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: http://x/items',
		"httpx.HTTPStatusError: Server error '504 Gateway Timeout' for url 'http://x/items'",
	])('%s', line => {
		expect(suggestionOf(line)).toEqual({
			rule: 'upstream-unavailable',
			category: 'ENVIRONMENT',
			priority: 'MEDIUM',
		});
	});

	test('a circuit breaker that opened is MEDIUM whatever its last error was; a test that expects one to open is not one', () => {
		for (const line of [
			"shop.errors.CircuitOpenError: circuit 'payments' open after 5 consecutive failures (last: 502 Bad Gateway from 10.0.0.7:80)",
			'pybreaker.CircuitBreakerError: Failures threshold reached, circuit breaker opened',
			'circuitbreaker.CircuitBreakerError: Circuit "charge" OPEN until 2026-12-01 10:00:00 (5 failures, 30 sec remaining)',
		]) {
			expect(suggestionOf(line), line).toEqual({
				rule: 'circuit-open',
				category: 'ENVIRONMENT',
				priority: 'MEDIUM',
			});
		}

		expect(
			suggestionOf(
				'AssertionError: Expected circuit breaker to open after 5 failures',
			).rule,
		).not.toBe('circuit-open');
	});

	test('DNS servers that fail are HIGH; a name this machine cannot resolve MEDIUM; a name that does not exist is the settings', () => {
		expect(
			suggestionOf(
				'dns.resolver.NoNameservers: All nameservers failed to answer the query x.example. IN A: Server 10.0.0.2 UDP port 53 answered SERVFAIL',
			),
		).toEqual({
			rule: 'dns-servers-failing',
			category: 'ENVIRONMENT',
			priority: 'HIGH',
		});
		expect(
			suggestionOf('httpx.ConnectError: [Errno -2] Name or service not known'),
		).toEqual({
			rule: 'dns-failure',
			category: 'ENVIRONMENT',
			priority: 'MEDIUM',
		});
		expect(
			suggestionOf(
				'dns.resolver.NXDOMAIN: The DNS query name does not exist: x.example.',
			).rule,
		).toBe('dns-name-does-not-exist');
	});
});

describe('on the real runs', async () => {
	const acceptance = path.join(import.meta.dirname, '../acceptance');
	const [demo, unseen, suite6, suite8, suite9] = await Promise.all(
		[
			path.join(import.meta.dirname, '../../../fixtures/demo/run.log'),
			path.join(acceptance, 'unseen.log'),
			path.join(acceptance, 'holdout-6.log'),
			path.join(acceptance, 'holdout-8.log'),
			path.join(acceptance, 'holdout-9.log'),
		].map(async log => analyze([await readLog(log)])),
	);
	test.each([
		[suite9, 'test_charge_behind_gateway', 'upstream-down', 'HIGH'],
		[
			suite9,
			'test_charge_retried_while_provider_restarts',
			'upstream-down',
			'HIGH',
		],
		[suite6, 'test_headend_behind_gateway', 'upstream-down', 'HIGH'],
		[suite6, 'test_day_ahead_prices', 'upstream-down', 'HIGH'],
		[suite8, 'test_edi_host_resolves', 'dns-servers-failing', 'HIGH'],
		[unseen, 'test_catalog_sync', 'upstream-unavailable', 'MEDIUM'],
		[demo, 'test_upstream_502_circuit_breaker', 'circuit-open', 'MEDIUM'],
	] as const)('%#: %s', (analysis, name, rule, priority) => {
		expect(suggestionFor(analysis!, name)).toMatchObject({
			rule,
			category: 'ENVIRONMENT',
			priority,
		});
	});
});
