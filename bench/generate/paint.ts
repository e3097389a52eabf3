/**
Terminal output: colours as `--color=yes` prints them, separators, and Python source highlighted as
pygments does it.
*/
export const esc = '\u001B[';
export const reset = `${esc}0m`;

export type Painter = (text: string, ...codes: number[]) => string;

export function makePainter(color: boolean): Painter {
	if (!color) {
		return text => text;
	}

	return (text, ...codes) =>
		codes.map(code => `${esc}${code}m`).join('') + text + reset;
}

export const colors = {
	bold: 1,
	red: 31,
	green: 32,
	yellow: 33,
	cyan: 36,
} as const;

/** pytest's `TerminalWriter.sep` for an 80-column terminal. */
export function separator(
	char: string,
	title?: string,
	width = 80,
	visibleTitle = title,
): string {
	if (title === undefined || visibleTitle === undefined) {
		return char.repeat(width);
	}

	const fill = char.repeat(
		Math.max(Math.floor((width - visibleTitle.length - 2) / 2), 1),
	);
	let line = `${fill} ${title} ${fill}`;
	if (fill.length * 2 + visibleTitle.length + 2 + 1 <= width) {
		line += char;
	}

	return line;
}

const pythonKeywords = new Set(
	`and as assert async await break class continue def del elif else except finally for from global if import lambda nonlocal pass raise return try while with yield None True False`.split(
		' ',
	),
);
const operatorWords = new Set(['and', 'or', 'not', 'in', 'is']);
const builtins = new Set(
	`self len range print open sum min max bytearray bytes dict list set str int float isinstance super TimeoutError MemoryError OSError KeyError RuntimeError ConnectionError ConnectionRefusedError ValueError TypeError`.split(
		' ',
	),
);

const sourceToken =
	/(?<string>[fb]?(?:"[^"]*"|'[^']*'))|(?<word>[A-Za-z_]\w*)|(?<number>\d+(?:\.\d+)?)|(?<other>[^\w"']+|.)/gy;

function pygmentsToken(text: string, code: number): string {
	return `${esc}${code}m${text}${esc}39;49;00m`;
}

function highlightString(token: string): string {
	let prefix = '';
	let rest = token;
	if (rest.startsWith('f') || rest.startsWith('b')) {
		prefix = pygmentsToken(rest.charAt(0), 33);
		rest = rest.slice(1);
	}

	const isFormat = token.startsWith('f');
	const quote = rest.charAt(0);
	const body = rest.slice(1, -1);
	let out = prefix + pygmentsToken(quote, 33);
	const pieces = isFormat ? body.split(/({[^}]*})/) : [body];
	for (const piece of pieces) {
		if (piece === '') {
			continue;
		}

		if (isFormat && piece.startsWith('{')) {
			out +=
				pygmentsToken('{', 33) +
				highlightTokens(piece.slice(1, -1)) +
				pygmentsToken('}', 33);
		} else {
			// Pygments starts a new token at every quote of the other kind.
			for (const part of piece.split(/(["'])/)) {
				if (part !== '') {
					out += pygmentsToken(part, 33);
				}
			}
		}
	}

	return out + pygmentsToken(quote, 33);
}

function highlightTokens(source: string): string {
	let out = '';
	sourceToken.lastIndex = 0;
	let previous = '';
	for (const match of source.matchAll(sourceToken)) {
		const groups = match.groups ?? {};
		const string = groups['string'];
		const word = groups['word'];
		const number = groups['number'];
		if (string !== undefined) {
			out += highlightString(string);
		} else if (word !== undefined) {
			const isAttribute = previous.endsWith('.');
			if (isAttribute) {
				out += word;
			} else if (operatorWords.has(word)) {
				out += pygmentsToken(word, 95);
			} else if (pythonKeywords.has(word)) {
				out += pygmentsToken(word, 94);
			} else if (builtins.has(word)) {
				out += pygmentsToken(word, 96);
			} else {
				out += word;
			}
		} else if (number === undefined) {
			out += match[0];
		} else {
			out += pygmentsToken(number, 94);
		}

		previous = match[0];
	}

	return out;
}

/** A source line as pytest prints it through pygments with `--color=yes`. */
export function highlightPython(source: string): string {
	return `${reset}${highlightTokens(source)}${esc}90m${esc}39;49;00m`;
}
