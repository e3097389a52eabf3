import fs from 'node:fs';
import {Readable} from 'node:stream';
import {Buffer} from 'node:buffer';
import zlib from 'node:zlib';
import {IrregularFileError, openRegularFile} from '../files.js';
import type {FailureListener, Run, Warning} from './model.js';
import {stripAnsi} from './ansi.js';
import {LogError} from './errors.js';
import {JunitError, parseJunitStream} from './junit.js';
import {reportlogLineLimit} from './reportlog.js';
import {SessionSplitter} from './sessions.js';
import {asUtf8, requireStructure, utf16Of} from './text-checks.js';

export {stripAnsi} from './ansi.js';

export {LogError} from './errors.js';

export type ReadOptions = {
	/** Called with the number of bytes read so far, for progress bars. */
	readonly onProgress?: (
		bytesRead: number,
		totalBytes: number | undefined,
	) => void;
	/** Stream to read instead of opening `source` (stdin for `-`). */
	readonly stream?: NodeJS.ReadableStream;
	/** Called as failing tests are read, before the run is complete (for a screen that is already up). */
	readonly onFailure?: FailureListener;
	/** Called with every chunk of the log's bytes as stored (before gunzip), in order: for a content hash or a kept copy. */
	readonly onBytes?: (bytes: Uint8Array) => void;
};

/** Console lines longer than this are cut for parsing: nothing pytest prints needs more, and it keeps every regex linear. */
const consoleLineLimit = 256 * 1024;
const chunkSize = 1024 * 1024;

/** Something that consumes a log line by line. */
export type LineSink = {
	line(text: string, lineNumber: number): void;
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
		const chunk = Buffer.isBuffer(bytes)
			? bytes
			: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
		// Most chunks hold neither CR nor ESC: then none of their lines needs a scan for them.
		const isPlain = !chunk.includes(carriageReturn) && !chunk.includes(escape);
		let start = 0;
		let index = chunk.indexOf(lineFeed);
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
		if (this.isDiscarding) {
			this.lineNumber++;
			this.isDiscarding = false;
			return;
		}

		if (this.pendingLength > 0) {
			const line = Buffer.concat(this.pending, this.pendingLength);
			this.pending = [];
			this.pendingLength = 0;
			this.emit(line, 0, line.length, isPlainLine(line));
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

		this.emitText(this.decode(bytes, start, end), false, !isPlain);
	}

	private decode(bytes: Buffer, start: number, end: number): string {
		return bytes.toString('utf8', start, end);
	}

	private emitText(
		raw: string,
		isForcedCut: boolean,
		mayHaveControls: boolean,
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
			if (line.endsWith('\r')) {
				line = line.slice(0, -1);
			}

			if (line.includes('\r')) {
				// A lone CR returns the cursor: `collecting ... \rcollected 9 items`, or an xdist worker's
				// `\r[gw2] Python …` written over a finished `[gw0] PASSED id` line. Each part is read.
				segments = line.split('\r').filter(segment => segment.length > 0);
				line = segments.pop() ?? '';
			}
		}

		const hasEscape = mayHaveControls || isForcedCut;
		if (segments) {
			for (const segment of segments) {
				this.sink.line(
					hasEscape ? stripAnsi(segment) : segment,
					this.lineNumber,
				);
			}
		}

		// Invalid UTF-8 decodes to U+FFFD (a one-byte string cannot hold it: the search costs nothing then).
		if (!this.hasWarnedReplacement && line.includes('\uFFFD')) {
			this.hasWarnedReplacement = true;
			this.warnings.push({
				line: this.lineNumber,
				message: 'invalid UTF-8 (shown as \uFFFD) from this line on',
			});
		}

		if (hasEscape && line.includes('\u001B')) {
			line = stripAnsi(line);
		}

		this.sink.line(line, this.lineNumber);
	}
}

/** Whether a line holds neither CR nor ESC. */
function isPlainLine(line: Buffer): boolean {
	return !line.includes(carriageReturn) && !line.includes(escape);
}

function sizeOf(characters: number): string {
	return characters >= 1024 * 1024
		? `${characters / (1024 * 1024)} MB`
		: `${characters / 1024} KB`;
}

