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
