/**
A traceback's headline and exception type, as `traceback.ts` reads them (its `E` lines, its crash location):
the last exception's first line, past warnings and exception-group boxes, and pytest's doctest reports.
Everyone asks `traceback.ts`, which gives these on.
*/
import {unexpectedExceptionLine} from './doctest-exception.js';
import {groupHeadline} from './exception-group.js';
import {isExceptionLine, longestTypeName, typedLine} from './exception-line.js';
import type {Location} from './model.js';
import {shownLocals} from './shown-locals.js';
import {
	crashOf,
	errorIndentOf,
	errorTextOf,
	isErrorLine,
	nativeExceptionIndex,
	toErrorLine,
} from './traceback.js';

const xdistWorkerLine = /^\[gw\d+] /;
/**
A line of a Python traceback printed by Python (`Traceback (most recent call last):`, `  File "…", line 3`), or
pytest's NOTE before an exception it displays natively (`nativeNote`).
*/
const pythonFrame =
	/^(?:Traceback \(most recent call last\):|\s*File ".*", line \d+|(?:Failed: )?NOTE: Incompatible Exception Representation)/;

/**
pytest's line in front of a unittest error it cannot represent (testtools' `_StringException`, Twisted trial's failures):
Python's own print of the exception follows it. pytest 9's XML message starts `Failed: NOTE: …` (the report is a
`fail(pytrace=False)` of that text).
*/
const nativeNote =
	/^(?:Failed: )?NOTE: Incompatible Exception Representation, displaying natively:$/m;

/** Whether a text (a report, a JUnit message) holds pytest's NOTE line in front of an exception it displays natively. */
export function holdsNativeNote(text: string): boolean {
	return nativeNote.test(text);
}

/** A doctest's `Expected:` / `Got:` (or `UNEXPECTED EXCEPTION`) report as one line. */
export function doctestHeadline(lines: readonly string[]): string | undefined {
	const unexpected = lines.find(line =>
		line.startsWith('UNEXPECTED EXCEPTION: '),
	);
	if (unexpected) {
		return (
			unexpectedExceptionLine(unexpected) ?? `DocTestFailure: ${unexpected}`
		);
	}

	// doctest prints `Expected nothing` / `Got nothing` for no output, else the word and the output below it.
	const said = (word: string): string | undefined => {
		const index = lines.findIndex(
			line => line === `${word}:` || line === `${word} nothing`,
		);
		if (index === -1) {
			return undefined;
		}

		return lines[index]!.endsWith(':')
			? (lines[index + 1]?.trim() ?? '')
			: 'nothing';
	};

	const expected = said('Expected');
	const got = said('Got');
	return expected === undefined || got === undefined
		? undefined
		: `DocTestFailure: expected ${expected}, got ${got}`;
}

/** The texts of the last block of consecutive `E` lines, and the index of that block's last line (-1 when none). */
function lastErrorBlock(lines: readonly string[]): {
	texts: string[];
	/** Each text's indent (`errorIndentOf`; 0 for an `E` line with no text). */
	indents: number[];
	end: number;
} {
	// From the end: the last `E` line, then back to the first of its block. An `E` line of a local's repr (`-l`) is none.
	const locals = shownLocals(lines);
	const isError = (index: number) =>
		isErrorLine(lines[index]!) && !locals?.has(index);
	let end = lines.length - 1;
	while (end >= 0 && !isError(end)) {
		end--;
	}

	let start = end;
	while (start > 0 && isError(start - 1)) {
		start--;
	}

	const texts: string[] = [];
	const indents: number[] = [];
	// With no `E` line, `start` and `end` are -1: nothing to gather.
	for (let index = Math.max(start, 0); index <= end; index++) {
		const line = lines[index]!;
		texts.push(errorTextOf(line));
		indents.push(errorIndentOf(line) ?? 0);
	}

	return {texts, indents, end};
}

/** Whether a `Name: message` line's type is the one the crash location names (by its class name: `PytestRemovedIn9Warning`). */
function namesCrashType(line: string, crashType: string | undefined): boolean {
	const name = typedLine.exec(line)?.[1];
	return (
		crashType !== undefined &&
		name !== undefined &&
		(name === crashType || name.endsWith(`.${crashType}`))
	);
}

