/**
Rules written after acceptance suite 31 (vitrine) was measured blind (45 of 64, 43 with the priority), for kinds of
failure it showed that a rule read otherwise: checked on that real run's log and XML (Debian's pytest 7.2), and on
texts in other words where the rule must or must not fire. Each is a kind (a client's error quoting 401 or 403 with
its reason phrase, a service whose storage is full, an RDF file that does not parse at import, a value a JSON
encoder cannot encode, two registrations of the code that conflict, a relative path the test opens, SQLite's lock
hit on the test's own line alone), not a word of the suite.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

async function analysisOf(file: string) {
	return analyze([
		await readLog(path.join(import.meta.dirname, '../acceptance', file)),
	]);
}

describe.each(['holdout-31.log', 'holdout-31.xml'])(
	'on the real run of suite 31 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test.each([
			[
				'test_collections_login',
				'call',
				'http-unauthorized',
				'CONFIGURATION',
				'MEDIUM',
			],
			[
				'test_partner_login',
				'call',
				'http-unauthorized',
				'CONFIGURATION',
				'MEDIUM',
			],
			[
				'test_send_agreement_to_partner',
				'call',
				'service-storage-full',
				'ENVIRONMENT',
				'MEDIUM',
			],
			['test_object', 'call', 'value-not-json-serializable', 'BUG', 'HIGH'],
			[
				'test_admin_objects',
				'setup',
				'registration-conflict-in-code',
				'BUG',
				'HIGH',
			],
			[
				'test_bulk_update_during_audit',
				'call',
				'database-locked-by-test',
				'TEST_DESIGN',
				'MEDIUM',
			],
			[
				'test_gallery_photo_taken_at',
				'call',
				'relative-path-in-test',
				'TEST_DESIGN',
				'MEDIUM',
			],
		])('%s [%s]: %s', (name, phase, rule, category, priority) => {
			expect(suggestionFor(analysis, name, phase)).toMatchObject({
				rule,
				category,
				priority,
			});
		});
		test("a shipped Turtle file rdflib refuses at import is a broken file, not the code's use of rdflib", () => {
			expect(
				analysis.failures.find(
					found => found.failure.id === 'tests/core/test_periods.py',
				)?.suggestion,
			).toMatchObject({
				rule: 'file-unparsable-at-collection',
				category: 'CONFIGURATION',
				priority: 'HIGH',
			});
		});
	},
);

const raisedIn = (
	message: string,
	frames: readonly string[] = [
		'tests/test_a.py:9: in test_a',
		'    assert client.call()',
		'app/client.py:25: in call',
		'    return self.remote.call()',
	],
) => ({
	headline: message,
	traceback: [...frames, `E   ${message}`].join('\n'),
});

describe('in other words', () => {
	test("a client's error quoting 401 or 403 with its reason phrase is the credentials; an assertion on a status and a proxy's refusal are not", () => {
		for (const message of [
			'swiftclient.exceptions.ClientException: Auth GET failed: http://127.0.0.1:8080/auth/v1.0 401 Unauthorized',
			'app.errors.UploadError: PUT /drop/a.pdf answered 403 Forbidden',
			'webtest.app.AppError: Bad response: 403 Forbidden (not 200 OK or 3xx redirect for http://localhost/admin)',
		]) {
			expect(ruleFor(raisedIn(message))).toBe('http-unauthorized');
		}

		const webdav = [
			'easywebdav.client.OperationFailed: Failed to upload "/loans/L-1.pdf".',
			'  Operation     :  PUT /loans/L-1.pdf',
			'  Expected code :  200 OK, 201 Created, 204 No Content',
			'  Actual code   :  401 Unauthorized',
		].join('\n');
		expect(
			ruleFor({
				headline: webdav.split('\n')[0],
				traceback: `app/client.py:25: in call\n${webdav
					.split('\n')
					.map(line => `E   ${line}`)
					.join('\n')}`,
			}),
		).toBe('http-unauthorized');
		expect(
			ruleFor(raisedIn('AssertionError: expected 200, got 401 Unauthorized')),
		).not.toBe('http-unauthorized');
		expect(
			ruleFor(
				raisedIn(
					"requests.exceptions.ProxyError: HTTPSConnectionPool(host='hooks.example.com', port=443): Max retries exceeded with url: / (Caused by ProxyError('Cannot connect to proxy.', OSError('Tunnel connection failed: 403 Forbidden')))",
				),
			),
		).toBe('proxy-refused');
	});
	test("a service answering 507 Insufficient Storage is its disk or quota; the test's assertion is not read so", () => {
		for (const message of [
			'urllib.error.HTTPError: HTTP Error 507: Insufficient Storage',
			'app.errors.ArchiveError: store answered 507 Insufficient Storage',
		]) {
			expect(ruleFor(raisedIn(message))).toBe('service-storage-full');
		}

		expect(
			ruleFor(
				raisedIn(
					"AssertionError: assert '507 Insufficient Storage' == '201 Created'",
				),
			),
		).not.toBe('service-storage-full');
	});
	test("rdflib's BadSyntax at import is a shipped file; at call it is not read so", () => {
		const message =
			'rdflib.plugins.parsers.notation3.BadSyntax: <no detail available>';
		expect(ruleFor({...raisedIn(message), phase: 'collect'})).toBe(
			'file-unparsable-at-collection',
		);
		expect(ruleFor(raisedIn(message))).not.toBe(
			'file-unparsable-at-collection',
		);
	});
	test("a value a JSON encoder cannot encode is the code's, whether the code's frame is shown or not", () => {
		for (const message of [
			'TypeError: Object of type Decimal is not JSON serializable',
			"TypeError: Decimal('1250.00') is not JSON serializable",
			'TypeError: Object of type datetime is not JSON serializable',
		]) {
			expect(
				ruleFor(
					raisedIn(message, [
						'tests/test_a.py:9: in test_a',
						'    response = app.get("/objects/1")',
						'/usr/lib/python3/dist-packages/webtest/app.py:324: in get',
						'    return self.do_request(req, status=status,',
					]),
				),
			).toBe('value-not-json-serializable');
		}

		expect(ruleFor(raisedIn("TypeError: unhashable type: 'dict'"))).not.toBe(
			'value-not-json-serializable',
		);
	});
	test("two conflicting registrations are the code's, though the error's name says configuration", () => {
		const message =
			"pyramid.exceptions.ConfigurationConflictError: Conflicting configuration actions\n  For: ('view', None, '', 'admin', 'd41d8cd98f00b204e9800998ecf8427e')";
		expect(ruleFor({...raisedIn(message), phase: 'setup'})).toBe(
			'registration-conflict-in-code',
		);
		expect(
			ruleFor(
				raisedIn(
					'django.core.exceptions.ImproperlyConfigured: SECRET_KEY must not be empty',
				),
			),
		).not.toBe('registration-conflict-in-code');
	});
	test("a relative path the test's own line opens is the test's; an absolute one or one the code opens is not read so", () => {
		const inTest = (message: string) =>
			raisedIn(message, [
				'tests/test_a.py:9: in test_a',
				'    with open("data/front.jpg", "rb") as stream:',
			]);
		expect(
			ruleFor(
				inTest(
					"FileNotFoundError: [Errno 2] No such file or directory: 'data/front.jpg'",
				),
			),
		).toBe('relative-path-in-test');
		expect(
			ruleFor(
				inTest(
					"FileNotFoundError: [Errno 2] No such file or directory: '/srv/data/front.jpg'",
				),
			),
		).not.toBe('relative-path-in-test');
		expect(
			ruleFor(
				raisedIn(
					"FileNotFoundError: [Errno 2] No such file or directory: 'data/front.jpg'",
					[
						'tests/test_a.py:9: in test_a',
						'    photos.load("front.jpg")',
						'app/photos.py:12: in load',
						'    with open(os.path.join("data", name)) as stream:',
					],
				),
			),
		).not.toBe('relative-path-in-test');
	});
	test("SQLite's lock on the test's own line, its only frame, is the test's; a lock hit in a callback the code calls is not read so", () => {
		const message = 'sqlite3.OperationalError: database is locked';
		expect(
			ruleFor(
				raisedIn(message, [
					'tests/test_a.py:35: in test_a',
					'    writer.execute("INSERT INTO settlements VALUES (1)")',
				]),
			),
		).toBe('database-locked-by-test');
		expect(
			ruleFor(
				raisedIn(message, [
					'tests/test_a.py:50: in test_a',
					'    registry.record_arrivals(db, arrivals, notify)',
					'app/registry.py:32: in record_arrivals',
					'    notify(arrival)',
					'tests/test_a.py:47: in notify',
					'    office.execute("INSERT INTO office_log VALUES (?)", (arrival,))',
				]),
			),
		).toBe('database-locked');
		expect(ruleFor(raisedIn(message))).toBe('database-locked');
	});
});
