import {describe, expect, test} from 'vitest';
import type {Failure, Phase} from '../../../source/log/model.js';
import {builtInRules} from '../../../source/classify/rules/built-in.js';
import {suggest} from '../../../source/classify/rules/match.js';

/**
A failure whose traceback ends in these frames and `E` lines, as pytest prints it with `--tb=short`:
the first `E` line is the headline.
*/
function failure(
	eLines: string,
	frames: readonly string[] = [
		'tests/test_x.py:12: in test_y',
		'src/app/store.py:40: in save',
		'/usr/lib/python3/dist-packages/lib/core.py:88: in call',
	],
	phase: Phase = 'call',
): Failure {
	const lines = eLines.split('\n');
	return {
		id: 'tests/test_x.py::test_y',
		file: 'tests/test_x.py',
		outcome: phase === 'call' ? 'failed' : 'error',
		phase,
		headline: lines[0]!,
		exceptionType: /^[\w.]+(?=:|$)/.exec(lines[0]!)?.[0],
		traceback: [
			...frames.flatMap(frame => [frame, '    call()']),
			...lines.map(line => `E   ${line}`),
		].join('\n'),
		captured: [],
	};
}

function ruleOf(eLines: string, frames?: readonly string[], phase?: Phase) {
	return suggest(failure(eLines, frames, phase), {rules: builtInRules});
}

// Message texts as the servers and libraries print them (PostgreSQL, MySQL, MongoDB, Redis,
// Elasticsearch, RabbitMQ, gRPC, AWS, Docker), for failures the library suite cannot produce without
// the server.
describe('databases, in their own words', () => {
	test.each([
		[
			'psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "orders_pkey"\nDETAIL:  Key (id)=(7) already exists.',
			'constraint-violation',
			'BUG',
		],
		[
			"pymysql.err.IntegrityError: (1062, \"Duplicate entry 'a@b.c' for key 'users.email'\")",
			'constraint-violation',
			'BUG',
		],
		[
			"pymongo.errors.DuplicateKeyError: E11000 duplicate key error collection: shop.users index: email_1 dup key: { email: \"a@b.c\" }, full error: {'index': 0, 'code': 11000}",
			'constraint-violation',
			'BUG',
		],
		[
			'psycopg2.errors.InFailedSqlTransaction: current transaction is aborted, commands ignored until end of transaction block',
			'aborted-transaction',
			'BUG',
		],
		[
			"sqlalchemy.exc.PendingRollbackError: This Session's transaction has been rolled back due to a previous exception during flush.",
			'aborted-transaction',
			'BUG',
		],
		[
			'psycopg2.errors.SyntaxError: syntax error at or near "FORM"\nLINE 1: SELECT * FORM orders',
			'sql-syntax-error',
			'BUG',
		],
		[
			'pymysql.err.ProgrammingError: (1064, "You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near \'FORM orders\' at line 1")',
			'sql-syntax-error',
			'BUG',
		],
		[
			'psycopg2.errors.QueryCanceled: canceling statement due to statement timeout',
			'statement-timeout',
			'ENVIRONMENT',
		],
		[
			"pymysql.err.OperationalError: (1205, 'Lock wait timeout exceeded; try restarting transaction')",
			'database-conflict',
			'BUG',
		],
		[
			'psycopg2.errors.ReadOnlySqlTransaction: cannot execute INSERT in a read-only transaction',
			'write-to-read-only-server',
			'BUG',
		],
		[
			"redis.exceptions.ReadOnlyError: You can't write against a read only replica.",
			'redis-read-only-replica',
			'CONFIGURATION',
		],
		[
			'psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed: FATAL:  database "shop_test" does not exist',
			'missing-database',
			'CONFIGURATION',
		],
		[
			'psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed: FATAL:  role "ci" does not exist',
			'missing-database',
			'CONFIGURATION',
		],
		[
			'pymysql.err.OperationalError: (1049, "Unknown database \'shop_test\'")',
			'missing-database',
			'CONFIGURATION',
		],
		[
			"redis.exceptions.ResponseError: unknown command 'JSON.SET', with args beginning with: 'cart:7' '$' ",
			'unknown-server-command',
			'CONFIGURATION',
		],
		[
			'redis.exceptions.ResponseError: MISCONF Redis is configured to save RDB snapshots, but it is currently not able to persist on disk.',
			'disk-full',
			'ENVIRONMENT',
		],
		[
			"redis.exceptions.LockNotOwnedError: Cannot release a lock that's no longer owned",
			'lock-lost',
			'BUG',
		],
	])('%s → %s', (eLines, rule, category) => {
		expect(ruleOf(eLines)).toMatchObject({rule, category});
	});

	test('a table missing when a fixture starts is the schema; in the test, on a server, a migration not applied there', () => {
		const missing =
			'psycopg2.errors.UndefinedTable: relation "ledger_entries" does not exist\nLINE 1: INSERT INTO ledger_entries';
		const fixture = ['tests/conftest.py:30: in seeded'];
		expect(ruleOf(missing, fixture, 'setup')).toMatchObject({
			rule: 'missing-schema-at-setup',
			category: 'CONFIGURATION',
			priority: 'HIGH',
		});
		// One priority lower than at setup, and its reason names a misspelt table as the other reading (holdout 56's round).
		expect(ruleOf(missing)).toMatchObject({
			rule: 'missing-schema-on-server',
			category: 'CONFIGURATION',
			priority: 'MEDIUM',
		});
	});

	test('rows a fixture cannot insert are its data, rows the code cannot insert are the code', () => {
		const duplicate =
			'sqlite3.IntegrityError: UNIQUE constraint failed: users.email';
		expect(
			ruleOf(duplicate, ['tests/conftest.py:30: in users'], 'setup'),
		).toMatchObject({
			rule: 'constraint-violation-at-setup',
			category: 'TEST_DESIGN',
			priority: 'MEDIUM',
		});
		expect(ruleOf(duplicate)).toMatchObject({
			rule: 'constraint-violation',
			category: 'BUG',
		});
	});
});

