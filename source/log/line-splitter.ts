/**
A log's bytes as lines: `LineSplitter` cuts the chunks at newlines, handles CR and ANSI escapes (but an id's own, `stripAnsiOutsideIds`) and overlong
lines, and hands each line to a `LineSink` (as bytes first when it is plain, else as text).
*/
import {Buffer, isUtf8} from 'node:buffer';
import type {Warning} from './model.js';
import {stripAnsiOutsideIds} from './ansi.js';

/** Console lines longer than this are cut for parsing: nothing pytest prints needs more, and it keeps every regex linear. */
const consoleLineLimit = 256 * 1024;

/** Something that consumes a log line by line. */
export type LineSink = {
	/**
	A line, its escape sequences stripped (but an id's own); `raw`, when given, is the line as printed, before they were:
	a tool that cut a line and marks the rest as the line before's (GitLab's `+`) joins the raw parts, so that an id's
	sequence cut in two is read as one (`line-prefix.ts`).
	*/
	line(text: string, lineNumber: number, raw?: string): void;
	/**
	A line before it is decoded, when it is plain (no CR, no ESC, not too long): true when the sink read it
	as it is (the common `-v` line), false to have it as text. Optional.
	*/
	bytesLine?(
		bytes: Uint8Array,
		start: number,
		end: number,
		lineNumber: number,
	): boolean;
	/**
	Whether a lone CR inside the next line is the text's own (an exception message's, in a report) rather than a terminal
	redraw: then the line is read whole, CR and all, as pytest's XML has the text. Optional (false).
	*/
	keepsReturns?(): boolean;
	/**
	Whether the line's CR (any of them, a last one too) is a node id's own: an unescaped id whose parameter holds `\r`
	(`tests/t.py::test_p[progress\r50%] FAILED`, or `[crlf\r` then `line] FAILED`). Then the line is read whole, CR and
	all, as pytest's XML names the test. Asked only of lines that hold a CR. Optional (false).
	*/
	isReturnInId?(line: string): boolean;
	/** The next line is the log's last and has no newline: the log was cut inside it. Optional. */
	endsInsideLine?(): void;
	/** Every line was handed on. Optional. */
	end?(): void;
};

const lineFeed = 10;
const carriageReturn = 13;
const escape = 27;

/**
Splits a log's bytes into lines: CRLF and lone CR (terminal redraws) handled, ANSI stripped, very long lines
cut with a warning. A plain line is offered to the sink as bytes first, and decoded only when the sink wants
its text: each line is decoded on its own, so no text a reader keeps holds a whole chunk of the log in
memory. Never holds more than one line beyond the current chunk.
*/
export class LineSplitter {
	lineNumber = 0;
	readonly warnings: Warning[] = [];
	/** The start of a line that goes on in the next chunk. */
	private pending: Buffer[] = [];
	private pendingLength = 0;
	private isDiscarding = false;
	private hasWarnedReplacement = false;
	/**
	Whether the log ends its lines with a lone CR (classic Mac OS, some Windows tools): then every CR is a newline.
	Undecided until the bytes show an LF (no), or several CRs and no LF in the first 64 KB (yes: a terminal redraws
	a few times on a line, pytest's header ends in an LF), or they end with two CRs and no LF at all. Read as redraws,
	such a log was one line: past 256 KB cut, its tracebacks lost and the run INCOMPLETE; below, every id line of
	its short summary taken for a line the log was cut inside.
	*/
	private isCrOnly: boolean | undefined;

	private readonly sink: LineSink;
	private readonly maxLineLength: number;
	/** Past this much of one line, its head is parsed and the rest up to the newline is dropped unread. */
	private readonly discardAfter: number;

	constructor(sink: LineSink, maxLineLength = consoleLineLimit) {
		this.sink = sink;
		this.maxLineLength = maxLineLength;
		this.discardAfter =
			maxLineLength === consoleLineLimit ? maxLineLength * 4 : maxLineLength;
	}

