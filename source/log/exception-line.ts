/**
What Python prints as an exception's last line (`Name: message`, `pkg.Name`): the traceback reader's test of
a candidate headline, shared with its reader of exception groups.
*/

/**
`Name: message` or `Name` alone: what Python prints as an exception's last line. A class defined in a function is
named by its qualified name, `module.function.<locals>.Name`; a name may hold any letters (`ErreurRéseau`).
*/
export const typedLine =
	/^([\p{L}_](?:[\p{L}\p{N}_.]|<locals>)*)(?::(?:\s|$)|$)/u;

/**
The longest name taken for an exception's type. Python's longest qualified class names are well under it; a
longer word is a test's output, and the rules that read a type (`\w*Connect\w*Error$`) would take time
quadratic in its length: a 400 KB word took 24 s.
*/
export const longestTypeName = 256;

/** A type's name as given (a JUnit `type` attribute), when it is no longer than a type's name can be. */
export function typeNameWithin(name: string | undefined): string | undefined {
	return name !== undefined && name.length <= longestTypeName
		? name
		: undefined;
}

/** Whether a line reads `Name: message` or `Name` (any case): a candidate exception line. */
export function isTypedLine(line: string): boolean {
	return typedLine.test(line);
}

const whitespace = /\s/;

const letterOrDigit = /[\p{L}\p{N}]/u;

/** A character of a Python name (letters of any script, digits, `_`); the ASCII ones without a match. */
function isWordCode(code: number, line: string, at: number): boolean {
	return (
		(code >= 97 && code <= 122) ||
		(code >= 65 && code <= 90) ||
		(code >= 48 && code <= 57) ||
		code === 95 ||
		(code > 127 && letterOrDigit.test(line[at]!))
	);
}

/** Whether a character is an upper-case letter of any script. */
function isCapital(code: number, character: string | undefined): boolean {
	if (code >= 65 && code <= 90) {
		return true;
	}

	return (
		code > 127 &&
		character !== undefined &&
		character !== character.toLowerCase() &&
		character === character.toUpperCase()
	);
}

/**
`Name: message` or `pkg.Name` where the last dotted part is capitalized: `psycopg2.OperationalError: …`, `Failed: Timeout`.
`typedLine`, then a capital after the last part's underscores, read in one pass without a match or a string made
(it is asked of most lines of every `E` block).
*/
export function isExceptionLine(line: string): boolean {
	const {length} = line;
	const first = line.charCodeAt(0);
	if (
		length === 0 ||
		!isWordCode(first, line, 0) ||
		(first >= 48 && first <= 57)
	) {
		return false;
	}

	// The name (`[\w.]*` after its first character), and where its last dotted part starts.
	let end = 1;
	let lastPart = 0;
	for (; end < length; end++) {
		const code = line.charCodeAt(end);
		if (code === 46 /* . */) {
			lastPart = end + 1;
		} else if (code === 60 /* < */ && line.startsWith('<locals>', end)) {
			end += 7;
		} else if (!isWordCode(code, line, end)) {
			break;
		}
	}

	// After the name: the end, or `:` and then the end or a blank.
	if (
		end < length &&
		(line.charCodeAt(end) !== 58 /* : */ ||
			(end + 1 < length && !whitespace.test(line[end + 1]!)))
	) {
		return false;
	}

	let at = lastPart;
	while (at < end && line.charCodeAt(at) === 95 /* _ */) {
		at++;
	}

	return at < end && isCapital(line.charCodeAt(at), line[at]);
}
