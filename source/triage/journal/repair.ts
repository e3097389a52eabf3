/**
A torn tail mended. A write cut short (a full disk, a kill) leaves the journal ending in part of a line, and
maybe after whole lines of the same action. The next append ends that part with a newline, so that its own
line is whole (`file.ts`); the part then stayed for ever as an unreadable line that every load warned about.
Right after that append, the journal is rewritten without the torn tail as compaction rewrites it (under its
lock, after a seal, through a temp file and a rename; an appender whose line lands after the seal appends
again to the new file), keeping every other byte: the history, the undo steps, lines a person edited.
*/
import {Buffer} from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import {
	checkWritable,
	type FileIdentity,
	isSameFile,
	newline,
	readRange,
	removeQuietly,
	seams,
	syncDirectory,
	temporaryPath,
	writeNewFile,
} from './disk.js';
import {parseLine} from './events.js';
import {acquireLock} from './lock.js';
import {seal} from './seal.js';

const backChunkBytes = 64 * 1024;

/** The offset where the line holding the byte before `end` starts. */
function lineStartBefore(fd: number, end: number): number {
	let to = end;
	while (to > 0) {
		const from = Math.max(0, to - backChunkBytes);
		const index = readRange(fd, from, to - from).lastIndexOf(newline);
		if (index !== -1) {
			return from + index + 1;
		}

		to = from;
	}

	return 0;
}

type Line = {readonly start: number; readonly end: number};

/** The line of `bytes` before the one starting at `start` (its newline excluded); undefined at the top. */
function lineBefore(bytes: Buffer, start: number): Line | undefined {
	if (start === 0) {
		return undefined;
	}

	return {start: bytes.lastIndexOf(newline, start - 2) + 1, end: start - 1};
}

/**
Where the torn tail starts: at the torn line (`torn`), or at the first of the whole lines before it that are
events of one action that has fewer of them than it says (`of`): that action was written by the same cut
write, and was never in effect.
*/
function tailStart(bytes: Buffer, torn: number): number {
	let start = torn;
	let group: string | undefined;
	let size = 0;
	let count = 0;
	for (
		let line = lineBefore(bytes, torn);
		line;
		line = lineBefore(bytes, line.start)
	) {
		const parsed = parseLine(bytes.toString('utf8', line.start, line.end));
		if (
			parsed.kind !== 'event' ||
			parsed.event.group === undefined ||
			(parsed.event.of ?? 1) <= 1 ||
			(group !== undefined && parsed.event.group !== group)
		) {
			break;
		}

		group = parsed.event.group;
		size = parsed.event.of!;
		count++;
		start = line.start;
	}

	return count > 0 && count < size ? start : torn;
}

/**
Rewrite the journal at `file` without the torn line that ended at byte `tornEnd` before an append ended it
(and the lines of its cut action), when the file is still `identity` and that line is not a whole line: a
line another process was writing when it was seen has its end by now. Whether it was mended; a journal locked by a compaction,
another user's, or one that cannot be rewritten (no room for the copy) is left as it was.
*/
export function mendTornTail(
	file: string,
	identity: FileIdentity | undefined,
	tornEnd: number,
	now: () => Date,
): boolean {
	let target: string;
	try {
		target = fs.realpathSync(file);
		checkWritable(target);
	} catch {
		return false;
	}

	let lock: ReturnType<typeof acquireLock>;
	try {
		lock = acquireLock(target, now);
	} catch {
		return false;
	}

	let fd: number | undefined;
	const temporary = temporaryPath(target);
	try {
		fd = fs.openSync(target, fs.constants.O_RDWR | fs.constants.O_APPEND);
		const stat = fs.fstatSync(fd);
		if (!isSameFile(stat, identity) || tornEnd >= stat.size) {
			return false;
		}

		const torn = lineStartBefore(fd, tornEnd);
		const rest = readRange(fd, torn, stat.size - torn);
		const end = rest.indexOf(newline);
		const line = rest.toString('utf8', 0, Math.max(0, end));
		// Only a part of what a triage writes (an event, a seal): a line a person typed is kept.
		if (
			end === -1 ||
			!line.startsWith('{"t') ||
			parseLine(line).kind !== 'bad'
		) {
			return false;
		}

		// Everything before the seal is in the new file but the torn tail and the seal itself.
		const sealEnd = seal(fd, target, lock.nonce, now(), stat.size);
		const bytes = readRange(fd, 0, sealEnd);
		const mended = Buffer.concat([
			bytes.subarray(0, tailStart(bytes, torn)),
			bytes.subarray(
				torn + end + 1,
				bytes.lastIndexOf(newline, sealEnd - 2) + 1,
			),
		]);
		writeNewFile(temporary, mended, stat.mode & 0o777);
		fs.chmodSync(temporary, stat.mode & 0o777);
		seams.beforeCompactRename?.(target);
		fs.renameSync(temporary, target);
		syncDirectory(path.dirname(target));
		return true;
	} catch {
		removeQuietly(temporary);
		return false;
	} finally {
		if (fd !== undefined) {
			fs.closeSync(fd);
		}

		lock.release();
	}
}
