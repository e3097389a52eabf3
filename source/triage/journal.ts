/**
The triage journal: an append-only JSON Lines file of a person's decisions.

```
{"triage":1,"created":"2026-11-23T10:00:00.000Z"}
{"t":"decide","id":"…","category":"BUG","priority":"HIGH","note":"","signature":"…","run":"run.log","at":"…","group":"k3Jd9aQ1"}
{"t":"clear","id":"…","at":"…","group":"Zp0c7Lm2"}
```

Decisions are the one thing this tool cannot regenerate, so every choice here favours not
losing them: each action is one `write` of whole lines to an `O_APPEND` descriptor, followed by
`fsync`, before the call returns; nothing but compaction ever rewrites the file, and compaction
goes through a temp file and a rename under a lock; a file that is not a journal (or of a newer
version) is never written to.

Several processes may append at once: `O_APPEND` keeps each write whole. A compaction renames a
new file over the old one; an appender checks after its write whether that happened and then
appends again to the new file, and the compaction carries over whatever reached the old file
after it read it, so an event written around a compaction lands at least once (twice is
harmless: the fold is idempotent).
*/
import {Buffer} from 'node:buffer';
import {randomBytes} from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Warning} from '../log/model.js';

/** The format version this code writes, and the newest it reads. */
export const journalVersion = 1;

/** The current decision on one test. */
export type Decision = {
	/** Pytest node id. */
	readonly id: string;
	/** A category name (validated by the caller against its category list). */
	readonly category: string;
	/** A priority name (validated by the caller). */
	readonly priority: string;
	/** Free text; empty when none. */
	readonly note: string;
	/** The failure's signature when it was decided: a different current one makes it stale. */
	readonly signature?: string;
	/** The run (log source) it was decided on. */
	readonly run?: string;
	/** ISO 8601 time of the decision. */
	readonly at: string;
};

type ActionFields = {
	/** Shared by every event one action appended (a cluster decision, an undo). */
	readonly group?: string;
	/** On the events of an undo: the group of the action it undoes. */
	readonly undo?: string;
};

export type DecideEvent = {
	readonly t: 'decide';
} & Decision &
	ActionFields;

export type ClearEvent = {
	readonly t: 'clear';
	readonly id: string;
	readonly at: string;
} & ActionFields;

export type JournalEvent = DecideEvent | ClearEvent;

/** What a caller passes to record a decision; `at` comes from the journal's clock. */
export type DecisionInput = {
	readonly id: string;
	readonly category: string;
	readonly priority: string;
	readonly note?: string;
	readonly signature?: string;
	readonly run?: string;
};

export type JournalErrorCode =
	/** Not a triage journal: never written to. */
	| 'foreign'
	/** Written by a newer triage: never written to. */
	| 'newer'
	/** No journal at that path (compaction). */
	| 'missing'
	/** Another process holds the compaction lock. */
	| 'locked'
	/** The file was removed while open. */
	| 'removed'
	/** Any other file-system failure. */
	| 'io';

/** A journal that cannot be read or written; the message names the file (and the line). */
export class JournalError extends Error {
	readonly code: JournalErrorCode;
	readonly file: string;
	readonly line: number | undefined;

	constructor(
		code: JournalErrorCode,
		file: string,
		line: number | undefined,
		message: string,
		options?: ErrorOptions,
	) {
		super(
			line === undefined
				? `${file}: ${message}`
				: `${file}:${line}: ${message}`,
			options,
		);
		this.name = 'JournalError';
		this.code = code;
		this.file = file;
		this.line = line;
	}
}

export type JournalOptions = {
	/** The clock: every event's `at`. */
	readonly now: () => Date;
	/**
	Create the file (with its header) right away when it does not exist. Otherwise a missing
	file reads as an empty journal and is created by the first decision.
	*/
	readonly create?: boolean;
};

