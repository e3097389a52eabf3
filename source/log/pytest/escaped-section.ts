/**
A captured section's content (`Captured stdout call`, `Captured log call`) that pytest wrote whole with
`unicode-escape`. Where stdout takes only ASCII (`PYTHONIOENCODING=ascii`, strict; a Windows console's code page) and a
text holds a character it cannot write, pytest's terminal writer writes the text escaped instead
(`msg.encode('unicode-escape')`), and a section's content is one write: its lines come out as one line joined by `\n`
(`loading Z\xfcrich\nsecond line`), its backslashes `\\`. A native traceback so written is split where it is read
(`escaped-write.ts`); a section's content ends with a real newline, so nothing is glued after it, and it is undone here
into the lines the test printed.

Such a line is nothing but printable ASCII and the escapes `unicode-escape` writes, holds a `\n` and an escape of a
character past ASCII that Python prints (a repr escapes only those it does not: `'a\x85\nb'` is ASCII a test printed),
and no bytes literal (`b'\xc3\xbc\n'`, whose escapes are its own). Only `\n`, `\t`, `\\` and such characters are
undone: an escaped control character (`\x1b`, `\r`) stays as written, so no escape sequence of the log's goes live.
*/
/** Text `unicode-escape` writes: printable ASCII but the backslash, and the escapes. */
const written =
	/^(?:[\u0020-\u005B\u005D-\u007E]|\\(?:\\|[ntr]|x[\da-f]{2}|u[\da-f]{4}|U[\da-f]{8}))*$/;
const escape = /\\(?:\\|[ntr]|x[\da-f]{2}|u[\da-f]{4}|U[\da-f]{8})/g;
/** A bytes literal's opening (`b'`, `rb"`), not ending a word. */
const bytesLiteral = /(?:^|[^\w'"\\])[bB][rR]?['"]|(?:^|[^\w'"\\])[rR][bB]['"]/;
/** Whether Python's `str.isprintable` is false for the character (its categories C* and Z*): a repr escapes it. */
const unprintable = /[\p{C}\p{Z}]/u;

/** The character an escape past ASCII stands for, if Python prints it; undefined for any other escape. */
function printedPastAscii(match: string): string | undefined {
	const kind = match[1];
	if (kind !== 'x' && kind !== 'u' && kind !== 'U') {
		return undefined;
	}

	const code = Number.parseInt(match.slice(2), 16);
	if (
		code < 0x80 ||
		code > 0x10_ff_ff ||
		(code >= 0xd8_00 && code <= 0xdf_ff)
	) {
		return undefined;
	}

	const character = String.fromCodePoint(code);
	return unprintable.test(character) ? undefined : character;
}

/**
The lines a captured section's line stands for, when it is such a write (`Entry.append` stores them as the section's
lines); undefined for any other line.
*/
export function escapedSectionLines(line: string): string[] | undefined {
	if (!line.includes('\\n') || !written.test(line) || bytesLiteral.test(line)) {
		return undefined;
	}

	let isPastAscii = false;
	const text = line.replaceAll(escape, match => {
		switch (match[1]) {
			case '\\': {
				return '\\';
			}

			case 'n': {
				return '\n';
			}

			case 't': {
				return '\t';
			}

			default: {
				const character = printedPastAscii(match);
				isPastAscii ||= character !== undefined;
				return character ?? match;
			}
		}
	});
	return isPastAscii ? text.split('\n') : undefined;
}

/** Whether a line, as UTF-8 bytes, holds a backslash before an `n`: only then may it be such a write. */
export function mayBeEscapedWrite(
	bytes: Uint8Array,
	start: number,
	end: number,
): boolean {
	let index = bytes.indexOf(92 /* \\ */, start);
	while (index !== -1 && index < end - 1) {
		if (bytes[index + 1] === 110 /* n */) {
			return true;
		}

		index = bytes.indexOf(92, index + 2);
	}

	return false;
}
