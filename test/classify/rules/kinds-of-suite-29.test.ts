/**
Rules written after acceptance suite 29 (gritline) was measured blind (47 of 67, 35 with the priority), for kinds of
failure it showed that a rule read otherwise: checked on that real run's log and XML (Debian's pytest 7.2), and on
texts in other words where the rule must or must not fire. Each is a kind (a client's timeout or an assertion whose
captured output records the service refusing the connection, a 429 the code's own error quotes, a token from a
fixture that expired before the test used it), not a word of the suite.
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

describe.each(['holdout-29.log', 'holdout-29.xml'])(
	'on the real run of suite 29 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test("a 429 quoted by the code's own error after a colon is throttling, not the code", () => {
			expect(suggestionFor(analysis, 'test_push_plan_throttled')).toMatchObject(
				{
					rule: 'rate-limited',
					category: 'ENVIRONMENT',
					priority: 'MEDIUM',
				},
			);
		});
		test("a token from a fixture that expired before the test used it is the test's", () => {
			for (const name of [
				'test_depot_accepts_token',
				'test_gritter_accepts_token',
			]) {
				expect(suggestionFor(analysis, name)).toMatchObject({
					rule: 'token-from-fixture-expired',
					category: 'TEST_DESIGN',
					priority: 'MEDIUM',
				});
			}
		});
	},
);

describe('on the real run of suite 29, where the log has the captured output (holdout-29.log)', async () => {
	const analysis = await analysisOf('holdout-29.log');
	test("kazoo's Connection time-out while its captured log records every connection refused is ZooKeeper not running", () => {
		for (const name of [
			'test_bay_lock_exclusive',
			'test_bay_lock_released',
			'test_bays_independent',
			'test_depots_independent',
			'test_lock_contenders_listed',
		]) {
			expect(suggestionFor(analysis, name, 'setup')).toMatchObject({
				rule: 'timeout-retrying-refused-service',
				category: 'ENVIRONMENT',
				priority: 'HIGH',
			});
		}
	});
	test("python-memcached's silent None or 0, or the code's error after it, with the refusal in captured stderr, is memcached not running", () => {
		for (const name of [
			'test_route_shared_between_workers',
			'test_depot_status_published',
			'test_invalidate_route',
		]) {
			expect(suggestionFor(analysis, name)).toMatchObject({
				rule: 'refused-in-captured-output',
				category: 'ENVIRONMENT',
				priority: 'HIGH',
			});
		}
	});
});

const kazooTimeout = {
	phase: 'setup' as const,
	headline: 'kazoo.handlers.threading.KazooTimeoutError: Connection time-out',
	traceback: [
		'tests/test_a.py:11: in zk',
		'    client = locks.client()',
		'app/locks.py:9: in client',
		'    zk.start(timeout=1.0)',
		'/usr/lib/python3/dist-packages/kazoo/client.py:635: in start',
		'    raise self.handler.timeout_exception("Connection time-out")',
		'E   kazoo.handlers.threading.KazooTimeoutError: Connection time-out',
	].join('\n'),
};

const assertionOnCache = {
	headline: "AssertionError: assert None == {'km': 18.2, 'route': 'A61-north'}",
	traceback: [
		'tests/test_a.py:13: in test_a',
		'    assert cache.shared_route("A61-north") == PLAN',
		"E   AssertionError: assert None == {'km': 18.2, 'route': 'A61-north'}",
		"E    +  where None = <function shared_route at 0x7f4a20d639c0>('A61-north')",
	].join('\n'),
};

const raisedByCode = (message: string) => ({
	headline: message,
	traceback: [
		'tests/test_a.py:9: in test_a',
		'    assert gateway.push(plan)',
		'app/gateway.py:25: in push',
		'    raise DispatchError(message)',
		`E   ${message}`,
	].join('\n'),
});

const verifyAt = (
	line: string,
	message = 'jwt.exceptions.ExpiredSignatureError: Signature has expired',
) => ({
	headline: message,
	traceback: [
		'tests/test_tokens.py:30: in test_token_accepted',
		`    ${line}`,
		'app/auth.py:45: in verify',
		'    raise TokenExpired(message)',
		`E   ${message}`,
	].join('\n'),
});

describe('in other words', () => {
	test('a client timeout is a service not running when its captured log records refusals, and a slow one otherwise', () => {
		for (const text of [
			'WARNING  kazoo.client:connection.py:611 Connection dropped: socket connection error: Connection refused',
			'ERROR    app.client:client.py:40 connect failed: [Errno 111] Connection refused, retrying',
		]) {
			expect(
				ruleFor({
					...kazooTimeout,
					captured: [{name: 'Captured log setup', text}],
				}),
			).toBe('timeout-retrying-refused-service');
		}

		expect(ruleFor(kazooTimeout)).toBe('timeout-error');
		expect(
			ruleFor({
				...kazooTimeout,
				captured: [
					{
						name: 'Captured log setup',
						text: 'WARNING  kazoo.client:connection.py:611 Connection dropped: socket connection error: timed out',
					},
				],
			}),
		).toBe('timeout-error');
	});
	test('an assertion on what a client returned is the service when the captured output records it refused; not without, nor at teardown', () => {
		const refused = {
			name: 'Captured stderr call',
			text: 'MemCached: MemCache: inet:127.0.0.1:18903: connect: [Errno 111] Connection refused.  Marking dead.',
		};
		expect(ruleFor({...assertionOnCache, captured: [refused]})).toBe(
			'refused-in-captured-output',
		);
		expect(ruleFor(assertionOnCache)).toBe('value-mismatch');
		expect(
			ruleFor({...assertionOnCache, phase: 'teardown', captured: [refused]}),
		).not.toBe('refused-in-captured-output');
		expect(
			ruleFor({
				...assertionOnCache,
				captured: [{name: 'Captured stdout call', text: 'fetched 3 routes'}],
			}),
		).toBe('value-mismatch');
	});
	test("a 429 the code's own error quotes after a colon or a verb of answering is throttling; other numbers are not", () => {
		for (const message of [
			"app.errors.DispatchError: depot gateway refused the plan: 429 {'error': 'slow down'}",
			'app.errors.UpstreamError: carrier API answered 429',
			'app.errors.UpstreamError: quotes service returned status 429 for /quotes',
			'app.errors.UpstreamError: 429',
		]) {
			expect(ruleFor(raisedByCode(message))).toBe('rate-limited');
		}

		for (const message of [
			'app.errors.RouteError: route R12 too long: 429.5 km',
			'app.errors.RouteError: route R12 too long: 4290 m',
			'app.errors.DispatchError: could not dispatch gritter G-429',
		]) {
			expect(ruleFor(raisedByCode(message))).not.toBe('rate-limited');
		}
	});
	test("an expired token the test passes by a name of its own is the test's fixture; a bare token, or one minted on the spot, is not read so", () => {
		for (const [line, message] of [
			['assert auth.verify(KEY, crew_token)["crew"] == "C-12"', undefined],
			['claims = auth.verify_token(service_token)', undefined],
			[
				'assert partners.verify(vendor_token)',
				'PermissionError: partner token expired at 1796304631 (now 1796304632)',
			],
			[
				'assert auth.verify(KEY, crew_token)',
				'app.errors.TokenExpired: token for crew C-12 expired 0.2s ago',
			],
		] as const) {
			expect(ruleFor(verifyAt(line, message))).toBe(
				'token-from-fixture-expired',
			);
		}

		for (const line of [
			'claims = auth.verify_token(token)',
			'claims = auth.verify_token(make_token(ttl=1))',
			'claims = auth.verify_token(api_token("s1001"))',
		]) {
			expect(ruleFor(verifyAt(line))).not.toBe('token-from-fixture-expired');
		}

		expect(
			ruleFor({
				...verifyAt('claims = auth.verify_token(service_token)'),
				phase: 'setup',
			}),
		).not.toBe('token-from-fixture-expired');
	});
});