/**
An open triage journal. Every method that changes it has saved to disk (written and fsynced)
when it returns, or throws `JournalError` having saved nothing it reports as saved.
*/
export type Journal = {
	/** The path as given to `openJournal`. */
	readonly path: string;
	/** Whether the file exists (a missing one is created by the first decision). */
	readonly exists: boolean;
	/**
	Lines that were skipped (torn, unreadable, unknown events), by 1-based line number; show
	them as `${path}:${line}: ${message}`.
	*/
	readonly warnings: readonly Warning[];
	/**
	The current decisions by test id. The map is never mutated after it is returned: a change
	produces a new map, so identity comparison tells whether anything changed.
	*/
	state(): ReadonlyMap<string, Decision>;
	/** Record one decision; returns the event as appended. */
	decide(input: DecisionInput): DecideEvent;
	/** Record several decisions as one action (one write, one undo step). */
	decideMany(inputs: readonly DecisionInput[]): readonly DecideEvent[];
	/** Remove the decision on one test. */
	clear(id: string): ClearEvent;
	/** Remove several decisions as one action. */
	clearMany(ids: readonly string[]): readonly ClearEvent[];
	/** Whether there is an action `undo` would revert. */
	canUndo(): boolean;
	/**
	Append events that restore, for every id the most recent not-yet-undone action touched,
	the decision it had before. Returns them; empty when there is nothing to undo. Repeated
	calls walk further back. The history is the file's, so this also reverts another
	process's action when it is the most recent one.
	*/
	undo(): readonly JournalEvent[];
	/**
	Read what other processes appended since the last read (or reload, when the file was
	replaced by a compaction). Costs one `stat` when nothing changed. Returns whether the
	state or the warnings changed. Throws `JournalError` when the file was replaced by one
	that is not a journal.
	*/
	refresh(): boolean;
};

/** Open a journal, reading it once. Throws `JournalError` for a foreign or newer file. */
export function openJournal(file: string, options: JournalOptions): Journal {
	const journal = new JournalFile(file, options.now);
	journal.load();
	if (!journal.exists && options.create) {
		journal.create();
	}

	return journal;
}

/** A decision whose failure's error changed since it was made. */
export function isStale(
	decision: Pick<Decision, 'signature'>,
	currentSignature: string | undefined,
): boolean {
	return (
		decision.signature !== undefined &&
		currentSignature !== undefined &&
		decision.signature !== currentSignature
	);
}

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
Rewrite a journal as its header plus one `decide` event per current decision, atomically
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

const lockSuffix = '.lock';
/** A lock from another host (pid unknowable) counts as stale after this long. */
const foreignLockMaxAge = 60 * 60 * 1000;
const headerProbeBytes = 4096;
const readChunkBytes = 8 * 1024 * 1024;
const incompleteMessage =
	'incomplete last line (an interrupted write), skipped';
const newline = 10;

/** One undoable action: the ids it touched and the decision each had before it. */
type Action = {
	readonly group: string;
	readonly ids: readonly string[];
	/** Undefined where the id had no decision. */
	readonly previous: ReadonlyArray<Decision | undefined>;
};

/**
The actions not undone yet, oldest first, in flat arrays: a load of 100,000 events should not
allocate three objects per event for an undo history that is rarely used.
*/
class UndoHistory {
	readonly #groups: string[] = [];
	/** Where each action's entries start. */
	readonly #starts: number[] = [];
	readonly #isUndone: boolean[] = [];
	readonly #ids: string[] = [];
	readonly #previous: Array<Decision | undefined> = [];
	/** Whether the next event of the last action's group still belongs to it. */
	#isOpen = false;
	#openIds: Set<string> | undefined;

	/** Record that `id` had `previous` before the action `group` changed it. */
	record(group: string, id: string, previous: Decision | undefined): void {
		if (!this.#isOpen || this.#groups.at(-1) !== group) {
			this.#groups.push(group);
			this.#starts.push(this.#ids.length);
			this.#isUndone.push(false);
			this.#ids.push(id);
			this.#previous.push(previous);
			this.#isOpen = true;
			this.#openIds = undefined;
			return;
		}

		// Only the first event of an id in one action knows its state before the action.
		const start = this.#starts.at(-1)!;
		this.#openIds ??= new Set(this.#ids.slice(start));
		if (!this.#openIds.has(id)) {
			this.#openIds.add(id);
			this.#ids.push(id);
			this.#previous.push(previous);
		}
	}

	/** The last action is complete (another kind of event came). */
	close(): void {
		this.#isOpen = false;
		this.#openIds = undefined;
	}

	markUndone(group: string): void {
		this.close();
		for (let index = this.#groups.length - 1; index >= 0; index--) {
			if (this.#groups[index] === group) {
				this.#isUndone[index] = true;
				break;
			}
		}

		while (this.#isUndone.at(-1)) {
			this.#groups.pop();
			this.#isUndone.pop();
			const start = this.#starts.pop()!;
			this.#ids.length = start;
			this.#previous.length = start;
		}
	}

