/**
The file-system steps the journal is made of: whole writes, flushed files, ranges read back, and
telling whether a path is still the file that was opened.
*/
import {Buffer} from 'node:buffer';
import {randomBytes} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {removeStaleTemporaries} from '../../stale-temporaries.js';
import {
	causeOf,
	checkRegularFile,
	ioError,
	isErrorCode,
	JournalError,
} from './errors.js';

export const newline = 10;

/**
Fault-injection points, for tests only: the write every journal write goes through (a test makes it
fail after N bytes, as a full disk does), and hooks at the moments where another process may step
in (between an appender's open and its write, around a compaction's rename). Production code
never sets them.
*/
export const seams: {
	write: (fd: number, buffer: Buffer, offset: number) => number;
	afterAppendOpen: ((file: string) => void) | undefined;
	beforeCompactRename: ((file: string) => void) | undefined;
	afterCompactRename: ((file: string) => void) | undefined;
} = {
	write: (fd, buffer, offset) =>
		fs.writeSync(fd, buffer, offset, buffer.length - offset),
	afterAppendOpen: undefined,
	beforeCompactRename: undefined,
	afterCompactRename: undefined,
};

export type FileIdentity = {
	readonly dev: number;
	readonly ino: number;
};

/** The length of `bytes` up to and including its last newline. */
export function consumedLength(bytes: Buffer): number {
	return bytes.lastIndexOf(newline) + 1;
}

/**
The bytes of `fd` from `position` (up to `length`: fewer at the end of the file), after `reserve`
bytes left for the caller to fill.
*/
export function readRange(
	fd: number,
	position: number,
	length: number,
	reserve = 0,
): Buffer {
	const buffer = Buffer.allocUnsafe(reserve + length);
	let done = 0;
	while (done < length) {
		const read = fs.readSync(
			fd,
			buffer,
			reserve + done,
			length - done,
			position + done,
		);
		if (read === 0) {
			return buffer.subarray(0, reserve + done);
		}

		done += read;
	}

	return buffer;
}

export function writeAll(fd: number, buffer: Buffer, file: string): void {
	try {
		// One write for the whole buffer: O_APPEND keeps it in one piece among other appenders.
		let written = seams.write(fd, buffer, 0);
		while (written < buffer.length) {
			written += seams.write(fd, buffer, written);
		}
	} catch (error) {
		throw ioError(file, error);
	}
}

/**
Create a file that must not exist yet, write it whole and flush it. When that fails (a full disk),
the file it created is removed: no empty or partial file stays behind.
*/
export function writeNewFile(file: string, buffer: Buffer, mode = 0o666): void {
	const fd = fs.openSync(file, 'wx', mode);
	try {
		writeAll(fd, buffer, file);
		fs.fsyncSync(fd);
	} catch (error) {
		fs.closeSync(fd);
		removeQuietly(file);
		throw error;
	}

	fs.closeSync(fd);
}

/** Sleep without returning to the event loop (the journal's API is synchronous). */
export function sleepSync(milliseconds: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);
}

