import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {LogError, readLog} from '../../source/log/read.js';
import {TestList} from '../../source/log/test-list.js';
import {header, parseText, rule} from './helpers.js';

const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-read-'));
const write = (name: string, data: string | Uint8Array) => {
	const file = path.join(temporary, name);
	fs.writeFileSync(file, data);
	return file;
};

const jinja = zlib
	.gunzipSync(fs.readFileSync('fixtures/real/jinja-skew-tb-short/run.log.gz'))
	.toString('utf8');

async function errorOf(promise: Promise<unknown>): Promise<Error> {
	try {
		await promise;
	} catch (error) {
		return error as Error;
	}

	throw new Error('expected an error');
}

describe('bad input: one line naming the file', () => {
	test.each([
		[
			'missing',
			() => path.join(temporary, 'nope.log'),
			/nope\.log: no such file$/,
		],
		['a directory', () => temporary, /: is a directory, not a log file$/],
		['empty', () => write('empty.log', ''), /empty\.log: empty file$/],
		[
			'binary',
			() => write('blob.log', Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7])),
			/blob\.log: binary data, not a test log$/,
		],
		[
			'not a test log',
			() => write('notes.txt', 'shopping list\nmilk\neggs\n'),
			/notes\.txt: not a test log/,
		],
		[
			'corrupt gzip',
			() =>
				write(
					'bad.log.gz',
					// A byte changed in its data (a .gz cut short is read as far as it goes).
					Buffer.from(
						zlib
							.gzipSync(jinja)
							.map((byte, index) => (index === 3000 ? byte ^ 0xff : byte)),
					),
				),
			/bad\.log\.gz: corrupt gzip data/,
		],
		[
			'truncated XML',
			() =>
				write(
					'cut.xml',
					'<?xml version="1.0"?><testsuites><testsuite><testcase classname="a" name="b">',
				),
			/cut\.xml: truncated XML/,
		],
		[
			'XML that is not JUnit',
			() => write('page.xml', '<html><body>hi</body></html>'),
			/page\.xml: XML without <testsuite>/,
		],
	])('%s', async (_name, makePath, message) => {
		const error = await errorOf(readLog(makePath()));
		expect(error).toBeInstanceOf(LogError);
		expect(error.message).toMatch(message);
		expect(error.message).not.toContain('\n');
	});

	test.skipIf(process.getuid?.() === 0)('no permission', async () => {
		const file = write('secret.log', 'x');
		fs.chmodSync(file, 0o000);
		const error = await errorOf(readLog(file));
		expect(error.message).toMatch(/secret\.log: permission denied$/);
	});
});

