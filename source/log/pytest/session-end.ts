/**
How a session ended and whether it is whole: pytest's final line (its counts are checked against the parsed ones), an INTERNALERROR, an interruption (`!!!! KeyboardInterrupt !!!!`), `--maxfail`/`-x` stopping early, or a log that just stops.
*/
import {emptyCounts, type Counts, type Warning} from '../model.js';
import {
	collectedOnly,
	collectOnlyWarning,
	parseFinalLine,
	usageErrorWarning,
} from '../summary.js';
import {internalErrorHeadline} from '../internal-error.js';
import {isWorkersOnly} from './worker-internal-error.js';
import {bangTitle, type Section} from './section-lines.js';
import {CrashTrace} from './crash-trace.js';
import {ExitReasonLines} from './exit-reason.js';
import {describeSite} from './fatal-stack.js';
import {describeTimeoutSite} from './timeout-stack.js';
import {UsageErrorReader} from './usage-error.js';
import {inFiles, reportCount, type SessionSeen} from './session-seen.js';

export class SessionEnd {
	/** The counts on pytest's final line, once read. */
	reportedCounts: Counts | undefined;
	/** The progress draws no letter for a setup or teardown error, nor every rerun (pytest-sugar's, `sugar.ts`). */
	drawsNoErrorLetters = false;
	/** pytest's own reporter with pytest-sugar's statuses: its final line counts sugar's categories (`sugar.ts`). */
	countsSugarStatuses = false;
	/** A usage error (exit status 4): pytest did not run what it was asked to. */
	readonly usage = new UsageErrorReader();
	/** A Python traceback pytest's process ended with (`crash-trace.ts`). */
	readonly crash = new CrashTrace();
	private finalLineNumber: number | undefined;
	/** What a `--collect-only` run's final line says it collected (`21 tests collected`). */
	private collected: string | undefined;
	private readonly internalErrors: string[] = [];
	private internalErrorLine = 0;
	private lastInternalLine = 0;
	/** Where the first INTERNALERROR's lines end in `internalErrors`, once another's started. */
	private firstInternalError: number | undefined;
	private interruption: {title: string; line: number} | undefined;
	/** The later lines of a `pytest.exit()` reason holding newlines, once its banner's first line was read. */
	private readonly exitReason = new ExitReasonLines();
	/** faulthandler's `Fatal Python error: …`: the end of the session unless pytest goes on after it (see `onFatalError`). */
	private fatal: {title: string; line: number} | undefined;
	/**
	A section of pytest's own began after `fatal`: the process that died was another (an xdist worker), and a `test
	session starts` rule after it is a test's output (a session it printed), not the next session of the log.
	*/
	private hasLivedOn = false;
	private stoppedEarly: {title: string; line: number} | undefined;
	private provisional: {text: string; line: number; mark: number} | undefined;
	private hasFailuresTitle = false;

	/** Whether `-x` or `--maxfail` stopped the run (`!!!! stopping after 1 failures !!!!`). */
	get hasStoppedEarly(): boolean {
		return this.stoppedEarly !== undefined;
	}

	/** Whether `text` is a later line of a `pytest.exit()` reason holding newlines: the reason's, nothing else. */
	readsExitReason(text: string): boolean {
		return this.exitReason.read(text);
	}

	/** Whether a `!!!! Interrupted: … !!!!` or `KeyboardInterrupt` banner ended the session. */
	get hasInterruption(): boolean {
		return this.interruption !== undefined;
	}

	/** True once pytest printed its final line, or an INTERNALERROR or an interruption ended the session. */
	get hasEnded(): boolean {
		return (
			this.reportedCounts !== undefined ||
			this.internalErrors.length > 0 ||
			this.usage.error !== undefined ||
			this.interruption !== undefined ||
			(this.fatal !== undefined && !this.hasLivedOn)
		);
	}

	/** Whether the session printed an INTERNALERROR. */
	get hasInternalError(): boolean {
		return this.internalErrors.length > 0;
	}

