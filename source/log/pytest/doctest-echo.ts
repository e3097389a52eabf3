/**
pytest 9's `--tb=line` prints a doctest's whole report, its location line, then the report's first 50 characters again
(`str(longrepr)[:50]`), over as many lines as they span: the echo, read here so that it is skipped.
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

/** The echo being read: how many of its 50 characters, and which of the report's lines it is at. */
export class DoctestEcho {
	/** The characters read, while the echo is open. */
	private read: number | undefined;
	/** The number of the echo's last numbered line (`echoedLength`). */
	private lastNumber = 0;
	/** The report echoed, from its first line, when known: each line of the echo is one of them, or its start. */
	private report: readonly string[] | undefined;
	private index = 0;

	get isOpen(): boolean {
		return this.read !== undefined;
	}

	/** The echo's first line, `text`, of `report` (its lines from the first). */
	start(text: string, report: readonly string[] | undefined): void {
		this.read = text.length < cutLength ? text.length : undefined;
		this.lastNumber = numberOf(text) ?? 0;
		this.report = report;
		this.index = 1;
	}

	/**
	Whether `text` is the echo's next line: within its 50 characters and, the report known, that report's line there or
	its start. A line that is not ends the echo: where a copy of the log trimmed the spaces that ended it, the next
	report's first line can fit in what is left of the 50.
	*/
	take(text: string): boolean {
		if (this.read === undefined) {
			return false;
		}

		const length = echoedLength(text, this.read + 1, this.lastNumber);
		const line = this.report?.[this.index];
		if (
			this.read + 1 + length > cutLength ||
			(this.report !== undefined && !line?.trimEnd().startsWith(text.trimEnd()))
		) {
			this.read = undefined;
			return false;
		}

		this.lastNumber = numberOf(text) ?? this.lastNumber;
		this.advance(1 + length);
		return true;
	}

	/** A blank line, while the echo is open: one character of the 50 (true), or none of the echo (false). */
	takeBlank(): boolean {
		if (this.read === undefined) {
			return false;
		}

		this.advance(1);
		return true;
	}

	close(): void {
		this.read = undefined;
	}

	private advance(characters: number): void {
		this.read! += characters;
		this.index += 1;
		if (this.read! >= cutLength) {
			this.read = undefined;
		}
	}
}
