/**
A `=== short test summary info ===` title while a FAILURES or ERRORS entry is open, or in the PASSES section. pytest
prints its own summary right after the last entry's report (whose captured part is still open), but a report can hold the same title and
`FAILED id - …` lines of its own: an exception's notes under `--tb=native`, a test's printed output. The title alone
cannot tell, so the summary is held: its lines are kept until a line says whose they are. pytest prints everything
else of its terminal summary (entries, `Captured …` parts, the warnings summary, PASSES, `--durations`, the XML's
rule) before its short summary, so one of those after the title gives the lines back to the entry; pytest's final
line, or the end of the log, makes them the summary. The summary's title again is pytest's own after a report's lines
(a test's last lines, then pytest's summary), unless the held lines name the tests the `-v` lines did, with their
outcomes: then they are pytest's summary, and the title a line of a `-vv` message (`short-summary.ts`).
*/
import type {Outcome} from '../model.js';
import {finalLinePattern} from '../summary.js';
import {isLineReport} from '../traceback.js';
import {pathCharacter} from './verbose-line.js';
import {ExitReasonLines, opensExitReason} from './exit-reason.js';
import {entryHeaderTitle, type FailuresReader} from './failures.js';
import {idAndMessageSplits, type IdNormalizer} from './ids.js';
import {
	progressEndOf,
	ruleTitle,
	type Section,
	sectionTitles,
} from './section-lines.js';
import type {TestTable} from './tests.js';

/** A node id of a test module, at a line's start (`tests/test_x.py::test_y`). */
const pyNodeId = new RegExp(String.raw`^${pathCharacter}+\.py::\S`, 'u');

/** A short summary title read inside an entry, and the lines after it, held until a line tells whose they are. */
export type HeldSummary = {
	/** The title as read. */
	readonly title: string;
	readonly lineNumber: number;
	/** The section whose entry was open, or the progress (`none`: under `-s` a test's output is printed there). */
	readonly section: 'errors' | 'failures' | 'passes' | 'none';
	/** The lines after the title, as read. */
	readonly lines: Array<{readonly text: string; readonly lineNumber: number}>;
	/** Where in `lines` a final line was read: the line after it tells whose it was (`afterFinalLine`). */
	finalAt?: number;
	/** Read in a `--tb=line` entry's `Captured …` part (pytest 9), whose report line comes after it. */
	readonly isInLineCaptured: boolean;
};

/** What a line says of a held summary: nothing yet (`hold`), it was the entry's (`entry`), or pytest's (`summary`). */
export type HeldSummaryVerdict = 'hold' | 'entry' | 'summary';

/**
An entry's `Captured …` part, or a rule plugins print before the short summary: pytest's junitxml and reportlog, and
pytest-cov before 6 (`---- coverage: platform linux, python 3.11.2-final-0 ----`).
*/
const dashRule =
	/^-{2,} (?:Captured .*|generated (?:xml|report log) file: .*|coverage: platform .*) -{2,}$/;
/** pytest's `--durations` title, printed before the short summary too. */
const durationsTitle = /^slowest (?:\d+ )?durations$/;

const summaryTitle = /^=+ short test summary info =+$/;

/** What the hold asks of the parser. */
export type SummaryHoldInputs = {
	readonly failures: FailuresReader;
	readonly tests: TestTable;
	readonly ids: IdNormalizer;
	/** Whether `-v` lines named the tests. */
	readonly isVerbose: () => boolean;
	/** Held lines to read again, in the entry's section (`errors`, `failures`, `passes`) or as the summary's. */
	readonly readAgain: (
		section: HeldSummary['section'] | 'summary',
		lines: HeldSummary['lines'],
	) => void;
};

/** The parser's hold on a short summary title read inside an entry or PASSES. */
export class SummaryHold {
	private held: HeldSummary | undefined;
	private readonly inputs: SummaryHoldInputs;
	/** A held `pytest.exit()` banner's later lines, held with it whatever they look like (`exit-reason.ts`). */
	private readonly exitReason = new ExitReasonLines();

	constructor(inputs: SummaryHoldInputs) {
		this.inputs = inputs;
	}

