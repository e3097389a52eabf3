import {describe, expect, test} from 'vitest';
import type {Failure} from '../../source/log/model.js';
import {builtInRules} from '../../source/classify/rules/built-in.js';
import {describeRules} from '../../source/classify/rules/describe.js';
import {loadRulesFile} from '../../source/classify/rules/load.js';
import {suggest} from '../../source/classify/rules/match.js';
import {failing, nameOnly} from './failing.js';

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
