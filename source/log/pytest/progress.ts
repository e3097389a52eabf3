/**
The progress lines between the session header and the first section: `-v` lines (one outcome per test, xdist's `[gwN]` lines, `-s` output between an id and its outcome) set each test's outcome; `-q` letters (`..F.sx`) are only counted.
*/
import type {FailureListener} from '../model.js';
import {finalLinePattern} from '../summary.js';
import type {EscapedIds} from './escaped-ids.js';
import {emptyPathEnd, type IdNormalizer} from './ids.js';
import {parseSubtestLine, parseWorkerSubtestLine} from './subtests.js';
import type {TestTable} from './tests.js';
import {
	fastVerboseId,
	fastVerboseWord,
	parseVerboseLine,
	outputAroundWord,
	startsLikeNodeId,
	startsLikePath,
} from './verbose-line.js';
import {pendingIdCandidate, trailingOutcome} from './pending-id.js';
import {DeferredVerboseLine} from './deferred-verbose-line.js';
import {QuietPlan} from './setup-show-lines.js';
import {isBareIdLineBytes, parseXdistLine, StartedIds} from './worker-line.js';
import {charsOnly} from './progress-letters.js';
import {LetterProgress} from './letter-progress.js';
import {stripPercent} from './progress-marker.js';
import {VerboseReports} from './verbose-reports.js';
import {KillWatch} from './killed-test.js';
import {type EachWorkers, eachWorkersOf} from './each-workers.js';
import {addVerboseBytes, addWorkerBytes} from './byte-lines.js';
import {PendingTest} from './pending-test.js';
import {PrintedVerboseLines} from './printed-verbose-line.js';

export type ProgressInputs = {
	readonly tests: TestTable;
	readonly ids: IdNormalizer;
	readonly onFailure: FailureListener | undefined;
	/** A final line met among the progress lines (`-q` prints it with no `=` padding). */
	readonly onFinalLine: (text: string, lineNumber: number) => void;
	/** Told of `-v` lines whose ids hold escapes, to prove whether the output made them. */
	readonly escapes?: EscapedIds;
	/** Whether pytest's `test session starts` banner was seen (`-q` prints none). */
	readonly hasSessionStart: () => boolean;
};

export class ProgressReader {
	/** A `-v` line seen: the progress lines name the tests. */
	hasVerbose = false;
	/** The `-q` letters (`letter-progress.ts`). */
	readonly letters = new LetterProgress(() => this.inputs.hasSessionStart());

	/** A `-v` id printed, then what ended the process: that test was running (`killed-test.ts`). */
	readonly killed = new KillWatch();
	/** `--setup-plan`, `--setup-only`, `--setup-show` under `-q` or the default verbosity: plan lines name the tests. */
	readonly quietPlan = new QuietPlan(() => this.inputs.hasSessionStart());
	/** xdist's `--dist each` (`each-workers.ts`). */
	private eachWorkers: EachWorkers | undefined;
	/** Tests planned, not run, under `-q` or the default verbosity (`QuietPlan`). */
	private quietPlanned = 0;
	private readonly inputs: ProgressInputs;
	/** The reports the progress lines make, into the test table. */
	private readonly reports: VerboseReports;
	/** A `-v` id printed without its outcome, and the lines after it (`pending-test.ts`). */
	private readonly pending: PendingTest;
	/** Another test's `-v` line with no marker while an `id ` waits, until the next line tells whose it is. */
	private readonly deferred = new DeferredVerboseLine(this);
	/** xdist's `id ` lines, whose tests a worker has yet to report (`worker-line.ts`). */
	private readonly started = new StartedIds();
	/** Under `-s`, whether a `-v` line is a test's output (`printed-verbose-line.ts`). */
	private readonly printed: PrintedVerboseLines;

	constructor(inputs: ProgressInputs) {
		this.inputs = inputs;
		this.reports = new VerboseReports(inputs);
		this.pending = new PendingTest(this.reports, this.killed);
		this.printed = new PrintedVerboseLines({
			pending: this.pending,
			reports: this.reports,
			killed: this.killed,
			deferred: this.deferred,
		});
	}

