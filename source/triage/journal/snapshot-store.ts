/**
Where journal snapshots (`journal/snapshot.ts`) live, and the file access around them: one file per
journal in the user's cache folder (`~/.cache/triage/journal-snapshots/` on Linux; `TRIAGE_CACHE_DIR`
elsewhere, `off` for none), named for the journal's real path. Nothing here ever fails a load: a snapshot
that cannot be read, is not whole, or does not match the journal's bytes is not used, and one that cannot
be written is not written.

Several processes may read and write one snapshot at once: each writes a temporary file and renames it
into place, so a reader sees one whole snapshot or another, and any of them is right for the bytes it
covers. Appends by others do not change those bytes; a compaction or an edit does, and then the digest no
longer matches.
*/
import {Buffer} from 'node:buffer';
import {createHash, type Hash, randomBytes} from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {removeQuietly} from './disk.js';
import {
	decodeSnapshot,
	encodeSnapshot,
	type JournalSnapshot,
} from './snapshot.js';

/** Where snapshots go, and from which journal size a load uses them. */
export type SnapshotPlace = {
	/** The folder of snapshot files. */
	readonly directory: string;
	/**
	Journals smaller than this load whole, with their undo history, and get no snapshot: they load in a few
	milliseconds anyway.
	*/
	readonly minBytes: number;
	/**
	A load writes a snapshot when it folded this much past the one it had; `snapshotAfterBytes` by default.
	`Infinity`: it never writes one (`readOnlyPlace`).
	*/
	readonly afterBytes?: number;
};

/** Below this a journal (about 3,000 events) loads whole. */
export const defaultMinBytes = 1024 * 1024;

/** A load writes a snapshot when it folded at least this much of the journal past the one it had. */
export const snapshotAfterBytes = 256 * 1024;

/** Snapshots kept: past this many, a write removes the least recently written. */
export const maxSnapshots = 32;

const readChunkBytes = 8 * 1024 * 1024;
const staleTemporaryMilliseconds = 60 * 60 * 1000;

/**
The user's snapshot folder: `TRIAGE_CACHE_DIR` (`off`: none), else the platform's cache folder. Undefined:
keep no snapshots.
*/
export function defaultSnapshotPlace(
	environment: NodeJS.ProcessEnv = process.env,
): SnapshotPlace | undefined {
	const chosen = environment['TRIAGE_CACHE_DIR'];
	if (chosen === 'off') {
		return undefined;
	}

	const cache =
		chosen === undefined || chosen === ''
			? userCacheDirectory(environment)
			: chosen;
	return cache === undefined
		? undefined
		: {
				directory: path.join(cache, 'journal-snapshots'),
				minBytes: defaultMinBytes,
			};
}

/**
The place for a command that only reads the journal (`report`, `export`): it reads a snapshot there and never
writes one, leaving the user's cache as it found it: looking at a triage file (someone else's, in CI) makes
no copy of its decisions and notes. A big journal it reads past its snapshot costs it the reading, as it
would without a cache; the next command that decides writes the snapshot.
*/
export function readOnlyPlace(
	place: SnapshotPlace | undefined,
): SnapshotPlace | false {
	return place ? {...place, afterBytes: Number.POSITIVE_INFINITY} : false;
}

/** The user's snapshot folder (`defaultSnapshotPlace`), for a command that only reads (`readOnlyPlace`). */
export function readOnlySnapshots(
	environment: NodeJS.ProcessEnv = process.env,
): SnapshotPlace | false {
	return readOnlyPlace(defaultSnapshotPlace(environment));
}

function userCacheDirectory(
	environment: NodeJS.ProcessEnv,
): string | undefined {
	const home = os.homedir();
	if (process.platform === 'win32') {
		const local =
			environment['LOCALAPPDATA'] ?? path.join(home, 'AppData', 'Local');
		return path.join(local, 'triage', 'Cache');
	}

	if (process.platform === 'darwin') {
		return path.join(home, 'Library', 'Caches', 'triage');
	}

	const xdg = environment['XDG_CACHE_HOME'];
	if (xdg !== undefined && path.isAbsolute(xdg)) {
		return path.join(xdg, 'triage');
	}

	return home === '' ? undefined : path.join(home, '.cache', 'triage');
}

/** The snapshot file of the journal at `journal` (a real path). */
export function snapshotFile(directory: string, journal: string): string {
	const name = createHash('sha256').update(journal).digest('hex').slice(0, 32);
	return path.join(directory, `${name}.snapshot`);
}

/** The snapshot of `journal` in `directory`, when there is a whole one of it. */
export function readSnapshot(
	directory: string,
	journal: string,
): JournalSnapshot | undefined {
	let bytes: Buffer;
	try {
		bytes = fs.readFileSync(snapshotFile(directory, journal));
	} catch {
		return undefined;
	}

	const snapshot = decodeSnapshot(bytes);
	return snapshot?.journal === journal ? snapshot : undefined;
}

/**
The SHA-256 of the first `covered` bytes of `fd`, still open to go on with the bytes after them, when
they are `digest`; undefined when the file is shorter or its bytes differ.
*/
export function prefixHash(
	fd: number,
	covered: number,
	digest: string,
): Hash | undefined {
	const hash = createHash('sha256');
	const buffer = Buffer.allocUnsafe(Math.min(readChunkBytes, covered));
	let position = 0;
	while (position < covered) {
		const read = fs.readSync(
			fd,
			buffer,
			0,
			Math.min(buffer.length, covered - position),
			position,
		);
		if (read === 0) {
			return undefined;
		}

		hash.update(buffer.subarray(0, read));
		position += read;
	}

	return hash.copy().digest('hex') === digest ? hash : undefined;
}

/**
Write `snapshot` whole (a temporary file renamed into place), then keep the folder to `maxSnapshots`.
Quietly does nothing when it cannot (a read-only home, a full disk): a load never depends on it.
*/
export function writeSnapshot(
	directory: string,
	snapshot: JournalSnapshot,
): void {
	const file = snapshotFile(directory, snapshot.journal);
	const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
	try {
		fs.mkdirSync(directory, {recursive: true, mode: 0o700});
		// Decisions and notes: readable by their owner only, as the journal's folder may not be.
		fs.writeFileSync(temporary, encodeSnapshot(snapshot), {mode: 0o600});
		fs.renameSync(temporary, file);
	} catch {
		removeQuietly(temporary);
		return;
	}

	prune(directory);
}

/** Remove the least recently written snapshots past `maxSnapshots`, and temporary files left by a crash. */
function prune(directory: string): void {
	let names: string[];
	try {
		names = fs.readdirSync(directory);
	} catch {
		return;
	}

	const snapshots: Array<{file: string; written: number}> = [];
	const now = Date.now();
	for (const name of names) {
		const file = path.join(directory, name);
		const isSnapshot = name.endsWith('.snapshot');
		if (!isSnapshot && !name.endsWith('.tmp')) {
			continue;
		}

		let written: number;
		try {
			written = fs.statSync(file).mtimeMs;
		} catch {
			continue;
		}

		if (isSnapshot) {
			snapshots.push({file, written});
		} else if (now - written > staleTemporaryMilliseconds) {
			removeQuietly(file);
		}
	}

	if (snapshots.length <= maxSnapshots) {
		return;
	}

	snapshots.sort((a, b) => b.written - a.written);
	for (const {file} of snapshots.slice(maxSnapshots)) {
		removeQuietly(file);
	}
}

/** The path with every link resolved: a journal's snapshot is the file's, whatever path names it. */
export function realPath(file: string): string {
	try {
		return fs.realpathSync(file);
	} catch {
		return path.resolve(file);
	}
}