	/**
	A `!!! title !!!` line or an `INTERNALERROR>` one: undefined for any other line; else whether it ends the open
	report (an interruption, an internal error).
	*/
	onBangOrInternalError(text: string, lineNumber: number): boolean | undefined {
		const first = text.charCodeAt(0);
		if (first === 33 /* ! */) {
			const bang = bangTitle.exec(text);
			if (bang) {
				const ends = this.onBang((bang[1] ?? bang[2] ?? bang[3])!, lineNumber);
				if (bang[3] !== undefined && this.interruption?.line === lineNumber) {
					this.exitReason.start(this.interruption);
				}

				return ends;
			}
		}

		if (first === 73 /* I */ && text.startsWith('INTERNALERROR>')) {
			this.onInternalError(text, lineNumber);
			return true;
		}

		return undefined;
	}

	/** An `INTERNALERROR>` line. */
	onInternalError(text: string, lineNumber: number): void {
		if (this.internalErrors.length === 0) {
			this.internalErrorLine = lineNumber;
		} else if (
			lineNumber !== this.lastInternalLine + 1 &&
			this.firstInternalError === undefined
		) {
			// Other lines came between: another INTERNALERROR (xdist prints a worker's, then its own).
			this.firstInternalError = this.internalErrors.length;
		}

		this.lastInternalLine = lineNumber;

		this.internalErrors.push(text.slice('INTERNALERROR>'.length).trim());
	}

	/**
	A line after pytest's final line: a usage error pytest printed as the session closed, or a traceback's
	`KeyboardInterrupt` (an interrupt that reached pytest as it was closing the session, under xdist).
	*/
	afterEnd(text: string, lineNumber: number): boolean {
		if (text === 'KeyboardInterrupt') {
			this.interruption ??= {title: text, line: lineNumber};
			return true;
		}

		// pytest prints a usage error after its final line only when that line says it ran nothing (`no tests ran in …`,
		// then `ERROR: file or directory not found: …`); after counts, or `--collect-only`'s, an `ERROR: …` line is
		// the CI's own, read as nothing: GitLab's `ERROR: Job failed: exit code 1`, Jenkins' `ERROR: script returned
		// exit code 1`.
		return this.hasRunNothing()
			? this.usage.afterEnd(text, lineNumber)
			: text.startsWith('ERROR: ');
	}

	/** A `!!!! title !!!!` line; true when it interrupts the session (the open report ends there). */
	onBang(title: string, lineNumber: number): boolean {
		if (
			/^stopping after \d+ failures?$/.test(title) ||
			// --sw (stepwise): stops at the first failure, as -x does, to go on from it next time.
			title ===
				'Interrupted: Test failed, continuing from this test next run.' ||
			title.startsWith('xdist.dsession.Interrupted: stopping after')
		) {
			this.stoppedEarly = {title, line: lineNumber};
			return false;
		}

		if (/^\+* ?Timeout/.test(title)) {
			return false;
		}

		this.interruption ??= {title, line: lineNumber};
		return true;
	}

	/**
	A final line among the progress lines, which a test may have printed under `-s` (see parser.ts): it is pytest's
	only if no progress follows it (`mark`, the progress read so far, is the same at the end) and no other final
	line does.
	*/
	onProvisionalFinalLine(text: string, lineNumber: number, mark: number): void {
		if (parseFinalLine(text)) {
			this.provisional = {text, line: lineNumber, mark};
		}
	}

	/** The counts of the final line read, provisional or not. */
	get finalCounts(): Counts | undefined {
		return (
			this.reportedCounts ??
			(this.provisional && parseFinalLine(this.provisional.text))
		);
	}

	/** Whether a final line was read, provisional or not. */
	get hasFinalLine(): boolean {
		return this.reportedCounts !== undefined || this.provisional !== undefined;
	}

