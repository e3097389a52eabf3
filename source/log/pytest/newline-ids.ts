/**
Node ids that hold a newline. With `disable_test_id_escaping_and_forfeit_all_rights_to_community_support = true`
pytest prints a parameter's newline as it is (the XML's name holds it too), and such an id spans lines: the `-v`
line `tests/t.py::test_p[new` then `line] FAILED   [ 62%]`, the short summary's `FAILED tests/t.py::test_p[new`
then `line] - AssertionError: …`, a report's header `____ test_p[new` then `line] ____`. A line like those whose
`[` is not closed waits for the next ones: when a later line has a `]` followed by what ends that line (`] FAILED`,
`] - …`, `] ____`), they are one line, their newlines the id's; else each is read as it came.
*/

import {pathCharacter} from './verbose-line.js';

/** xdist's `[gw1] [ 14%] SKIPPED ` opening a worker's `-v` line, or `[gw1] XFAIL ` with no marker (`-s`). */
const workerPrefixPattern = String.raw`\[gw\d+\](?: \[[\s\d%/]+\])? [A-Z]+ `;

/**
What may open a line an id starts: a report's header, a summary's word, xdist's prefix, a node id's path (whose first
letter may be past ASCII: `ünï/test_x.py::…`).
*/
const opening = new RegExp(
	String.raw`^(?:(_{3,}) \S|(?:PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS|SUBPASSED|SUBFAILED)\S* \S|(?:${workerPrefixPattern})?${pathCharacter}[^\s:]*::\S)`,
	'u',
);
/** After the id's `]`, what ends the line it started: a header's underscores, a message, an outcome word. */
const headerEnd = /^ _{3,}$/;
const summaryEnd = /^(?:$| - )/;
const verboseEnd =
	/^(?:$| $| (?:PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS|RERUN)\b)/;
/**
What ends an id's line and nothing else: a header's underscores, a summary line's message or end (`PASSED id` has
none; the next summary line starts with its word), a `-v` line's outcome word (not its end: `value['[']` ends a
`--setup-show` line).
*/
const strongEnds: Record<Kind, RegExp> = {
	header: headerEnd,
	summary: summaryEnd,
	verbose: /^ (?:PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS|RERUN)\b/,
};
/** An id spans this many lines at most (its parameters' newlines, plus one). */
const maxLines = 20;

type Kind = 'header' | 'summary' | 'verbose';
type Line = readonly [text: string, lineNumber: number];

export class NewlineIds {
	private held: Line[] = [];
	private kind: Kind = 'verbose';
	/** How many `[` of the held lines are open. */
	private depth = 0;

	/** Whether lines are held: the next must be read as text, through `line`. */
	get isHolding(): boolean {
		return this.held.length > 0;
	}

	/**
	The lines to read now, in order: none while the line may go on an id, the joined line when it did; undefined
	when the line is to be read as it is, now (nearly every line: no array is made for it).
	*/
	line(text: string, lineNumber: number): Line[] | undefined {
		if (this.held.length > 0) {
			const joined = this.next(text, lineNumber);
			if (joined !== undefined) {
				return joined;
			}

			// Not an id's end: the held lines as they came, then this one, which may open one itself.
			return [
				...this.flush(),
				...(this.line(text, lineNumber) ?? [[text, lineNumber] as const]),
			];
		}

		const kind = text.includes('[') ? openingKind(text) : undefined;
		if (kind === undefined) {
			return undefined;
		}

		const depth = openBrackets(text, 0).depth;
		if (depth <= 0 || !isCutInId(text, kind)) {
			return undefined;
		}

		this.held = [[text, lineNumber]];
		this.kind = kind;
		this.depth = depth;
		return [];
	}

	/** The held lines, as they came (at the end of the log, or when no id's end came). */
	flush(): Line[] {
		const held = this.held;
		this.held = [];
		return held;
	}

