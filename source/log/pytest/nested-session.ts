/**
Sessions a test runs and prints under `-s` (pytester): where one starts on a line the outer session began.
*/
import {textWidth} from '../../text-width.js';
import {finalLinePattern} from '../summary.js';
import {progressMarkerStart} from './progress-marker.js';
import {isPytestsWidth} from './rule-titles.js';

const nestedSessionStart = /=+ test session starts =+$/;
/**
A section of a run's summary, glued to what the outer session began on the line (`id `, `file .`, `--setup-show`'s
`(fixtures used: …)`): pytest starts every rule of its own on a line of its own, so this is a test's output, the tail
of a run it printed (its short summary, up to its final line).
*/
const gluedSummaryStart =
	/[^=]=+ (?:short test summary info|FAILURES|ERRORS|warnings summary) =+$/;
/** The first progress line of a session printed with `-q` (no banner): letters, padding and a percentage. */
export const quietProgressLine = /^[.FEsxXRuy,-]+ +\[\s*\d+(?:%|\/\d+)]$/;
/** The same, padded: a line of letters that fills the terminal (xdist's do) has one space before its percentage. */
const paddedQuietProgressLine = /^[.FEsxXRuy,-]+ {2,}\[\s*\d+(?:%|\/\d+)]$/;
export const lettersOnly = /^[.FEsxXRuy,-]+$/;
/** A file's name and its progress letters so far, as the default (not `-v`) progress line starts. */
const fileAndLetters = /^\S+ [.FEsxXRuy,-]+$/;
/** The width pytester gives the sessions it runs (80 columns, less the one pytest leaves free). */
const pytesterLineWidth = 79;

/**
Where a session a test printed under `-s` starts on a progress line that begins with the outer session's own
text (`id `, `tests/t.py .`, `.`): at its banner, or at a section of its summary (a run's tail), or at the first progress line of a `-q` session, which its own
writer padded to the terminal width, so the line runs past the width by what came before it; where the progress
names tests (`isNamingTests`), also a `-q` session's first progress line alone on its line. `isOuterLine`: whether a
file's line is the outer session's by its marker (`outer-marker.ts`), which its width may not tell.
*/
export function nestedSessionStartOf(
	text: string,
	ruleWidth: number | undefined,
	isNamingTests = false,
	isOuterLine: (text: string) => boolean = () => false,
): number | undefined {
	const first = text.charCodeAt(0);
	if (first !== 61 /* = */ && text.includes(' test session starts =')) {
		return nestedSessionStart.exec(text)?.index;
	}

	if (first !== 61 /* = */ && text.endsWith('=')) {
		const glued = gluedSummaryStart.exec(text);
		if (glued && isSessionsRule(text.slice(glued.index + 1), ruleWidth)) {
			return glued.index + 1;
		}
	}

	if (
		isNamingTests &&
		text.length === pytesterLineWidth &&
		quietProgressLine.test(text)
	) {
		// Letters where the progress names tests (`-v`, or a test's `id ` printed under `-s`): a line of them as wide as
		// pytester's starts a session a test printed (pytester echoes what it ran, and the test may print it again,
		// the second copy on a line of its own).
		return 0;
	}

	if (progressMarkerStart(text) === -1 || ruleWidth === undefined) {
		return undefined;
	}

	for (const width of new Set([ruleWidth - 1, pytesterLineWidth])) {
		const start = text.length - width;
		if (start <= 0) {
			continue;
		}

		const line = text.slice(start);
		if (
			!quietProgressLine.test(line) ||
			isOwnFullLine(text, ruleWidth) ||
			(textWidth(text) < ruleWidth && isOuterLine(text))
		) {
			continue;
		}

		// After the outer letters (`.` + `F..F   [100%]`), only padding tells the inner line from a full outer one.
		const before = text.slice(0, start);
		if (lettersOnly.test(before)) {
			if (paddedQuietProgressLine.test(line)) {
				return start;
			}

			continue;
		}

		// Else the outer `id ` or `file ` (`tests/t.py ..`): not an outer `-v` line whose outcome word happens
		// to end where the inner line would start (`…::test_x ERROR    [100%]`, read from its last `R`).
		if (before.endsWith(' ') || fileAndLetters.test(before)) {
			return start;
		}
	}

	return undefined;
}

/**
A progress line the outer session filled itself: pytest pads its marker to end the line one column short of the
terminal (the rules' width), so a line that wide is its own, whatever its tail looks like: on a terminal wider than
pytester's 80 columns, a file's letters past column `width - 80` (`tests/t.py ......F..   [ 46%]` at 120 columns) end
like an 80-column `-q` line. Asked only of a line whose tail reads as such.
*/
function isOwnFullLine(text: string, ruleWidth: number): boolean {
	return textWidth(text) === ruleWidth - 1;
}

/**
Whether a rule can be a pytest session's: as wide as the run's own (`isPytestsWidth`) or as the 80 columns of a session
run with no terminal (pytester's, a subprocess's). A rule of another width is a banner a test printed (`===== FAILURES
=====` from a tool's report), not the tail of a session: taken for one, it would hold everything after it, pytest's own
sections too, until a final line.
*/
function isSessionsRule(rule: string, ruleWidth: number | undefined): boolean {
	return (
		ruleWidth === undefined ||
		rule.length === pytesterLineWidth + 1 ||
		isPytestsWidth(rule, ruleWidth)
	);
}

/** A session a test printed ends with its final line (`2 failed in 0.06s`, padded or bare). */
export function endsNestedSession(text: string): boolean {
	// The time looked for ahead, once (see `ruleTitle`).
	return (
		finalLinePattern.test(text) || /^=+ (?=.* in [\d.]+ ?s).* =+$/.test(text)
	);
}

/**
A session a test printed with `-q` (pytester's `runpytest("-q")`, which has no banner) in its captured output: its
first progress line, as wide as pytester's terminal or the run's own. pytest prints no progress inside a report.
*/
export function startsPrintedQuietSession(
	text: string,
	ruleWidth: number | undefined,
): boolean {
	return (
		(text.length === pytesterLineWidth ||
			(ruleWidth !== undefined && text.length === ruleWidth - 1)) &&
		quietProgressLine.test(text)
	);
}
