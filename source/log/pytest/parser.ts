/**
The pytest console parser: `-v`, `-vv`, `-q`, `-r…`, every `--tb` mode, xdist, reruns, timeouts, interrupted and truncated runs. Fed one line at a time (ANSI already stripped); `finish()` resolves every FAILURES/ERRORS entry to a full node id and checks the parsed outcomes against pytest's own final line.

This module only dispatches: it knows which section a line is in and hands the line to the reader of that section (`section-line.ts` picks it: `progress.ts`, `failures.ts`, `short-summary.ts`, `session-end.ts`; a line too long to be structure to `long-lines.ts`); `finish-session.ts` makes the Run once every line is read.
*/
import type {Steps} from '../../in-turns.js';
import type {FailureListener, Run, Warning} from '../model.js';
import {EscapedIds} from './escaped-ids.js';
import {FailuresReader} from './failures.js';
import {runOfSession} from './finish-session.js';
import {HeldFinalLine} from './held-final-line.js';
import {SummaryHold} from './held-summary.js';
import {IdNormalizer} from './ids.js';
import type {Preamble} from './preamble.js';
import {nestedSessionStartOf} from './nested-session.js';
import {isOuterMarker} from './outer-marker.js';
import {ProgressReader} from './progress.js';
import {ruleKindOf, widthTold} from './rule-titles.js';
import {
	maxStructuralLine,
	verboseProgressEndOf,
	ruleTitle,
	type Section,
	textAfterMarker,
} from './section-lines.js';
import {SessionEnd} from './session-end.js';
import {ShortSummaryReader} from './short-summary.js';
import {TestTable} from './tests.js';
import {DurationIds} from './durations.js';
import {InlineReports} from './inline-reports.js';
import {SugarLines} from './sugar.js';
import {readBytes} from './byte-lines.js';
import {readLongLine} from './long-lines.js';
import {QuietXdistStart} from './xdist-start.js';
import {PrintedSessions} from './printed-session.js';
import {ReportTitleSession} from './report-title-session.js';
import {readSectionLine, type SectionLineInputs} from './section-line.js';
import {SectionTitleHold} from './held-section-title.js';
import {placeSectionTitle} from './section-title.js';
import {ForkedChild} from './forked-child.js';

type Finished = Steps<Run | undefined>;

export class PytestParser {
	private readonly header: Preamble = {};
	private readonly tests = new TestTable();
	private readonly ids = new IdNormalizer(() => this.header.rootdir);
	private readonly progress: ProgressReader;
	private readonly escapes = new EscapedIds();
	private readonly failures = new FailuresReader(this.escapes, this.header);
	private readonly summary: ShortSummaryReader;
	private readonly end = new SessionEnd();
	private readonly durations = new DurationIds();
	private readonly xdistStart = new QuietXdistStart();
	/** Reports among the progress lines: `--pdb`'s, pytest-instafail's. */
	private readonly inline = new InlineReports(this.failures);
	/** pytest-sugar's shapes, read as pytest's own. */
	private readonly sugar = new SugarLines({
		startSession: () => {
			this.hasSessionStart = true;
			this.end.drawsNoErrorLetters = true;
		},
		readStatuses: () => {
			this.end.countsSugarStatuses = true;
		},
		startReport: (header, lineNumber) => {
			this.inline.startReport(header, lineNumber, this.ruleWidth);
		},
		startSummary: title => {
			this.inline.endReport();
			this.ruleWidth ??= title.length;
			this.startSection('summary');
		},
		read: (text, lineNumber) => {
			this.line(text, lineNumber);
		},
		finalLine: (text, lineNumber) => {
			this.onFinalLine(text, lineNumber);
		},
	});

	private section: Section = 'none';
	/** A forked child's progress and sections after the parent's final line (`forked-child.ts`). */
	private readonly forked: ForkedChild;
	private ruleWidth: number | undefined;
	private hasSessionStart = false;
	/** Sessions a test printed (pytester's, under `-s`), and the last one among the progress lines. */
	private readonly nested = new PrintedSessions();
	/** One begun by an ERRORS or FAILURES title in a report: its lines held until what follows it tells whose they are. */
	private readonly reportSession = new ReportTitleSession(text => {
		this.failures.appendToEntry(text);
	});

