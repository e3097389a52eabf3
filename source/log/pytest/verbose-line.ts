/**
One `-v` progress line (`id OUTCOME[ (reason)][  [ NN%]]`): where its id ends and which outcome word it carries. A new shape of `-v` line is read here.
*/
import {isBalanced} from './ids.js';

/** `-v` progress line: `id OUTCOME[ (reason)][  [ NN%]]`. The id may contain spaces and outcome words inside brackets. */
export function parseVerboseLine(
	line: string,
): {id: string; word: string; rest: string} | undefined {
	if (!line.includes('::') && !line.includes('.py ')) {
		return undefined;
	}

	const text = stripPercent(line).trimEnd();
	const endsWithParen = text.endsWith(')');
	// One pass: bracket depth so far, so every candidate is checked in constant time.
	let depth = 0;
	let index = 0;
	while (index < text.length) {
		const char = text[index];
		if (char === '[') {
			depth++;
		} else if (char === ']') {
			depth--;
		} else if (char === ' ' && depth === 0 && index > 0) {
			const word = outcomeWordAt(text, index + 1);
			if (word) {
				const after = index + 1 + word.length;
				if (after === text.length) {
					return {id: text.slice(0, index), word, rest: ''};
				}

				if (endsWithParen && text.startsWith(' (', after)) {
					return {id: text.slice(0, index), word, rest: text.slice(after + 1)};
				}
			}
		}

		index++;
	}

	return undefined;
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
	return id;
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