	/** The summary's title, read in `section`: true when it is held (the parser reads the lines after it as held). */
	start(title: string, lineNumber: number, section: Section): boolean {
		if (
			section === 'passes' ||
			section === 'none' ||
			((section === 'failures' || section === 'errors') &&
				this.inputs.failures.isInEntry)
		) {
			const {failures} = this.inputs;
			this.held = {
				title,
				lineNumber,
				section,
				lines: [],
				isInLineCaptured: failures.isInLineEntry && failures.isInCaptured,
			};
			return true;
		}

		return false;
	}

	/**
	A line: true when it is held. A line that tells whose the held lines are releases them (read again) before the
	parser reads it.
	*/
	line(
		text: string,
		lineNumber: number,
		ruleWidth: number | undefined,
	): boolean {
		const {held} = this;
		if (!held) {
			return false;
		}

		const isReason = this.exitReason.read(text);
		if (isReason || opensExitReason(text)) {
			if (!isReason) {
				this.exitReason.start({title: text});
			}

			held.lines.push({text, lineNumber});
			return true;
		}

		if (held.finalAt !== undefined) {
			return this.afterFinalLine(held, text, lineNumber, ruleWidth);
		}

		const verdict =
			held.section === 'none' && continuesProgress(text)
				? 'entry'
				: heldSummaryVerdict(text, ruleWidth);
		if (verdict === 'hold') {
			held.lines.push({text, lineNumber});
			return true;
		}

		if (verdict === 'summary') {
			// A final line: pytest's last, unless more of its terminal summary follows (the report printed a run's tail).
			held.finalAt = held.lines.length;
			held.lines.push({text, lineNumber});
			return true;
		}

		const isSummary =
			summaryTitle.test(text) &&
			this.inputs.isVerbose() &&
			namesTheRunsTests(held, rawId => this.outcomeOf(rawId));
		this.release(isSummary);
		return false;
	}

	/** A final line was read after the title, and it is held (a new session after it ends this one). */
	get hasFinalLine(): boolean {
		return this.held?.finalAt !== undefined;
	}

	/** The held lines read again: pytest's summary (`isSummary`, at the end of the log), or the entry's. */
	release(isSummary = true): void {
		const {held} = this;
		if (!held) {
			return;
		}

		this.held = undefined;
		this.exitReason.stop();
		if (isSummary && held.finalAt !== undefined) {
			// Among `-v` progress lines (`-s`), lines that name tests no `-v` line named are a test's output.
			isSummary = !this.contradictsProgress(held);
		}

		const inEntry = held.section !== 'passes' && held.section !== 'none';
		if (!isSummary && inEntry) {
			this.inputs.failures.appendToEntry(held.title);
		}

		if (isSummary || held.finalAt === undefined) {
			this.inputs.readAgain(isSummary ? 'summary' : held.section, held.lines);
			return;
		}

		// The report's own final line, and what followed it, are its text: read again, they would end the session.
		this.inputs.readAgain(held.section, held.lines.slice(0, held.finalAt));
		if (inEntry) {
			for (const {text} of held.lines.slice(held.finalAt)) {
				this.inputs.failures.appendToEntry(text);
			}
		}
	}

	/**
	The line after a held final line (blank lines wait): more of pytest's terminal summary (an entry, a `Captured …` part,
	a section's title, the XML's rule, the short summary's title again, the report line of the `--tb=line` entry whose
	output it was), or more progress, says the title, its lines and the final line were a report's; anything else, that
	they were pytest's own summary and final line.
	*/
	private afterFinalLine(
		held: HeldSummary,
		text: string,
		lineNumber: number,
		ruleWidth: number | undefined,
	): boolean {
		if (text.length === 0) {
			held.lines.push({text, lineNumber});
			return true;
		}

		const isEntry =
			(held.section === 'none' && continuesProgress(text)) ||
			(held.isInLineCaptured && isLineReport(text)) ||
			heldSummaryVerdict(text, ruleWidth) === 'entry';
		this.release(!isEntry);
		return false;
	}

	/** Held lines among `-v` progress lines (`-s`) that name tests no `-v` line named: a test's output. */
	private contradictsProgress(held: HeldSummary): boolean {
		return (
			held.section === 'none' &&
			this.inputs.isVerbose() &&
			contradicts(held, rawId => this.outcomeOf(rawId))
		);
	}

	/** The outcome the log gave the test a held line names, if any. */
	private outcomeOf(rawId: string): Outcome | undefined {
		return this.inputs.tests.get(this.inputs.ids.normalize(rawId))?.outcome;
	}
}

