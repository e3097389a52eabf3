/**
A `-v` id printed without its outcome (`-s`, `--setup-plan`, `--setup-only`): the lines after it until the outcome
comes. They are the test's own output, an outcome word ending one of them (held, as the test's own output may end
with one: `tentative-outcome.ts`), pytest's word glued to what the teardown printed, a planned test's
`(fixtures used: …)` line, or what shows the process was killed (`killed-test.ts`).
*/
import {finalLinePattern} from '../summary.js';
import {
	isPlanLine,
	isSetupShowLine,
	withoutSetupShowIndent,
} from './setup-show-lines.js';
import {isMarked, TentativeOutcome} from './tentative-outcome.js';
import {
	leadingOutcomeWord,
	pendingIdCandidate,
	trailingOutcome,
} from './pending-id.js';
import {isNextTest} from './verbose-line.js';
import {isSessionWrapperFrame} from './session-wrapper.js';
import {isLiveLogRule} from './live-log.js';
import type {KillWatch} from './killed-test.js';
import type {VerboseReports} from './verbose-reports.js';

export class PendingTest {
	/** Tests planned, not run, whose outcome was settled here (`plannedLine`). */
	planned = 0;
	/**
	`--setup-plan` or `--setup-only` under `-v`: the pending test's `(fixtures used: …)` line ended with no outcome (its
	line number). Such a test runs no call; pytest prints no word for it and counts nothing, but its setup passed,
	and the XML calls it passed. It counts so once the next test's id, a section or the end shows none follows.
	*/
	private plannedLine: number | undefined;
	/** `-s`: the outcome word that ended a line after a pending id's output (`tentative-outcome.ts`). */
	private readonly tentative = new TentativeOutcome();
	private readonly reports: VerboseReports;
	private readonly killed: KillWatch;
	/** The last line after the pending id ended with `Traceback (most recent call last):` (`isSessionDying`). */
	private isAfterTracebackStart = false;
	/** `log_cli`'s rule came after the pending id, before any outcome (`live-log.ts`): pytest printed the id. */
	private isLiveLogged = false;

	/**
	A `-v --setup-show` line carried its test's outcome (`withoutSetupShowIndent`): the plan lines are
	`--setup-show`'s, and one with no outcome is a test still running (a unittest `subTest`'s, whose `-v` line
	follows; one `pytest.exit()` ended), never a planned one.
	*/
	private isShowing = false;

	#id: string | undefined;
	/** No line came after the pending id's: only its own `-v` line can (`reported`). */
	#isBare = false;

	constructor(reports: VerboseReports, killed: KillWatch) {
		this.reports = reports;
		this.killed = killed;
	}

	/** The id printed without its outcome, if any. */
	get id(): string | undefined {
		return this.#id;
	}

	set id(id: string | undefined) {
		this.#id = id;
		this.#isBare = id !== undefined;
		this.isLiveLogged = false;
	}

	/** The pending id, when `log_cli`'s rule followed it: a log cut in a test pytest's live logging named. */
	get liveLoggedId(): string | undefined {
		return this.isLiveLogged ? this.#id : undefined;
	}