describe('reading', () => {
	test('.gz is read transparently and gives the same run', async () => {
		const plain = await readLog(write('jinja.log', jinja));
		const gz = await readLog(write('jinja2.log.gz', zlib.gzipSync(jinja)));
		expect(gz.tests.toArray()).toEqual(plain.tests.toArray());
		expect(gz.failures.map(failure => failure.headline)).toEqual(
			plain.failures.map(failure => failure.headline),
		);
	});

	test('a .gz cut short (an artifact truncated mid-upload) is read as far as it decompresses, as the plain log cut there is', async () => {
		const whole = zlib.gzipSync(jinja);
		for (const size of [
			1500,
			Math.floor(whole.length / 2),
			whole.length - 200,
		]) {
			const cut = whole.subarray(0, size);
			// What decompresses of it, by zlib itself: the log as far as the cut.
			const text = zlib
				.gunzipSync(cut, {finishFlush: zlib.constants.Z_SYNC_FLUSH})
				.toString('utf8');
			expect(text.length).toBeGreaterThan(0);
			expect(text.length).toBeLessThan(jinja.length);
			const plain = await readLog(write(`cut-${size}.log`, text));
			const gz = await readLog(write(`cut-${size}.log.gz`, cut));
			expect(gz.tests.toArray()).toEqual(plain.tests.toArray());
			expect(gz.failures.map(failure => failure.headline)).toEqual(
				plain.failures.map(failure => failure.headline),
			);
			expect(gz.complete).toBe(false);
			expect(gz.warnings).toEqual(plain.warnings);
			expect(gz.warnings.map(warning => warning.message).join('\n')).toMatch(
				/log ends before pytest's final summary line/,
			);
		}
	});

	test('a .gz cut inside its header, or that is not gzip at all, is still refused; a gzip of an empty file is empty', async () => {
		const whole = zlib.gzipSync(jinja);
		for (const size of [2, 5, 12]) {
			const error = await errorOf(
				readLog(write(`header-${size}.log.gz`, whole.subarray(0, size))),
			);
			expect(error.message).toMatch(
				new RegExp(
					`header-${size}\\.log\\.gz: corrupt gzip data \\(it ends before any of its content: cut short\\)$`,
				),
			);
		}

		const changed = Buffer.from(whole);
		changed[3000] = changed[3000]! ^ 0xff;
		const damaged = await errorOf(readLog(write('changed.log.gz', changed)));
		expect(damaged.message).toMatch(/changed\.log\.gz: corrupt gzip data/);
		const notGzip = await errorOf(readLog(write('not.log.gz', 'not gzip\n')));
		expect(notGzip.message).toMatch(/not\.log\.gz: not a test log/);
		const empty = await errorOf(
			readLog(write('empty.log.gz', zlib.gzipSync(''))),
		);
		expect(empty.message).toMatch(/empty\.log\.gz: empty file$/);
	});

	test('progress counts the bytes of the file as stored, also for .gz', async () => {
		const file = write('progress.log.gz', zlib.gzipSync(jinja));
		const seen: Array<[number, number | undefined]> = [];
		await readLog(file, {
			onProgress(bytes, total) {
				seen.push([bytes, total]);
			},
		});
		const size = fs.statSync(file).size;
		expect(seen.at(-1)).toEqual([size, size]);
		expect(seen.every(([bytes]) => bytes <= size)).toBe(true);
	});

	test('invalid UTF-8 is replaced and warned about, with its line', async () => {
		const bytes = Buffer.concat([
			Buffer.from(`${header}\ncollected 1 item\n\n`),
			Buffer.from('tests/test_u.py::test_caf'),
			Buffer.from([0xc3, 0x28]),
			Buffer.from(` PASSED\n${rule('1 passed in 0.01s')}\n`),
		]);
		const run = await parseText(bytes);
		expect(run.tests.at(0)!.id).toBe('tests/test_u.py::test_caf\uFFFD(');
		expect(run.warnings[0]).toMatchObject({
			line: 7,
			message: expect.stringContaining('invalid UTF-8'),
		});
	});

	test('invalid UTF-8 in a failure’s report is replaced and warned about, with its line', async () => {
		const bytes = Buffer.concat([
			Buffer.from(
				`${header}\ncollected 1 item\n\ntests/test_u.py::test_u FAILED\n${rule('FAILURES')}\n${rule('test_u', '_')}\nE   ValueError: caf`,
			),
			Buffer.from([0xc3, 0x28]),
			Buffer.from(`\n${rule('1 failed in 0.01s')}\n`),
		]);
		const run = await parseText(bytes);
		expect(run.failures[0]!.headline).toBe('ValueError: caf\uFFFD(');
		expect(run.warnings[0]).toMatchObject({
			line: 10,
			message: expect.stringContaining('invalid UTF-8'),
		});
	});

	test('a U+FFFD the log holds as valid UTF-8 (output pytest decoded with errors="replace") is no invalid UTF-8', async () => {
		for (const colour of ['', '\u001B[31m']) {
			const run = await parseText(
				`${header}\ncollected 1 item\n\ntests/test_u.py::test_u FAILED\n${rule('FAILURES')}\n${rule('test_u', '_')}\nE   ValueError: bad\n${rule('Captured stdout call', '-')}\n${colour}caf\uFFFD \uFFFD\uFFFD end\n${rule('1 failed in 0.01s')}\n`,
			);
			expect(run.warnings).toEqual([]);
		}
	});

	test('one enormous line is cut, with a warning, and the rest still parses', async () => {
		const huge = 'x'.repeat(3_000_000);
		const run = await parseText(
			`${header}\ncollected 1 item\n\ntests/test_h.py::test_h FAILED\n${rule('FAILURES')}\n${rule('test_h', '_')}\nE   ValueError: ${huge}\n${rule('1 failed in 0.01s')}\n`,
		);
		expect(run.complete).toBe(true);
		expect(run.failures[0]!.headline.length).toBeLessThan(300_000);
		expect(
			run.warnings.some(warning => warning.message.includes('longer than')),
		).toBe(true);
	});
});

