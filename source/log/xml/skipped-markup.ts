/**
The markup the byte reader (reader.ts) checks and hands nothing out of: comments, processing instructions
(the XML declaration among them) and a DOCTYPE (bytes.ts `doctypeEnd`).
*/
import type {Buffer} from 'node:buffer';
import {incomplete, isSpace, nameEnd as endOfName} from './bytes.js';
import {XmlNeedsGeneralParser} from './handler.js';
import {checkCharacters, XmlSyntaxError} from './text.js';

/** Reads the comment at `less` (its `<!--`); the offset after its `-->`, or `incomplete`. */
export function commentEnd(buffer: Buffer, less: number): number {
	const end = buffer.indexOf('-->', less + 4);
	if (end === -1) {
		return incomplete;
	}

	const body = buffer.toString('utf8', less + 4, end);
	if (body.includes('--') || body.endsWith('-')) {
		throw new XmlSyntaxError('malformed comment');
	}

	checkCharacters(body);
	return end + 3;
}

/**
Reads the processing instruction at `less` (its `<?`); the offset after its `?>`, or `incomplete`.
`isFirst`: whether it is where the document starts (after a byte order mark), the one place an XML
declaration may be.
*/
export function instructionEnd(
	buffer: Buffer,
	less: number,
	isFirst: boolean,
): number {
	const end = buffer.indexOf('?>', less + 2);
	if (end === -1) {
		return incomplete;
	}

	const nameEnd = endOfName(buffer, less + 2);
	if (nameEnd === less + 2) {
		throw new XmlSyntaxError('processing instruction without a target');
	}

	const target = buffer.toString('utf8', less + 2, nameEnd);
	const body = buffer.toString('utf8', nameEnd, end);
	checkCharacters(body);
	if (target.toLowerCase() === 'xml') {
		if (!isFirst) {
			throw new XmlSyntaxError(
				'XML declaration allowed only at the start of the document',
			);
		}

		if (
			target !== 'xml' ||
			!/^\s+version\s*=\s*(["'])1\.0\1(?:\s+encoding\s*=\s*(["'])[A-Za-z][\w.-]*\2)?(?:\s+standalone\s*=\s*(["'])(?:yes|no)\3)?\s*$/.test(
				body,
			)
		) {
			throw new XmlNeedsGeneralParser(body);
		}
	} else if (body !== '' && !isSpace(buffer[nameEnd]!)) {
		throw new XmlSyntaxError('processing instruction without a target');
	}

	return end + 2;
}