	/** The most recent action not undone. */
	top(): Action | undefined {
		for (let index = this.#groups.length - 1; index >= 0; index--) {
			if (!this.#isUndone[index]) {
				const start = this.#starts[index]!;
				const end = this.#starts[index + 1] ?? this.#ids.length;
				return {
					group: this.#groups[index]!,
					ids: this.#ids.slice(start, end),
					previous: this.#previous.slice(start, end),
				};
			}
		}

		return undefined;
	}
}

type ParsedLine =
	| {readonly kind: 'event'; readonly event: JournalEvent}
	| {
			readonly kind: 'header';
			readonly version: number;
			readonly created: string | undefined;
	  }
	| {readonly kind: 'bad'; readonly message: string};

type FileIdentity = {
	readonly dev: number;
	readonly ino: number;
};

class JournalFile implements Journal {
	readonly path: string;
	readonly #now: () => Date;
	#exists = false;
	#identity: FileIdentity | undefined;
	/** The byte offset of the first line not yet consumed. */
	#offset = 0;
	/** The file size at the last read (past `#offset` when the last line is incomplete). */
	#size = 0;
	/** The 1-based number of the line starting at `#offset`. */
	#line = 1;
	#decisions = new Map<string, Decision>();
	/** Whether `#decisions` was handed out by `state()` and must be copied before a change. */
	#isShared = false;
	#history = new UndoHistory();
	#lastUndoGroup: string | undefined;
	#warnings: Warning[] = [];
	#incompleteLine: number | undefined;
	#created: string | undefined;
	/** The header line as read, to tell a file recreated under the same inode number. */
	#header: Buffer = Buffer.alloc(0);

	constructor(file: string, now: () => Date) {
		this.path = file;
		this.#now = now;
	}

	get exists(): boolean {
		return this.#exists;
	}

	get warnings(): readonly Warning[] {
		return this.#warnings;
	}

	/** The header's creation time. */
	get created(): string | undefined {
		return this.#created;
	}

	/** Bytes of complete lines read so far. */
	get consumed(): number {
		return this.#offset;
	}

	/** Lines read so far, an incomplete last one included. */
	get lines(): number {
		return this.#line - 1 + (this.#size > this.#offset ? 1 : 0);
	}

	state(): ReadonlyMap<string, Decision> {
		this.#isShared = true;
		return this.#decisions;
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
		const events = inputs.map(input => decideEvent(input, at, group));
		this.#append(events);
		return events;
	}

	clear(id: string): ClearEvent {
		const [event] = this.clearMany([id]);
		return event!;
	}

	clearMany(ids: readonly string[]): readonly ClearEvent[] {
		if (ids.length === 0) {
			return [];
		}

		for (const id of ids) {
			checkInput({id, category: '', priority: ''});
		}

		const at = this.#now().toISOString();
		const group = newGroup();
		const events = ids.map((id): ClearEvent => ({t: 'clear', id, at, group}));
		this.#append(events);
		return events;
	}

	canUndo(): boolean {
		this.refresh();
		return this.#history.top() !== undefined;
	}