	/** How many tests were planned, not run (`--setup-plan`, `--setup-only`). */
	get plannedTests(): number {
		return this.quietPlanned + this.pending.planned;
	}

	/** Any progress line seen, `-v` or letters. */
	get hasProgress(): boolean {
		return this.hasVerbose || this.letters.hasChars;
	}

	/** Progress letters seen: their counts are the run's, not the named tests'. */
	get hasChars(): boolean {
		return this.letters.hasChars;
	}

	get charCounts(): LetterProgress['charCounts'] {
		return this.letters.charCounts;
	}

	/** Letters glued to the start of other lines (`LetterProgress.gluedChars`). */
	get gluedChars(): readonly string[] {
		return this.letters.gluedChars;
	}

	/** The files whose progress letters hold an `F` or an `E` (`letter-progress.ts`). */
	get filesWith(): LetterProgress['filesWith'] {
		return this.letters.filesWith;
	}

	/** The `-v` id printed without its outcome, if any. */
	get pendingTest(): string | undefined {
		return this.pending.id;
	}

	/** Letters here are a test's output, not progress: `-v` lines name the tests, or a test's `id ` waits for its outcome. */
	get isNamingTests(): boolean {
		return this.hasVerbose || this.pending.id !== undefined;
	}

	/** The `-v` id printed without its outcome that `log_cli`'s rule followed (`live-log.ts`), if any. */
	get liveLoggedTest(): string | undefined {
		return this.pending.liveLoggedId;
	}

	/** Whether a `-v` id was printed without its outcome: under `-s`, the test's own output follows until it comes. */
	get hasPendingId(): boolean {
		return this.pending.id !== undefined;
	}

	/** Whether letters are held back for the next line that may be structure (`settlePending`). */
	get hasPendingChars(): boolean {
		return this.letters.hasPending;
	}

	/**
	Called with every line that may be structure, before it is read: letters held back by `line` count only when a section or pytest's last line follows them.
	*/
	settlePending(text: string): void {
		this.deferred.next(text);
		this.letters.settlePending(text);
	}

	/** Letters held back that other text followed, before any progress counted (`LetterProgress`). */
	get hasUnsettledChars(): boolean {
		return this.letters.hasUnsettled;
	}

	/** At the end of the log, letters held back count; with no final line, those that text followed too. */
	flushPending(hasFinalLine = true): void {
		this.deferred.flush();
		this.pending.settleTentative();
		this.pending.settlePlanned();
		this.letters.flushPending(hasFinalLine || this.hasVerbose);
	}

	/** A number that grows with every progress the session reads (a test's report, progress letters, not letters glued to other text). */
	mark(): number {
		return (
			this.inputs.tests.size +
			this.letters.mark() +
			(this.pending.isHeld ? 1 : 0)
		);
	}

	/** A section starts: an id printed without its outcome will not get one. */
	forgetPendingId(): void {
		this.deferred.flush();
		this.pending.settleTentative();
		this.pending.settlePlanned();
		this.pending.id = undefined;
	}

	/**
	The common `-v` line as bytes (`id WORD` or `id WORD   [ NN%]`, an ASCII id without spaces but within brackets): its report is
	added as `line` would add it, without decoding the line. False when the line is anything else, or when
	reading it needs more than that (a rerun, the test just seen, xdist, held-back letters): then it is read as text.
	*/
	verboseBytes(bytes: Uint8Array, start: number, end: number): boolean {
		if (
			this.pending.isHeld ||
			this.pending.isPlanned ||
			// A `-v` line while an `id ` waits may be that test's output (`printed-verbose-line.ts`).
			this.pending.id !== undefined ||
			this.reports.isXdist ||
			this.letters.hasPending ||
			!this.hasVerbose ||
			this.inputs.ids.invocationPrefix !== undefined ||
			// `::pkg.mod.func`: an id the normalizer may rewrite (see IdNormalizer).
			bytes[start] === 58 /* : */
		) {
			return false;
		}

		if (
			!addVerboseBytes(
				this.inputs.tests,
				this.inputs.onFailure,
				bytes,
				start,
				end,
			)
		) {
			return false;
		}

		this.pending.id = undefined;
		this.printed.noteMarker(bytes[end - 1] === 93 /* ] */);
		return true;
	}

