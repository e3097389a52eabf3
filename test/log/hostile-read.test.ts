/**
Logs that are not what they seem: UTF-16 text, a gzip bomb of spaces, JUnit XML without results.
*/

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {describe, expect, test} from 'vitest';
import {LogError, readLog} from '../../source/log/read.js';

const temporary = fs.mkdtempSync(
	path.join(os.tmpdir(), 'triage-hostile-read-'),
);
const write = (name: string, data: string | Uint8Array) => {
	const file = path.join(temporary, name);
	fs.writeFileSync(file, data);
	return file;
};

const cpython = 'fixtures/real/cpython-net-offline-tb-line/run.log';
const cpythonText = fs.readFileSync(cpython, 'utf8');

async function errorOf(promise: Promise<unknown>): Promise<Error> {
	try {
		await promise;
	} catch (error) {
		return error as Error;
	}

	throw new Error('expected an error');
}

/** `text` as UTF-16 big-endian bytes. */
function utf16be(text: string): Buffer {
	const bytes = Buffer.from(text, 'utf16le');
	bytes.swap16();
	return bytes;
}

describe('a UTF-16 log with a BOM is read like its UTF-8 text', () => {
	test.each([
		[
			'little-endian',
			Buffer.concat([
				Buffer.from([0xff, 0xfe]),
				Buffer.from(cpythonText, 'utf16le'),
			]),
		],
		[
			'big-endian',
			Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(cpythonText)]),
		],
		[
			'little-endian, gzipped',
			zlib.gzipSync(
				Buffer.concat([
					Buffer.from([0xff, 0xfe]),
					Buffer.from(cpythonText, 'utf16le'),
				]),
			),
		],
	])('%s', async (name, bytes) => {
		const expected = await readLog(cpython);
		const run = await readLog(write(`utf16-${name}.log`, bytes));
		expect(run.counts).toEqual(expected.counts);
		expect(run.failures.map(failure => failure.id)).toEqual(
			expected.failures.map(failure => failure.id),
		);
		expect(run.failures.map(failure => failure.headline)).toEqual(
			expected.failures.map(failure => failure.headline),
		);
	});

	test('a UTF-16 JUnit report', async () => {
		const xml =
			'<?xml version="1.0" encoding="utf-16"?><testsuites><testsuite name="pytest" tests="1"><testcase classname="tests.test_a" name="test_ü" file="tests/test_a.py"><failure message="boom">E   AssertionError</failure></testcase></testsuite></testsuites>';
		const run = await readLog(
			write(
				'junit-utf16.xml',
				Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]),
			),
		);
		expect(run.format).toBe('junit');
		expect(run.failures.map(failure => failure.id)).toEqual([
			'tests/test_a.py::test_ü',
		]);
	});

	test('a BOM and nothing else is an empty file', async () => {
		const error = await errorOf(
			readLog(write('bom-only.log', Buffer.from([0xff, 0xfe]))),
		);
		expect(error).toBeInstanceOf(LogError);
		expect(error.message).toMatch(/empty file/);
	});
});

describe('a UTF-8 log with a BOM is read like the same log without it', () => {
	// Logs whose first line says what they are: a -qq run's lines, an -s run's inner sessions, -q letters.
	test.each([
		'fixtures/hunt/qq-p9/run.log',
		'fixtures/hunt/pytester-p9-v-s/run.log',
		'fixtures/traps/escapes-p9-v-ascii/run.log',
		'fixtures/hunt/fds-p9-q/run.log',
		'fixtures/hunt/usage-p9-option/run.log',
	])('%s', async log => {
		const expected = await readLog(log);
		const bytes = fs.readFileSync(log);
		for (const [name, data] of [
			['plain', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes])],
			[
				'gzipped',
				zlib.gzipSync(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes])),
			],
		] as const) {
			const run = await readLog(
				write(`bom-${path.basename(path.dirname(log))}-${name}.log`, data),
			);
			expect(
				run.tests.map(({id, outcome}) => `${id} ${outcome}`),
				name,
			).toEqual(expected.tests.map(({id, outcome}) => `${id} ${outcome}`));
			expect(run.complete, name).toBe(expected.complete);
			expect(
				run.failures.map(failure => failure.headline),
				name,
			).toEqual(expected.failures.map(failure => failure.headline));
		}
	});

	test('a BOM and nothing else is an empty file', async () => {
		const error = await errorOf(
			readLog(write('utf8-bom-only.log', Buffer.from([0xef, 0xbb, 0xbf]))),
		);
		expect(error).toBeInstanceOf(LogError);
		expect(error.message).toMatch(/empty file/);
	});
});

describe('a gzip bomb of text is refused early', () => {
	// 320 MB of spaces gzip to about 300 KB; read to the end, 5 GB of them took a minute.
	const spaces = Buffer.alloc(320 * 1024 * 1024, 0x20);
	const bomb = write('bomb.log.gz', zlib.gzipSync(spaces, {level: 1}));
	const xmlBomb = write(
		'bomb.xml.gz',
		zlib.gzipSync(Buffer.concat([Buffer.from('<testsuites>\n'), spaces]), {
			level: 1,
		}),
	);

	test.each([
		['console text', bomb],
		['XML', xmlBomb],
	])('%s: a one-line refusal well before the end', async (_name, file) => {
		// Where it stopped, by its own words, not by a time: a time bound fails on a loaded machine (8.9 s once, in
		// a whole-suite run beside other work) whatever the reader does.
		const error = await errorOf(readLog(file));
		expect(error).toBeInstanceOf(LogError);
		expect(error.message).toMatch(
			/not a test log: .* first 64 MB of text; stopped reading/,
		);
	});

	test('a real gzipped log is not affected', async () => {
		const run = await readLog('fixtures/real/jinja-skew-tb-short/run.log.gz');
		expect(run.failures.length).toBeGreaterThan(0);
	});
});

describe('JUnit XML that holds no test results', () => {
	test('<testsuites> with 100k nested unknown elements', async () => {
		const depth = 100_000;
		const error = await errorOf(
			readLog(
				write(
					'nested.xml',
					`<testsuites>${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}</testsuites>`,
				),
			),
		);
		expect(error).toBeInstanceOf(LogError);
		expect(error.message).toMatch(/nested\.xml: holds no test results/);
	});

	test('a suite that says it ran no tests is still a (empty) run', async () => {
		const run = await readLog(
			write(
				'empty-run.xml',
				'<?xml version="1.0"?><testsuites><testsuite name="pytest" errors="0" failures="0" skipped="0" tests="0" time="0.01"></testsuite></testsuites>',
			),
		);
		expect(run.tests.toArray()).toEqual([]);
	});
});
