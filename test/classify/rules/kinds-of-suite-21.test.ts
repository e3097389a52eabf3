/**
Rules written after acceptance suite 21 (moorline) was measured blind (55 of 71), for kinds of failure it
showed that a rule read otherwise: checked on that real run's log and XML (pytest 9.0.3), and on texts in other
words where the rule must or must not fire. Each is a kind (a connection no address of the host took, a server
busy with a script, a relay without the extension the settings turn on, a view's return the web framework
refuses, a coroutine the test used as a value), not a word of the suite.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

describe.each(['holdout-21.log', 'holdout-21.xml'])(
	'on the real run of suite 21 (%s)',
	async file => {
		const analysis = analyze([
			await readLog(path.join(import.meta.dirname, '../acceptance', file)),
		]);
		test("trio's 'all attempts to connect … failed' for receivers that are not running is a service not reached", () => {
			expect(
				suggestionFor(analysis, 'test_tracks_from_both_receivers'),
			).toMatchObject({
				rule: 'no-address-answered',
				category: 'ENVIRONMENT',
				priority: 'HIGH',
			});
		});
		test('Redis busy running a script is a service busy for the moment', () => {
			expect(
				suggestionFor(analysis, 'test_board_while_script_runs'),
			).toMatchObject({
				rule: 'server-busy',
				category: 'ENVIRONMENT',
				priority: 'MEDIUM',
			});
		});
		test('a relay without STARTTLS, which the settings turn on, is the settings', () => {
			expect(
				suggestionFor(analysis, 'test_notify_holder_through_relay'),
			).toMatchObject({
				rule: 'mail-relay-lacks-extension',
				category: 'CONFIGURATION',
				priority: 'MEDIUM',
			});
		});
		test("Flask refusing what a view returned is the view's", () => {
			expect(suggestionFor(analysis, 'test_berth_details')).toMatchObject({
				rule: 'view-returned-invalid-response',
				category: 'BUG',
				priority: 'HIGH',
			});
		});
		test('a coroutine the test subscripts without running it is the test', () => {
			expect(suggestionFor(analysis, 'test_latest_position')).toMatchObject({
				rule: 'coroutine-not-awaited-in-test',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});
		test('Redis not running and a mail relay not running keep their rules', () => {
			expect(suggestionFor(analysis, 'test_hold_berth')?.category).toBe(
				'ENVIRONMENT',
			);
			expect(suggestionFor(analysis, 'test_notify_holder')?.rule).toBe(
				'connection-refused',
			);
		});
	},
);

describe('in other words', () => {
	test("httpx over anyio, when no address of the host took the connection, is a service not reached, not the code's", () => {
		expect(
			ruleFor({
				headline: 'httpx.ConnectError: All connection attempts failed',
				traceback: [
					'tests/test_quotes.py:8: in test_quote',
					'    quote = client.quote("GBP")',
					'app/client.py:20: in quote',
					'    return httpx.get(settings.RATES_URL, timeout=2).json()',
					'/opt/venv/lib/python3.12/site-packages/httpx/_transports/default.py:118: in map_httpcore_exceptions',
					'    raise mapped_exc(message) from exc',
					'E   httpx.ConnectError: All connection attempts failed',
				].join('\n'),
			}),
		).toBe('no-address-answered');
	});
	test('busy words that are not a server saying so are not read as one', () => {
		expect(
			ruleFor({
				headline: "OSError: [Errno 16] Device or resource busy: '/mnt/scratch'",
			}),
		).not.toBe('server-busy');
		expect(
			ruleFor({headline: 'sqlite3.OperationalError: database is locked'}),
		).not.toBe('server-busy');
		expect(
			ruleFor({
				headline:
					'azure.core.exceptions.HttpResponseError: (ServerBusy) The server is currently unable to receive requests. Please retry your request.',
			}),
		).toBe('server-busy');
	});
	test('a relay without SMTP AUTH is the settings; a login it refuses is not this rule', () => {
		expect(
			ruleFor({
				headline:
					'smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.',
			}),
		).toBe('mail-relay-lacks-extension');
		expect(
			ruleFor({
				headline:
					"smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted')",
			}),
		).not.toBe('mail-relay-lacks-extension');
	});
	test("Django's view that returned None is the view's", () => {
		expect(
			ruleFor({
				headline:
					"ValueError: The view shop.views.basket didn't return an HttpResponse object. It returned None instead.",
			}),
		).toBe('view-returned-invalid-response');
	});
	const coroutineIn = (frame: string, line: string) => ({
		headline: "AttributeError: 'coroutine' object has no attribute 'get'",
		traceback: [
			'tests/test_offers.py:14: in test_offers',
			'    offers = service.offers(shift)',
			frame,
			line,
			"E   AttributeError: 'coroutine' object has no attribute 'get'",
		].join('\n'),
	});
	test("a coroutine used as a value in the test's own line is the test; in the code's line it is not", () => {
		expect(
			ruleFor({
				headline: "TypeError: object of type 'coroutine' has no len()",
				traceback: [
					'tests/test_offers.py:14: in test_offers',
					'    assert len(offers) == 3',
					"E   TypeError: object of type 'coroutine' has no len()",
				].join('\n'),
			}),
		).toBe('coroutine-not-awaited-in-test');
		expect(
			ruleFor(
				coroutineIn(
					'app/offers.py:30: in offers',
					'    return self.cache.fetch(shift).get("offers")',
				),
			),
		).not.toBe('coroutine-not-awaited-in-test');
	});
});
