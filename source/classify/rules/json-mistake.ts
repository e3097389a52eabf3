/**
Where a hand-written JSON file first goes wrong, and why, in a person's words: `JSON.parse` on Node 20 names no
line for the commonest slips (`Unexpected token ']', ..."},⏎]}⏎" is not valid JSON` for a trailing comma), and a
rules file is written by hand. Plain data in and out; only called once `JSON.parse` has refused the text.
*/

/** The first mistake: its line and column (from 1) and what it is. */
export type JsonMistake = {
	readonly line: number;
	readonly column: number;
	readonly reason: string;
};

class Mistake extends Error {
	readonly at: number;
	readonly reason: string;
	constructor(at: number, reason: string) {
		super(reason);
		this.at = at;
		this.reason = reason;
	}
}

const whitespace = new Set([' ', '\t', '\n', '\r']);
// Sticky: matched where the scanner is, without a copy of the rest of the text.
const literal = /true|false|null/y;
const numeral = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;

/** Reads one JSON value at a time, throwing a Mistake at the first character that cannot be. */
class Scanner {
	at = 0;
	readonly text: string;
	constructor(text: string) {
		this.text = text;
	}

	skipSpace(): void {
		while (whitespace.has(this.text[this.at] ?? '')) {
			this.at++;
		}
	}

	fail(reason: string, at = this.at): never {
		throw new Mistake(at, reason);
	}

	value(): void {
		this.skipSpace();
		const character = this.text[this.at];
		if (character === undefined) {
			this.fail('the file ends where a value was expected');
		}

		switch (character) {
			case '{': {
				this.object();

				break;
			}

			case '[': {
				this.array();

				break;
			}

			case '"': {
				this.string();

				break;
			}

			case "'": {
				this.fail('a string in single quotes: JSON takes double quotes');

				break;
			}

			default: {
				if (/[-\d]/.test(character)) {
					this.number();
				} else {
					literal.lastIndex = this.at;
					const word = literal.exec(this.text)?.[0];
					if (word === undefined) {
						this.fail(
							`unexpected ${shown(character)} where a value was expected`,
						);
					}

					this.at += word.length;
				}
			}
		}
	}

	object(): void {
		this.at++;
		this.skipSpace();
		if (this.text[this.at] === '}') {
			this.at++;
			return;
		}

		for (;;) {
			this.skipSpace();
			const character = this.text[this.at];
			if (character === '}') {
				this.fail(
					"a comma before '}': JSON allows no trailing comma",
					this.lastComma(),
				);
			}

			if (character !== '"') {
				this.fail(
					character === undefined
						? "the file ends inside an object: a '}' is missing"
						: character === "'"
							? 'a name in single quotes: JSON takes double quotes'
							: `a property name must be in double quotes, found ${shown(character)}`,
				);
			}

			this.string();
			this.skipSpace();
			if (this.text[this.at] !== ':') {
				this.fail(
					`expected ':' after the property name, found ${shown(this.text[this.at])}`,
				);
			}

			this.at++;
			this.value();
			this.skipSpace();
			const next = this.text[this.at];
			if (next === '}') {
				this.at++;
				return;
			}

			if (next !== ',') {
				this.fail(
					next === undefined
						? "the file ends inside an object: a '}' is missing"
						: `expected ',' or '}' after a property's value, found ${shown(next)} (a comma missing?)`,
				);
			}

			this.at++;
		}
	}

	array(): void {
		this.at++;
		this.skipSpace();
		if (this.text[this.at] === ']') {
			this.at++;
			return;
		}

		for (;;) {
			this.skipSpace();
			if (this.text[this.at] === ']') {
				this.fail(
					"a comma before ']': JSON allows no trailing comma",
					this.lastComma(),
				);
			}

			this.value();
			this.skipSpace();
			const next = this.text[this.at];
			if (next === ']') {
				this.at++;
				return;
			}

			if (next !== ',') {
				this.fail(
					next === undefined
						? "the file ends inside a list: a ']' is missing"
						: `expected ',' or ']' after a list's item, found ${shown(next)} (a comma missing?)`,
				);
			}

			this.at++;
		}
	}

	string(): void {
		const start = this.at;
		this.at++;
		for (;;) {
			const character = this.text[this.at];
			if (character === undefined || character === '\n') {
				this.fail("a string not closed on its line: a '\"' is missing", start);
			}

			if (character === '"') {
				this.at++;
				return;
			}

			if (character === '\\') {
				const escaped = this.text[this.at + 1] ?? '';
				if (escaped === 'u') {
					if (
						!/^[\da-fA-F]{4}$/.test(this.text.slice(this.at + 2, this.at + 6))
					) {
						this.fail('\\u must be followed by four hex digits');
					}

					this.at += 6;
					continue;
				}

				if (!'"\\/bfnrt'.includes(escaped) || escaped === '') {
					this.fail(
						`\\${escaped} is no JSON escape: a backslash in a pattern is written \\\\ (\\\\d for \\d)`,
					);
				}

				this.at += 2;
				continue;
			}

			if (character < ' ') {
				this.fail(
					'a control character in a string: write it as an escape (\\t, \\n)',
				);
			}

			this.at++;
		}
	}

	number(): void {
		numeral.lastIndex = this.at;
		const match = numeral.exec(this.text);
		if (!match) {
			this.fail(`not a number: ${shown(this.text[this.at])}`);
		}

		this.at += match[0].length;
	}

	/** The comma before the closing bracket at `at`, where the mistake is. */
	lastComma(): number {
		let index = this.at - 1;
		while (index > 0 && this.text[index] !== ',') {
			index--;
		}

		return index;
	}
}

function shown(character: string | undefined): string {
	return character === undefined
		? 'the end of the file'
		: JSON.stringify(character);
}

/** The first mistake in `text`, or undefined when it finds none (`JSON.parse`'s message is then the one to give). */
export function jsonMistake(text: string): JsonMistake | undefined {
	const scanner = new Scanner(text);
	try {
		scanner.value();
		scanner.skipSpace();
		if (scanner.at < text.length) {
			scanner.fail(
				`more after the end of the JSON value: ${shown(text[scanner.at])}`,
			);
		}

		return undefined;
	} catch (error) {
		// Anything else (a stack overflow on a file nested thousands deep): JSON.parse's own message is given.
		if (!(error instanceof Mistake)) {
			return undefined;
		}

		const before = text.slice(0, error.at);
		const lineStart = before.lastIndexOf('\n') + 1;
		return {
			line: before.split('\n').length,
			column: error.at - lineStart + 1,
			reason: error.reason,
		};
	}
}