	undo(): readonly JournalEvent[] {
		this.refresh();
		const action = this.#history.top();
		if (!action) {
			return [];
		}

		const at = this.#now().toISOString();
		const group = newGroup();
		const events = action.ids.map((id, index): JournalEvent => {
			const previous = action.previous[index];
			return previous
				? {
						t: 'decide',
						...decisionOf(previous),
						group,
						undo: action.group,
					}
				: {t: 'clear', id, at, group, undo: action.group};
		});
		this.#append(events);
		return events;
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

		if (stat.size === this.#size) {
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
			fd = fs.openSync(this.path, 'r');
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

	/** Write a new file holding only the header; keeps a file another process created first. */
	create(): void {
		const header = headerLine(this.#now());
		const directory = path.dirname(this.path);
		const temporary = temporaryPath(this.path);
		try {
			writeNewFile(temporary, Buffer.from(header));
		} catch (error) {
			removeQuietly(temporary);
			throw ioError(this.path, error);
		}

		try {
			// A hard link fails when the path exists, so a journal created concurrently is never replaced.
			fs.linkSync(temporary, this.path);
		} catch (error) {
			if (!isErrorCode(error, 'EEXIST')) {
				if (!isErrorCode(error, 'EPERM', 'ENOTSUP', 'ENOSYS', 'EXDEV')) {
					removeQuietly(temporary);
					throw ioError(this.path, error);
				}

				// No hard links here: exclusive create, then write the header.
				try {
					writeNewFile(this.path, Buffer.from(header));
				} catch (fallbackError) {
					if (!isErrorCode(fallbackError, 'EEXIST')) {
						removeQuietly(temporary);
						throw ioError(this.path, fallbackError);
					}
				}
			}
		}

		removeQuietly(temporary);
		syncDirectory(directory);
		this.load();
	}

	/** Read the whole file behind `fd` from scratch. */
	loadDescriptor(fd: number): void {
		const stat = fs.fstatSync(fd);
		if (stat.isDirectory()) {
			throw new JournalError(
				'io',
				this.path,
				undefined,
				'is a folder, not a file',
			);
		}

		const size = stat.size;
		const probe = readRange(fd, 0, Math.min(size, headerProbeBytes));
		this.#created = checkHeader(probe, size, this.path);
		this.#reset(identityOf(stat));
		this.#header = probe.subarray(0, probe.indexOf(newline) + 1);
		this.#readFrom(fd, size, true);
	}

	#reset(identity: FileIdentity | undefined): void {
		this.#exists = identity !== undefined;
		this.#identity = identity;
		this.#offset = 0;
		this.#size = 0;
		this.#line = 1;
		this.#decisions = new Map();
		this.#isShared = false;
		this.#history = new UndoHistory();
		this.#lastUndoGroup = undefined;
		this.#warnings = [];
		this.#incompleteLine = undefined;
		this.#header = Buffer.alloc(0);
	}

	/** Whether `fd` is still the file we read: same inode, not shorter, same header line. */
	#isStillOurs(fd: number, stat: fs.Stats): boolean {
		return (
			isSameFile(stat, this.#identity) &&
			stat.size >= this.#offset &&
			readRange(fd, 0, this.#header.length).equals(this.#header)
		);
	}

	/** Consume the bytes of `fd` between `#offset` and `size`. */
	#readTail(fd: number, size: number): boolean {
		if (size <= this.#offset) {
			return false;
		}

		const warningsBefore = this.#warnings;
		const changed = this.#readFrom(fd, size, false);
		return changed || warningsBefore !== this.#warnings;
	}

	/** Fold the lines of `fd` from `#offset` up to `size`, a chunk at a time (bounded memory). */
	#readFrom(fd: number, size: number, isFullLoad: boolean): boolean {
		let changed = false;
		let position = this.#offset;
		let carry: Buffer | undefined;
		let isLast = position >= size;
		while (!isLast) {
			const wanted = Math.min(readChunkBytes, size - position);
			const chunk = readRange(fd, position, wanted);
			position += chunk.length;
			isLast = chunk.length < wanted || position >= size;
			// A line longer than a chunk grows the carry until its newline comes.
			const bytes = carry ? Buffer.concat([carry, chunk]) : chunk;
			if (this.#consume(bytes, isFullLoad && isLast)) {
				changed = true;
			}

			carry = bytes.subarray(consumedLength(bytes));
		}

		this.#size = position;
		return changed;
	}

	/**
	Fold the complete lines of `bytes` (which start at `#offset`) into the state. An incomplete
	last line is left for later (another process may be writing it); on a full load it is
	reported as torn.
	*/
	#consume(bytes: Buffer, isFullLoad: boolean): boolean {
		const end = bytes.lastIndexOf(newline);
		let changed = false;
		if (end !== -1) {
			const lines = bytes.toString('utf8', 0, end).split('\n');
			for (const text of lines) {
				const line = this.#line++;
				if (this.#applyLine(text, line)) {
					changed = true;
				}
			}

			this.#offset += end + 1;
		}

		if (isFullLoad && end + 1 < bytes.length) {
			const tail = bytes.toString('utf8', end + 1);
			if (
				tail.trim() !== '' && // Line 1 is a header without a final newline (hand-edited): it was checked already.
				this.#line > 1
			) {
				this.#incompleteLine = this.#line;
				this.#warn(this.#line, incompleteMessage);
			}
		}

		return changed;
	}

	#applyLine(text: string, line: number): boolean {
		if (line === 1) {
			// Checked by `checkHeader` before anything was read.
			return false;
		}

