/**
The shapes of lines the FAILURES and ERRORS reader (`failures.ts`) tells apart: entry headers, and what `--tb=line` prints
of a doctest's report.
*/
import {isErrorLine, isLineReport, lineReportOf} from '../traceback.js';
import {escapeExcess, namesOf} from './escaped-ids.js';
import type {EntryKind} from './failure-entry.js';

/** `s`: an id holding a newline makes one header of two lines (`newline-ids.ts`). */
const entryHeader = /^_+ (.+?) _+$/s;

/**
The title of a FAILURES or ERRORS entry's header (`____ test_b[x] ____`, `___ ERROR at setup of test_c ___`), or
undefined: also for `_ _ _ _`, which separates a traceback's frames.
*/
export function entryHeaderTitle(text: string): string | undefined {
	if (text.charCodeAt(0) !== 95 /* _ */) {
		return undefined;
	}

	const title = entryHeader.exec(text)?.[1];
	return title === undefined || /^[_ ]*$/.test(title) ? undefined : title;
}

/**
Whether an entry header (`title` its title) is as wide as pytest's rules (`ruleWidth`, the terminal's width, once
seen), as pytest prints it: an id printed with escapes runs past it by what they add, and a title too long for the
width leaves the header as long as it needs. pytest escapes a parameter's non-ASCII characters itself (`[Z\xfcrich]`
in the node id): then only the names' escapes are the output's, which pytest measured as one character each.
*/
export function isWideHeader(
	text: string,
	title: string,
	ruleWidth: number | undefined,
): boolean {
	return (
		ruleWidth === undefined ||
		text.length === ruleWidth ||
		text.length - escapeExcess(title) === ruleWidth ||
		text.length - escapeExcess(namesOf(title)) === ruleWidth ||
		title.length + 4 > ruleWidth
	);
}

/**
A report section's title inside an entry (`title` the dash rule's): pytest prints each of a report's sections under a
dash rule, `Captured stdout call` and a plugin's own, as wide as the terminal (Hypothesis's `Hypothesis`, whose verbose
examples print their tracebacks). The rules pytest's junitxml, reportlog and pytest-cov print after the last entry are
none. In a `--tb=line` entry only a `Captured …` part is read as one: pytest 9 prints the report's line after its parts,
and a plugin's part, read as the report's own lines, keeps what comes after it there.
*/
export function isReportSection(
	text: string,
	title: string,
	ruleWidth: number | undefined,
	entry: {readonly kind: EntryKind},
): boolean {
	return (
		title.startsWith('Captured ') ||
		(entry.kind !== 'line' &&
			text.length === ruleWidth &&
			!generatedFile.test(text) &&
			!title.startsWith('coverage: platform '))
	);
}

/** The kind of entry and the test an entry header's title names, in the section it heads. */
export function entryOfTitle(
	title: string,
	section: 'errors' | 'failures',
): {kind: EntryKind; name: string} {
	// A node id may hold a newline (id escaping disabled): its header's title then spans lines (`newline-ids.ts`).
	const error = /^ERROR (at setup of|at teardown of|collecting) (.+)$/s.exec(
		title,
	);
	if (!error) {
		return {kind: section === 'errors' ? 'setup' : 'failure', name: title};
	}

	const kind =
		error[1] === 'collecting'
			? 'collect'
			: error[1] === 'at setup of'
				? 'setup'
				: 'teardown';
	// pytest 7 heads the collection error of a node with an empty id (the session: a conftest.py below the rootdir
	// that fails to import) `test session`; the short summary says `ERROR  - …`.
	return {
		kind,
		name: error[2] === 'test session' && kind === 'collect' ? '' : error[2]!,
	};
}

/**
A doctest report's first line: its example's source line, numbered (`003     >>> total([1, 2])`), or, for a doctest
whose line doctest could not find, pytest's `EXAMPLE LOCATION UNKNOWN, not showing all tests of that example` (as far
as pytest 7's cut at 50 characters leaves it); only a numbered line has a number.
*/
export const doctestSourceLine =
	/^(?:(\d{3,}) |EXAMPLE LOCATION UNKNOWN, not showing all tests of)/;
/** A doctest's numbered blank line without its space (`010`), as a copy of the log that trimmed it leaves it. */
const trimmedDoctestLine = /^\d{3,}$/;

