/**
Built-in rules for values the settings give the code and its clients, read from what a library says of them: a
number written with its unit, scopes the identity provider does not grant the client, a service catalog without the
endpoint the code asks for. Tried right after the rules
for settings (configuration.ts).
*/

import {higherAtSetup, raised} from './raised.js';
import type {RuleSpec} from './types.js';

export const settingValueRules: readonly RuleSpec[] = [
	// A number written with its unit (`'30s'`, `'5km'`, `'512MB'`) where int() or float() wants digits: a value of
	// the settings or an environment file, written for a reader that takes units (suites 10 and 28 decided so).
	{
		name: 'number-with-unit',
		match: {
			message:
				/(?:invalid literal for int\(\) with base \d+|could not convert string to float): '\s*\d+(?:\.\d+)?\s*(?:ms|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|km|mi|[KkMGT]i?B|[kMG]|%)'/,
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'A number is written with its unit (30s, 5km, 512MB) where the code reads digits: a value in the settings or an environment file is written for another reader',
	},
	// int() or float() refusing a value on the very line that reads it from the environment (`int(os.environ.get("X",
	// "4"))`, `float(os.getenv("X"))`): the variable is set on this machine to something that is not a number
	// (`'auto'`), a value of the run's environment rather than the code's arithmetic (suite 69 decided so). The call's
	// source line is the one pytest printed under the project's innermost frame.
	{
		name: 'environment-value-not-a-number',
		match: {
			raisedIn: ['app', 'test'],
			message:
				/(?:^|\n)ValueError: (?:invalid literal for int\(\) with base \d+|could not convert string to float): /,
			callSource: /\b(?:int|float)\([ \t]*os\.(?:environ\b|getenv\()/,
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'int() or float() refused a value read from an environment variable on the same line: the variable is set on this machine to something that is not a number',
	},
	// A string where the code wants a number (`'>' not supported between instances of 'float' and 'str'`, sqlite3's
	// `must be real number, not str`), raised on the very line that reads the value from the settings
	// (`reading > climate_settings()["humidity_max"]`, `sqlite3.connect(path, timeout=config["timeout"])`): the settings
	// file gives the number as a string (`"95"`), a value of the configuration rather than the code's arithmetic (suite
	// 69 decided so). A string from a payload, a row or a variable on that line is not read so (suite 21 decided a
	// station's string a defect). The call's source line is the one pytest printed under the project's innermost frame.
	{
		name: 'setting-value-of-wrong-type',
		match: {
			raisedIn: ['app', 'test'],
			message:
				/(?:^|\n)TypeError: (?:'[<>]=?' not supported between instances of '(?:int|float)' and 'str'|'[<>]=?' not supported between instances of 'str' and '(?:int|float)'|must be real number, not str|'str' object cannot be interpreted as an integer|unsupported operand type\(s\) for [-+*/]{1,2}: '(?:int|float)' and 'str')/,
			callSource: /(?:settings|config|conf|cfg)(?:\(\))?(?:\[|\.get\()/,
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'A string stands where the code wants a number, on the line that reads it from the settings: the settings file gives that number as a string',
	},
	// A string method called on a boolean, a number or a date, on the very line that reads the value from the settings
	// (`return conf["region"].lower()` with `region: NO`): YAML reads an unquoted NO, yes, on or off as a boolean,
	// 010 or 1e3 as a number and 2024-01-31 as a date, so the file gives the value another type than the string the
	// code reads (suite 77 decided so). The same error on any other line is not read so. The call's source line is the
	// one pytest printed under the project's innermost frame.
	{
		name: 'setting-value-not-a-string',
		match: {
			raisedIn: ['app', 'test'],
			message:
				/(?:^|\n)AttributeError: '(?:bool|int|float|datetime\.date|datetime\.datetime)' object has no attribute '(?:lower|upper|strip|[lr]strip|split|rsplit|startswith|endswith|replace|encode|casefold|title|format|partition|isdigit)'/,
			callSource: /(?:settings|config|conf|cfg)(?:\(\))?(?:\[|\.get\()/,
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'A string method was called on a boolean, a number or a date read from the settings on that line: the settings file gives a value the parser reads as another type (YAML reads an unquoted NO, yes or off as a boolean); quote it',
	},
	// oauthlib's warning that the provider granted other scopes than those asked for, and an OAuth error
	// response's invalid_scope: the client's registration at the identity provider does not allow what it asks.
	{
		name: 'scope-not-granted',
		match: {
			message: raised(
				'InvalidScopeError',
				String.raw`Scope has changed from "[^"\n]*" to "|\(invalid_scope\)`,
			),
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'The identity provider does not grant the scopes the client asks for: the client registration (or the scopes in the settings) does not match what the code requests',
	},
	// An OpenStack service catalog without the endpoint the code asks for (keystoneauth1's and keystoneclient's
	// EndpointNotFound: `internal endpoint for booking service not found`, `Could not find requested endpoint in Service
	// Catalog`): the identity service answered, and the catalog the deployment registered has no such service, interface
	// or region. SPARQLWrapper's EndPointNotFound (a 404 of a URL) has other words and is not read so.
	...higherAtSetup(
		{
			name: 'endpoint-not-in-catalog',
			match: {
				message:
					/(?:^|\n)(?:[\w.]+\.)?EndpointNotFound: (?:Could not find requested endpoint in Service Catalog|\w+ endpoint for [\w-]+ service\b[^\n]* not found)/,
			},
			category: 'CONFIGURATION',
			priority: 'MEDIUM',
			reason:
				'The service catalog the identity service returned has no endpoint of the type, interface or region the code asks for: what the deployment registers and what the code is set to use disagree',
		},
		'HIGH',
	),
];
