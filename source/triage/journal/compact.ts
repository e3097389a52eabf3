/**
Compaction: the journal rewritten as its header plus one event per current decision, through a
temp file and a rename, under the lock, after sealing the old file.
*/
import {Buffer} from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import {
	checkWritable,
	consumedLength,
	readRange,
	removeQuietly,
	seams,
	syncDirectory,
	temporaryPath,
	writeNewFile,
} from './disk.js';
import {causeOf, ioError, isErrorCode, missingJournal} from './errors.js';
import {journalVersion} from './events.js';
import {incompleteMessage, isIncompleteAction} from './lines.js';
import {stateEvents} from './fold.js';
import {acquireLock} from './lock.js';
import {JournalReader} from './reader.js';
import {withRunRewritten} from './run-path.js';
import {seal} from './seal.js';

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
decisions on every report), atomically (temp file in the same folder, fsync, rename) and under a
lock file. The undo history goes from the file (a review that has it open keeps its own when no decision changed:
`JournalFold.keepHistoryOf`).

Through a symbolic link, the file it points to is compacted (the link stays). A journal this user
may not write (no write permission, no owner write bit, another user's) is left alone.

Appends by other processes during the rewrite are not lost, nor reordered: the compaction first
appends a seal (`sealLine`) and compacts everything before it; an appender whose write landed
after the seal waits for the new file and appends there again before it returns (`file.ts`).
*/
export function compactJournal(
	file: string,
	options: CompactOptions,
): CompactResult {
	const target = resolveJournal(file);
	// Every message names the journal as the person named it (`file`), not the absolute path it leads to:
	// `triage decide` says `triage.jsonl: …`, and so does `triage compact` (QA 32).
	checkWritable(target, file);
	const lock = acquireLock(target, options.now, file);
	try {
		return compactLocked(target, file, options, lock.nonce);
	} finally {
		lock.release();
	}
}

/** The file a journal path names, through symbolic links. */
function resolveJournal(file: string): string {
	try {
		return fs.realpathSync(file);
	} catch (error) {
		if (isErrorCode(error, 'ENOENT')) {
			throw missingJournal(file, error);
		}

		throw ioError(file, error);
	}
}

function compactLocked(
	file: string,
	/**
	The path the journal was named by: what messages name, and the folder its runs are named from (as `file.ts`
	names them).
	*/
	named: string,
	options: CompactOptions,
	nonce: string,
): CompactResult {
	let fd: number;
	try {
		fd = fs.openSync(file, fs.constants.O_RDWR | fs.constants.O_APPEND);
	} catch (error) {
		if (isErrorCode(error, 'ENOENT')) {
			throw missingJournal(named, error);
		}

		throw ioError(named, error);
	}

	try {
		const sizeBefore = fs.fstatSync(fd).size;
		// Read through our descriptor (refusing a file that is not a journal before writing to it),
		// then up to our seal: what the compacted file holds. A torn last line read before sealing
		// is an interrupted write: not carried, as it is reported as incomplete.
		const reader = new JournalReader(named);
		reader.loadDescriptor(fd, sizeBefore);
		reader.readTo(fd, seal(fd, named, nonce, options.now(), sizeBefore));
		// An action the file holds in part is not in effect: not carried either.
		const unreadable = reader.warnings.filter(
			warning =>
				warning.message !== incompleteMessage &&
				!isIncompleteAction(warning.message),
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

		const events = stateEvents(
			reader.fold.state(),
			options.now().toISOString(),
		);
		for (const event of events) {
			// Journals before wrote a log's absolute path; the compacted file is written now.
			text += JSON.stringify(withRunRewritten(event, named)) + '\n';
		}

		const compacted = Buffer.from(text);
		const temporary = temporaryPath(file);
		try {
			writeNewFile(temporary, compacted, mode);
			// The umask may have narrowed the mode; keep the journal's own.
			fs.chmodSync(temporary, mode);
			seams.beforeCompactRename?.(file);
			fs.renameSync(temporary, file);
		} catch (error) {
			removeQuietly(temporary);
			throw ioError(named, causeOf(error));
		}

		syncDirectory(path.dirname(file));
		seams.afterCompactRename?.(file);
		return {
			// The seal is ours, not the journal's.
			linesBefore: Math.max(1, reader.lines - 1),
			linesAfter: 1 + kept.length + events.length,
			unreadable: unreadable.length,
			bytesBefore: sizeBefore,
			bytesAfter: compacted.length,
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
