/**
A torn tail mended. A write cut short (a full disk, a kill) leaves the journal ending in part of a line, and
maybe after whole lines of the same action. The next append ends that part with a newline, so that its own
line is whole (`file.ts`); the part then stayed for ever as an unreadable line that every load warned about.
Right after that append, the journal is rewritten without the torn tail as compaction rewrites it (under its
lock, after a seal, through a temp file and a rename; an appender whose line lands after the seal appends
again to the new file), keeping every other byte: the history, the undo steps, lines a person edited.
A write cut exactly at a line's end leaves no torn line, only whole lines of a bulk decision short of its events:
they are never applied, and the append after them takes them away the same way.
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
What an append ended or came after: a torn last line ending at `end` (`isTornLine`), or whole lines of an
action of several events, cut short, that end at `end`.
*/
export type TornTail = {readonly end: number; readonly isTornLine: boolean};

/** The group of the event on a line, if it is one event of an action of several. */
function groupOf(line: string): string | undefined {
	const parsed = parseLine(line);
	return parsed.kind === 'event' && (parsed.event.of ?? 1) > 1
		? parsed.event.group
		: undefined;
}

/**
The bytes from `torn` to drop: the torn line and its newline, or none when the tail is whole lines (the
cut action's lines before `torn` go). Undefined when there is nothing to mend: the line is whole by now (another
process was writing it when it was seen), or the action has more of its events after `torn`.
*/
function tornLength(
	bytes: Buffer,
	tail: TornTail,
	torn: number,
	sealEnd: number,
): number | undefined {
	if (tail.isTornLine) {
		const end = bytes.indexOf(newline, torn);
		const line = bytes.toString('utf8', torn, Math.max(torn, end));
		// Only a part of what a triage writes (an event, a seal): a line a person typed is kept.
		return end === -1 ||
			end >= sealEnd ||
			!line.startsWith('{"t') ||
			parseLine(line).kind !== 'bad'
			? undefined
			: end + 1 - torn;
	}

	const start = tailStart(bytes, torn);
	if (start === torn) {
		return undefined;
	}

	const group = groupOf(
		bytes.toString('utf8', start, bytes.indexOf(newline, start)),
	);
	for (let from = torn; from < sealEnd;) {
		const end = bytes.indexOf(newline, from);
		if (end === -1 || end >= sealEnd) {
			break;
		}

		if (groupOf(bytes.toString('utf8', from, end)) === group) {
			return undefined;
		}

		from = end + 1;
	}

	return 0;
}

/**
Rewrite the journal at `file` without the torn tail an append ended or came after (a torn line and the lines of
its cut action, or the whole lines of a cut action), when the file is still `identity` and the tail is still
torn: a line or an action another process was writing when it was seen has its end by now. Whether it was mended;
a journal locked by a compaction, another user's, or one that cannot be rewritten (no room for the copy) is left
as it was.
*/
export function mendTornTail(
	file: string,
	identity: FileIdentity | undefined,
	tail: TornTail,
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
		if (!isSameFile(stat, identity) || tail.end >= stat.size) {
			return false;
		}

		const torn = tail.isTornLine ? lineStartBefore(fd, tail.end) : tail.end;
		if (
			tornLength(readRange(fd, 0, stat.size), tail, torn, stat.size) ===
			undefined
		) {
			return false;
		}

		// Everything before the seal is in the new file but the torn tail and the seal itself; what was appended
		// before the seal is looked at again (the rest of a cut action may be among it: then nothing is mended,
		// and the seal of a rewrite that did not happen is skipped by every reader).
		const sealEnd = seal(fd, target, lock.nonce, now(), stat.size);
		const bytes = readRange(fd, 0, sealEnd);
		const length = tornLength(bytes, tail, torn, sealEnd);
		if (length === undefined) {
			return false;
		}

		const mended = Buffer.concat([
			bytes.subarray(0, tailStart(bytes, torn)),
			bytes.subarray(
				torn + length,
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
