/**
The one reader of tracebacks as pytest prints them (in a console log, a JUnit `<failure>` text, a report log's longrepr): what an `E` line is, a frame in every `--tb` form, the crash location and the line that names it, the headline and the exception type. Every other module asks here; a new traceback shape is taught here (what an exception's line is, `exception-line.ts`, and Python's print of an exception group, `exception-group.ts`, are read for it there; the headline and exception type live in `headline.ts`, given on from here).
*/
import type {Location} from './model.js';

export {isTypedLine} from './exception-line.js';

// ---------------------------------------------------------------------------------------------
// `E` lines

/**
pytest marks the exception's lines with `E` and spaces (`E   ValueError: x`, `E       assert 1 == 2`; a blank
line of the message is `E` and spaces too). A bare `E` is such a blank line whose trailing spaces whatever
stored the log trimmed. pytest never prints `E` and a tab.
*/
export function isErrorLine(line: string): boolean {
	return (
		line.charCodeAt(0) === 69 /* E */ &&
		(line.length === 1 || line.charCodeAt(1) === 32) /* space */
	);
}

/** The `E` line pytest prints for one line of an exception's text. */
export function toErrorLine(text: string): string {
	return `E   ${text}`;
}

/** The text of an `E` line, without the marker and its indent. */
export function errorTextOf(line: string): string {
	return line.slice(1).trim();
}

/** Columns the `E` marker and its spaces take (`E   ` is 4), or undefined when the line is no `E` line with text. */
export function errorIndentOf(line: string): number | undefined {
	if (!isErrorLine(line) || line.length === 1) {
		return undefined;
	}

	let end = 1;
	while (line.charCodeAt(end) === 32) {
		end++;
	}

	return end;
}

// ---------------------------------------------------------------------------------------------
// Frames

/** One frame of a traceback as pytest or Python printed it. */
export type Frame = {
	readonly path: string;
	readonly line: number;
	readonly function?: string;
};

/**
A frame's path as pytest prints it: relative without spaces (`tests/test_a.py`), absolute (POSIX or
Windows, where a folder may hold spaces: `C:\Program Files\Python311\Lib\socket.py`), or one of
Python's pseudo-files in angle brackets (`<frozen importlib._bootstrap>`, `<string>`). A message line such
as `ValueError: at 10:30: in state x` is then no frame.
*/
const framePath = String.raw`((?:[A-Za-z]:)?[^\s:]+|(?:[A-Za-z]:)?[\\/][^:\n]*?|<[^>\n]+>)`;
/** `path:line: in function` (`--tb=short`, `auto`). */
const shortFrame = new RegExp(String.raw`^${framePath}:(\d+): in (\S+)`);
/** `path:line: ` ending a `--tb=long` frame (the last one adds the exception type), or a `--tb=line` report. */
const frameEnd = new RegExp(String.raw`^${framePath}:(\d+):(?: |$)`);
/** The last `--tb=long` frame: `path:line: ExceptionType` (`path:None:`: a doctest whose line doctest could not find). */
const crashFrameEnd = new RegExp(
	String.raw`^${framePath}:(\d+|None): ([A-Za-z_][\w.]*)$`,
);
/**
`--tb=line`: `path:line: message`, the whole report of a failure. The message is the rest of the line, whatever it
holds: a CR or U+2028 of the exception's own too (`.` alone stops at them).
*/
const lineReport = new RegExp(String.raw`^${framePath}:(\d+|None): ([^\n]+)$`);
/**
`File "path", line N, in function` (`--tb=native`, Python's own tracebacks; `  |   File …` inside an exception group);
faulthandler prints `line N in function`.
*/
const nativeFrame = /^[\s|]*File "([^"]+)", line (\d+)(?:,? in (\S+))?/;
/**
faulthandler's title above a thread's frames, newest first: `Current thread 0x… (most recent call first):`,
`Thread 0x… (most recent call first):`, `Stack (most recent call first):`.
*/
const newestFirstTitle =
	/^(?:Current thread|Thread|Stack)\b.*\(most recent call first\):$/;
