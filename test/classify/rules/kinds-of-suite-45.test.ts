/**
Rules widened after acceptance suite 45 (boltyard) was measured blind (61 of 67 on its log and on its XML): checked on
that real run's log and XML (Debian's pytest 7.2), and on texts in other words where the rule must or must not fire.
The kinds are not words of the suite: PyJWT refusing a token issued in the future (an issuer's clock ahead, as
python-jose's not-yet-valid token already was), a refresh token the test writes into its source, refused by the
provider (as an expired token so written already was), and a buffer the code sizes from what a request declares.
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

describe.each(['holdout-45.log', 'holdout-45.xml'])(
	'on the real run of suite 45 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test('a token issued in the future is the issuer’s clock ahead of the leeway', () => {
			expect(
				suggestionFor(analysis, 'test_token_from_provider_clock_ahead'),
			).toMatchObject({
				rule: 'token-not-yet-valid',
				category: 'CONFIGURATION',
				priority: 'MEDIUM',
			});
		});
		test('a refresh token written into the test, refused, is the test’s', () => {
			expect(
				suggestionFor(analysis, 'test_refresh_counter_token'),
			).toMatchObject({
				rule: 'refresh-token-fixed-in-test',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});
		test('a buffer sized by the request’s Content-Length is the code trusting it', () => {
			expect(suggestionFor(analysis, 'test_receive_photo')).toMatchObject({
				rule: 'memory-sized-by-request',
				category: 'BUG',
				priority: 'HIGH',
			});
		});
		test('the other refusals and allocations keep their rules', () => {
			// A 401 for an API key the test passes is the key, not a refresh token written in.
			expect(suggestionFor(analysis, 'test_trade_key_revoked')?.rule).not.toBe(
				'refresh-token-fixed-in-test',
			);
			expect(
				suggestionFor(analysis, 'test_client_secret_refused')?.category,
			).toBe('CONFIGURATION');
			// A worker's allocation that names no request stays the machine's memory.
			expect(suggestionFor(analysis, 'test_kit_thumbnails')?.rule).toBe(
				'out-of-memory',
			);
		});
	},
);

describe('PyJWT refusing a token as not yet valid', () => {
	function immature(claim: string) {
		const line = `jwt.exceptions.ImmatureSignatureError: The token is not yet valid (${claim})`;
		return ruleFor({
			headline: line,
			traceback: [
				'tests/chaos/auth/test_tokens.py:40: in test_read',
				'    assert auth.read(token)["sub"] == "ana"',
				'app/auth.py:22: in read',
				'    return jwt.decode(token, key, algorithms=["RS256"], leeway=settings.LEEWAY)',
				'/usr/lib/python3/dist-packages/jwt/api_jwt.py:219: in _validate_iat',
				`    raise ImmatureSignatureError("The token is not yet valid (${claim})")`,
				`E   ${line}`,
			].join('\n'),
		});
	}

	test('issued in the future (iat): the issuer’s clock is ahead', () => {
		expect(immature('iat')).toBe('token-not-yet-valid');
	});

	test('not before (nbf): a token issued to start later stays the code’s check', () => {
		expect(immature('nbf')).toBe('token-claims-refused');
	});
});

describe('a refresh grant refused', () => {
	function refused(testLine: string, headline: string) {
		return ruleFor({
			headline,
			traceback: [
				'tests/chaos/auth/test_signin.py:99: in test_refresh',
				`    ${testLine}`,
				'app/auth.py:45: in refresh',
				'    response.raise_for_status()',
				'/usr/lib/python3/dist-packages/requests/models.py:1021: in raise_for_status',
				'    raise HTTPError(http_error_msg, response=self)',
				`E   ${headline}`,
			].join('\n'),
		});
	}

	const badRequest =
		'requests.exceptions.HTTPError: 400 Client Error: Bad Request for url: http://127.0.0.1:41385/oauth2/token';

	test.each([
		'assert auth.refresh(COUNTER_REFRESH_TOKEN, stub.url)["access_token"]',
		'assert auth.refresh(f"{stub.url}/token", "rt-till-3-2026-11-28")["access_token"]',
		'tokens = client.refresh_tokens(STAGING_TOKEN)',
	])('for a token written into the test: %s', testLine => {
		expect(refused(testLine, badRequest)).toBe('refresh-token-fixed-in-test');
		expect(
			refused(
				testLine,
				"httpx.HTTPStatusError: Client error '401 Unauthorized' for url 'http://idp/token'",
			),
		).toBe('refresh-token-fixed-in-test');
	});

	test.each([
		// A token the test obtained in the run, and a literal that is no token (no digits).
		'assert auth.refresh(first["refresh_token"], stub.url)',
		'assert auth.refresh(token, stub.url)',
		'assert auth.refresh("acme-builders-account")',
		// Not a refresh: an API key the test passes.
		'assert trade.order("acme", "digger", 3, key="tk_live_93fa2026")',
	])('not: %s', testLine => {
		expect(refused(testLine, badRequest)).not.toBe(
			'refresh-token-fixed-in-test',
		);
	});

	test('not a server error on a refresh', () => {
		expect(
			refused(
				'assert auth.refresh(COUNTER_REFRESH_TOKEN, stub.url)',
				'requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: http://idp/token',
			),
		).not.toBe('refresh-token-fixed-in-test');
	});
});

describe('a MemoryError on an allocation', () => {
	function allocating(codeLine: string) {
		return ruleFor({
			headline: 'MemoryError',
			traceback: [
				'tests/chaos/resources/test_uploads.py:22: in test_upload',
				'    assert uploads.receive(headers, body) > 0',
				'app/uploads.py:32: in receive',
				`    ${codeLine}`,
				'E   MemoryError',
			].join('\n'),
		});
	}

	test.each([
		'buffer = bytearray(int(headers["Content-Length"]))',
		'data = bytearray(request.content_length)',
		'chunk = environ["wsgi.input"].read(int(environ["CONTENT_LENGTH"]))',
	])('sized by what the request declares: %s', codeLine => {
		expect(allocating(codeLine)).toBe('memory-sized-by-request');
	});

	test.each([
		['bytearray(settings.SCAN_BUFFER_BYTES)', 'memory-sized-by-setting'],
		['pixels = bytearray(size * size * 4)', 'out-of-memory'],
	])('not: %s', (codeLine, rule) => {
		expect(allocating(codeLine)).toBe(rule);
	});
});