		const parsed = parseLine(text);
		switch (parsed.kind) {
			case 'event': {
				this.#apply(parsed.event);
				if (line === this.#incompleteLine) {
					// It was being written when we read it.
					this.#incompleteLine = undefined;
					this.#warnings = this.#warnings.filter(
						warning => warning.line !== line,
					);
				}

				return true;
			}

			case 'header': {
				// A second header: two journals joined by a git union merge, or an adopted empty file.
				if (parsed.version > journalVersion) {
					this.#warn(
						line,
						`header of a newer triage (version ${parsed.version}), ignored`,
					);
				}

				return false;
			}

			case 'bad': {
				if (text.trim() !== '') {
					this.#warn(line, `${parsed.message}, skipped`);
				}

				return false;
			}
		}
	}

	#apply(event: JournalEvent): void {
		if (this.#isShared) {
			this.#decisions = new Map(this.#decisions);
			this.#isShared = false;
		}

		const previous = this.#decisions.get(event.id);
		if (event.t === 'decide') {
			this.#decisions.set(event.id, decisionOf(event));
		} else {
			this.#decisions.delete(event.id);
		}

		const {group, undo} = event;
		if (undo !== undefined) {
			if (undo !== this.#lastUndoGroup) {
				this.#lastUndoGroup = undo;
				this.#history.markUndone(undo);
			}

			return;
		}

		this.#lastUndoGroup = undefined;
		if (group === undefined) {
			// Not written by an action (hand-edited, compacted): part of no undo step.
			this.#history.close();
		} else {
			this.#history.record(group, event.id, previous);
		}
	}

	#warn(line: number, message: string): void {
		if (this.#warnings.some(warning => warning.line === line)) {
			return;
		}

		this.#warnings = [...this.#warnings, {line, message}];
	}

	/** One write of whole lines, then fsync, then fold in everything new (ours included). */
	#append(events: readonly JournalEvent[], isRetry = false): void {
		if (!this.#exists) {
			this.create();
		}

		let payload = '';
		for (const event of events) {
			payload += JSON.stringify(event) + '\n';
		}

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

		let wasReplaced = false;
		try {
			let stat = fs.fstatSync(fd);
			if (!this.#isStillOurs(fd, stat)) {
				// Compacted (or replaced) since we read it: read it again, refusing a foreign file.
				this.loadDescriptor(fd);
				stat = fs.fstatSync(fd);
			}

			let prefix = '';
			if (stat.size === 0) {
				prefix = headerLine(this.#now());
			} else if (readRange(fd, stat.size - 1, 1)[0] !== newline) {
				// A torn last line: end it, so that it stays one bad line and ours stays whole.
				// (When another process's write is only half visible yet, this adds an empty
				// line after it, which every reader skips.)
				prefix = '\n';
			}

			writeAll(fd, Buffer.from(prefix + payload), this.path);
			try {
				fs.fsyncSync(fd);
			} catch (error) {
				throw ioError(this.path, error);
			}

			// A compaction may have renamed its file over ours between our open and our write.
			wasReplaced = !isSameFile(statQuietly(this.path), this.#identity);
			if (!wasReplaced) {
				this.#readTail(fd, fs.fstatSync(fd).size);
			}
		} finally {
			fs.closeSync(fd);
		}

		if (wasReplaced) {
			// Appending again is harmless when the compaction did carry our events over.
			this.load();
			if (!isRetry) {
				this.#append(events, true);
			}
		}
	}
}

/** Refuse what would be written, then skipped as unreadable on the next load. */
function checkInput(input: DecisionInput): void {
	const {id, category, priority, note, signature, run} = input;
	if (typeof id !== 'string' || id === '') {
		throw new TypeError(
			`A decision needs a test id, got ${JSON.stringify(id)}`,
		);
	}

	for (const [name, value] of Object.entries({category, priority})) {
		if (typeof value !== 'string') {
			throw new TypeError(`The ${name} of ${id} must be a string`);
		}
	}

	for (const [name, value] of Object.entries({note, signature, run})) {
		if (value !== undefined && typeof value !== 'string') {
			throw new TypeError(`The ${name} of ${id} must be a string`);
		}
	}
}

function decideEvent(
	input: DecisionInput,
	at: string,
	group: string,
): DecideEvent {
	// Key order as in DESIGN.md.
	return {
		t: 'decide',
		...decisionOf({...input, note: input.note ?? '', at}),
		group,
	};
}

