/**
Rules written after acceptance suite 18 (oddsmill) was measured blind (58 of 69), for kinds of failure it
showed that a rule read otherwise: checked on that real run's log and XML, and on texts in other words where
the rule must not fire. Each is a kind (a file from the test's own data folder refused as damaged, a read
timeout a client reports under its connection error's name), not a word of the suite.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

describe.each(['holdout-18.log', 'holdout-18.xml'])(
	'on the real run of suite 18 (%s)',
	async file => {
		const analysis = analyze([
			await readLog(path.join(import.meta.dirname, '../acceptance', file)),
		]);
		test.each([
			'test_recorded_snapshot_reads',
			'test_desk_backup_readable',
			'test_results_archive',
		])("%s: a damaged file from the test's data folder is the test's", name => {
			expect(suggestionFor(analysis, name)).toMatchObject({
				rule: 'test-data-file-damaged',
				category: 'TEST_DESIGN',
				priority: 'MEDIUM',
			});
		});
		test("requests' ConnectionError over a read timeout is a slow service, MEDIUM", () => {
			expect(
				suggestionFor(analysis, 'test_prices_from_slow_provider'),
			).toMatchObject({
				rule: 'read-timeout-as-connection-error',
				category: 'ENVIRONMENT',
				priority: 'MEDIUM',
			});
		});
		test('the refused services and the code’s own errors keep their rules', () => {
			expect(
				suggestionFor(analysis, 'test_prices_snapshot[football]')?.rule,
			).toBe('connection-refused');
			expect(suggestionFor(analysis, 'test_void_market')?.category).toBe('BUG');
		});
	},
);

describe.each(['holdout-6.log', 'holdout-16.log', 'holdout-17.log'])(
	'on earlier real runs (%s)',
	async file => {
		const analysis = analyze([
			await readLog(path.join(import.meta.dirname, '../acceptance', file)),
		]);
		test('their damaged test data files read the same way', () => {
			const rules = analysis.failures
				.filter(found => found.suggestion?.rule === 'test-data-file-damaged')
				.map(found => found.failure.id);
			expect(rules.length).toBeGreaterThan(0);
		});
	},
);

describe('in other words', () => {
	const testFrame = (line: string, error: string) => ({
		headline: error,
		traceback: [
			'tests/test_import.py:12: in test_import',
			`    ${line}`,
			'app/importer.py:30: in load',
			'    with zipfile.ZipFile(path) as archive:',
			`E   ${error}`,
		].join('\n'),
	});
	test("a tar archive from a fixtures folder in quotes is the test's data", () => {
		expect(
			ruleFor(
				testFrame(
					'rows = importer.load("tests/fixtures/export.tar.gz")',
					'tarfile.ReadError: unexpected end of data',
				),
			),
		).toBe('test-data-file-damaged');
	});
	test('the same damaged archive from a path the code was given is not the test’s data', () => {
		expect(
			ruleFor(
				testFrame(
					'rows = importer.load(settings.EXPORT_PATH)',
					'zipfile.BadZipFile: File is not a zip file',
				),
			),
		).not.toBe('test-data-file-damaged');
	});
	test('a text encoding refused on a data file is not a damaged file', () => {
		expect(
			ruleFor(
				testFrame(
					'rows = importer.load(DATA / "partner.csv")',
					"UnicodeDecodeError: 'utf-8' codec can't decode byte 0xf8 in position 51: invalid start byte",
				),
			),
		).not.toBe('test-data-file-damaged');
	});
	test('a connection error over a refused connection stays a service not reached', () => {
		expect(
			ruleFor({
				headline:
					"requests.exceptions.ConnectionError: HTTPConnectionPool(host='127.0.0.1', port=8080): Max retries exceeded with url: /x (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object>: Failed to establish a new connection: [Errno 111] Connection refused'))",
			}),
		).not.toBe('read-timeout-as-connection-error');
	});
	test('a ReadTimeout under its own name keeps the timeout rule', () => {
		expect(
			ruleFor({
				headline:
					"requests.exceptions.ReadTimeout: HTTPConnectionPool(host='127.0.0.1', port=8080): Read timed out. (read timeout=0.5)",
			}),
		).not.toBe('read-timeout-as-connection-error');
	});
	test("another client's connection error caused by a read timeout is slowness too", () => {
		expect(
			ruleFor({
				headline:
					'app.clients.UpstreamConnectionError: Max retries exceeded (Caused by ReadTimeoutError("HTTPSConnectionPool(host=\'api.example.org\', port=443): Read timed out."))',
			}),
		).toBe('read-timeout-as-connection-error');
	});
});
