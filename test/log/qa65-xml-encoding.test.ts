/**
QA tour 65: a JUnit XML report whose declaration names an encoding other than UTF-8 (ISO-8859-1 from a
tool other than pytest, or a report converted by hand) was read as UTF-8 whatever it said: every accented
id and message came out with U+FFFD in it, ids no decision matched. It is read in the encoding it names.
*/

import {Buffer} from 'node:buffer';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {describe, expect, test} from 'vitest';
import {LogError, readLog} from '../../source/log/read.js';

const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-qa65-xml-'));
const write = (name: string, data: string | Uint8Array) => {
	const file = path.join(temporary, name);
	fs.writeFileSync(file, data);
	return file;
};

/** A report with accented ids and messages, declaring `encoding` (none when undefined) and XML `version`. */
function report(encoding: string | undefined, version = '1.0'): string {
	const declaration =
		encoding === undefined
			? `<?xml version="${version}"?>`
			: `<?xml version="${version}" encoding="${encoding}"?>`;
	return `${declaration}
<testsuites><testsuite name="pytest" errors="0" failures="2" skipped="0" tests="3" time="0.1">
<testcase classname="tests.test_café" name="test_été[Ærø]" time="0.01"><failure message="AssertionError: café != cafe">def test_été():
&gt;       assert "café" == "cafe"
E       AssertionError: café != cafe

tests/test_café.py:3: AssertionError</failure></testcase>
<testcase classname="tests.test_café" name="test_naïve" time="0.01"><failure message="ValueError: ½ of the déjà vu">tests/test_café.py:9: ValueError</failure></testcase>
<testcase classname="tests.test_café" name="test_ok" time="0.01"/>
</testsuite></testsuites>
`;
}

async function failuresOf(file: string) {
	const run = await readLog(file);
	return {
		counts: run.counts,
		failures: run.failures.map(failure => [failure.id, failure.headline]),
	};
}

describe('an XML report is read in the encoding its declaration names', () => {
	test('the UTF-8 report reads as expected', async () => {
		const {failures} = await failuresOf(write('utf8.xml', report('utf8')));
		expect(failures).toEqual([
			['tests/test_café.py::test_été[Ærø]', 'AssertionError: café != cafe'],
			['tests/test_café.py::test_naïve', 'ValueError: ½ of the déjà vu'],
		]);
	});

	test.each([
		['ISO-8859-1', '1.0'],
		['latin-1', '1.0'],
		['iso-8859-15', '1.0'],
		['windows-1252', '1.0'],
		// A declaration of version 1.1 is read by the general parser (saxes).
		['ISO-8859-1', '1.1'],
	] as const)('%s (version %s)', async (encoding, version) => {
		const expected = await failuresOf(
			write(`expected-${version}.xml`, report(undefined, version)),
		);
		const file = write(
			`${encoding}-${version}.xml`,
			Buffer.from(report(encoding, version), 'latin1'),
		);
		const actual = await failuresOf(file);
		expect(actual.counts).toEqual(expected.counts);
		expect(actual.failures).toEqual(
			expected.failures.map(([id, headline]) => [
				id,
				// ISO-8859-15 has œ where Latin-1 has ½ (0xBD): the byte is read as the encoding named says.
				encoding === 'iso-8859-15' ? headline!.replace('½', 'œ') : headline,
			]),
		);
		expect(JSON.stringify(actual)).not.toContain('\uFFFD');
	});

	test('windows-1252 beyond Latin-1 (€ is 0x80), gzipped', async () => {
		// Windows-1252 spells € as the byte 0x80 (U+0080 as Node writes Latin-1).
		const text = report('windows-1252').replace('½ of', '\u0080 of');
		const file = write(
			'cp1252.xml.gz',
			zlib.gzipSync(Buffer.from(text, 'latin1')),
		);
		const {failures} = await failuresOf(file);
		expect(failures[1]).toEqual([
			'tests/test_café.py::test_naïve',
			'ValueError: € of the déjà vu',
		]);
	});

	test('a UTF-16 report (BOM) that still declares UTF-16 reads as its text', async () => {
		const text = report('UTF-16');
		const file = write(
			'utf16.xml',
			Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
		);
		const {failures} = await failuresOf(file);
		expect(failures[0]).toEqual([
			'tests/test_café.py::test_été[Ærø]',
			'AssertionError: café != cafe',
		]);
	});

	test('a report labelled ISO-8859-1 but written in UTF-8 reads as its UTF-8', async () => {
		const {failures} = await failuresOf(
			write('mislabelled.xml', report('ISO-8859-1')),
		);
		expect(failures[0]).toEqual([
			'tests/test_café.py::test_été[Ærø]',
			'AssertionError: café != cafe',
		]);
	});

	test('an encoding nobody knows: one line that says so', async () => {
		const file = write(
			'unknown.xml',
			Buffer.from(report('x-no-such-encoding'), 'latin1'),
		);
		const error = await readLog(file).then(
			() => undefined,
			(error: unknown) => error,
		);
		expect(error).toBeInstanceOf(LogError);
		expect((error as Error).message).toBe(
			`${file}: XML in the encoding x-no-such-encoding, which triage cannot decode; convert it to UTF-8`,
		);
	});
});
