/**
The FAILURES and ERRORS sections: each `____ title ____` header opens an entry (`failure-entry.ts`) that collects its traceback and `Captured …` sections, in every `--tb` mode (`--tb=line` entries have no header). Which test an entry belongs to is decided later, in `headers.ts`.
*/
import {Buffer} from 'node:buffer';
import {BodyStore} from '../bodies.js';
import {isLineReport} from '../traceback.js';
import type {EscapedIds} from './escaped-ids.js';
import {Entry, type EntryKind} from './failure-entry.js';
import type {Preamble} from './preamble.js';
import {
	cutDoctestReport,
	cutLength,
	cutLines,
	doctestLocation,
	doctestSourceLine,
	echoedReportStart,
	endsCutDoctest,
	entryHeaderTitle,
	entryOfTitle,
	generatedFile,
	isCutReport,
	isReportSection,
	isWideHeader,
	numberOf,
	reportStart,
	cutsDoctestsOf,
	isBareLocation,
	isHeldReport,
	withDoctestSpace,
} from './failure-shapes.js';

const dashTitle = /^-{3,} (.+?) -{3,}$/;

export {cutDoctestReport, entryHeaderTitle} from './failure-shapes.js';

export class FailuresReader {
	/** Every entry in log order. */
	readonly entries: Entry[] = [];
	/** Where finished entries keep their text. */
	readonly bodies = new BodyStore();
	private current: Entry | undefined;
	/** Whether the open entry's lines go to a `Captured …` section (the test's own output). */
	private inCaptured = false;
	private pendingXpassEcho: string | undefined;
	/** Whether every header read so far was as wide as pytest's rules, as pytest prints them. */
	private headersAreWide = true;
	/** The last `Captured …` section's name. */
	private capturedName: string | undefined;
	/** A `--tb=line` report line held back (`isHeldReport`) until the next line says whether it ends the entry. */
	private pendingReport: {text: string; isLocation: boolean} | undefined;
	private readonly escapes: EscapedIds | undefined;
	/**
	The characters read of a `--tb=line` entry that started as a doctest's report: pytest 7 prints only its first 50
	(over several lines), pytest 9 all of it and its location line.
	*/
	private doctestChars: number | undefined;
	/** The number of the last whole numbered line of those characters. */
	private doctestNumber = 0;
	/** pytest 9 prints a doctest's whole report, its location line, then those 50 characters again: skipped. */
	private doctestEcho: number | undefined;
	/**
	Lines left of pytest 9's echo of a report with no crash location (`contains 1 failed subtest`): it prints the report,
	then its first 50 characters again as the report's line.
	*/
	private echoLines: number | undefined;
	/**
	pytest 7's `--tb=line`: the characters read of a report with no crash location (a non-Python item's), which it
	prints as `str(longrepr)[:50]`, over lines when it holds newlines.
	*/
	private cutChars: number | undefined;
	/**
	The `generated xml file` line (junitxml's terminal summary) was read: the reports are over, and a line with no
	header after it is another plugin's summary (pytest-benchmark's table), not a `--tb=line` report.
	*/
	private isPastReports = false;
	/** With no header: a cut report (`isCutReport`) showed pytest 7's `--tb=line`. */
	private isCutSeen = false;
	/** The last `--tb=line` entry ended with a doctest's location line (`shop.py:3: DocTestFailure`). */
	private afterDoctestLocation = false;
	/** A doctest's location line ended the open entry: its echo follows, or its next failing example's report. */
	private heldDoctest = false;

	/** The session's header, as read so far: its pytest version says how `--tb=line` prints a doctest's report. */
	private readonly header: Preamble | undefined;

	/** `escapes`: told of headers whose titles hold escapes. */
	constructor(escapes?: EscapedIds, header?: Preamble) {
		this.escapes = escapes;
		this.header = header;
	}

	/** Whether `--tb=line` prints a doctest's report cut at 50 characters (`cutsDoctestsOf`). */
	private get cutsDoctests(): boolean | undefined {
		return cutsDoctestsOf(this.header?.pytest, this.isCutSeen);
	}

	/** Whether the open entry's lines go to a `Captured …` section (the test's own output). */
	get isInCaptured(): boolean {
		return this.inCaptured;
	}

	/** Whether a `--tb=line` entry is open: pytest 9 ends it with its report line, after its `Captured …` parts. */
	get isInLineEntry(): boolean {
		return this.current?.kind === 'line';
	}

