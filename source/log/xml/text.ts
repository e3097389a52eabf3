/**
XML 1.0's character data as the byte reader (reader.ts) hands it out: entity and character references
expanded, line ends normalised, characters XML does not allow refused. Plain strings in and out; a problem
is an XmlSyntaxError with a short reason (the reader adds the line).
*/
import type {Buffer} from 'node:buffer';

/** A document the reader cannot accept: `reason` is one line. */
export class XmlSyntaxError extends Error {
	override name = 'XmlSyntaxError';
	readonly reason: string;
	readonly isTruncated: boolean;
	constructor(reason: string, isTruncated = false) {
		super(reason);
		this.reason = reason;
		this.isTruncated = isTruncated;
	}
}

/** Characters XML 1.0 does not allow (C0 controls but tab and line ends, U+FFFE, U+FFFF). */
const disallowed = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

const predefined: Readonly<Record<string, string>> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
};

function isXmlChar(code: number): boolean {
	return (
		code === 0x9 ||
		code === 0xa ||
		code === 0xd ||
		(code >= 0x20 && code <= 0xd7_ff) ||
		(code >= 0xe0_00 && code <= 0xff_fd) ||
		(code >= 0x1_00_00 && code <= 0x10_ff_ff)
	);
}

function characterReference(body: string): string {
	const isHex = body.startsWith('#x');
	const digits = body.slice(isHex ? 2 : 1);
	const isWellFormed = isHex
		? /^[\da-fA-F]+$/.test(digits)
		: /^\d+$/.test(digits);
	const code = isWellFormed
		? Number.parseInt(digits, isHex ? 16 : 10)
		: Number.NaN;
	if (!isXmlChar(code)) {
		throw new XmlSyntaxError(`malformed character entity &${body};`);
	}

	return String.fromCodePoint(code);
}

/** What the reference `&body;` stands for; an XmlSyntaxError when it is none XML knows. */
export function referenceText(body: string): string {
	if (body.startsWith('#')) {
		return characterReference(body);
	}

	const expansion = predefined[body];
	if (expansion === undefined) {
		throw new XmlSyntaxError(
			body === '' ? 'empty entity name' : `undefined entity &${body};`,
		);
	}

	return expansion;
}

/** `text` with its references (`&lt;`, `&#x1F600;`) replaced by what they stand for. */
export function expandReferences(text: string): string {
	let from = text.indexOf('&');
	if (from === -1) {
		return text;
	}

	let result = '';
	let start = 0;
	while (from !== -1) {
		const end = text.indexOf(';', from + 1);
		// A name is short: a semicolon far away (or none) means a bare ampersand.
		if (end === -1 || end - from > 64) {
			throw new XmlSyntaxError('a bare & (not a reference)');
		}

		result +=
			text.slice(start, from) + referenceText(text.slice(from + 1, end));

		start = end + 1;
		from = text.indexOf('&', start);
	}

	return result + text.slice(start);
}

/** Refuses characters XML 1.0 does not allow. */
export function checkCharacters(text: string): void {
	if (disallowed.test(text)) {
		throw new XmlSyntaxError('disallowed character');
	}
}

/** Character data between tags, as decoded: checked, line ends normalised, references expanded. */
export function characterData(raw: string): string {
	checkCharacters(raw);
	if (raw.includes(']]>')) {
		throw new XmlSyntaxError('the string "]]>" is disallowed in char data');
	}

	const text = raw.includes('\r') ? raw.replaceAll(/\r\n?/g, '\n') : raw;
	return expandReferences(text);
}

/** An attribute's value as decoded: checked, each line end or tab a space (XML's normalisation), references expanded. */
export function attributeValue(raw: string): string {
	checkCharacters(raw);
	if (raw.includes('<')) {
		throw new XmlSyntaxError('disallowed character < in an attribute value');
	}

	const text = /[\t\n\r]/.test(raw)
		? raw.replaceAll(/\r\n|[\t\n\r]/g, ' ')
		: raw;
	return expandReferences(text);
}

/** A CDATA section's content: checked, line ends normalised. */
export function cdataText(raw: string): string {
	checkCharacters(raw);
	return raw.includes('\r') ? raw.replaceAll(/\r\n?/g, '\n') : raw;
}

/** How text the reader has checked is decoded (scan.ts says which): UTF-8 as it is. */
export const plainText = 0;
/** Character data with references or CRs in it. */
export const referencesText = 1;
/** A CDATA section with CRs in it. */
export const cdataLineEndsText = 2;

/** The text of `bytes[start..end)`, checked already by the reader, decoded as `kind` says. */
export function decodeText(
	bytes: Buffer,
	start: number,
	end: number,
	kind: number,
): string {
	const raw = bytes.toString('utf8', start, end);
	if (kind === plainText) {
		return raw;
	}

	const text = raw.includes('\r') ? raw.replaceAll(/\r\n?/g, '\n') : raw;
	return kind === referencesText ? expandReferences(text) : text;
}
