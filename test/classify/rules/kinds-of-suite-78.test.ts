/**
Rules changed after acceptance suite 78 (tidemark) was measured blind (34 of 56 on its log and its XML, 25 with the
priority). Two kinds, no words of a suite: a programming error (KeyError, AttributeError, TypeError, …) raised in the
code under test while it handled a service's HTTP error is the code's handler failing, BUG HIGH
(`handler-failed-on-service-error`), where the 429 it handled read as `rate-limited`; and the code's own error
refusing a `text/html` answer where it expected JSON is the service's HTML page, ENVIRONMENT MEDIUM
(`html-content-type-instead-of-answer`), where it read as `raised-in-app`.
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

describe.each(['holdout-78.log', 'holdout-78.xml'])(
	'on the real run %s',
	async file => {
		const analysis = await analysed(file);
		test.each([
			[
				'test_retry_after_seconds_read',
				'handler-failed-on-service-error',
				'BUG',
				'HIGH',
			],
			[
				'test_slot_list_is_json',
				'html-content-type-instead-of-answer',
				'ENVIRONMENT',
				'MEDIUM',
			],
			// A 502 through the code's retries, chained with `raise … from`: still the service's.
			[
				'test_berth_list_through_bad_gateway',
				'upstream-down',
				'ENVIRONMENT',
				'HIGH',
			],
		])('%s: %s', (name, rule, category, priority) => {
			expect(suggestionFor(analysis, name)).toMatchObject({
				rule,
				category,
				priority,
			});
		});
	},
);

const library = [
	'/usr/lib/python3.11/urllib/request.py:643: in http_error_default',
	'    raise HTTPError(req.full_url, code, msg, hdrs, fp)',
].join('\n');

function handled(
	first: string,
	joint: string,
	frames: string,
	headline: string,
): string {
	return ruleFor({
		headline,
		exceptionType: headline.slice(0, headline.indexOf(':')),
		traceback: `${library}\nE   ${first}\n\n${joint}\n${frames}\nE   ${headline}`,
	});
}

const during =
	'During handling of the above exception, another exception occurred:';
const directCause =
	'The above exception was the direct cause of the following exception:';
const appFrames = [
	'tests/chaos/test_gateway.py:19: in test_wait_hint',
	'    assert client.wait_hint(url) == 1',
	'quaysvc/client.py:114: in wait_hint',
	'    return parse(headers["retry-after"])',
].join('\n');

describe('a programming error in the code’s handler of a service’s HTTP error', () => {
	test.each([
		[
			'urllib.error.HTTPError: HTTP Error 429: Too Many Requests',
			"KeyError: 'retry-after'",
		],
		[
			"httpx.HTTPStatusError: Client error '429 Too Many Requests' for url 'http://quay/'",
			"AttributeError: 'NoneType' object has no attribute 'get'",
		],
		[
			'requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: http://quay/',
			"TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'",
		],
		[
			'urllib.error.HTTPError: HTTP Error 401: Unauthorized',
			'IndexError: list index out of range',
		],
	])('%s, then %s, is the code’s', (first, headline) => {
		expect(handled(first, during, appFrames, headline)).toBe(
			'handler-failed-on-service-error',
		);
	});

	test('not raised in a library', () => {
		expect(
			handled(
				'urllib.error.HTTPError: HTTP Error 429: Too Many Requests',
				during,
				`${appFrames}\n/usr/lib/python3.11/email/message.py:40: in get\n    return self._headers[name]`,
				"KeyError: 'retry-after'",
			),
		).not.toBe('handler-failed-on-service-error');
	});

	test('not the code’s own exception type', () => {
		expect(
			handled(
				'urllib.error.HTTPError: HTTP Error 429: Too Many Requests',
				during,
				appFrames,
				'quaysvc.client.Throttled: gateway throttled us',
			),
		).not.toBe('handler-failed-on-service-error');
	});

	test('not a raise … from (the direct cause)', () => {
		expect(
			handled(
				'urllib.error.HTTPError: HTTP Error 429: Too Many Requests',
				directCause,
				appFrames,
				"KeyError: 'retry-after'",
			),
		).not.toBe('handler-failed-on-service-error');
	});

	test.each([
		'ConnectionRefusedError: [Errno 111] Connection refused',
		'ConnectionResetError: [Errno 104] Connection reset by peer',
		'TimeoutError: timed out',
	])('not a handler of a connection that got no answer: %s', first => {
		expect(handled(first, during, appFrames, "KeyError: 'fallback'")).not.toBe(
			'handler-failed-on-service-error',
		);
	});

	test('not without a service’s error before it', () => {
		expect(
			ruleFor({
				headline: "KeyError: 'retry-after'",
				exceptionType: 'KeyError',
				traceback: `${appFrames}\nE   KeyError: 'retry-after'`,
			}),
		).not.toBe('handler-failed-on-service-error');
	});
});

describe('the code refusing an HTML answer where it expected JSON', () => {
	const frames = [
		'tests/chaos/test_gateway.py:39: in test_slots',
		'    assert client.get_json(url)',
		'quaysvc/client.py:69: in get_json',
		'    raise ValueError(f"expected application/json from {url}, got {kind!r}")',
	].join('\n');
	function rule(headline: string): string {
		return ruleFor({
			headline,
			exceptionType: headline.slice(0, headline.indexOf(':')),
			traceback: `${frames}\nE   ${headline}`,
		});
	}

	test.each([
		"ValueError: expected application/json from http://quay/slots, got 'text/html'",
		'quaysvc.client.BadAnswer: wanted JSON but the gateway returned text/html; charset=utf-8',
		'RuntimeError: unexpected content type text/html; charset=UTF-8 (not JSON)',
		'ValueError: got text/html instead of JSON from the roster service',
	])('%s', headline => {
		expect(rule(headline)).toBe('html-content-type-instead-of-answer');
	});

	test.each([
		// The test's own assertion on a content type (a test client of the app answering HTML is the app's).
		"AssertionError: assert 'text/html; charset=utf-8' == 'application/json'",
		// HTML expected and JSON got: not a page where an answer was expected.
		"ValueError: expected text/html from the renderer, got 'application/json'",
		// No HTML named.
		"ValueError: expected application/json from http://quay/slots, got 'text/plain'",
	])('not: %s', headline => {
		expect(rule(headline)).not.toBe('html-content-type-instead-of-answer');
	});
});
