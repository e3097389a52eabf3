/**
Built-in rules for tests that cannot run: a module that does not import or compile, a missing fixture.
*/

import type {RuleSpec} from './types.js';
import {higherAtSetup, raised} from './raised.js';

/** The abstract base classes `collections` lost to `collections.abc` in Python 3.10. */
const removedFromCollections =
	'Mapping|MutableMapping|Sequence|MutableSequence|Set|MutableSet|Iterable|Iterator|Callable|Hashable|Sized|Container|Generator|Awaitable|Coroutine|AsyncIterable|AsyncIterator|KeysView|ItemsView|ValuesView|MappingView';

/**
Names the standard library gained in a later Python than some interpreters still in use, by module: met as missing,
the interpreter is older than the code expects (not a typo of the code: each is a real name of a later release).
*/
const addedToStandardLibrary = [
	String.raw`itertools' has no attribute '(?:batched|pairwise)`,
	String.raw`math' has no attribute '(?:sumprod|cbrt|exp2|lcm|nextafter|ulp|fma)`,
	String.raw`typing' has no attribute '(?:override|Self|LiteralString|Never|assert_never|assert_type|reveal_type|TypeIs|ReadOnly|TypeAliasType|Required|NotRequired|Unpack|TypeVarTuple|dataclass_transform|ParamSpec|TypeAlias|Concatenate|TypeGuard)`,
	String.raw`datetime' has no attribute 'UTC`,
	String.raw`enum' has no attribute '(?:StrEnum|ReprEnum|EnumCheck|FlagBoundary|verify|member|nonmember|global_enum)`,
	String.raw`asyncio' has no attribute '(?:TaskGroup|timeout|timeout_at|Runner|Barrier|eager_task_factory|to_thread)`,
	String.raw`hashlib' has no attribute 'file_digest`,
	String.raw`contextlib' has no attribute '(?:chdir|aclosing)`,
	String.raw`warnings' has no attribute 'deprecated`,
	String.raw`copy' has no attribute 'replace`,
	String.raw`os' has no attribute 'process_cpu_count`,
	String.raw`functools' has no attribute 'cache`,
	String.raw`random' has no attribute 'randbytes`,
	String.raw`statistics' has no attribute '(?:correlation|covariance|linear_regression)`,
].join('|');

