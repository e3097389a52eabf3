/**
Rules written after acceptance suite 11 (lendwell) was measured blind (59 of 69), for kinds of failure it
showed that no rule knew or read otherwise, where earlier sets decided alike: checked on that real run's log,
and on texts in other words where the rule must not fire. Each is a kind (a memo keyed by a dict, retries
that ran out on 5xx in tenacity's words, a host name reserved never to resolve), not a word of the suite.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

describe('on the real run of suite 11', async () => {
	const analysis = analyze([
		await readLog(
			path.join(import.meta.dirname, '../acceptance/holdout-11.log'),
		),
	]);
	test.each([
		// cachetools' key of a memoised function given a dict: no frame of the project's code is entered.
		['test_search_with_a_format_filter', 'unhashable-key', 'BUG', 'HIGH'],
		// tenacity's RetryError over the last attempt's 503: the retries ran out, not one 503.
		[
			'test_ebook_checkout_while_the_vendor_deploys',
			'upstream-down',
			'ENVIRONMENT',
			'HIGH',
		],
		// A .invalid host: the settings' placeholder, not a DNS outage.
		[
			'test_interlibrary_request_is_placed',
			'placeholder-host',
			'CONFIGURATION',
			'MEDIUM',
		],
	] as const)('%s: %s', (name, rule, category, priority) => {
		expect(suggestionFor(analysis, name)).toMatchObject({
			rule,
			category,
			priority,
		});
	});
});

describe('on the real run of suite 5', async () => {
	const analysis = analyze([
		await readLog(
			path.join(import.meta.dirname, '../acceptance/holdout-5.log'),
		),
	]);
	test('its .invalid host is the placeholder of a setting too, as its engineer decided', () => {
		expect(suggestionFor(analysis, 'test_fares_service_by_name')).toMatchObject(
			{rule: 'placeholder-host', category: 'CONFIGURATION'},
		);
	});
});

describe('where they must not fire', () => {
	test('a name that does not resolve on a real or internal domain is still a DNS failure', () => {
		for (const host of ['pricing.internal', 'api.partner.com', 'db']) {
			expect(
				ruleFor({
					headline: `urllib3.exceptions.NameResolutionError: Failed to resolve '${host}' ([Errno -2] Name or service not known)`,
					exceptionType: 'urllib3.exceptions.NameResolutionError',
				}),
			).toBe('dns-failure');
		}
	});
	test("httplib2's words for a real name are a DNS failure", () => {
		expect(
			ruleFor({
				headline:
					'httplib2.error.ServerNotFoundError: Unable to find the server at files.lantern.com',
				exceptionType: 'httplib2.error.ServerNotFoundError',
				traceback:
					'E   socket.gaierror: [Errno -2] Name or service not known\n\nDuring handling of the above exception, another exception occurred:\nE   httplib2.error.ServerNotFoundError: Unable to find the server at files.lantern.com',
			}),
		).toBe('dns-failure');
	});
	test('a reserved name in a message that is not about resolving it is left to other rules', () => {
		expect(
			ruleFor({
				headline:
					"requests.exceptions.ConnectionError: HTTPConnectionPool(host='api.example.test', port=80): Max retries exceeded (Caused by NewConnectionError(': Failed to establish a new connection: [Errno 111] Connection refused'))",
				exceptionType: 'requests.exceptions.ConnectionError',
			}),
		).toBe('connection-refused');
		expect(
			ruleFor({
				headline: 'ValueError: invalid literal for int() with base 10',
				exceptionType: 'ValueError',
			}),
		).not.toBe('placeholder-host');
	});
	test('retries that ran out on 429s stay a rate limit, and one 503 stays one 503', () => {
		const retried = (status: string) =>
			ruleFor({
				headline:
					'tenacity.RetryError: RetryError[<Future at 0x7f state=finished raised HTTPError>]',
				exceptionType: 'tenacity.RetryError',
				traceback: `E   requests.exceptions.HTTPError: ${status} for url: http://vendor/v1\n\nThe above exception was the direct cause of the following exception:\nE   tenacity.RetryError: RetryError[<Future at 0x7f state=finished raised HTTPError>]`,
			});
		expect(retried('503 Server Error: Service Unavailable')).toBe(
			'upstream-down',
		);
		expect(retried('429 Client Error: Too Many Requests')).not.toBe(
			'upstream-down',
		);
		expect(
			ruleFor({
				headline:
					'tenacity.RetryError: RetryError[<Future at 0x7f state=finished raised HTTPError>]',
				exceptionType: 'tenacity.RetryError',
				traceback:
					'E   requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: http://geo/search\n\nThe above exception was the direct cause of the following exception:\nE   tenacity.RetryError: RetryError[<Future at 0x7f state=finished raised HTTPError>]',
			}),
		).not.toBe('upstream-down');
		expect(
			ruleFor({
				headline:
					'requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: http://vendor/v1',
				exceptionType: 'requests.exceptions.HTTPError',
			}),
		).toBe('upstream-unavailable');
	});
	test('a TypeError of another kind is not a key that cannot be hashed', () => {
		expect(
			ruleFor({
				headline:
					"TypeError: unsupported operand type(s) for -: 'datetime.datetime' and 'datetime.date'",
				exceptionType: 'TypeError',
			}),
		).not.toBe('unhashable-key');
	});
});
