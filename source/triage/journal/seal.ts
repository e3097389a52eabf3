/**
Appending around a compaction. A compaction appends a seal line (`seal`) before it reads the
journal: everything before the seal is in the compacted file, nothing after it is. An appender
whose line landed after the seal of a compaction still running waits for the new file and appends
there again before it returns, so no event is lost and none is carried over after a newer one.
*/
import {Buffer} from 'node:buffer';
import fs from 'node:fs';
import os from 'node:os';
import process from 'node:process';
import {
	consumedLength,
	identityOf,
	isSameFile,
	newline,
	readRange,
	sleepSync,
	statQuietly,
	writeAll,
} from './disk.js';
import {JournalError} from './errors.js';
import {parseLine, sealLine} from './events.js';
import {isCompacting} from './lock.js';

/** How long an append waits for a compaction that sealed the file before it wrote. */
export const compactionWaitMilliseconds = 60_000;
const pollMilliseconds = 5;
/** Appends again after this many compactions in a row overtook it, then gives up. */
export const maxAppendAttempts = 100;

/** The nonce of a compaction's seal line; undefined for any other line. */
export function sealOf(line: string): string | undefined {
	if (!line.startsWith('{"triage"') || !line.includes('"seal"')) {
		return undefined;
	}

	const parsed = parseLine(line);
	return parsed.kind === 'header' ? parsed.seal : undefined;
}

/**
The nonce of the last compaction seal in `fd` before our line `firstLine`, if any: `lastSeal` is
the last one read before `offset`.
*/
export function sealBefore(
	fd: number,
	offset: number,
	lastSeal: string | undefined,
	firstLine: string,
): string | undefined {
	let seal = lastSeal;
	const bytes = readRange(fd, offset, fs.fstatSync(fd).size - offset);
	const text = bytes.toString('utf8', 0, consumedLength(bytes));
	for (const line of text.split('\n')) {
		if (line === firstLine) {
			break;
		}

		seal = sealOf(line) ?? seal;
	}

	return seal;
}

/**
A write to `fd` (the journal at `file`) landed after the seal `nonce`. True when it counts there:
that compaction ended without replacing the file (it failed, or died). False when the file was
replaced: append again to the new one. While the compaction runs, wait for it. It renames, then
releases its lock: so the lock is read before the path.
*/
export function isSavedAfterSeal(
	file: string,
	fd: number,
	nonce: string,
	deadline: number,
): boolean {
	const identity = identityOf(fs.fstatSync(fd));
	// The lock is next to the file a link points to, as compaction takes it.
	const lockFile = realPathQuietly(file);
	for (;;) {
		const holder = isCompacting(lockFile, nonce, () => new Date());
		if (!isSameFile(statQuietly(file), identity)) {
			return false;
		}

		if (!holder) {
			return true;
		}

		if (
			(holder.pid === process.pid && holder.host === os.hostname()) ||
			Date.now() > deadline
		) {
			throw new JournalError(
				'locked',
				file,
				undefined,
				`is being compacted by process ${holder.pid} on ${holder.host}; this action was not saved (try again when it is done)`,
			);
		}

		sleepSync(pollMilliseconds);
	}
}

function realPathQuietly(file: string): string {
	try {
		return fs.realpathSync(file);
	} catch {
		return file;
	}
}

/**
Append the seal of this compaction; returns the offset just past it. Everything before it is what
this compaction carries; appenders whose lines land after it append again to the new file.
*/
export function seal(
	fd: number,
	file: string,
	nonce: string,
	now: Date,
	sizeBefore: number,
): number {
	const line = sealLine(nonce, now) + '\n';
	// A torn last line is ended first, so that the seal is a line of its own.
	const prefix =
		sizeBefore > 0 && readRange(fd, sizeBefore - 1, 1)[0] !== newline
			? '\n'
			: '';
	writeAll(fd, Buffer.from(prefix + line), file);
	// O_APPEND: it landed at or after `sizeBefore`, maybe after others' appends.
	const after = readRange(fd, sizeBefore, fs.fstatSync(fd).size - sizeBefore);
	const index = after.indexOf(line);
	if (index === -1) {
		throw new JournalError(
			'io',
			file,
			undefined,
			'changed while being compacted; not compacted',
		);
	}

	return sizeBefore + index + Buffer.byteLength(line);
}