/** A temp file's name for `file`, beside it; temp files for it that a killed triage left go first. */
export function temporaryPath(file: string): string {
	removeStaleTemporaries(file);
	return path.join(
		path.dirname(file),
		`.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
	);
}

/** Make a rename or link durable; not every platform can open a folder. */
export function syncDirectory(directory: string): void {
	let fd: number | undefined;
	try {
		fd = fs.openSync(directory, 'r');
		fs.fsyncSync(fd);
	} catch {
		// Windows and some file systems refuse; the data itself was flushed already.
	} finally {
		if (fd !== undefined) {
			fs.closeSync(fd);
		}
	}
}

export function removeQuietly(file: string): void {
	try {
		fs.unlinkSync(file);
	} catch {
		// Already gone.
	}
}

export function identityOf(stat: fs.Stats): FileIdentity {
	return {dev: stat.dev, ino: stat.ino};
}

export function isSameFile(
	stat: fs.Stats | undefined,
	identity: FileIdentity | undefined,
): boolean {
	if (!stat || !identity) {
		return false;
	}

	return stat.dev === identity.dev && stat.ino === identity.ino;
}

export function statQuietly(file: string): fs.Stats | undefined {
	try {
		return fs.statSync(file);
	} catch {
		return undefined;
	}
}

/**
Where a new file at `file` is created: `file` itself, or, when it is a symbolic link to nothing yet (a triage
file linked from a dotfiles repository, a shared folder), what it links to, followed as the shell's `>` does.
*/
export function creationPath(file: string): string {
	let target = file;
	// At most as many links as the kernel follows (40 on Linux): a loop of links is left to fail as it is.
	for (let hops = 0; hops < 40; hops++) {
		let stat: fs.Stats | undefined;
		try {
			stat = fs.lstatSync(target);
		} catch {
			return target;
		}

		if (!stat.isSymbolicLink()) {
			return target;
		}

		target = path.resolve(path.dirname(target), fs.readlinkSync(target));
	}

	return target;
}

/**
Create `file` holding `content`, whole and flushed, unless it exists: a file another process
created first is kept as it is.
*/
export function createWhole(file: string, content: Buffer): void {
	const directory = path.dirname(file);
	const temporary = temporaryPath(file);
	try {
		writeNewFile(temporary, content);
	} catch (error) {
		removeQuietly(temporary);
		// The error names the journal, not the temp file it was writing.
		throw ioError(file, causeOf(error));
	}

	try {
		// A hard link fails when the path exists, so a file created concurrently is never replaced.
		fs.linkSync(temporary, file);
	} catch (error) {
		if (!isErrorCode(error, 'EEXIST')) {
			if (!isErrorCode(error, 'EPERM', 'ENOTSUP', 'ENOSYS', 'EXDEV')) {
				removeQuietly(temporary);
				throw ioError(file, error);
			}

			// No hard links here: exclusive create, then write the content.
			try {
				writeNewFile(file, content);
			} catch (fallbackError) {
				if (!isErrorCode(fallbackError, 'EEXIST')) {
					removeQuietly(temporary);
					throw ioError(file, causeOf(fallbackError));
				}
			}
		}
	}

	removeQuietly(temporary);
	syncDirectory(directory);
}

/** `is read-only (mode 0444)`, for a file's mode. */
function readOnlyText(stat: fs.Stats): string {
	return `is read-only (mode ${(stat.mode & 0o777).toString(8).padStart(4, '0')})`;
}

/**
Refuse to append to a journal whose mode lets no one write it (`chmod a-w`, 0444): the open does not stop root,
who may write any file, but the person who made it read-only meant it not to be written, and a decision shown as
saved there would go against that.
*/
export function checkModeWritable(stat: fs.Stats, file: string): void {
	if ((stat.mode & 0o222) === 0) {
		throw new JournalError(
			'readonly',
			file,
			undefined,
			`${readOnlyText(stat)}: nothing was saved (chmod u+w to write it)`,
		);
	}
}

/**
Refuse a journal this user may not write. Permission bits do not stop root, and a writable folder
lets anyone replace a file in it by a rename: so the owner and the owner's write bit are checked
too, not only access(2). Messages name the journal as the person named it (`named`), which may be a
link or a relative name for `file`.
*/
export function checkWritable(file: string, named = file): void {
	let stat: fs.Stats;
	try {
		stat = fs.statSync(file);
		fs.accessSync(file, fs.constants.W_OK);
	} catch (error) {
		throw ioError(named, error);
	}

	// A FIFO would block the open that follows for ever.
	checkRegularFile(stat, named);
	const uid = process.getuid?.();
	const reason =
		uid !== undefined && stat.uid !== uid
			? `belongs to another user (uid ${stat.uid})`
			: (stat.mode & 0o200) === 0
				? readOnlyText(stat)
				: undefined;
	if (reason !== undefined) {
		throw new JournalError(
			'readonly',
			named,
			undefined,
			`${reason}; not compacted`,
		);
	}
}
