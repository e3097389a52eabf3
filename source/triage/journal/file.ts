/**
An open journal file, appended to with one flushed write per action; `reader.ts` reads it and keeps it
current.
*/
import {Buffer} from 'node:buffer';
import fs from 'node:fs';
import type {Phase, Warning} from '../../log/model.js';
import {shownPath} from '../../shown-path.js';
import {signaturesStillWanted} from './added-signature.js';
import {clearAction, decideAction} from './action.js';
import {
	checkModeWritable,
	createWhole,
	creationPath,
	newline,
	readRange,
	seams,
	writeAll,
} from './disk.js';
import {ioError, isErrorCode, JournalError} from './errors.js';
import {
	addedSignatureEvent,
	asOneAction,
	headerLine,
	newGroup,
	type ClearEvent,
	type DecideEvent,
	type DecisionInput,
	type JournalEvent,
	type ReportRef,
} from './events.js';
import type {
	AddedSignature,
	Journal,
	JournalNotice,
	JournalOptions,
	Rebase,
} from './api.js';
import type {DecisionState} from './fold.js';
import {lostCount, lostDecisionEvents} from './lost-decisions.js';
import {JournalReader} from './reader.js';
import {unreadableLinesNotice} from './unreadable-lines.js';
import {runFromJournal, withRunRewritten} from './run-path.js';
import {mendTornTail, type TornTail} from './repair.js';
import {
	compactionWaitMilliseconds,
	isSavedAfterSeal,
	maxAppendAttempts,
	sealBefore,
} from './seal.js';
import {defaultSnapshotPlace, type SnapshotPlace} from './snapshot-store.js';
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
	if (options.keepShown) {
		journal.keepShown();
	}

	if (options.history) {
		journal.keepHistory();
	}

	journal.load();
	if (!journal.exists && options.create) {
		journal.create();
	}

	return journal;
}

/** Whether the file read now lost decisions `before` held. */
function lostOf(before: DecisionState, after: DecisionState): boolean {
	return lostDecisionEvents(before, after, '').length > 0;
}

export class JournalFile implements Journal {
	readonly path: string;
	readonly #now: () => Date;
	readonly #reader: JournalReader;
	/** The actions this journal appended: this session's (`undo-target.ts`). */
	readonly #own = new OwnActions();
	/**
	The state read before another program replaced the file without some of its decisions, until they are saved
	again (`#saveLostAgain`).
	*/
	#lostFrom: DecisionState | undefined;
	/** What the journal says of itself once (`takeNotice`): decisions it saved again. */
	readonly #notices: JournalNotice[] = [];

	constructor(file: string, now: () => Date, snapshots?: SnapshotPlace) {
		this.path = file;
		this.#now = now;
		this.#reader = new JournalReader(file, snapshots);
	}

