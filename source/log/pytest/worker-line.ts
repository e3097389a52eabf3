/**
The two lines an xdist `-v` run prints per test, read from their bytes: `[gw1] [ 3%] PASSED id` (a worker's report)
and `id ` (the test's id alone with a trailing space, its report coming later from a worker). Only their plainest
forms are read here; anything else is undefined (-1, false) and is read as text, as every other line.
*/
import type {Outcome} from '../model.js';
import {lineIdEnd} from './ids.js';
import {isUnbalancedParameters, outcomeWords} from './pending-id.js';
import {stripPercent} from './progress-marker.js';
import {byteWords, hasWordAt} from './verbose-line.js';

/** Where the id of the line `workerLineBytes` last accepted starts. */
let idStart = 0;
let outcome: Outcome = 'passed';

/** The start of the id of the line `workerLineBytes` last accepted. */
export function workerIdStart(): number {
	return idStart;
}

/** The outcome of the line `workerLineBytes` last accepted. */
export function workerOutcome(): Outcome {
	return outcome;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
Where the plain id of `bytes[start..end)` ends: a run of printable ASCII without a backslash (pytest's escapes)
that holds `::`, has balanced brackets and is relative to the rootdir (not `/…`, `../…` or `::…`), followed only
by spaces (one at least when `needsSpace`); -1 for anything else.
*/
function plainIdEnd(
	bytes: Uint8Array,
	start: number,
	end: number,
	needsSpace: boolean,
): number {
	const first = bytes[start];
	if (
		start >= end ||
		first === 0x2f /* / */ ||
		first === 0x2e /* . */ ||
		first === 0x3a /* : */
	) {
		return -1;
	}

	let depth = 0;
	let hasSeparator = false;
	let index = start;
	for (; index < end; index++) {
		const code = bytes[index]!;
		if (code === 0x20) {
			break;
		}

		if (code < 0x20 || code >= 0x7f || code === 0x5c /* \ */) {
			return -1;
		}

		if (code === 0x5b /* [ */) {
			depth++;
		} else if (code === 0x5d /* ] */) {
			depth--;
		} else if (code === 0x3a /* : */ && bytes[index + 1] === 0x3a) {
			hasSeparator = true;
		}
	}

	const idEnd = index;
	if (!hasSeparator || depth !== 0 || (needsSpace && idEnd === end)) {
		return -1;
	}

	for (; index < end; index++) {
		if (bytes[index] !== 0x20) {
			return -1;
		}
	}

	return idEnd;
}

/**
A worker's report, `[gwN] WORD id` or `[gwN] [ NN%] WORD id` (the `[ N/M]` count too), with a plain id (see
`plainIdEnd`) and nothing after it but spaces: where the id ends (its start and outcome are kept for
`workerIdStart` and `workerOutcome`), or -1. The text reader (`xdistLine` below) reads the same id.
*/
export function workerLineBytes(
	bytes: Uint8Array,
	start: number,
	end: number,
): number {
	if (!hasWordAt(bytes, start, end, '[gw')) {
		return -1;
	}

	let index = start + 3;
	const digits = index;
	while (index < end && isDigit(bytes[index]!)) {
		index++;
	}

	if (
		index === digits ||
		bytes[index] !== 0x5d /* ] */ ||
		bytes[index + 1] !== 0x20
	) {
		return -1;
	}

	index += 2;
	if (bytes[index] === 0x5b /* [ */) {
		index = markerEnd(bytes, index + 1, end);
		if (index === -1) {
			return -1;
		}
	}

	for (const [word, wordOutcome] of byteWords) {
		if (
			hasWordAt(bytes, index, end, word) &&
			bytes[index + word.length] === 0x20
		) {
			const from = index + word.length + 1;
			const idEnd = plainIdEnd(bytes, from, end, false);
			if (idEnd === -1) {
				return -1;
			}

			idStart = from;
			outcome = wordOutcome;
			return idEnd;
		}
	}

	return -1;
}

/** After a worker line's `[`: where the text after its progress marker (`  3%] ` or ` 3/20] `) starts, or -1. */
function markerEnd(bytes: Uint8Array, from: number, end: number): number {
	let index = from;
	while (index < end && bytes[index] === 0x20) {
		index++;
	}

	const digits = index;
	while (index < end && isDigit(bytes[index]!)) {
		index++;
	}

	if (index === digits) {
		return -1;
	}

	if (bytes[index] === 0x25 /* % */) {
		index++;
	} else if (bytes[index] === 0x2f /* / */) {
		index++;
		const total = index;
		while (index < end && isDigit(bytes[index]!)) {
			index++;
		}

		if (index === total) {
			return -1;
		}
	} else {
		return -1;
	}

	return bytes[index] === 0x5d /* ] */ && bytes[index + 1] === 0x20
		? index + 2
		: -1;
}

/**
A test's id alone on its line and then spaces (`id `: xdist names a test as it starts, `-s` before the test's
output): a plain id (see `plainIdEnd`) that does not end with an outcome word. Such a line, read as text after an
earlier one, changes nothing.
*/
export function isBareIdLineBytes(
	bytes: Uint8Array,
	start: number,
	end: number,
): boolean {
	const idEnd = plainIdEnd(bytes, start, end, true);
	if (idEnd === -1) {
		return false;
	}

	for (const word of outcomeWords) {
		const at = idEnd - word.length;
		if (at >= start && hasWordAt(bytes, at, idEnd, word)) {
			return false;
		}
	}

	return true;
}

/** The text reader's worker report: `[gw0] [ 50%] PASSED id`; under `console_output_style = times`, `[gw0] 609.7us PASSED id`. */
export const xdistLine =
	/^\[gw\d+] (?:\[\s*\d+(?:%|\/\d+)] |(?:\d+\.\d+(?:us|ms|s)|\d+m \d+s|\d+h \d+m) )?(PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS|RERUN) (.+)$/s;

/**
A worker's report as text (`xdistLine`): its word and its test's id. Another worker's output, or what pytest printed as
the session ended, can follow on the same line: a Python test's id ends at the first space outside brackets. When its
brackets do not balance (`test_p[[]`), the id the controller named as the test started (`started`) says where it ends;
else its first word, when that is an id whose parameters end it.
*/
export function parseXdistLine(
	text: string,
	started?: StartedIds,
): {readonly word: string; readonly id: string} | undefined {
	const xdist = xdistLine.exec(text);
	if (!xdist) {
		return undefined;
	}

	const rest = stripPercent(xdist[2]!).trim();
	const end = lineIdEnd(rest);
	return {
		word: xdist[1]!,
		id: end === -1 ? unbalancedIdOf(rest, started) : rest.slice(0, end),
	};
}

function unbalancedIdOf(rest: string, started: StartedIds | undefined): string {
	const space = rest.indexOf(' ');
	if (space === -1) {
		return rest;
	}

	const first = rest.slice(0, space);
	const named = started?.byFirstWord.get(first);
	if (
		named !== undefined &&
		rest.startsWith(named) &&
		(rest.length === named.length || rest[named.length] === ' ')
	) {
		return named;
	}

	return isUnbalancedParameters(first) ? first : rest;
}

/**
The ids xdist's controller named as their tests started (`id ` alone on its line under `-v`), not yet reported by a
worker, by their first word: a worker's report of an id whose brackets do not balance, with text glued after it, ends
where that id does.
*/
export class StartedIds {
	readonly byFirstWord = new Map<string, string>();

	/** A line that may be the controller's `id `. */
	note(text: string): void {
		if (
			!text.endsWith(' ') ||
			text.endsWith('  ') ||
			!text.includes('::') ||
			text.charCodeAt(0) === 91 /* [ */
		) {
			return;
		}

		const id = text.slice(0, -1);
		const space = id.indexOf(' ');
		this.byFirstWord.set(space === -1 ? id : id.slice(0, space), id);
	}

	/** A worker reported the test. */
	reported(id: string): void {
		const space = id.indexOf(' ');
		const first = space === -1 ? id : id.slice(0, space);
		if (this.byFirstWord.get(first) === id) {
			this.byFirstWord.delete(first);
		}
	}
}
