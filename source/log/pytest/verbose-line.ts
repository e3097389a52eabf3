/**
One `-v` progress line (`id OUTCOME[ (reason)][  [ NN%]]`): where its id ends and which outcome word it carries. A new shape of `-v` line is read here.
*/
import {isBalanced} from './ids.js';

/**
`-v` progress line: `id OUTCOME[ (reason)][  [ NN%]]`. The id may contain spaces and outcome words inside brackets,
and its brackets need not balance (`test_x[str-[]`, a parameter that is a lone bracket). At `-vv` a test defined
in another file says where: `id <- path/defined_in.py OUTCOME`; the id is without it.
*/
export function parseVerboseLine(
	line: string,
): {id: string; word: string; rest: string} | undefined {
	if (!line.includes('::') && !line.includes('.py ')) {
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
				const hasReason = endsWithParen && text.startsWith(' (', after);
				if (depth === 0 && isAtEnd) {
					return {id: withoutDefinedIn(text.slice(0, index)), word, rest: ''};
				}

				if (depth === 0 && hasReason) {
					return {
						id: withoutDefinedIn(text.slice(0, index)),
						word,
						rest: text.slice(after + 1),
					};
				}

				if (isAtEnd) {
					lastAtEnd = {index, word};
				} else if (hasReason) {
					firstWithReason ??= {index, word};
				}
			}
		}

		index++;
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
	if (line.endsWith('%]')) {
		const open = line.lastIndexOf('[');
		if (open <= 0) {
			return undefined;
		}

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
	if (
		!id.includes('::') ||
		id.charCodeAt(0) === 32 ||
		(id.includes('[') && !isBalanced(id))
	) {
		return undefined;
	}

	fastWord = word;
	return withoutDefinedIn(id);
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

/** Removes a trailing `[ NN%]` progress marker (without a backtracking regex over long lines). */
export function stripPercent(line: string): string {
	if (!line.endsWith('%]')) {
		return line;
	}

	const open = line.lastIndexOf('[');
	if (open === -1 || !/^\[\s*\d+%]$/.test(line.slice(open))) {
		return line;
	}

	let end = open;
	while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) {
		end--;
	}

	return end === open ? line : line.slice(0, end);
}
