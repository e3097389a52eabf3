/**
Whether a file's progress line at the default verbosity (`tests/t.py .Xx..FE   [ 36%]`) is the outer session's own,
told by its marker: pytest's percentage is the tests finished so far of those it runs (`[ 36%]` is 17 of 46), and the
line's letters, added to those read before it, count them. Its width cannot always tell: pytest 9 writes a failed
subtest's `u` to the terminal while the test's output is captured, so the letter lands in that output (`Captured stdout
call`) and the line, padded as if it were there, ends one column short per such letter. A session a test printed under
`-s` glued after the outer letters (`tests/t.py .` then `F..F   [100%]`) has the inner run's marker, which the outer
count does not give.
*/
import type {Counts} from '../model.js';
import {countsOfChars} from './progress-letters.js';

/** A file's name, its letters, the padding and a marker: a percentage, or `[n/total]` under `console_output_style = count`. */
const fileLine = /^\S+ ([.FEsxXRuy,-]+) +\[\s*(?:(\d+)%|(\d+)\/(\d+))]$/;

/**
Whether `text`'s marker is the outer run's count once its letters are added to `before` (the letters read so far) of
`selected` tests. A test is finished once: an `E` letter may be a test's teardown after its own letter, so the count is
a range.
*/
export function isOuterMarker(
	text: string,
	before: Counts,
	selected: number | undefined,
): boolean {
	if (selected === undefined || selected === 0) {
		return false;
	}

	const match = fileLine.exec(text);
	if (!match) {
		return false;
	}

	const line = countsOfChars(match[1]!);
	const total = (key: keyof Counts) => before[key] + line[key];
	const most =
		total('passed') +
		total('failed') +
		total('error') +
		total('skipped') +
		total('xfailed') +
		total('xpassed');
	const least = most - total('error');
	if (match[2] === undefined) {
		const done = Number(match[3]);
		return Number(match[4]) === selected && done >= least && done <= most;
	}

	const percent = Number(match[2]);
	for (let done = Math.max(least, 0); done <= most; done++) {
		if (Math.floor((done * 100) / selected) === percent) {
			return true;
		}
	}

	return false;
}
