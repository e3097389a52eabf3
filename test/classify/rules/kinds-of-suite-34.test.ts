/**
Rules widened after acceptance suite 34 (rinseway) was measured blind (67 of 73, 63 with the priority): checked on
that real run's log and XML (Debian's pytest 7.2), and on texts in other words where the rule must or must not fire.
The kinds are not words of the suite: an AWS error code of the service's side after botocore's retries, a sum of a
list the test multiplied compared by `==`, and a fixture's clean-up removing a file with a settings file's extension.
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

describe.each(['holdout-34.log', 'holdout-34.xml'])(
	'on the real run of suite 34 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test("S3's InternalError after botocore's retries is the service, down", () => {
			expect(
				suggestionFor(analysis, 'test_receipt_stored', 'call'),
			).toMatchObject({
				rule: 'upstream-down',
				category: 'ENVIRONMENT',
				priority: 'HIGH',
			});
		});
		test('floats summed from a list the test multiplied, compared by ==, are the test', () => {
			expect(
				suggestionFor(analysis, 'test_split_bill_three_ways', 'call'),
			).toMatchObject({
				rule: 'float-arithmetic-compared-exactly',
				category: 'TEST_DESIGN',
			});
		});
		test("a clean-up removing the YAML file the test moved is the fixture's, not a settings file", () => {
			expect(
				suggestionFor(analysis, 'test_shops_listed', 'teardown'),
			).toMatchObject({
				rule: 'fixture-cleanup-error',
				category: 'TEST_DESIGN',
				priority: 'LOW',
			});
		});
	},
);

const botocore = (message: string) => ({
	headline: message,
	traceback: [
		'tests/test_exports.py:30: in test_upload',
		'    exports.upload(client, "day.csv")',
		'app/exports.py:12: in upload',
		'    client.put_object(Bucket=settings.BUCKET, Key=key, Body=body)',
		'/usr/lib/python3/dist-packages/botocore/client.py:960: in _make_api_call',
		'    raise error_class(parsed_response, operation_name)',
		`E   ${message}`,
	].join('\n'),
});

describe('an AWS error from botocore', () => {
	test("of the service's side, after the retries ran out, is the service", () => {
		for (const message of [
			'botocore.exceptions.ClientError: An error occurred (InternalError) when calling the PutObject operation (reached max retries: 2): We encountered an internal error. Please try again.',
			'botocore.exceptions.ClientError: An error occurred (ServiceUnavailable) when calling the GetObject operation (reached max retries: 4): Please reduce your request rate.',
			'botocore.exceptions.ClientError: An error occurred (502) when calling the HeadObject operation (reached max retries: 4): Bad Gateway',
			'botocore.errorfactory.InternalServerError: An error occurred (InternalServerError) when calling the PutItem operation (reached max retries: 9): Internal server error',
		]) {
			expect(ruleFor(botocore(message)), message).toBe('upstream-down');
		}
	});
	test("of the caller's side, or without retries, is not read so", () => {
		for (const message of [
			'botocore.errorfactory.NoSuchBucket: An error occurred (NoSuchBucket) when calling the PutObject operation: The specified bucket does not exist',
			'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation (reached max retries: 2): Access Denied',
			'botocore.exceptions.ClientError: An error occurred (InternalError) when calling the PutObject operation: We encountered an internal error.',
		]) {
			expect(ruleFor(botocore(message)), message).not.toBe('upstream-down');
		}
	});
});

const summed = (comparison: string, where: string) => ({
	headline: `AssertionError: ${comparison}`,
	traceback: [
		'tests/test_bill.py:40: in test_split',
		'    assert sum([bill.split(1.0, 10)] * 10) == 1.0',
		`E   ${comparison}`,
		`E    +  where ${where}`,
	].join('\n'),
});

describe('a sum of floats compared by ==', () => {
	test("of a list, a multiplied list or a tuple, off by rounding alone, is the test's", () => {
		for (const where of [
			'0.9999999999999999 = sum(([0.1] * 10))',
			'0.9999999999999999 = sum([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1])',
			'0.9999999999999999 = sum((0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1))',
		]) {
			expect(
				ruleFor(summed('assert 0.9999999999999999 == 1.0', where)),
				where,
			).toBe('float-arithmetic-compared-exactly');
		}
	});
	test('a sum that misses by more than rounding is a wrong value', () => {
		expect(
			ruleFor(
				summed(
					'assert 0.8999999999999999 == 1.0',
					'0.8999999999999999 = sum(([0.1] * 9))',
				),
			),
		).not.toBe('float-arithmetic-compared-exactly');
	});
});

const fileMissing = (
	phase: 'teardown' | 'call',
	frames: readonly string[],
) => ({
	phase,
	headline:
		"FileNotFoundError: [Errno 2] No such file or directory: '/home/ci/app/.tmp/test_a0/shops.yaml'",
	traceback: [
		...frames,
		"E   FileNotFoundError: [Errno 2] No such file or directory: '/home/ci/app/.tmp/test_a0/shops.yaml'",
	].join('\n'),
});

describe('a missing file with a settings extension', () => {
	test("removed by a fixture's clean-up after the test is the fixture's", () => {
		expect(
			ruleFor(
				fileMissing('teardown', [
					'tests/test_a.py:15: in shops',
					"    os.remove(tmp_path / 'shops.yaml')",
				]),
			),
		).toBe('fixture-cleanup-error');
	});
	test('read by the code or by the test, or removed by the code, is still a path of the settings', () => {
		const settingsRules = ['missing-settings-file', 'missing-configured-path'];
		for (const failure of [
			fileMissing('call', [
				'tests/test_a.py:15: in test_a',
				'    shops.load()',
				'app/shops.py:9: in load',
				'    with open(self.path) as handle:',
			]),
			fileMissing('call', [
				'tests/test_a.py:15: in test_a',
				'    shops = yaml.safe_load(open(SHOPS_FILE))',
			]),
			fileMissing('teardown', [
				'tests/test_a.py:20: in shops',
				'    registry.close()',
				'app/shops.py:9: in close',
				'    os.remove(self.path)',
			]),
		]) {
			expect(settingsRules).toContain(ruleFor(failure));
		}
	});
});