	/** `text` as `withoutSetupShowIndent` gives it for the pending id, noting when it was a `--setup-show` line with an outcome. */
	withoutSetupShowIndent(text: string): string {
		const unindented = withoutSetupShowIndent(text, this.#id);
		this.isShowing ||= unindented !== text;
		return unindented;
	}

	/** An outcome word is held until the next id, a section or the end. */
	get isHeld(): boolean {
		return this.tentative.isHeld;
	}

	/** A planned test's line ended with no outcome (`plannedLine`). */
	get isPlanned(): boolean {
		return this.plannedLine !== undefined;
	}

	/** The id got its outcome from a whole `-v` line: a planned test's wait is over. */
	reported(id?: string): void {
		if (this.#isBare && id === this.#id) {
			// `id ` then `id FAILED`: the test's subtests reported in between, into its captured output.
			this.reports.expectCapturedReports(id!);
		}

		this.plannedLine = undefined;
		this.id = undefined;
	}

	/** A `-v` line whose outcome word has output around it: held as the test's, `isStrict` when output follows it. */
	hold(id: string, word: string, lineNumber: number, isStrict: boolean): void {
		this.tentative.hold(id, word, lineNumber, isStrict);
	}

	/**
	A line while an outcome is held: true when it is the test's output (read, nothing else to do); false when it is the
	next test's id or pytest's last line, the held outcome then settled.
	*/
	heldLine(text: string, lineNumber: number): boolean {
		if (!this.tentative.isHeld) {
			return false;
		}

		// Output goes on until the next id (`isNextTest`) or pytest's last line.
		if (!isNextTest(text) && !finalLinePattern.test(text)) {
			const trailing = trailingOutcome.exec(text) ?? undefined;
			const first = this.tentative.repeated(text, trailing, lineNumber);
			if (first) {
				this.reports.verbose(first.id, first.word);
				return true;
			}

			if (this.tentative.output(text, trailing, lineNumber)) {
				this.settleTentative();
			}

			return true;
		}

		this.settleTentative();
		return false;
	}

	/** As `heldLine`, for a line too long to be structure (`ProgressReader.onLongLine`): only its two ends are looked at. */
	heldLongLine(
		text: string,
		trailing: RegExpExecArray | undefined,
		lineNumber: number,
	): boolean {
		this.#isBare = false;
		if (!this.tentative.isHeld) {
			return false;
		}

		if (!isNextTest(text.slice(0, 4096))) {
			if (this.tentative.output('', trailing, lineNumber)) {
				this.settleTentative();
			}

			return true;
		}

		this.settleTentative();
		return false;
	}

	/** A line after the pending id that is no `-v` line of its own (`ProgressReader.line`): output, or the outcome. */
	line(text: string, lineNumber: number, isXdist: boolean): void {
		const pendingId = this.id;
		if (pendingId === undefined) {
			return;
		}

		// `--setup-show`'s own lines for the test (its fixtures', its plan line) are no output: it stays bare.
		this.#isBare &&= isSetupShowLine(text, pendingId);

		const isDying = this.isAfterTracebackStart && isSessionWrapperFrame(text);
		this.isAfterTracebackStart = text.endsWith(tracebackStart);
		if (isDying) {
			// pytest's own session raised under the test (`-s` and a closed `sys.stdout`): Python prints the traceback
			// and the process ends. pytest reported nothing of the test, and the exception's line (`RuntimeError:
			// PASSED`) is no outcome.
			this.plannedLine = undefined;
			this.id = undefined;
			return;
		}

		const leading = isXdist ? undefined : leadingOutcomeWord(text);
		if (leading) {
			// pytest's word, then what the teardown printed: later lines are output.
			this.plannedLine = undefined;
			this.reports.verbose(pendingId, leading);
			this.id = undefined;
			return;
		}

		const trailing = isXdist ? null : trailingOutcome.exec(text);
		if (!trailing && text.charCodeAt(0) === 43 /* + */) {
			this.killed.onLine(pendingId, text);
		} else if (trailing) {
			this.plannedLine = undefined;
			this.tentative.hold(
				pendingId,
				trailing[1]!,
				lineNumber,
				false,
				text.slice(0, trailing.index),
			);
			this.id = undefined;
			if (isMarked(trailing)) {
				this.settleTentative();
			}
		} else if (isPlanLine(text, pendingId)) {
			this.plannedLine = this.isShowing ? undefined : lineNumber;
		} else if (this.plannedLine !== undefined && text.endsWith(' ')) {
			// The next test's `id `: the planned one got no outcome.
			const candidate = pendingIdCandidate(text);
			if (candidate.includes('::') && candidate.length === text.length - 1) {
				this.settlePlanned();
				this.id = candidate;
			}
		} else if (
			this.plannedLine !== undefined &&
			text.includes('::') &&
			pendingIdCandidate(text) === text
		) {
			// The same, where a copy of the log trimmed the space after the id.
			this.settlePlanned();
			this.id = text;
		} else {
			this.isLiveLogged ||= isLiveLogRule(text);
			this.killed.onOutput(text);
		}
	}

	/** The last outcome word after a pending id's output is the test's (`tentative`). */
	settleTentative(): void {
		const held = this.tentative.take();
		if (held) {
			this.reports.verbose(held.id, held.word);
		}
	}

	/**
	A whole `-v` line of `id` came: a planned test waiting (`plannedLine`) got no outcome, unless the line is that
	test's own. A unittest `subTest`'s test under `-v --setup-show` leaves its `(fixtures used: …)` line bare and prints
	`id PASSED` on the next line (hunt 67), as `id ` then `id PASSED` without `--setup-show`.
	*/
	settlePlannedBefore(id: string): void {
		if (this.plannedLine !== undefined && id === this.#id) {
			this.plannedLine = undefined;
			return;
		}

		this.settlePlanned();
	}

	/** A planned test (`plannedLine`) whose outcome did not come: its setup passed. */
	settlePlanned(): void {
		if (this.plannedLine !== undefined && this.id !== undefined) {
			this.reports.verbose(this.id, 'PASSED');
			this.id = undefined;
			this.planned++;
		}

		this.plannedLine = undefined;
	}
}

const tracebackStart = 'Traceback (most recent call last):';
