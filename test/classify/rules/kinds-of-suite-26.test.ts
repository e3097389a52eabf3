/**
Rules written after acceptance suite 26 (starwick) was measured blind (54 of 62), for kinds of failure it showed
that a rule read otherwise: checked on that real run's log and XML (Debian's pytest 7.2), and on texts in other
words where the rule must or must not fire. Each is a kind (a port nothing ever listened on, a coroutine unpacked
unawaited, a 503 quoted by the code's own error), not a word of the suite.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

describe.each(['holdout-26.log', 'holdout-26.xml'])(
	'on the real run of suite 26 (%s)',
	async file => {
		const analysis = analyze([
			await readLog(path.join(import.meta.dirname, '../acceptance', file)),
		]);
		test("portend's `Port … not bound` is a server not running", () => {
			for (const name of [
				'test_dome_controller_up',
				'test_open_dome_for_session',
			]) {
				expect(suggestionFor(analysis, name)).toMatchObject({
					rule: 'port-never-bound',
					category: 'ENVIRONMENT',
					priority: 'HIGH',
				});
			}
		});
		test('a coroutine the test unpacks unawaited is the test’s', () => {
			expect(
				suggestionFor(analysis, 'test_mount_position_in_range'),
			).toMatchObject({
				rule: 'coroutine-not-awaited-in-test',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});
		test("a 503 quoted by the code's own error is the service's", () => {
			expect(suggestionFor(analysis, 'test_mast_busy')).toMatchObject({
				rule: 'upstream-unavailable',
				category: 'ENVIRONMENT',
				priority: 'MEDIUM',
			});
		});
	},
);

const portendTimeout = (headline: string) => ({
	headline,
	traceback: [
		'tests/test_server.py:9: in test_server_up',
		'    app.wait_until_serving()',
		'app/server.py:30: in wait_until_serving',
		'    portend.occupied("127.0.0.1", settings.PORT, timeout=2)',
		'/usr/lib/python3/dist-packages/portend.py:159: in occupied',
		'    raise Timeout("Port {port} not bound on {host}.".format(**locals()))',
		`E   ${headline}`,
	].join('\n'),
});

const inTest = (headline: string, line: string) => ({
	headline,
	traceback: [
		'tests/test_a.py:9: in test_a',
		`    ${line}`,
		`E   ${headline}`,
	].join('\n'),
});

const ownError = (headline: string) => ({
	headline,
	traceback: [
		'tests/test_a.py:9: in test_a',
		'    assert app.fetch()',
		'app/client.py:30: in fetch',
		'    raise FetchError(f"{name} answered {status}: {body}")',
		`E   ${headline}`,
	].join('\n'),
});

describe('in other words', () => {
	test("portend's `not bound`, not its `not free` (a port still taken)", () => {
		expect(
			ruleFor(
				portendTimeout('portend.Timeout: Port 8080 not bound on localhost.'),
			),
		).toBe('port-never-bound');
		expect(
			ruleFor(
				portendTimeout('portend.Timeout: Port 8080 not free on 127.0.0.1.'),
			),
		).not.toBe('port-never-bound');
	});
	test('a coroutine unpacked in the test’s own line; the code’s own line is not the test’s', () => {
		expect(
			ruleFor(
				inTest(
					'TypeError: cannot unpack non-iterable coroutine object',
					'lat, lon = geo.locate("x")',
				),
			),
		).toBe('coroutine-not-awaited-in-test');
		expect(
			ruleFor({
				headline: 'TypeError: cannot unpack non-iterable coroutine object',
				traceback: [
					'tests/test_a.py:9: in test_a',
					'    assert geo.distance("a", "b")',
					'app/geo.py:14: in distance',
					'    lat, lon = locate(a)',
					'E   TypeError: cannot unpack non-iterable coroutine object',
				].join('\n'),
			}),
		).not.toBe('coroutine-not-awaited-in-test');
		// Another value that cannot be unpacked is not a coroutine.
		expect(
			ruleFor(
				inTest(
					'TypeError: cannot unpack non-iterable NoneType object',
					'lat, lon = geo.locate("x")',
				),
			),
		).not.toBe('coroutine-not-awaited-in-test');
	});
	test("a 503 or 504 the code's error quotes after a verb of answering; other numbers and bare 503s are not", () => {
		for (const headline of [
			'app.client.FetchError: weather mast answered 503: rebooting',
			'app.client.FetchError: the catalogue returned HTTP 503',
			'app.client.FetchError: geocoder responded with status 504',
		]) {
			expect(ruleFor(ownError(headline))).toBe('upstream-unavailable');
		}

		for (const headline of [
			'app.client.FetchError: weather mast answered 500: boom',
			'app.client.FetchError: the catalogue returned 5030 rows',
			'app.client.FetchError: record 503 not found',
		]) {
			expect(ruleFor(ownError(headline))).not.toBe('upstream-unavailable');
		}
	});
});