/**
A line in a doctest's `--tb=line` report (or first in one, `isInReport`): a blank docstring line is its number and
a space (`010 `), which pytest's 50-character cut counts, and a copy of the log that trimmed the space left the
number alone; it gets its space back. No other report starts with a number alone.
*/
export function withDoctestSpace(text: string, isInReport: boolean): string {
	return isInReport && trimmedDoctestLine.test(text) ? `${text} ` : text;
}

/** How much of a report `--tb=line` prints when it has no crash location (a doctest's): `str(longrepr)[:50]`. */
export const cutLength = 50;
/**
A `--tb=line` entry read so far (`report`) that is pytest 7's cut of a report with no crash location (a non-Python
item's: pylint's, flake8's), as the next line shows when no header says which pytest printed it: one line of exactly
50 characters, not an `E` line, then another such line (the next item's cut, perhaps the same characters: each
file's pylint report starts `C:  1, 0: Missing module docstring`) or the next report's location line
(`isReportStart`). pytest 9 prints the whole report, then its first 50 characters again, before the next report.
*/
export function isCutReport(
	report: readonly string[],
	text: string,
	isReportStart: boolean,
): boolean {
	const first = report[0];
	return (
		report.length === 1 &&
		first!.length === cutLength &&
		!isErrorLine(first!) &&
		(isReportStart || (text.length === cutLength && !isErrorLine(text)))
	);
}

/** pytest's `--junitxml` rule, which a long path leaves with one dash a side. */
export const generatedFile = /^-+ generated (?:xml|report log) file/;
/** The location line that ends a doctest's whole report. */
export const doctestLocation =
	/:(?:\d+|None): (?:DocTestFailure|UnexpectedException)$/;
/** The line xdist puts first in a worker's report: `[gw1] linux -- Python 3.11.7 /usr/bin/python3`. */
export const workerPlatform = /^\[gw\d+] \S+ -- Python \d/;

/** Where a report's own text starts: after xdist's `[gw0] linux -- Python …` line, which pytest's cut at 50 leaves out. */
export function reportStart(lines: readonly string[]): number {
	return workerPlatform.test(lines[0] ?? '') ? 1 : 0;
}

/** How many lines of a report, from `start`, its first 50 characters span. */
export function cutLines(lines: readonly string[], start: number): number {
	return lines.slice(start).join('\n').slice(0, cutLength).split('\n').length;
}

/**
Where the report of a `--tb=line` entry read so far (`report`) starts when `text` is its first 50 characters again:
pytest 9 echoes a report with no crash location (xdist's crashed worker) so, and the entry ends. -1 when it is not.
*/
export function echoedReportStart(
	report: readonly string[],
	text: string,
): number {
	const start = reportStart(report);
	const first = report[start];
	return first !== undefined &&
		text.length > 0 &&
		!isErrorLine(first) &&
		text === first.slice(0, cutLength)
		? start
		: -1;
}

/**
Whether `text`, after the first 50 characters of a doctest's `--tb=line` report, starts the next report: then pytest 7
printed the doctest's report cut there. `cutsDoctests`: what the header said of it (`FailuresReader`); `number`: the
last whole numbered line's number read, which with no header the next line of the same report (pytest 9) goes on from.
Asked before the 50 are read too (`cutsDoctests` undefined), where a copy of the log trimmed the spaces that ended
them (`1317         In a previous version, we thought we `): a numbered line that does not go on from `number`, or
another report's line, starts the next report there.
*/
export function endsCutDoctest(
	text: string,
	cutsDoctests: boolean | undefined,
	number: number,
): boolean {
	const next = doctestSourceLine.exec(text);
	return (
		// Another report's first line: after 50 characters pytest 7 printed, any; with no header, one that is no next
		// numbered line (pytest 9 prints the whole report).
		(next !== null &&
			(cutsDoctests === true ||
				next[1] === undefined ||
				Number(next[1]) !== number + 1)) ||
		text === 'None' ||
		text.startsWith('[XPASS(strict)]') ||
		generatedFile.test(text) ||
		(isLineReport(text) && !doctestLocation.test(text))
	);
}

/** The `lineText` of a doctest report cut at 50 characters (`build-run.ts` reads its lines). */
export const cutDoctestReport = 'DocTestFailure';

/** A numbered docstring line's number. */
export function numberOf(text: string): number | undefined {
	const number = doctestSourceLine.exec(text)?.[1];
	return number === undefined ? undefined : Number(number);
}

