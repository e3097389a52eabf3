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
function isUnbalancedParameters(word: string): boolean {
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
message's form, not pytest's word with output glued to it.
*/
const leadingWord =
	/^(PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS|RERUN)(?!: )[^\sA-Z_]/;

/**
`-s`: a line after a pending id's output (or a long line after its id) that ends with pytest's outcome word, its reason
and its `[ NN%]` marker: that test's outcome, unless a later line ends so too (`tentative-outcome.ts`).
*/
export const trailingOutcome =
	/(PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS|RERUN)(?: \(.*\))?(?:\s+\[\s*\d+(?:%|\/\d+)])?\s*$/;

/**
`-s`: a line after a pending id's output that starts with pytest's outcome word, what the teardown printed glued
after it (`PASSEDrollback: ERROR`): the word, whatever the line ends with.
*/
export function leadingOutcomeWord(text: string): string | undefined {
	return leadingWord.exec(text)?.[1];
}