	/** Once every line is read, with the progress read by then. */
	settleProvisional(mark: number): void {
		const {provisional} = this;
		this.provisional = undefined;
		if (provisional && !this.reportedCounts && provisional.mark === mark) {
			this.onFinalLine(provisional.text, provisional.line);
		}
	}

	/**
	faulthandler's report as pytest's process dies of a crash (`Fatal Python error: Segmentation fault`, `Aborted`):
	the session ends there, unless pytest lives on to print its final line: then it was another process's (a child the
	test forked, an xdist worker), printed to the same terminal. False when the text is not one.
	*/
	onFatalError(text: string, lineNumber: number): boolean {
		if (!/^Fatal Python error: \w[\w ]*$/.test(text)) {
			return false;
		}

		this.fatal ??= {title: text, line: lineNumber};
		return true;
	}

	/** A section of pytest's own began (its `=== title ===` rule). */
	onSection(section: Section | undefined): void {
		this.hasLivedOn ||= this.fatal !== undefined;
		this.hasFailuresTitle ||= section === 'failures' || section === 'errors';
	}

	/** A line that may be pytest's final line; true when it is one. */
	onFinalLine(text: string, lineNumber: number): boolean {
		const counts = parseFinalLine(text);
		if (!counts) {
			return false;
		}

		this.reportedCounts = counts;
		this.finalLineNumber = lineNumber;
		this.collected = collectedOnly(text);
		return true;
	}

	/** The final line read was another process's, which a forked child's replaces (`forked-child.ts`): forgotten. */
	forgetFinalLine(): void {
		this.reportedCounts = undefined;
		this.provisional = undefined;
		this.finalLineNumber = undefined;
		this.collected = undefined;
		this.hasFailuresTitle = false;
	}

	/**
	`--collect-only -qq` prints each file's count and no final line: the whole of a run that collected `count` tests
	(`lineNumber`: its last line).
	*/
	onCollectedPerFile(count: number, lineNumber: number): void {
		if (this.reportedCounts) {
			return;
		}

		this.reportedCounts = emptyCounts();
		this.finalLineNumber = lineNumber;
		this.collected = `${count} ${count === 1 ? 'test' : 'tests'} collected`;
	}

