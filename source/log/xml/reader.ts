/**
A streaming XML reader over bytes, for the subset reports are written in: elements, attributes, the five
predefined entities and character references, CDATA, comments and processing instructions; a DOCTYPE is
skipped, and the text is read as UTF-8 whatever the declaration says (read.ts has turned UTF-16, and
another encoding the declaration names, into UTF-8 already). It finds markup with `Buffer.indexOf` and
checks text and attribute values on their bytes (scan.ts; start tags are read by start-tag.ts, comments,
instructions and a DOCTYPE by skipped-markup.ts); it decodes only names, and hands out text and values
as bytes that its handler decodes when it keeps them, so a report of a hundred megabytes is neither
walked character by character as a general parser walks it nor turned into strings nobody reads.

It tells its handler what saxes would (an element's start with its attributes, its text, its end; a
self-closing element starts and ends) and refuses what saxes refuses with a one-line reason. A document
it does not read (an XML declaration other than version 1.0) throws XmlNeedsGeneralParser before
anything has been handed out: the caller gives the same bytes to saxes (xml/read-xml.ts).
*/
import {Buffer} from 'node:buffer';
import {
	bang,
	doctypeEnd,
	greaterThan,
	incomplete,
	isName,
	isSpace,
	lessThan,
	LineCounter,
	nameEnd as endOfName,
	newline,
	question,
	slash,
} from './bytes.js';
import type {XmlHandler} from './handler.js';
import {checkCdata, checkCharacterData} from './scan.js';
import {commentEnd, instructionEnd} from './skipped-markup.js';
import {StartTagReader} from './start-tag.js';
import {XmlSyntaxError} from './text.js';
import {WordView} from './words.js';

/** How many bytes of a chunk are joined to the token the chunk before cut, beyond the token's own. */
const bridgeBytes = 64 * 1024;

export class XmlByteReader {
	/** Bytes of a token cut by a chunk's end, and the chunks that came since. */
	private carry: Buffer | undefined;
	private readonly waiting: Buffer[] = [];
	private waitingBytes = 0;
	private readonly open: string[] = [];
	private readonly startTags = new StartTagReader();
	private readonly words = new WordView();
	private hasRoot = false;
	private hasClosedRoot = false;
	/** Bytes of the document before the current buffer. */
	private consumed = 0;
	private hasByteOrderMark = false;
	private hasDoctype = false;
	private buffer: Buffer = Buffer.alloc(0);
	private readonly lines = new LineCounter();
	/** Where the token being read ends (the `>` of a start tag). */
	private tokenEnd = 0;
	private tokenStart = 0;

	private readonly handler: XmlHandler;

	constructor(handler: XmlHandler) {
		this.handler = handler;
	}

	/** True once the root element has started: the handler has been told something. */
	get hasStarted(): boolean {
		return this.hasRoot;
	}

	/** The line of the token being handed out (for a start tag, the line of its `>`, as saxes counts). */
	get line(): number {
		return this.lines.countTo(this.tokenEnd + 1);
	}

	push(chunk: Uint8Array): void {
		let bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
		let from = 0;
		if (
			this.carry !== undefined &&
			this.waiting.length === 0 &&
			this.carry.length <= bridgeBytes
		) {
			from = this.bridge(this.carry, bytes);
			if (from === incomplete) {
				return;
			}
		} else if (this.carry !== undefined) {
			// A token longer than a chunk (a long attribute or line) is tried again once as many bytes again
			// have come, not with every chunk: reading it stays linear.
			// A copy: a file's chunks share one buffer (log-bytes.ts).
			this.waiting.push(Buffer.from(bytes));
			this.waitingBytes += bytes.length;
			if (this.waitingBytes < this.carry.length) {
				return;
			}

			bytes = Buffer.concat([this.carry, ...this.waiting]);
			this.carry = undefined;
			this.waiting.length = 0;
			this.waitingBytes = 0;
		}

		this.read(bytes, false, from);
	}

