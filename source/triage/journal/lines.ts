/**
The lines of an open journal read so far: where reading stopped (byte offset and line number), the
fold of the events read, and the warnings about lines that were skipped. `JournalReader` does the
file access around it; a new `JournalLines` starts a read from scratch.
*/
import type {Buffer} from 'node:buffer';
import type {Hash} from 'node:crypto';
import type {Warning} from '../../log/model.js';
import {consumedLength, newline, readRange} from './disk.js';
import {journalVersion, parseLine} from './events.js';
import {JournalFold} from './fold.js';
import {sealOf} from './seal.js';
import {SharedStrings} from './shared.js';
import type {JournalSnapshot} from './snapshot.js';

const readChunkBytes = 8 * 1024 * 1024;
export const incompleteMessage =
	'incomplete last line (an interrupted write), skipped';

/**
What a full load says of an action of several events (a bulk or cluster decision, an undo of one) that the
file does not hold whole: a write cut short (a crash, a full disk). Its events are never applied, not half.
*/
export function incompleteActionMessage(
	isLast: boolean,
	read: number,
	size: number,
): string {
	return `${isLast ? 'the last' : 'a'} bulk decision was not complete when written and is not applied (${read} of its ${size} events are here)`;
}

/** Whether a load's warning is `incompleteActionMessage`'s (not an unreadable line: its events are whole). */
export function isIncompleteAction(message: string): boolean {
	return message.includes(' bulk decision was not complete when written ');
}

/** An action of several events whose events are not all read yet: where its first and last are. */
type OpenAction = {
	readonly first: number;
	last: number;
	readonly size: number;
};

export class JournalLines {
	/** Lines read up to where `snapshot` ends, as it says; `hash` has been fed the bytes it covers. */
	static fromSnapshot(snapshot: JournalSnapshot, hash: Hash): JournalLines {
		const lines = new JournalLines(hash, JournalFold.fromParts(snapshot.parts));
		lines.offset = snapshot.covered;
		lines.size = snapshot.covered;
		lines.line = snapshot.line;
		lines.lastSeal = snapshot.lastSeal;
		lines.warnings = [...snapshot.warnings];
		return lines;
	}

	/** The byte offset of the first line not yet consumed. */
	offset = 0;
	/** The file size at the last read (past `offset` when the last line is incomplete). */
	size = 0;
	/** The 1-based number of the line starting at `offset`. */
	line = 1;
	readonly fold: JournalFold;
	warnings: Warning[] = [];
	/** The nonce of the last compaction seal read in this file. */
	lastSeal: string | undefined;
	#incompleteLine: number | undefined;
	/** The actions of several events read in part so far, by group (a write in progress, or one cut short). */
	readonly #openActions = new Map<string, OpenAction>();
	/** The line of the last event read. */
	#lastEventLine = 0;
	/**
	The last line read is a whole event that had no newline after it (saved so by an editor): it counts, and
	the newline a writer ends it with before appending (`JournalFile`, compaction's seal) is no line of its own.
	*/
	#isLineOpen = false;
	readonly #shared = new SharedStrings();
	/**
	Whether an event's id had a NUL: its id-wide key may then be another id's report key (`reportKey`), and
	the fold's count of report keys per id is not what its state shows. Such a journal gets no snapshot.
	*/
	#hasNulId = false;
	/** The SHA-256 of the bytes consumed so far, when a snapshot may be made of them. */
	readonly #hash: Hash | undefined;

	/**
	Lines read from the start of a file. With a `hash` (fed every byte consumed) the fold keeps no undo
	history, and `snapshot` can describe what was read.
	*/
	constructor(hash?: Hash, fold = new JournalFold(hash === undefined)) {
		this.#hash = hash;
		this.fold = fold;
	}

	/** What was read up to `offset`, as a snapshot of the journal at `journal` (its real path). */
	snapshot(journal: string): JournalSnapshot | undefined {
		// A snapshot cannot say that the newline to come ends a line already read.
		// Nor that an action read in part starts at a line (the warning of a full load names it).
		if (
			this.#hash === undefined ||
			this.#hasNulId ||
			this.#isLineOpen ||
			this.#openActions.size > 0
		) {
			return undefined;
		}

		return {
			journal,
			covered: this.offset,
			digest: this.#hash.copy().digest('hex'),
			line: this.line,
			lastSeal: this.lastSeal,
			// Not the warning about an incomplete line after them: it may be whole by the next load.
			warnings: this.warnings.filter(warning => warning.line < this.line),
			parts: this.fold.parts(),
		};
	}

