/**
One `-v` progress line (`id OUTCOME[ (reason)][  [ NN%]]`, `[ N/M]` under `console_output_style = count`): where its id ends and which outcome word it carries. A new shape of `-v` line is read here.
*/
import type {Outcome} from '../model.js';
import {isBalanced, lineIdEnd} from './ids.js';
import {
	markerStartBytes,
	progressMarkerStart,
	stripPercent,
} from './progress-marker.js';

/** Re-exported where it lived before `progress-marker.ts`: the console tests import it from here. */
export {stripPercent} from './progress-marker.js';

/** A `-v` line read: its test's id, its outcome word, what follows the word. */
export type VerboseLine = {
	id: string;
	word: string;
	rest: string;
	/**
	All that came before the word, when the id is shorter (a Python test's name ends at its first space): what the
	test printed under `-s`, or a custom item's name with spaces (`TestPoint::spec: case 96 ok`).
	*/
	named?: string;
};

/**
A character of a path as node ids print it, the first one too: a letter or digit (past ASCII too: `ünï/test_x.py`),
`_`, `.`, `/` or `-`. A pattern's source, for the `u` flag.
*/
export const pathCharacter = String.raw`[\p{L}\p{N}_./-]`;

const pathStart = new RegExp(`^${pathCharacter}`, 'u');

/** Whether the text starts as a path does (`pathCharacter`). */
export function startsLikePath(text: string): boolean {
	return pathStart.test(text);
}

/**
Whether a line starts as a node id does: a file's path before the first `::` (a name with an extension, or a
folder), or nothing there (`--pyargs`, an item of the session: `::test_function`). What a test prints under `-s`
can hold `::` too (`listening on [::1]`, `mylib::init status: FAILED`, `loaded std::vector`, or after a progress
letter under `-q -s`: `.engine::start FAILED`): that is no id.
*/
export function startsLikeNodeId(text: string): boolean {
	const colons = text.indexOf('::');
	if (colons <= 0) {
		return colons === 0 && /^::[A-Za-z_]/.test(text);
	}

	const file = text.slice(0, colons);
	// A folder's name may hold spaces, not the file's: under `-s` output follows it (`tests/test_a.py engine::start`),
	// and at the default verbosity a module's name and a space start what its first test printed, which may be a `-v`
	// line of its own (`tests/test_a.py tests/test_a.py::test_b FAILED`: no folder is named `test_a.py tests`).
	const name = file.slice(file.lastIndexOf('/') + 1);
	return (
		!file.includes(':') &&
		!file.includes('.py ') &&
		!/\s/.test(name) &&
		(/^[^.].*\.\w+$/.test(name) || file.includes('/'))
	);
}

/** A line that ends a test's output under `-s`: the next test's id, or xdist's line (`[gw0] [ 50%] PASSED id`). */
export const isNextTest = (text: string) =>
	text.charCodeAt(0) === 91 /* [ */
		? text.includes('::')
		: startsLikeNodeId(text);

/**
`-s` (no progress marker): whether a `-v` line's word may be what the test printed, not pytest's. `before`: the
output after the id ends in the word (`id self-test: FAILED`); pytest's own comes on a later line (`PASSED`), or was
glued to that output (`id value 2 FAILED`). `after`: the word starts what follows the id (`id ERROR: no cache`),
pytest's own word glued to what the teardown printed (`id PASSEDrollback`) or the test's output, pytest's word then
alone on a later line. Undefined for pytest's plain line (`id PASSED`), a reason, a custom item's name with spaces.
*/
export function outputAroundWord(
	text: string,
	id: string,
	line: VerboseLine,
): 'before' | 'after' | undefined {
	const trimmed = text.trimEnd();
	const plain = `${id} ${line.word}`;
	if (
		line.rest !== '' ||
		trimmed === plain ||
		progressMarkerStart(trimmed) !== -1
	) {
		return undefined;
	}

	if (trimmed.startsWith(plain)) {
		return 'after';
	}

	return line.named !== undefined && id !== line.named ? 'before' : undefined;
}

