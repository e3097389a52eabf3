/**
The bytes of a log: the file opened (a regular file only) or the stream given, gunzipped when it is gzip,
with read errors turned into one-line `LogError`s.
*/
import fs from 'node:fs';
import {Readable} from 'node:stream';
import {promisify} from 'node:util';
import {Buffer} from 'node:buffer';
import zlib from 'node:zlib';
import {
	IrregularFileError,
	isPermissionDenied,
	openRegularFile,
	unreadableReason,
} from '../files.js';
import {LogError} from './errors.js';

const chunkSize = 1024 * 1024;

/** A log's read error in one line (`run.log: no such file`): the reader's words, also for a check made before reading. */
export function describeError(source: string, error: unknown): string {
	// A followed log cut under its reader (live/follow.ts): its own words, not `cannot read (…)` of a system error.
	if ((error as Error | undefined)?.name === 'FollowError') {
		return `${source}: ${(error as Error).message}`;
	}

	if (isPermissionDenied(error)) {
		return `${source}: permission denied`;
	}

	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	switch (code) {
		case 'ENOENT': {
			return `${source}: no such file`;
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
			// Node's message names the file as resolved (this machine's path) in the system's words: ELOOP, ENXIO…
			return `${source}: ${unreadableReason(error)}`;
		}
	}
}

/** A log's chunks as they come: a stream's (each its own), or a file's (two buffers reused in turn, see `fileChunks`). */
export type LogChunks = AsyncIterable<Uint8Array | string>;

function ignore(): void {
	// A read of a file let go: nobody waits for it.
}

/** `fs.read` as a promise of `{bytesRead, buffer}` (its own promisified form). */
const readFd = promisify(fs.read);

/**
A file's bytes, read into two buffers that the chunks reuse in turn: each chunk is valid until the next one is
asked for. A new buffer per chunk, as a read stream gives, costs a page fault per 4 KiB read (the allocator hands the
memory back and maps it again): reading a 111 MB file alone took 0.29 s of system time and 19.5k faults, against
0.05 s and 2.7k into one buffer (in the whole reader, whose own memory faults too, 3–4k of ~48k).
Whoever keeps bytes of a chunk copies them (the line splitter, the XML reader, the gunzip below).
*/
async function* fileChunks(
	fd: number,
	bytes: number,
): AsyncGenerator<Uint8Array> {
	// Two buffers in turn: the next chunk is read while the reader works on this one, rather than the reader
	// waiting for each read (on the 111 MB bench XML the read alone waited ~80 ms for the disk's thread).
	const buffers = [
		Buffer.allocUnsafeSlow(bytes),
		Buffer.allocUnsafeSlow(bytes),
	];
	// Each read at its own position, not the file's: a reader that stops early leaves a read going, and the file may
	// be closed and its descriptor given to the next file opened, whose reads must not be moved on. Each read is
	// caught too, so that the read of a file let go is no unhandled rejection.
	let pending = readFd(fd, buffers[0]!, 0, bytes, 0);
	pending.catch(ignore);
	let position = 0;
	let next = 0;
	for (;;) {
		const {bytesRead} = await pending;
		if (bytesRead === 0) {
			return;
		}

		position += bytesRead;
		const chunk = buffers[next]!.subarray(0, bytesRead);
		next ^= 1;
		pending = readFd(fd, buffers[next]!, 0, bytes, position);
		pending.catch(ignore);
		yield chunk;
	}
}

/** The source's chunks, its size when it is a file, and `close`, which lets go of the file (once read or not). */
export function openSource(
	source: string,
	options: {
		readonly stream?: NodeJS.ReadableStream;
		/** A file's chunk size (default 1 MiB): tests read with small ones, so that a chunk kept shows. */
		readonly chunkBytes?: number;
	},
): {stream: LogChunks; size?: number; close: () => void} {
	if (options.stream) {
		return {
			stream: options.stream,
			close() {
				// The caller's stream is the caller's to end.
			},
		};
	}

	try {
		// Only a regular file: a FIFO with no writer would block forever, a device never ends (`-` reads a pipe).
		const {fd, stat} = openRegularFile(source);
		let isOpen = true;
		return {
			stream: fileChunks(fd, options.chunkBytes ?? chunkSize),
			size: stat.size,
			close() {
				if (isOpen) {
					isOpen = false;
					fs.closeSync(fd);
				}
			},
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

/** Iterates the (gunzipped) bytes of a stream; `onBytes` sees them as stored, `onContent` as yielded. */
export async function* bytesOf(
	stream: LogChunks,
	source: string,
	consumed: {bytes: number},
	onBytes?: (bytes: Uint8Array) => void,
	onContent?: (bytes: Uint8Array) => void,
): AsyncGenerator<Uint8Array> {
	const iterator = stream[Symbol.asyncIterator]();
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
			for await (const bytes of rest()) {
				onContent?.(bytes);
				yield bytes;
			}
		} catch (error) {
			// The cause says what it was: a followed log's header tells a cut log from an unreadable one.
			throw new LogError(describeError(source, error), {cause: error});
		}

		return;
	}

	// A .gz cut short (a CI artifact truncated mid-upload) is read as far as it decompresses, as a plain log cut
	// short is read as far as it goes, and the parser says alike that it ends before pytest's final line. zlib's
	// default end of input (Z_FINISH) refused it as corrupt, and held back the last 16 KiB it had decompressed.
	// Corrupt data (a byte changed, garbage after the data) is still an error.
	const gunzip = zlib.createGunzip({
		chunkSize,
		finishFlush: zlib.constants.Z_SYNC_FLUSH,
	});
	const stored = {tail: Buffer.alloc(0), bytes: 0};
	// Copies: the stream reads ahead of gunzip, and a file's chunks share one buffer.
	const input = Readable.from(
		(async function* () {
			for await (const bytes of rest()) {
				stored.bytes += bytes.length;
				stored.tail = Buffer.concat([stored.tail, bytes.subarray(-4)]).subarray(
					-4,
				);
				yield Buffer.from(bytes);
			}
		})(),
	);
	input.on('error', error => {
		gunzip.destroy(error);
	});
	input.pipe(gunzip);
	let content = 0;
	try {
		for await (const chunk of gunzip) {
			content += (chunk as Uint8Array).length;
			onContent?.(chunk as Uint8Array);
			yield chunk as Uint8Array;
		}
	} catch (error) {
		throw new LogError(
			error instanceof LogError ? error.message : describeError(source, error),
		);
	}

	// Nothing decompressed: a whole gzip of an empty file (at least 20 bytes, its trailer's size 0) is an empty
	// log; anything shorter was cut inside its header or before its first block.
	if (
		content === 0 &&
		(stored.bytes < 20 || stored.tail.readUInt32LE(0) !== 0)
	) {
		throw new LogError(
			`${source}: corrupt gzip data (it ends before any of its content: cut short)`,
		);
	}
}
