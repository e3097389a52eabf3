/**
An ERRORS or FAILURES title among the progress lines before they reached their end. Under `-s` and
`--capture=tee-sys` a test's output is printed there, and a test echoing a pytest log prints such a title on a line of
its own, as wide as pytest's rules (`echoed log:`, then `==== ERRORS ====`, an entry's header, an `E` line); pytest
prints its own there too when `-s` hides the progress marker (no `[100%]`), or `-x` stops the run early. The title alone
cannot tell, so it is held with the lines after it until one does: more progress (the next test's `-v` line, the pending
test's outcome word, a line of letters, a module's letters) says it was a test's output, read again among the progress
lines; pytest's final line, the XML's rule, a new session or the end of the log say it was pytest's section, read
again as that section. A test's output never holds pytest's own progress, and pytest prints none inside its sections
but in a test's captured output (`Captured stdout call`, under `--capture=tee-sys`): there nothing tells.
*/
import {finalLinePattern} from '../summary.js';
import {generatedFile} from './failure-shapes.js';

export type HeldLine = {readonly text: string; readonly lineNumber: number};

/**
What the hold asks of the parser when it lets go: begin the title's section (pytest's), or none (a test's output), and
read the lines after the title again.
*/
export type ReadAgain = (
	section: 'errors' | 'failures' | undefined,
	lines: readonly HeldLine[],
) => void;

/** What the parser knows when such a title comes. */
export type TitleContext = {
	/** The section the title is read in: only among the progress lines (`none`) is it held. */
	readonly section: string;
	/** The progress began (or, with no banner, may have: `-q -s` letters glued to output) and did not reach its end. */
	readonly isEarly: boolean;
	/**
	Progress was read before the title. With none (and, the title being early, no banner: `-q`, `-qq`, whose progress is
	letters alone), a module's progress line after it (`tests/test_a.py .F`) is not pytest's: a plugin's section printed it.
	*/
	readonly hasProgress: boolean;
	readonly ruleWidth: number | undefined;
	readonly hasPendingId: boolean;
};

type Held = {
	readonly section: 'errors' | 'failures';
	readonly ruleWidth: number | undefined;
	/** A `-v` id waited for its outcome when the title came: the word alone (or glued) is more progress. */
	readonly hasPendingId: boolean;
	/** A module's progress line can be pytest's: progress came before the title (`TitleContext.hasProgress`). */
	readonly mayShowModules: boolean;
	readonly lines: HeldLine[];
	size: number;
	/** Inside an entry's `--- Captured … ---` part, where a test's own output is, whatever it looks like. */
	isInCaptured: boolean;
};

/** A test's output after such a title is short; pytest's section can be long: past this, it is read as pytest's. */
const maxHeldLines = 5000;
const maxHeldChars = 2 * 1024 * 1024;