	/** Adds what the ending says to `warnings`; whether the session is complete. */
	judge(seen: SessionSeen, warnings: Warning[]): boolean {
		warnings.push(...this.internalErrorSummary());
		const {counts} = seen;
		let isComplete = true;
		const interruption =
			this.interruption ?? (this.reportedCounts ? undefined : this.fatal);
		if (interruption) {
			isComplete = false;
			// faulthandler's stacks say which test crashed the interpreter, where no line names it (`-q`).
			const {fatal} = this.crash;
			const site = interruption === this.fatal ? fatal.site : undefined;
			warnings.push({
				line: interruption.line,
				message: `run was interrupted: ${interruption.title}${site ? ` ${describeSite(site, fatal.startedBy)}` : ''}`,
			});
		}

		if (
			this.internalErrors.length > 0 &&
			!(this.reportedCounts && isWorkersOnly(this.internalErrors))
		) {
			// A worker's INTERNALERROR that xdist's controller went on from, with pytest's final line: the run is whole when
			// every report that line counts is read (below), the INTERNALERROR said in its warning.
			isComplete = false;
		}

		// pytest runs no test after a usage error: an `ERROR: …` line first in the log, before any progress, is then
		// what a test printed under `-q -s` (no banner).
		const hasTests = [seen.counts, this.reportedCounts].some(
			counts => counts && Object.values(counts).some(count => count > 0),
		);
		const usageError = hasTests ? undefined : this.usage.error;
		const crashed = this.crash.endingException(seen.lastLine);
		if (usageError) {
			isComplete = false;
			warnings.push({
				line: usageError.line,
				message: `${usageErrorWarning}: ${usageError.message}`,
			});
		}

		if (this.collected !== undefined) {
			// Whole, though no test ran: the collection errors it reports are its failures.
			warnings.push({
				line: this.finalLineNumber ?? 0,
				message: `${collectOnlyWarning}: ${this.collected}; no test ran`,
			});
		}

		if (this.stoppedEarly) {
			warnings.push({
				line: this.stoppedEarly.line,
				message: `pytest stopped early: ${this.stoppedEarly.title}`,
			});
		}

		if (this.reportedCounts) {
			const mismatches: string[] = [];
			for (const key of Object.keys(counts) as Array<keyof Counts>) {
				if (counts[key] !== this.reportedCounts[key]) {
					mismatches.push(
						`${key} ${counts[key]} parsed vs ${this.reportedCounts[key]} reported`,
					);
				}
			}

			// pytest counts module-level skips (`pytest.skip(allow_module_level=True)`, importorskip) but never prints them as progress.
			const collectionSkips = this.reportedCounts.skipped - counts.skipped;
			if (
				collectionSkips > 0 &&
				mismatches.length === 1 &&
				mismatches[0]!.startsWith('skipped ')
			) {
				mismatches.length = 0;
				warnings.push({
					line: this.finalLineNumber ?? 0,
					message: `${collectionSkips} skipped at collection (module-level skips) are counted by pytest but not named in the log`,
				});
			}

			const failing = this.reportedCounts.failed + this.reportedCounts.error;
			if (
				mismatches.length > 0 &&
				// Without letters, only a log whose FAILURES or ERRORS title was read: not the tail of one.
				(seen.fromLetters ||
					this.drawsNoErrorLetters ||
					this.countsSugarStatuses ||
					(seen.hasProgress === false && this.hasFailuresTitle)) &&
				failing === seen.namedFailures
			) {
				// Under `-s` a test's output sits among the letters and can look like them (`...`, `F`), or hides
				// them (`....checking the cache... .status: FAILED.`): the letters name no test, and every failing
				// report the final line counts is named, so nothing is missing.
				warnings.push({
					line: this.finalLineNumber ?? 0,
					message: this.drawsNoErrorLetters
						? `pytest-sugar's progress draws no symbol for a setup or teardown error, and redraws others over, a rerun's too (${mismatches.join(', ')}): the counts are its Results, and every failing report they count is named`
						: this.countsSugarStatuses
							? `pytest's final line counts pytest-sugar's statuses, each passing setup and teardown a pass and a setup or teardown error a failure (${mismatches.join(', ')}): the counts are the final line's, and every failing report it counts is named`
							: `${seen.fromLetters ? 'progress letters disagree with' : 'no progress line could be read apart from test output to agree with'} pytest's final line (${mismatches.join(', ')}): test output among them (-s)? The counts are the final line's, and every failing report it counts is named`,
				});
			} else if (mismatches.length > 0) {
				isComplete = false;
				warnings.push({
					line: this.finalLineNumber ?? 0,
					message: `parsed outcomes disagree with pytest's final line: ${mismatches.join(', ')}`,
				});
			}
		} else if (
			!usageError &&
			seen.endsQuietly &&
			// Under -q (no header to tell it from -qq) a log that ends with Python's traceback is pytest failing
			// before its final line (a plugin's terminal summary raising), not -qq, which prints none.
			crashed === undefined &&
			(seen.namedFailures > 0 ||
				seen.counts.failed + seen.counts.error === 0) &&
			// With failing reports `-qq` ends on its short summary: a log ending before it (in FAILURES' last entry,
			// in the warnings summary) was cut there, unless the run had `-rN`, which the log cannot tell.
			(seen.endsInSummary === true ||
				seen.counts.failed + seen.counts.error === 0)
		) {
			warnings.push({
				line: seen.lastLine,
				message:
					"no final line, as pytest prints none with -qq: the counts are the progress's",
			});
		} else if (!usageError) {
			isComplete = false;
			warnings.push({
				line: seen.lastLine,
				message: crashed
					? `pytest failed before its final summary line: ${crashed}`
					: seen.hasRun
						? `log ends before pytest's final summary line: the run was killed or the log is truncated${this.runningOf(seen)}`
						: 'no pytest final summary line: this is not a whole run',
			});
		}

		const failing = this.reportedCounts
			? this.reportedCounts.failed + this.reportedCounts.error
			: 0;
		if (failing > 0 && seen.namedFailures === 0) {
			// `-q --no-summary`, or `--tb=no -rN`: progress letters and the final line, and nothing else.
			// pytest.exit() with a returncode of its own (not 2) skips the summaries too, and says so after the final line.
			const why = this.interruption?.title.startsWith('_pytest.outcomes.Exit:')
				? 'pytest.exit() ended the session before its summaries'
				: this.internalErrors.length > 0
					? 'an INTERNALERROR ended the session before its summaries'
					: '--no-summary or --tb=no -rN?';
			isComplete = false;
			warnings.push({
				line: this.finalLineNumber ?? 0,
				message: `pytest counts ${failing} failing ${failing === 1 ? 'report' : 'reports'} that the log never names (no FAILURES section and no short summary: ${why})${inFiles(seen.failingFiles)}`,
			});
		} else if (!isComplete && !this.reportedCounts && !usageError) {
			// Killed or cut before FAILURES at the default verbosity or -q: only the letters say tests failed.
			const lettered = seen.counts.failed + seen.counts.error;
			if (lettered > 0 && seen.namedFailures === 0) {
				warnings.push({
					line: seen.lastLine,
					message: `the progress letters count ${lettered} failing ${lettered === 1 ? 'report' : 'reports'} that the log never names: it ends before the FAILURES section and the short summary${inFiles(seen.failingFiles)}`,
				});
			}
		}

		if (
			!seen.hasRun &&
			seen.hasAnyLine &&
			this.reportedCounts &&
			seen.isEmpty &&
			reportCount(this.reportedCounts) > 0 &&
			reportCount(this.reportedCounts) !== this.reportedCounts.skipped
		) {
			// Only a final line that counts reports: nothing to disagree with, but nothing was seen either. A final
			// line that counts none (`-q`: `no tests ran in 0.01s`, `3 deselected in 0.01s`) is the whole of an empty run,
			// and so is one that counts only skips: under `-q` every module skipped at collection (`importorskip`, a GPU
			// suite on a runner without one) prints no letter, only `5 skipped in 0.31s` (exit status 5).
			isComplete = false;
		}

		return isComplete;
	}

