/**
Text from a log on a terminal that shows ASCII alone (`LANG=C`, `LC_ALL=POSIX`, `TERM=dumb`, no locale on a
`vt220`: `ui/ascii.ts` decides). There, UTF-8 is garbage, and worse: a Latin-1 terminal reads the bytes 0x80–0x9F
of a UTF-8 character as C1 controls (the `␛` that shows an ESC is E2 90 9B, and 0x9B is CSI). So the review writes
a log's other characters as Python's `ascii()` would, as pytest escapes ids on an ASCII-only stdout (`\xe9`,
`\u4e2d`, `\U0001f600`), and its controls in caret notation, as `cat -v` does (`^[`, `^A`, `^?`). Files and pipes
(exports, reports) stay UTF-8 whatever the locale: they are read by other programs, not by this terminal.
*/

let isAsciiOnly = false;

/** From now on, what `sanitize` shows is ASCII (the review on a terminal that cannot show more). */
export function showAsciiOnly(on = true): void {
	isAsciiOnly = on;
}

/** Whether `sanitize` shows ASCII alone. */
export function showsAsciiOnly(): boolean {
	return isAsciiOnly;
}

/** A C0 control or DEL in caret notation: ESC `^[`, SOH `^A`, DEL `^?`. */
export function caretFormOf(code: number): string {
	return `^${String.fromCharCode(code ^ 0x40)}`;
}

const beyondAscii = /[^\u0000-\u007F]/gu;

/** A character beyond ASCII as Python's `ascii()` writes it: `\xe9`, `\u4e2d`, `\U0001f600`. */
function escapeFormOf(character: string): string {
	const code = character.codePointAt(0)!;
	return code < 0x1_00
		? `\\x${code.toString(16).padStart(2, '0')}`
		: code < 0x1_00_00
			? `\\u${code.toString(16).padStart(4, '0')}`
			: `\\U${code.toString(16).padStart(8, '0')}`;
}

/** `text` (already made inert) with every character beyond ASCII in its escape form. */
export function asciiEscaped(text: string): string {
	return text.replaceAll(beyondAscii, escapeFormOf);
}
