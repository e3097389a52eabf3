/**
Ids a stdout that takes only ASCII printed with escapes (`PYTHONIOENCODING=ascii` or `ascii:backslashreplace`):
the console says `test_city[Z\xfcrich]` where the node id (and pytest's XML) says `test_city[Zürich]`.

pytest escapes parameter ids itself too (`test_name[f\xf6\xf6]` is the node id), so inside brackets an escape is
undone only where a line proves it was the output's: pytest measured the line with the character in it and padded
it to the terminal width, so the printed line runs past the width by what the escapes added. A function, class or
file name pytest never escapes: there every escape is the output's.
*/
import {textWidth} from '../../text-width.js';
import {isAscii} from '../../text.js';
import {tailKey} from './ids.js';
import {progressMarkerStart} from './progress-marker.js';

/** `\\` (a backslash, itself escaped) or one escaped character: `\xfc`, `\u6771`, `\U0001f600`. */
const escapes = /\\\\|\\x[\da-fA-F]{2}|\\u[\da-fA-F]{4}|\\U[\da-fA-F]{8}/g;

/**
The text with its escaped characters undone; `\\` stays unless `isDoubled` (pytest's writer escapes a whole line
with `unicode-escape` when stdout takes only ASCII, backslashes too).
*/
export function unescapeText(text: string, isDoubled = false): string {
	if (!text.includes('\\')) {
		return text;
	}

	return text.replaceAll(escapes, escape => {
		if (escape === '\\\\') {
			return isDoubled ? '\\' : escape;
		}

		const code = Number.parseInt(escape.slice(2), 16);
		return code <= 0x10_ff_ff ? String.fromCodePoint(code) : escape;
	});
}

/** How many more characters the text has than it would with its escapes undone. */
export function escapeExcess(text: string): number {
	return text.length - [...unescapeText(text)].length;
}

function hasEscape(text: string): boolean {
	// Most ids hold no backslash at all: one scan says so.
	return (
		text.includes('\\') &&
		(text.includes('\\x') || text.includes('\\u') || text.includes('\\U'))
	);
}

/** An id's (or an entry header's title's) names: what comes before its parameters. */
export function namesOf(id: string): string {
	const bracket = id.indexOf('[');
	return bracket === -1 ? id : id.slice(0, bracket);
}

/** The id with the escapes of its names (before any parameters) undone: pytest never escapes those. */
function unescapeNames(id: string): string {
	const names = namesOf(id);
	return unescapeText(names) + id.slice(names.length);
}

export class EscapedIds {
	/** The terminal width pytest wrote at (its `=== … ===` rules are that long), once known. */
	width: number | undefined;
	/** Ids (as `tailKey`s) a line proved were printed with escapes; true when backslashes were doubled too. */
	private readonly proven = new Map<string, boolean>();
	private isAny = false;
	private isNameEscaped = false;

	/**
	Whether the log shows its stdout took only ASCII: a line proved escapes the output's (an id's, or a short summary
	message's), or an id's names, which pytest never escapes, hold an escaped character past ASCII. Read once every id is
	resolved.
	*/
	get isAsciiOutput(): boolean {
		return this.isAny || this.isNameEscaped;
	}

	/**
	A `-v` line (`id WORD  [ NN%]`): pytest pads it to one column less than the width. Only a padded line says
	anything: one too long for the width is printed with a single space, however pytest measured it.
	*/
	observeProgressLine(id: string, line: string): void {
		const open = progressMarkerStart(line);
		if (open !== -1 && hasEscape(id) && line.startsWith('  ', open - 2)) {
			this.observe(tailKey(id), line, 1);
		}
	}

	/**
	A FAILURES header (`____ title ____`, naming the test `name`): as wide as the terminal, unless the title is too long for it (then one
	`_` on each side). It says something only when the title pytest measured gets other fill than the printed one.
	*/
	observeHeader(name: string, title: string, line: string): void {
		if (!hasEscape(name) || this.width === undefined) {
			return;
		}

		const fill = (length: number) =>
			Math.max(Math.floor((this.width! - length - 2) / 2), 1);
		const printed = fill(title.length);
		const measured = fill([...unescapeText(title)].length);
		if (measured !== printed && line.startsWith('_'.repeat(measured) + ' ')) {
			this.observe(name.replace(/^\[doctest] /, ''), line, 0);
		}
	}

	/** A short-summary line cut with `...`: cut to the terminal width (its escapes may be its id's or its message's). */
	observeSummaryLine(id: string, line: string): void {
		if (line.endsWith('...') && hasEscape(line)) {
			this.observe(tailKey(id), line, 0);
		}
	}

	/** The node id of an id as printed. */
	resolve(id: string): string {
		if (!id.includes('\\')) {
			return id;
		}

		const isDoubled = this.isAny ? this.proven.get(tailKey(id)) : undefined;
		const resolved =
			isDoubled === undefined ? unescapeNames(id) : unescapeText(id, isDoubled);
		// Names printed in ASCII that are not: the output escaped them.
		this.isNameEscaped ||= !isAscii(namesOf(resolved)) && isAscii(namesOf(id));
		return resolved;
	}

	/**
	The line was padded to `width - short` columns as pytest measured it: if it is longer, and as long as that
	once its escapes are undone (in columns, or in characters as `sep` counts them), they are the output's.
	*/
	private observe(key: string, line: string, short: number): void {
		if (this.width === undefined) {
			return;
		}

		const target = this.width - short;
		if (line.length <= target) {
			return;
		}

		for (const isDoubled of [false, true]) {
			const text = unescapeText(line, isDoubled);
			if (textWidth(text) === target || [...text].length === target) {
				this.proven.set(key, isDoubled);
				this.isAny = true;
				return;
			}
		}
	}
}