	/** An ERRORS or FAILURES title among the progress lines before their end, held until what follows tells whose it is. */
	private readonly titleHold = new SectionTitleHold((section, lines) => {
		if (section) {
			this.startSection(section);
		}

		for (const line of lines) {
			this.line(line.text, line.lineNumber);
		}
	});

	/** The last progress line read ends with `[100%]` (or `[N/N]`). */
	private isProgressDone = false;
	private firstLine: number | undefined;
	private lastLine = 0;
	/** A line of the ERRORS, FAILURES or PASSES section that may be pytest's bare `-q` final line. */
	private readonly held = new HeldFinalLine();
	/** A short summary title read inside an entry, and the lines after it. */
	private readonly summaryHold = new SummaryHold({
		failures: this.failures,
		tests: this.tests,
		ids: this.ids,
		isVerbose: () => this.progress.hasVerbose,
		readAgain: (section, lines) => {
			if (section === 'summary') {
				this.startSection(section);
			} else {
				this.section = section;
			}

			for (const line of lines) {
				this.line(line.text, line.lineNumber);
			}
		},
	});

	private readonly source: string;
	/**
	What `readSectionLine` is handed, one object for every line: the readers, and the section, rule width and banner,
	set before each line (read there before anything it calls can read a line again).
	*/
	private readonly sectionInputs: {
		-readonly [Key in keyof SectionLineInputs]: SectionLineInputs[Key];
	};

	constructor(source: string, onFailure?: FailureListener) {
		this.source = source;
		const onFinalLine = (text: string, lineNumber: number) => {
			this.onFinalLine(text, lineNumber);
		};

		this.progress = new ProgressReader({
			tests: this.tests,
			ids: this.ids,
			onFailure,
			onFinalLine,
			escapes: this.escapes,
			hasSessionStart: () => this.hasSessionStart,
		});
		this.summary = new ShortSummaryReader({
			onFailure,
			isVerbose: () => this.progress.hasVerbose,
			onFinalLine,
			escapes: this.escapes,
		});
		this.sectionInputs = {
			section: this.section,
			ruleWidth: this.ruleWidth,
			hasSessionStart: this.hasSessionStart,
			header: this.header,
			progress: this.progress,
			durations: this.durations,
			held: this.held,
			failures: this.failures,
			nested: this.nested,
			summary: this.summary,
			end: this.end,
			onFinalLine,
		};
		const {tests, ids} = this;
		this.forked = new ForkedChild({...this.sectionInputs, tests, ids});
	}

	/**
	True once a section after the progress has begun (FAILURES, the short summary, …): pytest redraws a line with a CR
	only among the progress lines, so a CR after them is a report's own text (an exception message holding one).
	*/
	get isPastProgress(): boolean {
		return this.section !== 'none' || this.titleHold.isHolding;
	}

	/**
	How this session is over at the top level, once it is: pytest printed its final line (or a line held back as one,
	which a new session makes the final line, or pytest-sugar's `Results` block), or else an INTERNALERROR, an interruption or a usage error ended it.
	*/
	get ending(): 'final line' | 'other' | undefined {
		// A section title held (`held-section-title.ts`) is followed by its section, or by more progress.
		return this.nested.isInside || this.titleHold.isHolding
			? undefined
			: this.end.hasFinalLine ||
				  this.held.isHolding ||
				  this.summaryHold.hasFinalLine ||
				  this.sugar.hasResults
				? 'final line'
				: this.end.hasEnded
					? 'other'
					: undefined;
	}

