/**
Rules changed after acceptance suite 61 (milkrun) was measured blind (47 of 54 on its log and its XML): checked on that
real run's log and XML, on suites 14's, 38's and 45's, and on texts in other words where the rule must or must not
fire. The kind is not words of the suite: a JSON Web Token whose signature does not verify, in any JWT library's words,
is a token its issuer signed with a key the verifier is not given (a rotation, another environment's secret), which
the four sets' engineers decided CONFIGURATION. Signatures and MACs the code makes and checks itself (itsdangerous,
Fernet, NaCl, ecdsa) stay the code's.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import type {Phase} from '../../../source/log/model.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

async function analysisOf(file: string) {
	return analyze([
		await readLog(path.join(import.meta.dirname, '../acceptance', file)),
	]);
}

describe.each([
	[
		'holdout-61.log',
		'TestTabletTokens::test_tablet_token_after_rotation[issued-2026-q4]',
	],
	[
		'holdout-61.xml',
		'TestTabletTokens::test_tablet_token_after_rotation[issued-2026-q4]',
	],
	['holdout-45.log', 'test_token_after_key_rotation'],
	['holdout-45.xml', 'test_token_after_key_rotation'],
	['holdout-38.log', 'test_id_token_after_key_rotation'],
	['holdout-14.log', 'test_token_from_rotated_issuer_accepted'],
])('on the real run %s', async (file, name) => {
	const analysis = await analysisOf(file);
	test(`${name}: a token signed with a key the verifier does not hold`, () => {
		expect(suggestionFor(analysis, name)).toMatchObject({
			rule: 'token-signed-with-other-key',
			category: 'CONFIGURATION',
			priority: 'MEDIUM',
		});
	});
});

function refused(headline: string, phase: Phase = 'call'): string {
	return ruleFor({
		phase,
		headline,
		traceback: `tests/test_a.py:3: in test_a\n    claims = auth.verify(token)\napp/auth.py:9: in verify\n    return decode(token, settings.KEY)\nE   ${headline}`,
	});
}

describe('a JSON Web Token whose signature does not verify', () => {
	test.each([
		'jwt.exceptions.InvalidSignatureError: Signature verification failed',
		'InvalidSignatureError: Signature verification failed',
		'jose.exceptions.JWTError: Signature verification failed.',
		'jose.exceptions.JWSSignatureError: Signature verification failed.',
		'jwcrypto.jws.InvalidJWSSignature: Verification failed for all signatures["Failed: [InvalidJWSSignature(\'Verification failed\')]"]',
		'authlib.jose.errors.BadSignatureError: bad_signature: ',
		'joserfc.errors.BadSignatureError: bad_signature: ',
	])('%s', headline => {
		expect(refused(headline)).toBe('token-signed-with-other-key');
	});

	test('in a fixture, it is the setup twin, one priority higher', () => {
		expect(
			refused(
				'jwt.exceptions.InvalidSignatureError: Signature verification failed',
				'setup',
			),
		).toBe('token-signed-with-other-key-at-setup');
	});

	test.each([
		// What the code signs and checks itself.
		"itsdangerous.exc.BadTimeSignature: Signature b'hYn79vMOHLgwstKhiuoKibmowms' does not match",
		'cryptography.fernet.InvalidToken',
		'nacl.exceptions.BadSignatureError: Signature was forged or corrupt',
		'ecdsa.keys.BadSignatureError: Signature verification failed',
		'rsa.pkcs1.VerificationError: Verification failed',
		// A test expecting the refusal that did not come.
		"Failed: DID NOT RAISE <class 'jwt.exceptions.InvalidSignatureError'>",
	])('not: %s', headline => {
		expect(refused(headline)).not.toBe('token-signed-with-other-key');
	});
});