	push(bytes: Uint8Array): void {
		let chunk = Buffer.isBuffer(bytes)
			? bytes
			: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
		if (this.isCrOnly === undefined) {
			this.decideLineEnds(chunk);
		}

		if (this.isCrOnly === true) {
			chunk = returnsAsNewlines(chunk);
		}

		let start = 0;
		let index = chunk.indexOf(lineFeed);
		// Most chunks hold neither CR nor ESC, and their whole lines are valid UTF-8: then none of those lines
		// needs a scan for them, and none decodes to U+FFFD (which `emitText` warns of).
		const isPlain =
			!chunk.includes(carriageReturn) &&
			!chunk.includes(escape) &&
			(index === -1 ||
				isUtf8(
					chunk.subarray(
						// A line begun in the last chunk is checked once joined.
						this.pendingLength > 0 || this.isDiscarding ? index + 1 : 0,
						chunk.lastIndexOf(lineFeed),
					),
				));
		while (index !== -1) {
			if (this.isDiscarding) {
				this.isDiscarding = false;
				this.pending = [];
				this.pendingLength = 0;
				this.lineNumber++;
			} else if (this.pendingLength > 0) {
				this.pending.push(chunk.subarray(start, index));
				const line = Buffer.concat(
					this.pending,
					this.pendingLength + index - start,
				);
				this.pending = [];
				this.pendingLength = 0;
				this.emit(line, 0, line.length, isPlainLine(line));
			} else {
				this.emit(chunk, start, index, isPlain);
			}

			start = index + 1;
			index = chunk.indexOf(lineFeed, start);
		}

		if (start < chunk.length && !this.isDiscarding) {
			// A copy: the stream may reuse its chunk.
			this.pending.push(Buffer.from(chunk.subarray(start)));
			this.pendingLength += chunk.length - start;
			if (this.pendingLength > this.discardAfter) {
				// One enormous line (a 50 MB blob): keep its head, drop the rest up to the next newline.
				const line = Buffer.concat(this.pending, this.pendingLength);
				this.emitText(this.decode(line, 0, line.length), true, false);
				this.lineNumber--;
				this.isDiscarding = true;
				this.pending = [];
				this.pendingLength = 0;
			}
		}
	}

	end(): void {
		// A short log with no LF at all: its CRs end its lines.
		if (
			this.isCrOnly === undefined &&
			!this.isDiscarding &&
			this.pendingReturns() >= 2
		) {
			this.becomeCrOnly();
		}

		if (this.isDiscarding) {
			this.sink.endsInsideLine?.();
			this.lineNumber++;
			this.isDiscarding = false;
		} else if (this.pendingLength > 0) {
			this.sink.endsInsideLine?.();
			const line = Buffer.concat(this.pending, this.pendingLength);
			this.pending = [];
			this.pendingLength = 0;
			this.emit(line, 0, line.length, isPlainLine(line));
		}

		this.sink.end?.();
	}

	/**
	Tell CR-only line ends from the first bytes, counting the CRs of a line still pending: several CRs and
	no LF in the log's first `crOnlyWindow` bytes. An LF sooner says the CRs were redraws (a progress bar's
	before pytest's banner, in a log of LF or CRLF line ends), which read as CR-only would have put a blank
	line after every line of a CRLF log. Until an LF, nothing has been handed on, so waiting costs nothing.
	*/
	private decideLineEnds(chunk: Buffer): void {
		const lineFeedAt = chunk.indexOf(lineFeed);
		const before = lineFeedAt === -1 ? chunk : chunk.subarray(0, lineFeedAt);
		if (
			this.pendingLength + before.length >=
				Math.min(crOnlyWindow, this.discardAfter) &&
			countReturns(before) + this.pendingReturns() >= crOnlyEvidence
		) {
			this.becomeCrOnly();
		} else if (lineFeedAt !== -1) {
			this.isCrOnly = false;
		}
	}

	private pendingReturns(): number {
		return this.pending.reduce((sum, piece) => sum + countReturns(piece), 0);
	}

	/** From now on every CR is a newline; what is pending, held as one line, goes out as the lines it is. */
	private becomeCrOnly(): void {
		this.isCrOnly = true;
		const held = returnsAsNewlines(
			Buffer.concat(this.pending, this.pendingLength),
		);
		this.pending = [];
		this.pendingLength = 0;
		if (held.length > 0) {
			this.push(held);
		}
	}