const outcomeWords = ['PASSED', 'FAILED', 'ERROR', 'SKIPPED', 'XFAIL', 'XPASS'];
/** pytest's word alone, before its marker, before a reason, or glued to what the teardown printed (`PASSEDdone`). */
const outcomeFirst =
	/^(?:PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS)(?:$| +\[\s*\d+(?:%|\/\d+)]$| \(|[^\sA-Z_:])/;
/** A module's progress line at the default verbosity (`tests/test_a.py .F`), its letters maybe glued to output. */
const moduleLetters = /^[^\s:]+\.py [.FEsxX]/;

export class SectionTitleHold {
	/**
	The held lines are read again as a test's output: a title among them is that output too (the progress did not go on
	between them), and holds nothing (each read again once: linear in the lines).
	*/
	private isGivingBack = false;
	private held: Held | undefined;
	private readonly readAgain: ReadAgain;

	constructor(readAgain: ReadAgain) {
		this.readAgain = readAgain;
	}

	get isHolding(): boolean {
		return this.held !== undefined;
	}

	/**
	A section's title: true when it is held (the lines after it are, `line`), or a test's output read again; false when
	the section begins.
	*/
	takes(section: string | undefined, context: TitleContext): boolean {
		if (
			(section !== 'errors' && section !== 'failures') ||
			context.section !== 'none' ||
			!context.isEarly
		) {
			return false;
		}

		if (this.isGivingBack) {
			return true;
		}

		const {ruleWidth, hasPendingId} = context;
		this.held = {
			section,
			ruleWidth,
			hasPendingId,
			mayShowModules: context.hasProgress,
			lines: [],
			size: 0,
			isInCaptured: false,
		};
		return true;
	}

	/** A line: true when it is held. A line that tells whose the title was lets the held lines go (read again) first. */
	line(text: string, lineNumber: number): boolean {
		const {held} = this;
		if (!held) {
			return false;
		}

		if (!held.isInCaptured && continuesProgress(text, held)) {
			this.held = undefined;
			this.isGivingBack = true;
			try {
				this.readAgain(undefined, held.lines);
			} finally {
				this.isGivingBack = false;
			}

			return false;
		}

		if (
			endsSession(text) ||
			held.lines.length >= maxHeldLines ||
			held.size >= maxHeldChars
		) {
			this.release();
			return false;
		}

		held.lines.push({text, lineNumber});
		held.size += text.length;
		const {ruleWidth} = held;
		if (ruleWidth !== undefined && text.length >= ruleWidth) {
			if (isCapturedRule(text)) {
				held.isInCaptured = true;
			} else if (text.startsWith('_') && text.endsWith('_')) {
				// The next entry's header.
				held.isInCaptured = false;
			}
		}

		return true;
	}

	/** The end of the log, or a line pytest prints only as its session ends: the title was pytest's section. */
	release(): void {
		const {held} = this;
		if (!held) {
			return;
		}

		this.held = undefined;
		this.readAgain(held.section, held.lines);
	}
}

/**
Whether a title comes early, among the progress lines before their end: the progress began, or may have (`-q -s`: no
banner, and letters glued to a test's output count only once more progress follows), and did not reach its end. Not
after xdist's start and the session's end with no progress between (`-q`, every module failing at collection): pytest
said its session ended, and what follows is its summaries (`xdist-start.ts`), a plugin's section's lines too.
*/
export function isEarlyTitle(state: {
	readonly hasProgress: boolean;
	readonly hasSessionStart: boolean;
	readonly isProgressDone: boolean;
	readonly hasXdistEnded: boolean;
}): boolean {
	return (
		(state.hasProgress || !state.hasSessionStart) &&
		!state.isProgressDone &&
		!state.hasXdistEnded
	);
}

/** More progress: what pytest prints only among its progress lines, and no section of its own holds. */
function continuesProgress(text: string, held: Held): boolean {
	if (held.hasPendingId && outcomeFirst.test(text)) {
		return true;
	}

	if (
		isLettersLine(text) ||
		(held.mayShowModules && moduleLetters.test(text))
	) {
		return true;
	}

	// The next test's `-v` line, or its `id ` waiting for its outcome.
	return (
		startsWithNodeId(text) && (text.endsWith(' ') || endsWithOutcome(text))
	);
}

/** A module's node id starts the line (`tests/test_a.py::`): no space before it, as in an `E` line quoting one. */
function startsWithNodeId(text: string): boolean {
	const colons = text.indexOf('::');
	if (colons < 4 || !text.startsWith('.py', colons - 3)) {
		return false;
	}

	for (let index = 0; index < colons; index++) {
		const code = text.charCodeAt(index);
		if (code === 32 || code === 9) {
			return false;
		}
	}

	return true;
}

/** pytest's final line, the XML's rule (its terminal summary), or a new session's banner. */
function endsSession(text: string): boolean {
	const first = text.charCodeAt(0);
	if (first === 45 /* - */) {
		return generatedFile.test(text);
	}

	if (first === 61 /* = */ && text.includes(' test session starts ')) {
		return true;
	}

	if (first === 33 /* ! */ && text.startsWith('!!! ')) {
		// `!!! Interrupted: … !!!`, `!!! _pytest.outcomes.Exit: … !!!`, printed after pytest's sections.
		return true;
	}

	return finalLinePattern.test(text);
}

function isCapturedRule(text: string): boolean {
	return (
		text.startsWith('-') && text.endsWith('-') && text.includes(' Captured ')
	);
}

/** Progress letters alone (`F.`, `..sx   [ 50%]`), not a lone `E` (an empty `E` line with its spaces trimmed). */
function isLettersLine(text: string): boolean {
	const end = markerStart(text);
	if (end === 0) {
		return false;
	}

	let hasOther = false;
	for (let index = 0; index < end; index++) {
		const char = text[index]!;
		if (!'.FEsxX'.includes(char)) {
			return false;
		}

		hasOther ||= char !== 'E';
	}

	return hasOther;
}

/** Where a trailing progress marker (`  [ 50%]`, `[3/8]`) and the spaces before it start, or the text's length. */
function markerStart(text: string): number {
	if (!text.endsWith(']')) {
		return text.length;
	}

	const open = text.lastIndexOf('[');
	if (open === -1 || !/^\[\s*\d+(?:%|\/\d+)]$/.test(text.slice(open))) {
		return text.length;
	}

	let start = open;
	while (start > 0 && text[start - 1] === ' ') {
		start--;
	}

	return start;
}

/** A `-v` line's end: an outcome word, maybe its reason in brackets, maybe its marker. */
function endsWithOutcome(text: string): boolean {
	const body = text.slice(0, markerStart(text)).trimEnd();
	if (outcomeWords.some(word => body.endsWith(` ${word}`))) {
		return true;
	}

	// `SKIPPED (reason)`, `XFAIL (reason)`.
	return (
		body.endsWith(')') &&
		(body.includes(' SKIPPED (') || body.includes(' XFAIL ('))
	);
}
