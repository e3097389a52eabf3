/**
A start tag as the byte reader (reader.ts) reads it: its name and its attributes, each value checked on its
bytes (scan.ts) and kept as where it is, not decoded (attributes.ts).
*/
import type {Buffer} from 'node:buffer';
import {ByteAttributes} from './attributes.js';
import {
	equals,
	greaterThan,
	incomplete,
	isSpace,
	nameEnd as endOfName,
	NameTable,
	slash,
} from './bytes.js';
import {asciiValue, checkAttributeValue} from './scan.js';
import {XmlSyntaxError} from './text.js';
import {skipPlainValueWords, WordView, wordOf} from './words.js';

/** 1: a byte that may be in an attribute value quoted with `quote` and leaves it ASCII with nothing to decode (scan.ts `asciiValue`). */
function plainBytes(quote: number): Uint8Array {
	const table = new Uint8Array(256);
	for (let byte = 0x20; byte < 0x80; byte++) {
		table[byte] = 1;
	}

	table[0x26] = 0;
	table[0x3c] = 0;
	table[quote] = 0;
	return table;
}

const plainInDouble = plainBytes(0x22);
const plainInSingle = plainBytes(0x27);
const doubleQuotes = wordOf(0x22);
const singleQuotes = wordOf(0x27);

/** Reads start tags; the one read last is `name`, `attributes` and `isSelfClosing`. */
export class StartTagReader {
	name = '';
	isSelfClosing = false;
	readonly attributes = new ByteAttributes();
	private readonly names = new NameTable();
	private readonly words = new WordView();

	/** Reads the start tag at `less` (its `<`); the offset of its `>`, or `incomplete`. */
	read(buffer: Buffer, less: number): number {
		const nameEnd = endOfName(buffer, less + 1);
		if (nameEnd === less + 1) {
			throw new XmlSyntaxError('disallowed character in tag name');
		}

		if (nameEnd >= buffer.length) {
			return incomplete;
		}

		this.name = this.names.name(buffer, less + 1, nameEnd);
		const {attributes, words} = this;
		words.view(buffer);
		attributes.reset(buffer);
		let at = nameEnd;
		this.isSelfClosing = false;
		for (;;) {
			const spaceStart = at;
			while (at < buffer.length && isSpace(buffer[at]!)) {
				at++;
			}

			if (at >= buffer.length) {
				return incomplete;
			}

			const byte = buffer[at]!;
			if (byte === greaterThan) {
				break;
			}

			if (byte === slash) {
				if (at + 1 >= buffer.length) {
					return incomplete;
				}

				if (buffer[at + 1] !== greaterThan) {
					throw new XmlSyntaxError(
						'forward-slash in opening tag not followed by >',
					);
				}

				this.isSelfClosing = true;
				at++;
				break;
			}

			if (at === spaceStart) {
				throw new XmlSyntaxError('no whitespace between attributes');
			}

			const attributeEnd = endOfName(buffer, at);
			if (attributeEnd === at) {
				throw new XmlSyntaxError('disallowed character in attribute name');
			}

			const attribute = this.names.name(buffer, at, attributeEnd);
			at = attributeEnd;
			while (at < buffer.length && isSpace(buffer[at]!)) {
				at++;
			}

			if (at >= buffer.length) {
				return incomplete;
			}

			if (buffer[at] !== equals) {
				throw new XmlSyntaxError('attribute without value');
			}

			at++;
			while (at < buffer.length && isSpace(buffer[at]!)) {
				at++;
			}

			if (at >= buffer.length) {
				return incomplete;
			}

			const quote = buffer[at]!;
			if (quote !== 0x22 && quote !== 0x27) {
				throw new XmlSyntaxError('unquoted attribute value');
			}

			// Most values are printable ASCII with nothing to decode: read to their closing quote in one pass,
			// a word at a time from the first word boundary.
			const plain = quote === 0x22 ? plainInDouble : plainInSingle;
			const {length} = buffer;
			let close = at + 1;
			while (
				close < length &&
				((words.base + close) & 3) !== 0 &&
				plain[buffer[close]!] === 1
			) {
				close++;
			}

			if (close < length && ((words.base + close) & 3) === 0) {
				close = skipPlainValueWords(
					words,
					close,
					length,
					quote === 0x22 ? doubleQuotes : singleQuotes,
				);
			}

			while (close < length && plain[buffer[close]!] === 1) {
				close++;
			}

			if (close < buffer.length && buffer[close] === quote) {
				attributes.add(attribute, at + 1, close, asciiValue);
				at = close + 1;
				continue;
			}

			close = buffer.indexOf(quote, at + 1);
			if (close === -1) {
				return incomplete;
			}

			attributes.add(
				attribute,
				at + 1,
				close,
				checkAttributeValue(buffer, at + 1, close),
			);
			at = close + 1;
		}

		return at;
	}
}
