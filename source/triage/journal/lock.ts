/**
The compaction lock: `<file>.lock`, created with O_EXCL, holding its owner's pid, host and time, so
that a lock left by a process that died can be told from one in use.
*/
import {Buffer} from 'node:buffer';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {removeQuietly, statQuietly, writeNewFile} from './disk.js';
import {causeOf, ioError, isErrorCode, JournalError} from './errors.js';
import {newGroup} from './events.js';

export const lockSuffix = '.lock';
/** A lock from another host (pid unknowable) counts as stale after this long. */
const foreignLockMaxAge = 60 * 60 * 1000;

export type LockOwner = {
	readonly pid: number;
	readonly host: string;
	readonly at: string;
	/** Names this compaction: the seal it appends to the journal carries the same. */
	readonly nonce?: string;
};

export type Lock = {
	readonly nonce: string;
	release(): void;
};

/**
Take `<file>.lock` with O_EXCL; a lock whose process is gone is removed first. A lock that cannot
be written whole (a full disk) is not left behind. Messages name the journal as the person named it
(`named`: a link, or a relative name, for `file`).
*/
export function acquireLock(file: string, now: () => Date, named = file): Lock {
	const lockPath = file + lockSuffix;
	const owner: LockOwner = {
		pid: process.pid,
		host: os.hostname(),
		at: now().toISOString(),
		nonce: newGroup(),
	};
	for (let attempt = 0; attempt < 3; attempt++) {
		try {
			writeNewFile(lockPath, Buffer.from(JSON.stringify(owner) + '\n'));
			return {
				nonce: owner.nonce!,
				release() {
					removeQuietly(lockPath);
				},
			};
		} catch (error) {
			if (!isErrorCode(error, 'EEXIST')) {
				// Named after the journal: the lock file is ours, not the user's.
				throw ioError(named, causeOf(error));
			}
		}

		const holder = readLockOwner(lockPath);
		if (holder && !isStaleLock(holder, now)) {
			throw new JournalError(
				'locked',
				named,
				undefined,
				`is being compacted by process ${holder.pid} on ${holder.host} (remove ${lockName(lockPath, file, named)} if that is not so)`,
			);
		}

		// Stale (its process is gone) or unreadable (its writer died before writing it).
		if (holder || lockAge(lockPath, now) > 10_000) {
			removeQuietly(lockPath);
		}
	}

	throw new JournalError(
		'locked',
		named,
		undefined,
		`is locked (${lockName(lockPath, file, named)} exists)`,
	);
}

/**
The lock file as the person can find it: next to the journal they named, its own name; next to the file a link
leads to (or named by a relative name), its path from here, not this machine's absolute path: `remove
team.jsonl.lock` sent them looking beside their link `triage.jsonl`, where there is none.
*/
function lockName(lockPath: string, file: string, named: string): string {
	return named === file
		? path.basename(lockPath)
		: path.relative(process.cwd(), lockPath);
}

/**
Whether the compaction that sealed a journal with `nonce` still runs: its lock is there and its
process alive. (It renames before it releases the lock.)
*/
export function isCompacting(
	file: string,
	nonce: string,
	now: () => Date,
): LockOwner | undefined {
	const holder = readLockOwner(file + lockSuffix);
	return holder?.nonce === nonce && !isStaleLock(holder, now)
		? holder
		: undefined;
}

function readLockOwner(lockPath: string): LockOwner | undefined {
	try {
		const value: unknown = JSON.parse(fs.readFileSync(lockPath, 'utf8'));
		if (typeof value === 'object' && value !== null) {
			const {pid, host, at, nonce} = value as Record<string, unknown>;
			if (
				typeof pid === 'number' &&
				typeof host === 'string' &&
				typeof at === 'string'
			) {
				return typeof nonce === 'string'
					? {pid, host, at, nonce}
					: {pid, host, at};
			}
		}
	} catch {
		// Missing, or its writer died before writing it: no owner to ask.
	}

	return undefined;
}

function isStaleLock(holder: LockOwner, now: () => Date): boolean {
	if (holder.host !== os.hostname()) {
		return now().getTime() - Date.parse(holder.at) > foreignLockMaxAge;
	}

	try {
		process.kill(holder.pid, 0);
		return false;
	} catch (error) {
		// EPERM: alive, but someone else's.
		return isErrorCode(error, 'ESRCH');
	}
}

function lockAge(lockPath: string, now: () => Date): number {
	const stat = statQuietly(lockPath);
	return stat ? now().getTime() - stat.mtimeMs : 0;
}
