/**
The FAILURES and ERRORS sections: each `____ title ____` header opens an entry that collects its traceback and `Captured …` sections, in every `--tb` mode (`--tb=line` entries have no header). Which test an entry belongs to is decided later, in `headers.ts`.
*/
import {Buffer} from 'node:buffer';
import {BodyStore, emptyBody, type BodyHandle} from '../bodies.js';
import {isErrorLine, isLineReport} from '../traceback.js';
import {escapeExcess, type EscapedIds} from './escaped-ids.js';

/** `pdb`: the report `--pdb` prints before entering the debugger (`pdb-block.ts`), naming no test. */
export type EntryKind =
	'failure' | 'setup' | 'teardown' | 'collect' | 'line' | 'pdb';

/** A `Captured …` section of an entry, as collected. */
type CapturedLines = {name: string; lines: string[]};

/** Where an entry's lines go: collected as strings (`--tb=line`), written to its store, or sealed there. */
const collecting = 0;
const streaming = 1;
const isSealed = 2;

/**
One report of the FAILURES or ERRORS section. A header's entry writes its lines straight into the reader's
body store as they come (one stored text per part, not a string per line); a `--tb=line` entry, whose
report line can come after its captured output, collects them and is sealed into the store when it ends.
Either way the text is read back when asked for. 57,000 of them stay until the run is built: a sealed entry
keeps its traceback's place as numbers, and an object per captured section only when it has any.
*/
export class Entry {
	readonly kind: EntryKind;
	/** The header's title: `TestA.test_b[x]`, or the path for collection errors. */
	readonly name: string;
	readonly startLine: number;
	/** For `--tb=line` entries: `path:line: message`. */
	lineText?: string;
	#mode: number = collecting;
	/** The store its text is written to (streaming) or is in (sealed). */
	#store: BodyStore | undefined;
	/** A `--tb=line` entry's lines, until it is sealed. */
	#traceback: string[] | undefined;
	#captured: CapturedLines[] | undefined;
	/** The traceback's stored text and line count, once its part ended (`#tracebackLines` -1 before). */
	#tracebackOffset = 0;
	#tracebackLength = 0;
	#tracebackLines = -1;
	#capturedParts: Array<{name: string; part: SealedPart}> | undefined;
	/** The name of the captured section being written (undefined: the traceback). */
	#openSection: string | undefined;

	/** `store`: write the lines into it as they come (not for `--tb=line` entries). */
	constructor(
		kind: EntryKind,
		name: string,
		startLine: number,
		store?: BodyStore,
	) {
		this.kind = kind;
		this.name = name;
		this.startLine = startLine;
		if (store) {
			this.#store = store;
			this.#mode = streaming;
			store.beginText();
		} else {
			this.#traceback = [];
			this.#captured = [];
		}
	}

	/** Whether its lines go straight into the store (`appendBytes` may be used). */
	get isStreamed(): boolean {
		return this.#mode === streaming;
	}

	/** The traceback's lines (a new array each time once sealed). */
	get traceback(): string[] {
		if (this.#traceback) {
			return this.#traceback;
		}

		if (this.#tracebackLines === -1) {
			return openLines(this.#store!);
		}

		return this.#tracebackLines === 0
			? []
			: this.#store!.get(this.#tracebackHandle()).split('\n');
	}

	/** The traceback's lines joined with newlines (`traceback.join('\n')`, read once). */
	get tracebackText(): string {
		if (this.#traceback) {
			return this.#traceback.join('\n');
		}

		return this.#tracebackLines === -1
			? this.#store!.openText
			: this.#store!.get(this.#tracebackHandle());
	}

	/** The `Captured …` sections (new arrays each time once sealed). */
	get captured(): CapturedLines[] {
		if (this.#captured) {
			return this.#captured;
		}

		const store = this.#store!;
		const sections = (this.#capturedParts ?? []).map(section => ({
			name: section.name,
			lines: linesFrom({store}, section.part),
		}));
		if (this.#openSection !== undefined) {
			sections.push({name: this.#openSection, lines: openLines(store)});
		}

		return sections;
	}

	/** Where the sealed text is: the store, and each part's handle and line count (made when asked for). */
	get sealed(): SealedEntry | undefined {
		if (this.#mode !== isSealed) {
			return undefined;
		}

		return {
			store: this.#store!,
			traceback: {text: this.#tracebackHandle(), lines: this.#tracebackLines},
			captured: this.#capturedParts ?? noParts,
		};
	}

	/** A line of its report: of the traceback, or of the captured section last started. */
	append(text: string): void {
		if (this.#mode === streaming) {
			this.#store!.appendLine(text);
		} else {
			(this.#captured!.at(-1)?.lines ?? this.#traceback!).push(text);
		}
	}

	/** `append` for a line as UTF-8 bytes (only when `isStreamed`). */
	appendBytes(bytes: Uint8Array, start: number, end: number): void {
		this.#store!.appendLineBytes(bytes, start, end);
	}

	/** A `Captured …` section starts: the next lines are its. */
	startCaptured(name: string): void {
		if (this.#mode === streaming) {
			this.#endPart();
			this.#openSection = name;
			this.#store!.beginText();
		} else {
			this.#captured!.push({name, lines: []});
		}
	}

	/** The entry is complete: its lines are in `store` (the one it was given, if any). */
	seal(store: BodyStore): void {
		if (this.#mode === isSealed) {
			return;
		}

		if (this.#mode === streaming) {
			this.#endPart();
			this.#mode = isSealed;
			return;
		}

		if (!this.#traceback || !this.#captured) {
			return;
		}

		this.#store = store;
		this.#mode = isSealed;
		this.#setTraceback(partOf(store, this.#traceback));
		if (this.#captured.length > 0) {
			this.#capturedParts = this.#captured.map(section => ({
				name: section.name,
				part: partOf(store, section.lines),
			}));
		}

		this.#traceback = undefined;
		this.#captured = undefined;
	}