// Message patterns look at the exception lines only, not at source code in the traceback,
// so a test that merely mentions `ConnectionRefusedError` is not taken for one that hit it.
export const importAndCollectionRules: readonly RuleSpec[] = [
	// A name the project's own module does not define (its path is the project's, not site-packages, dist-packages or
	// the standard library): the test imports what the code no longer has, renamed or removed, as suite 2's test of a
	// removed module was decided. A library's module missing a name stays an environment's (a version mismatch).
	{
		name: 'collect-import-name-of-project',
		match: {
			phase: ['collect'],
			message:
				/(?:^|\n)ImportError: cannot import name '\w+' from '[\w.]+' \((?![^)\n]*(?:site-packages|dist-packages|[/\\]lib[/\\]python\d|unknown location))[^)\n]*\.py\)/,
		},
		category: 'TEST_DESIGN',
		priority: 'HIGH',
		reason:
			"A test module imports a name the project's own module does not define (renamed or removed): the test is out of step with the code, and none of its tests ran",
	},
	{
		name: 'collect-import-error',
		match: {
			phase: ['collect'],
			message: raised('ModuleNotFoundError|ImportError', 'No module named'),
		},
		category: 'CONFIGURATION',
		priority: 'HIGH',
		reason:
			'A test module cannot be imported: a package it needs is missing or broken in this environment, so none of its tests ran',
	},
	{
		name: 'collect-invalid-escape',
		match: {
			phase: ['collect'],
			message: /SyntaxError: invalid (?:octal )?escape sequence/,
		},
		category: 'CONFIGURATION',
		priority: 'LOW',
		reason:
			"An invalid escape sequence in a string literal is only a warning, which this run's warning filter (-W error) turned into a SyntaxError at import",
	},
	{
		name: 'collect-syntax-error',
		match: {
			phase: ['collect'],
			message: raised('SyntaxError|IndentationError|TabError'),
		},
		category: 'TEST_DESIGN',
		priority: 'HIGH',
		reason: 'A test module does not compile, so none of its tests ran',
	},
	{
		name: 'library-older-than-python',
		match: {
			message: new RegExp(
				[
					String.raw`ValueError: invalid mode: '[^'\n]*U[^'\n]*'`,
					String.raw`(?:ImportError: cannot import name '|AttributeError: module '?collections'? has no attribute ')(?:${removedFromCollections})'`,
					String.raw`AttributeError: module '?inspect'? has no attribute '(?:getargspec|formatargspec)'`,
					String.raw`AttributeError: module '?asyncio'? has no attribute 'coroutine'`,
					String.raw`AttributeError: module '?base64'? has no attribute '(?:en|de)codestring'`,
					String.raw`AttributeError: module '?pkgutil'? has no attribute 'ImpImporter'`,
					String.raw`AttributeError: module '?ssl'? has no attribute 'wrap_socket'`,
					String.raw`ImportError: cannot import name 'match_hostname' from 'ssl'`,
					String.raw`(?:ImportError: cannot import name '|AttributeError: module '?configparser'? has no attribute ')SafeConfigParser'`,
					String.raw`AttributeError: '(?:Thread|_MainThread|DummyThread)' object has no attribute 'isAlive'`,
					String.raw`AttributeError: 'array\.array' object has no attribute '(?:tostring|fromstring)'`,
					String.raw`AttributeError: '(?:xml\.etree\.ElementTree\.)?Element' object has no attribute '(?:getchildren|getiterator)'`,
					String.raw`As of 3\.\d+, the \*loop\* parameter was removed`,
				].join('|'),
			),
			raisedIn: ['library'],
			traceback: /(?:site|dist)-packages[\\/]/,
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'An installed library calls what this Python no longer has (the U file mode, the ABCs in collections, inspect.getargspec, the loop parameter, …): its release is older than the interpreter; install a release made for this Python, or run the Python it supports',
	},
	// The code (or the test) calls a name of the standard library that this interpreter does not have yet
	// (itertools.batched and sqlite3's autocommit are Python 3.12's, datetime.UTC 3.11's): the runner's Python is
	// older than the code expects, as suite 75's engineer decided (ENVIRONMENT MEDIUM). Only names a later release
	// added, so a misspelt or removed name is not read so.
	{
		name: 'python-older-than-code',
		match: {
			message: new RegExp(
				String.raw`(?:^|\n)(?:AttributeError: module '(?:${addedToStandardLibrary})'|TypeError: 'autocommit' is an invalid keyword argument for (?:Connection|connect)\(\))`,
			),
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			"The code calls a name the standard library gained in a later Python (itertools.batched, sqlite3's autocommit, datetime.UTC, asyncio.TaskGroup, …): this interpreter is older than the code expects; run the Python the project requires",
	},
	{
		name: 'module-not-found',
		match: {message: raised('ModuleNotFoundError', 'No module named')},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason: 'A module the test imports is not installed in this environment',
	},
	{
		name: 'stale-import-in-test',
		match: {
			message:
				/ImportError: cannot import name '[^']+' from '[^']+' \((?![^)]*(?:site|dist)-packages)[^)]*\)/,
			raisedIn: ['test'],
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"The test imports a name that the project's own module does not have (any more): the test is stale",
	},
	{
		name: 'cannot-import-name',
		match: {message: /ImportError: cannot import name/},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'The installed package lacks a name the test imports: the tests and the installed version disagree',
	},
	...higherAtSetup(
		{
			name: 'unregistered-marker',
			match: {
				message:
					/'[\w.]+' not found in `markers` configuration option|Unknown pytest\.mark\.\w+ - is this a typo\?/,
			},
			category: 'CONFIGURATION',
			priority: 'MEDIUM',
			reason:
				"The test uses a marker that pytest's configuration does not declare, and --strict-markers makes that an error: register it in the markers setting (or a plugin that declares it is missing)",
		},
		'HIGH',
	),
	{
		name: 'async-test-without-plugin',
		match: {message: /async def functions are not natively supported/},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'An async test ran without a plugin to run it (pytest-asyncio, anyio, trio): the plugin is not installed here, or its mode is not configured',
	},
	{
		name: 'plugin-fixture-missing',
		match: {
			message:
				/fixture '(?:mocker|class_mocker|module_mocker|package_mocker|session_mocker|benchmark|httpx_mock|requests_mock|aioresponses|freezer|time_machine|event_loop|aiohttp_client|aiohttp_server|postgresql|postgresql_proc|redisdb|redis_proc|mongodb|django_db_setup|admin_client|rf|live_server|celery_app|celery_worker|docker_services|docker_ip|httpserver|snapshot|faker|xprocess|datadir|shared_datadir|mock_aws)' not found/,
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'The test asks for a fixture that a well-known pytest plugin provides (pytest-mock, pytest-django, pytest-asyncio, …): the plugin is not installed here',
	},
	{
		name: 'fixture-not-found',
		match: {message: /fixture '[^']*' not found/},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'The test asks for a fixture that no conftest or plugin provides: a plugin is missing, or a helper named test_* was collected as a test',
	},
];
