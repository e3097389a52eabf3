/**
Built-in rules for a value of the settings that a standard library or requests refuses in its own words, wherever
the project's code passed it on: a log level logging does not know, a port number out of range, an option or a
section missing from an INI file read through configparser's mapping, a CA bundle or a client certificate file
requests cannot find. Each message names what a setting or a variable gave, not the code's arithmetic; tried right
after the rules for values of the settings (setting-values.ts), before a library's error from the code is read as
the code's.
*/

import {higherAtSetup} from './raised.js';
import type {RuleSpec} from './types.js';

export const librarySettingRules: readonly RuleSpec[] = [
	// logging's `_checkLevel`: `ValueError: Unknown level: 'VERBOSE'`, a level name logging does not have, given by a
	// variable, a settings file or a command line (`setLevel(os.environ["LOG_LEVEL"])`).
	{
		name: 'unknown-log-level',
		match: {
			message: /(?:^|\n)ValueError: Unknown level: '[^'\n]*'/,
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'logging does not know the level it was given (DEBUG, INFO, WARNING, ERROR, CRITICAL or a number): a log level in a variable or the settings is misspelt or of another tool',
	},
	// A port number outside 0 to 65535: the socket module's `OverflowError: bind(): port must be 0-65535.` (also
	// `connect()`, `getsockaddrarg`) and urllib.parse's `ValueError: Port out of range 0-65535` for a URL.
	{
		name: 'port-out-of-range',
		match: {
			message:
				/(?:^|\n)(?:OverflowError: (?:\w+\(\)|getsockaddrarg): port must be 0-65535|ValueError: Port out of range 0-65535)/,
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'A port number outside 0 to 65535 reached a socket or a URL: a port in a variable or the settings is mistyped (an extra digit, another value in its place)',
	},
	// configparser's mapping access (`parser["archive"]["path"]`, `section["pool_size"]`) raises a bare KeyError from
	// its own `__getitem__` for an option or a section the file does not have, where get() says NoOptionError: the
	// INI file lacks the key or spells it otherwise. Only when configparser's frame is the one that raised.
	...higherAtSetup(
		{
			name: 'ini-key-missing',
			match: {
				message: /(?:^|\n)KeyError: /,
				raisedIn: ['library'],
				traceback:
					/configparser\.py:\d+: in __getitem__\n[ \t]+raise KeyError\(key\)\s*\nE +KeyError: [^\n]*\s*$/,
			},
			category: 'CONFIGURATION',
			priority: 'MEDIUM',
			reason:
				'configparser has no such option or section in the INI file the code reads (its mapping raises KeyError where get() says NoOptionError): the key is missing from the file or spelt otherwise there',
		},
		'HIGH',
	),
	// requests' adapter, before it connects: `OSError: Could not find a suitable TLS CA certificate bundle, invalid
	// path: /etc/…` (verify= or REQUESTS_CA_BUNDLE), `Could not find the TLS certificate file, invalid path:` and `…
	// the TLS key file …` (cert=): the path the settings or a variable give for it does not exist.
	...higherAtSetup(
		{
			name: 'tls-file-path-not-found',
			match: {
				message:
					/(?:^|\n)OSError: Could not find (?:a suitable TLS CA certificate bundle|the TLS certificate file|the TLS key file), invalid path: /,
			},
			category: 'CONFIGURATION',
			priority: 'MEDIUM',
			reason:
				'requests cannot find the CA bundle, certificate or key file it was given (verify=, cert= or REQUESTS_CA_BUNDLE): the path in the settings or a variable points where no file is',
		},
		'HIGH',
	),
];
