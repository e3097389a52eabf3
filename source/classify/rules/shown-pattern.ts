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

/** Where the group opened at `open` (its `(`) closes, or -1: escapes and character classes skipped. */
function closeOf(source: string, open: number): number {
	let depth = 0;
	let inClass = false;
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
			return index;
		}
	}

	return -1;
}

/** The top-level alternatives of a group's body (`a|b(c|d)|e` → `a`, `b(c|d)`, `e`). */
function alternativesOf(body: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let inClass = false;
	let start = 0;
	for (let index = 0; index < body.length; index++) {
		const char = body[index];
		if (char === '\\') {
			index++;
		} else if (inClass) {
			inClass = char !== ']';
		} else {
			switch (char) {
				case '[': {
					inClass = true;
					break;
				}

				case '(': {
					depth++;
					break;
				}

				case ')': {
					depth--;
					break;
				}

				case '|': {
					if (depth === 0) {
						parts.push(body.slice(start, index));
						start = index + 1;
					}

					break;
				}

				default:
			}
		}
	}

	parts.push(body.slice(start));
	return parts;
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

		const close = closeOf(source, index);
		if (close === -1) {
			break;
		}

		const body = source.slice(index + 3, close);
		const alternatives = alternativesOf(body);
		if (
			body.length > longest &&
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
