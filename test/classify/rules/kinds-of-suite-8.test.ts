/**
Rules written after acceptance suite 8 (binwise) was measured blind (16 of 60), for kinds of failure it
showed that no rule knew: checked on that real run's log, and on texts in other words where the rule must
not fire. Each is a kind (a device, a certificate's format, a redirect loop, a DNS answer, a library's own
error under the project's code), not a word of the suite.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

describe('on the real run of suite 8', async () => {
	const analysis = analyze([
		await readLog(
			path.join(import.meta.dirname, '../acceptance/holdout-8.log'),
		),
	]);
	test.each([
		// A library's own error type, raised in a call the project's code made.
		[
			'test_manifest_archive_round_trip',
			'call',
			'library-error-under-app',
			'BUG',
			'HIGH',
		],
		[
			'test_heavy_item_is_over_the_parcel_limit',
			'call',
			'library-error-under-app',
			'BUG',
			'HIGH',
		],
		[
			'test_parcel_weight_from_the_bench_scale',
			'setup',
			'device-missing',
			'ENVIRONMENT',
			'HIGH',
		],
		[
			'test_client_certificate_for_mutual_tls',
			'setup',
			'certificate-unreadable-at-setup',
			'CONFIGURATION',
			'HIGH',
		],
		[
			'test_manifest_status',
			'call',
			'redirect-loop',
			'CONFIGURATION',
			'MEDIUM',
		],
		[
			'test_as2_endpoint_resolves',
			'call',
			'dns-name-does-not-exist',
			'CONFIGURATION',
			'MEDIUM',
		],
		[
			'test_edi_host_resolves',
			'call',
			'dns-servers-failing',
			'ENVIRONMENT',
			'HIGH',
		],
		[
			'test_pick_confirmation_reaches_the_wms',
			'call',
			'cannot-connect',
			'ENVIRONMENT',
			'HIGH',
		],
		[
			'test_replenishment_channel_opens',
			'call',
			'server-closed-connection',
			'ENVIRONMENT',
			'HIGH',
		],
		[
			'test_dock_board_starts_empty',
			'teardown',
			'fixture-yields-twice',
			'TEST_DESIGN',
			'LOW',
		],
	] as const)('%s [%s]: %s', (name, phase, rule, category, priority) => {
		expect(suggestionFor(analysis, name, phase)).toMatchObject({
			rule,
			category,
			priority,
		});
	});

	test('its reason says where the error was raised, not the look-ahead that keeps out a busy service', () => {
		const found = analysis.failures.find(failure =>
			failure.failure.id.endsWith('::test_manifest_archive_round_trip'),
		);
		expect(found?.suggestion.reason).toMatch(
			/^raised in a library at tarfile\.py:\d+, called from app code at binwise\/exports\.py:\d+ — /,
		);
	});

	test('a collection error a library raised while the module was imported is the code’s', () => {
		const found = analysis.failures.find(
			failure => failure.failure.id === 'tests/core/test_zones.py',
		);
		expect(found?.suggestion).toMatchObject({
			rule: 'library-error-under-app',
			category: 'BUG',
		});
	});
});

describe('where they must not fire', () => {
	test('/dev/null, /dev/shm and the standard streams are not devices a test needs', () => {
		for (const path of ['/dev/null', '/dev/shm/x', '/dev/stdin', '/dev/fd/3']) {
			expect(
				ruleFor({
					headline: `FileNotFoundError: [Errno 2] No such file or directory: '${path}'`,
					exceptionType: 'FileNotFoundError',
				}),
			).not.toBe('device-missing');
		}
	});

	test('a library error raised under the test’s own call, not the project’s code, is not the code’s', () => {
		expect(
			ruleFor({
				headline: 'tarfile.ReadError: not an lzma file',
				exceptionType: 'tarfile.ReadError',
				traceback:
					'tests/test_a.py:3: in test_a\n    tarfile.open(p, "r:xz")\n/usr/lib/python3.11/tarfile.py:1795: in xzopen\n    raise ReadError("not an lzma file") from e\nE   tarfile.ReadError: not an lzma file',
			}),
		).not.toBe('library-error-under-app');
	});

	test('a connection that timed out is not a connection refused by type', () => {
		expect(
			ruleFor({
				headline: 'x.SocketTimeoutException: read timed out',
				exceptionType: 'x.SocketTimeoutException',
			}),
		).not.toBe('cannot-connect');
	});

	test('a name that failed to resolve for want of DNS is not a wrong name', () => {
		expect(
			ruleFor({
				headline:
					'socket.gaierror: [Errno -3] Temporary failure in name resolution',
				exceptionType: 'socket.gaierror',
			}),
		).toBe('dns-failure');
	});
});
