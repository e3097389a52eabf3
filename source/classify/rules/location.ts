/**
Built-in rules on where an error was raised, for errors no rule on the error itself explains: in the code
under test it is a bug; in the test's own code, a broken test or a value the code got wrong; in a fixture,
a broken fixture. See crash-site.ts for what counts as app, test and library code.
*/

import {higherAtSetup} from './raised.js';
import type {RuleSpec} from './types.js';
import {firstOnLine, httpStatus} from './line-patterns.js';

/**
Errors that say the caller did something wrong (a type, a value, a key, a state, data that breaks a
constraint, a token it should not have used), as opposed to a library failing to reach a service or the
system: raised by a library in a call the code under test made, they point at the code.
*/
const programmingError =
	/(?:^|\.)(?:TypeError|ValueError|KeyError|IndexError|LookupError|AttributeError|RuntimeError|AssertionError|NotImplementedError|ZeroDivisionError|OverflowError|RecursionError|Unicode\w*Error|JSONDecodeError|IntegrityError|\w*Violation|StaleDataError|InvalidRequestError|DataError|DetachedInstanceError|ObjectDeletedError|NoResultFound|MultipleResultsFound|ValidationError|\w*Signature\w*Error|Invalid\w*Error|\w*Illegal\w*Error|DecodeError|\w*PicklingError|FrozenInstanceError|\w*Pars(?:e|er|ing)Error|ClosedResourceError|\w*SchemaError|\w*UsageError|InvalidOperation|DivisionByZero|DuplicateKeyError|ProgrammingError|ArgumentError|UnmappedInstanceError|NoReferencedTableError|CompileError|ResourceClosedError|NonExistentTimeError|AmbiguousTimeError|InvalidDocument|\w*IDNAError|InvalidCodepoint\w*|Fault)$/;

/** Words that say the service behind a library is away or busy, which is not the calling code's doing. */
const serviceAwayOrBusy =
	/try (?:again )?later|temporar|unavailable|timed? ?out|retry|busy|overload/i;

/**
A TypeError that names the type the library wanted and the type it got (`key: expected bytes or bytearray, but
got 'str'`, `must be str, not bytes`): the code handed a setting over without converting it, which is the code's
to do. An unset setting (`not NoneType`) stays the setting's, and so does one whose words name only the type
wanted (PyJWT's `Expected a string value` for a key that is None): a setting read from the environment is a
string when it is set at all.
*/
const typeNotConverted =
	/(?:^|\n)(?:[\w.]+\.)?TypeError\b(?![^\n]*NoneType)[^\n]*(?:(?:expected|must be) (?:a )?(?:bytes|str|string|int|float|bytes-like)\b[^\n]*?(?:\bgot\b|, not \w)|but got '\w+')/;