/**
`-v` progress line: `id OUTCOME[ (reason)][  [ NN%]]`. The id may contain spaces and outcome words inside brackets,
and its brackets need not balance (`test_x[str-[]`, a parameter that is a lone bracket). At `-vv` a test defined
in another file says where: `id <- path/defined_in.py OUTCOME`; the id is without it.
*/
export function parseVerboseLine(line: string): VerboseLine | undefined {
	// A file's own item (`test_x.py PASSED`) has its word right after the name; under `-s` default verbosity the
	// file's name is followed by what its first test printed (`test_x.py self-test: FAILED`).
	if (
		line.includes('::')
			? !startsLikeNodeId(line)
			: !line.includes('.py ') || !outcomeWordAt(line, line.indexOf('.py ') + 4)
	) {
		return undefined;
	}

	const text = stripPercent(line).trimEnd();
	const endsWithParen = text.endsWith(')');
	// One pass: bracket depth so far, so every candidate is checked in constant time. Candidates inside brackets
	// are kept for ids whose brackets do not balance.
	let depth = 0;
	let index = 0;
	let lastAtEnd: {index: number; word: string} | undefined;
	let firstWithReason: {index: number; word: string} | undefined;
	let firstGlued: {index: number; word: string} | undefined;
	while (index < text.length) {
		const char = text[index];
		if (char === '[') {
			depth++;
		} else if (char === ']') {
			depth--;
		} else if (char === ' ' && index > 0) {
			const word = outcomeWordAt(text, index + 1);
			if (word) {
				const after = index + 1 + word.length;
				const isAtEnd = after === text.length;
				// `-vv` prints a skip's or xfail's whole reason, wrapped to the terminal's width (pytest 8+) or with the
				// reason's own newlines: its first line opens the parenthesis and does not close it.
				const hasReason =
					text.startsWith(' (', after) &&
					(endsWithParen || (depth === 0 && reasonWords.has(word)));
				if (depth === 0 && isAtEnd) {
					return withNamed(text.slice(0, index), word, '');
				}

				// `-s`: the word right after the id, what the teardown printed glued after it (`id PASSEDrollback: ERROR`).
				if (depth === 0 && gluedOutput.test(text.slice(after, after + 1))) {
					const before = withoutDefinedIn(text.slice(0, index));
					if (before.includes('::') && idBefore(before) === before) {
						return {id: before, word, rest: ''};
					}
				}

				if (depth === 0 && hasReason) {
					return withNamed(text.slice(0, index), word, text.slice(after + 1));
				}

				if (isAtEnd) {
					lastAtEnd = {index, word};
				} else if (hasReason) {
					firstWithReason ??= {index, word};
				} else if (depth === 0 && text[after] !== ' ') {
					firstGlued ??= {index, word};
				}
			}
		}

		index++;
	}

	// `-s`: what the test's teardown printed with no newline before it follows the outcome (`id PASSEDclosing db`);
	// a line that ends with an outcome word has it there, after what the test printed (`id status: FAILEDPASSED`).
	// The word must follow the id itself: in `id {CLIENT: IDLE, SERVER: ERROR}` it is in what the test printed, and
	// the outcome comes on a later line.
	if (
		!lastAtEnd &&
		!firstWithReason &&
		firstGlued &&
		!endsWithOutcomeWord.test(text)
	) {
		const before = withoutDefinedIn(text.slice(0, firstGlued.index));
		const id = idBefore(before);
		return before.includes('::') && id === before
			? {id, word: firstGlued.word, rest: ''}
			: undefined;
	}

	// Brackets that do not balance: the outcome word that ends the line (an id can hold one: `test_w[x FAILED []`),
	// else the first one a reason follows.
	const found = lastAtEnd ?? firstWithReason;
	if (!found || !text.slice(0, found.index).includes('::')) {
		return undefined;
	}

	const after = found.index + 1 + found.word.length;
	return {
		id: withoutDefinedIn(text.slice(0, found.index)),
		word: found.word,
		rest: after === text.length ? '' : text.slice(after + 1),
	};
}