describe('properties', () => {
	test('arbitrary bytes never crash the reader: a Run or a LogError', async () => {
		await fc.assert(
			fc.asyncProperty(fc.uint8Array({maxLength: 2000}), async bytes => {
				try {
					const run = await parseText(bytes);
					expect(run.tests).toBeInstanceOf(TestList);
				} catch (error) {
					expect(error).toBeInstanceOf(LogError);
				}
			}),
			{numRuns: 300},
		);
	});

	test('arbitrary text lines mixed with pytest structure never crash', async () => {
		const structural = fc.constantFrom(
			rule('FAILURES'),
			rule('ERRORS'),
			rule('short test summary info'),
			rule('test session starts'),
			rule('x', '_'),
			rule('Captured stdout call', '-'),
			'FAILED a.py::b - c',
			'ERROR a.py',
			'a.py::b PASSED [ 50%]',
			'[gw0] [ 50%] FAILED a.py::c',
			'E   ValueError: x',
			'INTERNALERROR> boom',
			'!!!!!! KeyboardInterrupt !!!!!!',
			rule('1 failed in 0.1s'),
			'.F.sxX [100%]',
		);
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.oneof(structural, fc.string({maxLength: 80})), {
					maxLength: 60,
				}),
				async lines => {
					try {
						await parseText(lines.join('\n'));
					} catch (error) {
						expect(error).toBeInstanceOf(LogError);
					}
				},
			),
			{numRuns: 300},
		);
	});

	test('mutated real logs (lines dropped, doubled, swapped, cut) always parse', async () => {
		const lines = jinja.split('\n');
		await fc.assert(
			fc.asyncProperty(
				fc.array(
					fc.tuple(
						fc.constantFrom('drop', 'double', 'swap', 'cut', 'garble'),
						fc.nat(lines.length - 1),
						fc.nat(200),
					),
					{minLength: 1, maxLength: 20},
				),
				async mutations => {
					const mutated = [...lines];
					for (const [kind, at, amount] of mutations) {
						if (mutated.length === 0) {
							break;
						}

						const index = at % mutated.length;
						switch (kind) {
							case 'drop': {
								mutated.splice(index, 1 + (amount % 50));
								break;
							}

							case 'double': {
								mutated.splice(
									index,
									0,
									...mutated.slice(index, index + 1 + (amount % 50)),
								);
								break;
							}

							case 'swap': {
								const other = (index + amount) % mutated.length;
								[mutated[index], mutated[other]] = [
									mutated[other]!,
									mutated[index]!,
								];
								break;
							}

							case 'cut': {
								mutated.length = Math.max(1, index);
								break;
							}

							default: {
								mutated[index] =
									(mutated[index] ?? '').slice(0, amount % 40) +
									'\u0000\u001B[2J' +
									'['.repeat(amount % 7);
							}
						}
					}

					const text = mutated.join('\n');
					if (text.trim() === '') {
						return;
					}

					const isGarbled = mutations.some(
						([kind]) => kind === 'garble' || kind === 'cut',
					);
					let run;
					try {
						run = await parseText(text);
					} catch (error) {
						// A log cut to a few garbled lines may be refused, but only with a one-line LogError.
						expect(error).toBeInstanceOf(LogError);
						expect(isGarbled).toBe(true);
						return;
					}

					expect(run.format).toBe('pytest');
					for (const failure of run.failures) {
						expect(typeof failure.headline).toBe('string');
					}
				},
			),
			{numRuns: 60},
		);
	});
});
