/**
What a `=== title ===` rule is: the session's banner, a whole pytest session a test printed, a section of pytest's
own, its final line, or a line of a test's output that only looks like one of those. A new shape of rule is read here.
*/
import {finalLinePattern} from '../summary.js';
import {type Section, sectionTitles} from './section-lines.js';

/** What the parser knows when a rule comes. */
export type RuleContext = {
	/** The section the rule is read in. */
	readonly section: Section;
	readonly hasSessionStart: boolean;
	readonly hasProgress: boolean;
	/** The progress reached its end (`[100%]`, or the last count). */
	readonly isProgressDone: boolean;
	/** The width of pytest's own rules (the first rule's), when one was read. */
	readonly ruleWidth: number | undefined;
	/** Inside a FAILURES or ERRORS entry, and inside one of its `--- Captured … ---` parts. */
	readonly isInEntry: boolean;
	readonly isInCaptured: boolean;
};

export type RuleKind =
	| {readonly kind: 'session start'}
	/** A whole pytest session printed inside a test's output (pytester). */
	| {readonly kind: 'nested session'}
	/** A line of a test's output: it goes to the entry. */
	| {readonly kind: 'content'}
	| {readonly kind: 'final line'}
	/**
	A final line in a test's captured output, as wide as pytest's own: pytest's only when nothing but blank lines
	follow it (`-qq` prints none of its own; with `-rN` pytest's comes right after the last entry's output, and with
	`-rP` and no short summary right after the last PASSES entry's).
	*/
	| {
			readonly kind: 'held final line';
			readonly section: 'failures' | 'errors' | 'passes';
	  }
	/** A banner a test printed under `-s`, or a plugin's section before pytest's own: nothing. */
	| {readonly kind: 'ignored'}
	/** A section of pytest's own, or a plugin's (`other`), starts. */
	| {readonly kind: 'section'; readonly section: Section | undefined};

const bareFinalLine = /^(?:no tests ran|\d+ \w+.*) in [\d.]+ ?s/;
/** pytest's rule when its title is wider than the terminal: one `=` a side. */
const overfullRule = /^= .* =$/;

export function ruleKindOf(
	title: string,
	text: string,
	context: RuleContext,
): RuleKind {
	const {section, ruleWidth} = context;
	if (title === 'test session starts') {
		return context.hasSessionStart || context.hasProgress || section !== 'none'
			? {kind: 'nested session'}
			: {kind: 'session start'};
	}

	if (
		(context.isInCaptured || section === 'passes') &&
		ruleWidth !== undefined &&
		!isPytestsWidth(text, ruleWidth)
	) {
		// pytest pads its own rules to the terminal width, or, when the title does not fit, puts one `=` a side: any
		// other rule in a test's captured output is the test's (`==== 3 failed in 0.12s ====` from a run it printed).
		return {kind: 'content'};
	}

	if (
		section === 'none' &&
		context.hasProgress &&
		ruleWidth !== undefined &&
		!isPytestsWidth(text, ruleWidth)
	) {
		// The same among the progress lines: a banner a test printed under `-s` or `--capture=tee-sys` on a line of its
		// own (`===== FAILURES =====` narrower than the terminal), not pytest's section; its progress goes on.
		return {kind: 'ignored'};
	}

	if (finalLinePattern.test(title) || bareFinalLine.test(title)) {
		// In PASSES every line after an entry's header is the test's output (hunt 36, seed 71131): read as pytest's, it
		// ended the session there, and a short summary title in a later entry began pytest's summary.
		return section === 'passes' ||
			(context.isInCaptured && (section === 'failures' || section === 'errors'))
			? {kind: 'held final line', section}
			: {kind: 'final line'};
	}

	const pytestSection = sectionTitles[title];
	if (isTestsOwnSection(pytestSection, context)) {
		// A session a test ran and printed (pytester's `runpytest("-q")` echoes one with no banner): its own entries,
		// summary and final line follow.
		return {kind: 'nested session'};
	}

	if (
		pytestSection === undefined &&
		context.isInEntry &&
		(context.isInCaptured || text.length !== ruleWidth)
	) {
		// Inside a failure's report: a line of the test's own output (`==== DEBUG ====`). A rule as wide as
		// pytest's after the report's traceback is a plugin's section (pytest-cov's `tests coverage`).
		return {kind: 'content'};
	}

	if (pytestSection === undefined && section === 'none') {
		// A plugin's or a conftest's section (`pytest_terminal_summary`) once the progress has ended, as wide as pytest's
		// own rules: no progress follows, and a line in it that reads like a `-v` line or letters is the plugin's.
		// Before that end, or narrower, it may be a test's output under `-s`: the progress lines may go on, so keep
		// reading them.
		return context.isProgressDone && text.length === ruleWidth
			? {kind: 'section', section: undefined}
			: {kind: 'ignored'};
	}

	return {kind: 'section', section: pytestSection};
}

/**
A FAILURES or ERRORS title where pytest never prints one, so a test's output: pytest prints ERRORS, then FAILURES,
each once, then PASSES (`-rP`). (Under `-s` such a session is printed among the progress lines, where a test cut
short by Ctrl+C leaves its `id ` before pytest's own FAILURES just the same: that one is read as pytest's.)
*/
function isTestsOwnSection(
	title: Section | undefined,
	context: RuleContext,
): boolean {
	if (title !== 'failures' && title !== 'errors') {
		return false;
	}

	switch (context.section) {
		case 'passes': {
			return true;
		}

		case 'failures': {
			return context.isInEntry;
		}

		case 'errors': {
			return context.isInEntry && title === 'errors';
		}

		default: {
			return false;
		}
	}
}

/** pytest pads its rules to the terminal width, or puts one `=` a side of a title too wide for it. */
export function isPytestsWidth(text: string, ruleWidth: number): boolean {
	return (
		text.length === ruleWidth ||
		(text.length > ruleWidth && overfullRule.test(text))
	);
}

/**
The width of pytest's own rules a rule tells, if it can be pytest's: the banner, any rule past the progress lines. Among
the progress lines of a session with no banner (`-q`), a banner a test printed under `-s` or `--capture=tee-sys` can
come first (`===== inner report =====`): only a title pytest prints there tells it. `isPastProgressStart`: the session
printed its banner, or its progress reached its end, or a section of its own began. An ERRORS or FAILURES title before
any progress (`progress.hasProgress` false) tells none either: under `-q -s` a test's output comes before the first letter, and
a test echoing a log prints such a title there, at its own width (`held-section-title.ts` holds it until what follows
tells whose it is); pytest's own comes after the letters, or heads a log cut before them, whose later rules tell it.
Nor does a final line there: under `-q` pytest's own has no rule, and under `-s` a test echoing a log prints a ruled one
among the letters at its own width (hunt 64, seed 74726); a log cut above its banner has pytest's after its progress
ended or its sections began, where it tells the width as before.
*/
export function widthTold(
	title: string,
	text: string,
	isPastProgressStart: boolean,
	progress: {readonly hasProgress: boolean},
): number | undefined {
	if (
		!isPastProgressStart &&
		!progress.hasProgress &&
		(title === 'FAILURES' || title === 'ERRORS')
	) {
		return undefined;
	}

	if (
		!isPastProgressStart &&
		(finalLinePattern.test(title) || bareFinalLine.test(title))
	) {
		return undefined;
	}

	return isPastProgressStart ||
		title === 'test session starts' ||
		sectionTitles[title] !== undefined ||
		finalLinePattern.test(title) ||
		bareFinalLine.test(title)
		? text.length
		: undefined;
}