function describeError(source: string, error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	switch (code) {
		case 'ENOENT': {
			return `${source}: no such file`;
		}

		case 'EACCES':
		case 'EPERM': {
			return `${source}: permission denied`;
		}

		case 'EISDIR': {
			return `${source}: is a directory, not a log file`;
		}

		case 'Z_DATA_ERROR':
		case 'Z_BUF_ERROR':
		case 'Z_STREAM_ERROR': {
			return `${source}: corrupt gzip data (${(error as Error).message})`;
		}

		default: {
			return `${source}: cannot read (${error instanceof Error ? error.message : String(error)})`;
		}
	}
}

function openSource(
	source: string,
	options: ReadOptions,
): {stream: NodeJS.ReadableStream; size?: number} {
	if (options.stream) {
		return {stream: options.stream};
	}

	try {
		// Only a regular file: a FIFO with no writer would block forever, a device never ends (`-` reads a pipe).
		const {fd, stat} = openRegularFile(source);
		return {
			stream: fs.createReadStream('', {fd, highWaterMark: chunkSize}),
			size: stat.size,
		};
	} catch (error) {
		if (error instanceof IrregularFileError) {
			throw new LogError(
				`${source}: ${error.message === 'is a directory, not a file' ? 'is a directory, not a log file' : `${error.message} (pipe a log in as -)`}`,
			);
		}

		throw new LogError(describeError(source, error));
	}
}

