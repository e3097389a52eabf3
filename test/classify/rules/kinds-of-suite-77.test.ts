/**
Rules added after acceptance suite 77 (ropewalk) was measured blind (34 of 60 on its log and its XML, 24 with the
priority). Four kinds, each a standard library's or requests' own words for a value of the settings, none of a
suite: logging's `Unknown level: '…'` (`unknown-log-level`), a port outside 0 to 65535 (`port-out-of-range`),
configparser's mapping raising KeyError for an option or section the INI file lacks (`ini-key-missing`), and
requests unable to find the CA bundle, certificate or key file it was given (`tls-file-path-not-found`); all
CONFIGURATION MEDIUM, the last two HIGH at setup. And two more: a string method called on a boolean, a number or a
date on the line that reads it from the settings (`conf["region"].lower()` with YAML's `region: NO`) is
`setting-value-not-a-string` (CONFIGURATION MEDIUM); an exception the code names for a lock's timeout
(`…LockTimeout`), whatever its words, is `lock-timeout` (BUG HIGH), as suites 76 and 77 decided theirs.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

async function analysed(file: string) {
	return analyze([
		await readLog(path.join(import.meta.dirname, '../acceptance', file)),
	]);
}

describe.each(['holdout-77.log', 'holdout-77.xml'])(
	'on the real run %s',
	async file => {
		const analysis = await analysed(file);
		test.each([
			['test_logging_configured', 'unknown-log-level'],
			['test_metrics_listener', 'port-out-of-range'],
			['test_archive_pool', 'ini-key-missing'],
			['test_sail_loft_with_configured_bundle', 'tls-file-path-not-found'],
			['test_plant_region_north', 'setting-value-not-a-string'],
		])('%s: %s', (name, rule) => {
			expect(suggestionFor(analysis, name)).toMatchObject({
				rule,
				category: 'CONFIGURATION',
				priority: 'MEDIUM',
			});
		});
		test('test_walk_machines_share_tools: lock-timeout', () => {
			expect(
				suggestionFor(analysis, 'test_walk_machines_share_tools'),
			).toMatchObject({
				rule: 'lock-timeout',
				category: 'BUG',
				priority: 'HIGH',
			});
		});
	},
);

function rule(frames: string, headline: string, phase = 'call'): string {
	return ruleFor({
		headline,
		phase: phase as 'call',
		exceptionType: headline.slice(0, headline.indexOf(':')),
		traceback: `${frames}\nE   ${headline}`,
	});
}

const appLine =
	'tests/chaos/test_boot.py:12: in test_boot\n    app.start()\nshopsvc/app.py:40: in start\n    configure(settings)';
const configparserFrame =
	'/usr/lib/python3.11/configparser.py:1273: in __getitem__\n    raise KeyError(key)';
const mappingFrame =
	'/usr/lib/python3.11/configparser.py:979: in __getitem__\n    raise KeyError(key)';

describe('a log level logging does not know', () => {
	test.each([
		"ValueError: Unknown level: 'VERBOSE'",
		"ValueError: Unknown level: 'warn '",
	])('%s', headline => {
		expect(rule(appLine, headline)).toBe('unknown-log-level');
	});

	test('not another ValueError that speaks of a level', () => {
		expect(rule(appLine, "ValueError: Unknown water level: 'high'")).not.toBe(
			'unknown-log-level',
		);
	});
});

describe('a port out of range', () => {
	test.each([
		'OverflowError: bind(): port must be 0-65535.',
		'OverflowError: connect(): port must be 0-65535.',
		'OverflowError: getsockaddrarg: port must be 0-65535.',
		'ValueError: Port out of range 0-65535',
	])('%s', headline => {
		expect(rule(appLine, headline)).toBe('port-out-of-range');
	});

	test('not a Python int too large for C', () => {
		expect(
			rule(appLine, 'OverflowError: Python int too large to convert to C long'),
		).not.toBe('port-out-of-range');
	});
});

describe('an option or a section missing from an INI file read as a mapping', () => {
	test.each([configparserFrame, mappingFrame])(
		'raised by configparser',
		frame => {
			expect(rule(`${appLine}\n${frame}`, "KeyError: 'path'")).toBe(
				'ini-key-missing',
			);
		},
	);

	test('HIGH at setup', () => {
		expect(
			ruleFor({
				headline: "KeyError: 'dsn'",
				phase: 'setup',
				exceptionType: 'KeyError',
				traceback: `${appLine}\n${configparserFrame}\nE   KeyError: 'dsn'`,
			}),
		).toBe('ini-key-missing-at-setup');
	});

	test('not a KeyError of the code’s own dict', () => {
		expect(
			rule(
				'tests/chaos/test_boot.py:12: in test_boot\n    app.start()\nshopsvc/app.py:40: in start\n    return ROUTES[name]',
				"KeyError: 'path'",
			),
		).not.toBe('ini-key-missing');
	});

	test('not a KeyError raised later by the code, after configparser answered', () => {
		expect(
			rule(
				`${appLine}\n${configparserFrame}\nshopsvc/app.py:44: in start\n    return OPTIONS[key]`,
				"KeyError: 'path'",
			),
		).not.toBe('ini-key-missing');
	});
});

describe('a TLS file requests cannot find', () => {
	test.each([
		'OSError: Could not find a suitable TLS CA certificate bundle, invalid path: /etc/app/ca.pem',
		'OSError: Could not find the TLS certificate file, invalid path: certs/client.pem',
		'OSError: Could not find the TLS key file, invalid path: certs/client.key',
	])('%s', headline => {
		expect(rule(appLine, headline)).toBe('tls-file-path-not-found');
	});

	test('HIGH at setup', () => {
		expect(
			rule(
				appLine,
				'OSError: Could not find a suitable TLS CA certificate bundle, invalid path: /etc/app/ca.pem',
				'setup',
			),
		).toBe('tls-file-path-not-found-at-setup');
	});

	test('not another OSError', () => {
		expect(
			rule(appLine, 'OSError: [Errno 28] No space left on device'),
		).not.toBe('tls-file-path-not-found');
	});
});

describe('a string method on a value the settings gave another type', () => {
	const reads = (line: string) =>
		`tests/chaos/test_plants.py:70: in test_region\n    plants.region("north")\nshopsvc/plants.py:44: in region\n    ${line}`;
	test.each([
		[
			"return conf['region'].lower()",
			"AttributeError: 'bool' object has no attribute 'lower'",
		],
		[
			"code = settings.get('zip').strip()",
			"AttributeError: 'int' object has no attribute 'strip'",
		],
		[
			"return config()['since'].split('-')",
			"AttributeError: 'datetime.date' object has no attribute 'split'",
		],
	])('%s', (line, headline) => {
		expect(rule(reads(line), headline)).toBe('setting-value-not-a-string');
	});

	test('not on a line that reads no settings', () => {
		expect(
			rule(
				reads('return row.region.lower()'),
				"AttributeError: 'bool' object has no attribute 'lower'",
			),
		).not.toBe('setting-value-not-a-string');
	});

	test('not a missing value (None)', () => {
		expect(
			rule(
				reads("return conf['region'].lower()"),
				"AttributeError: 'NoneType' object has no attribute 'lower'",
			),
		).not.toBe('setting-value-not-a-string');
	});
});

describe('an exception the code names for a lock’s timeout', () => {
	const frames =
		'tests/chaos/test_walk.py:76: in test_walk\n    raise errors[0]\nshopsvc/conc.py:69: in _both\n    raise LockTimeout(f"{name} waited")';
	test.each([
		'shopsvc.conc.LockTimeout: hauling waited 0.5s for its second lock',
		'hivecote.conc.LockTimeout: could not lock super honey within 2.0s',
		'shopsvc.locks.ShelfLockTimeoutError: shelf 4 busy',
	])('%s', headline => {
		expect(rule(frames, headline)).toBe('lock-timeout');
	});

	test.each([
		"filelock._error.Timeout: The file lock '/tmp/x.lock' could not be acquired.",
		'sherlock.lock.LockTimeoutException: busy',
	])('not: %s', headline => {
		expect(rule(frames, headline)).not.toBe('lock-timeout');
	});
});
