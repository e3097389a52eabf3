/**
A log whose lines end with a lone CR (classic Mac OS, some Windows tools). Read as terminal redraws, it was one
line: past 256 KB cut (redis-py's 341 KB log lost 56 of 165 tracebacks, the run INCOMPLETE and every suggestion
UNKNOWN); below, each id line of its short summary was taken for a line the log was cut inside, with a warning at
"line 1" for each (7 on jinja's). Read as the log itself, whole or in the small chunks of a pipe.
*/

import {Buffer} from 'node:buffer';
import fs from 'node:fs';
import {Readable} from 'node:stream';
import {gunzipSync} from 'node:zlib';
import {describe, expect, test} from 'vitest';
import type {Run} from '../../source/log/model.js';
import {readLog} from '../../source/log/read.js';

function real(name: string): Buffer {
	return gunzipSync(fs.readFileSync(`fixtures/real/${name}/run.log.gz`));
}

function crOnly(bytes: Buffer): Buffer {
	return Buffer.from(
		bytes.toString('latin1').replaceAll(/\r?\n/g, '\r'),
		'latin1',
	);
}

/** The log read from chunks of `size` bytes (a pipe's), or whole. */
async function read(bytes: Buffer, size = bytes.length): Promise<Run> {
	const chunks: Buffer[] = [];
	for (let start = 0; start < bytes.length; start += size) {
		chunks.push(bytes.subarray(start, start + size));
	}

	return readLog('run.log', {stream: Readable.from(chunks)});
}

function summaryOf(run: Run) {
	return {
		counts: run.counts,
		complete: run.complete,
		warnings: run.warnings.map(warning => warning.message),
		failures: run.failures.map(
			failure =>
				`${failure.id} ${failure.headline} ${failure.traceback.length}`,
		),
	};
}

describe('a log with CR-only line ends reads as the log itself', () => {
	test.each([
		['redis-py-killed-tb-short', 65_536],
		['jinja-skew-tb-short', 65_536],
		['jinja-skew-tb-short', 7],
	])('%s, in chunks of %i bytes', async (name, size) => {
		const log = real(name);
		const expected = summaryOf(await read(log));
		const run = await read(crOnly(log), size);
		expect(summaryOf(run)).toEqual(expected);
		expect(run.complete).toBe(true);
	});

	test('a few lines, the last with no line end', async () => {
		const text =
			'============================= test session starts ==============================\r' +
			'collected 2 items\r' +
			'\r' +
			't.py::test_a PASSED\r' +
			't.py::test_b PASSED\r' +
			'\r' +
			'============================== 2 passed in 0.01s ===============================';
		const run = await read(Buffer.from(text));
		expect(run.tests.map(item => `${item.id} ${item.outcome}`)).toEqual([
			't.py::test_a passed',
			't.py::test_b passed',
		]);
		expect(run.complete).toBe(true);
	});

	test.each([
		['LF', '\n'],
		['CRLF', '\r\n'],
	])(
		'a log of %s line ends that starts with a progress bar redrawn on one line is not read as CR-only',
		async (_, end) => {
			const log = real('jinja-skew-tb-short');
			const expected = summaryOf(await read(log));
			const bar = Array.from(
				{length: 40},
				(_, step) =>
					`\r${String(step * 2.5).padStart(3)}%|${'#'.repeat(step / 4)}| ${step}/40`,
			).join('');
			const redrawn = Buffer.concat([
				Buffer.from(`${bar}${end}`),
				Buffer.from(log.toString('latin1').replaceAll('\n', end), 'latin1'),
			]);
			for (const size of [redrawn.length, 65_536, 7]) {
				expect(summaryOf(await read(redrawn, size))).toEqual(expected);
			}
		},
	);
});
