/**
A `--tb=native` traceback that pytest wrote whole with `unicode-escape`. Where stdout takes only ASCII
(`PYTHONIOENCODING=ascii`, strict) and a text holds a character past it, pytest's terminal writer writes the text
escaped instead (`msg.encode('unicode-escape')`): a native traceback is one write of all its lines, so it comes out as
one line, its newlines `\n`, its backslashes `\\`, and the line pytest writes next (the next entry's header, a
`Captured log call` rule) glued after its last `\n`. Such a line opens with `Traceback (most recent call last):\n`
(backslash and `n`, which no traceback's own first line holds) and is, up to its last `\n`, nothing but ASCII and the
escapes `unicode-escape` writes, one of them at least a character's past ASCII; that part is undone into its lines. What
follows its last `\n` was another write and stays as printed (escaped as that write was, as the log's other lines are).
*/

const opening =
	/^(?: {2}\+ Exception Group )?Traceback \(most recent call last\):\\n/;
/** Text `unicode-escape` writes: printable ASCII but the backslash, and the escapes. */
const written =
	/^(?:[\u0020-\u005B\u005D-\u007E]|\\(?:\\|[ntr]|x[\da-f]{2}|u[\da-f]{4}|U[\da-f]{8}))*$/;
const pastAscii = /\\(?:x[89a-f][\da-f]|u[\da-f]{4}|U[\da-f]{8})/;
const escape = /\\(?:\\|[ntr]|x[\da-f]{2}|u[\da-f]{4}|U[\da-f]{8})/g;
const controls: Record<string, string> = {n: '\n', t: '\t', r: '\r'};

const openings = [
	'Traceback (most recent call last):\\n',
	'  + Exception Group Traceback (most recent call last):\\n',
].map(text => Buffer.from(text, 'latin1'));

/** Whether a line, as bytes, opens as such a traceback does: read as text then (`escapedWriteLines`), never as bytes. */
export function opensEscapedWrite(
	bytes: Uint8Array,
	start: number,
	end: number,
): boolean {
	const first = bytes[start];
	if (first !== 84 /* T */ && first !== 32) {
		return false;
	}

	return openings.some(
		opening =>
			end - start > opening.length &&
			opening.every((byte, index) => bytes[start + index] === byte),
	);
}

function unescaped(text: string): string {
	return text.replaceAll(escape, match => {
		const kind = match[1]!;
		if (kind === '\\') {
			return '\\';
		}

		return (
			controls[kind] ??
			String.fromCodePoint(Number.parseInt(match.slice(2), 16))
		);
	});
}

/**
The lines of a native traceback written whole with `unicode-escape`, then what was glued after it (when anything was);
undefined for any other line.
*/
export function escapedWriteLines(text: string): string[] | undefined {
	if (text.charCodeAt(0) !== 84 /* T */ && text.charCodeAt(0) !== 32) {
		return undefined;
	}

	if (!opening.test(text)) {
		return undefined;
	}

	// The last `\n` ends the write; an escaped backslash before an `n` (`\\n`) leaves the part before it unpaired, which
	// `written` refuses.
	const end = text.lastIndexOf('\\n');
	const body = text.slice(0, end);
	if (!written.test(body) || !pastAscii.test(body)) {
		return undefined;
	}

	const lines = unescaped(body).split('\n');
	const rest = text.slice(end + 2);
	return rest === '' ? lines : [...lines, rest];
}
