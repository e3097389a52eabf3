/**
One report of the FAILURES or ERRORS section as the reader collects it (`failures.ts`): its traceback and
`Captured …` sections, written to a body store as they come or sealed into it, and read back when asked for.
*/
import {type BodyStore, emptyBody, type BodyHandle} from '../bodies.js';
import {escapedSectionLines, mayBeEscapedWrite} from './escaped-section.js';

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
	/** Its header came inside the entry before's `Captured …` part: it may be a line of that test's output (`headers.ts`). */
	isAfterCaptured = false;
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

	/**
	A line of its report: of the traceback, or of the captured section last started. A section's content pytest wrote
	whole with `unicode-escape` (an ASCII stdout) is the lines it stands for (`escaped-section.ts`).
	*/
	append(text: string): void {
		const lines = this.#isInCaptured ? escapedSectionLines(text) : undefined;
		for (const line of lines ?? [text]) {
			if (this.#mode === streaming) {
				this.#store!.appendLine(line);
			} else {
				(this.#captured!.at(-1)?.lines ?? this.#traceback!).push(line);
			}
		}
	}

	/** `append` for a line as UTF-8 bytes (only when `isStreamed`). */
	appendBytes(bytes: Uint8Array, start: number, end: number): void {
		if (this.#isInCaptured && mayBeEscapedWrite(bytes, start, end)) {
			this.append(Buffer.from(bytes.subarray(start, end)).toString('utf8'));
			return;
		}

		this.#store!.appendLineBytes(bytes, start, end);
	}

	/** Whether the lines go to a `Captured …` section. */
	get #isInCaptured(): boolean {
		return this.#mode === streaming
			? this.#openSection !== undefined
			: (this.#captured?.length ?? 0) > 0;
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

const workerLine = /^\n*\[(gw\d+)] \S+ -- Python /;

/**
The xdist worker whose report an entry is: pytest prints its line first (`[gw1] linux -- Python 3.11.2
/usr/bin/python3`); undefined without xdist. Only the traceback's start is read.
*/
export function workerOfEntry(entry: Entry): string | undefined {
	return workerLine.exec(entry.tracebackText.slice(0, 256))?.[1];
}
