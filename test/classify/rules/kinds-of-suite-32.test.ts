/**
Rules written after acceptance suite 32 (cragloft) was measured blind (53 of 69, 50 with the priority), for kinds of
failure it showed that a rule read otherwise: checked on that real run's log and XML (Debian's pytest 7.2), and on
texts in other words where the rule must or must not fire. Each is a kind (a settings library's words for a value the
settings lack or give wrong, an option the code reads and never declared, a service catalog without the endpoint the
code asks for, an event reactor an earlier test already ran), not a word of the suite.
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

describe.each(['holdout-32.log', 'holdout-32.xml'])(
	'on the real run of suite 32 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test.each([
			[
				'test_deployed_book_evening',
				'setup',
				'invalid-settings-at-setup',
				'CONFIGURATION',
				'HIGH',
			],
			[
				'test_party_limit_from_settings',
				'call',
				'setting-not-declared-by-code',
				'BUG',
				'HIGH',
			],
			[
				'test_booking_slots_through_catalog',
				'call',
				'endpoint-not-in-catalog',
				'CONFIGURATION',
				'MEDIUM',
			],
			[
				'test_door_status_again_after_sync',
				'call',
				'process-wide-state-from-earlier-test',
				'TEST_DESIGN',
				'MEDIUM',
			],
		])('%s [%s]: %s', (name, phase, rule, category, priority) => {
			expect(suggestionFor(analysis, name, phase)).toMatchObject({
				rule,
				category,
				priority,
			});
		});
		test('a shipped settings file whose value oslo.config refuses at import is the settings of the whole module', () => {
			expect(
				analysis.failures.find(
					found => found.failure.id === 'tests/core/test_party_limits.py',
				)?.suggestion,
			).toMatchObject({
				rule: 'invalid-settings-at-setup',
				category: 'CONFIGURATION',
				priority: 'HIGH',
			});
		});
	},
);

const raisedIn = (
	message: string,
	frames: readonly string[] = [
		'tests/test_a.py:9: in test_a',
		'    assert client.call()',
		'app/client.py:25: in call',
		'    return self.remote.call()',
		'/usr/lib/python3/dist-packages/oslo_config/cfg.py:2218: in __getattr__',
		'    raise NoSuchOptError(name)',
	],
) => ({
	headline: message,
	traceback: [...frames, `E   ${message}`].join('\n'),
});

describe('in other words', () => {
	test("oslo.config's words for a value the settings lack or give wrong are the settings", () => {
		for (const message of [
			'oslo_config.cfg.RequiredOptError: value required for option connection in group [database]',
			"oslo_config.cfg.ConfigFileValueError: Value for option workers from LocationInfo(location=<Locations.user: (4, True)>, detail='/etc/app/app.conf') is not valid: invalid literal for int() with base 10: 'four'",
			"oslo_config.cfg.ConfigFileParseError: Failed to parse /etc/app/app.conf: at line 3, No ':' or '=' found in assignment: 'debug'",
		]) {
			expect(ruleFor(raisedIn(message))).toBe('invalid-settings');
			expect(ruleFor({...raisedIn(message), phase: 'setup'})).toBe(
				'invalid-settings-at-setup',
			);
		}
	});
	test("an option or a group the code never declared is the code's; configparser's missing option is still the settings", () => {
		for (const message of [
			'oslo_config.cfg.NoSuchOptError: no such option max_party_size in group [bookings]',
			'oslo_config.cfg.NoSuchGroupError: no such group [booking]',
		]) {
			expect(ruleFor(raisedIn(message))).toBe('setting-not-declared-by-code');
		}

		expect(
			ruleFor(
				raisedIn(
					"configparser.NoOptionError: No option 'port' in section: 'db'",
				),
			),
		).toBe('invalid-settings');
	});
	test("a service catalog without the endpoint asked for is the deployment's; SPARQLWrapper's EndPointNotFound is not read so", () => {
		for (const message of [
			'keystoneauth1.exceptions.catalog.EndpointNotFound: internal endpoint for booking service not found',
			'keystoneauth1.exceptions.catalog.EndpointNotFound: public endpoint for compute service in RegionTwo region not found',
			'keystoneclient.exceptions.EndpointNotFound: Could not find requested endpoint in Service Catalog.',
		]) {
			expect(ruleFor(raisedIn(message))).toBe('endpoint-not-in-catalog');
			expect(ruleFor({...raisedIn(message), phase: 'setup'})).toBe(
				'endpoint-not-in-catalog-at-setup',
			);
		}

		expect(
			ruleFor(
				raisedIn(
					'SPARQLWrapper.SPARQLExceptions.EndPointNotFound: EndPointNotFound: It was impossible to connect with the endpoint in that address, check if it is correct.',
				),
			),
		).not.toBe('endpoint-not-in-catalog');
	});
	test("Twisted's reactor run a second time in one process is what an earlier test left; a refused connection through Twisted is not", () => {
		expect(
			ruleFor(raisedIn('twisted.internet.error.ReactorNotRestartable')),
		).toBe('process-wide-state-from-earlier-test');
		expect(
			ruleFor(
				raisedIn(
					'twisted.internet.error.ConnectionRefusedError: Connection was refused by other side: 111: Connection refused.',
				),
			),
		).not.toBe('process-wide-state-from-earlier-test');
	});
});