describe('services and brokers, in their own words', () => {
	const grpc = (status: string, details: string) =>
		`grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.${status}\n\tdetails = "${details}"\n\tdebug_error_string = "UNKNOWN:Error received from peer  {grpc_message:"${details}", grpc_status:3}"\n>`;
	test.each([
		[
			grpc('INVALID_ARGUMENT', 'amount must be positive'),
			'grpc-request-rejected',
			'BUG',
			'HIGH',
		],
		[
			grpc('NOT_FOUND', 'no such order'),
			'grpc-request-rejected',
			'BUG',
			'HIGH',
		],
		[
			grpc('UNIMPLEMENTED', 'Method not found!'),
			'grpc-unimplemented',
			'CONFIGURATION',
			'MEDIUM',
		],
		[
			grpc('UNAUTHENTICATED', 'missing token'),
			'credentials-rejected',
			'CONFIGURATION',
			'MEDIUM',
		],
		[
			grpc('PERMISSION_DENIED', 'not allowed'),
			'access-denied',
			'CONFIGURATION',
			'MEDIUM',
		],
		[
			grpc('RESOURCE_EXHAUSTED', 'quota exceeded'),
			'rate-limited',
			'ENVIRONMENT',
			'MEDIUM',
		],
		[
			grpc(
				'RESOURCE_EXHAUSTED',
				'Received message larger than max (5242880 vs. 4194304)',
			),
			'size-limit',
			'CONFIGURATION',
			'MEDIUM',
		],
		[
			grpc('ABORTED', 'transaction aborted'),
			'database-conflict',
			'BUG',
			'HIGH',
		],
		// Called from the app: the service it calls failed (as a 500 is).
		[
			grpc('INTERNAL', 'Exception calling application'),
			'grpc-upstream-error',
			'ENVIRONMENT',
			'HIGH',
		],
		[
			"pika.exceptions.ChannelClosedByBroker: (404, \"NOT_FOUND - no queue 'invoices' in vhost '/'\")",
			'missing-provisioned-resource',
			'CONFIGURATION',
			'MEDIUM',
		],
		[
			"pika.exceptions.ChannelClosedByBroker: (406, \"PRECONDITION_FAILED - inequivalent arg 'durable' for queue 'invoices' in vhost '/': received 'true' but current is 'false'\")",
			'broker-declaration-mismatch',
			'CONFIGURATION',
			'MEDIUM',
		],
		[
			"elasticsearch.exceptions.NotFoundError: NotFoundError(404, 'index_not_found_exception', 'no such index [fares]', fares, index_or_alias)",
			'missing-provisioned-resource',
			'CONFIGURATION',
			'MEDIUM',
		],
		[
			"elasticsearch.exceptions.ConflictError: ConflictError(409, 'version_conflict_engine_exception', '[7]: version conflict, required seqNo [3], primary term [1]. current document has seqNo [4] and primary term [1]')",
			'database-conflict',
			'BUG',
			'HIGH',
		],
		[
			'kafka.errors.MessageSizeTooLargeError: [Error 10] MessageSizeTooLargeError: The message is 2097152 bytes when serialized which is larger than the maximum request size you have configured with the max_request_size configuration',
			'size-limit',
			'CONFIGURATION',
			'MEDIUM',
		],
		[
			'botocore.errorfactory.ResourceNotFoundException: An error occurred (ResourceNotFoundException) when calling the GetItem operation: Requested resource not found',
			'missing-provisioned-resource',
			'CONFIGURATION',
			'MEDIUM',
		],
		[
			'botocore.exceptions.ClientError: An error occurred (InvalidAccessKeyId) when calling the PutObject operation: The AWS Access Key Id you provided does not exist in our records.',
			'credentials-rejected',
			'CONFIGURATION',
			'MEDIUM',
		],
		[
			'botocore.exceptions.ClientError: An error occurred (ProvisionedThroughputExceededException) when calling the PutItem operation: The level of configured provisioned throughput for the table was exceeded.',
			'rate-limited',
			'ENVIRONMENT',
			'MEDIUM',
		],
		[
			'docker.errors.ImageNotFound: 404 Client Error for http+docker://localhost/v1.43/images/create?tag=15&fromImage=postgres: Not Found ("pull access denied for postgres-ci, repository does not exist or may require \'docker login\'")',
			'container-image-missing',
			'CONFIGURATION',
			'MEDIUM',
		],
		[
			'docker.errors.APIError: 500 Server Error for http+docker://localhost/v1.43/containers/4f2e/start: Internal Server Error ("driver failed programming external connectivity on endpoint pg: Bind for 0.0.0.0:5432 failed: port is already allocated")',
			'address-in-use',
			'ENVIRONMENT',
			'MEDIUM',
		],
		[
			"paramiko.ssh_exception.SSHException: Server '127.0.0.1' not found in known_hosts",
			'host-key-unknown',
			'CONFIGURATION',
			'MEDIUM',
		],
		[
			'paramiko.ssh_exception.AuthenticationException: Authentication failed.',
			'credentials-rejected',
			'CONFIGURATION',
			'MEDIUM',
		],
		[
			"smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted.')",
			'credentials-rejected',
			'CONFIGURATION',
			'MEDIUM',
		],
		[
			'ftplib.error_perm: 530 Login incorrect.',
			'credentials-rejected',
			'CONFIGURATION',
			'MEDIUM',
		],
		[
			"pymongo.errors.OperationFailure: not authorized on shop to execute command { insert: \"users\", ordered: true }, full error: {'ok': 0.0, 'errmsg': 'not authorized on shop to execute command', 'code': 13}",
			'access-denied',
			'CONFIGURATION',
			'MEDIUM',
		],
		[
			'aiohttp.client_exceptions.ClientPayloadError: Response payload is not completed',
			'connection-reset',
			'ENVIRONMENT',
			'MEDIUM',
		],
		[
			'redis.exceptions.ConnectionError: Error 2 connecting to unix socket: /var/run/redis/redis.sock. No such file or directory.',
			'server-socket-missing',
			'ENVIRONMENT',
			'HIGH',
		],
	])('%s → %s', (eLines, rule, category, priority) => {
		expect(ruleOf(eLines)).toMatchObject({rule, category, priority});
	});

	test('a 404 or a gRPC INTERNAL the test itself got is the code under test', () => {
		const test = [
			'tests/test_x.py:12: in test_y',
			'/usr/lib/python3/dist-packages/lib/core.py:88: in call',
		];
		expect(
			ruleOf(
				'requests.exceptions.HTTPError: 404 Client Error: Not Found for url: http://127.0.0.1:8080/v2/fares/7',
				test,
			),
		).toMatchObject({rule: 'http-not-found', category: 'BUG'});
		expect(
			ruleOf(
				'grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.UNKNOWN\n\tdetails = "Exception calling application: boom"\n>',
				test,
			),
		).toMatchObject({rule: 'grpc-server-error', category: 'BUG'});
	});
});

