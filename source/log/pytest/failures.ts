/**
The FAILURES and ERRORS sections: each `____ title ____` header opens an entry (`failure-entry.ts`) that collects its traceback and `Captured …` sections, in every `--tb` mode (`--tb=line` entries have no header: `tb-line-reports.ts`). Which test an entry belongs to is decided later, in `headers.ts`.
*/
import {Buffer} from 'node:buffer';
import type {BodyStore} from '../bodies.js';
import type {EscapedIds} from './escaped-ids.js';
import type {Entry, EntryKind} from './failure-entry.js';
import type {Preamble} from './preamble.js';
import {
	entryHeaderTitle,
	entryOfTitle,
	generatedFile,
	isReportSection,
	isWideHeader,
	withDoctestSpace,
} from './failure-shapes.js';
import {EntryCursor} from './entry-cursor.js';
import {TbLineReports} from './tb-line-reports.js';

const dashTitle = /^-{3,} (.+?) -{3,}$/;
/** An error's entry header (`entryOfTitle`). */
const errorTitle = /^ERROR (?:at setup of|at teardown of|collecting) /;

export {cutDoctestReport, entryHeaderTitle} from './failure-shapes.js';

export class FailuresReader {
	/** The entries read and the one open (`entry-cursor.ts`). */
	private readonly cursor = new EntryCursor();
	/** Whether every header read so far was as wide as pytest's rules, as pytest prints them. */
	private headersAreWide = true;
	/** The last `Captured …` section's name. */
	private capturedName: string | undefined;
	private readonly escapes: EscapedIds | undefined;
	/** `--tb=line`'s entries (`tb-line-reports.ts`). */
	private readonly lineReports: TbLineReports;
	/**
	The `generated xml file` line (junitxml's terminal summary) was read: the reports are over, and a line with no
	header after it is another plugin's summary (pytest-benchmark's table), not a `--tb=line` report.
	*/
	#isPastReports = false;

	/** `escapes`: told of headers whose titles hold escapes; `header`: the session's, as read so far. */
	constructor(escapes?: EscapedIds, header?: Preamble) {
		this.escapes = escapes;
		this.lineReports = new TbLineReports(this.cursor, header);
	}

	/** The entries read are another process's, which a forked child's replace (`forked-child.ts`): forgotten. */
	forget(): void {
		this.cursor.seal();
		this.cursor.entries.length = 0;
		this.headersAreWide = true;
		this.capturedName = undefined;
		this.#isPastReports = false;
	}

	/** Whether the `generated xml file` line was read after the reports: pytest's terminal summary had begun. */
	get isPastReports(): boolean {
		return this.#isPastReports;
	}

	/** Every entry in log order. */
	get entries(): Entry[] {
		return this.cursor.entries;
	}

	/** Where finished entries keep their text. */
	get bodies(): BodyStore {
		return this.cursor.bodies;
	}

	/** Whether the open entry's lines go to a `Captured …` section (the test's own output). */
	get isInCaptured(): boolean {
		return this.cursor.inCaptured;
	}

	/** Whether a `--tb=line` entry is open: pytest 9 ends it with its report line, after its `Captured …` parts. */
	get isInLineEntry(): boolean {
		return this.cursor.current?.kind === 'line';
	}

	/** Whether an entry is open: its lines (a `====` banner too) are the test's report. */
	get isInEntry(): boolean {
		return this.cursor.current !== undefined;
	}

	/** A line of the FAILURES or ERRORS section. `ruleWidth`: the length of pytest's first `===` rule (the terminal width), once seen. */
	line(
		raw: string,
		lineNumber: number,
		section: 'errors' | 'failures',
		ruleWidth: number | undefined,
	): void {
		const text = withDoctestSpace(
			raw,
			section === 'failures' &&
				(this.cursor.current === undefined || this.lineReports.isInDoctest),
		);
		this.lineReports.settlePending(text);

		const title = entryHeaderTitle(text);
		// A header is as wide as the terminal (an id printed with escapes runs past it by what they add). Inside an
		// entry, a narrower or wider one is the report's own text: a test's output, or a message pytest prints as it
		// is (`pytest.fail(…, pytrace=False)`, a plugin's text report, `--tb=native`) holding another tool's headers;
		// outside a `Captured …` part only while the log's headers so far were as wide (not a log written by hand).
		const isWide = title !== undefined && isWideHeader(text, title, ruleWidth);
		const isOwnOutput =
			title !== undefined &&
			((!isWide &&
				(this.cursor.inCaptured ||
					(this.cursor.current !== undefined && this.headersAreWide))) ||
				// pytest heads an error's entry `ERROR at setup of …` in ERRORS only: in FAILURES, one in a test's
				// captured output is the test's (a pytest log it echoed), however wide.
				(section === 'failures' &&
					this.cursor.inCaptured &&
					errorTitle.test(title)));
		if (title !== undefined && !isOwnOutput) {
			this.headersAreWide &&= isWide;
			const isAfterCaptured = this.cursor.inCaptured;
			this.finishEntry();
			const {kind, name} = entryOfTitle(title, section);
			this.escapes?.observeHeader(name, title, text);
			this.cursor.open(kind, name, lineNumber).isAfterCaptured =
				isAfterCaptured;
			return;
		}

		if (text.charCodeAt(0) === 45 /* - */) {
			const dash = dashTitle.exec(text);
			if (dash) {
				const title = dash[1]!;
				if (
					this.cursor.current &&
					isReportSection(text, title, ruleWidth, this.cursor.current)
				) {
					// One string for the section names entries repeat (`Captured log call`), not a slice of each
					// title line, which would keep the whole line.
					if (title !== this.capturedName) {
						this.capturedName = Buffer.from(title).toString();
					}

					this.cursor.current.startCaptured(this.capturedName);
					this.cursor.inCaptured = true;
					return;
				}
			}

			// A path as long as the line leaves the rule one dash a side (`- generated xml file: /long/run.xml -`).
			if (generatedFile.test(text)) {
				this.finishEntry();
				this.#isPastReports = true;
				return;
			}
		}

		if (
			section === 'failures' &&
			!this.#isPastReports &&
			(!this.cursor.current || this.cursor.current.kind === 'line') &&
			this.lineReports.line(text, lineNumber)
		) {
			return;
		}

		if (!this.cursor.current) {
			return;
		}

		this.appendToEntry(text);
	}

	/** A line of the open entry's report (nothing when none is open). */
	appendToEntry(text: string): void {
		if (this.lineReports.append(text)) {
			return;
		}

		this.cursor.current?.append(text);
	}

	/**
	Whether a plain line of the section, as bytes, may go to the open entry's report by `appendBytes`: an entry
	with a header is open (a `--tb=line` entry reads each line). The caller rules out structure (`_`, `-`, …).
	*/
	get takesBytes(): boolean {
		return this.cursor.current?.isStreamed === true;
	}

	/** `appendToEntry` for a line as UTF-8 bytes, when `takesBytes`. */
	appendBytes(bytes: Uint8Array, start: number, end: number): void {
		this.cursor.current!.appendBytes(bytes, start, end);
	}

	/** An entry with no header opens (`--pdb`'s report): the next lines are its report. */
	openEntry(kind: EntryKind, lineNumber: number): void {
		this.finishEntry();
		this.cursor.open(kind, '', lineNumber);
	}

	/** The open entry ends: the next lines are not its report. */
	finishEntry(): void {
		this.lineReports.finish();
	}
}
