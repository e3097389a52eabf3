/**
Built-in rules for settings: credentials, environment variables, settings files, programs and versions
installed; pool sizes and server limits end them (server-limits.ts).
*/

import type {Pattern} from '../pattern.js';
import type {RuleSpec} from './types.js';
import {firstOnLineSource, httpStatus} from './line-patterns.js';
import {higherAtSetup, raised} from './raised.js';
import {configuredPathRules} from './configured-paths.js';
import {serverLimitRules} from './server-limits.js';

/**
A traceback whose innermost frame is in a settings module (`settings.py`, `config.py`, `conf.py`,
`configuration.py`, or a module of a `settings/` or `config/` package), in pytest's frame lines
(`app/settings.py:13: in require`, `app/settings.py:13: KeyError`) or Python's (`File "…", line 13`).
*/
const settingsFrame =
	/(?:^|[\s/\\"])(?:(?:settings|config|conf|configuration)|(?:settings|config)[/\\]\w+)\.py(?::\d+: |", line \d+)/;
/** Where a frame line names its file's line: pytest's `a.py:13: `, Python's `a.py", line 13`. */
const frameMark = /\.py(?::\d+: |", line \d+)/g;
const settingsModuleIsInnermost: Pattern = {
	source: String.raw`${settingsFrame.source}[^\n]*\n(?![\s\S]*${frameMark.source})`,
	test(text) {
		return this.find!(text) !== undefined;
	},
	// As the pattern of `source` matches, read in one pass: that pattern looked ahead to the text's end from each
	// settings frame, so a line of 250 KB holding many took 11 s.
	find(text) {
		let last = -1;
		for (const mark of text.matchAll(frameMark)) {
			last = mark.index;
		}

		const end = last === -1 ? -1 : text.indexOf('\n', last);
		if (end === -1) {
			return undefined;
		}

		// From the newline before the line, which the pattern may start at; the frame must be on the last line.
		const from = Math.max(0, text.lastIndexOf('\n', last));
		const frame = settingsFrame.exec(text.slice(from, end));
		return frame
			? {
					text: text.slice(from + frame.index, end + 1),
					index: from + frame.index,
				}
			: undefined;
	},
	toString() {
		return `/${this.source}/`;
	},
};

export const configurationRules: readonly RuleSpec[] = [
	...higherAtSetup(
		{
			name: 'credentials-rejected',
			match: {
				message: raised(
					String.raw`\w*AuthenticationError|ProbableAuthenticationError|AuthenticationException|AuthenticationFailed|LDAPBindError|InvalidPasswordError|InvalidAuthorizationSpecification|NoCredentialsError|PartialCredentialsError|InvalidClientTokenId|UnrecognizedClientException|ClientAuthenticationError|ExpiredToken(?!Error\b)\w*|InvalidAccessKeyId|SignatureDoesNotMatch|MissingCredentialsError`,
					// GSSAPI's words when no Kerberos ticket or keytab is there for the client (kinit never run for it).
					String.raw`No Kerberos credentials available|password authentication failed|invalidCredentials|Access denied for user|invalid username-password pair|NOAUTH Authentication required|WRONGPASS|SASL authentication failed|ACCESS_REFUSED|Login failed for user|Unable to locate credentials|\binvalid_client\b|The security token included in the request is (?:invalid|expired)|\((?:InvalidAccessKeyId|SignatureDoesNotMatch|ExpiredToken\w*|InvalidClientTokenId|UnrecognizedClientException)\)|StatusCode\.UNAUTHENTICATED\b|OperationFailure: Authentication failed|\[AUTHENTICATIONFAILED\]|\[AUTH\] Authentication failed|error_perm: 530\b|Username and Password not accepted`,
				),
			},
			category: 'CONFIGURATION',
			priority: 'MEDIUM',
			reason:
				'A service rejects the credentials the tests are configured with (user, password, token, key): wrong, rotated or missing in this environment',
		},
		'HIGH',
	),
	...higherAtSetup(
		{
			name: 'http-unauthorized',
			match: {
				message: new RegExp(
					`${httpStatus('40[13]').source}|` +
						String.raw`(?:Handshake status|rejected WebSocket connection: HTTP) 40[13]\b|(?:^|\n)(?:[\w.]+\.)?\w+ClientError: 40[13]: |(?<!Tunnel connection failed: )\b40[13] (?:Unauthorized|Forbidden)\b`,
				),
				// A client's own error quoting the status with its reason phrase (swiftclient's `Auth GET failed: …
				// 401 Unauthorized`, easywebdav's `Actual code : 401 Unauthorized`, WebTest's `Bad response: 403
				// Forbidden`); not the test's own assertion on a status (status-refused reads it), nor a proxy's
				// refusal (proxy-refused).
				not: {message: /^(?:AssertionError\b|assert )/},
			},
			category: 'CONFIGURATION',
			priority: 'MEDIUM',
			reason:
				'A service answered 401 or 403 to a request the code made: the credentials or scopes the tests use are wrong for this environment',
		},
		'HIGH',
	),
	// The variable's name before its verdict (`DATABASE_URL is not set`), or after it, in brackets, quotes or a hint
	// to set it (`SMS API key is not set (APP_SMS_API_KEY)`, `token not configured; export APP_TOKEN`).
	...higherAtSetup(
		{
			name: 'missing-environment-variable',
			match: {
				message:
					/(?:^|\n)KeyError: '[A-Z][A-Z\d]*_[A-Z\d_]+'|environment variable \W?[A-Z][A-Z\d_]*\W? (?:is )?(?:not set|missing|required|undefined)|(?:missing|required) environment variable|(?:^|\n)(?:[\w.]+\.)?Missing\w*(?:Setting|Config\w*|Env\w*|Variable)\b|\b[A-Z][A-Z\d]*_[A-Z\d_]+\W? (?:is )?(?:not set|unset|not defined|undefined|missing)\b|\b(?:not set|unset|not configured)\b[^\n]{0,40}?(?:[(['"`$]|\b(?:set|export) )[A-Z][A-Z\d]*_[A-Z\d_]+\b/,
			},
			category: 'CONFIGURATION',
			priority: 'MEDIUM',
			reason:
				'An environment variable the code reads is not set on this machine',
		},
		'HIGH',
	),
	// oslo.config's words for a value the settings lack or give wrong (RequiredOptError, ConfigFileValueError,
	// ConfigFileParseError) are its settings too; its NoSuchOptError is not (defects.ts).
	...higherAtSetup(
		{
			name: 'invalid-settings',
			match: {
				message: raised(
					String.raw`ImproperlyConfigured|AppRegistryNotReady|NoSectionError|NoOptionError|MissingSectionHeaderError|Interpolation\w*Error|ConfigurationError|ConfigError|InvalidConfiguration|NoRegionError|ProfileNotFound|RequiredOptError|ConfigFileValueError|ConfigFileParseError`,
					// pydantic-settings' words for a variable or a dotenv value it cannot parse (a list or a dict given as
					// plain text where it reads JSON): `error parsing value for field "hosts" from source "EnvSettingsSource"`.
					String.raw`validation errors? for \w*(?:Settings|Config)\b|You must specify a region\.|The config profile \([^)\n]*\) could not be found|\bInvalid (?:dict )?settings: \w|\berror parsing value for field "[^"\n]{1,200}" from source "\w*(?:Env|Dotenv|Settings)\w*Source"`,
				),
			},
			category: 'CONFIGURATION',
			priority: 'MEDIUM',
			reason:
				"The code's settings cannot load: a value is missing or invalid in this environment",
		},
		'HIGH',
	),
	...higherAtSetup(
		{
			name: 'settings-file-unparsable',
			match: {
				message: raised(
					String.raw`yaml\.\w+\.(?:ScannerError|ParserError|ComposerError|ConstructorError|DuplicateKeyError)|ScannerError|YAMLError|TOMLDecodeError|TomlDecodeError|ParsingError|DuplicateSectionError|DuplicateOptionError`,
					// ruamel.yaml's refusal of a mapping that names a key twice (its DuplicateKeyError, not a database's);
					// tomlkit's parse errors (`tomlkit.exceptions.UnexpectedCharError: … at line 3 col 9`), but not its
					// errors for a key missing or given twice in a document the code edits.
					String.raw`while constructing a mapping[\s\S]{0,200}?found duplicate key|(?:^|\n)tomlkit\.exceptions\.(?!NonExistentKey\b|KeyAlreadyPresent\b|ConvertError\b)\w+: [^\n]* at line \d+ col \d+`,
				),
			},
			category: 'CONFIGURATION',
			priority: 'MEDIUM',
			reason:
				'A settings file does not parse (YAML, TOML or INI syntax, a key given twice): the file shipped with the code or present on this machine is broken',
		},
		'HIGH',
	),
	// A token refused as not valid yet (its nbf ahead of the verifier's clock): python-jose's words, jwcrypto's
	// JWTNotYetValid (`Valid from …, time: …`), and PyJWT's ImmatureSignatureError for a token issued in the
	// future (`The token is not yet valid (iat)`): no issuer stamps its tokens ahead on purpose, so its clock is
	// ahead, as suites 38 and 45 decided; joserfc's `The token was issued in the future` is the same. PyJWT's for a
	// not-before (`(nbf)`) stays with token-claims-refused (the code's own check): a token can be issued to start
	// later, as suite 20's code and the library suite's run did.
	{
		name: 'token-not-yet-valid',
		match: {
			message: raised(
				String.raw`JWTNotYetValid`,
				String.raw`The token is not yet valid|Token not yet valid|\bValid from \d+, time: \d+|The token was issued in the future`,
			),
			not: {
				message: /ImmatureSignatureError(?![^\n]*not yet valid \(iat\))/,
			},
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			"A token is refused as not valid yet: the issuer's clock is ahead of the verifier's by more than the leeway allowed, clock skew that the leeway setting is there to tolerate",
	},
	// A token whose key id (its header's kid) is not in the key set it is checked against: joserfc's `No key for
	// kid: '…'`, PyJWT's `Unable to find a signing key that matches` (PyJWKClient) and `keyset has no key for kid`,
	// and a verifier's own words for it (`UnknownKeyId: kid '2026-12' is not among the configured keys`, `unknown
	// kid`, `key id … not found in the key set`).
	// The issuer signs with a key the verifier does not hold: a key set pinned or cached from before a rotation,
	// one holding only a revoked key, or another issuer's keys configured. Whoever minted the token, what the code
	// trusts is out of step with the issuer.
	...higherAtSetup(
		{
			name: 'token-key-not-in-key-set',
			match: {
				message: raised(
					String.raw`InvalidKeyIdError|UnknownKeyId\w*|UnknownKid\w*`,
					String.raw`\bNo key for kid\b|Unable to find a signing key that matches|\bkeyset has no key for kid\b|\b(?:kid|[Kk]ey [Ii][Dd])\b[^\n]{0,80}?\bnot (?:among|in|found in)\b[^\n]{0,40}?\bkey(?:s|set| set)\b|\b[Uu]nknown (?:kid|key id)\b`,
				),
			},
			category: 'CONFIGURATION',
			priority: 'MEDIUM',
			reason:
				"A token is signed with a key its verifier's key set does not hold (the token's kid is not there): the key set the code trusts is out of step with the issuer's, pinned or cached from before a rotation or holding a revoked key",
		},
		'HIGH',
	),
	// A JSON Web Token whose signature does not verify, in the JWT libraries' words: PyJWT's InvalidSignatureError,
	// python-jose's `JWTError: Signature verification failed` (and its JWSSignatureError), jwcrypto's
	// InvalidJWSSignature, authlib's and joserfc's BadSignatureError. A JWT is minted by an issuer (a provider, a
	// device's issuer, another service) and checked with a key or secret the verifier is given: the two are out of
	// step, after a rotation or with another environment's secret, as suites 14, 38, 45 and 61 decided. Other
	// signatures and MACs (itsdangerous, Fernet, NaCl, ecdsa's BadSignatureError) are signed and checked by the code
	// itself, and stay with signature-rejected.
	...higherAtSetup(
		{
			name: 'token-signed-with-other-key',
			match: {
				message: raised(
					String.raw`InvalidSignatureError|InvalidJWSSignature|JWSSignatureError|(?:authlib\.jose\.errors|joserfc\.errors)\.BadSignatureError`,
					String.raw`(?:^|\n)(?:[\w.]+\.)?JWTError: Signature verification failed`,
				),
			},
			category: 'CONFIGURATION',
			priority: 'MEDIUM',
			reason:
				"A token's signature does not verify with the key or secret the verifier holds: the issuer signs with another one (rotated, or another environment's), so what the code is configured to trust is out of step with the issuer",
		},
		'HIGH',
	),
	// A data file (JSON) that does not parse while a module is imported: a file read at import is one shipped
	// with the code or present on the machine, not a service's answer, which a test's call would get.
	{
		name: 'data-file-unparsable-at-collection',
		match: {
			phase: ['collect'],
			message: raised(String.raw`JSONDecodeError`),
		},
		category: 'CONFIGURATION',
		priority: 'HIGH',
		reason:
			'A module cannot be imported because a JSON file it reads at import does not parse: the file shipped with the code or present on this machine is broken',
	},
	// Any other file a parser refuses while a module is imported, in the parser's words with a line and a column
	// (pyhcl's `ValueError: Line 8, column 178: unexpected STRING; expected RIGHTBRACKET`, a lexer's `Illegal
	// character … at line 3, column 9`, lxml's `XMLSyntaxError: Opening and ending tag mismatch: … line 32, column
	// 17`, which zeep words `Invalid XML content received (…)`), or rdflib's `BadSyntax` for RDF (Turtle, N3), which
	// pytest 7.2 may print as `BadSyntax: <no detail available>`: a file read at import is one shipped with the code.
	// Python's own syntax errors, a regular expression and JSON have rules of their own.
	{
		name: 'file-unparsable-at-collection',
		match: {
			phase: ['collect'],
			message:
				/(?:^|\n)(?!(?:syntaxerror|indentationerror|taberror|re\.error|(?:[\w.]+\.)?jsondecodeerror)\b)(?=[^\n]*(?:\b(?:unexpected|expected|syntax|illegal|invalid (?:token|character)|mismatch)|[a-z]syntaxerror:))(?:[\w.]+\.)?\w+: [^\n]*\bline:? \d+,? col(?:umn)?:? \d+|(?:^|\n)(?:[\w.]+\.)?notation3\.badsyntax\b/i,
		},
		category: 'CONFIGURATION',
		priority: 'HIGH',
		reason:
			'A module cannot be imported because a file it parses at import (HCL, INI, XML, RDF, a format of its own) has a syntax error: the file shipped with the code or present on this machine is broken',
	},
	...higherAtSetup(
		{
			name: 'schedule-expression-invalid',
			match: {
				// croniter's CroniterBadCronError and kin; APScheduler's ValueErrors for a crontab's fields.
				message: raised(
					String.raw`Croniter\w*Error|\w*BadCron\w*`,
					String.raw`[Ii]nvalid cron(?:tab)? expression|Wrong number of fields; got \d+, expected [5-7]\b|Error validating expression '[^'\n]*': the (?:first|last) value \(`,
				),
			},
			category: 'CONFIGURATION',
			priority: 'MEDIUM',
			reason:
				'A scheduler refused a cron expression (a field out of range, a wrong number of fields): schedules are settings, and this one is written wrong where it is configured',
		},
		'HIGH',
	),
	...higherAtSetup(
		{
			name: 'settings-json-unparsable',
			match: {
				exception: /(?:^|\.)JSONDecodeError$/,
				calledFrom: ['app'],
				traceback:
					/\bjson\.load\(\s*\w|(?:^|[\s/\\"])(?:config|settings|conf|configuration)\w*\.py"?(?::\d+|", line)/,
			},
			category: 'CONFIGURATION',
			priority: 'MEDIUM',
			reason:
				'A JSON settings file the code loads does not parse: the file shipped with the code or present on this machine is broken',
		},
		'HIGH',
	),
	// The same, when the code's call hands json.loads the text of a file it reads in that call with pathlib
	// (`return json.loads(FILE.read_text())`, `json.loads(path.read_bytes())`): what does not parse is a file, not a
	// service's answer (a response's `.json()`, `.text` or `.read()`, which this does not take). The pattern is
	// anchored and cannot cross a parenthesis before json.loads, so it is tried once per line.
	...higherAtSetup(
		{
			name: 'json-file-unparsable',
			match: {
				exception: /(?:^|\.)JSONDecodeError$/,
				calledFrom: ['app'],
				callSource: /^[^\n(]*\bjson\.loads\([^()\n]*\.read_(?:text|bytes)\(/,
			},
			category: 'CONFIGURATION',
			priority: 'MEDIUM',
			reason:
				'A JSON file the code reads does not parse: the file shipped with the code or present on this machine is broken',
		},
		'HIGH',
	),
	...higherAtSetup(
		{
			name: 'error-in-settings-module',
			match: {
				raisedIn: ['app'],
				// The innermost frame is the project's settings module: no frame comes after it.
				traceback: settingsModuleIsInnermost,
			},
			category: 'CONFIGURATION',
			priority: 'MEDIUM',
			reason:
				"The project's settings module raised while loading the settings (a value missing or unparsable in this environment): the settings, not the code that uses them",
		},
		'HIGH',
	),
	...configuredPathRules,
	...higherAtSetup(
		{
			name: 'service-url-invalid',
			match: {
				message: raised(
					String.raw`MissingSchema|InvalidSchema|InvalidURL|UnsupportedProtocol|LocationParseError|LocationValueError|NoSuchModuleError|InsecureTransportError`,
					String.raw`No connection adapters were found for|Invalid URL '[^'\n]*': No (?:scheme|host) supplied|Request URL is missing an 'http://' or 'https://' protocol|Request URL has an unsupported protocol|unknown url type: |Could not parse (?:SQLAlchemy|rfc1738) URL from string|Can't load plugin: sqlalchemy\.dialects:`,
				),
			},
			category: 'CONFIGURATION',
			priority: 'MEDIUM',
			reason:
				'A service URL the code uses is empty or malformed (no scheme, no host, a scheme or database driver no library knows, plain http where the library demands https): a URL in the settings is missing or wrong',
		},
		'HIGH',
	),
	...higherAtSetup(
		{
			name: 'browser-missing',
			match: {
				message: raised(
					'SessionNotCreatedException|NoSuchDriverException',
					String.raw`executable needs to be in PATH|Executable doesn't exist at |Looks like Playwright was just installed or updated|This version of \w+Driver only supports|cannot find \w+ binary|Unable to obtain driver for \w+`,
				),
			},
			category: 'CONFIGURATION',
			priority: 'MEDIUM',
			reason:
				'The browser or the WebDriver a browser test drives is not installed on this machine, or its version does not match the driver (Selenium, Playwright)',
		},
		'HIGH',
	),
	{
		name: 'locale-missing',
		match: {message: /(?:^|\n)locale\.Error: unsupported locale setting/},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'The locale the code sets is not installed on this machine (locales are packages of the image): install or generate it, or use one that is',
	},
	{
		name: 'shared-library-missing',
		match: {
			message: new RegExp(
				`${String.raw`cannot open shared object file|DLL load failed|Library not loaded|image not found|Namespace \w+ not available`}|${firstOnLineSource(
					"Typelib file for namespace '",
					String.raw`[^'\n]+'[^\n]* not found`,
					'typelib',
				)}`,
			),
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'A system library a package needs is not installed on this machine (a missing dependency of the image)',
	},
	{
		name: 'redis-cluster-redirect',
		match: {message: /ResponseError: (?:MOVED|ASK) \d+|CROSSSLOT/},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'A Redis Cluster answers a client that is not configured for cluster mode (MOVED, ASK, CROSSSLOT)',
	},
	// A Redis node that answers READONLY is a replica: the client's address is a replica's, set so or left so by a
	// failover. Redis has no read-only transaction a code path could open; which node takes writes is the deployment's.
	// Three of the four sets that met it decided it CONFIGURATION MEDIUM (7, 39, 72), the fourth, after a failover,
	// ENVIRONMENT MEDIUM (43); none the code's. A database's read-only transaction stays write-to-read-only-server.
	{
		name: 'redis-read-only-replica',
		match: {
			message:
				/READONLY You can't write against a read only|You can't write against a read only (?:replica|slave)\b/,
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'Redis answered READONLY: the client writes to a read-only replica, so its address (a setting, or what a failover left) is not the primary',
	},
	{
		name: 'removed-library-api',
		match: {
			exception: /(?:^|\.)(?:AttributeError|ImportError)$/,
			message:
				/was a deprecated alias|has been removed|was removed in|removed in (?:version )?\d|no longer (?:available|supported) in/i,
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'The code uses an API the installed version of a library removed: the pinned versions and the code disagree',
	},
	{
		name: 'version-conflict',
		match: {
			message: raised(
				'VersionConflict|ContextualVersionConflict|DistributionNotFound|PydanticImportError',
			),
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'The installed packages do not satisfy what the code requires: versions need pinning or updating',
	},
	...serverLimitRules,
];
