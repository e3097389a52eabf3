/**
An XML report in the encoding its declaration names (`<?xml version="1.0" encoding="ISO-8859-1"?>`, written
by a tool other than pytest or converted by hand), re-encoded as the UTF-8 the XML readers expect. Read as
UTF-8, its accented ids and messages became U+FFFD: ids that no decision matched and no person could read.
*/
import {Buffer} from 'node:buffer';
import {LogError} from './errors.js';

/** The encoding an XML declaration at the start of `bytes` names, as written; undefined without one. */
export function declaredXmlEncoding(bytes: Uint8Array): string | undefined {
	// The declaration is ASCII in every encoding it can name here (UTF-16 has been re-encoded before).
	const head = Buffer.from(
		bytes.buffer,
		bytes.byteOffset,
		Math.min(bytes.byteLength, 256),
	).toString('latin1');
	return /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(
		head,
	)?.[1];
}

/**
Whether `bytes` hold non-ASCII text that is valid UTF-8 (a character cut at the end is allowed). Text in a
single-byte encoding almost never is: its accented letter would have to be followed by one of the few
symbols that continue a UTF-8 sequence.
*/
function isUtf8Text(bytes: Uint8Array): boolean {
	if (bytes.every(byte => byte < 0x80)) {
		return false;
	}

	try {
		new TextDecoder('utf-8', {fatal: true}).decode(bytes, {stream: true});
		return true;
	} catch {
		return false;
	}
}

/** A decoder for `label` as WHATWG or Python spells it (`latin-1` is WHATWG's `latin1`); undefined if unknown. */
function decoderFor(label: string): TextDecoder | undefined {
	for (const spelling of [label, label.replaceAll(/[-_]/g, '')]) {
		try {
			return new TextDecoder(spelling);
		} catch {
			// Not a label this Node knows: the next spelling, or none.
		}
	}

	return undefined;
}

/**
The decoder for the encoding an XML report's declaration names, when that is not UTF-8 (nor UTF-16, which a
byte-order mark has had re-encoded already); undefined when the bytes are UTF-8 as they are. Throws LogError
for an encoding this Node does not know.
*/
export function xmlDecoder(
	first: Uint8Array,
	name: string,
): TextDecoder | undefined {
	const label = declaredXmlEncoding(first);
	if (label === undefined) {
		return undefined;
	}

	if (isUtf8Text(first)) {
		// Labelled otherwise but written as UTF-8 (a tool that copied the declaration and not the bytes).
		return undefined;
	}

	const decoder = decoderFor(label.toLowerCase());
	if (decoder === undefined) {
		throw new LogError(
			`${name}: XML in the encoding ${label}, which triage cannot decode; convert it to UTF-8`,
		);
	}

	// The WHATWG names of the encodings whose bytes need nothing more.
	// eslint-disable-next-line unicorn/text-encoding-identifier-case
	return ['utf-8', 'utf-16le', 'utf-16be'].includes(decoder.encoding)
		? undefined
		: decoder;
}
