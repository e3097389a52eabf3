/**
The FAILURES and ERRORS sections: each `____ title ____` header opens an entry that collects its traceback and `Captured …` sections, in every `--tb` mode (`--tb=line` entries have no header). Which test an entry belongs to is decided later, in `headers.ts`.
*/
import {BodyStore, type BodyHandle} from '../bodies.js';
import {isLineReport} from '../traceback.js';
import {escapeExcess, type EscapedIds} from './escaped-ids.js';

export type EntryKind = 'failure' | 'setup' | 'teardown' | 'collect' | 'line';

/** A `Captured …` section of an entry, as collected. */
type CapturedLines = {name: string; lines: string[]};

/**
One report of the FAILURES or ERRORS section. Its lines are collected while it is open; once it ends they
are sealed into the reader's body store (one stored text per part, not a string per line), and read
back when asked for.
*/
export class Entry {
	readonly kind: EntryKind;
	/** The header's title: `TestA.test_b[x]`, or the path for collection errors. */
	readonly name: string;
	readonly startLine: number;
	/** For `--tb=line` entries: `path:line: message`. */
	lineText?: string;
	#traceback: string[] | undefined = [];
	#captured: CapturedLines[] | undefined = [];
	#sealed: SealedEntry | undefined;

	constructor(kind: EntryKind, name: string, startLine: number) {
		this.kind = kind;
		this.name = name;
		this.startLine = startLine;
	}

	/** The traceback's lines (a new array each time once sealed). */
	get traceback(): string[] {
		return this.#traceback ?? linesFrom(this.#sealed!, this.#sealed!.traceback);
	}

	/** The `Captured …` sections (new arrays each time once sealed). */
	get captured(): CapturedLines[] {
		if (this.#captured) {
			return this.#captured;
		}

		const sealed = this.#sealed!;
		return sealed.captured.map(section => ({
			name: section.name,
			lines: linesFrom(sealed, section.part),
		}));
	}

	/** Where the sealed text is: the store, and each part's handle and line count. */
	get sealed(): SealedEntry | undefined {
		return this.#sealed;
	}

	/** The entry is complete: its lines move into `store`. */
	seal(store: BodyStore): void {
		if (this.#sealed || !this.#traceback || !this.#captured) {
			return;
		}

		this.#sealed = {
			store,
			traceback: partOf(store, this.#traceback),
			captured: this.#captured.map(section => ({
				name: section.name,
				part: partOf(store, section.lines),
			})),
		};
		this.#traceback = undefined;
		this.#captured = undefined;
	}
}

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

function linesFrom(sealed: SealedEntry, part: SealedPart): string[] {
	return part.lines === 0 ? [] : sealed.store.get(part.text).split('\n');
}

const entryHeader = /^_+ (.+?) _+$/;
const dashTitle = /^-{3,} (.+?) -{3,}$/;

export class FailuresReader {
	/** Every entry in log order. */
	readonly entries: Entry[] = [];
	/** Where finished entries keep their text. */
	readonly bodies = new BodyStore();
	private current: Entry | undefined;
	private capturedTarget: string[] | undefined;
	private pendingXpassEcho: string | undefined;
	private readonly escapes: EscapedIds | undefined;

	/** `escapes`: told of headers whose titles hold escapes. */
	constructor(escapes?: EscapedIds) {
		this.escapes = escapes;
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
		const header =
			text.charCodeAt(0) === 95 /* _ */ ? entryHeader.exec(text) : null;
		// A header is as wide as the terminal (an id printed with escapes runs past it by what they add).
		const isOwnOutput =
			header !== null &&
			this.capturedTarget !== undefined &&
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
				name = error[2]!;
			} else if (section === 'errors') {
				kind = 'setup';
			}

			this.escapes?.observeHeader(name, title, text);
			this.current = new Entry(kind, name, lineNumber);
			this.capturedTarget = undefined;
			this.entries.push(this.current);
			return;
		}

		if (text.charCodeAt(0) === 45 /* - */) {
			const dash = dashTitle.exec(text);
			if (dash) {
				const title = dash[1]!;
				if (this.current && title.startsWith('Captured ')) {
					const lines: string[] = [];
					this.current.captured.push({name: title, lines});
					this.capturedTarget = lines;
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
				const entry = this.current ?? this.newLineEntry(lineNumber);
				entry.traceback.push(text);
				entry.lineText = text;
				this.pendingXpassEcho = isXpassStrict ? text : undefined;
				this.finishEntry();
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
		if (!this.current) {
			return;
		}

		(this.capturedTarget ?? this.current.traceback).push(text);
	}

	/** The open entry ends: the next lines are not its report. */
	finishEntry(): void {
		this.current?.seal(this.bodies);
		this.current = undefined;
		this.capturedTarget = undefined;
	}

	private newLineEntry(lineNumber: number): Entry {
		const entry = new Entry('line', '', lineNumber);
		this.entries.push(entry);
		this.capturedTarget = undefined;
		return entry;
	}
}
