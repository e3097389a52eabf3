import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';

// What the fifty-sixth sweep's runs showed (fixtures/real-suites/README.md, record-hunt56.sh).

const root = path.resolve('fixtures/real-suites');
const read = async (name: string) => readLog(path.join(root, name, 'run.log'));

describe("pytest-timeout's banner glued to the letters of the tests before the one it ended", () => {
	// websocket/tests/test_app.py's letters before the banner: ssFF..s......s.s.s (10 passed, 2 failed, 6 skipped).
	const beforeBanner = {passed: 10, failed: 2, skipped: 6};

	test('pytest 7.2 (pytest-timeout 2.1) prints the banner on a line of its own: the letters count', async () => {
		const run = await read('wsclient-p7-timeout-thread');
		expect(run.complete).toBe(false);
		expect(run.counts).toMatchObject(beforeBanner);
	});

	test('pytest 9 (pytest-timeout 2.4) under -q: the letters before the banner count as they do on their own line', async () => {
		const run = await read('wsclient-p90-q-timeout-thread');
		expect(run.format).toBe('pytest');
		expect(run.complete).toBe(false);
		expect(run.counts).toMatchObject(beforeBanner);
		expect(run.warnings.map(warning => warning.message)).toContainEqual(
			expect.stringContaining(
				'the progress letters count 2 failing reports that the log never names',
			),
		);
	});

	test("pytest 9 at the default verbosity: the file's letters before the banner count, and the files before", async () => {
		const run = await read('wsclient-p90-timeout-thread');
		expect(run.complete).toBe(false);
		// test_abnf.py's 13 passes on the line before.
		expect(run.counts).toMatchObject({...beforeBanner, passed: 13 + 10});
		expect(run.warnings.map(warning => warning.message)).toContainEqual(
			expect.stringContaining(
				'their F and E letters are in websocket/tests/test_app.py (2)',
			),
		);
	});
});
