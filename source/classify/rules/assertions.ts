/**
Built-in rules for failed assertions whose own words say what failed: the environment, a latency or a
wall-clock threshold, contention that did not happen, a configured budget, a dependency's health check.
An assertion that says none of these is a plain value mismatch (location.ts).
*/

import type {RuleSpec} from './types.js';

const assertionError = /(?:^|\.)AssertionError$/;

// The test's own line `assert list(…) == [ … "T05" … ]`, then, within the few `E` lines pytest prints under it,
// `At index 1 diff: 'T05' != 'T03'`: the string the code gave where the lists first differ is one of the quoted
// strings of the test's expected list.
const sameItemsOtherOrder =
	/\n[ \t]+assert list\([^\n]{1,2000}?\) == \[[^\n]{0,2000}?(["'])([^"'\n\\]{1,200})\1[^\n]{0,2000}][ \t]*(?:\n[^\n]{0,4000}){1,6}?\nE?[ \t]+At index \d+ diff: '\2' != '/;
/** An `E` line comparing two numbers with `<`, `>`, `<=` or `>=`: a threshold. */
const threshold =
	/^E\s+(?:AssertionError: )?assert \(?-?\d+(?:\.\d+)?(?:e[+-]?\d+)?(?: [-+*/] -?\d+(?:\.\d+)?(?:e[+-]?\d+)?)?\)? [<>]=? /m;

/**
A failed `assert <status> == 2xx` on an HTTP response, as pytest rewrites it (`assert 403 == 200`,
`+  where 403 = <Response [403]>.status_code`): the test expected success and got this status.
*/
function statusAssertion(statuses: string): RegExp {
	return new RegExp(
		String.raw`(?:^|
)(?:AssertionError: )?assert (?:${statuses}) == 2\d\d
\+\s+where (?:${statuses}) = [^
]*(?:<Response \[\d{3}|\.status(?:_code)?)`,
	);
}

/**
A failed `assert <status> == 2xx` where the status is itself a success (`assert 200 == 201` under `assert
response.status_code == 201`, `assert 201 == 200` under `assert status == 200`): the source line names a status, the
`E` line that follows compares two 2xx codes.
*/
const otherSuccessStatus =
	/\n[ \t]+assert [^\n]{0,300}\bstatus\w{0,20}\b[^\n]{0,300}\nE[ \t]+(?:AssertionError: )?assert 2\d\d == 2\d\d(?:\n|$)/;

/**
`assert 404 == 2xx` on a response of a test client that runs the app in the test's own process, as pytest names it:
Werkzeug's (Flask's) `<WrapperTestResponse streamed [404 NOT FOUND]>` or `<TestResponse …>`, Django's
`<HttpResponseNotFound status_code=404, …>`, Django REST framework's `<Response status_code=404, …>`. Not a client
of a service over the network (requests' `<Response [404]>`, httpx's `<Response [404 Not Found]>`): there a 404 is
a path or a service of the settings.
*/
const inProcessNotFound =
	/(?:^|\n)(?:AssertionError: )?assert 404 == 2\d\d\n\+\s+where 404 = <(?:WrapperTestResponse|TestResponse|HttpResponseNotFound|Response status_code=404)\b/;

/**
`assert <key> not in TTLCache({…})`, as pytest prints cachetools' `TTLCache` and `TLRUCache`: the test expected the
entry to have expired and the cache still holds it. cachetools drops an entry once its time is up, so the test waited
less than the TTL the cache was built with (suites 35 and 36 decided theirs so). The same test written with
`cache.get(key) is None` prints no cache and is not read so.
*/
const ttlEntryStillCached =
	/(?:^|\n)(?:AssertionError: )?assert .+ not in T(?:TL|LRU)Cache\(/;

/**
`assert SPAN >= 0` whose SPAN is what a function made of a date literal answered, `+  where SPAN = <function f
…>(datetime.date(2025, …))`: SPAN a negative number (`-429318.48`) or a negative `timedelta` as Python prints it
(`datetime.timedelta(days=-7, seconds=66517)`), compared with zero (`0`, `0.0`, `timedelta(0)`, `timedelta()`).
*/
function timeLeftNegative(): RegExp {
	const span = String.raw`(?:-\d[\d.e-]*|(?:datetime\.)?timedelta\(days=-\d+[^\n)]*\))`;
	const zero = String.raw`(?:0(?:\.0)?|(?:datetime\.)?timedelta\((?:0|days=0)?\))`;
	return new RegExp(
		String.raw`(?:^|\n)E?[ \t]*(?:AssertionError: )?assert ${span} >=? ${zero}[ \t]*\n[ \t]*(?:E[ \t]+)?\+[ \t]+where ${span} = <(?:function|bound method) [^\n]*?\((?:datetime\.)?date(?:time)?\(\d{4}, `,
	);
}

const number = String.raw`-?\d+(?:\.\d+)?(?:e[+-]?\d+)?`;
/** Numbers joined by at least one operator, in brackets or not, as pytest prints an expression of numbers. */
const arithmetic = String.raw`\(*${number}\)*(?: [-+*/] \(*${number}\)*)+`;
/** A decimal fraction (`2.7`, `4.06875`, not `91` or `90.0`): a value binary floating point seldom holds exactly. */
const decimalFraction = String.raw`-?\d+\.0*[1-9]\d*(?:e[+-]?\d+)?`;
/** An `E` line comparing float arithmetic with a decimal fraction by `==`, either way round. */
const floatArithmeticEquality = new RegExp(
	String.raw`(?:^|\n)E?\s*(?:AssertionError: )?assert (?:${arithmetic} == \(*${decimalFraction}\)*|\(*${decimalFraction}\)* == ${arithmetic})[ \t]*(?:\n|$)`,
);
/**
`X == Y` where X, printed with twelve decimals or more, is Y off by binary rounding alone: Y's digits followed by a run of
zeros and a last digit or two (`0.30000000000000004 == 0.3`, `90.00000000000001 == 90.0`), or Y's digits less one in
the last place followed by a run of nines (`0.9999999999999999 == 1.0`, `2.6999999999999997 == 2.7`); either way round.
Y may be a whole number here: what tells rounding from a wrong value is that the two agree to the last ten digits
(`assert (100 * 0.9) == 91`, `90.00000000000001` against `91`, is not this). Digit runs are bounded to what Python
prints for a float (17 significant digits): unbounded, a 250 KB run of nines took seconds.
*/
function roundedNear(): string {
	/** The noisy value (capturing Y's digits as `name`) and Y (its digits again, by back-reference). */
	const pairs: Array<[string, string]> = [];
	const pair = (name: string, noisy: string, near: string) => {
		pairs.push([noisy.replaceAll('NAME', name), near.replaceAll('NAME', name)]);
	};

	pair(
		'w',
		String.raw`(?<NAME>-?\d{1,17})\.0{9,16}[1-9]\d{0,2}`,
		String.raw`\k<NAME>(?:\.0*)?`,
	);
	pair(
		'r',
		String.raw`(?<NAME>-?\d{1,17}\.\d{0,16}?[1-9])0{9,16}[1-9]\d{0,2}`,
		String.raw`\k<NAME>0*`,
	);
	for (let digit = 0; digit < 9; digit++) {
		pair(
			`u${digit}`,
			String.raw`(?<NAME>-?\d{0,16})${digit}\.9{9,16}\d{0,2}`,
			String.raw`\k<NAME>${digit + 1}(?:\.0*)?`,
		);
		pair(
			`f${digit}`,
			String.raw`(?<NAME>-?\d{1,17}\.\d{0,16}?)${digit}9{9,16}\d{0,2}`,
			String.raw`\k<NAME>${digit + 1}0*`,
		);
	}

	return pairs
		.flatMap(([noisy, near], index) => [
			`${noisy} == ${near}(?=[ \\t]*\\n)`,
			// Either way round: the noisy value, on the right, is read first (in a lookahead) for Y to refer to it.
			`(?=\\S+ == ${noisy.replace('(?<', `(?<b${index}`)}[ \\t]*\\n)${near.replace('\\k<', `\\k<b${index}`)} == \\S+`,
		])
		.join('|');
}

/**
The same done by `sum` in the test's own line (`assert sum(readings) == 0.6`, rewritten as `assert 0.6000000000000001 ==
0.6` with `+  where 0.6000000000000001 = sum([0.1, 0.2, 0.3])`, or `sum(([0.1] * 10))` for a list the test multiplied,
or a tuple): a sum of floats, printed with the trailing digits of
binary rounding (twelve decimals or more), compared by `==` with a decimal fraction, either way round, or with a
number it differs from by rounding alone (`assert 0.9999999999999999 == 1.0`, see roundedNear).
*/
const floatSumEquality = new RegExp(
	String.raw`(?:^|\n)E?\s*(?:AssertionError: )?assert (?:-?\d+\.\d{12,} == \(*${decimalFraction}\)*|\(*${decimalFraction}\)* == -?\d+\.\d{12,}|${roundedNear()})[ \t]*\n[^\n]*\+\s+where -?\d+\.\d{12,} = sum\(\(*[[(][^\n]*\d\.\d`,
);
/**
`X == Y` alone on pytest's `E` line, X being Y off by binary rounding alone (see roundedNear), whoever computed X: the
code's average or total (`assert 13.399999999999999 == 13.4` with `+  where 13.399999999999999 = <function average …>`)
is right to the last place a float holds, and the test's `==` asks for more.
*/
/** Names of money in a traceback (`fees.total`, `test_prices.py`, `invoice_amount`): not letters either side. */
const moneyWords =
	/(?<![a-z])(?:fees?|fares?|prices?|costs?|amounts?|balances?|payments?|charges?|invoices?|refunds?|money|cents?|currenc(?:y|ies)|tax(?:es)?|wages?|salar(?:y|ies))(?![a-z])/i;
const floatRoundingEquality = new RegExp(
	String.raw`(?:^|\n)E?\s*(?:AssertionError: )?assert (?:${roundedNear()})[ \t]*\n`,
);
/**
`assert False` (or `assert not True`) on a call of the code, one of whose arguments pytest explains as the clock's
(`datetime.datetime(…) = <built-in method now …>()`, `today`, `utcnow`, a function named for them).
*/
const clockAsInput =
	/^(?=[\s\S]*?(?:^|\n)E?\s*(?:AssertionError: )?assert (?:False|not True)\s*(?:\n|$))(?=[\s\S]*?\+\s+where (?:False|True) = <(?:function|bound method) [^\n]*\((?:[^\n]*, )?(?:datetime\.)?(?:date(?:time)?|time)\(\d{4}, )(?=[\s\S]*?\+\s+and\s+(?:datetime\.)?(?:date(?:time)?|time)\(\d{4}, [^\n]*\) = <(?:built-in method (?:today|now|utcnow)\b|function \w*(?:now|today)\w* at\b))/;

export const assertionRules: readonly RuleSpec[] = [
	// `assert datetime.date.today() <= cutoff`, rewritten as `assert datetime.date(2026, 12, 3) <= datetime.date(2026,
	// 12, 1)` with `+  where datetime.date(2026, 12, 3) = <built-in method today …>()`: the test compares the clock
	// with a date written into it, so it passes until that date and fails on every day after, whatever the code does.
	// The clock on the right (`assert datetime(2025, 12, 20) > datetime.now()`) is explained second, on pytest's `+  and`
	// line, after the fixed date's own `+  where` (suite 42).
	{
		name: 'clock-against-fixed-date',
		match: {
			exception: assertionError,
			message:
				/^(?=[\s\S]*?(?:^|\n)E?\s*(?:AssertionError: )?assert (?:datetime\.)?date(?:time)?\(\d{4}, [^\n]*? [<>]=? (?:datetime\.)?date(?:time)?\(\d{4}, )(?=[\s\S]*?\+\s+(?:where|and) +(?:datetime\.)?date(?:time)?\(\d{4}, [^\n]*\) = <(?:built-in method (?:today|now|utcnow)\b|function \w*(?:now|today)\w* at\b))/,
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"The test compares today's date or the current time with a date written into the test: it passed until that date and fails on every day after, a test that ages with the calendar, not the code",
	},
	// `assert (og - fg) * 131.25 == 4.06875` or `assert (2.0999999999999996 + 0.6000000000000001) == 2.7`, as pytest
	// prints the operands (the test's literals and locals, or what the code returned): float arithmetic done in the
	// test's own line (or a sum of floats, `assert sum(readings) == 0.6`) and compared by `==` with a decimal fraction,
	// which binary floats seldom meet exactly, or, for a sum, with a number it misses by rounding alone (`assert
	// 0.9999999999999999 == 1.0`). A value the code computed alone (`assert 4.06 == 4.07`, no operator) and a whole number (`assert (100 * 0.9) == 91`,
	// a wrong expectation) are not this.
	{
		name: 'float-arithmetic-compared-exactly',
		match: {
			exception: assertionError,
			message: new RegExp(
				`${floatArithmeticEquality.source}|${floatSumEquality.source}`,
			),
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'The test computes with floats in its own assertion and compares the result with ==: binary floating point rarely gives the decimal answer exactly (pytest.approx or Decimal), whatever the code does',
	},
	// A float the code computed, off from the test's decimal by binary rounding alone (`assert 1.6500000000000001 ==
	// 1.65` from `tides.mean_level`, `0.30000000000000004 == 0.3` from `buckets.energy_total`): the code's value is right
	// as far as a float goes, and suites 6, 21 and 53 decided the test's exact comparison. Money is not this: an amount
	// the code keeps in binary floats (`fees.total`, suite 3: money summed as floats) is the code's to fix, so a
	// traceback naming fees, prices, amounts… is left to the value's rules. A value off by more (`assert 1149.99 ==
	// 1150.0`) is not this either.
	{
		name: 'float-rounding-compared-exactly',
		match: {
			exception: assertionError,
			message: floatRoundingEquality,
			not: {traceback: moneyWords},
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"The value differs from the test's decimal by binary floating point's rounding alone, and the test compares it with ==: the comparison asks for more than a float holds (pytest.approx or Decimal)",
	},
	// `assert taproom.is_open(datetime.datetime.now())`, rewritten as `assert False` with `+  where False =
	// <function is_open …>(datetime.datetime(2026, 12, 4, 4, 14, …))` and `+    and   datetime.datetime(…) = <built-in
	// method now …>()`: the test hands the code the moment it runs, so its outcome depends on the hour or the day.
	{
		name: 'clock-as-test-input',
		match: {
			exception: assertionError,
			message: clockAsInput,
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'The test asks the code about the moment the test runs (now, today) and asserts the answer: it passes at some hours or on some days and fails at others, a test of the clock, not of the code',
	},
	// `assert slot_is_future(slot)` rewritten as `assert False` with `+  where False = <function slot_is_future …>(
	// datetime.datetime(2025, 9, 1, 9, 0, …))`, or `assert not True` with `+  where True = <function is_expired …>(
	// {'valid_until': datetime.datetime(2025, 6, 30, …)})`: the test hands the code a date written into it and asks
	// whether it is still valid, open, active or upcoming, which the code judges against today. Suites 9, 12, 16,
	// 19, 26, 28, 36, 39, 40 and 46 each had one, every one decided the test's date, now past. Only the verdict of a
	// function whose name asks about the present, with a date literal on that same line, is read so; the clock
	// passed in is `clock-as-test-input`, a date the code computed is a value mismatch.
	{
		name: 'fixed-date-judged-against-today',
		match: {
			exception: assertionError,
			message:
				/(?:^|\n)E?\s*(?:AssertionError: )?assert (?:not )?(?:False|True)[ \t]*\n[^\n]*?\+\s+where (?:False|True) = <(?:function|bound method) [\w.]*?(?:valid|active|open|upcoming|future|ahead|current|running|on_sale|expired|live)\w*\b[^\n]*?\b(?:datetime\.)?date(?:time)?\(\d{4}, /,
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'The test asks whether a date written into it is still valid, open or upcoming, and the code judges that against today: it passed until that date and fails every day after, a test that ages with the calendar, not the code',
	},
	// `assert pricing.kick_off_in(kick_off) > 0` rewritten as `assert -429318.48 > 0` with `+  where -429318.48 =
	// <function kick_off_in …>(datetime.datetime(2026, 11, 28, 15, 0, …))`, or the span itself, `assert
	// datetime.timedelta(days=-7, seconds=66517) > datetime.timedelta(0)` with `+  where datetime.timedelta(days=-7, …)
	// = <function starts_in …>(datetime.datetime(2026, 11, 30, 6, 30, …))`: the test asks the code how long remains
	// until a date it hands it and expects time left; the code answers with a negative span, because that date is
	// now behind the run. Suites 18, 51 and 54 each had one, all decided the test's date, now past. A test handing the
	// code the clock (`now()`, `today()`, pytest's `= <built-in method now …>()`) or a date moved by a span
	// (`date(…) + timedelta(days=3)` as the argument) is not read so: there the code's answer is what is wrong.
	{
		name: 'time-left-until-fixed-date-negative',
		match: {
			exception: assertionError,
			message: timeLeftNegative(),
			not: {
				message:
					/\b(?:now|today|utcnow)\(|\bmethod (?:now|today|utcnow)\b|(?:^|\n)[ \t]*(?:E[ \t]+)?\+[ \t]+where [^<\n]*<(?:function|bound method) [^\n]*\btimedelta\(/,
			},
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'The test asks how long remains until a date it hands the code and expects time left; the code counts a negative span because that date is now past: a test that ages with the calendar, not the code',
	},
	{
		name: 'expected-contention',
		match: {
			exception: assertionError,
			message:
				/(?:contention|conflict|collision|race)[^\n]*(?:saw none|none (?:seen|observed)|not (?:detected|observed|triggered)|never)|(?:should|expected to) (?:experience|see|observe|trigger)[^\n]*(?:contention|conflict|collision|race)|expected at least one[^\n]*(?:contention|conflict|collision|race)/i,
		},
		category: 'ENVIRONMENT',
		priority: 'LOW',
		reason:
			'The test needs contention (a race, a lock conflict) and this machine ran the workers too fast to produce any: the old analyzer\'s "system too fast"',
	},
	{
		name: 'assertion-says-environment',
		match: {
			exception: assertionError,
			message:
				/^assertionerror: [^\n]*(?:simulat\w*|toxiproxy|not available|unavailable|not reachable|unreachable|not running|not installed|in (?:this|the) environment|on this (?:runner|machine|host))/i,
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			"The assertion's own message says the environment lacks something the test needs (a simulator, a service, a tool)",
	},
	{
		name: 'health-check-down',
		match: {
			exception: assertionError,
			message:
				/(?:^|\n)(?:assertionerror: )?assert '(?:degraded|down|unhealthy|unavailable|error|failing|fail)' == '(?:ok|up|healthy|pass|passing|green)'/i,
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'A health check reports a dependency down or degraded: the service it depends on, not the code',
	},
	{
		name: 'status-refused',
		match: {exception: assertionError, message: statusAssertion('401|403|407')},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'The test expected success and the service answered 401 or 403: the credentials, token or scopes the test runs with are refused here (an authorization hole is the other way round: 200 where 403 is expected)',
	},
	{
		name: 'status-unavailable',
		match: {
			exception: assertionError,
			message: statusAssertion('429|502|503|504'),
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'The test expected success and the service answered 502, 503, 504 or 429: a dependency was down, overloaded or rate-limiting, not a wrong answer of the code',
	},
	// MEDIUM: the request was served; only the success code differs (200 for a created resource, 201 where the test
	// expects 200). Suites 34 and 35 decided it BUG MEDIUM (a view's 200 for a create), suite 74 TEST_DESIGN MEDIUM (a
	// test expecting 200 from a create); none HIGH.
	{
		name: 'success-status-differs',
		match: {exception: assertionError, traceback: otherSuccessStatus},
		category: 'BUG',
		priority: 'MEDIUM',
		reason:
			"The request succeeded with another success status than the test expects (200 for 201 Created, or the other way): the code's status or the test's expectation, nothing lost",
	},
	{
		name: 'route-not-found-in-test-client',
		match: {exception: assertionError, message: inProcessNotFound},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"The app under test, run in the test's own process by its test client, has no route for the URL the test asked for (404 where success was expected): most often a URL the test misspells or a path since renamed; if the route itself is what is wrong, the code's",
	},
	// `assert list(wagons.tracks()) == ["T03", "T05", "T12", …]` failing with `At index 1 diff: 'T17' != 'T05'`: the
	// test turns a collection into a list and compares it with a list it wrote in order, and the string the code
	// gave at the first difference is one of the strings the test expects, at another place. The same items in
	// another order: a set's (of strings, in an order each process's hash seed decides) or another collection's whose
	// order is not promised (suites 19, 63 and 71 decided the test's). An item the test does not expect is not this.
	{
		name: 'unordered-items-compared-in-order',
		match: {exception: assertionError, traceback: sameItemsOtherOrder},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'The test makes a list of a collection and compares it with a list written in order, and the item the code gave first where they differ is one the test expects elsewhere: the same items in another order, which a set (its order changes with the hash seed) or another unordered collection does not promise; compare sets or sorted lists',
	},
	{
		name: 'ttl-entry-not-expired-in-test',
		match: {exception: assertionError, message: ttlEntryStillCached},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"The test expected an entry of a cachetools TTL cache to have expired and it is still there: cachetools drops entries once their time is up, so the test's wait was shorter than the TTL the cache was built with (a sleep too short for the TTL, or a TTL the test did not expect)",
	},
	{
		name: 'latency-threshold',
		match: {
			exception: assertionError,
			message: /\b(?:p50|p90|p95|p99|p999|latency|slo|response time)\b/i,
			traceback: threshold,
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'A latency budget was exceeded: latency measured on a shared runner (and through any network simulation) depends on the machine and the network more than on the code',
	},
	{
		name: 'timing-threshold',
		match: {
			exception: assertionError,
			message:
				/\b(?:elapsed|took|duration|seconds?|secs?|timing|too slow|slower than|faster than)\b|\d(?:\.\d+)?m?s\b/i,
			traceback: threshold,
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'A wall-clock threshold: the time measured depends on the speed and load of the machine as much as on the code, so the test is fragile',
	},
	{
		name: 'timing-threshold-in-source',
		match: {
			exception: assertionError,
			traceback:
				/\n[ \t]+assert [^\n]*(?:monotonic|perf_counter|time\.time|elapsed|duration|total_seconds|took|seconds|delay|jitter|backoff|interval|sleep|_ms\b|_secs?\b|_time\b)[^\n]* [<>]=? /,
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'A wall-clock threshold: the time measured depends on the speed and load of the machine as much as on the code, so the test is fragile',
	},
	{
		name: 'configured-budget',
		match: {
			exception: assertionError,
			message:
				/exceed(?:s|ed)? (?:its|the) [\w ]{0,20}?(?:budget|quota)|over (?:its |the )?[\w ]{0,20}?budget/i,
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'The test checks a budget the code is configured with (memory, pool, quota) and it does not hold under this load: the settings need tuning',
	},
];