export function heldSummaryVerdict(
	text: string,
	ruleWidth: number | undefined,
): HeldSummaryVerdict {
	const first = text.charCodeAt(0);
	if (first === 95 /* _ */) {
		// Another entry's header: as wide as the terminal (an id with escapes runs past it).
		return entryHeaderTitle(text) !== undefined &&
			(ruleWidth === undefined || text.length >= ruleWidth)
			? 'entry'
			: 'hold';
	}

	if (first === 45 /* - */) {
		return dashRule.test(text) ? 'entry' : 'hold';
	}

	if (first === 61 /* = */) {
		const match = ruleTitle.exec(text);
		const title = match?.[1] ?? match?.[2];
		if (title === undefined) {
			return 'hold';
		}

		if (finalLinePattern.test(title)) {
			return 'summary';
		}

		// `warnings summary (final)` is printed after the short summary; every other section of pytest's before it.
		return sectionTitles[title] !== undefined || durationsTitle.test(title)
			? 'entry'
			: 'hold';
	}

	// `-q`: pytest's final line, bare.
	return finalLinePattern.test(text) ? 'summary' : 'hold';
}

const summaryWords = /^(PASSED|FAILED|ERROR|XFAIL|XPASS|SKIPPED) (.+)$/s;

/**
Whether a line held after the title among the progress lines (`-s`) is more progress, which pytest never prints after its
summary: a line of letters or with a progress marker, a `-v` line's outcome alone, a line starting with a node id. A
summary line whose message ends like a marker (`FAILED t.py::test_x - AssertionError: 1 != 2 : [ 50%]`) is none: no
progress line starts with an outcome word, a space and an id followed by ` - ` (xdist's start with `[gw0]`).
*/
function continuesProgress(text: string): boolean {
	return (
		(progressEndOf(text, true) !== undefined &&
			!summaryLineWithMessage.test(text)) ||
		/^(?:PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS)$/.test(text) ||
		pyNodeId.test(text)
	);
}

/**
A short summary line with a message: `FAILED id - message`, `ERROR path - message`, pytest 9's `SUBFAILED[msg] (k=1) id
- message` and pytest-subtests' `SUBFAILED(i=1) id - message`.
*/
const summaryLineWithMessage =
	/^(?:FAILED|ERROR|XFAIL|XPASS|SUB(?:PASSED|FAILED)(?:\[.*?])?(?: ?\(.*?\))?) \S.*? - /;

/** Each held line of a word that names a test: the outcome the log gave it (undefined when it named none). */
function namedOutcomes(
	held: HeldSummary,
	outcomeOf: (rawId: string) => Outcome | undefined,
): Array<{word: string; outcome: Outcome | undefined}> {
	const named = [];
	for (const {text} of held.lines) {
		const match = summaryWords.exec(text);
		if (match && !(match[1] === 'SKIPPED' && match[2]!.startsWith('['))) {
			// `SKIPPED [1] path:line: reason` names no test.
			// Brackets that do not balance leave more than one reading of `id - message`: any the log knows.
			const outcome = idAndMessageSplits(match[2]!)
				.map(split => outcomeOf(split.id))
				.find(each => each !== undefined);
			named.push({word: match[1]!, outcome});
		}
	}

	return named;
}

/**
Whether a held `FAILED` line names a test the log's `-v` lines did not fail (or did not name). Other words are not
asked: an `ERROR` line names a file or class that failed to collect, which no `-v` line names.
*/
function contradicts(
	held: HeldSummary,
	outcomeOf: (rawId: string) => Outcome | undefined,
): boolean {
	return namedOutcomes(held, outcomeOf).some(
		({word, outcome}) => word === 'FAILED' && outcome !== 'failed',
	);
}

/**
Whether the held lines are pytest's own summary, told when its title comes again: they name tests, and every `FAILED`
one a test the log's `-v` lines failed (a report's own lines name tests no one ran, or say what did not happen).
*/
export function namesTheRunsTests(
	held: HeldSummary,
	outcomeOf: (rawId: string) => Outcome | undefined,
): boolean {
	return (
		namedOutcomes(held, outcomeOf).length > 0 && !contradicts(held, outcomeOf)
	);
}