	/** Whether an entry is open: its lines (a `====` banner too) are the test's report. */
	get isInEntry(): boolean {
		return this.current !== undefined;
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
				(this.current === undefined ||
					this.doctestChars !== undefined ||
					this.doctestEcho !== undefined ||
					this.heldDoctest),
		);
		if (this.pendingReport !== undefined) {
			this.settlePendingReport(text);
		}

		const title = entryHeaderTitle(text);
		// A header is as wide as the terminal (an id printed with escapes runs past it by what they add). Inside an
		// entry, a narrower or wider one is the report's own text: a test's output, or a message pytest prints as it
		// is (`pytest.fail(…, pytrace=False)`, a plugin's text report, `--tb=native`) holding another tool's headers;
		// outside a `Captured …` part only while the log's headers so far were as wide (not a log written by hand).
		const isWide = title !== undefined && isWideHeader(text, title, ruleWidth);
		const isOwnOutput =
			title !== undefined &&
			!isWide &&
			(this.inCaptured || (this.current !== undefined && this.headersAreWide));
		if (title !== undefined && !isOwnOutput) {
			this.headersAreWide &&= isWide;
			this.finishEntry();
			const {kind, name} = entryOfTitle(title, section);
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
				if (
					this.current &&
					isReportSection(text, title, ruleWidth, this.current)
				) {
					// One string for the section names entries repeat (`Captured log call`), not a slice of each
					// title line, which would keep the whole line.
					if (title !== this.capturedName) {
						this.capturedName = Buffer.from(title).toString();
					}

					this.current.startCaptured(this.capturedName);
					this.inCaptured = true;
					return;
				}

				if (generatedFile.test(text)) {
					this.finishEntry();
					this.isPastReports = true;
					return;
				}
			}
		}

		if (
			section === 'failures' &&
			!this.isPastReports &&
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

			// The echo's last line ends at its 50th character; a line past it is the next report's, where a copy of the
			// log trimmed the spaces that ended the echo.
			if (
				this.doctestEcho !== undefined &&
				this.doctestEcho + 1 + text.length <= cutLength
			) {
				this.doctestEcho += 1 + text.length;
				this.doctestEcho =
					this.doctestEcho < cutLength ? this.doctestEcho : undefined;
				return;
			}

			this.doctestEcho = undefined;

			if (this.echoLines !== undefined) {
				this.skipEchoLine();
				return;
			}

			const isReportStart =
				isXpassStrict || text === 'None' || isLineReport(text);
			if (
				this.current?.kind === 'line' &&
				this.cutsDoctests === undefined &&
				!this.inCaptured &&
				isCutReport(this.current.traceback, text, isReportStart)
			) {
				// pytest 7, which no header said: the entry was a cut report, and the next ones are; a doctest's cut ends
				// as one (`endCutEntry`).
				this.isCutSeen = true;
				this.cutChars = this.doctestChars === undefined ? cutLength : undefined;
				this.finishEntry();
			}

			if (this.cutChars !== undefined) {
				if (this.cutChars < cutLength && !isReportStart) {
					this.cutChars += 1 + text.length;
					this.current!.append(text);
					return;
				}

				this.finishEntry();
			}

			if (this.heldDoctest) {
				// The report's own first line: after xdist's `[gw0] linux -- Python …`, which the echo leaves out.
				const {traceback} = this.current!;
				const first = traceback[reportStart(traceback)];
				if (
					doctestSourceLine.test(text) &&
					// The echo, where a copy of the log may have trimmed the spaces that ended it.
					text.trimEnd() !== first?.slice(0, cutLength).trimEnd()
				) {
					this.heldDoctest = false;
					this.current!.append(text);
					return;
				}

				this.finishEntry();
				this.afterDoctestLocation = true;
			}

			if (
				!this.current &&
				this.cutsDoctests === true &&
				!isReportStart &&
				!doctestSourceLine.test(text) &&
				!generatedFile.test(text)
			) {
				// pytest 7 prints one line per report: a line that is none starts a report with no location.
				this.current = this.newLineEntry(lineNumber);
				this.current.append(text);
				this.cutChars = text.length;
				return;
			}

			const echoed =
				this.current && this.doctestChars === undefined
					? echoedReportStart(this.current.traceback, text)
					: -1;
			if (echoed !== -1) {
				// A report with no crash location (xdist's crashed worker), then its first 50 characters: it ends.
				const shown = cutLines(this.current!.traceback, echoed);
				this.endEchoedEntry(this.current!.traceback[echoed]!);
				this.echoLines = shown > 1 ? shown - 1 : undefined;
				return;
			}

			if (
				!this.current &&
				this.afterDoctestLocation &&
				doctestSourceLine.test(text)
			) {
				this.afterDoctestLocation = false;
				this.doctestEcho = text.length;
				if (this.doctestEcho >= cutLength) {
					this.doctestEcho = undefined;
				}

				return;
			}

			this.afterDoctestLocation = false;
			if (this.current && this.doctestChars !== undefined) {
				if (
					this.doctestChars < cutLength &&
					// A copy of the log may have trimmed the spaces that ended the 50: another report can start before.
					!endsCutDoctest(text, undefined, this.doctestNumber)
				) {
					this.doctestChars += 1 + text.length;
					this.doctestNumber = numberOf(text) ?? this.doctestNumber;
					this.current.append(text);
					return;
				}

				this.doctestChars = undefined;
				if (endsCutDoctest(text, this.cutsDoctests, this.doctestNumber)) {
					// 50 characters, then the next report: pytest 7 printed the doctest's report cut there.
					this.endCutEntry();
				}
			}

			if (
				!this.current &&
				doctestSourceLine.test(text) &&
				this.cutsDoctests !== false
			) {
				this.current = this.newLineEntry(lineNumber);
				this.doctestChars = text.length;
				this.doctestNumber = numberOf(text) ?? 0;
				this.current.append(text);
				return;
			}

			// pytest 7.2 prints `None` for a report with no crash location (`pytest.fail(pytrace=False)`).
			const isNone = text === 'None' && !this.current;
			if (isXpassStrict || isNone || isLineReport(text)) {
				if (this.current && this.inCaptured && !isXpassStrict) {
					// pytest 9 ends an entry's captured output with its report line, but the output may hold
					// lines of that form too (a warning a subprocess printed): the next line tells.
					this.pendingReport = {text, isLocation: false};
					return;
				}

				if (this.cutsDoctests !== true && doctestLocation.test(text)) {
					this.holdDoctestEntry(text, lineNumber);
					return;
				}

				if (
					this.current &&
					this.cutsDoctests !== true &&
					isBareLocation(text)
				) {
					this.pendingReport = {text, isLocation: true};
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

		if (this.echoLines !== undefined) {
			this.skipEchoLine();
			return;
		}

		// A blank line of a doctest's report (or of its echo) is one character of the 50 pytest 7 prints.
		if (this.doctestEcho !== undefined) {
			this.doctestEcho += 1;
			this.doctestEcho =
				this.doctestEcho < cutLength ? this.doctestEcho : undefined;
			return;
		}

		if (this.doctestChars !== undefined) {
			this.doctestChars += 1;
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
		this.heldDoctest = false;
		if (this.cutChars !== undefined) {
			this.cutChars = undefined;
			this.endEchoedEntry(this.current!.traceback[0]!);
			return;
		}

		if (this.doctestChars !== undefined) {
			this.doctestChars = undefined;
			this.endCutEntry();
			return;
		}

		if (this.pendingReport !== undefined) {
			const report = this.pendingReport.text;
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
		this.doctestChars = undefined;
		this.finishEntry();
		this.afterDoctestLocation = doctestLocation.test(report);
	}

	/** A doctest's location line ends its report, which stays open for what the next line says (`heldDoctest`). */
	private holdDoctestEntry(report: string, lineNumber: number): void {
		this.current ??= this.newLineEntry(lineNumber);
		this.current.traceback.push(report);
		this.current.lineText = report;
		this.doctestChars = undefined;
		this.heldDoctest = true;
	}

	/** With a report line held back from a `--tb=line` entry (`isHeldReport`): the next line says what it was. */
	private settlePendingReport(text: string): void {
		const {text: report, isLocation} = this.pendingReport!;
		this.pendingReport = undefined;
		if (isHeldReport(report, text, isLocation, this.current!.traceback)) {
			this.endLineEntry(report, this.current!.startLine);
		} else {
			this.current!.append(report);
		}
	}

	private skipEchoLine(): void {
		this.echoLines! -= 1;
		if (this.echoLines! <= 0) {
			this.echoLines = undefined;
		}
	}

	/** A report with no crash location that pytest 9 echoed: its first line is its line. */
	private endEchoedEntry(first: string): void {
		this.current!.lineText = first;
		this.current?.seal(this.bodies);
		this.current = undefined;
		this.inCaptured = false;
	}

	/** A doctest's report as pytest 7's `--tb=line` cuts it: an entry with no location, a doctest failure's. */
	private endCutEntry(): void {
		this.endEchoedEntry(cutDoctestReport);
	}

	private newLineEntry(lineNumber: number): Entry {
		const entry = new Entry('line', '', lineNumber);
		this.entries.push(entry);
		this.inCaptured = false;
		return entry;
	}
}