describe("the test harness's own errors", () => {
	test.each([
		[
			'Failed: async def functions are not natively supported.\nYou need to install a suitable plugin for your async framework, for example:\n  - anyio\n  - pytest-asyncio',
			'async-test-without-plugin',
			'CONFIGURATION',
		],
		[
			'hypothesis.errors.Flaky: Hypothesis test_total(x=0) produces unreliable results: Falsified on the first call but did not on a subsequent one',
			'hypothesis-rejects-test',
			'TEST_DESIGN',
		],
		[
			'hypothesis.errors.Unsatisfiable: Unable to satisfy assumptions of test_total',
			'hypothesis-rejects-test',
			'TEST_DESIGN',
		],
		[
			"AssertionError: Expected 'publish' to not have been called. Called 2 times.",
			'mock-call-expectation',
			'BUG',
		],
		[
			'AssertionError: Expected mock to have been awaited once. Awaited 0 times.',
			'mock-never-called',
			'TEST_DESIGN',
		],
	])('%s → %s', (eLines, rule, category) => {
		expect(ruleOf(eLines)).toMatchObject({rule, category});
	});

	test.each([
		[
			"requests.exceptions.ConnectionError: Connection refused by Responses - the call doesn't match any registered mock.\n\nRequest: \n- GET http://pricing.test/v2/fares\n\nAvailable matches:\n- GET http://pricing.test/v1/fares URL does not match",
		],
		[
			'requests_mock.exceptions.NoMockAddress: No mock address: GET http://pricing.test/v2/fares',
		],
		[
			'httpx.TimeoutException: No response can be found for GET request on http://pricing.test/v2/fares',
		],
		[
			"AssertionError: RESPX: <Request('GET', 'http://pricing.test/v2/fares')> not mocked!",
		],
		[
			'aiohttp.client_exceptions.ClientConnectionError: Connection refused: GET http://pricing.test/v2/fares',
		],
	])(
		'an HTTP mock that answers nothing is the test, not a refused connection: %s',
		eLines => {
			expect(ruleOf(eLines)).toMatchObject({
				rule: 'http-mock-unmatched',
				category: 'TEST_DESIGN',
			});
		},
	);

	test.each([
		[
			'RuntimeError: Working outside of application context.',
			'framework-context-missing',
			'TEST_DESIGN',
		],
		[
			"selenium.common.exceptions.WebDriverException: Message: 'chromedriver' executable needs to be in PATH. Please see https://chromedriver.chromium.org/home",
			'browser-missing',
			'CONFIGURATION',
		],
		[
			"playwright._impl._api_types.Error: Executable doesn't exist at /home/ci/.cache/ms-playwright/chromium-1091/chrome-linux/chrome",
			'browser-missing',
			'CONFIGURATION',
		],
		[
			"django.core.exceptions.AppRegistryNotReady: Apps aren't loaded yet.",
			'invalid-settings',
			'CONFIGURATION',
		],
		[
			"Using pytest.skip outside of a test will skip the entire module. If that's your intention, pass `allow_module_level=True`. If you want to skip a specific test or an entire class, use the @pytest.mark.skip or @pytest.mark.skipif decorators.",
			'pytest-api-misuse',
			'TEST_DESIGN',
		],
		[
			'pytest.PytestUnknownMarkWarning: Unknown pytest.mark.slowish - is this a typo?  You can register custom marks to avoid this warning',
			'unregistered-marker',
			'CONFIGURATION',
		],
		[
			'pytest.PytestRemovedIn8Warning: Support for nose tests is deprecated and will be removed in a future release.',
			'deprecation-as-error',
			'CONFIGURATION',
		],
		[
			"worker 'gw1' crashed while running 'tests/test_x.py::test_y'",
			'killed',
			'ENVIRONMENT',
		],
		[
			'pybreaker.CircuitBreakerError: Timeout not elapsed yet, circuit breaker still open',
			'circuit-open',
			'ENVIRONMENT',
		],
	])('%s → %s', (eLines, rule, category) => {
		expect(ruleOf(eLines)).toMatchObject({rule, category});
	});

	test("a library's assertion helper in the test's own line is a value mismatch", () => {
		expect(
			ruleOf(
				'AssertionError: \nArrays are not almost equal to 7 decimals\n\nMismatched elements: 1 / 3 (33.3%)',
				[
					'tests/test_x.py:12: in test_y',
					'/usr/lib/python3/dist-packages/numpy/testing/_private/utils.py:1034: in assert_array_almost_equal',
				],
			),
		).toMatchObject({rule: 'library-assertion', category: 'BUG'});
	});

	test('google-api-core words are not hypothesis words', () => {
		expect(
			ruleOf(
				'google.api_core.exceptions.DeadlineExceeded: 504 Deadline Exceeded',
			).rule,
		).toBe('timeout-error');
	});
});

describe('exception names of libraries no rule knows', () => {
	test.each([
		[
			'acme_sdk.errors.BackendUnavailable: try later',
			'unavailable-by-type',
			'ENVIRONMENT',
		],
		[
			'acme_sdk.errors.RateLimitExceeded: slow down',
			'throttled-by-type',
			'ENVIRONMENT',
		],
		[
			'acme_sdk.errors.Forbidden: scope orders:write missing',
			'forbidden-by-type',
			'CONFIGURATION',
		],
		['acme_sdk.errors.DeadlockError: gave up', 'deadlock-by-type', 'BUG'],
	])('%s → %s', (eLines, rule, category) => {
		expect(ruleOf(eLines)).toMatchObject({rule, category});
	});

	test("the project's own exception names say what its code decided: they are not read", () => {
		expect(
			ruleOf('app.errors.ServiceUnavailable: maintenance mode', [
				'tests/test_x.py:12: in test_y',
				'src/app/views.py:40: in checkout',
			]).rule,
		).toBe('raised-in-app');
	});
});
