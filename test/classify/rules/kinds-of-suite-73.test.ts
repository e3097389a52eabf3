/**
Rules changed after acceptance suite 73 (parcelwick) was measured blind (47 of 62 on its log and its XML). Two kinds,
no words of the suite. A token whose key id is not in the verifier's key set, in a verifier's own words (`UnknownKeyId:
kid '2026-12' is not among the configured keys ['2026-06']`, `unknown kid`, `key id … not found in the key set`), is
`token-key-not-in-key-set` as joserfc's and PyJWT's words for it already were (CONFIGURATION): the issuer rotated its
key and the key set the code trusts was not. And an AttributeError on the test's own line for an attribute of its own
test class (`type object 'TestNetwork' has no attribute 'label_id'`) is the test's: a value an earlier test was to
leave on the class, or a misspelt name (`test-class-attribute-missing`, TEST_DESIGN MEDIUM). Besides, a connection
error whose cause is the process's open-file limit (urllib3's `Failed to establish a new connection: [Errno 24] Too
many open files`) is that limit (`too-many-open-files`), not a service the code cannot reach (`cannot-connect`).
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

describe.each(['holdout-73.log', 'holdout-73.xml'])(
	'on the real run %s',
	async file => {
		const analysis = await analysed(file);
		test.each([
			'test_sign_in_after_key_rotation',
			'test_rotated_token_reaches_carrier',
		])("%s: a kid the configured keys lack is the key set's", name => {
			expect(suggestionFor(analysis, name)).toMatchObject({
				rule: 'token-key-not-in-key-set',
				category: 'CONFIGURATION',
			});
		});
		test('a connection the open-file limit kept from being made is the limit, not the service', () => {
			expect(
				suggestionFor(analysis, 'test_download_a_van_of_labels'),
			).toMatchObject({rule: 'too-many-open-files'});
		});
		test("a label id an earlier test was to leave on the class is the test's", () => {
			expect(suggestionFor(analysis, 'test_label_tracked')).toMatchObject({
				rule: 'test-class-attribute-missing',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});
	},
);

function verified(exceptionType: string, message: string): string {
	return ruleFor({
		headline: `${exceptionType}: ${message}`,
		exceptionType,
		traceback: `tests/test_auth.py:12: in test_sign_in\n    claims = auth.verify(token)\ndepot/auth.py:43: in verify\n    raise ${exceptionType.split('.').pop()!}(message)\nE   ${exceptionType}: ${message}`,
	});
}

describe("a token's key id not in the verifier's key set", () => {
	test.each([
		[
			'parcelwick.tokens.UnknownKeyId',
			"kid '2026-12' is not among the configured keys ['2026-06']",
		],
		['depot.auth.TokenError', "unknown kid 'k-2027'"],
		['depot.auth.TokenError', 'key id k2 not found in the key set'],
		['depot.auth.InvalidToken', "Key ID 'rot-7' not in keyset"],
		['depot.auth.UnknownKidError', 'k-2027'],
	])('%s: %s is the key set the code trusts', (type, message) => {
		expect(verified(type, message)).toBe('token-key-not-in-key-set');
	});

	test.each([
		['depot.auth.TokenError', "header has no 'kid'"],
		['depot.auth.TokenError', 'kid is not a string'],
		[
			'botocore.exceptions.ClientError',
			'An error occurred (InvalidAccessKeyId) when calling the PutObject operation: The AWS Access Key Id you provided does not exist in our records.',
		],
	])('%s: %s is not read so', (type, message) => {
		expect(verified(type, message)).not.toBe('token-key-not-in-key-set');
	});
});

function attributeError(message: string, raisedAt: string): string {
	return ruleFor({
		headline: `AttributeError: ${message}`,
		exceptionType: 'AttributeError',
		traceback: `${raisedAt}\nE   AttributeError: ${message}`,
	});
}

const onTestLine =
	'tests/chaos/test_labels.py:40: in test_label_tracked\n    assert track(TestLabels.label_id) == "in transit"';

describe("an attribute of the test's own class that is not there", () => {
	test.each([
		"type object 'TestNetwork' has no attribute 'label_id'",
		"type object 'TestLabels' has no attribute 'booked'",
		"type object 'LabelTests' has no attribute 'booked'",
	])('%s on the test line is the test', message => {
		expect(attributeError(message, onTestLine)).toBe(
			'test-class-attribute-missing',
		);
	});

	test.each([
		// A library's test helper, an instance: not the test's class.
		"'TestClient' object has no attribute 'json'",
		"'TestNetwork' object has no attribute 'label_id'",
		// A class of the code.
		"type object 'Label' has no attribute 'objects'",
	])('%s is not read so', message => {
		expect(attributeError(message, onTestLine)).not.toBe(
			'test-class-attribute-missing',
		);
	});

	test("raised in the code's own frame, it is not the test's", () => {
		expect(
			attributeError(
				"type object 'TestNetwork' has no attribute 'label_id'",
				`${onTestLine}\ndepot/labels.py:12: in track\n    return registry.lookup(label)`,
			),
		).not.toBe('test-class-attribute-missing');
	});
});

function connectionError(cause: string): string {
	const message = `HTTPConnectionPool(host='127.0.0.1', port=8080): Max retries exceeded with url: /v1/labels/L52 (Caused by NewConnectionError("HTTPConnection(host='127.0.0.1', port=8080): Failed to establish a new connection: ${cause}"))`;
	return ruleFor({
		headline: `requests.exceptions.ConnectionError: ${message}`,
		exceptionType: 'requests.exceptions.ConnectionError',
		traceback: `tests/test_labels.py:12: in test_download\n    labels.download_all(ids)\ndepot/labels.py:15: in download_all\n    resp = sess.get(url, stream=True)\n/usr/lib/python3/dist-packages/requests/adapters.py:677: in send\n    raise ConnectionError(e, request=request)\nE   requests.exceptions.ConnectionError: ${message}`,
	});
}

describe('a connection error', () => {
	test('for the open-file limit is the limit', () => {
		expect(connectionError('[Errno 24] Too many open files')).toBe(
			'too-many-open-files',
		);
	});

	test.each([
		['handshake with the depot gateway failed', 'cannot-connect'],
		['handshake failed: [Errno 24] Too many open files', 'too-many-open-files'],
	])("a library's own connection error, %s, is %s", (message, rule) => {
		const type = 'acme.transport.SocketError';
		expect(
			ruleFor({
				headline: `${type}: ${message}`,
				exceptionType: type,
				traceback: `depot/gateway.py:3: in connect\n    sock.handshake()\nE   ${type}: ${message}`,
			}),
		).toBe(rule);
	});

	test.each([
		['[Errno 113] No route to host', 'network-unreachable'],
		['[Errno 104] Connection reset by peer', 'connection-reset'],
		['[Errno 111] Connection refused', 'connection-refused'],
	])('for %s is the service', (cause, rule) => {
		expect(connectionError(cause)).toBe(rule);
	});
});
