/**
`--tb=line`'s FAILURES: no headers. pytest 7 prints one `path:line: message` per failure; pytest 9 prints the `E` lines
and captured output first and ends the entry with that line. Reports with no crash location, doctests' reports (cut at
50 characters by pytest 7, echoed by pytest 9) and a strict XPASS's reason printed twice make the entries' ends.
*/
import {isLineReport} from '../traceback.js';
import type {EntryCursor} from './entry-cursor.js';
import type {Preamble} from './preamble.js';
import {DoctestEcho} from './doctest-echo.js';
import {
	cutDoctestReport,
	cutLength,
	cutLines,
	doctestLocation,
	doctestSourceLine,
	echoedReportStart,
	endsCutDoctest,
	generatedFile,
	isCutReport,
	numberOf,
	reportStart,
	cutsDoctestsOf,
	isBareLocation,
	isHeldReport,
} from './failure-shapes.js';

export class TbLineReports {
	private pendingXpassEcho: string | undefined;
	/** A `--tb=line` report line held back (`isHeldReport`) until the next line says whether it ends the entry. */
	private pendingReport: {text: string; isLocation: boolean} | undefined;
	/**
	The characters read of a `--tb=line` entry that started as a doctest's report: pytest 7 prints only its first 50
	(over several lines), pytest 9 all of it and its location line.
	*/
	private doctestChars: number | undefined;
	/** The number of the last whole numbered line of those characters. */
	private doctestNumber = 0;
	/** pytest 9 prints a doctest's whole report, its location line, then those 50 characters again: skipped. */
	private readonly doctestEcho = new DoctestEcho();
	/** The report of the entry a doctest's location line ended, from its first line: what its echo repeats. */
	private echoedReport: readonly string[] | undefined;
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
	/** With no header: a cut report (`isCutReport`) showed pytest 7's `--tb=line`. */
	private isCutSeen = false;
	/** The last `--tb=line` entry ended with a doctest's location line (`shop.py:3: DocTestFailure`). */
	private afterDoctestLocation = false;
	/** A doctest's location line ended the open entry: its echo follows, or its next failing example's report. */
	private heldDoctest = false;
	private readonly cursor: EntryCursor;
	/** The session's header, as read so far: its pytest version says how `--tb=line` prints a doctest's report. */
	private readonly header: Preamble | undefined;

	constructor(cursor: EntryCursor, header: Preamble | undefined) {
		this.cursor = cursor;
		this.header = header;
	}

	/** Whether `--tb=line` prints a doctest's report cut at 50 characters (`cutsDoctestsOf`). */
	private get cutsDoctests(): boolean | undefined {
		return cutsDoctestsOf(this.header?.pytest, this.isCutSeen);
	}

	/** Whether a doctest's report is being read: its lines keep the space a copy of the log may have trimmed. */
	get isInDoctest(): boolean {
		return (
			this.doctestChars !== undefined ||
			this.doctestEcho.isOpen ||
			this.heldDoctest
		);
	}

	/** A line held back (`pendingReport`): the next line says what it was. */
	settlePending(text: string): void {
		if (this.pendingReport !== undefined) {
			this.settlePendingReport(text);
		}
	}