	/**
	What was running as the log ended: the `-v` id waiting for its outcome, else the test function pytest-timeout's dump
	shows (`-q`, the default verbosity: no line names the test).
	*/
	private runningOf(seen: SessionSeen): string {
		if (seen.runningTest !== undefined) {
			return ` (while ${seen.runningTest} ran: it may be what ended the process)`;
		}

		const site = this.crash.timeout.site;
		return site ? ` ${describeTimeoutSite(site)}` : '';
	}

	private internalErrorSummary(): Warning[] {
		if (this.internalErrors.length === 0) {
			return [];
		}

		// The first INTERNALERROR's report (the XML's first `pytest.internal` case): an `E   ` line of a report inside
		// it counts.
		const lines = this.internalErrors
			.slice(0, this.firstInternalError ?? this.internalErrors.length)
			.map(line => line.replace(/^E(?:\s+|$)/, ''));
		return [
			{
				line: this.internalErrorLine,
				message: `pytest INTERNALERROR: ${internalErrorHeadline(lines) ?? lines.at(-1)!}`,
			},
		];
	}

	/** Whether the final line read (provisional or not) counts no test and is no `--collect-only` line. */
	private hasRunNothing(): boolean {
		const text = this.provisional?.text;
		const counts =
			this.reportedCounts ??
			(text === undefined ? undefined : parseFinalLine(text));
		return (
			counts !== undefined &&
			Object.values(counts).every(count => count === 0) &&
			(text === undefined ? this.collected : collectedOnly(text)) === undefined
		);
	}
}