/** A plain Decision from an event (or decision), without event-only fields, keys in file order. */
function decisionOf(source: Decision): Decision {
	// Four literal shapes rather than spreads: this runs once per event on every load.
	const {id, category, priority, signature, run, at} = source;
	const note = source.note ?? '';
	if (signature === undefined) {
		return run === undefined
			? {id, category, priority, note, at}
			: {id, category, priority, note, run, at};
	}

	return run === undefined
		? {id, category, priority, note, signature, at}
		: {id, category, priority, note, signature, run, at};
}

function parseLine(text: string): ParsedLine {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return {kind: 'bad', message: 'not JSON'};
	}

	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return {kind: 'bad', message: 'not an event'};
	}

	const record = value as Record<string, unknown>;
	if ('triage' in record) {
		const version = record['triage'];
		const created = record['created'];
		return typeof version === 'number' && Number.isInteger(version)
			? {
					kind: 'header',
					version,
					created: typeof created === 'string' ? created : undefined,
				}
			: {kind: 'bad', message: 'not a header'};
	}

	const {t: type, id, at, group, undo} = record;
	if (typeof id !== 'string' || id === '') {
		return {kind: 'bad', message: 'event without an id'};
	}

	if (typeof at !== 'string') {
		return {kind: 'bad', message: 'event without a time'};
	}

	if (
		(group !== undefined && typeof group !== 'string') ||
		(undo !== undefined && typeof undo !== 'string')
	) {
		return {kind: 'bad', message: 'event with a malformed group'};
	}

	if (type === 'decide') {
		const {category, priority, note, signature, run} = record;
		if (typeof category !== 'string' || typeof priority !== 'string') {
			return {kind: 'bad', message: 'decision without a category or priority'};
		}

		if (
			(note !== undefined && typeof note !== 'string') ||
			(signature !== undefined && typeof signature !== 'string') ||
			(run !== undefined && typeof run !== 'string')
		) {
			return {kind: 'bad', message: 'decision with a malformed field'};
		}

		return {kind: 'event', event: record as DecideEvent};
	}

	if (type === 'clear') {
		return {kind: 'event', event: record as ClearEvent};
	}

	return {
		kind: 'bad',
		message: `unknown event ${JSON.stringify(type ?? null).slice(0, 40)}`,
	};
}

/** Throw unless the first line is a header this version reads. */
function checkHeader(
	probe: Buffer,
	size: number,
	file: string,
): string | undefined {
	if (size === 0) {
		// An empty file (say, `touch triage.jsonl`) becomes a journal on the first decision.
		return undefined;
	}

	const end = probe.indexOf(newline);
	if (end === -1 && size > probe.length) {
		throw new JournalError('foreign', file, 1, 'not a triage journal');
	}

	const text = probe
		.toString('utf8', 0, end === -1 ? probe.length : end)
		.replace(/^\uFEFF/, '');
	const parsed = parseLine(text);
	if (parsed.kind !== 'header' || parsed.version < 1) {
		throw new JournalError('foreign', file, 1, 'not a triage journal');
	}

	if (parsed.version > journalVersion) {
		throw new JournalError(
			'newer',
			file,
			1,
			`written by a newer triage (version ${parsed.version}); this one reads version ${journalVersion}`,
		);
	}

	return parsed.created;
}

function headerLine(now: Date): string {
	return (
		JSON.stringify({triage: journalVersion, created: now.toISOString()}) + '\n'
	);
}

function newGroup(): string {
	return randomBytes(6).toString('base64url');
}

/** The length of `bytes` up to and including its last newline. */
function consumedLength(bytes: Buffer): number {
	return bytes.lastIndexOf(newline) + 1;
}

function readRange(fd: number, position: number, length: number): Buffer {
	const buffer = Buffer.allocUnsafe(length);
	let done = 0;
	while (done < length) {
		const read = fs.readSync(fd, buffer, done, length - done, position + done);
		if (read === 0) {
			return buffer.subarray(0, done);
		}

		done += read;
	}

	return buffer;
}

function writeAll(fd: number, buffer: Buffer, file: string): void {
	try {
		// One write for the whole buffer: O_APPEND keeps it in one piece among other appenders.
		let written = fs.writeSync(fd, buffer);
		while (written < buffer.length) {
			written += fs.writeSync(fd, buffer, written);
		}
	} catch (error) {
		throw ioError(file, error);
	}
}

