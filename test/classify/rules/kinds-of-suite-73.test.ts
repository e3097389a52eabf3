/**
Rules changed after acceptance suite 73 (parcelwick) was measured blind (47 of 62 on its log and its XML). Two kinds,
no words of the suite. A token whose key id is not in the verifier's key set, in a verifier's own words (`UnknownKeyId:
kid '2026-12' is not among the configured keys ['2026-06']`, `unknown kid`, `key id … not found in the key set`), is
`token-key-not-in-key-set` as joserfc's and PyJWT's words for it already were (CONFIGURATION): the issuer rotated its
key and the key set the code trusts was not. And an AttributeError on the test's own line for an attribute of its own
test class (`type object 'TestNetwork' has no attribute 'label_id'`) is the test's: a value an earlier test was to
leave on the class, or a misspelt name (`test-class-attribute-missing`, TEST_DESIGN MEDIUM).
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