function isGzip(bytes: Uint8Array): boolean {
	return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

type Format = 'pytest' | 'junit' | 'reportlog';

function sniff(text: string): Format {
	// A report log can start with `null` lines (a report no hook serialized) before its first record.
	const trimmed = text
		.replace(/^\uFEFF/, '')
		.trimStart()
		.replace(/^(?:null[ \t]*\r?\n\s*)+(?={)/, '');
	if (trimmed.startsWith('<')) {
		return 'junit';
	}

	if (
		trimmed.startsWith('{') &&
		trimmed.slice(0, 4096).includes('"$report_type"')
	) {
		return 'reportlog';
	}

	return 'pytest';
}

function looksBinary(bytes: Uint8Array): boolean {
	// A stray NUL in captured output is still a log; a file where control bytes are common is not.
	const limit = Math.min(bytes.length, 8192);
	let controls = 0;
	for (let index = 0; index < limit; index++) {
		const byte = bytes[index]!;
		if (byte < 9 || (byte > 13 && byte < 32 && byte !== 27)) {
			controls++;
		}
	}

	return limit > 0 && controls / limit > 0.05;
}

/** Iterates the (gunzipped) bytes of a stream. */
async function* bytesOf(
	stream: NodeJS.ReadableStream,
	source: string,
	consumed: {bytes: number},
	onBytes?: (bytes: Uint8Array) => void,
): AsyncGenerator<Uint8Array> {
	const iterator = (stream as Readable)[
		Symbol.asyncIterator
	]() as AsyncIterator<Uint8Array | string>;
	let first: IteratorResult<Uint8Array | string>;
	try {
		first = await iterator.next();
	} catch (error) {
		throw new LogError(describeError(source, error));
	}

	if (first.done) {
		return;
	}

	const firstBytes =
		typeof first.value === 'string' ? Buffer.from(first.value) : first.value;
	// Progress counts the bytes of the file as stored: a .gz log's bar follows the compressed size.
	const rest = async function* (): AsyncGenerator<Uint8Array> {
		consumed.bytes += firstBytes.length;
		onBytes?.(firstBytes);
		yield firstBytes;
		while (true) {
			const next = await iterator.next();
			if (next.done) {
				return;
			}

			const bytes =
				typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
			consumed.bytes += bytes.length;
			onBytes?.(bytes);
			yield bytes;
		}
	};

	if (!isGzip(firstBytes)) {
		try {
			yield* rest();
		} catch (error) {
			throw new LogError(describeError(source, error));
		}

		return;
	}

	const gunzip = zlib.createGunzip({chunkSize});
	const input = Readable.from(rest());
	input.on('error', error => {
		gunzip.destroy(error);
	});
	input.pipe(gunzip);
	try {
		for await (const chunk of gunzip) {
			yield chunk as Uint8Array;
		}
	} catch (error) {
		throw new LogError(
			error instanceof LogError ? error.message : describeError(source, error),
		);
	}
}

/**
Reads one log (pytest console output, JUnit XML or pytest-reportlog JSON Lines; plain or gzipped) into its pytest sessions, one Run each, in order. Streams: the file is never held whole in memory. Throws LogError for input that is not a readable test log.

A console log holds several sessions when a script ran pytest more than once (`pytest; pytest --lf`); a report log, one per `SessionStart` record. A session printed inside a test's captured output is that test's output, not a session. A JUnit XML file is one run however many `<testsuite>`s it has. When there are several, each Run's `session` is its 1-based index.
*/
export async function readLogSessions(
	source: string,
	options: ReadOptions = {},
): Promise<Run[]> {
	const {stream, size} = openSource(source, options);
	const name = source === '-' ? 'stdin' : source;
	const consumed = {bytes: 0};
	let chunks = bytesOf(stream, name, consumed, options.onBytes);
	let first = await chunks.next();
	if (first.done || first.value.length === 0) {
		throw new LogError(`${name}: empty file`);
	}

	const utf16 = utf16Of(first.value);
	if (utf16) {
		// PowerShell's `>` writes UTF-16 with a BOM: read it as the UTF-8 the rest of the reader expects.
		chunks = asUtf8(first.value, chunks, utf16, name);
		first = await chunks.next();
		if (first.done || first.value.length === 0) {
			throw new LogError(`${name}: empty file`);
		}
	}

	if (looksBinary(first.value)) {
		throw new LogError(`${name}: binary data, not a test log`);
	}

	chunks = requireStructure(first.value, chunks, name);
	first = (await chunks.next()) as IteratorYieldResult<Uint8Array>;

	// The first chunk as text tells the format (a sequence cut at its end decodes to U+FFFD, which sniffing ignores).
	const format = sniff(Buffer.from(first.value).toString('utf8'));
	const report = () => options.onProgress?.(consumed.bytes, size);

	if (format === 'junit') {
		// The XML parser reports any failure of its input as bad XML: a refusal of the reader wins.
		let refusal: LogError | undefined;
		const all = (async function* () {
			yield first.value;
			try {
				for await (const chunk of chunks) {
					report();
					yield chunk;
				}
			} catch (error) {
				if (error instanceof LogError) {
					refusal = error;
				}

				throw error;
			}
		})();
		try {
			return [await parseJunitStream(all, name, source, options.onFailure)];
		} catch (error) {
			if (refusal) {
				throw refusal;
			}

			if (error instanceof JunitError || error instanceof LogError) {
				throw new LogError(error.message);
			}

			throw error;
		}
	}

	const sessions = new SessionSplitter(format, source, options.onFailure);
	const splitter = new LineSplitter(
		sessions,
		format === 'reportlog' ? reportlogLineLimit : undefined,
	);
	splitter.push(first.value);
	report();
	for await (const chunk of chunks) {
		splitter.push(chunk);
		report();
	}

	splitter.end();
	const extraWarnings = [...splitter.warnings];
	const runs = sessions.finish(extraWarnings);
	if (runs.length === 0) {
		throw new LogError(
			`${name}: not a test log (no pytest output, JUnit XML or pytest-reportlog JSON found)`,
		);
	}

	return runs;
}

/**
Reads one log into one Run: the log's only pytest session, or, when it holds several (`pytest; pytest --lf`), the last one, with a warning that says so. `readLogSessions` reads them all.
*/
export async function readLog(
	source: string,
	options: ReadOptions = {},
): Promise<Run> {
	const runs = await readLogSessions(source, options);
	const last = runs.at(-1)!;
	if (runs.length === 1) {
		return last;
	}

	return {
		...last,
		warnings: [
			{
				line: 0,
				message: `the log holds ${runs.length} pytest sessions; only the last one (session ${runs.length}) is read here`,
			},
			...last.warnings,
		],
	};
}
