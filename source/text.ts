import {Buffer} from 'node:buffer';

/** The length of the longest text, at least `atLeast`: without spreading (a 150,000-file list would overflow the stack). */
export function longestLength(texts: Iterable<string>, atLeast = 0): number {
	let longest = atLeast;
	for (const text of texts) {
		if (text.length > longest) {
			longest = text.length;
		}
	}

	return longest;
}

/**
`text` in at most `width` characters: a longer one loses its middle to `…`, keeping more of its end than of its
start (a path's file name, a team's name after its organization), so a column of them stays `width` wide.
*/
export function cutMiddle(text: string, width: number): string {
	const characters = [...text];
	if (characters.length <= width) {
		return text;
	}

	if (width <= 1) {
		return '…'.slice(0, width);
	}

	const head = Math.floor((width - 1) / 3);
	const tail = width - 1 - head;
	return `${characters.slice(0, head).join('')}…${characters.slice(-tail).join('')}`;
}

/**
A count with commas between thousands (`12,345`), as `toLocaleString('en')` writes a whole number, without
Intl: its first call loads the locale data, a twentieth of a second on the way to the review's first frame.
*/
export function groupThousands(count: number): string {
	return Number.isSafeInteger(count) && !Object.is(count, -0)
		? String(count).replaceAll(/\B(?=(?:\d{3})+$)/g, ',')
		: count.toLocaleString('en');
}

/** How many reports a bulk command (undo, decide) names one by one before `… and N more`: a bulk action must not flood the terminal. */
export const reportsListed = 10;

/**
The lines a bulk command prints for `items`: one each with `isAll`, else the first `reportsListed` and
`… and N more (allHint)`. `lineOf` runs only on the items shown.
*/
export function listedLines<T>(
	items: readonly T[],
	lineOf: (item: T) => string,
	options: {readonly isAll: boolean; readonly allHint: string},
): string[] {
	if (options.isAll || items.length <= reportsListed) {
		return items.map(item => lineOf(item));
	}

	return [
		...items.slice(0, reportsListed).map(item => lineOf(item)),
		`… and ${groupThousands(items.length - reportsListed)} more (${options.allHint})`,
	];
}

/**
`a, b, c and 2 more`: the first `shown` of a list of names that can be long, and how many it leaves out of `count`
(the names' own number, or more where some of what is counted has no name to show).
*/
export function namesAndMore(
	names: readonly string[],
	shown: number,
	count = names.length,
): string {
	const named = names.slice(0, shown);
	return count > named.length
		? `${named.join(', ')} and ${count - named.length} more`
		: named.join(', ');
}

/** `1 failure`, `2 failures`. */
export function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** A size as a person reads it: `512 bytes`, `7.5 KB`, `24 KB`, `1.0 MB`, `2.3 GB` (1 KB is 1,024 bytes). */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) {
		return plural(bytes, 'byte');
	}

	const kilobytes = bytes / 1024;
	// Whole kilobytes from 10 KB (`24 KB`, not `23.7 KB`); megabytes and gigabytes keep a decimal.
	if (kilobytes < 10) {
		return `${kilobytes.toFixed(1)} KB`;
	}

	if (Math.round(kilobytes) < 1024) {
		return `${Math.round(kilobytes)} KB`;
	}

	const megabytes = kilobytes / 1024;
	return megabytes < 1023.95
		? `${megabytes.toFixed(1)} MB`
		: `${(megabytes / 1024).toFixed(1)} GB`;
}

/**
A copy of a text that is a string of its own: not a slice that keeps the longer text it was cut from alive
(V8 keeps a slice's parent), nor a tree of the pieces it was joined from. For texts kept long, by the
thousand (a signature, a crash site, a reason).
*/
export function ownCopy(text: string): string {
	// V8 flattens the joined text into a new string before slicing it: the slice's parent is that copy, never
	// `text`'s (a round trip through a Buffer did the same in four times the time: 2.6 µs a 100-character text).
	return ` ${text}`.slice(1);
}

/**
`part` of `total` as a percentage with one decimal (`4.5%`). Rounded, except that it says `100.0%` only when
every one is and `0.0%` only when none is: 9,999 of 10,000 decided is `99.9%`, not done.
*/
export function percent(part: number, total: number): string {
	if (total <= 0 || part <= 0) {
		return '0.0%';
	}

	if (part >= total) {
		return '100.0%';
	}

	const tenths = Math.min(999, Math.max(1, Math.round((part / total) * 1000)));
	return `${(tenths / 10).toFixed(1)}%`;
}

let graphemes: Intl.Segmenter | undefined;

/**
`text` without its last character as a person sees one: what Backspace takes from a note, an issue, a filter or a
search. A character is a grapheme, not a code point: a flag (two code points), an emoji joined from several, a letter
and its combining accent. Taking one code point left half a flag (a lone regional indicator) or a dangling joiner in
the note, which was saved so.
*/
export function withoutLastCharacter(text: string): string {
	graphemes ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'});
	let last = 0;
	for (const {index} of graphemes.segment(text)) {
		last = index;
	}

	return text.slice(0, last);
}

/** Where the character (grapheme) before `offset` in `text` starts: where ← puts a note's cursor. */
export function previousCharacterStart(text: string, offset: number): number {
	graphemes ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'});
	let start = 0;
	for (const {index} of graphemes.segment(text)) {
		if (index >= offset) {
			break;
		}

		start = index;
	}

	return start;
}

/** Where the character (grapheme) at `offset` in `text` ends: where → puts a note's cursor. */
export function nextCharacterEnd(text: string, offset: number): number {
	graphemes ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'});
	for (const {index, segment} of graphemes.segment(text)) {
		if (index >= offset) {
			return index + segment.length;
		}
	}

	return text.length;
}

/** Whether every character is ASCII (its UTF-8 is as long as it is): a native count, no regular expression. */
export function isAscii(text: string): boolean {
	return Buffer.byteLength(text, 'utf8') === text.length;
}