	/**
	xdist's `-v` lines as bytes (`worker-line.ts`): a worker's report of a test not named before is added as `line`
	would add it, and an `id ` line after an earlier one (which sets nothing) is read. False for anything else, or
	when reading the line needs more (a test named before, a rerun, held-back letters): then it is read as text.
	*/
	workerBytes(bytes: Uint8Array, start: number, end: number): boolean {
		if (this.letters.hasPending || this.pending.isHeld) {
			return false;
		}

		if (bytes[start] !== 0x5b /* [ */) {
			// Not after a planned test's line: the next test's `id ` says it got no outcome (`plannedLine`).
			return (
				this.pending.id !== undefined &&
				!this.pending.isPlanned &&
				isBareIdLineBytes(bytes, start, end)
			);
		}

		if (
			!this.reports.isXdist ||
			this.eachWorkers !== undefined ||
			this.inputs.ids.invocationPrefix !== undefined
		) {
			return false;
		}

		return addWorkerBytes(
			this.inputs.tests,
			this.inputs.onFailure,
			bytes,
			start,
			end,
		);
	}

	/**
	What the outer session printed on a line before a session a test ran under `-s`: the test's `id ` (its
	outcome follows later, alone on a line), or its file's progress letters.
	*/
	lineBeforeNestedSession(prefix: string, lineNumber: number): void {
		if (prefix === '') {
			return;
		}

		if (charsOnly.test(prefix)) {
			this.letters.count(prefix);
			return;
		}

		this.line(prefix.trimEnd(), lineNumber);
	}

	/** faulthandler's report of a crash (`report`) printed after `prefix`: the pending test was killed. */
	onFatalError(prefix: string, report: string, lineNumber: number): void {
		this.lineBeforeNestedSession(prefix, lineNumber);
		this.killed.onKilled(this.pendingTest, report.trimEnd(), true);
	}

