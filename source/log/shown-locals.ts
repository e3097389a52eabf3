/**
`-l`/`--showlocals`: after the crash frame's `E` lines pytest prints that frame's locals, one `name = repr` each, the
name padded to 10 columns (`shown      = Shown(`), a repr's later lines as they are. Under `--tb=long` (and `auto`) a
blank line comes between the `E` lines and the locals; under `--tb=short` the locals follow them at once, indented 8
columns. A repr's line may read as an `E` line (a local holding text shaped like pytest's report): such lines, up to the
next blank line that no `E`-shaped line follows, are the locals', not the exception's.
*/
import {isErrorLine} from './traceback.js';

/** A local's first line: its name, padded to 10 columns, then ` = ` (8 columns in under `--tb=short`). */
const localLine = /^( {8})?[A-Za-z_]\w* *= /;

function isLocalLine(line: string | undefined): boolean {
	const local = line === undefined ? null : localLine.exec(line);
	return local !== null && local[0].length - (local[1]?.length ?? 0) >= 13;
}

/**
A blank line among the locals followed by an `E`-shaped line is a repr's (a kept report's blank line): pytest prints an
`E` line right after source lines or other `E` lines, never after a blank one (hunt 64).
*/
function isReprsBlank(lines: readonly string[], index: number): boolean {
	const next = lines[index + 1];
	return next !== undefined && next !== '' && isErrorLine(next);
}

/** The indexes of the lines of a traceback's locals that follow `E` lines; undefined when there are none. */
export function shownLocals(lines: readonly string[]): Set<number> | undefined {
	let shown: Set<number> | undefined;
	for (let index = 1; index < lines.length; index++) {
		const line = lines[index]!;
		const isStart =
			isLocalLine(line) &&
			(line.startsWith(' ')
				? isErrorLine(lines[index - 1]!)
				: lines[index - 1] === '' &&
					index > 1 &&
					isErrorLine(lines[index - 2]!));
		if (!isStart) {
			continue;
		}

		shown ??= new Set();
		while (
			index < lines.length &&
			(lines[index] !== '' || isReprsBlank(lines, index))
		) {
			shown.add(index);
			index++;
		}
	}

	return shown;
}