	/**
	A plain line (no CR, no ESC) as bytes, before it is decoded: true when it is the common `-v` line among the
	progress lines and was read; false when it needs reading as text (anything else, or any doubt).
	*/
	bytesLine(
		bytes: Uint8Array,
		start: number,
		end: number,
		lineNumber: number,
	): boolean {
		if (
			this.nested.isInside ||
			this.reportSession.isHolding ||
			this.titleHold.isHolding ||
			this.forked.isReading
		) {
			return false;
		}

		const read = readBytes(
			bytes,
			start,
			end,
			this.section,
			this.held.isHolding,
			this.sugar.isLoaded,
			this.failures,
			this.progress,
		);
		if (read === undefined) {
			return false;
		}

		if (read === 'verbose') {
			this.isProgressDone = verboseProgressEndOf(bytes, start, end);
		} else if (read === 'worker') {
			this.firstLine ??= lineNumber;
		}

		this.lastLine = lineNumber;
		return true;
	}

	line(text: string, lineNumber: number): void {
		if (this.titleHold.line(text, lineNumber)) {
			return;
		}

		this.lastLine = lineNumber;
		this.xdistStart.line(text);
		if (this.end.readsExitReason(text) || this.sugar.line(text, lineNumber)) {
			return;
		}

		if (this.summaryHold.line(text, lineNumber, this.ruleWidth)) {
			return;
		}

		this.end.crash.line(text, lineNumber, this.failures.isInEntry);
		if (this.held.line(text, this.failures, this.ruleWidth)) {
			return;
		}

		const {isInside} = this.nested;
		if (this.reportSession.line(text, lineNumber, isInside)) {
			if (isInside) {
				this.nested.line(text, lineNumber, this.progress.mark());
			}

			return;
		}

		if (text.length === 0) {
			this.failures.appendToEntry(text);
			return;
		}

		if (
			this.section === 'none' &&
			this.inline.line(
				text,
				lineNumber,
				this.progress.hasProgress,
				this.ruleWidth,
			)
		) {
			return;
		}

		if (this.hasSessionStart && this.section === 'none') {
			// `-s`: a test's own pytest run (pytester) printed right after its `id ` or its file's progress
			// letters, with its banner or, run with `-q`, with its first progress line.
			const {ruleWidth, progress} = this;
			const start = nestedSessionStartOf(
				text,
				ruleWidth,
				progress.isNamingTests,
				line => isOuterMarker(line, progress.charCounts, this.header.selected),
			);
			if (start !== undefined) {
				this.progress.lineBeforeNestedSession(text.slice(0, start), lineNumber);
				this.nested.enterAmongProgress(text.slice(start));
				return;
			}
		}

		const glued = this.section === 'none' ? textAfterMarker(text) : -1;
		if (glued !== -1) {
			this.line(text.slice(0, glued), lineNumber);
			this.line(text.slice(glued), lineNumber);
			return;
		}

		if (text.length > maxStructuralLine) {
			const {section, ruleWidth, failures, progress, summary} = this;
			readLongLine(text, lineNumber, {
				section,
				ruleWidth,
				failures,
				progress,
				summary,
			});
			return;
		}

		this.progress.settlePending(text);
		this.firstLine ??= lineNumber;
		const first = text.charCodeAt(0);

		if (first === 61 /* = */) {
			const title = ruleTitle.exec(text);
			if (title) {
				const name = (title[1] ?? title[2])!;
				// pytest pads its rules to the terminal width: the first of its own tells it.
				const {hasSessionStart, isProgressDone, isPastProgress: past} = this;
				const isPast = hasSessionStart || isProgressDone || past;
				this.ruleWidth ??= widthTold(name, text, isPast, this.progress);
				this.escapes.width ??= this.ruleWidth;
				this.onRuleTitle(name, text, lineNumber);
				return;
			}
		}

		const forked = this.forked.read(text, this.section);
		if (forked !== undefined) {
			this.section = 'none';
			this.isProgressDone = forked;
			return;
		}

		const endsReport = this.end.onBangOrInternalError(text, lineNumber);
		if (endsReport !== undefined) {
			if (endsReport) {
				this.failures.finishEntry();
			}

			return;
		}

		const inputs = this.sectionInputs;
		inputs.section = this.section;
		inputs.ruleWidth = this.ruleWidth;
		inputs.hasSessionStart = this.hasSessionStart;
		const isProgressDone = readSectionLine(text, lineNumber, inputs);
		this.isProgressDone = isProgressDone ?? this.isProgressDone;
	}

