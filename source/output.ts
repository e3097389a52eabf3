import {Buffer} from 'node:buffer';
import {randomBytes} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {catchEndSignals, signalExitCodes} from './end-signals.js';
import {fileSystemReason} from './files.js';
import {sanitizeLine} from './log/sanitize.js';
import {removeStaleTemporaries} from './stale-temporaries.js';

/** Thrown when an output cannot be written; the CLI prints it as one line (exit code 1). */
export class OutputError extends Error {
	override name = 'OutputError';
}

/** The write every output goes through; tests make it fail as a full disk does. */
export const outputSeams: {
	write: (fd: number, buffer: Buffer, offset: number) => number;
} = {
	write: (fd, buffer, offset) =>
		fs.writeSync(fd, buffer, offset, buffer.length - offset),
};

const bufferSize = 1 << 20;

/**
Temp files being written. A signal that ends triage (a CI job cancelled with SIGTERM, Ctrl-C, the terminal
closed) used to leave them behind (`.out.csv.PID.RANDOM.tmp`), since Node's default for a signal skips every
cleanup. While one is written, the end signals are caught (end-signals.ts): a signal waits for the synchronous
write under way, which then puts its file in place; what is still a temp file then goes, and triage exits as the
signal would have, so a job cancelled mid-export never reads as a success. Once none is left, nothing stays
caught.
*/
const temporaries = new Set<string>();
/** Stops catching the signals; undefined while no temp file is written. */
let release: (() => void) | undefined;

function removeTemporaries(): void {
	for (const file of temporaries) {
		removeQuietly(file);
	}

	temporaries.clear();
}

function catchWhileWriting(): void {
	if (release !== undefined) {
		return;
	}

	const stopCatching = catchEndSignals(undefined, signal => {
		removeTemporaries();
		process.exit(signalExitCodes[signal] ?? 1);
	});
	process.on('exit', removeTemporaries);
	release = () => {
		stopCatching();
		process.off('exit', removeTemporaries);
		release = undefined;
	};
}

/**
Once the last temp file is in place or gone. Signal handles do not keep Node's loop alive, and a signal that came
during the last synchronous write waits in libuv's signal pipe until the loop next polls: the signals stay caught
until then. An immediate set from an I/O callback runs before that poll, in the same turn of the loop; the one it
sets runs in the next turn, after it.
*/
function releaseWhenDone(): void {
	if (temporaries.size > 0 || release === undefined) {
		return;
	}

	setImmediate(() => {
		setImmediate(() => {
			if (temporaries.size === 0) {
				release?.();
			}
		});
	});
}

/**
A buffered synchronous writer to a file or stdout (`-`). Sync writes keep the order of output and
errors simple and are fast for large exports; EAGAIN on a non-blocking stdout is retried.

A regular file is written to a temp file in its folder and renamed over it by `close`: a write
that fails (a full disk) or an export that throws (then `discard`) leaves the file that was
there, never a truncated one. A device or FIFO (`/dev/null`, a pipe) is written in place.
*/
export class Output {
	/**
	Where the next byte goes in `bytes`. Writers that encode in place (the JSON export's tests) call
	`ensure`, write at `used` and move it past what they wrote.
	*/
	used = 0;

	/** The output as messages name it: what the user typed, not the path it was resolved to. */
	readonly target: string;
	private readonly fd: number;
	private readonly shouldClose: boolean;
	/** The file written, renamed to `destination` on success; undefined when written in place. */
	private readonly temporary: string | undefined;
	private readonly destination: string;
	/** One buffer, reused: text is encoded into it, never joined into one big string first. */
	private buffer = Buffer.allocUnsafe(bufferSize);
	private hasFailed = false;