/**
A call that reads the project's settings or the environment: `settings.LOCALE`, `config.db_path`,
`CONFIG["url"]`, `os.environ["X"]`, `os.getenv("X")`.
*/
export const settingInCall =
	/\b(?:settings|config|conf|cfg|SETTINGS|CONFIG)(?:\.[A-Za-z_]\w*|\[["'])|\bos\.environ\b|\bgetenv\(/;

/**
unittest.mock's `Expected: f(a, …)` then `Actual: f(name=a, …)` (Python 3.12 indents `  Actual:`), or keyword then
position: the same first value, passed once by position and once by keyword. The value is a quoted string or a
bare literal of bounded length, so the backreference compares one short run.
*/
const mockArgument = String.raw`('[^'\n]{0,200}'|"[^"\n]{0,200}"|[\w.+-]{1,80})`;
const mockCallForm = new RegExp(
	String.raw`(?:^|\n)Expected: [\w.]{1,200}\((?:${mockArgument}[,)][^\n]*\n *Actual: [\w.]{1,200}\(\w{1,80}=\1[,)]|\w{1,80}=${mockArgument}[,)][^\n]*\n *Actual: [\w.]{1,200}\(\2[,)])`,
);

export const locationRules: readonly RuleSpec[] = [
	// MEDIUM: the code goes on where it should refuse (a check it lacks), or the test expects a refusal the code never
	// promised; every set with one (suites 17, 26, 28, 33) decided it MEDIUM, none HIGH. A token, a signature or a
	// permission let through is security-check-not-raised (HIGH, security-checks.ts).
	{
		name: 'did-not-raise',
		match: {message: /(?:^|\n)Failed: DID NOT RAISE\b/},
		category: 'BUG',
		priority: 'MEDIUM',
		reason:
			'The code under test did not raise the error the test expects: a check the code lacks, or a refusal the test expects wrongly',
	},
	// A mock the test asserts on that was never called at all (`Called 0 times`, `Awaited 0 times`, `Actual: not
	// called`): the code under test never reached it, which is most often a patch of a name the code does not look
	// up (`patch("app.mailer.send")` where the code imported `send`), a second patch above it, or an implementation
	// the test assumes. Every set with one (suites 10, 11, 13, 15, 17, 18) decided it the test's. A mock called too
	// often or with other arguments is still the code's (`mock-call-expectation`).
	{
		name: 'mock-never-called',
		match: {
			phase: ['call'],
			exception: /(?:^|\.)AssertionError$/,
			message:
				/Expected '[^'\n]*' to (?:have been called|be called once)(?:\.(?:\n|$)|[^\n]*\. Called 0 times\b)|Expected \S+ to have been awaited(?:\.(?:\n|$)|[^\n]*\. Awaited 0 times\b)|(?:^|\n)Actual: not (?:called|awaited)\b/,
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'A mock the test asserts on was never called: the code under test did not reach it, most often because the test patched a name the code does not look up (it imported the function itself), patched above it, or assumes a call the code never makes',
	},
	// The mock was called with the value the test expects, but the test expects it by position and the code passes it
	// by keyword, or the other way round (`Expected: send('k1', …)` / `Actual: send(to='k1', …)`): a mock without a
	// spec compares the call's form, so the expectation pins how the code spells the call, not what it passes, and can
	// never hold again (suite 66). Only the first argument is compared; the rest may differ too.
	{
		name: 'mock-call-form',
		match: {
			phase: ['call'],
			exception: /(?:^|\.)AssertionError$/,
			message: mockCallForm,
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"A mock's expected call has the value the code passed, once by position and once by keyword: the test pins the form of the call rather than what the code passes (a mock without a spec compares the form); update the expectation or give the mock a spec",
	},
	{
		name: 'mock-call-expectation',
		match: {
			phase: ['call'],
			exception: /(?:^|\.)AssertionError$/,
			message:
				/Expected '[^'\n]*' to (?:have been called|not have been called|be called once)|expected (?:call|await) not found|Calls not found|call not found|Expected \S+ to (?:not )?have been awaited/,
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			"A mock's assertion failed: the code under test did not call a collaborator as the test expects (not at all, too often, or with other arguments)",
	},
	{
		name: 'request-rejected',
		match: {
			message: httpStatus('400|405|409|411|413|414|415|422'),
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'A service refused a request the code built as malformed or conflicting (400, 409, 422…): the code sends something the service does not accept',
	},
	// The code calls a test double (a `FakeCache`, a `StubGateway`, a `fake_send`) with arguments the double does not
	// take: the test's stand-in lags the real client's signature the code uses (`FakeMemcache.set() got an unexpected
	// keyword argument 'noreply'`), raised on the code's line but the test's to update. Doubles are named so by the
	// tests that write them; unittest.mock's take any arguments and never say this.
	{
		name: 'test-double-signature',
		match: {
			message:
				/(?:^|\n)(?:[\w.]+\.)?TypeError: (?:\w*(?:Fake|Stub|Dummy)\w*\.\w+|(?:fake|stub|dummy)_\w+)\(\) (?:got an unexpected keyword argument|missing \d+ required (?:positional|keyword-only) arguments?|takes (?:from )?\d+ (?:to \d+ )?positional arguments? but \d+ (?:was|were) given|takes no arguments)/,
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"The code called one of the test's doubles (a fake, a stub, a dummy) with arguments it does not take: the double lags the signature of what it stands in for",
	},
	{
		name: 'raised-in-app',
		match: {raisedIn: ['app']},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'The code under test raised this error itself (an assert of its own, an unexpected value or type): a defect in the code',
	},
	{
		name: 'expected-file-missing',
		match: {
			phase: ['call'],
			message: firstOnLine(
				'FileNotFoundError|No such file or directory',
				String.raw`[^\n]*(?:pytest-of-|\/pytest-\d+\/)`,
			),
			calledFrom: ['test'],
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'A file the test expects in its temporary directory is not there: the code under test did not write it',
	},
	{
		name: 'undecodable-result',
		match: {
			phase: ['call'],
			exception:
				/(?:^|\.)(?:JSONDecodeError|UnicodeDecodeError|XMLSyntaxError|ParseError)$/,
			calledFrom: ['test'],
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'What the code under test returned cannot be decoded (not the JSON, text or XML the test expects)',
	},
	{
		name: 'library-refused-setting-at-setup',
		match: {
			phase: ['setup'],
			raisedIn: ['library'],
			calledFrom: ['app'],
			exception:
				/(?:^|\.)(?:ValueError|TypeError|Invalid\w*Error|\w*ConfigError|ImproperlyConfigured)$|^binascii\.Error$/,
		},
		category: 'CONFIGURATION',
		priority: 'HIGH',
		reason:
			'A fixture could not start: a library refused a value the code gave it while setting up (a key, a URL, an option), which comes from the settings',
	},
	// joserfc's and Authlib's ExpiredTokenError (`expired_token: The token is expired`) is PyJWT's
	// ExpiredSignatureError in other words, a JWT's own exp passed, not a service refusing a credential (AWS's
	// ExpiredToken… is that, credentials-rejected).
	{
		name: 'token-claims-refused',
		match: {
			raisedIn: ['library'],
			calledFrom: ['app'],
			exception:
				/(?:^|\.)(?:InvalidAudience|InvalidIssuer|ExpiredSignature|ExpiredToken|ImmatureSignature|MissingRequiredClaim|InvalidIssuedAt)Error$/,
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			"The code's own check of a token refused its claims (audience, issuer, expiry): what the code issues and what it accepts disagree, whatever setting names the expected value",
	},
	// A key, a secret or a password that is None where a library needs one (hmac's `key: expected bytes or
	// bytearray, but got 'NoneType'`): a secret the environment does not set, reaching the library through the
	// code's own handling (`secret.encode() if isinstance(secret, str) else secret`) where the call does not name
	// the setting. A key of the wrong type (`but got 'str'`) is the code's conversion, not read so.
	...higherAtSetup(
		{
			name: 'secret-unset',
			match: {
				raisedIn: ['library'],
				calledFrom: ['app'],
				message:
					/(?:^|\n)(?:[\w.]+\.)?TypeError: [^\n]*\b(?:[Kk]ey|[Ss]ecret|[Pp]assword|[Pp]assphrase)\b[^\n]*(?:\bgot '?NoneType'?|\bnot '?NoneType'?)/,
			},
			category: 'CONFIGURATION',
			priority: 'MEDIUM',
			reason:
				'A library was handed None for a key, a secret or a password: the setting that holds it is not set in this environment, and the code passes its absence on',
		},
		'HIGH',
	),
	// A token refused for its algorithm (PyJWT's InvalidAlgorithmError and python-jose's JWSError: `The specified alg
	// value is not allowed`) where the code's verifying call names the allowed algorithms itself (`algorithms=["HS256"]`,
	// `algorithms=[ALGORITHM]`, `algorithms=SESSION_ALGORITHMS`): the code signs with one algorithm and accepts another,
	// as suites 4, 13 and 46 decided, even when the same call reads the key or the audience from the settings. An allowed
	// list read from the settings (`algorithms=settings.TOKEN_ALGORITHMS`, suite 20) stays `setting-refused-by-library`.
	{
		name: 'token-algorithm-out-of-step',
		match: {
			raisedIn: ['library'],
			calledFrom: ['app'],
			message: /\balg value is not allowed\b/,
			callSource:
				/\balgorithms\s*=\s*(?:[[(]\s*(?:["']|[A-Z][A-Z\d_]*\s*[\])])|[A-Z][A-Z\d_]*\b(?!\s*[.[(]))/,
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			"The code's own check refused a token for its algorithm, with the allowed list written in the code: the code signs with one algorithm and verifies with another",
	},
	// PyJWT 2 refuses to decode without the list of algorithms to accept (`It is required that you pass in a value
	// for the "algorithms" argument when calling decode()`): the code's call leaves the argument out, whatever key or
	// audience it reads from the settings (suite 47); a setting cannot supply an argument the call does not pass.
	{
		name: 'token-decode-without-algorithms',
		match: {
			raisedIn: ['library'],
			calledFrom: ['app'],
			message:
				/\brequired that you pass in a value for the "algorithms" argument\b/,
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			"The code decodes a token without naming the algorithms it accepts, which the library requires: the code's own call is incomplete",
	},
	...higherAtSetup(
		{
			name: 'setting-refused-by-library',
			match: {
				raisedIn: ['library'],
				calledFrom: ['app'],
				// The call hands the library a setting: `settings.LOCALE`, `config.db_path`, `os.environ["X"]`.
				callSource: settingInCall,
				// Unless its words say the service behind the library is away or busy, or that the code did not
				// convert the setting's type.
				not: {
					message: new RegExp(
						`${serviceAwayOrBusy.source}|${typeNotConverted.source}`,
						'i',
					),
				},
			},
			category: 'CONFIGURATION',
			priority: 'MEDIUM',
			reason:
				"A library refused what the code under test handed it straight from its settings (a locale, a network, a path, a key): the setting's value in this environment, not the code",
		},
		'HIGH',
	),
	{
		name: 'library-error-from-app',
		match: {
			raisedIn: ['library'],
			calledFrom: ['app'],
			exception: programmingError,
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'A library raised this in a call the code under test made, and no rule blames a service or the machine: the code passes it something wrong or does not handle its error',
	},
	{
		name: 'library-error-under-app',
		match: {
			raisedIn: ['library'],
			calledFrom: ['app'],
			// Unless its words say the service behind the library is away or busy: that is not the code's.
			not: {message: serviceAwayOrBusy},
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			"A library raised an error of its own type in a call the code under test made, no rule blames a service or the machine and its words do not say a service is away or busy: most often the code's use of the library (an archive's format, a parser's input, a unit, a state)",
	},
	{
		name: 'fixture-cleanup-error',
		match: {phase: ['teardown'], calledFrom: ['test']},
		category: 'TEST_DESIGN',
		priority: 'LOW',
		reason:
			"A fixture's clean-up failed after the test and no rule blames a service, the settings or the machine: the fixture is wrong, the test's own result stands",
	},
	{
		name: 'fixture-error',
		match: {phase: ['setup'], calledFrom: ['test']},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'A fixture failed around the test and no rule blames a service, the settings or the machine: the fixture is wrong',
	},
	{
		name: 'broken-test-code',
		match: {
			exception: /(?:^|\.)(?:NameError|UnboundLocalError)$/,
			raisedIn: ['test'],
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"The test's own code is broken (a name it never defines or imports)",
	},
	{
		name: 'test-call-signature',
		match: {
			exception: /(?:^|\.)TypeError$/,
			message:
				/got an unexpected keyword argument|missing \d+ required (?:positional|keyword-only) arguments?|takes (?:from )?\d+ (?:to \d+ )?positional arguments? but \d+ (?:was|were) given|takes no arguments/,
			raisedIn: ['test'],
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'The test calls a function with arguments it does not take: the test was not updated with the code it tests',
	},
	{
		name: 'naive-aware-compared-in-test',
		match: {
			phase: ['call'],
			exception: /(?:^|\.)TypeError$/,
			message:
				/can't (?:compare|subtract) offset-naive and offset-aware datetimes/,
			raisedIn: ['test'],
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"The test's own line compares or subtracts a naive datetime and an aware one: the test built its expected time without the time zone the code's times carry",
	},
	{
		name: 'value-mismatch',
		match: {
			phase: ['call'],
			exception: /(?:^|\.)AssertionError$/,
			raisedIn: ['test'],
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'The code under test returned something other than what the test expects: a plain value mismatch',
	},
	{
		name: 'library-assertion',
		match: {
			phase: ['call'],
			exception: /(?:^|\.)AssertionError$/,
			raisedIn: ['library'],
			calledFrom: ['test'],
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			"An assertion helper of a library the test calls (numpy.testing, a DataFrame comparison, a mock) found the code's result other than expected: a value mismatch, as a plain assert is",
	},
	{
		name: 'explicit-fail',
		match: {
			phase: ['call'],
			exception: /(?:^|\.)Failed$/,
			raisedIn: ['test'],
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'The test failed itself with pytest.fail after checking what the code under test returned: a check, as an assert is',
	},
	{
		name: 'missing-key-in-test',
		match: {
			phase: ['call'],
			exception: /(?:^|\.)(?:KeyError|IndexError)$/,
			raisedIn: ['library'],
			calledFrom: ['test'],
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			"A lookup in the test's own line found nothing in what the code under test returned (a header, a key, an item it lacks)",
	},
	{
		name: 'bad-value-in-test',
		match: {
			phase: ['call'],
			exception:
				/(?:^|\.)(?:KeyError|IndexError|AttributeError|TypeError|ValueError)$/,
			raisedIn: ['test'],
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			"The test's own line failed on what the code under test returned (a key, an attribute or a type it lacks)",
	},
];
