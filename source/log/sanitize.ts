/**
Text from a log is untrusted: a test can print anything, and a terminal obeys what it is sent. Everything
the review screen shows from a log (ids, headlines, tracebacks, captured output, notes) goes through here
first, so that escape sequences and control characters arrive as visible, inert text: no cursor moves, no
screen clears, no title or clipboard writes (OSC 52), no reordering by bidirectional overrides.
*/

import {asciiEscaped, caretFormOf, showsAsciiOnly} from './ascii-text.js';

const tabWidth = 4;

/**
The characters no output shows raw, but for lone surrogates: C0 controls (except tab and newline), DEL, C1
controls, zero-width characters (U+200B–U+200D, U+2060, U+FEFF), bidi marks, embeddings, overrides and isolates,
line/paragraph separators. JSON's own text needs no more (JSON.stringify escapes a lone surrogate itself).
*/
export const unsafeCharacterPattern =
	/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;

/**
What no output shows raw: `unsafeCharacterPattern`, and a lone surrogate (from JSON input: a report log's or a
journal's `\ud800`), which a terminal would be sent as U+FFFD, two ids told apart by it shown alike. The one
list: the review, the report and every export use it.
*/
export const unsafePattern = new RegExp(
	`${unsafeCharacterPattern.source}|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]`,
);
const unsafePatternGlobal = new RegExp(unsafePattern.source, 'g');
/**
One character class over what `unsafePattern` matches and every surrogate, paired or not: a scan as fast as a
class alone (the lone-surrogate lookarounds made the whole pattern's scan 4 times slower on plain text), so
that the whole pattern runs only on text that holds a control character or a character beyond U+FFFF.
*/
const maybeUnsafe = new RegExp(
	`${unsafeCharacterPattern.source.slice(0, -1)}\\uD800-\\uDFFF]`,
);

/** Whether `text` holds a character of `unsafePattern`. */
function hasUnsafe(text: string): boolean {
	return maybeUnsafe.test(text) && unsafePattern.test(text);
}

