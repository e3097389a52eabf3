/**
An open journal file: read once, then kept current by reading only what was appended since
(`refresh`), and appended to with one flushed write per action.
*/
import {Buffer} from 'node:buffer';
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import type {Phase, Warning} from '../../log/model.js';
import {
	createWhole,
	type FileIdentity,
	identityOf,
	isSameFile,
	newline,
	readRange,
	seams,
	writeAll,
} from './disk.js';
import {
	checkRegularFile,
	ioError,
	isErrorCode,
	JournalError,
} from './errors.js';
import {
	addedSignatureEvent,
	asOneAction,
	checkHeader,
	checkInput,
	decideEvent,
	headerLine,
	newGroup,
	type ClearEvent,
	type DecideEvent,
	type DecisionInput,
	type JournalEvent,
	type ReportRef,
} from './events.js';
import type {AddedSignature, Journal, JournalOptions} from './api.js';
import type {DecisionState} from './fold.js';
import {JournalLines} from './lines.js';
import {mendTornTail, type TornTail} from './repair.js';
import {
	compactionWaitMilliseconds,
	isSavedAfterSeal,
	maxAppendAttempts,
	sealBefore,
} from './seal.js';
import {
	defaultSnapshotPlace,
	prefixHash,
	readSnapshot,
	realPath,
	type SnapshotPlace,
	snapshotAfterBytes,
	writeSnapshot,
} from './snapshot-store.js';
import {
	anyAction,
	OwnActions,
	planUndo,
	type UndoCheck,
	type UndoOutcome,
	type UndoTarget,
} from './undo-target.js';

export type {Journal, JournalOptions} from './api.js';
export {incompleteMessage, isIncompleteAction} from './lines.js';

/** Open a journal, reading it once. Throws `JournalError` for a foreign or newer file. */
export function openJournal(file: string, options: JournalOptions): Journal {
	const journal = new JournalFile(
		file,
		options.now,
		options.snapshots === undefined
			? defaultSnapshotPlace()
			: options.snapshots || undefined,
	);
	if (options.history) {
		journal.keepHistory();
	}

	journal.load();
	if (!journal.exists && options.create) {
		journal.create();
	}

	return journal;
}

const headerProbeBytes = 4096;

export class JournalFile implements Journal {
	readonly path: string;
	readonly #now: () => Date;
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
	/** The actions this journal appended: this session's (`undo-target.ts`). */
	readonly #own = new OwnActions();

	constructor(file: string, now: () => Date, snapshots?: SnapshotPlace) {
		this.path = file;
		this.#now = now;
		this.#snapshots = snapshots;
	}

	get exists(): boolean {
		return this.#exists;
	}

	get warnings(): readonly Warning[] {
		return this.#read.warnings;
	}