	/** Fold the lines of `fd` from `offset` up to `size`, a chunk at a time (bounded memory). */
	readFrom(fd: number, size: number, isFullLoad: boolean): boolean {
		let changed = false;
		let position = this.offset;
		let carry: Buffer | undefined;
		let isLast = position >= size;
		while (!isLast) {
			const wanted = Math.min(readChunkBytes, size - position);
			// The chunk is read after the carry (a line cut by the last chunk's end), not copied to it.
			const carried = carry?.length ?? 0;
			const bytes = readRange(fd, position, wanted, carried);
			carry?.copy(bytes);
			position += bytes.length - carried;
			isLast = bytes.length - carried < wanted || position >= size;
			if (this.#consume(bytes, isLast, isFullLoad)) {
				changed = true;
			}

			// A line longer than a chunk grows the carry until its newline comes.
			carry = bytes.subarray(consumedLength(bytes));
		}

		this.size = position;
		if (isFullLoad) {
			this.#warnOpenActions();
		}

		return changed;
	}

	/**
	Whether the last event read is one of an action read in part (a bulk decision cut short at a line's end, or
	one being written as it was read).
	*/
	get endsInOpenAction(): boolean {
		for (const action of this.#openActions.values()) {
			if (action.last === this.#lastEventLine) {
				return true;
			}
		}

		return false;
	}

	/** Say of each action read in part that it is not applied (at its first line). */
	#warnOpenActions(): void {
		for (const [group, action] of this.#openActions) {
			const read = this.fold.pendingCount(group) ?? 0;
			this.#warn(
				action.first,
				incompleteActionMessage(
					action.last === this.#lastEventLine,
					read,
					action.size,
				),
			);
		}
	}

	/** Follow the actions of several events as their events are read; forget the warning of one completed. */
	#trackAction(
		group: string | undefined,
		size: number | undefined,
		line: number,
	): void {
		if (group === undefined || size === undefined || size <= 1) {
			return;
		}

		const open = this.#openActions.get(group);
		if (this.fold.pendingCount(group) !== undefined) {
			if (open) {
				open.last = line;
			} else {
				this.#openActions.set(group, {first: line, last: line, size});
			}

			return;
		}

		if (open) {
			// It was being written when a load read it.
			this.#openActions.delete(group);
			this.warnings = this.warnings.filter(
				warning => warning.line !== open.first,
			);
		}
	}

	/**
	Fold the complete lines of `bytes` (which start at `offset`) into the state. A last line without its
	newline (`isLast`: nothing follows it in the file yet) counts when it is a whole event: a line being
	written is one only once all of it is there (a JSON object closes at its end). Any other is left for
	later (another process may be writing it); on a full load it is reported as torn.
	*/
	#consume(bytes: Buffer, isLast: boolean, isFullLoad: boolean): boolean {
		let start = 0;
		if (this.#isLineOpen && bytes.length > 0) {
			this.#isLineOpen = false;
			if (bytes[0] === newline) {
				start = 1;
				this.offset += 1;
				this.#hash?.update(bytes.subarray(0, 1));
			}
		}

		const end = bytes.lastIndexOf(newline);
		let changed = false;
		if (end >= start) {
			const lines = bytes.toString('utf8', start, end).split('\n');
			for (const text of lines) {
				const line = this.line++;
				if (this.#applyLine(text, line)) {
					changed = true;
				}
			}

			this.offset += end + 1 - start;
			this.#hash?.update(bytes.subarray(start, end + 1));
		}

		const tailStart = Math.max(end + 1, start);
		// Line 1 is a header without a final newline (hand-edited): it was checked already.
		if (!isLast || tailStart >= bytes.length || this.line === 1) {
			return changed;
		}

		const tail = bytes.toString('utf8', tailStart);
		if (parseLine(tail).kind === 'event') {
			this.#applyLine(tail, this.line++);
			this.offset += bytes.length - tailStart;
			this.#hash?.update(bytes.subarray(tailStart));
			this.#isLineOpen = true;
			return true;
		}

		if (isFullLoad && tail.trim() !== '') {
			this.#incompleteLine = this.line;
			this.#warn(this.line, incompleteMessage);
		}

		return changed;
	}

	#applyLine(text: string, line: number): boolean {
		if (line === 1) {
			// Checked by `checkHeader` before anything was read (a compaction seals an empty file).
			this.lastSeal = sealOf(text) ?? this.lastSeal;
			return false;
		}

		const parsed = parseLine(text);
		switch (parsed.kind) {
			case 'event': {
				if (parsed.event.id.includes('\u0000')) {
					this.#hasNulId = true;
				}

				this.fold.applyFoldEvent(this.#shared.foldEvent(parsed.event));
				this.#lastEventLine = line;
				this.#trackAction(parsed.event.group, parsed.event.of, line);
				if (line === this.#incompleteLine) {
					// It was being written when we read it.
					this.#incompleteLine = undefined;
					this.warnings = this.warnings.filter(
						warning => warning.line !== line,
					);
				}

				return true;
			}

			case 'header': {
				// A second header: two journals joined by a git union merge, an adopted empty file,
				// or a compaction's seal.
				if (parsed.seal !== undefined) {
					this.lastSeal = parsed.seal;
				}

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

	#warn(line: number, message: string): void {
		if (this.warnings.some(warning => warning.line === line)) {
			return;
		}

		this.warnings = [...this.warnings, {line, message}];
	}
}
