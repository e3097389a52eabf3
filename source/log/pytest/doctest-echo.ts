/**
pytest 9's `--tb=line` prints a doctest's whole report, its location line, then the report's first 50 characters again
(`str(longrepr)[:50]`), over as many lines as they span. This says how many of those characters a line of that echo
takes.
*/
import {cutLength, numberOf} from './failure-shapes.js';

/** A numbered docstring line given back the space a trimmed copy of the log took (`withDoctestSpace`): `524 `. */
const spacedNumber = /^\d{3,} $/;

/**
The characters `text` takes of pytest's 50, a line of a doctest report's echo after `read` characters of it (the newline
before `text` counted). The cut can end right after a line's number (`524` of `524         >>> total([1, 2])`), which
reads like a blank docstring line whose space a copy of the log trimmed and so has been given one back: when that
number follows the echo's last numbered line (`lastNumber`) and is the 50th character, the space was never there.
*/
export function echoedLength(
	text: string,
	read: number,
	lastNumber: number,
): number {
	return spacedNumber.test(text) &&
		read + text.length - 1 === cutLength &&
		numberOf(text) === lastNumber + 1
		? text.length - 1
		: text.length;
}
