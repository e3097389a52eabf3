/**
Rules added after acceptance suite 47 (rinsewell) was measured blind (56 of 61 on its log and on its XML): checked on
that real run's log and XML (Debian's pytest 7.2), and on texts in other words where the rule must or must not fire.
The kind is not a word of the suite: PyJWT 2 refusing a decode call that leaves out the algorithms it accepts, which
is the calling code's omission whatever key or audience the same call reads from the settings.
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

describe.each(['holdout-47.log', 'holdout-47.xml'])(
	'on the real run of suite 47 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test('a decode call without its algorithms is the code’s', () => {
			expect(
				suggestionFor(analysis, 'test_manager_sees_all_routes'),
			).toMatchObject({
				rule: 'token-decode-without-algorithms',
				category: 'BUG',
				priority: 'HIGH',
			});
		});
		test('the signing key file not mounted stays the setting’s', () => {
			expect(suggestionFor(analysis, 'test_manifest_signed')?.category).toBe(
				'CONFIGURATION',
			);
		});
	},
);

describe('a token decoded without the algorithms argument', () => {
	function decoded(callLine: string, headline: string) {
		return ruleFor({
			headline,
			traceback: [
				'tests/chaos/auth/test_sessions.py:31: in test_admin_flag',
				'    assert sessions.is_admin(sessions.issue("u-7"))',
				'app/sessions.py:22: in is_admin',
				`    ${callLine}`,
				'/usr/lib/python3/dist-packages/jwt/api_jwt.py:168: in decode',
				'    decoded = self.decode_complete(',
				'/usr/lib/python3/dist-packages/jwt/api_jwt.py:120: in decode_complete',
				'    decoded = api_jws.decode_complete(',
				'/usr/lib/python3/dist-packages/jwt/api_jws.py:191: in decode_complete',
				'    raise DecodeError(',
				`E   ${headline}`,
			].join('\n'),
		});
	}

	const missing =
		'jwt.exceptions.DecodeError: It is required that you pass in a value for the "algorithms" argument when calling decode().';

	test.each([
		'claims = jwt.decode(token, settings.SECRET, audience=settings.AUDIENCE)',
		'return jwt.decode(token, key)',
		'payload = jwt.decode(raw, os.environ["SESSION_KEY"], options={"verify_aud": False})',
	])('%s', callLine => {
		expect(decoded(callLine, missing)).toBe('token-decode-without-algorithms');
	});

	test.each([
		// Other refusals of the same call are not the missing argument.
		[
			'claims = jwt.decode(token, settings.SECRET, audience=settings.AUDIENCE)',
			'jwt.exceptions.DecodeError: Not enough segments',
		],
		[
			'return jwt.decode(token, key, algorithms=["HS256"])',
			'jwt.exceptions.InvalidSignatureError: Signature verification failed',
		],
	])('not: %s / %s', (callLine, headline) => {
		expect(decoded(callLine, headline)).not.toBe(
			'token-decode-without-algorithms',
		);
	});
});