/** pytest's `file path, line N` above a fixture error's source. */
const fixtureFrame = /^file (.+), line (\d+)$/;
const definition = /^\s*(?:>\s*)?(?:async\s+)?def\s+(\w+)\s*\(/;
/** `_ _ _ _` between the frames of a `--tb=long` or `auto` traceback. */
const frameSeparator = /^(?:_ )+_?\s*$/;
/** The line between two tracebacks of a chained exception. */
const chainLine = /^(?:The above exception|During handling of the above)/;

/** Whether a line separates two frames (`_ _ _ _`). */
export function isFrameSeparator(line: string): boolean {
	return line.charCodeAt(0) === 95 /* _ */ && frameSeparator.test(line);
}

/** Whether a line joins two tracebacks of a chained exception (`The above exception was the direct cause …`). */
export function isChainLine(line: string): boolean {
	return chainLine.test(line);
}

/** The line pytest prints at the end of a frame (its `ReprFileLocation`): `path:line: message`. */
export function toFrameEndLine(
	path: string,
	line: number,
	message: string,
): string {
	return `${path}:${line}: ${message}`;
}

/** Whether a line is a native frame's header (`  File "path", line N, in function`). */
export function isNativeFrame(line: string): boolean {
	return nativeFrame.test(line);
}

/** A native frame's header (`  File "path", line N, in function`, as Python and faulthandler print it): its parts. */
export function nativeFrameOf(
	line: string,
): {path: string; line: number; function: string | undefined} | undefined {
	const match = nativeFrame.exec(line);
	return match
		? {path: match[1]!, line: Number(match[2]), function: match[3]}
		: undefined;
}

/** The path of the frame a short or native frame header names (`path:line: in f`, `File "path", line N`). */
export function frameHeaderPathOf(line: string): string | undefined {
	return (shortFrame.exec(line) ?? nativeFrame.exec(line))?.[1];
}

/** The path of a `path:line: …` line that ends a `--tb=long` frame or is a `--tb=line` report. */
export function frameEndPathOf(line: string): string | undefined {
	return frameEnd.exec(line)?.[1];
}

/** The path any frame line names, in any form (short, long, line, native), or undefined. */
export function framePathOf(line: string): string | undefined {
	return frameEndPathOf(line) ?? nativeFrame.exec(line)?.[1];
}

/** A `--tb=line` report (`path:line: message`): where (not at `path:None`, a doctest's), and the message. */
export function lineReportOf(
	text: string,
): {location?: Location; message: string} | undefined {
	const match = lineReport.exec(text);
	return match
		? {
				...(match[2] !== 'None' && {
					location: {path: match[1]!, line: Number(match[2])},
				}),
				message: match[3]!,
			}
		: undefined;
}

/**
Whether a line of a FAILURES section has the form of the `path:line: message` report that ends a `--tb=line`
entry. The path is where the exception was raised, which need not be a `.py` file: one of Python's
pseudo-files (`<frozen importlib._bootstrap_external>:1130: FileNotFoundError: …`, `<string>:3: …`) or a
compiled module's source (`_generator.pyx`).
*/
export function isLineReport(text: string): boolean {
	return lineReport.test(text);
}

/**
The frames of a traceback in the order printed (innermost last), for every `--tb` mode:
`path:line: in function` (short, auto), source then `path:line: ` (long: the function comes from its
first `def` line), `File "path", line N, in function` (native), `path:line: message` (line), and pytest's
`file path, line N` for fixture errors. Lines of exception messages (`E   …`) are skipped.
*/
export function framesOf(traceback: string | readonly string[]): Frame[] {
	if (
		typeof traceback === 'string'
			? traceback.includes(newestFirst)
			: traceback.some(line => line.endsWith(newestFirst))
	) {
		return framesOfDump(
			typeof traceback === 'string' ? traceback.split('\n') : traceback,
		);
	}

	const lines =
		typeof traceback === 'string' ? frameLinesOf(traceback) : traceback;
	const frames: Frame[] = [];
	let lastDefinition: string | undefined;
	let pendingFixtureFrame: {path: string; line: number} | undefined;
	for (const line of lines) {
		if (isErrorLine(line)) {
			continue;
		}

		if (isFrameSeparator(line)) {
			lastDefinition = undefined;
			continue;
		}

		// Most lines are indented source: only a `def` or a native `File "…"` frame can start that way.
		if (
			isIndented(line.charCodeAt(0)) &&
			!line.includes('def ') &&
			!line.includes('File "')
		) {
			continue;
		}

		const defined = line.includes('def ') ? definition.exec(line) : null;
		if (defined) {
			// The frame's own def comes first; later ones are nested functions.
			lastDefinition ??= defined[1];
			if (pendingFixtureFrame) {
				frames.push({...pendingFixtureFrame, function: defined[1]});
				pendingFixtureFrame = undefined;
			}

			continue;
		}

		const short = shortFrame.exec(line);
		if (short) {
			frames.push({
				path: short[1]!,
				line: Number(short[2]),
				function: short[3],
			});
			lastDefinition = undefined;
			continue;
		}

		const native = nativeFrame.exec(line);
		if (native) {
			frames.push({
				path: native[1]!,
				line: Number(native[2]),
				function: native[3],
			});
			continue;
		}

		const fixture = fixtureFrame.exec(line);
		if (fixture) {
			pendingFixtureFrame = {path: fixture[1]!, line: Number(fixture[2])};
			continue;
		}

		const end = frameEnd.exec(line);
		if (end) {
			frames.push({
				path: end[1]!,
				line: Number(end[2]),
				function: lastDefinition,
			});
			lastDefinition = undefined;
		}
	}

	if (pendingFixtureFrame) {
		frames.push(pendingFixtureFrame);
	}

	return frames;
}

const newestFirst = '(most recent call first):';

/**
The frames of faulthandler's stacks (a test that crashed the process), oldest first as a traceback's: those of
the thread that crashed (`Current thread`), else of the first thread it lists.
*/
function framesOfDump(lines: readonly string[]): Frame[] {
	const title = dumpTitleOf(lines);
	if (title === -1) {
		return framesOf(lines.filter(line => !line.endsWith(newestFirst)));
	}

	const block: string[] = [];
	for (const line of lines.slice(title + 1)) {
		if (!isNativeFrame(line)) {
			break;
		}

		block.push(line);
	}

	return framesOf(block).toReversed();
}

/** The line of faulthandler's title above the crashed thread's frames (`Current thread`), else the first one; -1. */
function dumpTitleOf(lines: readonly string[]): number {
	let first = -1;
	for (const [index, line] of lines.entries()) {
		if (line.endsWith(newestFirst) && newestFirstTitle.test(line)) {
			if (line.startsWith('Current thread')) {
				return index;
			}

			first = first === -1 ? index : first;
		}
	}

	return first;
}

/** Space, tab, or `>` (pytest's mark on the line that raised). */
function isIndented(first: number): boolean {
	return first === 32 || first === 9 || first === 62;
}

/**
The lines of a traceback that `framesOf` reads, cut from the text one by one: most of a traceback is
indented source, skipped without making a string of it.
*/
function frameLinesOf(traceback: string): string[] {
	const lines: string[] = [];
	// The next `def ` and `File "` from where the line starts: each is looked for again only once passed,
	// so that the text is read once however many lines it has.
	let nextDefinition = -2;
	let nextFile = -2;
	let start = 0;
	while (start <= traceback.length) {
		let end = traceback.indexOf('\n', start);
		if (end === -1) {
			end = traceback.length;
		}

		if (nextDefinition !== -1 && nextDefinition < start) {
			nextDefinition = traceback.indexOf('def ', start);
		}

		if (nextFile !== -1 && nextFile < start) {
			nextFile = traceback.indexOf('File "', start);
		}

		if (
			!isIndented(traceback.charCodeAt(start)) ||
			isWithin(nextDefinition, 4, end) ||
			isWithin(nextFile, 6, end)
		) {
			lines.push(traceback.slice(start, end));
		}

		start = end + 1;
	}

	return lines;
}

/** Whether a word of `length` found at `at` (-1: none) ends by `end`. */
function isWithin(at: number, length: number, end: number): boolean {
	return at !== -1 && at + length <= end;
}

// ---------------------------------------------------------------------------------------------
// The crash

/** A traceback's lines by index: an array, or lines sliced from the text only when asked for (junit-failures.ts). */
export type LineList = {
	readonly length: number;
	at(index: number): string | undefined;
};

/**
--tb=native (Python's own traceback): the index of the exception's line, the first unindented line after the frames (and
their source) of the chain's last traceback (after the last `During handling …` / `The above exception …` line); -1 when
no frame is followed by one. Lines after it are its message's, which can quote other frames and pytest's own lines.
*/
export function nativeExceptionIndex(lines: LineList): number {
	let chain = -1;
	for (let index = lines.length - 1; index >= 0; index--) {
		if (chainLine.test(lines.at(index)!)) {
			chain = index;
			break;
		}
	}

	let index = chain + 1;
	while (index < lines.length && !nativeFrame.test(lines.at(index)!)) {
		index++;
	}

	for (index++; index < lines.length; index++) {
		const line = lines.at(index)!;
		const first = line.charCodeAt(0);
		if (line.length > 0 && first !== 32 && first !== 9) {
			return index;
		}
	}

	return -1;
}

/** Whether a report is Python's own traceback (--tb=native): its first line with text is `Traceback (most recent call last):`. */
function isNativeReport(lines: LineList): boolean {
	for (let index = 0; index < lines.length; index++) {
		const line = lines.at(index)!;
		if (line.trim().length > 0) {
			return line === 'Traceback (most recent call last):';
		}
	}

	return false;
}

/**
Where it crashed, as pytest says: the last `path:line: ExceptionType` (long) or `path:line: in f` (short)
line, else the last native `File "path", line N` frame. `type` is the exception type a long frame names. In a native
report, the last frame before the exception's line: its message may quote frames and `path:line: Type` lines.
*/
export function crashOf(lines: LineList): {
	location?: Location;
	type?: string;
} {
	if (isNativeReport(lines)) {
		const end = nativeExceptionIndex(lines);
		for (let index = end - 1; index >= 0; index--) {
			const frame = nativeFrame.exec(lines.at(index)!);
			if (frame) {
				return {location: {path: frame[1]!, line: Number(frame[2])}};
			}
		}
	}

	for (let index = lines.length - 1; index >= 0; index--) {
		const line = lines.at(index)!;
		// Neither form starts with a blank or is an `E` line: most lines of a traceback need no look.
		const first = line.charCodeAt(0);
		if (first === 32 || first === 9 || isErrorLine(line)) {
			continue;
		}

		const typed = crashFrameEnd.exec(line);
		if (typed) {
			return typed[2] === 'None'
				? {type: typed[3]}
				: {location: {path: typed[1]!, line: Number(typed[2])}, type: typed[3]};
		}

		const frame = shortFrame.exec(line);
		if (frame) {
			return {location: {path: frame[1]!, line: Number(frame[2])}};
		}
	}

	// --tb=native: Python's own `File "path", line N, in name` frames.
	for (let index = lines.length - 1; index >= 0; index--) {
		const frame = nativeFrame.exec(lines.at(index)!);
		if (frame) {
			return {location: {path: frame[1]!, line: Number(frame[2])}};
		}
	}

	return {};
}

/** The crash location of a traceback (what `describeTraceback` says of it), without working out a headline. */
export function crashLocationOf(lines: LineList): Location | undefined {
	return crashOf(lines).location;
}

/** The index of the last line that names the crash location (`path:line`); without one, faulthandler's innermost frame; or -1. */
export function crashLineOf(
	lines: readonly string[],
	location: Location | undefined,
): number {
	if (!location) {
		// faulthandler's stacks: the crashed thread's innermost frame, the first under its title.
		const title = dumpTitleOf(lines);
		return title !== -1 && isNativeFrame(lines[title + 1] ?? '')
			? title + 1
			: -1;
	}

	const needle = `${location.path}:${location.line}`;
	for (let index = lines.length - 1; index >= 0; index--) {
		if (lines[index]!.includes(needle)) {
			return index;
		}
	}

	return -1;
}

export {
	describeMessage,
	describeTraceback,
	doctestHeadline,
	type DescribedTraceback,
	looseExceptionType,
	splitHeadline,
} from './headline.js';