/**
Whether a `Name: message` line's type is one Python prints: a class outside `builtins` by its module
(`hypothesis.errors.Flaky`, `test_x.MyError`), a built-in one by a name of the built-ins' endings, or pytest's outcomes
(whose module is `builtins`: `Failed`, `Skipped`). A bare word otherwise (`See: https://…`) is a message's line.
*/
function isPrintedType(line: string): boolean {
	const name = typedLine.exec(line)?.[1] ?? '';
	return (
		name.includes('.') ||
		/(?:Error|Exception|Warning|Exit|Interrupt|Iteration|Group)$/.test(name) ||
		name === 'Failed' ||
		name === 'Skipped' ||
		name === 'XFailed'
	);
}

/** `Name: message` whose type is a warning class (`DeprecationWarning`, `hypothesis.errors.HypothesisWarning`). */
function isWarningLine(line: string): boolean {
	return typedLine.exec(line)?.[1]!.endsWith('Warning') === true;
}

/**
The exception line of an `E` block: the first `Name: message` line, unless that is a warning printed before the
real error (Hypothesis reports warnings first): then the first later line that is no warning. A warning alone is
the error (`-W error`), and so is a warning the crash location names (`fixtures.py:1188: PytestRemovedIn9Warning`) or
one followed by no type Python prints: the lines after it are its message's (`See: https://…`, under `--tb=short`
with no crash line). A line indented deeper than the block's first is part of
the explanation under it (pytest's `comparison failed` / `Obtained: 3.55` under an `assert` with `pytest.approx`),
never an exception line. A traceback after the warning is its message's (`PytestUnraisableExceptionWarning: Exception
ignored in: …` quotes the exception Python ignored).
*/
function blockHeadline(
	block: {
		readonly texts: readonly string[];
		readonly indents: readonly number[];
	},
	crashType: string | undefined,
): string | undefined {
	const {texts, indents} = block;
	const start = texts.findIndex(line => line.length > 0);
	const base = start === -1 ? 0 : indents[start]!;
	// The exception lines are looked at in order, only as far as the answer needs.
	let first: string | undefined;
	// eslint-disable-next-line unicorn/no-for-loop -- run for every failure: `entries()` made an array per line
	for (let index = 0; index < texts.length; index++) {
		const line = texts[index]!;
		if (indents[index]! > base) {
			continue;
		}

		// The type the crash location names, capitalized or not (`struct.error: …` over `test_a.py:9: error`).
		if (namesCrashType(line, crashType)) {
			return line;
		}

		if (first !== undefined && line === 'Traceback (most recent call last):') {
			// The warning's message quotes a traceback (pytest's unraisable and thread exception warnings, `-W error`).
			return first;
		}

		if (!isExceptionLine(line)) {
			continue;
		}

		if (!isWarningLine(line)) {
			// After a warning, only a type as Python prints one is another exception: the rest is the warning's message.
			if (first === undefined || isPrintedType(line)) {
				return line;
			}

			continue;
		}

		first ??= line;
	}

	return first ?? texts[start];
}

/**
--tb=native: the exception's line is the first unindented line after the frames (and their source) of the last
traceback of a chain (after the last `During handling …` / `The above exception …` line). Lines after it are its
message's later lines or Python 3.11's notes (`add_note`, Hypothesis's `Falsifying example`), which can read like
`Name: text` or quote a child process's traceback, `File "…"` frames and all. Undefined when no such line follows (an
exception group's box).
*/
function nativeHeadline(
	lines: readonly string[],
): {text: string; index: number} | undefined {
	const index = nativeExceptionIndex(lines);
	const line = lines[index];
	return line !== undefined && typedLine.test(line)
		? {text: line.trim(), index}
		: undefined;
}

export type DescribedTraceback = {
	headline: string;
	exceptionType?: string;
	location?: Location;
};

