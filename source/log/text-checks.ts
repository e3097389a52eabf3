/**
Checks on a log's bytes before they are parsed: UTF-16 (with a BOM) is re-encoded as UTF-8, and text
that shows no sign of being a test log is refused early instead of being read to its end.
*/

import {Buffer} from 'node:buffer';
import {LogError} from './errors.js';

/** The UTF-16 encoding a byte-order mark says, if any (a UTF-16 log is not binary data). */
export function utf16Of(
	bytes: Uint8Array,
): 'utf-16le' | 'utf-16be' | undefined {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		return 'utf-16le';
	}

	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		return 'utf-16be';
	}

	return undefined;
}

/** Whether the bytes start with UTF-8's byte-order mark (Notepad, PowerShell's `Out-File -Encoding utf8`). */
export function hasUtf8Bom(bytes: Uint8Array): boolean {
	return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** UTF-16 bytes (BOM first) re-encoded as UTF-8, streaming: a character split across chunks is kept whole. */
export async function* asUtf8(
	first: Uint8Array,
	rest: AsyncIterable<Uint8Array>,
	encoding: 'utf-16le' | 'utf-16be',
	name: string,
): AsyncGenerator<Uint8Array> {
	let decoder: TextDecoder;
	try {
		decoder = new TextDecoder(encoding);
	} catch {
		throw new LogError(
			`${name}: UTF-16 (${encoding === 'utf-16le' ? 'little' : 'big'}-endian) text, which this Node cannot decode; convert the log to UTF-8`,
		);
	}

	yield* reencoded(first, rest, decoder);
}

/**
The chunks decoded with `decoder` (UTF-16, or the encoding an XML declaration names: `xml-encoding.ts`), as UTF-8,
streaming: a character split across chunks is kept whole.
*/
export async function* reencoded(
	first: Uint8Array,
	rest: AsyncIterable<Uint8Array>,
	decoder: TextDecoder,
): AsyncGenerator<Uint8Array> {
	yield Buffer.from(decoder.decode(first, {stream: true}), 'utf8');
	for await (const chunk of rest) {
		yield Buffer.from(decoder.decode(chunk, {stream: true}), 'utf8');
	}

	const tail = decoder.decode();
	if (tail.length > 0) {
		yield Buffer.from(tail, 'utf8');
	}
}

/**
What every test log has early on: a node id, a progress percentage, an outcome word, a session
header, a JUnit test case or suite, a reportlog record. Text of this size without any of them is
not a test log: a gzip bomb of spaces would otherwise be decompressed to the end (5 GB, a minute).
*/
const structure =
	/::|%]|passed|failed|error|PASSED|FAILED|ERROR|test session starts|no tests ran|<testcase[\s/>]|<testsuite[\s/>]|\$report_type/;
const structureWindow = 64 * 1024 * 1024;

/** The chunks as they are, refused once `structureWindow` bytes of text held no sign of a test log. */
export async function* requireStructure(
	first: Uint8Array,
	rest: AsyncIterable<Uint8Array>,
	name: string,
): AsyncGenerator<Uint8Array> {
	let seen = 0;
	let isFound = false;
	let carry = '';
	const check = (chunk: Uint8Array) => {
		// Latin-1: one character per byte, and the markers are ASCII. `carry` keeps a marker split across chunks.
		const text =
			carry +
			Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString(
				'latin1',
			);
		isFound = structure.test(text);
		carry = text.slice(-32);
		seen += chunk.length;
		if (!isFound && seen > structureWindow) {
			throw new LogError(
				`${name}: not a test log: no pytest output, JUnit XML or pytest-reportlog JSON in its first ${structureWindow / 1024 / 1024} MB of text; stopped reading`,
			);
		}
	};

	check(first);
	yield first;
	for await (const chunk of rest) {
		if (!isFound) {
			check(chunk);
		}

		yield chunk;
	}
}
