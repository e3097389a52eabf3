/**
Rules changed after acceptance suite 55 (fellcall) was measured blind (47 of 55 on its log and its XML): checked on
that real run's log and XML, and on texts in other words where the rule must or must not fire. The kinds are not words
of the suite: joserfc's and Authlib's ExpiredTokenError is a JWT's own expiry, as PyJWT's ExpiredSignatureError is,
not a service refusing a credential as AWS's ExpiredToken is. And a token whose key id is not in the key set it is
checked against (joserfc's `No key for kid`, PyJWT's `Unable to find a signing key that matches`) is a key set the code
trusts out of step with the issuer's, whoever minted the token.
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

describe.each(['holdout-55.log', 'holdout-55.xml'])(
	'on the real run of suite 55 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test("the service's own token kept past its expiry is the code's check refusing it", () => {
			expect(
				suggestionFor(analysis, 'test_service_token_refreshed_after_expiry'),
			).toMatchObject({
				rule: 'token-claims-refused',
				category: 'BUG',
				priority: 'HIGH',
			});
		});
		test.each(['dales.kirk', 'dales.moss'])(
			"test_mutual_aid_member_token[%s]: a token issued in the future, the issuer's clock ahead",
			member => {
				expect(
					suggestionFor(analysis, `test_mutual_aid_member_token[${member}]`),
				).toMatchObject({
					rule: 'token-not-yet-valid',
					category: 'CONFIGURATION',
				});
			},
		);
		test.each(['dog-handler-17', 'dog-handler-23'])(
			'test_visiting_dog_handler_token[%s]: the pinned key set holds only the revoked key',
			handler => {
				expect(
					suggestionFor(
						analysis,
						`test_visiting_dog_handler_token[${handler}]`,
					),
				).toMatchObject({
					rule: 'token-key-not-in-key-set',
					category: 'CONFIGURATION',
					priority: 'MEDIUM',
				});
			},
		);
	},
);

const libraryFrames = [
	'tests/test_sessions.py:12: in test_session',
	'    claims = sessions.read(token)',
	'app/sessions.py:30: in read',
	'    claims.validate()',
	'/usr/lib/python3/dist-packages/authlib/jose/rfc7519/claims.py:90: in validate',
	'    self.validate_exp(now, leeway)',
	'/usr/lib/python3/dist-packages/authlib/jose/rfc7519/claims.py:150: in validate_exp',
	'    raise ExpiredTokenError()',
].join('\n');

describe('a JWT expired, in joserfc and Authlib words', () => {
	test.each([
		'joserfc.errors.ExpiredTokenError: expired_token: The token is expired',
		'authlib.jose.errors.ExpiredTokenError: expired_token: The token is expired',
	])("%s, raised in the code's check", line => {
		expect(
			ruleFor({headline: line, traceback: `${libraryFrames}\nE   ${line}`}),
		).toBe('token-claims-refused');
	});
	test("AWS's ExpiredToken is still a credential a service refuses", () => {
		const line =
			'botocore.exceptions.ClientError: An error occurred (ExpiredTokenException) when calling the GetCallerIdentity operation: The security token included in the request is expired';
		expect(
			ruleFor({
				headline: line,
				traceback: `tests/test_a.py:3: in test_a\n    whoami()\nE   ${line}`,
			}),
		).toBe('credentials-rejected');
	});
});

describe("a token's key id not in the key set", () => {
	test.each([
		"joserfc.errors.InvalidKeyIdError: invalid_key_id: No key for kid: 'k-2026'",
		'jwt.exceptions.PyJWKClientError: Unable to find a signing key that matches: "k-2026"',
		"KeyError: 'keyset has no key for kid: k-2026'",
	])('%s', line => {
		expect(
			ruleFor({
				headline: line,
				traceback: `tests/test_a.py:3: in test_a\n    verify(token)\nE   ${line}`,
			}),
		).toBe('token-key-not-in-key-set');
	});
	test('at setup, one priority higher', () => {
		const line =
			"joserfc.errors.InvalidKeyIdError: invalid_key_id: No key for kid: 'k-2026'";
		expect(
			ruleFor({
				phase: 'setup',
				outcome: 'error',
				headline: line,
				traceback: `tests/conftest.py:9: in token\n    verify(raw)\nE   ${line}`,
			}),
		).toBe('token-key-not-in-key-set-at-setup');
	});
	test('a key id a cache does not hold is not read so', () => {
		const line = "KeyError: 'kid'";
		expect(
			ruleFor({
				headline: line,
				traceback: `tests/test_a.py:3: in test_a\n    header["kid"]\nE   ${line}`,
			}),
		).not.toBe('token-key-not-in-key-set');
	});
});
