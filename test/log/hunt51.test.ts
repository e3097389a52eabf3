import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {unescapeOutput} from '../../source/log/pytest/ascii-output.js';
import {checkAgainstXml} from './against-xml.js';
import {xmlHeadlines} from './truth.js';

// What helper hunt51's runs showed (fixtures/hunt/README.md, record-hunt51.sh).

const hunt = path.resolve('fixtures/hunt');
const runsNamed = (prefix: string) =>
	fs.readdirSync(hunt).filter(name => name.startsWith(prefix));

/** test_literal_escape's message holds `\xfc` and `\u4e2d` itself: under an ASCII stdout no line tells it from ü and 中. */
const literal = 'eschead/plain/test_msgs.py::test_literal_escape';

describe('headlines under an ASCII stdout (eschead-*)', () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('eschead-p7-')).toHaveLength(3);
		expect(runsNamed('eschead-p9-')).toHaveLength(5);
	});

	for (const name of runsNamed('eschead-')) {
		test(`${name}: each headline as the XML's message, where the log proves the stdout ASCII`, async () => {
			const directory = path.join(hunt, name);
			const run = await checkAgainstXml(directory);
			const headlineOf = xmlHeadlines(
				await readLog(path.join(directory, 'run.xml')),
			);
			expect(run.complete).toBe(true);
			for (const failure of run.failures) {
				// Its traceback as printed, kept with the headline changed.
				expect(failure.traceback).toContain(
					name.includes('tbline') ? '.py:' : '\nE ',
				);
				const truth = headlineOf(failure)!;
				if (name === 'eschead-p9-q-noproof') {
					// 200 columns, no name escaped, no summary line cut: nothing shows the stdout was ASCII, so a
					// headline stays as printed (`'Z\xfcrich'`), as a message's own escapes must.
					expect(failure.headline).toBe(
						truth.replaceAll(/[^\u0000-\u007F]/gu, character => {
							const code = character.codePointAt(0)!;
							return code <= 0xff
								? `\\x${code.toString(16)}`
								: code <= 0xff_ff
									? `\\u${code.toString(16)}`
									: `\\U${code.toString(16).padStart(8, '0')}`;
						}),
					);
				} else if (failure.id === literal && name !== 'eschead-p9-v-utf8') {
					// Known limit: read as the characters.
					expect(failure.headline).toBe('ValueError: literal ü and 中 stay');
				} else {
					// Before: `AssertionError: assert 'Z\xfcrich' == 'z'`, `ValueError: caf\xe9 \xe9`, … (33 of 54).
					expect(failure.headline, failure.id).toBe(truth);
				}
			}

			// Bytes reprs and a repr of a character Python does not print keep their escapes, as the XML.
			const bytes = run.failures.find(failure =>
				failure.id.endsWith('::test_bytes'),
			);
			expect(bytes?.headline).toContain("b'\\xc3\\xa5'");
			const nbsp = run.failures.find(failure =>
				failure.id.endsWith('::test_nbsp'),
			);
			expect(nbsp?.headline).toContain("'a\\xa0b'");
		});
	}
});

describe('unescapeOutput: the escapes an ASCII stdout wrote, undone', () => {
	test.each([
		["assert 'Z\\xfcrich' == 'z'", "assert 'Zürich' == 'z'"],
		['caf\\xe9 \\u4e2d \\U0001f600', 'café 中 😀'],
		// ASCII is written as it is, and a repr escapes what Python does not print.
		['\\x41 \\x00 \\xa0 \\u200b', '\\x41 \\x00 \\xa0 \\u200b'],
		// A bytes repr is ASCII: its escapes are its own, the text after it the output's.
		[
			"b'\\xc3\\xa5' != 'Z\\xfcrich'",
			"b'\\xc3\\xa5' != 'Z\\xfcrich'".replace('Z\\xfc', 'Zü'),
		],
		[
			'[rb\'\\xff\', B"\\xfe\\"\\xfd"] \\xe9',
			'[rb\'\\xff\', B"\\xfe\\"\\xfd"] é',
		],
		// `'b'` ends a string: no bytes literal.
		["'b' \\xe9", "'b' é"],
		// A backslash itself escaped stays, and what follows it is no escape.
		['a\\\\xe9', 'a\\\\xe9'],
		['\\xe', '\\xe'],
		['\\u12', '\\u12'],
		['\\U00110000 \\ud800', '\\U00110000 \\ud800'],
	])('%s', (text, expected) => {
		expect(unescapeOutput(text)).toBe(expected);
	});

	test('a hostile line is read at once', {timeout: 30_000}, () => {
		const line =
			"b'".repeat(100_000) + '\\'.repeat(100_000) + '\\xe9'.repeat(100_000);
		unescapeOutput(line);
		unescapeOutput('\\x'.repeat(200_000));
	});
});

describe('a `-v` line of an id with a newline, in a folder whose name starts past ASCII (nlfirst-*)', () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('nlfirst-')).toEqual(['nlfirst-p7-v', 'nlfirst-p9-v']);
	});

	for (const name of runsNamed('nlfirst-')) {
		test(`${name}: every test as the XML has it, the run whole`, async () => {
			// Before: `ünï/test_nl.py::test_skipped[new` opened no id, its tests lost (`failed 3 parsed vs 2 reported`).
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.complete).toBe(true);
			expect(run.tests.map(test => test.id)).toContain(
				'ünï/test_nl.py::test_skipped[two\nnew\nlines]',
			);
		});
	}
});

describe('a `-v -s` line whose id starts past ASCII, the test output after it (sfirst-*)', () => {
	test('there are runs under pytest 9 and 7.2', () => {
		expect(runsNamed('sfirst-')).toEqual(['sfirst-p7-vs', 'sfirst-p9-vs']);
	});

	for (const name of runsNamed('sfirst-')) {
		test(`${name}: every test as the XML has it, the run whole`, async () => {
			// Before: `ünï/test_out.py::test_prints some output without newlinePASSED` was no id's line, the test lost.
			const run = await checkAgainstXml(path.join(hunt, name));
			expect(run.complete).toBe(true);
			expect(run.tests.map(test => test.id)).toContain(
				'ünï/test_out.py::test_prints',
			);
		});
	}
});
