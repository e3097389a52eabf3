/**
Ink's styled characters of a line (`OutputCaches.getStyledChars`), read without Unicode segmentation when
the line allows it.

Ink tokenizes every line it draws with `@alcalzone/ansi-tokenize`, which walks the line grapheme by grapheme
(`Intl.Segmenter`) and asks for each whether it is wide (a chain of a few hundred code-point comparisons,
run cold on the first frame): most of the review's first frame on a loaded machine. The review's lines are
nearly always colours, hyperlinks and characters that are one column wide and never join a neighbour into
one grapheme (`narrow` in bundle-stubs/narrow-width.ts). Such a line is tokenized here one UTF-16 unit at
a time; its escape sequences are still read by ansi-tokenize itself, one sequence at a time. Any other line
(an emoji, a combining mark, East Asian text, a stray escape) goes to ansi-tokenize whole.
test/ui/styled-chars.test.ts checks every such character, and random lines, against ansi-tokenize.
*/
import {
	styledCharsFromTokens,
	tokenize,
	type StyledChar,
	type Token,
} from '@alcalzone/ansi-tokenize';
import {isNarrowCharacter} from '../bundle-stubs/narrow-width.js';

/**
The sequences ansi-tokenize reads as codes, exactly as it delimits them: SGR (`ESC [` digits and `;` up to
`m`) and OSC 8 hyperlinks (`ESC ] 8 ;` parameters up to the first `;`, the URL up to the first BEL).
*/
const sequences = /\u001B\[[\d;]*m|\u001B]8;[^;]*;[^\u0007]*\u0007/g;

/**
Appends the characters of `line` from `from` to `to` as ansi-tokenize would tokenize them; false (and
nothing appended that matters: the caller starts again) when one of them is not narrow.
*/
function pushNarrow(
	tokens: Token[],
	line: string,
	from: number,
	to: number,
): boolean {
	for (let index = from; index < to; index++) {
		if (!isNarrowCharacter(line.charCodeAt(index))) {
			return false;
		}

		tokens.push({type: 'char', value: line[index]!, fullWidth: false});
	}

	return true;
}

/**
`tokenize(line)` of ansi-tokenize, the same tokens. The characters between sequences are graphemes of
their own (narrow characters never join: no combining mark, joiner, variation selector, Hangul or
regional indicator among them), and an escape sequence starts and ends with a control character, which
always stands alone: tokenizing the pieces one after the other gives what the whole line gives.
*/
export function tokenizeLine(line: string): Token[] {
	const tokens: Token[] = [];
	let from = 0;
	for (const match of line.matchAll(sequences)) {
		if (!pushNarrow(tokens, line, from, match.index)) {
			return tokenize(line);
		}

		tokens.push(...tokenize(match[0]));
		from = match.index + match[0].length;
	}

	return pushNarrow(tokens, line, from, line.length) ? tokens : tokenize(line);
}

/** `styledCharsFromTokens(tokenize(line))`, as Ink's caches compute it. */
export function styledCharsOf(line: string): StyledChar[] {
	return styledCharsFromTokens(tokenizeLine(line));
}