	#tracebackHandle(): BodyHandle {
		return this.#tracebackLength === 0
			? emptyBody
			: {offset: this.#tracebackOffset, length: this.#tracebackLength};
	}

	#setTraceback(part: SealedPart): void {
		this.#tracebackOffset = part.text.offset;
		this.#tracebackLength = part.text.length;
		this.#tracebackLines = part.lines;
	}

	/** The part being written ends. */
	#endPart(): void {
		const part = this.#store!.endText();
		if (this.#tracebackLines === -1) {
			this.#setTraceback(part);
		} else {
			const section = {name: this.#openSection!, part};
			// Most entries have one section at most: an array of one, not of a default capacity.
			if (this.#capturedParts) {
				this.#capturedParts.push(section);
			} else {
				this.#capturedParts = [section];
			}
		}

		this.#openSection = undefined;
	}
}

const noParts: SealedEntry['captured'] = [];

/** A part of a sealed entry: its stored text and how many lines it had (none and one empty line differ). */
export type SealedPart = {
	readonly text: BodyHandle;
	readonly lines: number;
};

export type SealedEntry = {
	readonly store: BodyStore;
	readonly traceback: SealedPart;
	readonly captured: ReadonlyArray<{
		readonly name: string;
		readonly part: SealedPart;
	}>;
};

function partOf(store: BodyStore, lines: readonly string[]): SealedPart {
	return {text: store.add(lines.join('\n')), lines: lines.length};
}

function linesFrom(
	sealed: Pick<SealedEntry, 'store'>,
	part: SealedPart,
): string[] {
	return part.lines === 0 ? [] : sealed.store.get(part.text).split('\n');
}

function openLines(store: BodyStore): string[] {
	return store.openLines === 0 ? [] : store.openText.split('\n');
}

const entryHeader = /^_+ (.+?) _+$/;
const dashTitle = /^-{3,} (.+?) -{3,}$/;

export class FailuresReader {
	/** Every entry in log order. */
	readonly entries: Entry[] = [];
	/** Where finished entries keep their text. */
	readonly bodies = new BodyStore();
	private current: Entry | undefined;
	/** Whether the open entry's lines go to a `Captured …` section (the test's own output). */
	private inCaptured = false;
	private pendingXpassEcho: string | undefined;
	/** The last `Captured …` section's name. */
	private capturedName: string | undefined;
	/** A `--tb=line` report line read inside captured output, until the next line says whether it ends the entry. */
	private pendingReport: string | undefined;
	private readonly escapes: EscapedIds | undefined;

	/** `escapes`: told of headers whose titles hold escapes. */
	constructor(escapes?: EscapedIds) {
		this.escapes = escapes;
	}

	/** Whether the open entry's lines go to a `Captured …` section (the test's own output). */
	get isInCaptured(): boolean {
		return this.inCaptured;
	}

	/** Whether an entry is open: its lines (a `====` banner too) are the test's report. */
	get isInEntry(): boolean {
		return this.current !== undefined;
	}