	end(): void {
		const rest = this.carry
			? Buffer.concat([this.carry, ...this.waiting])
			: Buffer.alloc(0);
		this.carry = undefined;
		this.waiting.length = 0;
		this.read(rest, true);
		this.tokenStart = this.buffer.length;
		const unclosed = this.open.at(-1);
		if (unclosed !== undefined) {
			this.fail(new XmlSyntaxError(`unclosed tag: ${unclosed}`, true));
		}

		if (!this.hasRoot) {
			this.fail(
				new XmlSyntaxError('document must contain a root element', true),
			);
		}
	}

	/**
	Reads the token a chunk's end cut (`carry`, short) with the start of the next chunk, `bytes`, joined (not
	the whole chunk: copying each chunk once more costs as much as reading a part of it); where the rest of
	`bytes` is to be read from, or `incomplete` when the token is longer than that start (then `bytes` waits,
	and a long token is read as it always was: once as many bytes again have come).
	*/
	private bridge(carry: Buffer, bytes: Buffer): number {
		const take = Math.min(bytes.length, carry.length + bridgeBytes);
		this.carry = undefined;
		this.read(Buffer.concat([carry, bytes.subarray(0, take)]), false, 0);
		const kept = this.carry as Buffer | undefined;
		const keptFrom = carry.length + take - (kept?.length ?? 0);
		if (kept !== undefined && keptFrom < carry.length) {
			// Still cut (what is kept begins in `carry`): the rest of `bytes` waits for more.
			if (take < bytes.length) {
				this.waiting.push(bytes.subarray(take));
				this.waitingBytes = bytes.length - take;
			}

			return incomplete;
		}

		// What is kept (if anything) is in `bytes` from `keptFrom - carry.length`: read from there, in place.
		this.carry = undefined;
		const from = keptFrom - carry.length;
		this.consumed -= from;
		return from;
	}

	/** Reads `buffer` from `from` on (the bytes before it are read already, their lines counted). */
	private read(buffer: Buffer, isEnd: boolean, from = 0): void {
		this.setBuffer(buffer, from);
		let position = from;
		if (this.consumed === 0 && from === 0) {
			if (buffer.length < 3 && !isEnd) {
				this.keep(0);
				return;
			}

			if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
				position = 3;
				this.hasByteOrderMark = true;
			}
		}

