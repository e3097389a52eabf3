/**
Built-in rules for a file or folder the code is configured to use: a path under the folders a server's settings
name that is missing or cannot be written, a program or a settings file not on this machine, access refused.
Part of the configuration rules, in their order (rules/configuration.ts spreads them where they were).
*/

import type {RuleSpec} from './types.js';
import {firstOnLine, firstOnLineSource} from './line-patterns.js';
import {higherAtSetup, raised} from './raised.js';

/**
A quoted absolute path under the folders a server's settings name (`'/var/lib/app'`, `'/srv/app/spool'`,
`'/opt/app/templates'`, or in double quotes as some libraries quote it, `"/var/cache/app"`): not a test's
temporary folder, not a device. The path is what a reason quotes.
*/
const systemLocation = String.raw`(?<evidence>'/(?:var|srv|opt|etc|mnt|data)/[^'\n]*'|"/(?:var|srv|opt|etc|mnt|data)/[^"\n]*")`;
/**
Where the code writes: those folders, and the runtime folder of pid files, sockets and locks (`b'/run/app'`, a
lock folder a setting names; a file missing under /run, such as a secret not mounted, stays a configured path).
*/
const systemWriteLocation = String.raw`(?<evidence>'/(?:var|srv|opt|etc|mnt|data)/[^'\n]*'|"/(?:var|srv|opt|etc|mnt|data)/[^"\n]*"|'/run(?:/[^'\n]*)?'|"/run(?:/[^"\n]*)?")`;
/** The temporary folders under /var, which a test makes and owns. */
const temporaryLocation = /['"]\/var\/(?:tmp|folders)\//;

export const configuredPathRules: readonly RuleSpec[] = [
	{
		name: 'database-file-read-only',
		match: {
			message:
				/attempt to write a readonly database|unable to open database file|database is read-only/i,
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'A database file or folder the code writes to is read-only or cannot be opened where the settings point',
	},
	{
		name: 'missing-system-path-at-setup',
		match: {
			phase: ['setup'],
			message: new RegExp(
				String.raw`(?:FileNotFoundError|NotADirectoryError|No such file or directory)[^\n]*${systemLocation}`,
			),
			calledFrom: ['app', 'test'],
			not: {message: temporaryLocation},
		},
		category: 'CONFIGURATION',
		priority: 'HIGH',
		reason:
			"A fixture opens a path under the system's folders (/var, /srv, /opt, /etc) that does not exist on this machine: a default or a setting made for a server, not for this one, and the fixture cannot start",
	},
	...higherAtSetup(
		{
			name: 'unwritable-configured-path',
			match: {
				message: new RegExp(
					String.raw`(?:PermissionError|Permission denied)[^\n]*${systemWriteLocation}`,
				),
				calledFrom: ['app'],
				not: {message: temporaryLocation},
			},
			category: 'CONFIGURATION',
			priority: 'MEDIUM',
			reason:
				"The code under test writes under the system's folders (/var, /srv, /opt, /etc, /run), which this machine's user may not: a path in the settings (a log, exports, a spool) keeps a server's default instead of a place made for the tests",
		},
		'HIGH',
	),
	// A folder the code makes with `exist_ok=True` (`os.makedirs(folder, exist_ok=True)`, `Path.mkdir(parents=True,
	// exist_ok=True)`) that raises FileExistsError all the same: with exist_ok that error means only that the path is
	// there as a plain file, so the folder a setting names is a file on this machine (holdout 80's cache folder; holdout
	// 75's spool, a file where a folder belongs, was decided the settings' too). Not without exist_ok (the folder made
	// twice, the code's or the test's), not a test's temporary folder, not the test's own call.
	...higherAtSetup(
		{
			name: 'folder-path-is-a-file',
			match: {
				message: /FileExistsError: \[Errno 17] File exists: '[^'\n]+'/,
				callSource: /\bexist_ok[ \t]*=[ \t]*True\b/,
				calledFrom: ['app'],
				not: {
					message:
						/File exists: '(?:\/tmp\/|\/var\/tmp\/|\/var\/folders\/|[^'\n]*\/pytest-of-[^'\n/]*\/)/,
				},
			},
			category: 'CONFIGURATION',
			priority: 'MEDIUM',
			reason:
				'The code makes a folder with exist_ok=True and the path already exists as a plain file: the folder the settings name (a cache, a spool, exports) is a file on this machine',
		},
		'HIGH',
	),
	// HIGH at setup, as the settings' other paths: a fixture that opens, through the code, a file the settings
	// name (a key, a certificate) and finds nothing there keeps every test that needs it from starting.
	...higherAtSetup(
		{
			name: 'missing-configured-path',
			match: {
				message: firstOnLine(
					'FileNotFoundError|NotADirectoryError|No such file or directory',
					String.raw`[^\n]*'(?:\/(?!tmp\/|var\/tmp\/|var\/folders\/|proc\/|dev\/)|[A-Za-z]:\\)[^'\n]+'`,
				),
				calledFrom: ['app'],
			},
			category: 'CONFIGURATION',
			priority: 'MEDIUM',
			reason:
				'The code opens an absolute path that does not exist on this machine: a path in the settings (a folder of templates, data or exports) points where nothing is',
		},
		'HIGH',
	),
	{
		name: 'access-denied',
		match: {
			message: raised(
				String.raw`AccessDenied\w*|\w*AuthorizationError|AuthorizationException|UnauthorizedOperation|LDAPInsufficientAccessRightsResult`,
				String.raw`\bAccessDenied\b|\bAccess Denied\b|\bAuthorizationFailed\b|\bUnauthorizedOperation\b|is not authorized to perform|StatusCode\.PERMISSION_DENIED\b|not authorized on \S+ to execute command|\binsufficientAccessRights\b|\bsecurity_exception\b`,
			),
			// Raised by the project's own code (its role or permission check, no service asked), it is that check's
			// verdict: raised-in-app reads it (suite 36, `lacks role 'dentist' (has ['DENTIST'])`).
			not: {raisedIn: ['app']},
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'The account the tests run as lacks a permission on a service (a cloud role, a policy, a grant)',
	},
	{
		name: 'database-privileges',
		match: {
			message: raised(
				'InsufficientPrivilege|NoPermissionError',
				String.raw`permission denied for (?:table|relation|schema|database|sequence|function|view)|command denied to user|\bNOPERM\b|has no permissions to (?:run|access)\b|No permissions to access a (?:key|channel)`,
			),
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			"The database user the tests connect as lacks a grant (a SQL grant, or a Redis ACL user's commands, keys or channels)",
	},
	{
		name: 'missing-program',
		match: {
			message: new RegExp(
				`${firstOnLineSource(
					'FileNotFoundError|No such file or directory',
					String.raw`[^\n]*: '[^'/\\\s]+'(?:\s|$)`,
					'missing',
				)}|${String.raw`(?:^|\n)(?:sh|plumbum(?:\.[\w.]+)?)\.CommandNotFound: \S`}`,
			),
			traceback:
				/_execute_child|subprocess\.py|os\.exec|spawn|[/\\]sh\.py:\d+: in |[/\\]plumbum[/\\]/,
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			"A program the code runs is not installed on this machine: the runner's image lacks it (install it there), not a setting of the code",
	},
	{
		name: 'shell-command-not-found',
		match: {
			message:
				/returned non-zero exit status 127\.|(?:^|\n|: )(?:\/bin\/)?(?:ba|da|z)?sh: (?:\d+: |line \d+: )?[^\s:]+: (?:command )?not found/,
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			"A shell could not find a program the code runs (exit status 127): it is not installed on this machine, or not on its PATH: the runner's image, not a setting of the code",
	},
	...higherAtSetup(
		{
			name: 'missing-settings-file',
			match: {
				message: firstOnLine(
					'FileNotFoundError|No such file or directory',
					String.raw`[^\n]*'[^'\n]*\.(?:ya?ml|toml|ini|cfg|conf|env|pem|crt|key|properties)'`,
				),
				// Unless a fixture's clean-up, after the test, removes it: a file the fixture or the test made
				// (a copy under tmp_path), gone or moved by the test, not a settings file the code reads.
				not: {phase: ['teardown'], calledFrom: ['test']},
			},
			category: 'CONFIGURATION',
			priority: 'MEDIUM',
			reason:
				'A settings file or a certificate the code reads is missing on this machine',
		},
		'HIGH',
	),
];