	/** The header's creation time. */
	get created(): string | undefined {
		return this.#created;
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

	state(): DecisionState {
		return this.#read.fold.state();
	}

	decide(input: DecisionInput): DecideEvent {
		const [event] = this.decideMany([input]);
		return event!;
	}

	decideMany(inputs: readonly DecisionInput[]): readonly DecideEvent[] {
		if (inputs.length === 0) {
			return [];
		}

		for (const input of inputs) {
			checkInput(input);
		}

		const at = this.#now().toISOString();
		const group = newGroup();
		const events = asOneAction(
			inputs.map(input => decideEvent(input, at, group)),
		);
		this.#append(events);
		this.#own.add(events);
		return events;
	}

	addSignatures(signed: readonly AddedSignature[]): readonly DecideEvent[] {
		const events = signed.map(({decision, signature}) =>
			addedSignatureEvent(decision, signature),
		);
		if (events.length > 0) {
			// Not this session's action: `z` undoes the decision, never this.
			this.#append(events);
		}

		return events;
	}

	clear(id: string, phase?: Phase): ClearEvent {
		const [event] = this.clearMany([phase === undefined ? {id} : {id, phase}]);
		return event!;
	}

	clearMany(reports: readonly ReportRef[]): readonly ClearEvent[] {
		if (reports.length === 0) {
			return [];
		}

		for (const {id, phase} of reports) {
			checkInput({id, phase, category: '', priority: ''});
		}

		const at = this.#now().toISOString();
		const group = newGroup();
		const events = asOneAction(
			reports.map(({id, phase}): ClearEvent =>
				phase === undefined
					? {t: 'clear', id, at, group}
					: {t: 'clear', id, phase, at, group},
			),
		);
		this.#append(events);
		this.#own.add(events);
		return events;
	}

	canUndo(): boolean {
		return this.nextUndo() !== undefined;
	}

	nextUndo(): UndoTarget | undefined {
		return this.undoIf(() => false).target;
	}

	undo(): readonly JournalEvent[] {
		return this.undoIf(anyAction).events;
	}

	undoIf(accept: UndoCheck): UndoOutcome {
		this.refresh();
		this.#readHistory();
		const at = this.#now().toISOString();
		const outcome = planUndo(this.#read.fold, this.#own, at, accept);
		if (outcome.events.length > 0) {
			this.#append(outcome.events);
		}

		return outcome;
	}

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
			if (!this.#isStillOurs(fd, current)) {
				this.loadDescriptor(fd);
				return true;
			}

			return this.#readTail(fd, current.size);
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

	/** Read on in `fd` (the file last loaded) up to `size`. */
	readTo(fd: number, size: number): void {
		this.#readTail(fd, size);
	}

	/** Write a new file holding only the header; keeps a file another process created first. */
	create(): void {
		createWhole(this.path, Buffer.from(headerLine(this.#now())));
		this.load();
	}

	/** Read the file behind `fd` from scratch: the whole of it, or its first `limit` bytes. */
	loadDescriptor(fd: number, limit?: number): void {
		const stat = fs.fstatSync(fd);
		checkRegularFile(stat, this.path);
		const size = limit ?? stat.size;
		const probe = readRange(fd, 0, Math.min(size, headerProbeBytes));
		this.#created = checkHeader(probe, size, this.path);
		this.#reset(identityOf(stat));
		this.#fromSnapshot = 0;
		this.#header = probe.subarray(0, probe.indexOf(newline) + 1);
		const place = this.#snapshots;
		if (place && !this.#isHistoryWanted && size >= place.minBytes) {
			this.#loadWithSnapshot(fd, size, place);
		} else {
			this.#read.readFrom(fd, size, true);
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
	}

	/**
	A journal loaded without its undo history (`#loadWithSnapshot`) reads it now, whole: the undo that needs
	it then sees exactly what a full load gives. A file removed meanwhile is left as it was.
	*/
	#readHistory(): void {
		if (this.#read.fold.hasHistory) {
			return;
		}

		this.#isHistoryWanted = true;
		if (this.#exists && fs.existsSync(this.path)) {
			this.load();
		}
	}

	#reset(identity: FileIdentity | undefined): void {
		this.#exists = identity !== undefined;
		this.#identity = identity;
		this.#read = new JournalLines();
		this.#header = Buffer.alloc(0);
	}

	/** Whether `fd` is still the file we read: same inode, not shorter, same header line. */
	#isStillOurs(fd: number, stat: fs.Stats): boolean {
		return (
			isSameFile(stat, this.#identity) &&
			stat.size >= this.#read.offset &&
			readRange(fd, 0, this.#header.length).equals(this.#header)
		);
	}

	/** Consume the bytes of `fd` between `#offset` and `size`. */
	#readTail(fd: number, size: number): boolean {
		if (size <= this.#read.offset) {
			return false;
		}

		const warningsBefore = this.#read.warnings;
		const changed = this.#read.readFrom(fd, size, false);
		return changed || warningsBefore !== this.#read.warnings;
	}

	/**
	One write of whole lines, then fsync, then fold in everything new (ours included). When the
	write landed after the seal of a compaction that is still running, that compaction does not
	carry it over: wait for its new file and append there again (`#whereSaved`).
	*/
	#append(events: readonly JournalEvent[]): void {
		if (!this.#exists) {
			this.create();
		}

		let payload = '';
		for (const event of events) {
			payload += JSON.stringify(event) + '\n';
		}

		const firstLine = payload.slice(0, payload.indexOf('\n'));
		const deadline = Date.now() + compactionWaitMilliseconds;
		for (let attempt = 0; ; attempt++) {
			const tail = this.#appendOnce(payload, firstLine, deadline);
			if (tail !== false) {
				// Saved; a torn tail it ended goes now, or it stays an unreadable line (or a bulk decision that
				// is never applied) every load warns of.
				if (
					tail !== undefined &&
					mendTornTail(this.path, this.#identity, tail, this.#now)
				) {
					this.load();
				}

				return;
			}

			if (attempt >= maxAppendAttempts) {
				throw new JournalError(
					'locked',
					this.path,
					undefined,
					'is compacted over and over; this action was not saved (try again)',
				);
			}

			// The file was replaced by the compaction: read the new one, then append there.
			this.load();
		}
	}

	/**
	One attempt: false when the events are not saved in the file that is (still or now) at the path, else the
	torn tail it was appended after (undefined: none).
	*/
	#appendOnce(
		payload: string,
		firstLine: string,
		deadline: number,
	): TornTail | undefined | false {
		let fd: number;
		try {
			fd = fs.openSync(this.path, fs.constants.O_RDWR | fs.constants.O_APPEND);
		} catch (error) {
			if (isErrorCode(error, 'ENOENT')) {
				throw new JournalError(
					'removed',
					this.path,
					undefined,
					'was removed while open; nothing was saved',
					{cause: error},
				);
			}

			throw ioError(this.path, error);
		}

		try {
			if (!this.#isStillOurs(fd, fs.fstatSync(fd))) {
				// Compacted (or replaced) since we read it: read it again, refusing a foreign file.
				this.loadDescriptor(fd);
			}

			seams.afterAppendOpen?.(this.path);
			const size = fs.fstatSync(fd).size;
			let prefix = '';
			let torn: TornTail | undefined;
			if (size === 0) {
				prefix = headerLine(this.#now());
			} else if (readRange(fd, size - 1, 1)[0] !== newline) {
				// A torn last line: end it, so that it stays one bad line and ours stays whole.
				// (When another process's write is only half visible yet, this adds an empty
				// line after it, which every reader skips.)
				prefix = '\n';
				torn = {end: size, isTornLine: true};
			} else if (this.#read.offset === size && this.#read.endsInOpenAction) {
				// Whole lines of a bulk decision cut short at a line's end (or still being written: the mend
				// looks again once ours is in).
				torn = {end: size, isTornLine: false};
			}

			writeAll(fd, Buffer.from(prefix + payload), this.path);
			try {
				fs.fsyncSync(fd);
			} catch (error) {
				throw ioError(this.path, error);
			}

			const seal = sealBefore(
				fd,
				this.#read.offset,
				this.#read.lastSeal,
				firstLine,
			);
			this.#readTail(fd, fs.fstatSync(fd).size);
			return seal === undefined ||
				isSavedAfterSeal(this.path, fd, seal, deadline)
				? torn
				: false;
		} finally {
			fs.closeSync(fd);
		}
	}
}