	/** A line of the FAILURES or ERRORS section. `ruleWidth`: the length of pytest's first `===` rule (the terminal width), once seen. */
	line(
		text: string,
		lineNumber: number,
		section: 'errors' | 'failures',
		ruleWidth: number | undefined,
	): void {
		if (this.pendingReport !== undefined) {
			this.settlePendingReport(text);
		}

		const header =
			text.charCodeAt(0) === 95 /* _ */ ? entryHeader.exec(text) : null;
		// A header is as wide as the terminal (an id printed with escapes runs past it by what they add).
		const isOwnOutput =
			header !== null &&
			this.inCaptured &&
			ruleWidth !== undefined &&
			text.length !== ruleWidth &&
			text.length - escapeExcess(header[1]!) !== ruleWidth &&
			header[1]!.length + 4 <= ruleWidth;
		if (header && !isOwnOutput && !/^[_ ]*$/.test(header[1]!)) {
			this.finishEntry();
			const title = header[1]!;
			let kind: EntryKind = 'failure';
			let name = title;
			const error = /^ERROR (at setup of|at teardown of|collecting) (.+)$/.exec(
				title,
			);
			if (error) {
				kind =
					error[1] === 'collecting'
						? 'collect'
						: error[1] === 'at setup of'
							? 'setup'
							: 'teardown';
				// pytest 7 heads the collection error of a node with an empty id (the session: a conftest.py below
				// the rootdir that fails to import) `test session`; the short summary says `ERROR  - …`.
				name =
					error[2] === 'test session' && kind === 'collect' ? '' : error[2]!;
			} else if (section === 'errors') {
				kind = 'setup';
			}

			this.escapes?.observeHeader(name, title, text);
			this.current = new Entry(kind, name, lineNumber, this.bodies);
			this.inCaptured = false;
			this.entries.push(this.current);
			return;
		}

		if (text.charCodeAt(0) === 45 /* - */) {
			const dash = dashTitle.exec(text);
			if (dash) {
				const title = dash[1]!;
				if (this.current && title.startsWith('Captured ')) {
					// One string for the section names entries repeat (`Captured log call`), not a slice of each
					// title line, which would keep the whole line.
					if (title !== this.capturedName) {
						this.capturedName = Buffer.from(title).toString();
					}

					this.current.startCaptured(this.capturedName);
					this.inCaptured = true;
					return;
				}

				if (
					title.startsWith('generated xml file') ||
					title.startsWith('generated report log file')
				) {
					this.finishEntry();
					return;
				}
			}
		}

		if (
			section === 'failures' &&
			(!this.current || this.current.kind === 'line')
		) {
			// --tb=line: no headers. pytest 7 prints one `path:line: message` per failure; pytest 9 prints
			// the E lines and captured output first and ends the entry with that line.
			const isXpassStrict = text.startsWith('[XPASS(strict)]');
			if (isXpassStrict && !this.current && this.pendingXpassEcho === text) {
				// pytest prints a strict XPASS's reason twice.
				this.pendingXpassEcho = undefined;
				return;
			}

			if (isXpassStrict || isLineReport(text)) {
				if (this.current && this.inCaptured && !isXpassStrict) {
					// pytest 9 ends an entry's captured output with its report line, but the output may hold
					// lines of that form too (a warning a subprocess printed): the next line tells.
					this.pendingReport = text;
					return;
				}

				this.endLineEntry(text, lineNumber);
				this.pendingXpassEcho = isXpassStrict ? text : undefined;
				return;
			}

			this.current ??= this.newLineEntry(lineNumber);
		}

		if (!this.current) {
			return;
		}

		this.appendToEntry(text);
	}

	/** A line of the open entry's report (nothing when none is open). */
	appendToEntry(text: string): void {
		if (this.pendingReport !== undefined) {
			this.settlePendingReport(text);
		}

		if (!this.current) {
			return;
		}

		this.current.append(text);
	}

	/**
	Whether a plain line of the section, as bytes, may go to the open entry's report by `appendBytes`: an entry
	with a header is open (a `--tb=line` entry reads each line). The caller rules out structure (`_`, `-`, …).
	*/
	get takesBytes(): boolean {
		return this.current?.isStreamed === true;
	}

	/** `appendToEntry` for a line as UTF-8 bytes, when `takesBytes`. */
	appendBytes(bytes: Uint8Array, start: number, end: number): void {
		this.current!.appendBytes(bytes, start, end);
	}

	/** An entry with no header opens (`--pdb`'s report): the next lines are its report. */
	openEntry(kind: EntryKind, lineNumber: number): void {
		this.finishEntry();
		this.current = new Entry(kind, '', lineNumber, this.bodies);
		this.entries.push(this.current);
	}

	/** The open entry ends: the next lines are not its report. */
	finishEntry(): void {
		if (this.pendingReport !== undefined) {
			const report = this.pendingReport;
			this.pendingReport = undefined;
			this.endLineEntry(report, this.current!.startLine);
			return;
		}

		this.current?.seal(this.bodies);
		this.current = undefined;
		this.inCaptured = false;
	}

	/** A `--tb=line` entry's report line: the entry (a new one when none is open) is complete. */
	private endLineEntry(report: string, lineNumber: number): void {
		const entry = this.current ?? this.newLineEntry(lineNumber);
		entry.traceback.push(report);
		entry.lineText = report;
		this.finishEntry();
	}

	/**
	With a report line held back from a `--tb=line` entry's captured output: it was the report when the next
	line starts another entry (`E` lines, `[XPASS(strict)]`, a header) or ends the section; else it was output.
	*/
	private settlePendingReport(text: string): void {
		const report = this.pendingReport!;
		this.pendingReport = undefined;
		if (
			isErrorLine(text) ||
			text.startsWith('[XPASS(strict)]') ||
			entryHeader.test(text) ||
			/^-{3,} generated (?:xml|report log) file/.test(text)
		) {
			this.endLineEntry(report, this.current!.startLine);
		} else {
			this.current!.append(report);
		}
	}

	private newLineEntry(lineNumber: number): Entry {
		const entry = new Entry('line', '', lineNumber);
		this.entries.push(entry);
		this.inCaptured = false;
		return entry;
	}
}
