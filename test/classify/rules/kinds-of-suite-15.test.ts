/**
Rules written after acceptance suite 15 (tallyhouse) was measured blind (46 of 65), for kinds of failure it
showed that no rule knew: checked on that real run's log and XML, and on texts in other words where the rule
must not fire. Each is a kind (a TOML file that tomlkit cannot parse, an error whose message starts with the
status 429), not a word of the suite.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

describe.each(['holdout-15.log', 'holdout-15.xml'])(
	'on the real run of suite 15 (%s)',
	async file => {
		const analysis = analyze([
			await readLog(path.join(import.meta.dirname, '../acceptance', file)),
		]);
		test('an error carrying a 429 as its first word is a rate limit, MEDIUM', () => {
			// tallyhouse.http.UpstreamError: 429 '{"error": "slow_down"}'.
			expect(
				suggestionFor(analysis, 'test_token_endpoint_rate_limited'),
			).toMatchObject({
				rule: 'rate-limited',
				category: 'ENVIRONMENT',
				priority: 'MEDIUM',
			});
		});
		test('a TOML file tomlkit cannot parse at import stops collection: the configuration, HIGH', () => {
			const found = analysis.failures.find(
				({failure}) =>
					failure.phase === 'collect' &&
					failure.id === 'tests/core/test_config.py',
			);
			expect(found?.suggestion).toMatchObject({
				rule: 'settings-file-unparsable-at-setup',
				category: 'CONFIGURATION',
				priority: 'HIGH',
			});
		});
		test('the same kind of error with a 503 or a 401 is not a rate limit', () => {
			expect(
				suggestionFor(analysis, 'test_settlements_when_bank_unavailable')?.rule,
			).not.toBe('rate-limited');
			expect(
				suggestionFor(analysis, 'test_client_credentials_accepted')?.rule,
			).not.toBe('rate-limited');
		});
	},
);

describe('in other words', () => {
	test("a client library's error that starts with 429 is a rate limit", () => {
		expect(
			ruleFor({
				headline:
					'influxdb.exceptions.InfluxDBClientError: 429: {"error": "quota exceeded"}',
				traceback: [
					'src/app/store.py:22: in write',
					'    self.client.write_points(points)',
					'E   influxdb.exceptions.InfluxDBClientError: 429: {"error": "quota exceeded"}',
				].join('\n'),
			}),
		).toBe('rate-limited');
	});
	test('an assertion that quotes a 429 first is not read as one', () => {
		expect(
			ruleFor({
				headline: 'AssertionError: 429 != 200',
				traceback: [
					'tests/test_a.py:9: in test_a',
					'    self.assertEqual(response.status_code, 200)',
					'E   AssertionError: 429 != 200',
				].join('\n'),
			}),
		).not.toBe('rate-limited');
	});
	test("tomlkit's parse error while a fixture loads settings is the settings file", () => {
		expect(
			ruleFor({
				phase: 'setup',
				headline:
					"tomlkit.exceptions.UnexpectedCharError: Unexpected character: 'x' at line 3 col 9",
				traceback: [
					'src/app/settings.py:14: in load',
					'    return tomlkit.parse(path.read_text())',
					"E   tomlkit.exceptions.UnexpectedCharError: Unexpected character: 'x' at line 3 col 9",
				].join('\n'),
			}),
		).toBe('settings-file-unparsable-at-setup');
	});
	test("tomlkit's missing key in a document the code edits is not a file that does not parse", () => {
		expect(
			ruleFor({
				headline:
					'tomlkit.exceptions.NonExistentKey: \'Key "fee_bps" does not exist.\'',
				traceback: [
					'src/app/fees.py:8: in fee',
					'    return doc["schemes"][name]["fee_bps"]',
					'E   tomlkit.exceptions.NonExistentKey: \'Key "fee_bps" does not exist.\'',
				].join('\n'),
			}),
		).not.toMatch(/settings-file-unparsable/);
	});
});
