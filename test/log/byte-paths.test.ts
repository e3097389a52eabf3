import fs from 'node:fs';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';
import {describe, expect, test} from 'vitest';
import {LineSplitter} from '../../source/log/line-splitter.js';
import type {Run} from '../../source/log/model.js';
import {SessionSplitter} from '../../source/log/sessions.js';
import {header, plain} from './helpers.js';

/**
The parser reads its commonest lines from their bytes (`bytesLine`: `-v` lines, xdist's lines, the lines of a
failure's report). Each byte path must read a line exactly as its text is read: every console log read both
ways gives the same runs.
*/
function readRuns(bytes: Buffer, withBytePaths: boolean): Run[] {
	const sessions = new SessionSplitter('pytest', 'test.log');
	// Without `bytesLine`, every line goes to the parser as text.
	const splitter = new LineSplitter(
		withBytePaths
			? sessions
			: {
					line(text, lineNumber) {
						sessions.line(text, lineNumber);
					},
					keepsReturns: () => sessions.keepsReturns(),
					isReturnInId: line => sessions.isReturnInId(line),
				},
	);
	// Small chunks: lines cut across chunks go both ways too.
	for (let start = 0; start < bytes.length; start += 4096) {
		splitter.push(bytes.subarray(start, start + 4096));
	}

	splitter.end();
	return sessions.finish([...splitter.warnings]);
}

function expectSameBothWays(bytes: Buffer): Run[] {
	const runs = readRuns(bytes, true);
	expect(runs.map(run => plain(run))).toEqual(
		readRuns(bytes, false).map(run => plain(run)),
	);
	return runs;
}

function consoleLogs(directory: string): string[] {
	// The shared corpus is there only when this checkout sits next to it.
	if (!fs.existsSync(directory)) {
		return [];
	}

	return fs
		.readdirSync(directory, {recursive: true, encoding: 'utf8'})
		.filter(name => /(?:^|\/)run\.log(?:\.gz)?$/.test(name))
		.map(name => path.join(directory, name))
		.toSorted();
}

describe('every console log reads the same with the byte paths as all as text', () => {
	const logs = [
		...consoleLogs(path.resolve('fixtures')),
		...consoleLogs(path.resolve('../shared/fixtures/real')),
	];
	test('there are logs, xdist ones among them', () => {
		expect(logs.length).toBeGreaterThan(50);
		expect(logs.some(log => log.includes('-n2'))).toBe(true);
	});

	for (const log of logs) {
		test(path.relative(path.resolve('..'), log), () => {
			const raw = fs.readFileSync(log);
			const bytes = log.endsWith('.gz') ? gunzipSync(raw) : raw;
			const runs = expectSameBothWays(bytes);
			expect(runs.length).toBeGreaterThan(0);
		});
	}
});

test('xdist lines the byte paths leave to the text reader still read as before', () => {
	const log = [
		header,
		'created: 2/2 workers',
		'2 workers [9 items]',
		'',
		'tests/t.py::test_a ',
		'tests/t.py::test_PASSED ',
		'tests/t.py::test_b[1] ',
		'[gw0] [ 11%] PASSED tests/t.py::test_a ',
		'tests/t.py::test_c ',
		// An id that ends with an outcome word: the test printed before it gets that outcome.
		'tests/t.py::test_FAILED ',
		'[gw1] [ 22%] FAILED tests/t.py::test_b[1] ',
		'[gw0] [ 33%] RERUN tests/t.py::test_c ',
		'[gw0] [ 33%] PASSED tests/t.py::test_c ',
		'[gw1] [ 44%] ERROR tests/t.py::test_d ',
		'[gw1] [ 44%] PASSED tests/t.py::test_d ',
		String.raw`[gw0] [ 55%] SKIPPED tests/t.py::test_e[a\x] `,
		'[gw0] [ 66%] XFAIL tests/t.py::test_f[x - y] ',
		'[gw1] [ 77%] XPASS tests/t.py::test_g[[] ',
		'[gw1] [ 88%] PASSED /src/app/tests/u.py::test_h ',
		'[gw0] [100%]\tPASSED tests/t.py::test_i ',
		'[gw1] [100%] PASSED tests/t.py::test_a ',
		'[gw0] [100%] FAILED tests/t.py::test_j ',
		'',
		'=========================== short test summary info ============================',
		'FAILED tests/t.py::test_b[1]',
		'ERROR tests/t.py::test_d',
		'=============== 1 failed, 6 passed, 1 skipped, 1 xfailed, 1 xpassed, 1 error, 1 rerun in 0.50s ===============',
		'',
	].join('\n');
	const [run] = expectSameBothWays(Buffer.from(log));
	const outcomes = Object.fromEntries(
		run!.tests.toArray().map(test => [test.id, test.outcome]),
	);
	expect(outcomes).toMatchObject({
		'tests/t.py::test_a': 'passed',
		'tests/t.py::test_b[1]': 'failed',
		'tests/t.py::test_c': 'passed',
		'tests/t.py::test_e[a\\x]': 'skipped',
		'tests/t.py::test_g[[]': 'xpassed',
		'tests/u.py::test_h': 'passed',
		'tests/t.py::test_j': 'failed',
	});
});
