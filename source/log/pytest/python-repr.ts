/**
A Python string as `repr()` prints it, read back: xdist names a crashed worker's test that way
(`worker 'gw0' crashed while running 'test_x.py::test_city[Z\\xfcrich]'`), backslashes doubled, the quote escaped
or the other quote used (`"test_x.py::test_city[it's]"`).
*/

const escapes = /\\(?:x[\da-fA-F]{2}|u[\da-fA-F]{4}|U[\da-fA-F]{8}|.)/g;

const named: Readonly<Record<string, string>> = {
	n: '\n',
	r: '\r',
	t: '\t',
	'\\': '\\',
	"'": "'",
	'"': '"',
};

/** The string a whole Python `repr()` (quotes included) stands for; undefined when the text is not one. */
export function fromPythonRepr(text: string): string | undefined {
	const quote = text[0];
	if (
		text.length < 2 ||
		(quote !== "'" && quote !== '"') ||
		text.at(-1) !== quote
	) {
		return undefined;
	}

	const body = text.slice(1, -1);
	if (!body.includes('\\')) {
		return body.includes(quote) ? undefined : body;
	}

	return body.replaceAll(escapes, escape => {
		const letter = escape[1]!;
		if (letter === 'x' || letter === 'u' || letter === 'U') {
			return String.fromCodePoint(Number.parseInt(escape.slice(2), 16));
		}

		return named[letter] ?? escape;
	});
}

/** What Python's `str.isprintable()` calls unprintable: `repr()` escapes these (a space is printable). */
const unprintable = /[\p{C}\p{Z}]/u;

/** `repr()` of a Python string, as xdist prints a crashed worker's test id: the inverse of `fromPythonRepr`. */
export function toPythonRepr(text: string): string {
	const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
	let body = '';
	for (const char of text) {
		const code = char.codePointAt(0)!;
		if (char === '\\' || char === quote) {
			body += `\\${char}`;
		} else if (char === '\n' || char === '\r' || char === '\t') {
			body += char === '\n' ? '\\n' : char === '\r' ? '\\r' : '\\t';
		} else if (char !== ' ' && unprintable.test(char)) {
			const hex = code.toString(16);
			body +=
				code < 0x1_00
					? `\\x${hex.padStart(2, '0')}`
					: code < 0x1_00_00
						? `\\u${hex.padStart(4, '0')}`
						: `\\U${hex.padStart(8, '0')}`;
		} else {
			body += char;
		}
	}

	return `${quote}${body}${quote}`;
}

/**
pytest 7's `--tb=line` prints a report with no crash line as `str(longrepr)[:50]`, a crashed xdist worker's message cut
(`worker 'gw0' crashed while running 'crashrepr/test`): the whole message for test `id` when the cut one starts it.
*/
export function wholeWorkerCrash(line: string, id: string): string | undefined {
	const start = /^worker '[^']+' crashed while running /.exec(line)?.[0];
	const whole = start === undefined ? undefined : `${start}${toPythonRepr(id)}`;
	return whole?.startsWith(line) ? whole : undefined;
}
