/**
Compaction: the journal rewritten as its header plus one event per current decision, through a
temp file and a rename, under the lock.
*/
import {Buffer} from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import {
	consumedLength,
	readRange,
	removeQuietly,
	syncDirectory,
	temporaryPath,
	writeAll,
	writeNewFile,
} from './disk.js';
import {ioError, isErrorCode, JournalError} from './errors.js';
import {journalVersion, parseLine} from './events.js';
import {incompleteMessage, JournalFile} from './file.js';
import {stateEvents} from './fold.js';
import {acquireLock} from './lock.js';

export type CompactOptions = {
	readonly now: () => Date;
	/**
	Drop lines that cannot be read. By default they are kept, verbatim, right after the header:
	compaction never silently loses what might be a hand-edited decision.
	*/
	readonly dropUnreadable?: boolean;
};

export type CompactResult = {
	/** Lines in the file before (header included). */
	readonly linesBefore: number;
	/** Lines after (header included). */
	readonly linesAfter: number;
	/** Unreadable lines kept (or dropped, with `dropUnreadable`). */
	readonly unreadable: number;
	readonly bytesBefore: number;
	readonly bytesAfter: number;
};

/**
Rewrite a journal as its header plus one event per entry of its state (`stateEvents`: the same
decisions on every report), atomically
(temp file in the same folder, fsync, rename) and under a lock file. The undo history goes.
Appends by other processes during the rewrite are carried over.
*/
export function compactJournal(
	file: string,
	options: CompactOptions,
): CompactResult {
	const release = acquireLock(file, options.now);
	try {
		return compactLocked(file, options);
	} finally {
		release();
	}
}

function compactLocked(file: string, options: CompactOptions): CompactResult {
	let fd: number;
	try {
		// O_NONBLOCK: a FIFO here must not block the open; loadDescriptor refuses what is not a file.
		fd = fs.openSync(
			file,
			fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0),
		);
	} catch (error) {
		if (isErrorCode(error, 'ENOENT')) {
			throw new JournalError(
				'missing',
				file,
				undefined,
				'no triage journal here',
				{
					cause: error,
				},
			);
		}

		throw ioError(file, error);
	}

	try {
		// Read through our descriptor, so that the carry-over below reads this very file.
		const reader = new JournalFile(file, options.now);
		reader.loadDescriptor(fd);
		// An incomplete last line is not carried: it is an interrupted write, or one in progress
		// that the carry-over below reads again in full.
		const unreadable = reader.warnings.filter(
			warning => warning.message !== incompleteMessage,
		);
		const kept = options.dropUnreadable
			? []
			: linesAt(
					readRange(fd, 0, reader.consumed),
					new Set(unreadable.map(warning => warning.line)),
				);
		const mode = fs.fstatSync(fd).mode & 0o777;
		let text =
			JSON.stringify({
				triage: journalVersion,
				created: reader.created ?? options.now().toISOString(),
				compacted: options.now().toISOString(),
			}) + '\n';
		for (const line of kept) {
			text += line + '\n';
		}

		const events = stateEvents(reader.state(), options.now().toISOString());
		for (const event of events) {
			text += JSON.stringify(event) + '\n';
		}

		const compacted = Buffer.from(text);
		const temporary = temporaryPath(file);
		try {
			writeNewFile(temporary, compacted, mode);
			// The umask may have narrowed the mode; keep the journal's own.
			fs.chmodSync(temporary, mode);
			fs.renameSync(temporary, file);
		} catch (error) {
			removeQuietly(temporary);
			throw ioError(file, error);
		}

		syncDirectory(path.dirname(file));

		// Events appended to the old file after the last complete line we read (an incomplete
		// line may have been a write in progress): carry them over. An appender that wrote after
		// this read sees the rename when it checks, and appends again to the new file.
		const from = reader.consumed;
		const tail = readRange(fd, from, fs.fstatSync(fd).size - from);
		const carried = tail
			.toString('utf8', 0, consumedLength(tail))
			.split('\n')
			.filter(line => parseLine(line).kind === 'event');
		let bytesAfter = compacted.length;
		if (carried.length > 0) {
			const buffer = Buffer.from(carried.join('\n') + '\n');
			const appendFd = fs.openSync(
				file,
				fs.constants.O_WRONLY | fs.constants.O_APPEND,
			);
			try {
				writeAll(appendFd, buffer, file);
				fs.fsyncSync(appendFd);
			} finally {
				fs.closeSync(appendFd);
			}

			bytesAfter += buffer.length;
		}

		return {
			linesBefore: reader.lines,
			linesAfter: 1 + kept.length + events.length + carried.length,
			unreadable: unreadable.length,
			bytesBefore: fs.fstatSync(fd).size,
			bytesAfter,
		};
	} finally {
		fs.closeSync(fd);
	}
}

/** The text of the given 1-based lines. */
function linesAt(bytes: Buffer, wanted: ReadonlySet<number>): string[] {
	if (wanted.size === 0) {
		return [];
	}

	const lines = bytes.toString('utf8', 0, consumedLength(bytes)).split('\n');
	return lines.filter((_line, index) => wanted.has(index + 1));
}