/** The line read, `before` its word: its id, and all of `before` as `named` when the id is shorter. */
function withNamed(before: string, word: string, rest: string): VerboseLine {
	const id = idBefore(before);
	const named = withoutDefinedIn(before);
	return id === named ? {id, word, rest} : {id, word, rest, named};
}

const endsWithOutcomeWord = /(?:PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS)$/;

/**
The id in what comes before a balanced `-v` line's outcome word: without `-vv`'s ` <- path/defined_in.py`, and
without what a test printed under `-s` with no newline before its outcome (`id value 1 PASSED`): a Python test's
name holds no space, and its parameters are in brackets, so the id ends at the first space outside them after
`::`. An item a plugin collects from another kind of file (`test_users.tavern.yaml::Create a user`) is named
as its file says, spaces and all: its whole text is the id.
*/
function idBefore(text: string): string {
	const id = withoutDefinedIn(text);
	const end = id.includes('::') ? lineIdEnd(id) : -1;
	return end === -1 ? id : id.slice(0, end);
}

/** `-vv` names the file a test was defined in when it is not the test's module: `id <- tests/base.py`. */
const definedIn = / <- (?:(?! <- ).)+\.py$/;

/** The id without a `-vv` ` <- path/defined_in.py` suffix. */
export function withoutDefinedIn(id: string): string {
	if (!id.includes(' <- ')) {
		return id;
	}

	const match = definedIn.exec(id);
	return match ? id.slice(0, match.index) : id;
}

/** The outcome words pytest writes a reason after. */
const reasonWords = new Set(['SKIPPED', 'XFAIL', 'XPASS']);

let fastWord = '';

/** The outcome word of the line `fastVerboseId` last accepted. */
export function fastVerboseWord(): string {
	return fastWord;
}

/**
The common `-v` line (`id WORD   [ NN%]` or `id WORD`) without allocating more than the id; sets `fastWord`. Anything unusual (a skip reason, brackets that do not balance) returns undefined and takes the general path.
*/
export function fastVerboseId(line: string): string | undefined {
	let end = line.length;
	const open = progressMarkerStart(line);
	if (open !== -1) {
		end = open;
		while (end > 0 && line.charCodeAt(end - 1) === 32) {
			end--;
		}
	}

	const space = line.lastIndexOf(' ', end - 1);
	if (space <= 0) {
		return undefined;
	}

	const word = outcomeWordAt(line, space + 1);
	if (word === undefined || space + 1 + word.length !== end) {
		return undefined;
	}

	const id = line.slice(0, space);
	if (!startsLikeNodeId(id) || (id.includes('[') && !isBalanced(id))) {
		return undefined;
	}

	// `-s`: what the test printed before the word (`id value 1 PASSED`) goes the general way, which tells it from
	// pytest's word glued to what the teardown printed (`id PASSEDrollback: ERROR`).
	if (id.includes(' ', id.indexOf('::'))) {
		return undefined;
	}

	fastWord = word;
	return id;
}

function outcomeWordAt(text: string, index: number): string | undefined {
	switch (text[index]) {
		case 'P': {
			return text.startsWith('PASSED', index) ? 'PASSED' : undefined;
		}

		case 'F': {
			return text.startsWith('FAILED', index) ? 'FAILED' : undefined;
		}

		case 'E': {
			return text.startsWith('ERROR', index) ? 'ERROR' : undefined;
		}

		case 'S': {
			return text.startsWith('SKIPPED', index) ? 'SKIPPED' : undefined;
		}

		case 'X': {
			return text.startsWith('XFAIL', index)
				? 'XFAIL'
				: text.startsWith('XPASS', index)
					? 'XPASS'
					: undefined;
		}

		case 'R': {
			return text.startsWith('RERUN', index) ? 'RERUN' : undefined;
		}

		default: {
			return undefined;
		}
	}
}

let bytesOutcome: Outcome = 'passed';

/** The outcome of the line `verboseLineBytes` last accepted. */
export function verboseBytesOutcome(): Outcome {
	return bytesOutcome;
}