	/** Decisions read, then lost to another program replacing the file, are saved again (`JournalOptions.keepShown`). */
	keepShown(): void {
		this.#reader.onReloaded = before => {
			// A save by rename, a checkout of an older version, a truncation: what it lost was shown as saved.
			if (this.#lostFrom === undefined && lostOf(before, this.state())) {
				this.#lostFrom = before;
			}
		};
	}

	get exists(): boolean {
		return this.#reader.exists;
	}

	get warnings(): readonly Warning[] {
		return this.#reader.warnings;
	}

	/** Read the undo history with the state from now on: every load reads the journal whole. */
	keepHistory(): void {
		this.#reader.keepHistory();
	}

	/** How many bytes of the journal the last load took from a snapshot instead of reading them (0: none). */
	get fromSnapshot(): number {
		return this.#reader.fromSnapshot;
	}

	state(): DecisionState {
		return this.#reader.fold.state();
	}

	decide(input: DecisionInput): DecideEvent {
		const [event] = this.decideMany([input]);
		return event!;
	}

	decideMany(
		given: readonly DecisionInput[],
		rebase?: Rebase,
	): readonly DecideEvent[] {
		// The file was read just before (the review's save refreshes it), in this same turn: its state is as written.
		const inputs = rebase ? rebase(this.state()) : given;
		return inputs.length === 0
			? []
			: this.#appendOwn(
					decideAction(
						inputs.map(input =>
							input.run === undefined
								? input
								: {...input, run: runFromJournal(input.run, this.path)},
						),
					)(this.#now).events,
				);
	}

	addSignatures(signed: readonly AddedSignature[]): readonly DecideEvent[] {
		// What another session appended first: a decision it signed meanwhile is not signed twice.
		this.refresh();
		const all = signed.map(({decision, signature, run}) =>
			withRunRewritten(
				addedSignatureEvent(
					decision,
					signature,
					run === undefined ? undefined : runFromJournal(run, this.path),
				),
				this.path,
			),
		);
		const events = signaturesStillWanted(this.state(), all);
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
		return reports.length === 0
			? []
			: this.#appendOwn(clearAction(reports)(this.#now).events);
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
		this.#reader.readHistory();
		const at = this.#now().toISOString();
		// The state an undo restores may be an older line's, with the absolute run journals wrote before.
		const outcome = planUndo(this.#reader.fold, this.#own, at, accept, event =>
			withRunRewritten(event, this.path),
		);
		if (outcome.events.length > 0) {
			this.#append(outcome.events);
		}

		return outcome;
	}

	refresh(): boolean {
		const warningsBefore = this.#reader.warnings;
		const changed = this.#reader.refresh();
		const unreadable = unreadableLinesNotice(
			this.path,
			warningsBefore,
			this.#reader.warnings,
		);
		if (unreadable !== undefined) {
			this.#notices.push(unreadable);
		}

		return this.#saveLostAgain() || changed;
	}

	takeNotice(): JournalNotice | undefined {
		return this.#notices.shift();
	}

	unsavedLost(): number {
		try {
			this.refresh();
		} catch {
			// Still not written: counted below.
		}

		const before = this.#lostFrom;
		return before === undefined
			? 0
			: lostCount(lostDecisionEvents(before, this.state(), ''));
	}

	/** Read the whole file from scratch (open, or after it was replaced). */
	load(): void {
		this.#reader.load();
	}

	/** Write a new file holding only the header; keeps a file another process created first. */
	create(): void {
		// A link to no file yet is written through, as the shell's `>` does: a hard link to it was refused
		// (the name exists), and the first decision said the file "was removed while open".
		const target = creationPath(this.path);
		try {
			createWhole(target, Buffer.from(headerLine(this.#now())));
		} catch (error) {
			if (target === this.path || !(error instanceof JournalError)) {
				throw error;
			}

			throw new JournalError(
				error.code,
				this.path,
				undefined,
				`links to ${shownPath(target)}, which cannot be created: ${error.reason}`,
				{cause: error},
			);
		}

		this.load();
	}

	/**
	Decisions the file lost to another program (`#lostFrom`) appended again, as they were, as one action of this
	session's (`z` takes them out); whether any were. Throws, keeping them to save at the next refresh or action,
	when they cannot be written.
	*/
	#saveLostAgain(): boolean {
		const before = this.#lostFrom;
		if (before === undefined) {
			return false;
		}

		const lost = lostDecisionEvents(
			before,
			this.state(),
			this.#now().toISOString(),
		);
		this.#lostFrom = undefined;
		if (lost.length === 0) {
			return false;
		}

		const count = lostCount(lost);
		const decisions = count === 1 ? '1 decision' : `${count} decisions`;
		const group = newGroup();
		try {
			this.#appendOwn(asOneAction(lost.map(event => ({...event, group}))));
		} catch (error) {
			this.#lostFrom ??= before;
			const reason =
				error instanceof JournalError ? error.reason : String(error);
			throw new JournalError(
				'io',
				this.path,
				undefined,
				`was replaced by another program without ${decisions} shown here, which cannot be saved again yet: ${reason}`,
				{cause: error},
			);
		}

		this.#notices.push({
			message: `${this.path} was replaced by another program without ${decisions} shown here: saved them again (z takes them out)`,
			isProblem: false,
			isSavedAgain: true,
		});
		return true;
	}

	/** Append this session's action: `z` undoes it. */
	#appendOwn<Event extends JournalEvent>(events: Event[]): Event[] {
		this.#append(events);
		this.#own.add(events);
		return events;
	}

	/**
	One write of whole lines, then fsync, then fold in everything new (ours included). When the
	write landed after the seal of a compaction that is still running, that compaction does not
	carry it over: wait for its new file and append there again (`#whereSaved`).
	*/
	#append(events: readonly JournalEvent[]): void {
		if (!this.#reader.exists) {
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
					mendTornTail(this.path, this.#reader.identity, tail, this.#now)
				) {
					this.load();
				}

				// A file replaced since the last refresh: what it lost goes back after this action. When it cannot,
				// this action is saved all the same, and the next refresh says why they are not.
				try {
					this.#saveLostAgain();
				} catch {
					// Kept in #lostFrom: the next refresh saves them, or says why it cannot.
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
			const stat = fs.fstatSync(fd);
			checkModeWritable(stat, this.path);
			if (!this.#reader.isStillOurs(fd, stat)) {
				// Compacted (or replaced) since we read it: read it again, refusing a foreign file.
				this.#reader.loadDescriptor(fd);
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
			} else if (
				this.#reader.consumed === size &&
				this.#reader.endsInOpenAction
			) {
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
				this.#reader.consumed,
				this.#reader.lastSeal,
				firstLine,
			);
			this.#reader.readTo(fd, fs.fstatSync(fd).size);
			return seal === undefined ||
				isSavedAfterSeal(this.path, fd, seal, deadline)
				? torn
				: false;
		} finally {
			fs.closeSync(fd);
		}
	}
}
