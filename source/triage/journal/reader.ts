/**
The reading side of an open journal file: read once (from a snapshot when it is big), then kept current
by reading only what was appended since (`refresh`), or read again whole when the file was replaced.
`JournalFile` appends around it; a compaction reads through it alone.
*/
import {Buffer} from 'node:buffer';
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import type {Warning} from '../../log/model.js';
import {
	type FileIdentity,
	identityOf,
	isSameFile,
	newline,
	readRange,
} from './disk.js';
import {
	checkRegularFile,
	ioError,
	isErrorCode,
	JournalError,
} from './errors.js';
import {checkHeader} from './events.js';
import type {DecisionState, JournalFold} from './fold.js';
import {JournalLines} from './lines.js';
import {
	prefixHash,
	readSnapshot,
	realPath,
	type SnapshotPlace,
	snapshotAfterBytes,
	writeSnapshot,
} from './snapshot-store.js';

const headerProbeBytes = 4096;

export class JournalReader {
	readonly path: string;
	/**
	Called after a load that read the file again while a state was read before (replaced, compacted, mended), with
	that state: what the journal had before another program replaced the file (`lost-decisions.ts`).
	*/
	onReloaded: ((before: DecisionState) => void) | undefined;
	#exists = false;
	#identity: FileIdentity | undefined;
	/** What was read so far: offsets, the fold, warnings. */
	#read = new JournalLines();
	#created: string | undefined;
	/** The header line as read, to tell a file recreated under the same inode number. */
	#header: Buffer = Buffer.alloc(0);
	/** Where a big journal's snapshot is (`journal/snapshot-store.ts`); undefined: every load reads it whole. */
	readonly #snapshots: SnapshotPlace | undefined;
	/** An undo needed the history: from then on every load reads the journal whole, history and all. */
	#isHistoryWanted = false;
	#fromSnapshot = 0;
	/**
	The file a load from the snapshot read, kept open: when a compaction replaces it, its undo history (which the
	compacted file does not hold) is still read from it (`#historyOfReplaced`). Undefined once the fold has its history.
	*/
	#held: {readonly fd: number; readonly identity: FileIdentity} | undefined;

	constructor(file: string, snapshots?: SnapshotPlace) {
		this.path = file;
		this.#snapshots = snapshots;
	}

	get exists(): boolean {
		return this.#exists;
	}

	/** The file last loaded; undefined: none. */
	get identity(): FileIdentity | undefined {
		return this.#identity;
	}

	get warnings(): readonly Warning[] {
		return this.#read.warnings;
	}

	/** The header's creation time. */
	get created(): string | undefined {
		return this.#created;
	}

	get fold(): JournalFold {
		return this.#read.fold;
	}

	/** Read the undo history with the state from now on: every load reads the journal whole. */
	keepHistory(): void {
		this.#isHistoryWanted = true;
	}

	/** How many bytes of the journal the last load took from a snapshot instead of reading them (0: none). */
	get fromSnapshot(): number {
		return this.#fromSnapshot;
	}

	/** Bytes of complete lines read so far. */
	get consumed(): number {
		return this.#read.offset;
	}

	/** Lines read so far, an incomplete last one included. */
	get lines(): number {
		const {line, size, offset} = this.#read;
		return line - 1 + (size > offset ? 1 : 0);
	}

	/** Whether the lines read end inside an action of several events (`JournalLines.endsInOpenAction`). */
	get endsInOpenAction(): boolean {
		return this.#read.endsInOpenAction;
	}

	/** The last compaction seal read (`JournalLines.lastSeal`). */
	get lastSeal(): JournalLines['lastSeal'] {
		return this.#read.lastSeal;
	}

	/** Read what was appended since the last read, or the whole file when it was replaced; whether anything changed. */
	refresh(): boolean {
		let stat: fs.Stats;
		try {
			stat = fs.statSync(this.path);
		} catch (error) {
			if (isErrorCode(error, 'ENOENT')) {
				// Not created yet, or removed behind our back (then the next decision fails loudly).
				return false;
			}

			throw ioError(this.path, error);
		}

		if (!this.#exists || !isSameFile(stat, this.#identity)) {
			this.load();
			return true;
		}

		if (stat.size === this.#read.size) {
			return false;
		}

		let fd: number;
		try {
			fd = fs.openSync(this.path, 'r');
		} catch (error) {
			throw ioError(this.path, error);
		}

		try {
			const current = fs.fstatSync(fd);
			if (!this.isStillOurs(fd, current)) {
				this.loadDescriptor(fd);
				return true;
			}

			return this.readTo(fd, current.size);
		} finally {
			fs.closeSync(fd);
		}
	}

	/** Read the whole file from scratch (open, or after it was replaced). */
	load(): void {
		let fd: number;
		try {
			// O_NONBLOCK: a FIFO at the journal's path must not block the open; loadDescriptor refuses it.
			fd = fs.openSync(
				this.path,
				fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0),
			);
		} catch (error) {
			if (isErrorCode(error, 'ENOENT')) {
				this.#reset(undefined);
				return;
			}

			throw ioError(this.path, error);
		}

