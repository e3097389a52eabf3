/**
A rule's pattern as `triage rules` shows it: a long group of plain alternatives (the 598 zone names of
`time-zone-data-missing`, 9,800 characters on one line) is cut to its first three and how many more, so that a
person reads what the rule looks for; every other part of the pattern, shorter lists of names included, is shown
as written.
*/

/** A group of plain alternatives longer than this is cut (a list of names a person reads whole is shorter). */
const longest = 1000;
/** How many of its alternatives a cut group keeps. */
const kept = 3;

/** An alternative with no quantifier, class, group, anchor or dot of its own: words and escaped characters. */
const plain = /^(?:[^\\()[\]{}|*+?.^$]|\\[^dDwWsSbBkpPux\d])+$/;

/**
The group opened at `open` (its `(?:`): where it closes and its top-level alternatives (`a|b(c|d)|e` → `a`,
`b(c|d)`, `e`), escapes and character classes skipped; undefined when it never closes.
*/
function groupAt(
	source: string,
	open: number,
): {close: number; alternatives: string[]} | undefined {
	const alternatives: string[] = [];
	let depth = 0;
	let inClass = false;
	let start = open + 3;
	for (let index = open; index < source.length; index++) {
		const char = source[index];
		if (char === '\\') {
			index++;
		} else if (inClass) {
			inClass = char !== ']';
		} else if (char === '[') {
			inClass = true;
		} else if (char === '(') {
			depth++;
		} else if (char === ')' && --depth === 0) {
			alternatives.push(source.slice(start, index));
			return {close: index, alternatives};
		} else if (char === '|' && depth === 1) {
			alternatives.push(source.slice(start, index));
			start = index + 1;
		}
	}

	return undefined;
}

/** `source` with each non-capturing group of plain alternatives over 1,000 characters cut to its first three. */
export function shownPattern(source: string): string {
	let shown = '';
	let from = 0;
	let inClass = false;
	for (let index = 0; index < source.length; index++) {
		const char = source[index];
		if (char === '\\') {
			index++;
			continue;
		}

		if (inClass || char === '[') {
			inClass = char !== ']';
			continue;
		}

		if (char !== '(' || !source.startsWith('(?:', index)) {
			continue;
		}

		const group = groupAt(source, index);
		if (group === undefined) {
			break;
		}

		const {close, alternatives} = group;
		if (
			close - index - 3 > longest &&
			alternatives.length > kept + 1 &&
			alternatives.every(alternative => plain.test(alternative))
		) {
			shown += `${source.slice(from, index)}(?:${alternatives.slice(0, kept).join('|')}|… ${alternatives.length - kept} more)`;
			from = close + 1;
			index = close;
		}
	}

	return shown + source.slice(from);
}
