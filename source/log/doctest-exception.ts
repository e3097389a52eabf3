/**
doctest's `UNEXPECTED EXCEPTION: NameError("name 'x' is not defined")` line, read as the exception's own line. pytest 7.2's
`--tb=line` prints a doctest report's first 50 characters and nothing else, so the line is often all the log holds of the
exception, and often cut (`UNEXPECTED EXCEPTION: NameE`); the XML ends with Python's traceback, whose last line is the
headline (`NameError: name 'x' is not defined`).
*/

const prefix = 'UNEXPECTED EXCEPTION: ';

/** Where a string literal of Python's repr ends: the index of its closing quote, or -1 when the text ends first. */
function closingQuote(text: string, start: number, quote: string): number {
	for (let index = start; index < text.length; index++) {
		const character = text[index];
		if (character === '\\') {
			return -2;
		}

		if (character === quote) {
			return index;
		}
	}

	return -1;
}

function isNameCharacter(character: string): boolean {
	return (
		(character >= 'a' && character <= 'z') ||
		(character >= 'A' && character <= 'Z') ||
		(character >= '0' && character <= '9') ||
		character === '_' ||
		character === '.'
	);
}

/**
The exception an `UNEXPECTED EXCEPTION: Type('message')` line shows, as Python's traceback ends with it (`Type: message`;
`KeyError: 'a'`, whose message is the key's repr), with `...` where the line is cut (`NameE...`, `NameError: name 'x...`).
undefined for another line, and for arguments this does not read as Python prints them (several, not a string, a string
with escapes).
*/
export function unexpectedExceptionLine(line: string): string | undefined {
	if (!line.startsWith(prefix)) {
		return undefined;
	}

	let index = prefix.length;
	while (index < line.length && isNameCharacter(line[index]!)) {
		index++;
	}

	const type = line.slice(prefix.length, index);
	if (type === '') {
		return undefined;
	}

	if (index === line.length) {
		return `${type}...`;
	}

	if (line[index] !== '(') {
		return undefined;
	}

	const rest = line.slice(index + 1);
	if (rest === '' || rest === ')') {
		return rest === '' ? `${type}...` : type;
	}

	const quote = rest[0]!;
	if (quote !== "'" && quote !== '"') {
		return undefined;
	}

	const close = closingQuote(rest, 1, quote);
	if (close === -2) {
		return undefined;
	}

	const isKey = type === 'KeyError' || type.endsWith('.KeyError');
	if (close === -1) {
		return `${type}: ${isKey ? rest : rest.slice(1)}...`;
	}

	if (close !== rest.length - 2 || rest.at(-1) !== ')') {
		return undefined;
	}

	return `${type}: ${isKey ? rest.slice(0, close + 1) : rest.slice(1, close)}`;
}
