/**
The byte reader's (reader.ts) checks of text and attribute values on their bytes, before anything is
decoded: what XML 1.0 refuses in them is refused here with text.ts's reasons, and each says how it is to be
decoded (text.ts `decodeText`), so that text nobody reads is never turned into a string.
*/
import type {Buffer} from 'node:buffer';
import {
	cdataLineEndsText,
	plainText,
	referenceText,
	referencesText,
	XmlSyntaxError,
} from './text.js';
import {skipOrdinaryTextWords, type WordView} from './words.js';

const ordinary = 0;
/** C0 controls XML does not allow. */
const control = 1;
const ampersand = 2;
/** CR in text; CR, LF or tab in an attribute value (each becomes a space there). */
const lineEnd = 3;
const bracket = 4;
/** The first byte of U+FFFE and U+FFFF (EF BF BE, EF BF BF), which XML does not allow. */
const lead = 5;
const less = 6;
const beyondAscii = 7;

function classes(isAttribute: boolean): Uint8Array {
	const table = new Uint8Array(256);
	for (let byte = 0; byte < 0x20; byte++) {
		table[byte] = control;
	}

	table[0x09] = isAttribute ? lineEnd : ordinary;
	table[0x0a] = isAttribute ? lineEnd : ordinary;
	table[0x0d] = lineEnd;
	table[0x26] = ampersand;
	if (isAttribute) {
		table[0x3c] = less;
	} else {
		table[0x5d] = bracket;
	}

	for (let byte = 0x80; byte < 256; byte++) {
		table[byte] = isAttribute ? beyondAscii : ordinary;
	}

	table[0xef] = lead;
	return table;
}

const textClasses = classes(false);
const attributeClasses = classes(true);

function isNotCharacter(buffer: Buffer, at: number): boolean {
	const last = buffer[at + 2];
	return buffer[at + 1] === 0xbf && (last === 0xbe || last === 0xbf);
}

/** Whether `buffer[from..from + name.length)` is `name` (ASCII). */
function isAt(buffer: Buffer, from: number, name: string): boolean {
	for (let index = 0; index < name.length; index++) {
		if (buffer[from + index] !== name.charCodeAt(index)) {
			return false;
		}
	}

	return true;
}

/** Checks the reference at `at` (its `&`) in text ending at `to`; the offset after its `;`. */
function checkReference(buffer: Buffer, at: number, to: number): number {
	// A name is short: a semicolon far away (or none) means a bare ampersand (as text.ts expandReferences).
	const limit = Math.min(to, at + 65);
	let end = at + 1;
	while (end < limit && buffer[end] !== 0x3b) {
		end++;
	}

	if (end >= limit) {
		throw new XmlSyntaxError('a bare & (not a reference)');
	}

	const length = end - at - 1;
	const isPredefined =
		(length === 2 &&
			(isAt(buffer, at + 1, 'lt') || isAt(buffer, at + 1, 'gt'))) ||
		(length === 3 && isAt(buffer, at + 1, 'amp')) ||
		(length === 4 &&
			(isAt(buffer, at + 1, 'quot') || isAt(buffer, at + 1, 'apos')));
	if (!isPredefined) {
		referenceText(buffer.toString('utf8', at + 1, end));
	}

	return end + 1;
}

/** Checks the references from `from` (an `&`) to `to`. */
function checkReferences(buffer: Buffer, from: number, to: number): void {
	let at = from;
	while (at !== -1 && at < to) {
		at = buffer.indexOf(0x26, checkReference(buffer, at, to));
	}
}

/**
Checks the character data `buffer[from..to)` (no `<` in it), `words` viewing its buffer for the words
without a byte to stop at; how it is decoded. Its problems are found in
text.ts `characterData`'s order: a disallowed character, then `]]>`, then a reference.
*/
export function checkCharacterData(
	buffer: Buffer,
	from: number,
	to: number,
	words: WordView,
): number {
	words.view(buffer);
	const {base} = words;
	let kind = plainText;
	let firstReference = -1;
	let hasCdataEnd = false;
	for (let at = from; at < to; at++) {
		const type = textClasses[buffer[at]!]!;
		if (type === ordinary) {
			if (((base + at + 1) & 3) === 0 && at + 5 <= to) {
				// The next byte starts a word: whole words with nothing to stop at are skipped.
				at = skipOrdinaryTextWords(words, at + 1, to) - 1;
			}

			continue;
		}

		switch (type) {
			case control: {
				throw new XmlSyntaxError('disallowed character');
			}

			case ampersand: {
				kind = referencesText;
				if (firstReference === -1) {
					firstReference = at;
				}

				break;
			}

			case lineEnd: {
				kind = referencesText;
				break;
			}

			case bracket: {
				hasCdataEnd ||=
					buffer[at + 1] === 0x5d && buffer[at + 2] === 0x3e && at + 2 < to;
				break;
			}

			default: {
				if (isNotCharacter(buffer, at)) {
					throw new XmlSyntaxError('disallowed character');
				}
			}
		}
	}

	if (hasCdataEnd) {
		throw new XmlSyntaxError('the string "]]>" is disallowed in char data');
	}

	if (firstReference !== -1) {
		checkReferences(buffer, firstReference, to);
	}

	return kind;
}

/** Checks a CDATA section's content `buffer[from..to)`; how it is decoded. */
export function checkCdata(buffer: Buffer, from: number, to: number): number {
	let kind = plainText;
	for (let at = from; at < to; at++) {
		const type = textClasses[buffer[at]!]!;
		if (type === control) {
			throw new XmlSyntaxError('disallowed character');
		}

		if (type === lineEnd) {
			kind = cdataLineEndsText;
		} else if (type === lead && isNotCharacter(buffer, at)) {
			throw new XmlSyntaxError('disallowed character');
		}
	}

	return kind;
}

/** An attribute value that is ASCII with nothing to decode: its bytes are its text. */
export const asciiValue = 0;
/** UTF-8 with nothing to decode. */
export const utf8Value = 1;
/** References or line ends to resolve (text.ts `attributeValue`). */
export const decodedValue = 2;

/**
Checks an attribute's value `buffer[from..to)` (inside its quotes); which of the kinds above it is. Its
problems are found in text.ts `attributeValue`'s order: a disallowed character, then `<`, then a reference.
*/
export function checkAttributeValue(
	buffer: Buffer,
	from: number,
	to: number,
): number {
	let kind = asciiValue;
	let firstReference = -1;
	let hasLess = false;
	for (let at = from; at < to; at++) {
		const type = attributeClasses[buffer[at]!]!;
		if (type === ordinary) {
			continue;
		}

		switch (type) {
			case control: {
				throw new XmlSyntaxError('disallowed character');
			}

			case less: {
				hasLess = true;
				break;
			}

			case ampersand: {
				kind = decodedValue;
				if (firstReference === -1) {
					firstReference = at;
				}

				break;
			}

			case lineEnd: {
				kind = decodedValue;
				break;
			}

			case lead: {
				if (isNotCharacter(buffer, at)) {
					throw new XmlSyntaxError('disallowed character');
				}

				kind = Math.max(kind, utf8Value);
				break;
			}

			default: {
				kind = Math.max(kind, utf8Value);
			}
		}
	}

	if (hasLess) {
		throw new XmlSyntaxError('disallowed character < in an attribute value');
	}

	if (firstReference !== -1) {
		checkReferences(buffer, firstReference, to);
	}

	return kind;
}