	line(text: string, lineNumber: number): void {
		if (this.pending.heldLine(text, lineNumber)) {
			return;
		}

		const isWorkerLine = text.charCodeAt(0) === 91; /* [ */
		const xdist = isWorkerLine ? parseXdistLine(text, this.started) : undefined;
		if (xdist) {
			this.reports.isXdist = true;
			this.hasVerbose = true;
			const {id, word} = xdist;
			this.started.reported(id);
			if (!this.eachWorkers?.isOtherWorkersRun(text, id, word, this.inputs)) {
				this.reports.verbose(id, word);
			}

			return;
		}

		if (text.startsWith('scheduling tests via ')) {
			this.reports.isXdist = true;
			this.eachWorkers = eachWorkersOf(text);
			return;
		}

		if (this.reports.isXdist) {
			this.started.note(text);
		}

		if (this.reports.isXdist && this.pending.id !== undefined) {
			this.reports.printsStarts = true;
		}

		const isXdist = this.reports.printsStarts;
		text = this.pending.withoutSetupShowIndent(text);
		if (!this.hasVerbose && this.letters.gluedBeforeOwnId(text)) {
			return;
		}

		if (!this.hasVerbose && this.letters.isPrintedVerboseLine(text)) {
			return;
		}

		// pytest 9's `other::test_b PASSED`: a file given outside the rootdir (`emptyPathEnd`) starts like no node id.
		const emptyPath = emptyPathEnd(text, this.inputs.ids.rootdir);
		if (emptyPath > 0 && text.charCodeAt(emptyPath - 1) !== 47 /* / */) {
			text = text.slice(emptyPath);
		}

		const fastId = isXdist ? undefined : fastVerboseId(text);
		if (fastId !== undefined) {
			if (this.printed.isPrinted(text, lineNumber, fastId)) {
				return;
			}

			this.hasVerbose = true;
			this.pending.settlePlannedBefore(fastId);
			this.pending.reported(fastId);
			this.inputs.escapes?.observeProgressLine(fastId, text);
			this.reports.verbose(fastId, fastVerboseWord());
			return;
		}

		const verbose = isXdist ? undefined : parseVerboseLine(text);
		if (verbose) {
			if (this.printed.isPrinted(text, lineNumber, verbose.id, verbose.named)) {
				return;
			}

			this.hasVerbose = true;
			const id = this.reports.idOf(verbose);
			this.pending.settlePlannedBefore(id);
			this.pending.reported(id);
			this.inputs.escapes?.observeProgressLine(id, text);
			const hold = outputAroundWord(text, id, verbose);
			if (hold) {
				this.pending.hold(id, verbose.word, lineNumber, hold === 'after');
				return;
			}

			this.reports.verbose(id, verbose.word);
			return;
		}

		const subtest = text.includes(' SUB')
			? isWorkerLine
				? parseWorkerSubtestLine(text)
				: parseSubtestLine(stripPercent(text).trimEnd())
			: undefined;
		if (subtest) {
			this.hasVerbose = true;
			this.pending.id = undefined;
			this.reports.subtest(subtest.id, subtest.outcome, subtest.description);
			return;
		}

		if (this.letters.line(text, this.hasVerbose)) {
			return;
		}

		if (finalLinePattern.test(text)) {
			this.inputs.onFinalLine(text, lineNumber);
			return;
		}

		if (!this.hasVerbose && this.letters.fileThenOutput(text)) {
			return;
		}

		if (this.pending.id) {
			this.pending.line(text, lineNumber, isXdist);
			return;
		}

		const plan = this.hasVerbose
			? undefined
			: this.quietPlan.line(text, startsLikeNodeId);
		if (plan) {
			QuietPlan.addReports(plan, this.reports);

			this.quietPlanned += plan.planned;
			if (plan.letters) {
				this.letters.count(plan.letters);
			}

			return;
		}

		if (
			!this.hasVerbose &&
			// `-q -s`: no banner, and the first test's own output right after its letter (`.text`) is the log's
			// first line.
			(this.hasChars || !this.inputs.hasSessionStart())
		) {
			this.letters.keepGlued(text);
		}

		if (this.hasVerbose || !this.hasChars) {
			// `-s`: `id ` printed, then the test's own output, the outcome later.
			const candidate = pendingIdCandidate(text);
			if (startsLikeNodeId(candidate) && startsLikePath(candidate)) {
				const trailing = trailingOutcome.exec(text.slice(candidate.length));
				if (trailing && !isXdist) {
					this.hasVerbose = true;
					this.reports.verbose(candidate, trailing[1]!);
				} else {
					this.pending.id = candidate;
					// pytest 9: `id +++ Timeout +++` on one line.
					this.killed.onLine(candidate, text.slice(candidate.length).trim());
				}
			}
		}
	}

	/**
	A line too long to be structure among the `-v` lines: a test's output under `-s` with no newline after it, and
	the outcome pytest wrote at its end (`id xxxx…xxxxPASSED`), or on a later line. Only its two ends are looked at.
	*/
	onLongLine(text: string, lineNumber: number): void {
		this.deferred.flush();
		const trailing = trailingOutcome.exec(text.slice(-256));
		if (this.pending.heldLongLine(text, trailing ?? undefined, lineNumber)) {
			return;
		}

		const id =
			this.pending.id ??
			(this.hasVerbose || !this.hasChars
				? pendingIdCandidate(text.slice(0, 4096))
				: '');
		if (!startsLikeNodeId(id) || !startsLikePath(id)) {
			return;
		}

		this.hasVerbose = true;
		// No outcome at its end: the test's output goes on, the outcome comes on a later line.
		if (trailing) {
			this.pending.reported();
			this.reports.verbose(id, trailing[1]!);
		} else {
			this.pending.id = id;
		}
	}
}
