/**
Rules written after acceptance suites 6 (meterwell) and 7 (wardbook) were measured blind, for kinds of
failure they showed that no rule knew: checked on those real runs' logs, and on texts in other words where
the rule must not fire.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

const log = path.join(import.meta.dirname, '../acceptance/holdout-6.log');

describe('on the real run of suite 6', async () => {
	const analysis = analyze([await readLog(log)]);
	const ruleOf = (name: string, phase = 'call') =>
		suggestionFor(analysis, name, phase);

	test.each([
		[
			'test_count_from_collector_headers',
			'call',
			'mock-used-as-value',
			'TEST_DESIGN',
			'MEDIUM',
		],
		[
			'test_alert_payload',
			'call',
			'patch-target-missing',
			'TEST_DESIGN',
			'MEDIUM',
		],
		[
			'test_export_november',
			'call',
			'file-size-limit',
			'ENVIRONMENT',
			'MEDIUM',
		],
		[
			'test_seal_gateway_password',
			'setup',
			'library-refused-setting-at-setup',
			'CONFIGURATION',
			'HIGH',
		],
		[
			'test_slot_in_spring_gap',
			'call',
			'library-error-from-app',
			'BUG',
			'HIGH',
		],
		[
			'test_gateway_hostname_for_submeter',
			'call',
			'library-error-from-app',
			'BUG',
			'HIGH',
		],
		[
			'test_register_meter_at_headend',
			'call',
			'library-error-from-app',
			'BUG',
			'HIGH',
		],
	] as const)('%s [%s]: %s', (name, phase, rule, category, priority) => {
		expect(ruleOf(name, phase)).toMatchObject({rule, category, priority});
	});
});

describe('on the real run of suite 7', async () => {
	const analysis = analyze([
		await readLog(
			path.join(import.meta.dirname, '../acceptance/holdout-7.log'),
		),
	]);
	test.each([
		[
			'test_sentinel_finds_master',
			'call',
			'unavailable-by-type',
			'ENVIRONMENT',
			'HIGH',
		],
		[
			'test_audit_trail_document',
			'call',
			'library-error-from-app',
			'BUG',
			'HIGH',
		],
		[
			'test_cookie_signed_with_session_key',
			'setup',
			'library-refused-setting-at-setup',
			'CONFIGURATION',
			'HIGH',
		],
		// Its reason says the locale is not installed on this machine: the machine's, not a setting.
		['test_letter_text', 'call', 'locale-missing', 'ENVIRONMENT', 'MEDIUM'],
	] as const)('%s [%s]: %s', (name, phase, rule, category, priority) => {
		expect(suggestionFor(analysis, name, phase)).toMatchObject({
			rule,
			category,
			priority,
		});
	});
});

describe('where they must not fire', () => {
	test('a real value that is not a mock is not the test fake', () => {
		expect(
			ruleFor({
				headline: "TypeError: 'NoneType' object is not subscriptable",
				exceptionType: 'TypeError',
				traceback:
					"tests/test_a.py:3: in test_a\n    count(None)\nsrc/app/a.py:9: in count\n    return headers['x']\nE   TypeError: 'NoneType' object is not subscriptable",
			}),
		).not.toBe('mock-used-as-value');
	});

	test('a missing attribute of an object is not a patch target', () => {
		expect(
			ruleFor({
				headline: "AttributeError: 'Meter' object has no attribute 'serial'",
				exceptionType: 'AttributeError',
			}),
		).not.toBe('patch-target-missing');
	});

	test('a library refusing a value during the test itself is not a setting at setup', () => {
		expect(
			ruleFor({
				headline:
					'ValueError: Fernet key must be 32 url-safe base64-encoded bytes.',
				exceptionType: 'ValueError',
				traceback:
					'tests/test_a.py:3: in test_a\n    seal(b"k")\nsrc/app/crypto.py:9: in seal\n    return Fernet(key)\n/usr/lib/python3/dist-packages/cryptography/fernet.py:39: in __init__\n    raise ValueError(\nE   ValueError: Fernet key must be 32 url-safe base64-encoded bytes.',
			}),
		).toBe('library-error-from-app');
	});
});