		try {
			this.loadDescriptor(fd);
		} finally {
			fs.closeSync(fd);
		}
	}

	/** Read the file behind `fd` from scratch: the whole of it, or its first `limit` bytes. */
	loadDescriptor(fd: number, limit?: number): void {
		const stat = fs.fstatSync(fd);
		checkRegularFile(stat, this.path);
		// A /proc or /sys file says it is 0 bytes long yet reads as text: read by its size, it was an empty journal.
		// (A journal another session is creating has grown by the second look.)
		if (
			stat.size === 0 &&
			readRange(fd, 0, 1).length > 0 &&
			fs.fstatSync(fd).size === 0
		) {
			throw new JournalError(
				'foreign',
				this.path,
				undefined,
				'says it is empty but has content (a /proc or /sys file): not a triage journal',
			);
		}

		const size = limit ?? stat.size;
		const probe = readRange(fd, 0, Math.min(size, headerProbeBytes));
		this.#created = checkHeader(probe, size, this.path);
		// The file replaced (compacted) under an open journal: its undo history is kept when nothing it decides
		// changed (`JournalFold.keepHistoryOf`); `z` said "nothing to undo" after any compaction. Read from the
		// snapshot, the journal had no history yet: it is read now from the replaced file, as far as it was read.
		const replaced = this.#historyOfReplaced(stat);
		const earlier = replaced ?? this.#read.fold;
		const before = this.#exists ? this.#read.fold.state() : undefined;
		this.#reset(identityOf(stat));
		this.#fromSnapshot = 0;
		this.#header = probe.subarray(0, probe.indexOf(newline) + 1);
		const place = this.#snapshots;
		if (
			place &&
			!this.#isHistoryWanted &&
			replaced === undefined &&
			size >= place.minBytes
		) {
			this.#loadWithSnapshot(fd, size, place);
		} else {
			this.#read.readFrom(fd, size, true);
		}

		this.#read.fold.keepHistoryOf(earlier);
		if (before !== undefined) {
			this.onReloaded?.(before);
		}
	}

	/** Read on in `fd` (the file last loaded) from where reading stopped up to `size`; whether anything changed. */
	readTo(fd: number, size: number): boolean {
		if (size <= this.#read.offset) {
			return false;
		}

		// A line that is no event changes no decision: the journal says it in a notice (`unreadable-lines.ts`).
		return this.#read.readFrom(fd, size, false);
	}

	/**
	A journal loaded without its undo history (`#loadWithSnapshot`) reads it now, whole: the undo that needs
	it then sees exactly what a full load gives. A file removed meanwhile is left as it was.
	*/
	readHistory(): void {
		if (this.#read.fold.hasHistory) {
			return;
		}

		this.#isHistoryWanted = true;
		if (this.#exists && fs.existsSync(this.path)) {
			this.load();
		}
	}

	/** Whether `fd` is still the file we read: same inode, not shorter, same header line. */
	isStillOurs(fd: number, stat: fs.Stats): boolean {
		return (
			isSameFile(stat, this.#identity) &&
			stat.size >= this.#read.offset &&
			readRange(fd, 0, this.#header.length).equals(this.#header)
		);
	}

	/**
	The fold, undo history and all, of the file the journal was loaded from its snapshot, when `replacing` is
	another file: read from the descriptor kept open, up to where the journal had read it (what another process
	appended later was never seen, as after a whole load). Undefined when there is no such file.
	*/
	#historyOfReplaced(replacing: fs.Stats): JournalFold | undefined {
		const held = this.#held;
		if (
			!held ||
			this.#read.fold.hasHistory ||
			isSameFile(replacing, held.identity)
		) {
			return undefined;
		}

		try {
			const whole = new JournalLines();
			whole.readFrom(held.fd, this.#read.offset, true);
			return whole.fold;
		} catch {
			// Unreadable now: the history goes, as it did before it was kept.
			return undefined;
		}
	}

	/** Keep the file just read from its snapshot open (`#held`), unless the path names another file by now. */
	#hold(): void {
		let fd: number;
		try {
			fd = fs.openSync(this.path, 'r');
		} catch {
			return;
		}

		try {
			if (isSameFile(fs.fstatSync(fd), this.#identity)) {
				this.#held = {fd, identity: this.#identity!};
				return;
			}
		} catch {
			// Not held: a compaction then loses the undo history, as it did before it was kept.
		}

		fs.closeSync(fd);
	}

	#release(): void {
		if (this.#held) {
			try {
				fs.closeSync(this.#held.fd);
			} catch {
				// Closed already: nothing to release.
			}

			this.#held = undefined;
		}
	}

	/**
	Read a big journal without its undo history: from its snapshot when there is one of its first bytes,
	then on to `size`; write a new snapshot when much was read past it.
	*/
	#loadWithSnapshot(fd: number, size: number, place: SnapshotPlace): void {
		const journal = realPath(this.path);
		const snapshot = readSnapshot(place.directory, journal);
		const hash =
			snapshot && snapshot.covered <= size
				? prefixHash(fd, snapshot.covered, snapshot.digest)
				: undefined;
		this.#read =
			snapshot && hash
				? JournalLines.fromSnapshot(snapshot, hash)
				: new JournalLines(createHash('sha256'));
		const from = this.#read.offset;
		this.#fromSnapshot = from;
		this.#read.readFrom(fd, size, true);
		if (this.#read.offset - from >= (place.afterBytes ?? snapshotAfterBytes)) {
			const made = this.#read.snapshot(journal);
			if (made) {
				writeSnapshot(place.directory, made);
			}
		}

		this.#hold();
	}

	#reset(identity: FileIdentity | undefined): void {
		this.#release();
		this.#exists = identity !== undefined;
		this.#identity = identity;
		this.#read = new JournalLines();
		this.#header = Buffer.alloc(0);
	}
}
