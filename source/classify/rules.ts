/**
Rules: ordered, first match wins. Each turns a failure into a suggested category, priority and reason.
Rules are data (regular expressions and lists); they never execute code.
*/

import {
	fileOfId,
	phases,
	type Failure,
	type FailureOutcome,
	type Phase,
} from '../log/model.js';
import {sanitizeLine} from '../log/sanitize.js';
import {
	defaultCategories,
	defaultPriorities,
	mergeCategories,
	unknownCategory,
	type Category,
	type Priority,
} from './categories.js';
import {areaOf} from './area.js';
import {compileUserPattern, isPatternError, type Pattern} from './pattern.js';

/** What a rule looks at. Every condition given must hold; an empty match matches every failure. */
export type RuleMatch = {
	/** The node id. */
	readonly id?: Pattern;
	/** The file part of the node id. */
	readonly file?: Pattern;
	/** The test's own name: the last part of the node id, without parameters (`test_jwt`). */
	readonly name?: Pattern;
	/** The headline and the traceback's `E` lines (the exception and its message). */
	readonly message?: Pattern;
	/** The whole traceback as printed. */
	readonly traceback?: Pattern;
	readonly outcome?: readonly FailureOutcome[];
	readonly phase?: readonly Phase[];
	/** Areas (`auth`, `database`, …; see area.ts). */
	readonly area?: readonly string[];
	/** True: only flaky tests; false: only tests that are not flaky. */
	readonly flaky?: boolean;
};

export type Rule = {
	/** Short and unique within its origin (`connection-refused`). */
	readonly name: string;
	readonly match: RuleMatch;
	readonly category: string;
	readonly priority: string;
	readonly reason: string;
	/** `built-in`, or the rules file it comes from. */
	readonly origin: string;
};

/** A rule's verdict on one failure: a suggestion, which a person's decision always overrides. */
export type Suggestion = {
	readonly category: string;
	readonly priority: string;
	readonly reason: string;
	/** The name of the rule that matched. */
	readonly rule: string;
};

/** The categories, priorities and rules in effect: user rules, built-in rules, the fallback. */
export type RuleSet = {
	readonly categories: readonly Category[];
	readonly priorities: readonly Priority[];
	readonly rules: readonly Rule[];
};

export type SuggestContext = {
	readonly rules: readonly Rule[];
	/** Defaults to the area of the failure's file. */
	readonly area?: string;
	readonly isFlaky?: boolean;
};

export const builtInOrigin = 'built-in';

type RuleSpec = Omit<Rule, 'origin'>;

/**
An exception line (the headline or an `E` line) that starts with one of these types, module path
allowed, or one of the phrases anywhere: `DID NOT RAISE <class 'ConnectionRefusedError'>` is not a
refused connection.
*/
function raised(types: string, phrases?: string): RegExp {
	const type = String.raw`(?:^|\n)(?:[\w.]+\.)?(?:${types})\b`;
	return new RegExp(phrases ? `${type}|${phrases}` : type);
}