/**
Whether a line, as bytes, is plainly a line of the open entry's report: not one that may be structure (a header,
a `---` or `===` title, a final line, `!!!`, `INTERNALERROR>`, a printed session's `[100%]` in captured output).
*/
export function isPlainEntryLine(
	bytes: Uint8Array,
	start: number,
	end: number,
	inCaptured: boolean,
): boolean {
	if (start === end) {
		return true;
	}

	const first = bytes[start]!;
	return !(
		first === 95 /* _ */ ||
		first === 45 /* - */ ||
		first === 61 /* = */ ||
		first === 33 /* ! */ ||
		first === 73 /* I */ ||
		first === 110 /* n: `no tests ran in …` */ ||
		(bytes[end - 1] === 93 /* ] */ && inCaptured) ||
		(first >= 48 && first <= 57) /* a digit: `1 failed in …` */
	);
}

/**
A line after a report line held back from a `--tb=line` entry's captured output that makes it the report: one that
starts another entry (`E` lines, `[XPASS(strict)]`, a header) or ends the section.
*/
export function startsAnotherEntry(text: string): boolean {
	return (
		isErrorLine(text) ||
		text.startsWith('[XPASS(strict)]') ||
		entryHeaderTitle(text) !== undefined ||
		// Under xdist each report starts with its worker's `[gw1] linux -- Python 3.11.7 /usr/bin/python`.
		workerPlatform.test(text) ||
		/^-{3,} generated (?:xml|report log) file/.test(text)
	);
}

/**
A `--tb=line` report line naming an exception type alone (`../plugins/faults.py:74: AssertionError`), read inside an
entry. pytest 9 prints each report in full before its line, and the full report of an item that is no Python function
(a doctest failing with another exception than its own, a plugin's item) is in the long style whatever `--tb` says: its
last location line names the type alone, and the report's own line follows, at the same place with the message
(`/src/plugins/faults.py:74: AssertionError: induced`). An error raised with no message ends a report so too.
*/
export function isBareLocation(text: string): boolean {
	const report = lineReportOf(text);
	return (
		report?.location !== undefined && /^[A-Za-z_][\w.]*$/.test(report.message)
	);
}

/**
Whether a `--tb=line` report line held back (`report`) was the entry's report, as the next line says. Held from the
entry's captured output (pytest 9 ends an entry's captured output with its report line, but the output may hold lines
of that form too: a warning a subprocess printed), it was when the next line starts another entry (`E` lines,
`[XPASS(strict)]`, a header) or ends the section, or when it names the error the entry's `E` lines said (or the place
its long report ended at); held as a
`isBareLocation` line, unless the next line is the report of the same place or the report's `Captured …` parts.
*/
export function isHeldReport(
	report: string,
	next: string,
	isLocation: boolean,
	entryLines: readonly string[],
): boolean {
	if (isLocation) {
		// pytest 9 prints the report's `Captured …` parts before its line.
		return !(/^-+ Captured .+ -+$/.test(next) || isReportAt(report, next));
	}

	const message = lineReportOf(report)?.message;
	return (
		startsAnotherEntry(next) ||
		entryLines.some(
			line =>
				(isBareLocation(line) && isReportAt(line, report)) ||
				// The report's line says the error its `E` lines said first.
				(isErrorLine(line) && line.replace(/^E\s+/, '') === message),
		)
	);
}

/** Whether `report` is the `--tb=line` report at the place a long report's last location line names. */
function isReportAt(location: string, report: string): boolean {
	const held = lineReportOf(location);
	const line = lineReportOf(report);
	if (!held?.location || !line?.location) {
		return false;
	}

	const fileOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);
	return (
		line.location.line === held.location.line &&
		fileOf(line.location.path) === fileOf(held.location.path) &&
		(line.message === held.message ||
			line.message.startsWith(`${held.message}:`))
	);
}

/**
Whether `--tb=line` prints a doctest's report cut at 50 characters, with no line (pytest 7), as the header's pytest
version says; undefined with no header (`-q`) until a cut report shows pytest 7 (`isCutSeen`).
*/
export function cutsDoctestsOf(
	pytest: string | undefined,
	isCutSeen: boolean,
): boolean | undefined {
	const major = pytest?.split('.')[0];
	return major === undefined ? isCutSeen || undefined : Number(major) <= 7;
}