		try {
			while (position < buffer.length) {
				this.tokenStart = position;
				const less = buffer.indexOf(lessThan, position);
				if (less === -1) {
					this.textToEnd(buffer, position, isEnd);
					return;
				}

				if (less > position) {
					this.addText(buffer, position, less);
				}

				this.tokenStart = less;
				const end = this.markup(buffer, less, isEnd);
				if (end === incomplete) {
					if (isEnd) {
						throw new XmlSyntaxError('unexpected end of input in markup', true);
					}

					this.keep(less);
					return;
				}

				position = end;
			}

			// Every byte was read: its lines count before the next chunk replaces the buffer.
			this.lines.countTo(buffer.length);
			this.consumed += buffer.length;
		} catch (error) {
			this.fail(error);
		}
	}

	private fail(error: unknown): never {
		if (error instanceof XmlSyntaxError) {
			const line = this.lines.countTo(
				Math.min(this.tokenStart, this.buffer.length),
			);
			throw new XmlSyntaxError(
				`line ${line}: ${error.reason}`,
				error.isTruncated,
			);
		}

		throw error as Error;
	}

	/** Keeps the bytes from `from` on for the next chunk. */
	private keep(from: number): void {
		this.lines.countTo(from);
		this.consumed += from;
		this.carry = Buffer.from(this.buffer.subarray(from));
	}

	private setBuffer(buffer: Buffer, from: number): void {
		this.buffer = buffer;
		this.lines.setBuffer(buffer, from);
	}

	private textToEnd(buffer: Buffer, from: number, isEnd: boolean): void {
		if (isEnd) {
			this.addText(buffer, from, buffer.length);
			return;
		}

		// Text is handed on a line at a time at most: a cut after a newline splits no character, reference,
		// CR LF or `]]>`.
		const cut = buffer.lastIndexOf(newline, buffer.length - 1);
		if (cut >= from) {
			this.addText(buffer, from, cut + 1);
			this.keep(cut + 1);
		} else {
			this.keep(from);
		}
	}

	private addText(buffer: Buffer, from: number, to: number): void {
		if (this.open.length === 0) {
			for (let at = from; at < to; at++) {
				if (!isSpace(buffer[at]!)) {
					throw new XmlSyntaxError('text data outside of root node');
				}
			}

			return;
		}

		this.handler.text(
			buffer,
			from,
			to,
			checkCharacterData(buffer, from, to, this.words),
		);
	}

	/** Reads the markup at `less`; the position after it, or `incomplete`. */
	private markup(buffer: Buffer, less: number, isEnd: boolean): number {
		const next = buffer[less + 1];
		if (next === undefined) {
			return incomplete;
		}

		if (next === slash) {
			return this.closeTag(buffer, less);
		}

		if (next === bang) {
			return this.bangMarkup(buffer, less, isEnd);
		}

		if (next === question) {
			return this.instruction(buffer, less);
		}

		return this.startTag(buffer, less);
	}

	private startTag(buffer: Buffer, less: number): number {
		const {startTags} = this;
		const at = startTags.read(buffer, less);
		if (at === incomplete) {
			return incomplete;
		}

		if (this.hasClosedRoot) {
			throw new XmlSyntaxError('text data outside of root node');
		}

		const {name} = startTags;
		this.hasRoot = true;
		this.tokenEnd = at;
		this.handler.openTag(name, startTags.attributes, this);
		if (startTags.isSelfClosing) {
			this.closed(name);
		} else {
			this.open.push(name);
		}

		return at + 1;
	}

	private closeTag(buffer: Buffer, less: number): number {
		const greater = buffer.indexOf(greaterThan, less + 2);
		if (greater === -1) {
			return incomplete;
		}

		const nameEnd = endOfName(buffer, less + 2);
		for (let at = nameEnd; at < greater; at++) {
			if (!isSpace(buffer[at]!)) {
				throw new XmlSyntaxError('disallowed character in closing tag');
			}
		}

		const expected = this.open.pop();
		if (
			expected === undefined ||
			(!isName(expected, buffer, less + 2, nameEnd) &&
				buffer.toString('utf8', less + 2, nameEnd) !== expected)
		) {
			const name = buffer.toString('utf8', less + 2, nameEnd);
			throw new XmlSyntaxError(
				expected === undefined
					? `unmatched closing tag: ${name}`
					: `unexpected close tag ${name} (expected ${expected})`,
			);
		}

		this.tokenEnd = greater;
		this.closed(expected);
		return greater + 1;
	}

	private closed(name: string): void {
		this.handler.closeTag(name);
		if (this.open.length === 0) {
			this.hasClosedRoot = true;
		}
	}

	private bangMarkup(buffer: Buffer, less: number, isEnd: boolean): number {
		if (buffer.length - less < 9 && !isEnd) {
			return incomplete;
		}

		const head = buffer.toString('latin1', less, less + 9);
		if (head.startsWith('<!--')) {
			return commentEnd(buffer, less);
		}

		if (head === '<![CDATA[') {
			const end = buffer.indexOf(']]>', less + 9);
			if (end === -1) {
				return incomplete;
			}

			if (this.open.length === 0) {
				throw new XmlSyntaxError('text data outside of root node');
			}

			const kind = checkCdata(buffer, less + 9, end);
			if (end > less + 9) {
				this.handler.text(buffer, less + 9, end, kind);
			}

			return end + 3;
		}

		if (head === '<!DOCTYPE') {
			if (this.hasDoctype || this.hasRoot) {
				throw new XmlSyntaxError('inappropriately located doctype declaration');
			}

			const end = doctypeEnd(buffer, less + 9);
			this.hasDoctype = end !== incomplete;
			return end;
		}

		throw new XmlSyntaxError('incorrect syntax');
	}

	private instruction(buffer: Buffer, less: number): number {
		const offset = this.consumed + less;
		return instructionEnd(
			buffer,
			less,
			offset === (this.hasByteOrderMark ? 3 : 0),
		);
	}
}