	/** The held lines and `text` joined as one when `text` ends the id as its line would; undefined when it does not. */
	private next(text: string, lineNumber: number): Line[] | undefined {
		if (openingKind(text) !== undefined) {
			// A line of its own: a header, a summary's word, a node id.
			return undefined;
		}

		const {depth, close} = openBrackets(text, this.depth);
		const ends =
			this.kind === 'header'
				? headerEnd
				: this.kind === 'summary'
					? summaryEnd
					: verboseEnd;
		// The `]` that closes the brackets, and the line's end after it; or, as a parameter's own brackets need not
		// balance (`[open[` then `bracket]`, `[close` then `]bracket]`), the first `]` that only an id's line end follows.
		if (
			(close !== -1 && ends.test(text.slice(close + 1))) ||
			idEnd(text, strongEnds[this.kind]) !== -1
		) {
			const joined = [...this.held.map(([line]) => line), text].join('\n');
			const first = this.held[0]![1];
			this.held = [];
			return [[joined, first]];
		}

		if (this.held.length + 1 >= maxLines || depth <= 0) {
			return undefined;
		}

		this.held.push([text, lineNumber]);
		this.depth = depth;
		return [];
	}
}

/**
Whether the line's first CR is inside a node id's brackets: what comes before it opens a line an id starts (a `-v`
line, a summary's word, a report's header, xdist's prefix) and leaves a `[` open. Then the CR is the id's own, not a
terminal redraw: those come after a whole line (`collecting ... \rcollected 9 items`, `[gw0] PASSED tests/t.py::t[1]
\r[gw2] …`), whose brackets are closed.
*/
export function isReturnInId(line: string): boolean {
	const before = line.slice(0, line.indexOf('\r'));
	return (
		before.includes('[') &&
		openingKind(before) !== undefined &&
		openBrackets(before, 0).depth > 0
	);
}

function openingKind(text: string): Kind | undefined {
	const match = opening.exec(text);
	if (!match) {
		return undefined;
	}

	if (match[1] !== undefined) {
		// A header's title is centred between underscores: one cut by a newline has none after it.
		return text.endsWith('_') ? undefined : 'header';
	}

	return text.startsWith('[') || verboseOpening.test(text)
		? 'verbose'
		: 'summary';
}

/**
Whether a line whose `[` is not closed ends where pytest printed a newline of the id: not an id whose brackets do not
balance (`test_check[[1, 2]`), printed whole with what follows it on its line (` - message`, an outcome word), nor a
`-v` id waiting for its outcome (`id `, its space printed with it).
*/
function isCutInId(text: string, kind: Kind): boolean {
	// A worker's `[gw1] [ 14%] SKIPPED ` opens its line: the id's `[` comes after it.
	const bracket = text.indexOf('[', workerPrefixLength(text));
	const after = text.slice(bracket);
	return kind === 'summary'
		? !after.includes(' - ')
		: kind === 'verbose'
			? !text.endsWith(' ') && !trailingWord.test(after)
			: true;
}

/** The length of xdist's `[gw1] [ 14%] SKIPPED ` opening a worker's `-v` line; 0 when none does. */
function workerPrefixLength(text: string): number {
	return text.startsWith('[gw')
		? (workerPrefix.exec(text)?.[0].length ?? 0)
		: 0;
}

const workerPrefix = new RegExp(`^${workerPrefixPattern}`);

/** A `-v` line's node id at its start (`tests/test_x.py::…`). */
const verboseOpening = new RegExp(String.raw`^${pathCharacter}[^\s:]*::`, 'u');

/** An outcome word on a `-v` line, after the id (with a reason, a progress marker). */
const trailingWord =
	/ (?:PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS|RERUN)(?: |$)/;

/** The depth of `[` after `text`, starting at `depth`, and where it first drops to 0 (-1 when it does not). */
function openBrackets(
	text: string,
	depth: number,
): {depth: number; close: number} {
	let close = -1;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code === 91 /* [ */) {
			depth++;
		} else if (code === 93 /* ] */) {
			depth--;
			if (depth === 0 && close === -1) {
				close = index;
			}
		}
	}

	return {depth, close};
}

/** Where the first `]` that `ends` follows is in `text`; -1 when there is none. */
function idEnd(text: string, ends: RegExp): number {
	for (
		let index = text.indexOf(']');
		index !== -1;
		index = text.indexOf(']', index + 1)
	) {
		if (ends.test(text.slice(index + 1))) {
			return index;
		}
	}

	return -1;
}