	/** `target` is the path written; `name`, when given, is how the user typed it (`.` for a resolved path). */
	constructor(target: string, name = target) {
		this.target = sanitizeLine(name);
		this.destination = target;
		if (target === '-') {
			this.fd = 1;
			this.shouldClose = false;
			return;
		}

		const existing = statQuietly(target);
		try {
			if (existing && !existing.isFile()) {
				this.fd = fs.openSync(target, 'w');
			} else {
				// Through a link, the file it points to is replaced (the link stays).
				this.destination = existing ? fs.realpathSync(target) : target;
				// The rename would replace a file this user may not write (chmod 444, as a shell's `>` refuses it): QA 53.
				if (existing) {
					fs.accessSync(this.destination, fs.constants.W_OK);
				}

				removeStaleTemporaries(this.destination);
				this.temporary = path.join(
					path.dirname(this.destination),
					`.${path.basename(this.destination)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
				);
				catchWhileWriting();
				this.fd = fs.openSync(this.temporary, 'wx', 0o666);
				temporaries.add(this.temporary);
				if (existing) {
					// The file keeps its mode (the umask narrowed the temp file's).
					fs.fchmodSync(this.fd, existing.mode & 0o7777);
				}
			}
		} catch (error) {
			releaseWhenDone();
			throw new OutputError(
				`${this.target}: cannot write (${reasonOf(error)})`,
			);
		}

		this.shouldClose = true;
	}

	write = (text: string): void => {
		if (this.hasFailed) {
			return;
		}

		// A UTF-16 code unit is at most 3 bytes of UTF-8.
		if (text.length * 3 > this.buffer.length - this.used) {
			this.flush();
			if (text.length * 3 > this.buffer.length) {
				this.send(Buffer.from(text));
				return;
			}
		}

		this.used += this.buffer.write(text, this.used, 'utf8');
	};

	/** Text known to be ASCII: copied byte for byte, without a UTF-8 pass. */
	writeAscii = (text: string): void => {
		if (this.hasFailed) {
			return;
		}

		if (text.length > this.buffer.length - this.used) {
			this.write(text);
			return;
		}

		this.used += this.buffer.write(text, this.used, 'latin1');
	};

	/** The buffer, with room for `length` more bytes at `used` (what is buffered is written first when needed). */
	ensure(length: number): Buffer {
		if (length > this.buffer.length - this.used) {
			this.flush();
			if (length > this.buffer.length) {
				this.buffer = Buffer.allocUnsafe(length);
			}
		}

		return this.buffer;
	}

	/** Bytes as they are (already UTF-8): `bytes[start..end)`. */
	writeBytes(bytes: Uint8Array, start = 0, end = bytes.length): void {
		if (this.hasFailed) {
			return;
		}

		const length = end - start;
		if (length > this.buffer.length - this.used) {
			this.flush();
			if (length > this.buffer.length) {
				this.send(Buffer.from(bytes.buffer, bytes.byteOffset + start, length));
				return;
			}
		}

		this.buffer.set(bytes.subarray(start, end), this.used);
		this.used += length;
	}

	flush(): void {
		if (this.hasFailed) {
			this.used = 0;
			return;
		}

		if (this.used === 0) {
			return;
		}

		const data = this.buffer.subarray(0, this.used);
		this.used = 0;
		this.send(data);
	}

	/** Write what is buffered and, for a file, put it in place. */
	close(): void {
		this.flush();
		if (!this.shouldClose || this.hasFailed) {
			return;
		}

		this.hasFailed = true;
		try {
			if (this.temporary !== undefined) {
				fs.fsyncSync(this.fd);
			}

			fs.closeSync(this.fd);
			if (this.temporary !== undefined) {
				fs.renameSync(this.temporary, this.destination);
				temporaries.delete(this.temporary);
				releaseWhenDone();
			}
		} catch (error) {
			removeQuietly(this.temporary);
			throw new OutputError(
				`${this.target}: write failed (${reasonOf(error)})`,
			);
		}
	}

	/** Give up: the temp file goes, the file that was there stays. */
	discard(): void {
		if (this.hasFailed) {
			return;
		}

		this.hasFailed = true;
		this.used = 0;
		if (this.shouldClose) {
			try {
				fs.closeSync(this.fd);
			} catch {
				// Closed already.
			}

			removeQuietly(this.temporary);
		}
	}

	private send(data: Buffer): void {
		let offset = 0;
		while (offset < data.length) {
			try {
				offset += outputSeams.write(this.fd, data, offset);
			} catch (error) {
				const code = (error as NodeJS.ErrnoException).code;
				if (code === 'EAGAIN') {
					continue;
				}

				if (code === 'EPIPE') {
					return;
				}

				this.discard();
				throw new OutputError(
					`${this.target === '-' ? 'stdout' : this.target}: write failed (${reasonOf(error)})`,
				);
			}
		}
	}
}

function reasonOf(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	return (
		fileSystemReason(error) ??
		(code === 'ENOENT'
			? 'no such directory'
			: code === 'EISDIR'
				? 'is a directory'
				: (error as Error).message)
	);
}

function statQuietly(file: string): fs.Stats | undefined {
	try {
		return fs.statSync(file);
	} catch {
		return undefined;
	}
}

function removeQuietly(file: string | undefined): void {
	if (file === undefined) {
		return;
	}

	temporaries.delete(file);
	try {
		fs.unlinkSync(file);
	} catch {
		// Already gone.
	}

	releaseWhenDone();
}