// Message patterns look at the exception lines only, not at source code in the traceback,
// so a test that merely mentions `ConnectionRefusedError` is not taken for one that hit it.
const errorRules: readonly RuleSpec[] = [
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
		name: 'module-not-found',
		match: {message: raised('ModuleNotFoundError', 'No module named')},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason: 'A module the test imports is not installed in this environment',
	},
	{
		name: 'cannot-import-name',
		match: {message: /ImportError: cannot import name/},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'The installed package lacks a name the test imports: the tests and the installed version disagree',
	},
	{
		name: 'fixture-not-found',
		match: {message: /fixture '[^']*' not found/},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'The test asks for a fixture that no conftest or plugin provides: a plugin is missing, or a helper named test_* was collected as a test',
	},
	{
		name: 'stale-temp-dir',
		match: {
			message: /temporary directory \S+ is not owned by the current user/,
		},
		category: 'ENVIRONMENT',
		priority: 'HIGH',
		reason:
			"pytest's base temporary directory belongs to another user (left by an earlier run): every test using tmp_path errors until it is removed or --basetemp is set",
	},
	{
		name: 'disk-full',
		match: {
			message: /No space left on device|\bENOSPC\b|Disk quota exceeded/,
		},
		category: 'ENVIRONMENT',
		priority: 'HIGH',
		reason: 'The disk is full',
	},
	{
		name: 'permission-denied-at-setup',
		match: {
			phase: ['setup'],
			message: raised(
				'PermissionError',
				String.raw`Permission denied|Operation not permitted|\bEACCES\b|\bEPERM\b`,
			),
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'Setting the test up needs a file or directory this user may not write: a permissions problem on the machine',
	},
	{
		name: 'read-only-file-system',
		match: {message: /Read-only file system|\bEROFS\b/},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason: 'The test writes where the file system is mounted read-only',
	},
	{
		name: 'connection-refused',
		match: {
			message: raised(
				'ConnectionRefusedError',
				String.raw`Connection refused|\bECONNREFUSED\b|\[Errno 111\]|\[WinError 10061\]`,
			),
		},
		category: 'ENVIRONMENT',
		priority: 'HIGH',
		reason:
			'A service the test needs is not listening (connection refused): it is down or was never started, and every test that needs it fails until it is back',
	},
	{
		name: 'connection-reset',
		match: {
			message: raised(
				'ConnectionResetError|ConnectionAbortedError|BrokenPipeError',
				String.raw`Connection reset by peer|\bECONNRESET\b|Connection closed by server|server closed the connection unexpectedly|Broken pipe`,
			),
		},
		category: 'ENVIRONMENT',
		priority: 'HIGH',
		reason:
			'The server dropped the connection during the test: it crashed, was killed or restarted',
	},
	{
		name: 'dns-failure',
		match: {
			message: raised(
				'gaierror',
				'Name or service not known|Temporary failure in name resolution|nodename nor servname|getaddrinfo failed|No address associated with hostname|could not translate host name|Could not resolve host',
			),
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'A host name could not be resolved: this machine has no DNS or no network',
	},
	{
		name: 'network-unreachable',
		match: {
			message:
				/Network is unreachable|No route to host|\bENETUNREACH\b|\bEHOSTUNREACH\b/,
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason: 'No route to the host: this machine is offline or sandboxed',
	},
	{
		name: 'too-many-connections',
		match: {
			message:
				/too many (?:connections|clients)|remaining connection slots are reserved|max number of clients reached/i,
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'The server refused a connection over its limit: pool size or connection limits need adjustment',
	},
	{
		name: 'pytest-timeout',
		match: {message: /(?:^|\n)(?:Failed: )?Timeout >?\d+(?:\.\d+)?s\b/},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			"The test hung past pytest-timeout's limit, usually waiting on a socket or a service that never answers; if the stack dump shows threads waiting on each other it is a deadlock (BUG)",
	},
	{
		name: 'timeout-error',
		match: {
			message: raised(
				String.raw`TimeoutError|socket\.timeout|ReadTimeout|ConnectTimeout|TimeoutExpired`,
				String.raw`\btimed out\b`,
			),
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'An operation timed out waiting for a service, the network or a subprocess',
	},
	{
		name: 'out-of-memory',
		match: {
			message: raised(
				'MemoryError|_ArrayMemoryError',
				String.raw`Unable to allocate|Cannot allocate memory|\bENOMEM\b|std::bad_alloc|\b[Oo]ut of memory\b`,
			),
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'The process ran out of memory: a memory limit (ulimit, container) or a small machine, not necessarily a leak',
	},
	{
		name: 'missing-device',
		match: {
			message:
				/No such device|\bENODEV\b|Address family not supported|\bEAFNOSUPPORT\b|Protocol not supported/,
		},
		category: 'ENVIRONMENT',
		priority: 'LOW',
		reason:
			'The machine lacks a device or socket family the test needs (VSOCK, IPv6, … in a container)',
	},
	{
		name: 'deprecation-as-error',
		match: {
			message: raised(
				'PendingDeprecationWarning|DeprecationWarning|FutureWarning',
			),
		},
		category: 'CONFIGURATION',
		priority: 'LOW',
		reason:
			'A deprecation warning was raised as an error (-W error or filterwarnings): the code still calls an API a newer dependency deprecated; update the call or relax the filter',
	},
	{
		name: 'return-not-none',
		match: {message: raised('PytestReturnNotNoneWarning')},
		category: 'TEST_DESIGN',
		priority: 'LOW',
		reason:
			"The test returns a value instead of None, which pytest warns about and this run's warning filter made an error: assert, do not return",
	},
	{
		name: 'unraisable-exception',
		match: {
			message: raised(
				'PytestUnraisableExceptionWarning|PytestUnhandledThreadExceptionWarning|ResourceWarning',
			),
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'An exception in a finalizer or a thread (an unclosed resource, an async generator collected before it was exhausted) was turned into a failure: something leaks',
	},
	{
		name: 'xpass-strict',
		match: {message: /\[XPASS\(strict\)]/},
		category: 'TEST_DESIGN',
		priority: 'LOW',
		reason:
			'A test marked xfail(strict=True) passed: what it documents is fixed, remove the marker',
	},
	{
		name: 'flaky',
		match: {flaky: true},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'Its outcome flips between runs or it passed on a rerun: the test depends on timing, order or shared state',
	},
];

// The old analyzer only saw `tests/chaos/...::name PASSED|FAILED` lines and looked for words in the
// lowercased function name; its reasons are kept verbatim.
const chaosFile = /tests\/chaos\//;

function nameRule(
	name: string,
	words: readonly string[],
	subWords: readonly string[] | undefined,
	category: string,
	priority: string,
	reason: string,
): RuleSpec {
	const any = (list: readonly string[]) => list.join('|');
	const pattern = subWords
		? new RegExp(`^(?=.*(?:${any(words)})).*(?:${any(subWords)})`, 'i')
		: new RegExp(any(words), 'i');
	return {
		name,
		match: {file: chaosFile, name: pattern},
		category,
		priority,
		reason,
	};
}

const authWords = ['auth', 'jwt', 'rbac'];
const cacheWords = ['cache'];
const concurrencyWords = ['concurrency', 'race', 'deadlock'];
const databaseWords = ['database', 'consistency', 'transaction'];
const networkWords = ['network', 'connection', 'latency'];

const nameRules: readonly RuleSpec[] = [
	nameRule(
		'old-analyzer/auth-load',
		authWords,
		['concurrent', 'load'],
		'ENVIRONMENT',
		'LOW',
		'Contention not detected - system too fast',
	),
	nameRule(
		'old-analyzer/auth-service-outage',
		authWords,
		['service_outage'],
		'BUG',
		'HIGH',
		'Auth service failure not handled correctly',
	),
	nameRule(
		'old-analyzer/auth-validation',
		authWords,
		['expiration', 'validation'],
		'BUG',
		'HIGH',
		'JWT validation logic may have issues',
	),
	nameRule(
		'old-analyzer/auth',
		authWords,
		undefined,
		'UNKNOWN',
		'MEDIUM',
		'Auth test without a known pattern in its name',
	),
	nameRule(
		'old-analyzer/cache-tuning',
		cacheWords,
		['memory_pressure', 'stampede'],
		'CONFIGURATION',
		'MEDIUM',
		'Cache pool size or eviction policy needs tuning',
	),
	nameRule(
		'old-analyzer/cache',
		cacheWords,
		undefined,
		'UNKNOWN',
		'MEDIUM',
		'Cache test without a known pattern in its name',
	),
	nameRule(
		'old-analyzer/concurrency-too-fast',
		concurrencyWords,
		['concurrent'],
		'ENVIRONMENT',
		'LOW',
		'Hardware too fast to trigger race condition',
	),
	nameRule(
		'old-analyzer/concurrency',
		concurrencyWords,
		undefined,
		'BUG',
		'HIGH',
		'Potential concurrency bug',
	),
	nameRule(
		'old-analyzer/database-limits',
		databaseWords,
		['load', 'concurrent'],
		'CONFIGURATION',
		'MEDIUM',
		'Pool size or connection limits need adjustment',
	),
	nameRule(
		'old-analyzer/database',
		databaseWords,
		undefined,
		'BUG',
		'HIGH',
		'Data consistency issue - needs investigation',
	),
	nameRule(
		'old-analyzer/network',
		networkWords,
		undefined,
		'TEST_DESIGN',
		'LOW',
		'Network simulation not available in environment',
	),
];

const fallbackRule: RuleSpec = {
	name: 'default',
	match: {},
	category: unknownCategory,
	priority: 'MEDIUM',
	reason: 'No rule matched: read the traceback',
};

/** The built-in rules in order: rules on the error itself, the old analyzer's name rules, the fallback. */
export const builtInRules: readonly Rule[] = [
	...errorRules,
	...nameRules,
	fallbackRule,
].map(rule => ({...rule, origin: builtInOrigin}));

/** The default categories and priorities with the built-in rules. */
export function builtInRuleSet(): RuleSet {
	return {
		categories: defaultCategories,
		priorities: defaultPriorities,
		rules: builtInRules,
	};
}

/**
The test's own name, as the old analyzer saw it: the last `::` part of the node id, without its
parameters (`tests/a.py::TestAuth::test_jwt[rs256]` → `test_jwt`). Its regular expression put the
class into the path, so `TestAuthChaos::test_token_expiry` never counted as an auth test.
*/
export function testNameOf(id: string): string {
	const file = id.indexOf('::');
	const rest = file === -1 ? id : id.slice(file + 2);
	const bracket = rest.indexOf('[');
	const unparametrized = bracket === -1 ? rest : rest.slice(0, bracket);
	const last = unparametrized.lastIndexOf('::');
	return last === -1 ? unparametrized : unparametrized.slice(last + 2);
}

// What a pattern sees is bounded, so that a 50 MB line in a log cannot make a rule crawl.
const maximumMessageText = 64 * 1024;
const maximumTracebackText = 256 * 1024;

/**
The exception text a `message` pattern sees: the headline, then the traceback's `E` lines (at
most 64 KiB).
*/
export function messageTextOf(
	failure: Pick<Failure, 'headline' | 'traceback'>,
): string {
	const lines = [failure.headline];
	let length = failure.headline.length;
	for (const line of failure.traceback.split('\n')) {
		if (length > maximumMessageText) {
			break;
		}

		if (line.startsWith('E ') || line.startsWith('E\t')) {
			const text = line.slice(1).trim();
			lines.push(text);
			length += text.length + 1;
		}
	}

	const text = lines.join('\n');
	return text.length > maximumMessageText
		? text.slice(0, maximumMessageText)
		: text;
}

/** The traceback a `traceback` pattern sees: its last 256 KiB, where the crash is. */
function tracebackTextOf(failure: Pick<Failure, 'traceback'>): string {
	const {traceback} = failure;
	return traceback.length > maximumTracebackText
		? traceback.slice(-maximumTracebackText)
		: traceback;
}

/** Whether a rule matches a failure. */
export function matches(
	rule: Rule,
	failure: Failure,
	context: {
		readonly area: string;
		readonly isFlaky: boolean;
		readonly messageText?: string;
		/** The test's own name (testNameOf), when the caller already has it. */
		readonly name?: string;
	},
): boolean {
	const {match} = rule;
	if (match.outcome && !match.outcome.includes(failure.outcome)) {
		return false;
	}

	if (match.phase && !match.phase.includes(failure.phase)) {
		return false;
	}

	if (match.area && !match.area.includes(context.area)) {
		return false;
	}

	if (match.flaky !== undefined && match.flaky !== context.isFlaky) {
		return false;
	}

	if (match.id && !match.id.test(failure.id)) {
		return false;
	}

	if (match.file && !match.file.test(failure.file || fileOfId(failure.id))) {
		return false;
	}

	if (match.name && !match.name.test(context.name ?? testNameOf(failure.id))) {
		return false;
	}

	if (
		match.message &&
		!match.message.test(context.messageText ?? messageTextOf(failure))
	) {
		return false;
	}

	if (match.traceback && !match.traceback.test(tracebackTextOf(failure))) {
		return false;
	}

	return true;
}

/** The first matching rule's suggestion; UNKNOWN/MEDIUM when no rule matches (not even a fallback). */
export function suggest(failure: Failure, context: SuggestContext): Suggestion {
	const area = context.area ?? areaOf(failure.file);
	const isFlaky = context.isFlaky ?? false;
	const messageText = messageTextOf(failure);
	const name = testNameOf(failure.id);
	for (const rule of context.rules) {
		if (matches(rule, failure, {area, isFlaky, messageText, name})) {
			return {
				category: rule.category,
				priority: rule.priority,
				reason: rule.reason,
				rule: rule.name,
			};
		}
	}

	return {
		category: fallbackRule.category,
		priority: fallbackRule.priority,
		reason: fallbackRule.reason,
		rule: fallbackRule.name,
	};
}

// ---------------------------------------------------------------------------------------------
// User rules files

/** The result of reading a rules file: the rule set in effect, or every problem found in it. */
export type RulesLoad =
	| {readonly ok: true; readonly ruleSet: RuleSet}
	| {readonly ok: false; readonly errors: readonly string[]};

const ruleKeys = new Set(['name', 'match', 'category', 'priority', 'reason']);
const matchPatternKeys = [
	'id',
	'file',
	'name',
	'message',
	'traceback',
] as const;
const matchKeys = new Set<string>([
	...matchPatternKeys,
	'outcome',
	'phase',
	'area',
	'flaky',
	'ignoreCase',
]);
const maximumPatternLength = 1000;

type KnownField =
	| 'rules'
	| 'categories'
	| 'name'
	| 'key'
	| 'description'
	| 'match'
	| 'category'
	| 'priority'
	| 'reason'
	| 'id'
	| 'file'
	| 'message'
	| 'traceback'
	| 'outcome'
	| 'phase'
	| 'area'
	| 'flaky'
	| 'ignoreCase';

/** A parsed JSON object: any keys, with the ones this file knows readable by name. */
type JsonObject = Readonly<Record<string, unknown>> &
	Readonly<Partial<Record<KnownField, unknown>>>;

function isRecord(value: unknown): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function quote(value: unknown): string {
	return JSON.stringify(value) ?? String(value);
}

function compilePattern(
	value: unknown,
	where: string,
	ignoreCase: boolean,
	errors: string[],
): Pattern | undefined {
	if (typeof value !== 'string' || value === '') {
		errors.push(
			`${where}: must be a non-empty string (a regular expression), got ${quote(value)}`,
		);
		return undefined;
	}

	if (value.length > maximumPatternLength) {
		errors.push(
			`${where}: pattern is longer than ${maximumPatternLength} characters`,
		);
		return undefined;
	}

	const compiled = compileUserPattern(value, {ignoreCase});
	if (isPatternError(compiled)) {
		errors.push(`${where}: invalid pattern /${value}/: ${compiled.error}`);
		return undefined;
	}

	return compiled;
}

function stringList<T extends string>(
	value: unknown,
	where: string,
	allowed: readonly T[] | undefined,
	errors: string[],
): T[] | undefined {
	const list = typeof value === 'string' ? [value] : value;
	if (
		!Array.isArray(list) ||
		list.length === 0 ||
		!list.every(item => typeof item === 'string')
	) {
		errors.push(
			`${where}: must be a string or a non-empty list of strings, got ${quote(value)}`,
		);
		return undefined;
	}

	if (allowed) {
		const unknown = list.filter(item => !allowed.includes(item as T));
		if (unknown.length > 0) {
			errors.push(
				`${where}: unknown ${unknown.map(item => quote(item)).join(', ')}; expected one of ${allowed.join(', ')}`,
			);
			return undefined;
		}
	}

	return list as T[];
}

function readMatch(
	value: unknown,
	where: string,
	errors: string[],
): RuleMatch | undefined {
	if (!isRecord(value)) {
		errors.push(
			`${where}: must be an object of conditions (use {} to match every failure), got ${quote(value)}`,
		);
		return undefined;
	}

	const before = errors.length;
	for (const key of Object.keys(value)) {
		if (!matchKeys.has(key)) {
			errors.push(
				`${where}: unknown condition '${key}'; expected ${[...matchKeys].join(', ')}`,
			);
		}
	}

	const ignoreCase = value.ignoreCase ?? false;
	if (typeof ignoreCase !== 'boolean') {
		errors.push(
			`${where}.ignoreCase: must be true or false, got ${quote(ignoreCase)}`,
		);
	}

	const match: {-readonly [K in keyof RuleMatch]: RuleMatch[K]} = {};
	for (const key of matchPatternKeys) {
		if (value[key] !== undefined) {
			match[key] = compilePattern(
				value[key],
				`${where}.${key}`,
				ignoreCase === true,
				errors,
			);
		}
	}

	if (value.outcome !== undefined) {
		match.outcome = stringList<FailureOutcome>(
			value.outcome,
			`${where}.outcome`,
			['failed', 'error'],
			errors,
		);
	}

	if (value.phase !== undefined) {
		match.phase = stringList<Phase>(
			value.phase,
			`${where}.phase`,
			phases,
			errors,
		);
	}

	if (value.area !== undefined) {
		match.area = stringList(value.area, `${where}.area`, undefined, errors);
	}

	if (value.flaky !== undefined) {
		if (typeof value.flaky === 'boolean') {
			match.flaky = value.flaky;
		} else {
			errors.push(
				`${where}.flaky: must be true or false, got ${quote(value.flaky)}`,
			);
		}
	}

	return errors.length === before ? match : undefined;
}

function readCategories(value: unknown, errors: string[]): Category[] {
	if (value === undefined) {
		return [];
	}

	if (!Array.isArray(value)) {
		errors.push(`categories: must be a list, got ${quote(value)}`);
		return [];
	}

	const categories: Category[] = [];
	for (const [index, entry] of value.entries()) {
		const where = `categories[${index}]`;
		if (!isRecord(entry)) {
			errors.push(`${where}: must be an object with name, key and description`);
			continue;
		}

		const before = errors.length;
		for (const key of Object.keys(entry)) {
			if (key !== 'name' && key !== 'key' && key !== 'description') {
				errors.push(
					`${where}: unknown field '${key}'; expected name, key, description`,
				);
			}
		}

		const {name, key, description} = entry;
		if (typeof name !== 'string' || !/^[A-Z][A-Z\d_]*$/.test(name)) {
			errors.push(
				`${where}.name: must be an upper-case name like TEST_DESIGN, got ${quote(name)}`,
			);
		}

		if (typeof key !== 'string' || [...key].length !== 1) {
			errors.push(
				`${where}.key: must be a single character, got ${quote(key)}`,
			);
		}

		if (typeof description !== 'string' || description.trim() === '') {
			errors.push(`${where}.description: must be a non-empty string`);
		}

		if (errors.length === before) {
			categories.push({
				name: name as string,
				key: key as string,
				description: description as string,
			});
		}
	}

	return categories;
}

/** Built-in rules with renamed categories under their new names. */
export function renameCategories(
	rules: readonly Rule[],
	renames: ReadonlyMap<string, string>,
): Rule[] {
	return rules.map(rule => {
		const category = renames.get(rule.category);
		return category ? {...rule, category} : rule;
	});
}

/**
Read a user rules file (`triage.rules.json`) into the rule set in effect: its rules first, then the
built-in rules. Every problem is reported, each naming the rule (index and name) and the field.

```json
{
	"categories": [{"name": "INFRA", "key": "i", "description": "CI machines and services"}],
	"rules": [{
		"name": "redis down",
		"match": {"message": "Error 111 connecting to", "phase": ["setup", "call"]},
		"category": "INFRA", "priority": "HIGH", "reason": "redis-server is not running"
	}]
}
```
*/
export function loadRulesFile(text: string, fileName: string): RulesLoad {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		return {
			ok: false,
			errors: [
				`${fileName}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
			],
		};
	}

	const errors: string[] = [];
	if (!isRecord(data)) {
		return {
			ok: false,
			errors: [
				`${fileName}: must be a JSON object with "rules" and optional "categories"`,
			],
		};
	}

	for (const key of Object.keys(data)) {
		if (key !== 'rules' && key !== 'categories' && key !== '$schema') {
			errors.push(`unknown field '${key}'; expected rules, categories`);
		}
	}

	const merged = mergeCategories(
		defaultCategories,
		readCategories(data.categories, errors),
	);
	errors.push(...merged.errors);
	const categoryNames = merged.categories.map(category => category.name);
	const priorityNames = defaultPriorities.map(priority => priority.name);

	const rules: Rule[] = [];
	const rawRules = data.rules ?? [];
	if (Array.isArray(rawRules)) {
		const names = new Set<string>();
		for (const [index, entry] of rawRules.entries()) {
			const named =
				isRecord(entry) && typeof entry.name === 'string'
					? entry.name
					: undefined;
			const where = `rules[${index}]${named === undefined ? '' : ` (${quote(named)})`}`;
			if (!isRecord(entry)) {
				errors.push(
					`${where}: must be an object with match, category, priority, reason`,
				);
				continue;
			}

			const before = errors.length;
			for (const key of Object.keys(entry)) {
				if (!ruleKeys.has(key)) {
					errors.push(
						`${where}: unknown field '${key}'; expected ${[...ruleKeys].join(', ')}`,
					);
				}
			}

			if (
				entry.name !== undefined &&
				(typeof entry.name !== 'string' || entry.name === '')
			) {
				errors.push(`${where}.name: must be a non-empty string`);
			}

			const name = named ?? `rule ${index + 1}`;
			if (names.has(name)) {
				errors.push(
					`${where}.name: another rule in this file has the same name`,
				);
			}

			names.add(name);
			const match = readMatch(entry.match, `${where}.match`, errors);
			if (
				typeof entry.category !== 'string' ||
				!categoryNames.includes(entry.category)
			) {
				errors.push(
					`${where}.category: unknown category ${quote(entry.category)}; expected one of ${categoryNames.join(', ')}`,
				);
			}

			if (
				typeof entry.priority !== 'string' ||
				!priorityNames.includes(entry.priority)
			) {
				errors.push(
					`${where}.priority: unknown priority ${quote(entry.priority)}; expected one of ${priorityNames.join(', ')}`,
				);
			}

			if (typeof entry.reason !== 'string' || entry.reason.trim() === '') {
				errors.push(`${where}.reason: must be a non-empty string saying why`);
			}

			if (errors.length === before && match) {
				rules.push({
					name,
					match,
					category: entry.category as string,
					priority: entry.priority as string,
					reason: entry.reason as string,
					origin: fileName,
				});
			}
		}
	} else {
		errors.push(`rules: must be a list, got ${quote(rawRules)}`);
	}

	if (errors.length > 0) {
		return {ok: false, errors: errors.map(error => `${fileName}: ${error}`)};
	}

	return {
		ok: true,
		ruleSet: {
			categories: merged.categories,
			priorities: defaultPriorities,
			rules: [...rules, ...renameCategories(builtInRules, merged.renames)],
		},
	};
}

function describeMatch(match: RuleMatch): string {
	const parts: string[] = [];
	if (match.outcome) {
		parts.push(`outcome ${match.outcome.join('|')}`);
	}

	if (match.phase) {
		parts.push(`phase ${match.phase.join('|')}`);
	}

	if (match.area) {
		parts.push(`area ${match.area.join('|')}`);
	}

	if (match.flaky !== undefined) {
		parts.push(match.flaky ? 'flaky' : 'not flaky');
	}

	for (const key of matchPatternKeys) {
		const pattern = match[key];
		if (pattern) {
			parts.push(`${key} ${pattern.toString()}`);
		}
	}

	return parts.length === 0 ? 'every failure' : parts.join(', ');
}

/** A rules file's text made inert for a terminal: control characters shown as `\\xNN`. */
const visible = sanitizeLine;

/** The text of `triage rules`: categories, priorities, then every rule in the order it is tried. */
export function describeRules(ruleSet: RuleSet): string {
	const lines: string[] = ['CATEGORIES'];
	for (const category of ruleSet.categories) {
		lines.push(
			`  ${visible(category.key)}  ${visible(category.name).padEnd(15)} ${visible(category.description)}`,
		);
	}

	lines.push('', 'PRIORITIES');
	for (const priority of ruleSet.priorities) {
		lines.push(
			`  ${priority.key}  ${priority.name.padEnd(15)} ${priority.description}`,
		);
	}

	lines.push('', 'RULES (in order; the first match wins)');
	const width = String(ruleSet.rules.length).length;
	for (const [index, rule] of ruleSet.rules.entries()) {
		lines.push(
			`  ${String(index + 1).padStart(width)}. ${visible(rule.name)} [${visible(rule.origin)}]`,
			`  ${' '.repeat(width)}  when ${visible(describeMatch(rule.match))}`,
			`  ${' '.repeat(width)}  then ${rule.category}, ${rule.priority}: ${visible(rule.reason)}`,
		);
	}

	return lines.join('\n') + '\n';
}