/** A character of `unsafePattern` in a source language's escape form: `\x9b`, `\u202e`. */
function escapeFormOf(character: string): string {
	const code = character.charCodeAt(0);
	return code < 0x1_00
		? `\\x${code.toString(16).padStart(2, '0')}`
		: `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Where a character of `unsafePattern` starts at `lastIndex`. */
const unsafeAt = new RegExp(unsafePattern.source, 'y');

/**
A run of backslashes (from its first), and the escape form that may follow it: a form only, `\x`, `\u`, and
lower-case hex digits, as `escapeFormOf` writes it.
*/
const backslashRun = /(?<!\\)(\\+)(x[\da-f]{2}|u[\da-f]{4})?/g;

/**
`text` with each run of backslashes doubled where it comes before what `escapeControls` shows as an escape: the text
of a character's escape form (`\x1b`, `\u202e`, as pytest prints such an id escaped) or a character it escapes. A
reader then tells them apart as in a string literal: `\x1b` is the ESC itself, `\\x1b` the text `\x1b`. A backslash
anywhere else is left alone (`Z\xfcrich`: `\xfc` is no escape form of a control, `C:\dir`).
*/
function withAmbiguousBackslashesDoubled(text: string): string {
	return text.replaceAll(
		backslashRun,
		(
			run: string,
			backslashes: string,
			form: string | undefined,
			offset: number,
		) => {
			if (form === undefined) {
				const next = offset + backslashes.length;
				unsafeAt.lastIndex = next;
				return unsafeAt.test(text) &&
					!(text[next] === '\r' && text[next + 1] === '\n')
					? backslashes + run
					: run;
			}

			unsafeAt.lastIndex = 0;
			return unsafeAt.test(
				String.fromCharCode(Number.parseInt(form.slice(1), 16)),
			)
				? backslashes + run
				: run;
		},
	);
}

/**
Text for a file or a pipe (CSV, Markdown): tab, newline and CRLF kept, every character of `unsafePattern`
written as its escape (`\x1b`, `\x9b`, `\u202e`, `\u200b`), so that nothing in it moves a cursor,
overwrites text or reorders a line in a terminal, and nothing hides in a spreadsheet. Text that already holds
such an escape as text is left as it is, as the log shows it: a headline's `assert '\x1b[31m' == ''` (Python's
repr of a colour code) reads as in the log. A test id is written with `escapeIdControls`.
*/
export function escapeControls(text: string): string {
	return hasUnsafe(text)
		? text.replaceAll(unsafePatternGlobal, (character, offset: number) =>
				// A CR before an LF only ends a line (a CRLF inside a CSV cell): only a lone CR overwrites one.
				character === '\r' && text[offset + 1] === '\n'
					? character
					: escapeFormOf(character),
			)
		: text;
}

/**
A test id for a file or a pipe: `escapeControls`, with each run of backslashes doubled where it comes before the
text of an escape it writes, as in a string literal, so that an id holding ESC itself (pytest's
`disable_test_id_escaping…` option) is `test_x[\x1b]` and pytest's escaped id holding the text `\x1b` is
`test_x[\\x1b]`: two tests never read as one, and import tells them apart (`triage/import-escapes.ts`). Only ids:
a message's text stays as the log shows it (`escapeControls`).
*/
export function escapeIdControls(text: string): string {
	return escapeControls(
		text.includes('\\') ? withAmbiguousBackslashesDoubled(text) : text,
	);
}

function visibleFormOf(character: string): string {
	const code = character.charCodeAt(0);
	if (showsAsciiOnly() && (code < 0x20 || code === 0x7f)) {
		return caretFormOf(code);
	}

	if (code === 0x1b) {
		// The one that matters most gets the most recognisable form.
		return '\u241B';
	}

	if (code < 0x20) {
		// Unicode's Control Pictures block: ␀ ␁ … ␟.
		return String.fromCharCode(0x24_00 + code);
	}

	if (code === 0x7f) {
		return '\u2421';
	}

	return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

function expandTabs(line: string): string {
	if (!line.includes('\t')) {
		return line;
	}

	let result = '';
	for (const character of line) {
		result +=
			character === '\t'
				? ' '.repeat(tabWidth - (result.length % tabWidth))
				: character;
	}

	return result;
}

/**
Make untrusted text safe to print: control characters and escape sequences become visible symbols
(ESC → `␛`, other C0 controls → `␀`…`␟`, DEL → `␡`, C1 controls, bidi controls and lone surrogates → `<U+XXXX>`),
tabs become spaces. Newlines are kept; use `sanitizeLine` for text that must stay on one line. On a terminal
that shows ASCII alone (`showAsciiOnly`), C0 controls are `^[`, `^A`, … and every other character beyond ASCII
is written as Python's `ascii()` writes it (`\u4e2d`).
*/
export function sanitize(text: string): string {
	const lines = text.includes('\r') ? text.replaceAll('\r\n', '\n') : text;
	const visible = hasUnsafe(lines)
		? lines.replaceAll(unsafePatternGlobal, visibleFormOf)
		: lines;
	const shown = showsAsciiOnly() ? asciiEscaped(visible) : visible;
	return shown.includes('\t')
		? shown.split('\n').map(expandTabs).join('\n')
		: shown;
}

/**
A test's id as a person reads it: the id, or for pytest's own collection error, which has none (a conftest.py
below the rootdir that fails to import, `ERROR collecting test session`), `(test session)`.
*/
export function namedId(id: string): string {
	return id === '' ? '(test session)' : id;
}

/** `namedId` for one line of the screen (`sanitizeLine`). */
export function shownId(id: string): string {
	return sanitizeLine(namedId(id));
}

/** Like `sanitize`, for text shown on one line: newlines become `⏎` (`^J` where the terminal shows ASCII alone). */
export function sanitizeLine(text: string): string {
	return sanitize(text).replaceAll(
		'\n',
		showsAsciiOnly() ? caretFormOf(0x0a) : '\u23CE',
	);
}

/** Split untrusted text into safe display lines. */
export function sanitizeLines(text: string): string[] {
	return sanitize(text).split('\n');
}
