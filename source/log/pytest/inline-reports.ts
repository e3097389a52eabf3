/**
Reports printed among the progress lines: `--pdb`'s (`pdb-block.ts`), and pytest-instafail's. Under `--instafail`
each failure's report is printed as soon as the test fails, headed as a FAILURES entry (`____ test_b ____`, as wide
as the terminal), and the FAILURES section is never printed: those reports are the failures' only tracebacks. A
report ends where the progress goes on: the next `-v` line (after a blank line), xdist's next line, or the next
letters (`-q`'s, xdist's at the default verbosity, or the file's again: `tests/test_a.py .E`), right after it.
*/
import {entryHeaderTitle, type FailuresReader} from './failures.js';
import {PdbBlocks} from './pdb-block.js';
import {charsOnly, fileAndChars} from './progress-letters.js';
import {progressMarkerStart} from './progress-marker.js';
import {bangTitle, ruleTitle} from './section-lines.js';
import {fastVerboseId} from './verbose-line.js';
import {xdistLine} from './worker-line.js';

export class InlineReports {
	readonly #pdb: PdbBlocks;
	#isInReport = false;
	/** The last progress line was `-q` letters ending in a failure or an error (`..F`). */
	#afterFailedLetter = false;
	/** The last line ended with a rule's title (`==== FAILURES ====`), alone or glued to progress letters or an id. */
	#afterRuleTitle = false;
	readonly #failures: FailuresReader;

	constructor(failures: FailuresReader) {
		this.#failures = failures;
		this.#pdb = new PdbBlocks(failures);
	}

	/** Where pytest ran, when `--pdb`'s frames tell. */
	get invocationDir(): string | undefined {
		return this.#pdb.invocationDir;
	}

	/** A report whose header another shape told (pytest-sugar's, `sugar.ts`): its lines go to it until the progress goes on. */
	startReport(
		header: string,
		lineNumber: number,
		ruleWidth: number | undefined,
	): void {
		if (this.#isInReport) {
			this.#failures.finishEntry();
		}

		this.#isInReport = true;
		this.#afterFailedLetter = false;
		this.#failures.line(header, lineNumber, 'failures', ruleWidth);
	}

	/** The open report ends (pytest-sugar's short summary follows its reports). */
	endReport(): void {
		if (this.#isInReport) {
			this.#isInReport = false;
			this.#failures.finishEntry();
		}
	}

	/**
	A line where the progress lines are: true when it is a report's (read). `hasProgress`: a progress line was read.
	`ruleWidth`: the width of pytest's rules (undefined under `-q`, which prints no banner: then the report must
	follow a failing letter).
	*/
	line(
		text: string,
		lineNumber: number,
		hasProgress: boolean,
		ruleWidth: number | undefined,
	): boolean {
		if (this.#pdb.line(text, lineNumber)) {
			return true;
		}

		if (this.#isInReport) {
			if (!isProgressLine(text) && !isOwnRule(text)) {
				this.#failures.line(text, lineNumber, 'failures', ruleWidth);
				// A rule that ends the entry (`---- generated xml file ----`) ends the report.
				this.#isInReport = this.#failures.isInEntry;
				return true;
			}

			this.#isInReport = false;
			this.#failures.finishEntry();
		} else if (
			!this.#afterRuleTitle &&
			(ruleWidth === undefined
				? this.#afterFailedLetter
				: // xdist at the default verbosity: its letters (`..F`) count once the line ends in a `[ NN%]`.
					(hasProgress || this.#afterFailedLetter) &&
					text.length === ruleWidth) &&
			entryHeaderTitle(text) !== undefined
		) {
			this.#isInReport = true;
			this.#afterFailedLetter = false;
			this.#failures.line(text, lineNumber, 'failures', ruleWidth);
			return true;
		}

		this.#afterFailedLetter = charsOnly.test(text) && /[FE]$/.test(text);
		this.#afterRuleTitle = endsWithRuleTitle(text);
		return false;
	}
}

/**
A rule's title ending a line among the progress lines: a test's output under `-s` or `--capture=tee-sys` (pytest's own
sections come after the progress). pytest-instafail prints its report's header right after the failing test's progress
line, never after such a title: an entry header after one is the test's output too (hunt 36).
*/
export function endsWithRuleTitle(text: string): boolean {
	// As /={3,} \S(?:.*\S)? ={3,}$/ would say, in one pass: that pattern is tried from every `=` and backtracks
	// over the rest of the line, a time quadratic in a line of `==== ` repeated (a test's output, untrusted).
	let runStart = text.length;
	while (runStart > 0 && text.charCodeAt(runStart - 1) === 0x3d) {
		runStart--;
	}

	const titleEnd = runStart - 2;
	if (
		text.length - runStart < 3 ||
		titleEnd < 0 ||
		text[runStart - 1] !== ' ' ||
		isSpace(text[titleEnd]!)
	) {
		return false;
	}

	for (
		let at = text.indexOf('=== ');
		at !== -1 && at + 4 <= titleEnd;
		at = text.indexOf('=== ', at + 1)
	) {
		if (!isSpace(text[at + 4]!)) {
			return true;
		}
	}

	return false;
}

function isSpace(character: string): boolean {
	return /\s/.test(character);
}

/** A rule of pytest's own (`=== short test summary info ===`, `!!! stopping after 1 failures !!!`): the progress ended. */
function isOwnRule(text: string): boolean {
	const first = text.charCodeAt(0);
	return (
		(first === 61 /* = */ && ruleTitle.test(text)) ||
		(first === 33 /* ! */ && bangTitle.test(text))
	);
}

/** Whether a line is the progress going on: a `-v` line, xdist's, `-q` letters, or a `[ NN%]` marker ending one. */
function isProgressLine(text: string): boolean {
	return (
		progressMarkerStart(text) !== -1 ||
		charsOnly.test(text) ||
		// The default verbosity's `path letters`: the file's letters go on on a line of their own.
		fileAndChars.test(text) ||
		fastVerboseId(text) !== undefined ||
		xdistLine.test(text) ||
		// xdist's `id ` as a worker starts a test.
		(text.endsWith(' ') && text.includes('::') && !text.startsWith(' '))
	);
}
