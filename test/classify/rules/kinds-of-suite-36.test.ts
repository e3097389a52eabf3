/**
Rules widened after acceptance suite 36 (chairside) was measured blind (64 of 71, 63 with the priority): checked on
that real run's log and XML (Debian's pytest 7.2), and on texts in other words where the rule must or must not fire.
The kinds are not words of the suite: a 404 from a test client that runs the app in the test's own process where the
test expected success, and an access-denied error the project's own code raises (its own role check, no service asked).
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

describe.each(['holdout-36.log', 'holdout-36.xml'])(
	'on the real run of suite 36 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test("a 404 from Flask's test client for a URL the test asked is the test's", () => {
			expect(suggestionFor(analysis, 'test_health', 'call')).toMatchObject({
				rule: 'route-not-found-in-test-client',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});
		test("the code's own AccessDenied from its role check is the code's", () => {
			expect(
				suggestionFor(analysis, 'test_dentist_role', 'call'),
			).toMatchObject({
				rule: 'raised-in-app',
				category: 'BUG',
				priority: 'HIGH',
			});
		});
	},
);

describe.each(['holdout-34.log', 'holdout-34.xml'])(
	'on the real run of suite 34 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test("a 404 from Django's test client for a URL the test misspells is the test's", () => {
			expect(
				suggestionFor(analysis, 'test_bookings_listed', 'call'),
			).toMatchObject({
				rule: 'route-not-found-in-test-client',
				category: 'TEST_DESIGN',
			});
		});
	},
);

const statusAssertion = (where: string, status = 404) => ({
	headline: `AssertionError: assert ${status} == 200`,
	traceback: [
		'tests/test_api.py:12: in test_listed',
		'    assert response.status_code == 200',
		`E   assert ${status} == 200`,
		`E    +  where ${status} = ${where}.status_code`,
	].join('\n'),
});

describe('a 404 where the test expected success', () => {
	test('from a test client running the app in process is read as the URL the test asked', () => {
		for (const where of [
			'<WrapperTestResponse streamed [404 NOT FOUND]>',
			'<WrapperTestResponse 207 bytes [404 NOT FOUND]>',
			'<TestResponse streamed [404 NOT FOUND]>',
			'<HttpResponseNotFound status_code=404, "text/html; charset=utf-8">',
			'<Response status_code=404, "application/json">',
		]) {
			expect(ruleFor(statusAssertion(where)), where).toBe(
				'route-not-found-in-test-client',
			);
		}
	});
	test('from a client of a service over the network, or another status, is not read so', () => {
		for (const [where, status] of [
			['<Response [404]>', 404],
			['<Response [404 Not Found]>', 404],
			['<WrapperTestResponse streamed [500 INTERNAL SERVER ERROR]>', 500],
			['<HttpResponseBadRequest status_code=400, "text/html">', 400],
		] as const) {
			expect(ruleFor(statusAssertion(where, status)), where).not.toBe(
				'route-not-found-in-test-client',
			);
		}
	});
});

const denied = (raisedBy: string, message: string) => ({
	headline: message,
	traceback: [
		'tests/test_access.py:20: in test_upload',
		'    storage.publish(client, "avatar.png")',
		'app/storage.py:41: in publish',
		...(raisedBy === 'library'
			? [
					'    client.put_object_acl(Bucket=settings.BUCKET, Key=key, ACL="public-read")',
					'/usr/lib/python3/dist-packages/botocore/client.py:960: in _make_api_call',
					'    raise error_class(parsed_response, operation_name)',
				]
			: ['    raise AccessDenied(f"{user} lacks role {role!r}")']),
		`E   ${message}`,
	].join('\n'),
});

describe('an access-denied error', () => {
	test("raised by a service through a library stays the account's permission", () => {
		expect(
			ruleFor(
				denied(
					'library',
					'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObjectAcl operation: Access Denied',
				),
			),
		).toBe('access-denied');
	});
	test("raised by the project's own check is that check's", () => {
		expect(
			ruleFor(
				denied(
					'app',
					"app.access.AccessDenied: nurse.kelly lacks role 'dentist' (has ['Nurse'])",
				),
			),
		).toBe('raised-in-app');
	});
});
