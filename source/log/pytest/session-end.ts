/**
How a session ended and whether it is whole: pytest's final line (its counts are checked against the parsed ones), an INTERNALERROR, an interruption (`!!!! KeyboardInterrupt !!!!`), `--maxfail`/`-x` stopping early, or a log that just stops.
*/
import type {Counts, Warning} from '../model.js';
import {parseFinalLine} from '../summary.js';
import {isTypedLine} from '../traceback.js';

/** What `judge` needs to know of the rest of the session. */
export type SessionSeen = {
	/** The parsed counts (progress letters or named tests). */
	readonly counts: Counts;
	/** A `test session starts` rule or a progress line was seen. */
	readonly hasRun: boolean;
	/** Any line was structure (not content) in this session. */
	readonly hasAnyLine: boolean;
	/** Neither a test nor a failure was parsed. */
	readonly isEmpty: boolean;
	/** How many failing reports the log names (failures read). */
	readonly namedFailures: number;
	/**
	The log has no banner and its progress ran to `[100%]` (or stopped early), then only the short summary or
	the warnings summary followed: a `-qq` run, for which pytest prints no final line.
	*/
	readonly endsQuietly: boolean;
	/** The last line number of the session. */
	readonly lastLine: number;
};

export class SessionEnd {
	/** The counts on pytest's final line, once read. */
	reportedCounts: Counts | undefined;
	private finalLineNumber: number | undefined;
	private readonly internalErrors: string[] = [];
	private internalErrorLine = 0;
	private interruption: {title: string; line: number} | undefined;
	private stoppedEarly: {title: string; line: number} | undefined;

	/** Whether `-x` or `--maxfail` stopped the run (`!!!! stopping after 1 failures !!!!`). */
	get hasStoppedEarly(): boolean {
		return this.stoppedEarly !== undefined;
	}

	/** True once pytest printed its final line, or an INTERNALERROR or an interruption ended the session. */
	get hasEnded(): boolean {
		return (
			this.reportedCounts !== undefined ||
			this.internalErrors.length > 0 ||
			this.interruption !== undefined
		);
	}

	/** Whether the session printed an INTERNALERROR. */
	get hasInternalError(): boolean {
		return this.internalErrors.length > 0;
	}

	/** An `INTERNALERROR>` line. */
	onInternalError(text: string, lineNumber: number): void {
		if (this.internalErrors.length === 0) {
			this.internalErrorLine = lineNumber;
		}

		this.internalErrors.push(text.slice('INTERNALERROR>'.length).trim());
	}

	/** A `!!!! title !!!!` line; true when it interrupts the session (the open report ends there). */
	onBang(title: string, lineNumber: number): boolean {
		if (
			/^stopping after \d+ failures?$/.test(title) ||
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

	/** A line that may be pytest's final line; true when it is one. */
	onFinalLine(text: string, lineNumber: number): boolean {
		const counts = parseFinalLine(text);
		if (!counts) {
			return false;
		}

		this.reportedCounts = counts;
		this.finalLineNumber = lineNumber;
		return true;
	}

	/** Adds what the ending says to `warnings`; whether the session is complete. */
	judge(seen: SessionSeen, warnings: Warning[]): boolean {
		warnings.push(...this.internalErrorSummary());
		const {counts} = seen;
		let isComplete = true;
		if (this.interruption) {
			isComplete = false;
			warnings.push({
				line: this.interruption.line,
				message: `run was interrupted: ${this.interruption.title}`,
			});
		}

		if (this.internalErrors.length > 0) {
			isComplete = false;
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

			if (mismatches.length > 0) {
				isComplete = false;
				warnings.push({
					line: this.finalLineNumber ?? 0,
					message: `parsed outcomes disagree with pytest's final line: ${mismatches.join(', ')}`,
				});
			}
		} else if (
			seen.endsQuietly &&
			(seen.namedFailures > 0 || seen.counts.failed + seen.counts.error === 0)
		) {
			warnings.push({
				line: seen.lastLine,
				message:
					"no final line, as pytest prints none with -qq: the counts are the progress letters'",
			});
		} else {
			isComplete = false;
			warnings.push({
				line: seen.lastLine,
				message: seen.hasRun
					? "log ends before pytest's final summary line: the run was killed or the log is truncated"
					: 'no pytest final summary line: this is not a whole run',
			});
		}

		const failing = this.reportedCounts
			? this.reportedCounts.failed + this.reportedCounts.error
			: 0;
		if (failing > 0 && seen.namedFailures === 0) {
			// `-q --no-summary`, or `--tb=no -rN`: progress letters and the final line, and nothing else.
			isComplete = false;
			warnings.push({
				line: this.finalLineNumber ?? 0,
				message: `pytest counts ${failing} failing ${failing === 1 ? 'report' : 'reports'} that the log never names (no FAILURES section and no short summary: --no-summary or --tb=no -rN?)`,
			});
		}

		if (
			!seen.hasRun &&
			seen.hasAnyLine &&
			this.reportedCounts &&
			seen.isEmpty
		) {
			// Only a final line: nothing to disagree with, but nothing was seen either.
			isComplete = false;
		}

		return isComplete;
	}

	private internalErrorSummary(): Warning[] {
		if (this.internalErrors.length === 0) {
			return [];
		}

		const last =
			this.internalErrors.findLast(line => isTypedLine(line)) ??
			this.internalErrors.at(-1)!;
		return [
			{line: this.internalErrorLine, message: `pytest INTERNALERROR: ${last}`},
		];
	}
}