/** The headline, exception type and crash location of a traceback as pytest printed it. */
export function describeTraceback(
	lines: readonly string[],
): DescribedTraceback {
	const lastBlock = lastErrorBlock(lines);
	const {location, type: typeFromLocation} = crashOf(lines);
	const group = groupHeadline(lines);
	const native = nativeHeadline(lines);

	// The exception line of the last `E` block (a SyntaxError's block starts with its `File "…"` line), or of an
	// exception group printed after it. `E` lines after a native exception's line are its message's (--tb=native
	// prints none of its own): a message that quotes a pytest report.
	let headline =
		group && group.banner > lastBlock.end
			? group.text
			: native && lastBlock.end - lastBlock.texts.length + 1 > native.index
				? native.text
				: blockHeadline(lastBlock, typeFromLocation);
	if (headline === undefined && typeFromLocation === 'DocTestFailure') {
		headline = doctestHeadline(lines);
	}

	headline ??= native?.text;
	// Python's tracebacks of other shapes: the last line that looks like `Type: message`. Not a plugin's own report
	// of lines of that shape and no frame (pylint's `C:  1, 0: Missing module docstring (…)`, one a message): its
	// first line, as the XML's message has it.
	if (headline === undefined && lines.some(line => pythonFrame.test(line))) {
		for (let index = lines.length - 1; index >= 0; index--) {
			const line = lines[index]!.trim();
			if (typedLine.test(line) && !line.startsWith('File ')) {
				headline = line;
				break;
			}
		}
	}

	// Nothing that looks like an exception (`[XPASS(strict)] reason`, a fixture error): the first line says most.
	headline ??=
		typeFromLocation ??
		lines
			.find(line => line.trim().length > 0 && !xdistWorkerLine.test(line))
			?.trim() ??
		'';
	let exceptionType: string | undefined;
	const typed = typedLine.exec(headline);
	if (
		typed &&
		typed[1]!.length <= longestTypeName &&
		(isExceptionLine(headline) || namesCrashType(headline, typeFromLocation))
	) {
		exceptionType = typed[1];
	} else if (headline.startsWith('assert ') || headline === 'assert') {
		exceptionType = 'AssertionError';
		headline = `AssertionError: ${headline}`;
	} else if (typeFromLocation) {
		exceptionType = typeFromLocation;
		if (!headline.startsWith(typeFromLocation)) {
			headline = headline
				? `${typeFromLocation}: ${headline}`
				: typeFromLocation;
		}
	}

	return {headline, exceptionType, location};
}

/** A one-line exception message (a short summary's, a JUnit `message`, a report's crash) described as its `E` line would be. */
export function describeMessage(message: string): DescribedTraceback {
	return describeTraceback([toErrorLine(message)]);
}

/**
The type a headline names, read loosely: any dotted word before a colon, or a headline that is one such word
(`socket.timeout: timed out`, `error: …`, `Name:text`). For telling whether two renderings of one failure name the
same exception (`runs/same-run.ts`), where a name `splitHeadline` does not take for Python's (a lowercase last part)
still names one. Unlike `splitHeadline`, an `assert …` headline names none; undefined when none.
*/
export function looseExceptionType(headline: string): string | undefined {
	return /^([\w.]+)(?::|$)/.exec(headline)?.[1];
}

/** Exception type and message of a failure: its `exceptionType`, or what the headline starts with. */
export function splitHeadline(failure: {
	readonly headline: string;
	readonly exceptionType?: string;
}): {
	exceptionType: string;
	message: string;
} {
	const headline = failure.headline.trim();
	if (failure.exceptionType && headline.startsWith(failure.exceptionType)) {
		return {
			exceptionType: failure.exceptionType,
			message: headline
				.slice(failure.exceptionType.length)
				.replace(/^:\s?/, ''),
		};
	}

	if (failure.exceptionType) {
		return {exceptionType: failure.exceptionType, message: headline};
	}

	const typed = typedLine.exec(headline);
	if (
		typed &&
		typed[1]!.length <= longestTypeName &&
		isExceptionLine(headline)
	) {
		return {
			exceptionType: typed[1]!,
			message: headline.slice(typed[0].length),
		};
	}

	if (headline.startsWith('assert ')) {
		return {exceptionType: 'AssertionError', message: headline};
	}

	return {exceptionType: '', message: headline};
}
