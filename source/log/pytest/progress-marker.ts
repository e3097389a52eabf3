/**
The progress marker that ends a progress line (`-v`, `-q` and xdist lines alike): `[ 50%]`, `[ 3/20]` under
`console_output_style = count`, or a duration under `times`. Found by scanning back from the line's end, as text
or as bytes, without a backtracking regex over long lines.
*/
import {Buffer} from 'node:buffer';

const isDigit = (code: number) => code >= 48 && code <= 57;
const isBlank = (code: number) => code === 32 || code === 9;

/**
A `console_output_style = times` marker (pytest 8.4 and later): the test's duration where the percentage would be,
`PASSED      5.469ms`, `..F   533.6us`, ` 1.250s`, ` 2m 3s`, ` 1h 5m`, after an outcome word, a skip reason's
`)` or progress letters (so that the end of a bare final line, `2 passed in 0.05s`, is none). The padding before the
duration may be as wide as the terminal (a short `-v` line at 200 columns): it is skipped, however long.
*/
const durationAtEnd = /[ \t](\d+\.\d+(?:us|ms|s)|\d+m \d+s|\d+h \d+m)$/;
const wordBefore = /(?:PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS|RERUN|\))$/;
const letters = new Set('.FEsxXRuy,-');

/** Where a `times` marker's duration starts, or -1; the duration is read from the line's last characters. */
function durationMarkerStart(line: string): number {
	const last = line.charCodeAt(line.length - 1);
	if (last !== 0x73 /* s */ && last !== 0x6d /* m */) {
		return -1;
	}

	const match = durationAtEnd.exec(line.slice(-16));
	if (!match) {
		return -1;
	}

	const open = line.length - match[1]!.length;
	let end = open - 1;
	while (end > 0 && isBlank(line.charCodeAt(end - 1))) {
		end--;
	}

	if (end === 0) {
		return -1;
	}

	if (wordBefore.test(line.slice(Math.max(0, end - 7), end))) {
		return open;
	}

	let from = end;
	while (from > 0 && letters.has(line[from - 1]!)) {
		from--;
	}

	return from < end && (from === 0 || isBlank(line.charCodeAt(from - 1)))
		? open
		: -1;
}

/**
Where a line's trailing progress marker starts: `[ 50%]`, or `[ 3/20]` under `console_output_style = count`, or a
duration under `times` (the `-v`, `-q` and xdist lines alike); -1 when it has none. Scans back from the end.
*/
export function progressMarkerStart(line: string): number {
	let index = line.length - 1;
	if (index <= 0 || line.charCodeAt(index) !== 0x5d /* ] */) {
		return index <= 0 ? -1 : durationMarkerStart(line);
	}

	index--;
	const isCount = line.charCodeAt(index) !== 0x25; /* % */
	if (isCount) {
		const countEnd = index;
		while (index > 0 && isDigit(line.charCodeAt(index))) {
			index--;
		}

		if (index === countEnd || line.charCodeAt(index) !== 0x2f /* / */) {
			return -1;
		}
	}

	// Past the `%`, or the `/`.
	index--;

	const digitsEnd = index;
	while (index > 0 && isDigit(line.charCodeAt(index))) {
		index--;
	}

	if (index === digitsEnd) {
		return -1;
	}

	while (index > 0 && isBlank(line.charCodeAt(index))) {
		index--;
	}

	// `[3/8]` is padded away from what it follows; an id can end in `[1/2]` itself (a parameter).
	return line.charCodeAt(index) === 0x5b /* [ */ &&
		(!isCount || isBlank(line.charCodeAt(index - 1)))
		? index
		: -1;
}

/** `progressMarkerStart` over a line's bytes (`start` to `end`): where the marker's `[` is, or -1. */
export function markerStartBytes(
	bytes: Uint8Array,
	start: number,
	end: number,
): number {
	let index = end - 1;
	if (index <= start) {
		return -1;
	}

	if (bytes[index] !== 0x5d /* ] */) {
		// A `times` duration (rare): read as text, from the line's last bytes (ASCII, so offsets carry over).
		if (bytes[index] !== 0x73 /* s */ && bytes[index] !== 0x6d /* m */) {
			return -1;
		}

		const open = durationMarkerStart(
			Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString(
				'latin1',
			),
		);
		return open === -1 ? -1 : start + open;
	}

	index--;
	const isCount = bytes[index] !== 0x25; /* % */
	if (isCount) {
		const countEnd = index;
		while (index > start && isDigit(bytes[index]!)) {
			index--;
		}

		if (index === countEnd || bytes[index] !== 0x2f /* / */) {
			return -1;
		}
	}

	// Past the `%`, or the `/`.
	index--;

	const digitsEnd = index;
	while (index > start && isDigit(bytes[index]!)) {
		index--;
	}

	if (index === digitsEnd) {
		return -1;
	}

	while (index > start && isBlank(bytes[index]!)) {
		index--;
	}

	return bytes[index] === 0x5b /* [ */ &&
		(!isCount || (index > start && isBlank(bytes[index - 1]!)))
		? index
		: -1;
}

/** Removes a trailing progress marker, `[ NN%]` or `[ N/M]` (without a backtracking regex over long lines). */
export function stripPercent(line: string): string {
	const open = progressMarkerStart(line);
	if (open === -1) {
		return line;
	}

	let end = open;
	while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) {
		end--;
	}

	return end === open ? line : line.slice(0, end);
}