	/**
	A line of FAILURES with no entry open or a `--tb=line` one: true when it was read here, false when it is a line of
	the open entry's report (one is open then).
	*/
	line(text: string, lineNumber: number): boolean {
		// --tb=line: no headers. pytest 7 prints one `path:line: message` per failure; pytest 9 prints
		// the E lines and captured output first and ends the entry with that line.
		const isXpassStrict = text.startsWith('[XPASS(strict)]');
		if (
			isXpassStrict &&
			!this.cursor.current &&
			this.pendingXpassEcho === text
		) {
			// pytest prints a strict XPASS's reason twice.
			this.pendingXpassEcho = undefined;
			return true;
		}

		// The echo's last line ends at its 50th character; a line past it is the next report's, where a copy of the
		// log trimmed the spaces that ended the echo.
		if (this.doctestEcho.take(text)) {
			return true;
		}

		if (this.echoLines !== undefined) {
			this.skipEchoLine();
			return true;
		}

		const isReportStart =
			isXpassStrict || text === 'None' || isLineReport(text);
		if (
			this.cursor.current?.kind === 'line' &&
			this.cutsDoctests === undefined &&
			!this.cursor.inCaptured &&
			isCutReport(this.cursor.current.traceback, text, isReportStart)
		) {
			// pytest 7, which no header said: the entry was a cut report, and the next ones are; a doctest's cut ends
			// as one (`endCutEntry`).
			this.isCutSeen = true;
			this.cutChars = this.doctestChars === undefined ? cutLength : undefined;
			this.finish();
		}

		if (this.cutChars !== undefined) {
			if (this.cutChars < cutLength && !isReportStart) {
				this.cutChars += 1 + text.length;
				this.cursor.current!.append(text);
				return true;
			}

			this.finish();
		}

		if (this.heldDoctest) {
			// The report's own first line: after xdist's `[gw0] linux -- Python …`, which the echo leaves out.
			const {traceback} = this.cursor.current!;
			const first = traceback[reportStart(traceback)];
			if (
				doctestSourceLine.test(text) &&
				// The echo, where a copy of the log may have trimmed the spaces that ended it.
				text.trimEnd() !== first?.slice(0, cutLength).trimEnd()
			) {
				this.heldDoctest = false;
				this.cursor.current!.append(text);
				return true;
			}

			this.echoedReport = traceback.slice(reportStart(traceback));
			this.finish();
			this.afterDoctestLocation = true;
		}

		if (
			!this.cursor.current &&
			this.cutsDoctests === true &&
			!isReportStart &&
			!doctestSourceLine.test(text) &&
			!generatedFile.test(text)
		) {
			// pytest 7 prints one line per report: a line that is none starts a report with no location.
			this.cursor.current = this.cursor.lineEntry(lineNumber);
			this.cursor.current.append(text);
			this.cutChars = text.length;
			return true;
		}

		const echoed =
			this.cursor.current && this.doctestChars === undefined
				? echoedReportStart(this.cursor.current.traceback, text)
				: -1;
		if (echoed !== -1) {
			// A report with no crash location (xdist's crashed worker), then its first 50 characters: it ends.
			const shown = cutLines(this.cursor.current!.traceback, echoed);
			this.endEchoedEntry(this.cursor.current!.traceback[echoed]!);
			this.echoLines = shown > 1 ? shown - 1 : undefined;
			return true;
		}

		if (
			!this.cursor.current &&
			this.afterDoctestLocation &&
			doctestSourceLine.test(text)
		) {
			this.afterDoctestLocation = false;
			this.doctestEcho.start(text, this.echoedReport);
			this.echoedReport = undefined;
			return true;
		}

		this.afterDoctestLocation = false;
		if (this.cursor.current && this.doctestChars !== undefined) {
			if (
				this.doctestChars < cutLength &&
				// A copy of the log may have trimmed the spaces that ended the 50: another report can start before.
				!endsCutDoctest(text, undefined, this.doctestNumber)
			) {
				this.doctestChars += 1 + text.length;
				this.doctestNumber = numberOf(text) ?? this.doctestNumber;
				this.cursor.current.append(text);
				return true;
			}

			this.doctestChars = undefined;
			if (endsCutDoctest(text, this.cutsDoctests, this.doctestNumber)) {
				// 50 characters, then the next report: pytest 7 printed the doctest's report cut there.
				this.endCutEntry();
			}
		}

		if (
			!this.cursor.current &&
			doctestSourceLine.test(text) &&
			this.cutsDoctests !== false
		) {
			this.cursor.current = this.cursor.lineEntry(lineNumber);
			this.doctestChars = text.length;
			this.doctestNumber = numberOf(text) ?? 0;
			this.cursor.current.append(text);
			return true;
		}

		// pytest 7.2 prints `None` for a report with no crash location (`pytest.fail(pytrace=False)`).
		const isNone = text === 'None' && !this.cursor.current;
		if (isXpassStrict || isNone || isLineReport(text)) {
			if (this.cursor.current && this.cursor.inCaptured && !isXpassStrict) {
				// pytest 9 ends an entry's captured output with its report line, but the output may hold
				// lines of that form too (a warning a subprocess printed): the next line tells.
				this.pendingReport = {text, isLocation: false};
				return true;
			}

			if (this.cutsDoctests !== true && doctestLocation.test(text)) {
				this.holdDoctestEntry(text, lineNumber);
				return true;
			}

			if (
				this.cursor.current &&
				this.cutsDoctests !== true &&
				isBareLocation(text)
			) {
				this.pendingReport = {text, isLocation: true};
				return true;
			}

			this.endLineEntry(text, lineNumber);
			this.pendingXpassEcho = isXpassStrict ? text : undefined;
			return true;
		}

		this.cursor.current ??= this.cursor.lineEntry(lineNumber);
		return false;
	}

	/** A line of the open entry's report: true when it was read here (an echo's, a doctest's blank line). */
	append(text: string): boolean {
		this.settlePending(text);
		if (this.echoLines !== undefined) {
			this.skipEchoLine();
			return true;
		}

		// A blank line of a doctest's report (or of its echo) is one character of the 50 pytest 7 prints.
		if (this.doctestEcho.takeBlank()) {
			return true;
		}

		if (this.doctestChars !== undefined) {
			this.doctestChars += 1;
		}

		return false;
	}

	/** The open entry ends: the next lines are not its report. */
	finish(): void {
		this.heldDoctest = false;
		if (this.cutChars !== undefined) {
			this.cutChars = undefined;
			this.endEchoedEntry(this.cursor.current!.traceback[0]!);
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
			this.endLineEntry(report, this.cursor.current!.startLine);
			return;
		}

		this.cursor.seal();
	}

	/** A `--tb=line` entry's report line: the entry (a new one when none is open) is complete. */
	private endLineEntry(report: string, lineNumber: number): void {
		const entry = this.cursor.current ?? this.cursor.lineEntry(lineNumber);
		entry.traceback.push(report);
		entry.lineText = report;
		this.doctestChars = undefined;
		this.echoedReport = undefined;
		this.finish();
		this.afterDoctestLocation = doctestLocation.test(report);
	}

	/** A doctest's location line ends its report, which stays open for what the next line says (`heldDoctest`). */
	private holdDoctestEntry(report: string, lineNumber: number): void {
		this.cursor.current ??= this.cursor.lineEntry(lineNumber);
		this.cursor.current.traceback.push(report);
		this.cursor.current.lineText = report;
		this.doctestChars = undefined;
		this.heldDoctest = true;
	}

	/** With a report line held back from a `--tb=line` entry (`isHeldReport`): the next line says what it was. */
	private settlePendingReport(text: string): void {
		const {text: report, isLocation} = this.pendingReport!;
		this.pendingReport = undefined;
		if (
			isHeldReport(report, text, isLocation, this.cursor.current!.traceback)
		) {
			this.endLineEntry(report, this.cursor.current!.startLine);
		} else {
			this.cursor.current!.append(report);
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
		this.cursor.current!.lineText = first;
		this.cursor.seal();
	}

	/** A doctest's report as pytest 7's `--tb=line` cuts it: an entry with no location, a doctest failure's. */
	private endCutEntry(): void {
		this.endEchoedEntry(cutDoctestReport);
	}
}