	private emit(
		bytes: Buffer,
		start: number,
		end: number,
		isPlain: boolean,
	): void {
		if (
			isPlain &&
			end - start <= this.maxLineLength &&
			this.sink.bytesLine?.(bytes, start, end, this.lineNumber + 1)
		) {
			this.lineNumber++;
			return;
		}

		const text = this.decode(bytes, start, end);
		this.emitText(
			text,
			false,
			!isPlain,
			// A plain line is valid UTF-8: a U+FFFD in it is one the log holds (output pytest had decoded with
			// `errors="replace"`), as the byte paths read it.
			isPlain ||
				(text.includes('\uFFFD') && isUtf8(bytes.subarray(start, end))),
		);
	}

	private decode(bytes: Buffer, start: number, end: number): string {
		return bytes.toString('utf8', start, end);
	}

	private emitText(
		raw: string,
		isForcedCut: boolean,
		mayHaveControls: boolean,
		isValidUtf8 = false,
	): void {
		this.lineNumber++;
		let line = raw;
		if (line.length > this.maxLineLength || isForcedCut) {
			this.warnings.push({
				line: this.lineNumber,
				message: `line is longer than ${sizeOf(this.maxLineLength)}; only its start was read`,
			});
			line = line.slice(0, this.maxLineLength);
		}

		let segments: string[] | undefined;
		if (mayHaveControls || isForcedCut) {
			// A last CR is a CRLF's, even one an id holds (`[crlf\r` then `line] FAILED`): a log saved with CRLF looks the same.
			if (line.endsWith('\r')) {
				line = line.slice(0, -1);
			}

			if (
				line.includes('\r') &&
				this.sink.keepsReturns?.() !== true &&
				this.sink.isReturnInId?.(line) !== true
			) {
				// A lone CR returns the cursor: `collecting ... \rcollected 9 items`, or an xdist worker's
				// `\r[gw2] Python …` written over a finished `[gw0] PASSED id` line. Each part is read.
				segments = line.split('\r').filter(segment => segment.length > 0);
				line = segments.pop() ?? '';
			}
		}

		const hasEscape = mayHaveControls || isForcedCut;
		if (segments) {
			for (const segment of segments) {
				const isStripped = hasEscape && segment.includes('\u001B');
				this.sink.line(
					isStripped ? stripAnsiOutsideIds(segment) : segment,
					this.lineNumber,
					isStripped ? segment : undefined,
				);
			}
		}

		// Invalid UTF-8 decodes to U+FFFD (a one-byte string cannot hold it: the search costs nothing then).
		if (!this.hasWarnedReplacement && !isValidUtf8 && line.includes('\uFFFD')) {
			this.hasWarnedReplacement = true;
			this.warnings.push({
				line: this.lineNumber,
				message: 'invalid UTF-8 (shown as \uFFFD) from this line on',
			});
		}

		if (hasEscape && line.includes('\u001B')) {
			this.sink.line(stripAnsiOutsideIds(line), this.lineNumber, line);
			return;
		}

		this.sink.line(line, this.lineNumber);
	}
}

/** CRs before any LF that make a log one of CR-only line ends, when there is no LF in its first `crOnlyWindow` bytes. */
const crOnlyEvidence = 8;
const crOnlyWindow = 64 * 1024;

/** The CRs in `bytes`, counted up to `crOnlyEvidence`. */
function countReturns(bytes: Buffer): number {
	let count = 0;
	for (
		let index = bytes.indexOf(carriageReturn);
		index !== -1 && count < crOnlyEvidence;
		index = bytes.indexOf(carriageReturn, index + 1)
	) {
		count++;
	}

	return count;
}

/** A copy of `bytes` with each CR a newline. */
function returnsAsNewlines(bytes: Buffer): Buffer {
	if (!bytes.includes(carriageReturn)) {
		return bytes;
	}

	const copy = Buffer.from(bytes);
	for (
		let index = copy.indexOf(carriageReturn);
		index !== -1;
		index = copy.indexOf(carriageReturn, index + 1)
	) {
		copy[index] = lineFeed;
	}

	return copy;
}

/** Whether a line holds neither CR nor ESC, and is valid UTF-8. */
function isPlainLine(line: Buffer): boolean {
	return (
		!line.includes(carriageReturn) && !line.includes(escape) && isUtf8(line)
	);
}

function sizeOf(characters: number): string {
	return characters >= 1024 * 1024
		? `${characters / (1024 * 1024)} MB`
		: `${characters / 1024} KB`;
}
