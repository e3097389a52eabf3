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
import {checkAttributeValue} from './scan.js';
import {XmlSyntaxError} from './text.js';

/** Reads start tags; the one read last is `name`, `attributes` and `isSelfClosing`. */
export class StartTagReader {
	name = '';
	isSelfClosing = false;
	readonly attributes = new ByteAttributes();
	private readonly names = new NameTable();

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
		const {attributes} = this;
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

			const close = buffer.indexOf(quote, at + 1);
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