/** Create a file that must not exist yet, write it whole and flush it. */
function writeNewFile(file: string, buffer: Buffer, mode = 0o666): void {
	const fd = fs.openSync(file, 'wx', mode);
	try {
		writeAll(fd, buffer, file);
		fs.fsyncSync(fd);
	} finally {
		fs.closeSync(fd);
	}
}

function temporaryPath(file: string): string {
	return path.join(
		path.dirname(file),
		`.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
	);
}

/** Make a rename or link durable; not every platform can open a folder. */
function syncDirectory(directory: string): void {
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

function removeQuietly(file: string): void {
	try {
		fs.unlinkSync(file);
	} catch {
		// Already gone.
	}
}

function identityOf(stat: fs.Stats): FileIdentity {
	return {dev: stat.dev, ino: stat.ino};
}

function isSameFile(
	stat: fs.Stats | undefined,
	identity: FileIdentity | undefined,
): boolean {
	if (!stat || !identity) {
		return false;
	}

	return stat.dev === identity.dev && stat.ino === identity.ino;
}

function statQuietly(file: string): fs.Stats | undefined {
	try {
		return fs.statSync(file);
	} catch {
		return undefined;
	}
}

function isErrorCode(error: unknown, ...codes: string[]): boolean {
	return (
		error instanceof Error &&
		'code' in error &&
		typeof error.code === 'string' &&
		codes.includes(error.code)
	);
}

function ioError(file: string, error: unknown): JournalError {
	if (error instanceof JournalError) {
		return error;
	}

	const code =
		error instanceof Error && 'code' in error && typeof error.code === 'string'
			? error.code
			: undefined;
	const reason =
		code === 'EACCES' || code === 'EPERM'
			? 'permission denied'
			: code === 'EISDIR'
				? 'is a folder, not a file'
				: code === 'ENOSPC'
					? 'no space left on the device'
					: code === 'ENOENT' || code === 'ENOTDIR'
						? 'its folder does not exist'
						: error instanceof Error
							? error.message
							: String(error);
	return new JournalError('io', file, undefined, reason, {cause: error});
}

type LockOwner = {
	readonly pid: number;
	readonly host: string;
	readonly at: string;
};

/** Take `<file>.lock` with O_EXCL; a lock whose process is gone is removed first. */
function acquireLock(file: string, now: () => Date): () => void {
	const lockPath = file + lockSuffix;
	const owner: LockOwner = {
		pid: process.pid,
		host: os.hostname(),
		at: now().toISOString(),
	};
	for (let attempt = 0; attempt < 3; attempt++) {
		try {
			writeNewFile(lockPath, Buffer.from(JSON.stringify(owner) + '\n'));
			return () => {
				removeQuietly(lockPath);
			};
		} catch (error) {
			if (!isErrorCode(error, 'EEXIST')) {
				throw ioError(lockPath, error);
			}
		}

		const holder = readLockOwner(lockPath);
		if (holder && !isStaleLock(holder, now)) {
			throw new JournalError(
				'locked',
				file,
				undefined,
				`is being compacted by process ${holder.pid} on ${holder.host} (remove ${path.basename(lockPath)} if that is not so)`,
			);
		}

		// Stale (its process is gone) or unreadable (its writer died before writing it).
		if (holder || lockAge(lockPath, now) > 10_000) {
			removeQuietly(lockPath);
		}
	}

	throw new JournalError(
		'locked',
		file,
		undefined,
		`is locked (${path.basename(lockPath)} exists)`,
	);
}

function readLockOwner(lockPath: string): LockOwner | undefined {
	try {
		const value: unknown = JSON.parse(fs.readFileSync(lockPath, 'utf8'));
		if (typeof value === 'object' && value !== null) {
			const {pid, host, at} = value as Record<string, unknown>;
			if (
				typeof pid === 'number' &&
				typeof host === 'string' &&
				typeof at === 'string'
			) {
				return {pid, host, at};
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

function compactLocked(file: string, options: CompactOptions): CompactResult {
	let fd: number;
	try {
		fd = fs.openSync(file, 'r');
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

		const decisions = reader.state();
		for (const decision of decisions.values()) {
			text += JSON.stringify({t: 'decide', ...decisionOf(decision)}) + '\n';
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
			linesAfter: 1 + kept.length + decisions.size + carried.length,
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