	/** The Run, or undefined when nothing looked like pytest output, in steps (in-turns.ts); `isCut`: see `ReadSession`. */
	*finish(warnings: readonly Warning[], isCut: boolean): Finished {
		this.titleHold.release();
		this.reportSession.readUnfollowed(this.nested, this, () =>
			this.nested.takeUnfollowed(
				this.progress.mark(),
				this.section !== 'none' || this.ending !== undefined,
			),
		);
		this.summaryHold.release();
		this.sugar.finish(this.lastLine);
		const held = this.held.take();
		if (held) {
			this.onFinalLine(held.text, held.lineNumber);
		}

		this.end.settleProvisional(this.progress.mark());
		this.forked.end();

		this.failures.finishEntry();
		this.progress.flushPending(this.end.hasFinalLine);
		return yield* runOfSession(
			{
				source: this.source,
				header: this.header,
				tests: this.tests,
				ids: this.ids,
				escapes: this.escapes,
				progress: this.progress,
				failures: this.failures,
				summary: this.summary,
				end: this.end,
				section: this.section,
				hasSessionStart: this.hasSessionStart,
				isProgressDone: this.isProgressDone,
				hasAnyLine: this.firstLine !== undefined,
				lastLine: this.lastLine,
				endsInsideLine: isCut,
				durations: this.durations,
				invocationDir: this.inline.invocationDir,
				xdistEndedEarly: this.xdistStart.hasEndedBeforeProgress,
			},
			warnings,
		);
	}

	private onRuleTitle(title: string, text: string, lineNumber: number): void {
		const rule = ruleKindOf(title, text, {
			section: this.section,
			hasSessionStart: this.hasSessionStart,
			hasProgress: this.progress.hasProgress,
			isProgressDone: this.isProgressDone,
			ruleWidth: this.ruleWidth,
			isInEntry: this.failures.isInEntry,
			isInCaptured: this.failures.isInCaptured,
		});
		switch (rule.kind) {
			case 'session start': {
				this.hasSessionStart = true;
				return;
			}

			case 'nested session': {
				this.nested.enter();
				this.failures.appendToEntry(text);
				this.reportSession.start(title);
				return;
			}

			case 'content': {
				this.failures.appendToEntry(text);
				return;
			}

			case 'final line': {
				this.onFinalLine(text, lineNumber);
				return;
			}

			case 'held final line': {
				this.held.hold(text, lineNumber, rule.section);
				return;
			}

			case 'ignored': {
				return;
			}

			case 'section': {
				const placed = placeSectionTitle(rule.section, text, lineNumber, {
					section: this.section,
					ruleWidth: this.ruleWidth,
					hasSessionStart: this.hasSessionStart,
					isProgressDone: this.isProgressDone,
					progress: this.progress,
					summary: this.summary,
					summaryHold: this.summaryHold,
					titleHold: this.titleHold,
					xdistStart: this.xdistStart,
				});
				if (placed === 'summary') {
					this.section = 'summary';
				} else if (placed === 'start') {
					this.startSection(rule.section);
				}
			}
		}
	}

	private startSection(section: Section | undefined): void {
		this.forked.end();
		this.failures.finishEntry();
		this.progress.forgetPendingId();
		this.end.onSection(section);
		this.section = section ?? 'other';
	}

	private onFinalLine(text: string, lineNumber: number): void {
		if (this.section === 'none') {
			// Among the progress lines, a final line is pytest's only if no progress follows it: under `-s` a test's own
			// output can print one (padded or bare) before its outcome (session-end.ts). The progress lines go on.
			this.end.onProvisionalFinalLine(text, lineNumber, this.progress.mark());
			return;
		}

		if (this.end.onFinalLine(text, lineNumber)) {
			this.failures.finishEntry();
			this.section = 'other';
		}
	}
}
