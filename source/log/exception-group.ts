/**
Python's own print of an exception group (`  + Exception Group Traceback (most recent call last):`, `  | …`),
as the traceback reader (`traceback.ts`) reads its headline.
*/
import {isExceptionLine} from './exception-line.js';

/** `  + Exception Group Traceback (most recent call last):`: Python's own print of an exception group. */
const groupBanner =
	/^( *)\+ Exception Group Traceback \(most recent call last\):$/;

/**
The exception line of the exception group Python printed last at the top level (`  | ExceptionGroup: 2 workers
failed (2 sub-exceptions)`, `  | hypothesis.errors.FlakyFailure: … (1 sub-exception)`), and the index of its banner.
Its sub-exceptions (`+-+---- 1 ----`, indented deeper) and notes are not the headline; nor is the banner, except
for a task group, whose own line says nothing: its first leaf is the headline (`ConnectionRefusedError: …`).
*/
export function groupHeadline(
	lines: readonly string[],
): {text: string; banner: number} | undefined {
	let banner = -1;
	let indent = Number.POSITIVE_INFINITY;
	// eslint-disable-next-line unicorn/no-for-loop -- run on every line of every failure: `entries()` made an array per line
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index]!;
		// Only a line of blanks and then `+` can be a banner: most lines (a traceback's indented source) are
		// ruled out without the pattern.
		let plus = 0;
		while (line.charCodeAt(plus) === 32) {
			plus++;
		}

		const match = line.charCodeAt(plus) === 43 ? groupBanner.exec(line) : null;
		if (match && match[1]!.length <= indent) {
			// Chained groups print one after the other at the same indent; the last one was raised.
			indent = match[1]!.length;
			banner = index;
		}
	}

	if (banner === -1) {
		return undefined;
	}

	const bar = `${' '.repeat(indent)}| `;
	for (let index = banner + 1; index < lines.length; index++) {
		const line = lines[index]!;
		if (!line.startsWith(bar)) {
			break;
		}

		const text = line.slice(bar.length);
		if (text.charCodeAt(0) !== 32 && isExceptionLine(text)) {
			return {
				text: (taskGroup.test(text) && firstLeaf(lines, index)) || text.trim(),
				banner,
			};
		}
	}

	return undefined;
}

/** A group that only gathers its tasks' errors (asyncio's and anyio's TaskGroup, a trio nursery): its leaves say what failed. */
const taskGroup =
	/^(?:[\w.]+\.)?(?:Base)?ExceptionGroup: (?:unhandled errors in a TaskGroup|Exceptions from Trio nursery)\b/;
/** Whether an exception line is a task group's (`groupHeadline` reads such a group by its first leaf). */
export function isTaskGroupLine(text: string): boolean {
	return taskGroup.test(text);
}

/** `    | ConnectionRefusedError: …`: an exception line inside a group's print, at any depth. */
const groupedLine = /^ +\| (\S.*)$/;
const subGroup = /\(\d+ sub-exceptions?\)$/;

/** The first exception line below a group's own line that is no group itself (nested task groups), or undefined. */
function firstLeaf(lines: readonly string[], from: number): string | undefined {
	for (let index = from + 1; index < lines.length; index++) {
		const line = lines[index]!;
		if (line.charCodeAt(0) !== 32) {
			return undefined;
		}

		const text = groupedLine.exec(line)?.[1]?.trim();
		if (text && isExceptionLine(text) && !subGroup.test(text)) {
			return text;
		}
	}

	return undefined;
}
