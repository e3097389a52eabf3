/**
Rules written after acceptance suite 13 (podstead) was measured blind (54 of 68), for kinds of failure it
showed that no rule knew or read otherwise: checked on that real run's log and XML, and on texts in other
words where the rule must not fire. Each is a kind (an object used through a dead weak reference, a YAML key
given twice, a system path a library quotes in double quotes, a fixture's clean-up refused by a read-only
folder, a proxy whose name does not resolve, libcurl's words for a certificate, a configured file missing
when a fixture starts), not a word of the suite.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

describe.each(['holdout-13.log', 'holdout-13.xml'])(
	'on the real run of suite 13 (%s)',
	async file => {
		const analysis = analyze([
			await readLog(path.join(import.meta.dirname, '../acceptance', file)),
		]);
		test.each([
			// limits' strategy keeps its storage weakly; the code made the storage inline and kept no reference.
			[
				'test_upload_limit_per_creator',
				'call',
				'weak-reference-dead',
				'BUG',
				'HIGH',
			],
			// diskcache's `Cache directory "/var/cache/…" does not exist and could not be created`.
			[
				'test_chart_cache_opens',
				'call',
				'unwritable-configured-path',
				'CONFIGURATION',
				'MEDIUM',
			],
			// shutil.rmtree at teardown refused inside a folder the test made read-only.
			[
				'test_published_snapshot_is_read_only',
				'teardown',
				'cleanup-denied',
				'TEST_DESIGN',
				'LOW',
			],
			// A fixture opening, through the code, a key file the settings name and nothing is there: HIGH at setup.
			[
				'test_listener_token_accepted',
				'setup',
				'missing-configured-path-at-setup',
				'CONFIGURATION',
				'HIGH',
			],
			// pycurl.error (5, 'Could not resolve proxy: …'): the proxy setting, not the code's use of pycurl.
			[
				'test_import_partner_feed',
				'call',
				'proxy-unresolvable',
				'CONFIGURATION',
				'MEDIUM',
			],
			// pycurl.error (60, 'SSL: certificate subject name () does not match target host name …').
			[
				'test_import_feed_over_tls',
				'call',
				'certificate-untrusted',
				'CONFIGURATION',
				'MEDIUM',
			],
		] as const)('%s: %s', (name, phase, rule, category, priority) => {
			expect(suggestionFor(analysis, name, phase)).toMatchObject({
				rule,
				category,
				priority,
			});
		});
		test('a YAML settings file with a key given twice stops collection: the configuration, HIGH', () => {
			const found = analysis.failures.find(
				({failure}) =>
					failure.phase === 'collect' &&
					failure.id === 'tests/core/test_schedule.py',
			);
			expect(found?.suggestion).toMatchObject({
				rule: 'settings-file-unparsable-at-setup',
				category: 'CONFIGURATION',
				priority: 'HIGH',
			});
		});
	},
);

describe('on the real run of suite 8', () => {
	test("a fixture's rmtree refused by the folder the test froze is the fixture's clean-up, as its engineer decided", async () => {
		const analysis = analyze([
			await readLog(
				path.join(import.meta.dirname, '../acceptance/holdout-8.log'),
			),
		]);
		expect(
			suggestionFor(analysis, 'test_quarantined_lot_is_frozen', 'teardown'),
		).toMatchObject({
			rule: 'cleanup-denied',
			category: 'TEST_DESIGN',
			priority: 'LOW',
		});
	});
});

const rmtreeFrames = [
	'tests/conftest.py:40: in workdir',
	'    shutil.rmtree(folder)',
	'/usr/lib/python3.11/shutil.py:732: in rmtree',
	'    _rmtree_safe_fd(fd, path, onerror)',
	'/usr/lib/python3.11/shutil.py:681: in _rmtree_safe_fd',
	'    os.unlink(entry.name, dir_fd=topfd)',
].join('\n');

describe('in other words', () => {
	test('a weak proxy whose object is gone, raised in any library, is the code’s', () => {
		expect(
			ruleFor({
				headline: 'ReferenceError: weakly-referenced object no longer exists',
				exceptionType: 'ReferenceError',
				traceback: [
					'tests/test_a.py:8: in test_a',
					'    assert events.emit("saved")',
					'src/app/events.py:21: in emit',
					'    handler(name)',
					'E   ReferenceError: weakly-referenced object no longer exists',
				].join('\n'),
			}),
		).toBe('weak-reference-dead');
	});
	test('ruamel.yaml refusing a duplicate key while a call loads the settings: MEDIUM', () => {
		expect(
			ruleFor({
				headline:
					'ruamel.yaml.constructor.DuplicateKeyError: while constructing a mapping',
				exceptionType: 'ruamel.yaml.constructor.DuplicateKeyError',
				traceback: [
					'E   ruamel.yaml.constructor.DuplicateKeyError: while constructing a mapping',
					'E     in "settings.yaml", line 1, column 1',
					'E   found duplicate key "port" with value "8080" (original value: "80")',
					'E     in "settings.yaml", line 4, column 1',
				].join('\n'),
			}),
		).toBe('settings-file-unparsable');
	});
	test('a system path in double quotes denied to the code is the path setting', () => {
		expect(
			ruleFor({
				headline:
					'PermissionError: [Errno 13] Permission denied: "/srv/app/exports/2026.csv"',
				exceptionType: 'PermissionError',
				traceback: [
					'tests/test_a.py:8: in test_a',
					'    exports.write_year(2026)',
					'src/app/exports.py:30: in write_year',
					'    with open(path, "w") as out:',
					'E   PermissionError: [Errno 13] Permission denied: "/srv/app/exports/2026.csv"',
				].join('\n'),
			}),
		).toBe('unwritable-configured-path');
	});
	test('a clean-up unlink refused at teardown, printed by --tb=native', () => {
		expect(
			ruleFor({
				phase: 'teardown',
				headline: "PermissionError: [Errno 13] Permission denied: 'out.txt'",
				exceptionType: 'PermissionError',
				traceback: [
					'  File "/ci/tests/conftest.py", line 40, in scratch',
					'    target.unlink()',
					'  File "/usr/lib/python3.11/pathlib.py", line 1147, in unlink',
					'    os.unlink(self)',
					"PermissionError: [Errno 13] Permission denied: 'out.txt'",
				].join('\n'),
			}),
		).toBe('cleanup-denied');
	});
	test("urllib3's and requests' words for a proxy whose name does not resolve", () => {
		for (const headline of [
			"requests.exceptions.ProxyError: HTTPSConnectionPool(host='api.partner.com', port=443): Max retries exceeded with url: /v1 (Caused by ProxyError('Unable to connect to proxy', NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x7f00>: Failed to resolve 'proxy.corp.lan' ([Errno -2] Name or service not known)\")))",
			"requests.exceptions.ProxyError: HTTPSConnectionPool(host='api.partner.com', port=443): Max retries exceeded with url: /v1 (Caused by ProxyError('Cannot connect to proxy.', NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f00>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')))",
		]) {
			expect(
				ruleFor({headline, exceptionType: 'requests.exceptions.ProxyError'}),
			).toBe('proxy-unresolvable');
		}
	});
	test('a configured file the code cannot find while a fixture starts: the configuration, HIGH', () => {
		expect(
			ruleFor({
				phase: 'setup',
				headline:
					"FileNotFoundError: [Errno 2] No such file or directory: '/run/secrets/tls/client.key'",
				exceptionType: 'FileNotFoundError',
				traceback: [
					'tests/conftest.py:12: in client',
					'    return api.Client.from_settings()',
					'src/app/api.py:30: in from_settings',
					'    key = open(settings.CLIENT_KEY).read()',
					"E   FileNotFoundError: [Errno 2] No such file or directory: '/run/secrets/tls/client.key'",
				].join('\n'),
			}),
		).toBe('missing-configured-path-at-setup');
	});
	test("libcurl's words for a certificate authority it does not trust", () => {
		expect(
			ruleFor({
				headline:
					"pycurl.error: (60, 'SSL certificate problem: unable to get local issuer certificate')",
				exceptionType: 'pycurl.error',
			}),
		).toBe('certificate-untrusted');
	});
});

describe('where they must not fire', () => {
	test("pymongo's DuplicateKeyError stays a database constraint the code violates", () => {
		expect(
			ruleFor({
				headline:
					"pymongo.errors.DuplicateKeyError: E11000 duplicate key error collection: shop.orders index: ref_1 dup key: { ref: \"A-1\" }, full error: {'index': 0, 'code': 11000}",
				exceptionType: 'pymongo.errors.DuplicateKeyError',
			}),
		).toBe('constraint-violation');
	});
	test("a fixture's clean-up refused under /var is not the test's read-only folder", () => {
		expect(
			ruleFor({
				phase: 'teardown',
				headline:
					"PermissionError: [Errno 13] Permission denied: '/var/lib/app/spool/1.msg'",
				exceptionType: 'PermissionError',
				traceback: `${rmtreeFrames}\nE   PermissionError: [Errno 13] Permission denied: '/var/lib/app/spool/1.msg'`,
			}),
		).not.toBe('cleanup-denied');
	});
	test('a permission refused while a test runs (not its clean-up) stays the machine’s', () => {
		expect(
			ruleFor({
				headline: "PermissionError: [Errno 13] Permission denied: 'report.csv'",
				exceptionType: 'PermissionError',
				traceback: `${rmtreeFrames}\nE   PermissionError: [Errno 13] Permission denied: 'report.csv'`,
			}),
		).toBe('permission-denied');
	});
	test('a proxy that refuses the connection is not a name that does not resolve', () => {
		expect(
			ruleFor({
				headline:
					"requests.exceptions.ProxyError: HTTPSConnectionPool(host='api.partner.com', port=443): Max retries exceeded with url: /v1 (Caused by ProxyError('Cannot connect to proxy.', NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f00>: Failed to establish a new connection: [Errno 111] Connection refused')))",
				exceptionType: 'requests.exceptions.ProxyError',
			}),
		).not.toBe('proxy-unresolvable');
	});
	test('a host (not a proxy) that libcurl cannot resolve stays a DNS failure', () => {
		expect(
			ruleFor({
				headline:
					"pycurl.error: (6, 'Could not resolve host: feeds.partner.lan')",
				exceptionType: 'pycurl.error',
			}),
		).toBe('dns-failure');
	});
});
