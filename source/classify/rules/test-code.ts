/**
Built-in rules for tests whose own set-up is wrong: fixtures of the wrong scope or called as functions,
parameters that do not fit the test, asyncio objects used from another event loop or a loop started inside
a running one (a bug when the app does it), misspelt mock assertions, property tests hypothesis rejects,
clean-up that races with the test.
*/

import type {RuleSpec} from './types.js';
import {poolRanDry} from './server-limits.js';
import {fixedTokenRules} from './fixed-tokens.js';
import {connectionRefused, higherAtSetup, raised} from './raised.js';
import {raisesMatchRules} from './raises-match.js';

/** A loop started inside a running one: `asyncio.run()`, `loop.run_until_complete()` called from a coroutine. */
const nestedLoop =
	/cannot be called from a running event loop|Cannot run the event loop while another loop is running|This event loop is already running/;

export const testCodeRules: readonly RuleSpec[] = [
	// A refused connection in the body of a unit test (`tests/core/`, `tests/unit/`), which the suite runs without
	// services (those are the chaos and integration folders'): the test meant to stub the service and its mock
	// missed (a patch of a name the code imported by value, of `requests.post` where the code posts through a
	// Session), or it points the code at a stub it no longer serves. Every set with one (suites 6, 9, 14, 27, 30,
	// 32) decided it the test's. A fixture refused at setup stays the service's.
	{
		name: 'unit-test-reached-service',
		match: {
			phase: ['call'],
			area: ['core', 'unit', 'units'],
			message: connectionRefused,
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'A unit test, meant to run without services, reached a real one and was refused: its mock or stub missed (a patch of a name the code does not look up, a client the code does not use), not a service outage',
	},
	// A connection pool exhausted by connections the test itself checks out and keeps (`readers =
	// [engine.connect() for _ in range(4)]`, `opened.append(engine.connect())`) on a pool it sized: the test's own line
	// is the last of the project's before the pool, and it does not give the connection back (no `with`). Suites 5
	// and 33 decided it the test's. A pool run dry by workers that each take a connection in `with` (suites 9 and 10),
	// or by the code, stays `pool-exhausted`.
	{
		name: 'pool-held-by-test',
		match: {
			message: poolRanDry,
			calledFrom: ['test'],
			callSource:
				/^(?!\s*(?:async\s+)?with\b)[^\n]*\.(?:connect|acquire|checkout|getconn|get_connection)\(/,
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"The test itself checks out connections and keeps them open on a pool too small to hold them all: the pool ran dry on the test's own line, not under the code's load",
	},
	// The test's own code opens a relative path that is not there (`open("data/front.jpg")`): a relative path is
	// resolved from the folder pytest was started in, not the test's, so the test finds its data only when run from
	// one place. Raised on the test's own line (open() has no frame of its own); a path the code under test opens,
	// or an absolute one, is not read so.
	{
		name: 'relative-path-in-test',
		match: {
			message:
				/(?:^|\n)FileNotFoundError: \[Errno 2] No such file or directory: '(?![/~\\]|[A-Za-z]:)[^'\n]+'/,
			raisedIn: ['test'],
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"The test opens a relative path that is not there: relative paths resolve from the folder pytest runs in, not the test's own, so the test finds its file only when run from one place",
	},
	// The test's own code opens a fixed path under /tmp that is not there (`open("/tmp/app-keyring.json")`): a file
	// only another test, a worker or an earlier run leaves there, so the test passes only after it, on the same
	// machine, and fails under xdist or alone. pytest's own temporary folders (`/tmp/pytest-of-…`, tmp_path) and
	// a path the code under test opens are not read so.
	{
		name: 'shared-temp-path-in-test',
		match: {
			message:
				/(?:^|\n)FileNotFoundError: \[Errno 2] No such file or directory: '\/(?:tmp|var\/tmp|dev\/shm)\/(?!pytest-of-)[^'\n]+'/,
			raisedIn: ['test'],
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'The test opens a fixed path under /tmp that is not there: only another test, another worker or an earlier run leaves that file, so the test depends on their order and fails alone or under xdist; give it its own file (tmp_path) or a fixture that writes it',
	},
	// A file the test reads from its own data folder (`DATA / "x.zip"`, `"tests/data/x.db"`) that a reader refuses as
	// damaged: an archive cut short, a CRC that does not match, a header that is not the format's, a netrc that
	// does not parse. The file is the test's, checked in damaged (suites 6, 16, 17 and 18 decided so). A text
	// encoding refused is not one: reading a partner's file in the wrong encoding is the code's.
	{
		name: 'test-data-file-damaged',
		match: {
			phase: ['call', 'setup'],
			message:
				/\b(?:BadZipFile|BadGzipFile|NetrcParseError)\b|Not a gzipped file|Compressed file ended before the end-of-stream marker|CRC check failed|\bfile is not a database\b|database disk image is malformed|tarfile\.ReadError|Error -3 while decompressing/,
			traceback:
				/\.py:\d+: in (?:test_?\w*|\w+)\n[^\n]*(?:\b(?:DATA|FIXTURES|DATA_DIR|FIXTURE_DIR)\b|["'][^"'\n]*\b(?:test_?data|data|fixtures|samples)\/)/,
			calledFrom: ['test', 'app'],
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"A file the test reads from its own data folder is refused as damaged (an archive or a stream cut short, a checksum that does not match, a header of another format, a file that does not parse): the test's checked-in data is broken, not the code that reads it",
	},
	...fixedTokenRules,
	// The code refusing a date as past (`cannot schedule … in the past (2025-12-31)`, `that night is past`, `that day
	// has passed`) that the test's own line writes as a literal (`date(2026, 3, 14)`, `"2026-03-14"`): the test booked
	// a day that was ahead when it was written and now is behind; the code's check is right.
	{
		name: 'past-date-in-test',
		match: {
			phase: ['call'],
			message:
				/(?:^|\n)(?!AssertionError\b)(?:[\w.]+\.)?\w+: [^\n]*(?:\bin the past\b|\b(?:has|have) (?:already )?passed\b|\bis (?:already )?past\b)/,
			traceback:
				/(?:^|\n)[^\n]*\btest_\w*\.py:\d+: in test_?\w*\n[^\n]*(?:\b(?:date|datetime)\(\s*\d{4}\s*,|["']\d{4}-\d\d-\d\d\b)/,
			raisedIn: ['app'],
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"The code refuses a date as past, and the test's own line writes that date as a literal: a day that was ahead when the test was written and is behind now. The test ages with the calendar; the code's check is right",
	},
	// A token the test passes by a name of its own (`verify(KEY, crew_token)`, `verify_token(service_token)`,
	// `read_session(member_session)`, `decode(admin_jwt)`, a guest's room key `open_door(guest_key, …)`; not a key
	// that signs or checks, `public_key`, `signing_key`, `api_key`; a season, gate or boarding pass
	// `holder_of(season_pass, …)`) or takes from a mapping it holds (`verify(headers["X-Session"])`, `cookies["auth_token"]`): a fixture's, minted
	// once for a module or under a frozen clock, which the test outlived (PyJWT's ExpiredSignatureError, a session's
	// SessionExpired, itsdangerous' SignatureExpired for a signed cookie past its max_age). The code refusing it is
	// right; the test's fixture does not fit the token's lifetime. A bare `token` the test minted itself is not read so.
	{
		name: 'token-from-fixture-expired',
		match: {
			phase: ['call'],
			message:
				/ExpiredSignature(?:Error)?\b|Signature has expired|\b[Tt]oken (?:has |is )?expired\b|(?:^|\n)(?:[\w.]+\.)?(?:TokenExpired|ExpiredToken|SessionExpired|ExpiredSession|SignatureExpired)\w*:/,
			traceback:
				/(?:^|\n)[^\n]*\btest_\w*\.py:\d+: in test_?\w*\n[^\n]*[(,] *(?:(?!\w*(?:secret|signing|public|private|api|hmac|verify|verifying|encryption|jwt)_key\b)[a-z]\w*_(?:token|session|jwt|key|pass)|[a-z]\w*\[\s*(["'])[^"'\n]*(?:[Tt]oken|[Ss]ession|[Aa]uth)[^"'\n]*\1\s*]) *[,)]/,
			calledFrom: ['test', 'app'],
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'The token the test passes comes from a fixture (a name of its own, not one the test mints on the spot), and it had expired when the test used it: minted once for a wider scope or under a frozen clock, it did not outlive the tests that share it. The code was right to refuse it',
	},
	// A process-wide object refusing what the test adds because it already holds it: prometheus_client's default
	// registry (`Duplicated timeseries in CollectorRegistry`), an in-process APScheduler already started or already
	// holding a job of that id, Twisted's reactor, which runs once per process (`ReactorNotRestartable`). Each test
	// that registers or starts it again meets what an earlier test left; the tests share state that no fixture resets.
	{
		name: 'process-wide-state-from-earlier-test',
		match: {
			phase: ['call', 'setup'],
			message:
				/Duplicated timeseries in CollectorRegistry|(?:^|\n)(?:[\w.]+\.)?(?:SchedulerAlreadyRunningError|ConflictingIdError|ReactorNotRestartable)\b/,
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'A process-wide object (a metrics registry, a scheduler, an event reactor) already holds what the test registers or starts: an earlier test in the same process left it there, and no fixture resets it between tests',
	},
	// The code's own error saying a budget is spent (`QuotaExceeded: upload of 300 MB exceeds the 200 MB left`,
	// `60 pages asked, 40 left`) where the test's own line draws on an object the test module keeps at module level
	// (`SITE_QUOTA.take(300)`): the tests before it drew on the same object, and no fixture gives a fresh one. Suites
	// 38 and 41 decided both so; the same error from an object the test makes, or from the code's own state, is not.
	{
		name: 'module-budget-spent-by-earlier-test',
		match: {
			phase: ['call'],
			raisedIn: ['app'],
			message:
				/(?:^|\n)(?!AssertionError\b)(?:[\w.]+\.)?\w+: [^\n]*(?:\b(?:left|remaining)\b|\b[Qq]uota\b|\bexhausted\b)/,
			traceback:
				/(?:^|\n)[^\n]*\btest_\w*\.py:\d+: in test_?\w*\n\s+(?:\w+ = |assert )?[A-Z][A-Z\d_]+\.\w+\(/,
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'The code says a budget (a quota, an allowance) is spent, and the test draws on an object its module keeps for every test: the tests before it spent the budget, and no fixture gives each test a fresh one. State shared between tests, not the code',
	},
	{
		name: 'fixture-scope-mismatch',
		match: {
			message: /ScopeMismatch|You tried to access the \w+ scoped fixture/,
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'A fixture uses another fixture of a narrower scope (a session fixture asking for a function one): the fixtures are wrong',
	},
	{
		name: 'nested-event-loop-in-app',
		match: {message: nestedLoop, calledFrom: ['app']},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'The code under test starts an event loop (asyncio.run, run_until_complete) from inside one that is already running, which asyncio refuses: no loop mismatch of the tests, the code blocks on a coroutine where it should await it',
	},
	{
		name: 'nested-event-loop',
		match: {message: nestedLoop},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"The test's own code (or a fixture) starts an event loop (asyncio.run, run_until_complete) from inside one that is already running (its own, or pytest-asyncio's): the test should await the coroutine instead",
	},
	...raisesMatchRules,
	{
		name: 'app-primitive-on-another-loop',
		// asyncio's own words for a Lock, Event, Condition, Semaphore or Queue first used on another loop, in a call
		// of the project's code: the object is the code's (a module-level semaphore), not a fixture's or a test's.
		match: {
			message: /is bound to a different event loop/,
			calledFrom: ['app'],
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			"An asyncio lock, semaphore, event or queue that the code under test keeps (at module level, on a long-lived object) was bound to the event loop that used it first, and a later loop cannot use it: the code shares a loop-bound object across event loops, as a second asyncio.run or another worker's loop would",
	},
	{
		name: 'event-loop-mismatch',
		match: {
			message:
				/attached to a different loop|is bound to a different event loop|Event loop is closed|There is no current event loop|no running event loop/,
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"An asyncio object is used from another event loop than the one that made it: usually a fixture's loop scope differs from the test's (pytest-asyncio)",
	},
	// A KeyError on a field of an answer (`return response.json()["status"]`, `flour_stock(grade, base)["sacks"]`) in a
	// test that hands the code its own stub's address (`stub.url`): the answer is the stub's, written by the test, and
	// lacks the field the code reads, so the stub's payload is out of step with the API. Suites 40 and 42 decided
	// these the test's (three reports; suite 38 the same KeyError read in the test's own line). A key the code looks
	// up by a variable (`keys[kid]`) and a KeyError with no stub in the test are not read so.
	{
		name: 'stub-payload-out-of-step',
		match: {
			exception: /(?:^|\.)KeyError$/,
			traceback:
				/^(?=[\s\S]*?\n {4}[^\n]*\b(?:\w*stub\w*|\w*fake\w*|httpserver)\.(?:url|port|base_url|url_for)\b)[\s\S]*\n {4}[^\n]*\)\[(["'])[^"'\n]+\1][^\n]*\nE +KeyError: /,
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"The code reads a field that is not in the answer of the test's own stub: the stub's payload (written by the test) is out of step with the API the code reads; check the real service's answer, then fix the stub or the code",
	},
	{
		name: 'http-mock-unmatched',
		match: {
			message: raised(
				'NoMockAddress|AllMockedAssertionError',
				String.raw`Connection refused by Responses|No mock address: |No response can be found for \w+ request on|RESPX: <Request\([^\n]*\)> not mocked|Connection refused: (?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \S+|CannotOverwriteExistingCassetteException|Can't overwrite existing cassette`,
			),
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"The code made an HTTP request that none of the test's mocks answers (responses, requests-mock, pytest-httpx, respx, aioresponses, a VCR cassette): the mocks no longer cover what the code calls, so no real service was involved",
	},
	// GraphQL refusing a query for a field or an argument the schema does not have (graphql-core, Strawberry, Graphene:
	// `Cannot query field 'abvPercent' on type 'Batch'.`), seen in the test's own assertion on the result: the query
	// the test sent is out of step with the schema. Raised in the code (a client's query to another service) it is not.
	{
		name: 'graphql-query-off-schema-in-test',
		match: {
			message:
				/Cannot query field ["']\w+["'] on type ["']\w+["']|Unknown argument ["']\w+["'] on field ["'][\w.]+["']/,
			raisedIn: ['test'],
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"The test's assertion shows GraphQL refusing the test's query for a field or an argument the schema does not have: the query is out of step with the schema (renamed, misspelt), and no resolver ran",
	},
	// A coroutine used as the value it would have given: the test called an async function (or received an async
	// fixture pytest-asyncio's strict mode does not run, an async generator when the fixture yields) and subscripted
	// it, read an attribute, iterated it or unpacked it (`ra, dec = mount.position()`) without awaiting. In the test's
	// own frame only: the code's own line doing so is the code's.
	{
		name: 'coroutine-not-awaited-in-test',
		match: {
			message:
				/'coroutine' object (?:is not subscriptable|has no attribute|is not iterable|is not callable|does not support)|'async_generator' object (?:is not subscriptable|has no attribute|is not iterable|is not callable|does not support)|object of type 'coroutine' has no len\(\)|object of type 'async_generator' has no len\(\)|argument of type 'coroutine' is not iterable|argument of type 'async_generator' is not iterable|cannot unpack non-iterable coroutine object|cannot unpack non-iterable async_generator object/,
			raisedIn: ['test'],
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"The test's own line used a coroutine (or an async generator) as the value it gives: an async function called, or an async fixture received, without being awaited or run in an event loop",
	},
	// The same coroutine handed by the test's own line to a function that wanted its value (`os.path.exists(
	// write_report(path))`: `stat: path should be string, bytes, os.PathLike or integer, not coroutine`), raised in
	// the standard library or a library the test called.
	{
		name: 'coroutine-passed-by-test',
		match: {
			message:
				/(?:^|\n)(?:[\w.]+\.)?TypeError: [^\n]*(?:\bnot coroutine\b|'coroutine' and '|' and 'coroutine')/,
			calledFrom: ['test'],
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"The test's own line handed a coroutine to a function that wanted its value: an async function called without being awaited or run in an event loop",
	},
	{
		name: 'framework-context-missing',
		match: {
			message:
				/Working outside of (?:the )?(?:application|request) context|No application found\. Either work inside a view function or push an application context/,
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"The test uses the web framework's request or application objects without pushing their context (Flask's app_context, test_request_context): the test is wrong",
	},
	// A barrier that broke in the test's own wait: the test makes the barrier and starts the threads, so a
	// party count that never fills is the test's arithmetic. In the code's own wait it is the code's (threads it
	// never starts), which the rules for the code's errors read.
	{
		name: 'barrier-in-test',
		match: {
			exception: /(?:^|\.)BrokenBarrierError$/,
			calledFrom: ['test'],
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"A threading barrier the test waits on broke: the test's party count does not match the threads it starts (or one of them failed first), the test's own set-up of the race",
	},
	{
		name: 'fixture-yields-twice',
		match: {message: /fixture function has more than one 'yield'/},
		category: 'TEST_DESIGN',
		priority: 'LOW',
		reason:
			"A fixture yields more than once, which pytest finds when it cleans up after the test: the fixture is wrong, the test's own result stands",
	},
	{
		name: 'fixture-called-directly',
		match: {
			message:
				/Fixture "[^"\n]+" called directly\. Fixtures are not meant to be called directly/,
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'The test calls a fixture function as a plain function instead of asking for it as an argument: the test is wrong',
	},
	...higherAtSetup(
		{
			name: 'pytest-api-misuse',
			match: {
				message:
					/In \w+: function uses no (?:argument|fixture) '|In \w+: indirect fixture '[^'\n]*' doesn't exist|: duplicate parametrization of '|in "parametrize" the number of names \(\d+\)|Using pytest\.skip outside of a test will skip the entire module/,
			},
			category: 'TEST_DESIGN',
			priority: 'MEDIUM',
			reason:
				"The test uses pytest's API wrongly (a parametrize that does not fit its function, pytest.skip at module level without allow_module_level): the test is wrong, and at collection no test of its module ran",
		},
		'HIGH',
	),
	{
		name: 'hypothesis-deadline',
		match: {
			message: raised(
				String.raw`hypothesis\.errors\.DeadlineExceeded`,
				String.raw`which exceeds the deadline of \d`,
			),
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"One of hypothesis' examples ran past its deadline (200 ms unless set): a wall-clock limit that measures the machine's speed and load as much as the code; raise or disable the deadline",
	},
	{
		name: 'hypothesis-rejects-test',
		match: {
			message: raised(
				String.raw`hypothesis\.errors\.\w+`,
				String.raw`produces unreliable results|Unable to satisfy assumptions|Health check found \d+ filtered examples`,
			),
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'Hypothesis rejects the property test itself: its strategy filters out most data or generates it too slowly, it gives different results on replay, or it uses hypothesis wrongly',
	},
	{
		name: 'database-access-not-allowed',
		match: {message: /Database access not allowed, use the "django_db" mark/},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'The test uses the database without the django_db mark or fixture (pytest-django): the test is wrong',
	},
	{
		name: 'mock-misuse',
		match: {
			message:
				/is not a valid assertion\. Use a spec|Attributes cannot start with 'assert'|Mock object has no attribute 'assert_\w+'/,
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'The test calls a mock assertion that does not exist (a misspelt assert_called_…): the test is wrong',
	},
	{
		name: 'mock-spec-in-test',
		match: {
			message: /(?:^|\n)AttributeError: Mock object has no attribute '/,
			calledFrom: ['test'],
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"The test uses an attribute the mock's spec (the real class) does not have: the test was not updated with the code",
	},
	{
		name: 'mock-used-as-value',
		match: {
			message:
				/(?:^|\n)(?:TypeError|AttributeError): '(?:Magic|NonCallable|NonCallableMagic|Async)?Mock' object (?:is not|has no|does not support|cannot be)/,
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"The code under test got one of the test's mocks where it needs a real value (it indexes, iterates, compares or counts it): the test's fake does not stand in for what it replaces",
	},
	{
		name: 'patch-target-missing',
		match: {
			message:
				/(?:^|\n)AttributeError: <[^>\n]+> does not have the attribute '/,
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'mock.patch names an attribute the module or class does not have (moved, renamed, or patched where it is not looked up): the test is wrong',
	},
	{
		name: 'teardown-cleanup',
		match: {
			phase: ['teardown'],
			message:
				/Directory not empty|\bENOTEMPTY\b|\[Errno 39]|Device or resource busy|\bEBUSY\b|\[Errno 16]/,
		},
		category: 'TEST_DESIGN',
		priority: 'LOW',
		reason:
			'A fixture could not clean up after the test: something the test started still writes to or holds the directory, and the clean-up races with it',
	},
	{
		// Before the machine's permission-denied: a fixture removing what it made (shutil.rmtree, unlink) is refused
		// because the test took the write bit away (a read-only folder or file), not because of the machine. A
		// clean-up of a system folder (/var, /etc…) stays with the rules on the machine and the settings.
		name: 'cleanup-denied',
		match: {
			phase: ['teardown'],
			calledFrom: ['test'],
			message: raised(
				'PermissionError',
				String.raw`\[Errno 1?3\] (?:Permission denied|Operation not permitted)`,
			),
			traceback:
				/[:,] in (?:rmtree|_rmtree_\w+|unlink|remove|rmdir|removedirs)\n/,
			not: {
				message: /['"]\/(?:var|srv|opt|etc|mnt|data|usr)\/(?!tmp\/|folders\/)/,
			},
		},
		category: 'TEST_DESIGN',
		priority: 'LOW',
		reason:
			"A fixture's clean-up could not remove what the test left: the file system refused it, most often because the test made a folder or a file read-only and the fixture does not give the write bit back before removing it",
	},
];
