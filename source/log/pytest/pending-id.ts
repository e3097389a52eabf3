/**
What `-s` prints around a `-v` id whose outcome comes later: the id at the start of its line, and pytest's outcome word
at the end of a line of the test's output or glued to the start of what its teardown printed.
*/
import {findIdEnd, isBalanced} from './ids.js';

/**
The id at the start of a `-v` line whose outcome comes later (`-s` output, `--setup-show`, live logging): up to
the first space outside brackets (`test_p[x - y] output`); when the brackets do not balance (`test_p[]]`,
`test_p[[]`), the whole line if pytest's own `id ` ends it, else its first word; '' when nothing fits. A line that is
only a bracketed id with spaces in it (`test_p[x - y]`, its space trimmed by a copy) is that id.
*/
export function pendingIdCandidate(text: string): string {
	const space = text.indexOf(' ');
	if (space === -1) {
		// An id whose parameters' brackets do not balance (`test_odd[]]`) where a copy trimmed pytest's space after it.
		return isBalanced(text) || isUnbalancedParameters(text) ? text : '';
	}

	const first = text.slice(0, space);
	if (isBalanced(first)) {
		return first;
	}

	const end = findIdEnd(text);
	if (end !== -1) {
		return text.slice(0, end);
	}

	if (text.endsWith(' ')) {
		return text.endsWith('  ') ? '' : text.slice(0, -1);
	}

	// Its first word, then the test's output (`test_p[[] \tindented`): pytest's space ends the id.
	if (isUnbalancedParameters(first)) {
		return first;
	}

	// The same line where a copy trimmed pytest's space after the id: the whole line, when its brackets balance.
	return text.endsWith(']') && isBalanced(text) ? text : '';
}

/**
`path::name[…]`, its parameters ending the word: a parametrized id whose brackets need not balance. One pass: as a
pattern (`^[^\s[\]]+::[^\s[\]]+\[.*]$`) it backtracked over a 64 KB word of colons, seconds a line.
*/
export function isUnbalancedParameters(word: string): boolean {
	const bracket = word.indexOf('[');
	if (bracket === -1 || !word.endsWith(']')) {
		return false;
	}

	// Before the bracket: no space or bracket, and `::` with a character on each side.
	const separator = word.indexOf('::', 1);
	return (
		separator !== -1 &&
		separator + 2 < bracket &&
		!/[\s\]]/.test(word.slice(0, bracket)) &&
		!/[\n\r\u2028\u2029]/.test(word.slice(bracket))
	);
}

/**
Not a word and `: ` (`ERROR: Job failed: exit code 137`, a CI's line after a killed run; a tool's `FAILED: …`): a
message's form, not pytest's word with output glued to it. A capital letter after the word starts what the teardown printed
only when a small letter follows it (`PASSEDGlobal seed for …`, ase's conftest), not a longer word in capitals (`ERRORS`).
*/
const leadingWord =
	/^(PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS|RERUN)(?!: )(?:[^\sA-Z_]|[A-Z][a-z])/;

/** pytest's outcome words, as `-v` prints them at a line's end. */
export const outcomeWords = [
	'PASSED',
	'FAILED',
	'ERROR',
	'SKIPPED',
	'XFAIL',
	'XPASS',
	'RERUN',
] as const;

/** The pattern `trailingOutcome` answers as, tried at one place only (sticky). */
const trailingAt =
	/(PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS|RERUN)(?: \(.*\))?(?:\s+\[\s*\d+(?:%|\/\d+)])?\s*$/y;

/** An outcome word with its reason's parenthesis after it (`SKIPPED (`), the first on a line. */
const wordAndReason = /(?:PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS|RERUN) \(/g;

const whitespace = /\s/;

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

/** Where digits end when read back from `end` (exclusive): `end` when there are none. */
function digitsBefore(text: string, end: number): number {
	let index = end;
	while (index > 0 && isDigit(text.charCodeAt(index - 1))) {
		index--;
	}

	return index;
}

/**
Where the whitespace before a `[ NN%]` or `[N/M]` marker that ends at `end` starts; -1 when the text does not end so.
*/
function markerStart(text: string, end: number): number {
	let index = end - 1;
	if (text[index] !== ']') {
		return -1;
	}

	if (text[index - 1] === '%') {
		const digits = digitsBefore(text, index - 1);
		if (digits === index - 1) {
			return -1;
		}

		index = digits;
	} else {
		const count = digitsBefore(text, index);
		if (count === index || text[count - 1] !== '/') {
			return -1;
		}

		const digits = digitsBefore(text, count - 1);
		if (digits === count - 1) {
			return -1;
		}

		index = digits;
	}

	while (index > 0 && whitespace.test(text[index - 1]!)) {
		index--;
	}

	if (text[index - 1] !== '[') {
		return -1;
	}

	let start = index - 1;
	while (start > 0 && whitespace.test(text[start - 1]!)) {
		start--;
	}

	return start < index - 1 ? start : -1;
}

/**
`-s`: a line after a pending id's output (or a long line after its id) that ends with pytest's outcome word, its reason
and its `[ NN%]` marker: that test's outcome, unless a later line ends so too (`tentative-outcome.ts`).

As the pattern `trailingAt` tried from every place on the line, in one pass: that pattern tried its reason's `.*` to
the line's end from every outcome word, so a line of `PASSED (` repeated took time quadratic in its length (0.36 s
for 64 KB, and every line a test prints while its outcome waits is read so). The match can start only at a word that
ends where the line's text ends (before an optional marker and whitespace), or at the first word followed by ` (`
when the line's text ends in `)` there; the pattern is then tried at that one place.
*/
export const trailingOutcome = {
	exec(text: string): RegExpExecArray | null {
		let end = text.length;
		while (end > 0 && whitespace.test(text[end - 1]!)) {
			end--;
		}

		const marked = markerStart(text, end);
		const ends = marked === -1 ? [end] : [end, marked];
		let start = -1;
		for (const tail of ends) {
			for (const word of outcomeWords) {
				if (
					text.endsWith(word, tail) &&
					(start === -1 || tail - word.length < start)
				) {
					start = tail - word.length;
				}
			}
		}

		const closing = Math.max(
			...ends.filter(tail => text[tail - 1] === ')'),
			-1,
		);
		if (closing !== -1) {
			wordAndReason.lastIndex = 0;
			const reason = wordAndReason.exec(text);
			// The reason's parenthesis opens before the one that closes the text.
			if (
				reason !== null &&
				reason.index + reason[0].length < closing &&
				(start === -1 || reason.index < start)
			) {
				start = reason.index;
			}
		}

		if (start === -1) {
			return null;
		}

		trailingAt.lastIndex = start;
		return trailingAt.exec(text);
	},
};

/**
`-s`: a line after a pending id's output that starts with pytest's outcome word, what the teardown printed glued
after it (`PASSEDrollback: ERROR`): the word, whatever the line ends with.
*/
export function leadingOutcomeWord(text: string): string | undefined {
	return leadingWord.exec(text)?.[1];
}