/** The outcome words of the byte paths (not RERUN: a rerun needs the test's state). */
export const byteWords: ReadonlyArray<readonly [string, Outcome]> = [
	['PASSED', 'passed'],
	['FAILED', 'failed'],
	['ERROR', 'error'],
	['SKIPPED', 'skipped'],
	['XFAIL', 'xfailed'],
	['XPASS', 'xpassed'],
];

/** Whether the ASCII `word` is at `bytes[at]`, before `end`. */
export function hasWordAt(
	bytes: Uint8Array,
	at: number,
	end: number,
	word: string,
): boolean {
	if (at + word.length > end) {
		return false;
	}

	for (let index = 0; index < word.length; index++) {
		if (bytes[at + index] !== word.charCodeAt(index)) {
			return false;
		}
	}

	return true;
}

/** The outcome word that is exactly `bytes[at..stop)`, if one is. */
function wordAt(
	bytes: Uint8Array,
	at: number,
	stop: number,
): Outcome | undefined {
	for (const [word, outcome] of byteWords) {
		if (at + word.length === stop && hasWordAt(bytes, at, stop, word)) {
			return outcome;
		}
	}

	return undefined;
}

/**
The common `-v` line read from its bytes, as `fastVerboseId` reads it from text (`id WORD` or
`id WORD   [ NN%]`), for the plainest ids only: printable ASCII with `::`, no space but within brackets (a
parameter's), no backslash (pytest's escapes), balanced brackets, relative to the rootdir (not `/…` or `../…`). Anything else is undefined and is
read as text. No RERUN: a rerun needs the test's state. Returns where the id ends (-1: not such a line) and
sets the outcome `verboseBytesOutcome` gives, so that a million lines allocate nothing here.
*/
export function verboseLineBytes(
	bytes: Uint8Array,
	start: number,
	end: number,
): number {
	let stop = end;
	const open = markerStartBytes(bytes, start, end);
	if (open !== -1) {
		if (open === start) {
			return -1;
		}

		stop = open;
		while (stop > start && bytes[stop - 1] === 0x20) {
			stop--;
		}
	}

	let space = stop - 1;
	while (space > start && bytes[space] !== 0x20) {
		space--;
	}

	if (space <= start) {
		return -1;
	}

	const outcome = wordAt(bytes, space + 1, stop);
	if (outcome === undefined) {
		return -1;
	}

	bytesOutcome = outcome;

	const first = bytes[start]!;
	if (first === 0x2f /* / */ || first === 0x2e /* . */) {
		return -1;
	}

	let depth = 0;
	let hasSeparator = false;
	// A file's path before the first `::` ends in a name with a dot (`startsLikeNodeId`; not a folder's, as for a file
	// outside the rootdir, `emptyPathEnd`); else the text path decides.
	let hasFileName = false;
	for (let index = start; index < space; index++) {
		const code = bytes[index]!;
		if (
			code < 0x20 ||
			code >= 0x7f ||
			code === 0x5c /* \ */ ||
			// A space within brackets is a parameter's (`test_pool[pool size 50]`); outside them it is what `-s` printed.
			(code === 0x20 && depth === 0)
		) {
			return -1;
		}

		if (code === 0x5b /* [ */) {
			depth++;
		} else if (code === 0x5d /* ] */) {
			depth--;
		} else if (code === 0x3a /* : */ && bytes[index + 1] === 0x3a) {
			// `dir/::name`, `dir::name`: a file outside the rootdir, whose id the text path rewrites (`emptyPathEnd`).
			if (!hasSeparator && !hasFileName) {
				return -1;
			}

			hasSeparator = true;
		} else if (code === 0x2e /* . */ || code === 0x2f /* / */) {
			hasFileName = code === 0x2e;
		}
	}

	return hasSeparator && depth === 0 ? space : -1;
}

/** What follows an outcome word glued to it that is not more of a word (`PASSEDrollback`, not `ERRORS`). */
const gluedOutput = /^[^\sA-Z_]/;
