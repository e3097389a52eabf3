/**
The FAILURES and ERRORS sections: each `____ title ____` header opens an entry that collects its traceback and `Captured …` sections, in every `--tb` mode (`--tb=line` entries have no header). Which test an entry belongs to is decided later, in `headers.ts`.
*/
import {isLineReport} from '../traceback.js';

export type EntryKind = 'failure' | 'setup' | 'teardown' | 'collect' | 'line';

export type Entry = {
	readonly kind: EntryKind;
	/** The header's title: `TestA.test_b[x]`, or the path for collection errors. */
	readonly name: string;
	readonly startLine: number;
	readonly traceback: string[];
	readonly captured: Array<{name: string; lines: string[]}>;
	/** For `--tb=line` entries: `path:line: message`. */
	lineText?: string;
};

const entryHeader = /^_+ (.+?) _+$/;
const dashTitle = /^-{3,} (.+?) -{3,}$/;

export class FailuresReader {
	/** Every entry in log order. */
	readonly entries: Entry[] = [];
	private current: Entry | undefined;
	private capturedTarget: string[] | undefined;
	private pendingXpassEcho: string | undefined;

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
		const isOwnOutput =
			header !== null &&
			this.capturedTarget !== undefined &&
			ruleWidth !== undefined &&
			text.length !== ruleWidth &&
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

			this.current = {
				kind,
				name,
				startLine: lineNumber,
				traceback: [],
				captured: [],
			};
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
		this.current = undefined;
		this.capturedTarget = undefined;
	}

	private newLineEntry(lineNumber: number): Entry {
		const entry: Entry = {
			kind: 'line',
			name: '',
			startLine: lineNumber,
			traceback: [],
			captured: [],
		};
		this.entries.push(entry);
		this.capturedTarget = undefined;
		return entry;
	}
}
