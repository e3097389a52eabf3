/**
Built-in rules for tests that waited too long: on a lock, a future or a coroutine of the code's own (a bug,
or a test that allows too little time), or on a service or the network (the environment).
*/

import type {RuleSpec} from './types.js';
import {raised} from './raised.js';

/**
pytest-timeout's own failure: `Failed: Timeout >30.0s` (up to 2.3), `Failed: Timeout (>30.0s) from pytest-timeout.`
(2.4 on), or the headline the log reader gives the test its thread method ended
(`Timeout (pytest-timeout's thread method …)`, log/pytest/killed-test.ts).
*/
const pytestTimeout =
	/(?:^|\n)(?:Failed: )?Timeout (?:>?\d+(?:\.\d+)?s\b|\(>\d+(?:\.\d+)?s\) from pytest-timeout\b|\(pytest-timeout's thread method\b)/;

/**
A frame of code that talks to the network, a service or a subprocess: a socket, TLS, an HTTP or database
client, asyncio's streams and transports. `asyncio/base_events.py` is not one: every `asyncio.run` passes it.
*/
const ioFrame = String.raw`/(?:socket|ssl|selectors|http/client|urllib/request|smtplib|ftplib|imaplib|poplib|subprocess|asyncio/(?:streams|selector_events|proactor_events|sslproto|base_subprocess|subprocess|unix_events))\.py\b|/(?:urllib3|requests|httpx|httpcore|aiohttp|h11|h2|websockets?|grpc|asyncpg|aiomysql|aiopg|psycopg2?|pymysql|MySQLdb|redis|aioredis|pika|aio_pika|aiormq|kafka|aiokafka|pymongo|motor|botocore|aiobotocore|paramiko|asyncssh|anyio/streams|trio/_socket)/`;

/**
A `TimeoutError` raised by the code's own wait on a future or a coroutine: `Future.result(timeout=…)` and
`as_completed` in concurrent/futures, `asyncio.wait_for` (asyncio/tasks.py, or asyncio/timeouts.py from Python
3.12), in `--tb=short` (the frame, its raise line) or long form (the raise line, the `E` line, then
`path:line: TimeoutError`), with no frame of I/O anywhere in the traceback: the chained exception of a
`wait_for` shows what it waited on (an `Event`, a sleep, the code's own coroutine), never a socket.
*/
const ownWaitTimeout = new RegExp(
	String.raw`^(?![\s\S]*?(?:${ioFrame}))[\s\S]*?(?<evidence>(?:concurrent/futures/_base\.py:\d+: in (?:result|as_completed)|asyncio/(?:tasks|timeouts)\.py:\d+: in (?:wait_for|__aexit__))\n[^\n]*\braise (?:exceptions\.)?TimeoutError\b|\braise (?:exceptions\.)?TimeoutError\b[^\n]*\nE +(?:[\w.]+\.)?TimeoutError\b[^\n]*\n+[^\n]*?(?:concurrent/futures/_base|asyncio/(?:tasks|timeouts))\.py:\d+: (?:[\w.]+\.)?TimeoutError)`,
);
const timeoutRaised = /(?:^|\n)(?:[\w.]+\.)?TimeoutError\b/;

/**
A frame of the project's app code, as `--tb=short` and `--tb=long` print it: a path relative to the rootdir
(libraries are printed absolute, `<frozen …>` in angle brackets) that is not a test's (a `tests/` or `testing/`
folder, `test_*.py`, `*_test.py`, conftest.py).
*/
const appFramePath = String.raw`(?!(?:[^\n/]*/)*(?:tests?|testing)/|(?:[^\n/]*/)*(?:test_[^/\n]*|[^/\n]*_test|conftest)\.py:)[^\s/<][^\n:]*\.py:\d+:`;

/**
The coroutine a wait ran out on was cancelled inside asyncio's lock, semaphore, condition or event
(`asyncio/locks.py: in acquire`, `in wait`, or `in __aenter__` for `async with`) right below a frame of the app's: the code awaited a lock of its
own that nobody released, or an event nobody set. In `--tb=short` the app's frame is followed by its source line;
in `--tb=long` by the `_ _ _` separator, asyncio's source and `asyncio/locks.py:N: CancelledError`.
*/
const appLockCancelled = String.raw`(?:^|\n)${appFramePath} in \w+\n(?: {4}[^\n]*\n)+[^\n]*asyncio/locks\.py:\d+: in (?:acquire|wait|wait_for|__aenter__)\b|(?:^|\n)${appFramePath} \n_ _ (?:(?!\.py:\d+: )[\s\S]){0,4000}?asyncio/locks\.py:\d+: (?:[\w.]+\.)?CancelledError\b`;

/** `ownWaitTimeout`, when the coroutine it cancelled waited on the app's own asyncio lock or event. */
const ownWaitTimeoutOnAppLock = new RegExp(
	ownWaitTimeout.source.replace(
		/^\^/,
		`^(?=[\\s\\S]*?(?:${appLockCancelled}))`,
	),
);

/** The words of a wait on something outside the code: a service, a host, a port, a connection, an answer. */
const ownTimeoutOnService =
	/https?:\/\/|\b(?:host|port|server|service|connect\w*|respon\w*|answer\w*|repl(?:y|ied)|socket|peer|endpoint|url|upstream|remote)\b/i;

/** A timeout in any client's words: its exception's type or its message. */
const timedOut = raised(
	String.raw`\w*TimeoutError|socket\.timeout|ReadTimeout|ConnectTimeout|TimeoutExpired|\w*Timeout`,
	String.raw`\btimed out\b|Timeout reading from socket|DEADLINE_EXCEEDED|Deadline Exceeded`,
);

export const waitRules: readonly RuleSpec[] = [
	{
		name: 'database-conflict',
		match: {
			message: raised(
				'SerializationFailure|DeadlockDetected|TransactionRollbackError|LockNotAvailable',
				String.raw`could not serialize access|deadlock detected|Deadlock found when trying to get lock|Lock wait timeout exceeded|canceling statement due to lock timeout|could not obtain lock on|StatusCode\.ABORTED\b|version_conflict_engine_exception`,
			),
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'Concurrent transactions conflicted and the code neither retried nor ordered its locks: a concurrency bug',
	},
	// The code's lock not acquired in time, in Python's TimeoutError (the team's own run: `TimeoutError: Lock orders:d15a50
	// not acquired after 5.06s`) or in an exception of the code's named for it (`FloorLockTimeout: floor 1 lock not
	// acquired within 0.2s`, suite 43): both decided the code's lock held too long. An exception the code names for
	// a lock's timeout (`…LockTimeout`, `…LockTimeoutError`) says so in its name whatever its words (`could not lock
	// super honey within 2.0s`, `hauling waited 0.5s for its second lock`: suites 76 and 77, both lock-order
	// deadlocks). filelock's bare `Timeout` is not read so (a lock file an earlier test or another process keeps,
	// which the sets decided otherwise), nor sherlock's `LockTimeoutException`.
	{
		name: 'lock-timeout',
		match: {
			// From the line's first lock word only, in a look-ahead that cannot backtrack (see line-patterns.ts): tried
			// from every one, a line of them took time quadratic in its length.
			message:
				/(?:^|\n)(?:[\w.]+\.)?(?:TimeoutError|\w*Lock\w{0,64}Timeout\w*): (?=(?<lead>[^\n]*?)\b(?:[Ll]ock|[Ss]emaphore|[Mm]utex)\b)\k<lead>[^\n]*\b(?:not acquired|acquire)|(?:^|\n)(?:[\w.]+\.)?LockError: Unable to acquire lock within the time specified|(?:^|\n)(?:[\w.]+\.)?\w*LockTimeout(?:Error)?: /,
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			"The code's own lock was held past its timeout: a lock that is not released, or a deadlock",
	},
	// A hang whose captured log shows the client retrying a refused connection (the neo4j driver's `Transaction failed
	// and will be retried … Connection refused`, nats-py reconnecting to a port nobody listens on): the service is not
	// running, and the client's retries outlasted pytest-timeout's limit.
	{
		name: 'hang-retrying-refused-service',
		match: {message: pytestTimeout, waitingOn: ['refused']},
		category: 'ENVIRONMENT',
		priority: 'HIGH',
		reason:
			"The test hung past pytest-timeout's limit while a client retried a connection the service refused, as its captured log shows: the service is not running, and the retries outlasted the test",
	},
	{
		name: 'hang-on-locks',
		match: {message: pytestTimeout, waitingOn: ['locks']},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			"The test hung past pytest-timeout's limit with every thread waiting on a lock, a condition or a future: the threads wait on each other (a deadlock or a leaked lock)",
	},
	// HIGH, as the conventions give a defect: the team's own run files every hang in the app's own code BUG HIGH
	// (`demo-run.json`), and suite 45 decided its quadratic path so; the rule had said MEDIUM with no set deciding it.
	{
		name: 'hang-in-own-loop',
		match: {message: pytestTimeout, waitingOn: ['busy']},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			"The test hung past pytest-timeout's limit while the code's own loop ran, waiting on nothing (no lock, no socket): a loop that never ends, a retry that never gives up, or code far slower than the test allows",
	},
	{
		name: 'hang-in-test-sleep',
		match: {message: pytestTimeout, waitingOn: ['sleep']},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"The test hung past pytest-timeout's limit in its own sleep: it sleeps longer than its timeout allows, where it should wait for a condition",
	},
	// urllib3 sleeps in `sleep_for_retry` only for a Retry-After the server sent (a 429, or a 503 shedding load); its
	// own backoff sleeps elsewhere. A hang there is the service asking the client to come back later, not a slow
	// answer: the same verdict as a hang on a service, with the reason a person can act on.
	{
		name: 'hang-waiting-retry-after',
		match: {message: pytestTimeout, traceback: /\bin sleep_for_retry\b/},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			"The test hung past pytest-timeout's limit while the HTTP client waited out the Retry-After a service answered (a 429 or a 503 asking it to come back later): the service is limiting or shedding requests for the moment, and the wait outlasted the test",
	},
	{
		name: 'pytest-timeout',
		match: {message: pytestTimeout},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			"The test hung past pytest-timeout's limit, waiting on a socket or a service that never answered (or on something the stacks do not show)",
	},
	// The wait ran out on the app's coroutine stuck on an asyncio lock or event of its own (a lock acquired and not
	// released on an error path, an event never set): the code's bug, whoever waited, the test included.
	{
		name: 'own-wait-timeout-on-app-lock',
		match: {
			message: timeoutRaised,
			traceback: ownWaitTimeoutOnAppLock,
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			"A wait on the code's coroutine ran out while that coroutine waited on an asyncio lock, semaphore, condition or event of the code's own, with no socket or service below it: a lock the code acquired and never released (an error path that skips the release), or an event it never sets",
	},
	{
		name: 'own-wait-timeout-in-app',
		match: {
			message: timeoutRaised,
			traceback: ownWaitTimeout,
			calledFrom: ['app'],
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			"The code's own wait on a future or a coroutine (Future.result(timeout=…), asyncio.wait_for) ran out with no socket or service below it, so not the network: the work it waits for never finished (a deadlock, a lost wake-up, an event never set) or is far slower than the code allows",
	},
	{
		name: 'own-wait-timeout-in-test',
		match: {
			message: timeoutRaised,
			traceback: ownWaitTimeout,
			calledFrom: ['test'],
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"The test's own wait on a future or a coroutine (Future.result(timeout=…), asyncio.wait_for) ran out with no socket or service below it, so not the network: the test allows less time than the work takes, or waits for something it never lets finish",
	},
	// Python's TimeoutError raised by the app's own line (`raise TimeoutError(...)`, the innermost frame) with no frame of
	// I/O in the traceback and no service, host or connection in its words: the code gave up its own wait on an event,
	// a thread's join or a condition (suite 22's event never set, suite 64's lock-order deadlock caught by a bounded
	// join), which both sets decided the code's bug. A client's timeout is raised in the library, never by this line.
	{
		name: 'own-timeout-raised-in-app',
		match: {
			exception: /^(?:asyncio\.(?:exceptions\.)?)?TimeoutError$/,
			raisedIn: ['app'],
			callSource: /^\s*raise\s+(?:asyncio\.)?TimeoutError\b/,
			traceback: new RegExp(String.raw`^(?![\s\S]*?(?:${ioFrame}))`),
			not: {message: ownTimeoutOnService},
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			"The code raised its own TimeoutError, with no socket, client or service below it: a wait of its own (an event, a thread's join, a condition) ran out, so the work it waited for never finished (a deadlock, an event never set) or is far slower than the code allows",
	},
	// A client's timeout whose captured log or output records the connection refused while it retried (kazoo's
	// `Connection time-out` after `Connection dropped: socket connection error: Connection refused`): no service was
	// there to be slow. The same verdict as a refused connection, which the headline hides.
	{
		name: 'timeout-retrying-refused-service',
		match: {message: timedOut, waitingOn: ['refused']},
		category: 'ENVIRONMENT',
		priority: 'HIGH',
		reason:
			"A client timed out while, as its captured log or output shows, the service refused its connections: the service is not running, and the client's retries ran out its timeout",
	},
	// trio's own deadline (`trio.fail_after`, `fail_at`: `trio.TooSlowError`, which names no timeout) run out while the
	// code waited in trio's sockets, streams or subprocesses, their frames printed below the code's: a service or a peer
	// that did not answer in time, as a client's timeout is (suite 82 decided its silent gauge hub so). A deadline on
	// the code's own locks, events or sleeps, with no such frame, is not read so.
	{
		name: 'trio-deadline-on-io',
		match: {
			message: raised('TooSlowError'),
			traceback:
				/\/trio\/_(?:highlevel_socket|socket|highlevel_open_tcp_stream|highlevel_ssl_helpers|ssl|subprocess|unix_pipes|dtls)\.py:\d+: in /,
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			"trio's deadline (fail_after) ran out while the code waited on a socket, a stream or a subprocess: a service or a peer did not answer in time",
	},
	{
		name: 'timeout-error',
		match: {message: timedOut},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'An operation timed out waiting for a service, the network or a subprocess',
	},
];
