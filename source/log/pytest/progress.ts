import {Buffer} from 'node:buffer';
/**
The progress lines between the session header and the first section: `-v` lines (one outcome per test, xdist's `[gwN]` lines, `-s` output between an id and its outcome) set each test's outcome; `-q` letters (`..F.sx`) are only counted.
*/
import {emptyCounts, type FailureListener} from '../model.js';
import {finalLinePattern} from '../summary.js';
import type {EscapedIds} from './escaped-ids.js';
import {findIdEnd, type IdNormalizer} from './ids.js';
import {
	addSubtestReport,
	parseSubtestLine,
	parseWorkerSubtestLine,
} from './subtests.js';
import type {TestTable} from './tests.js';
import {
	fastVerboseId,
	fastVerboseWord,
	parseVerboseLine,
	isPlanLine,
	pendingIdCandidate,
	verboseBytesOutcome,
	verboseLineBytes,
} from './verbose-line.js';
import {
	isBareIdLineBytes,
	workerIdStart,
	workerLineBytes,
	workerOutcome,
	xdistLine,
} from './worker-line.js';
import {
	charsBeforeDump,
	charsBeforeWarning,
	charsBeforeWorker,
	charsOnly,
	fileAndChars,
	fileAndOutput,
	gluedChars,
	innerProgress,
	progressChars,
} from './progress-letters.js';
import {stripPercent} from './progress-marker.js';
import {addVerboseReport, outcomeWords} from './verbose-reports.js';
import {KillWatch, timeoutBanner} from './killed-test.js';
import {EachWorkers, eachSchedulingLine} from './each-workers.js';

function asciiText(bytes: Uint8Array, start: number, end: number): string {
	return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString(
		'latin1',
		start,
		end,
	);
}

const trailingOutcome =
	/(PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS|RERUN)(?: \(.*\))?(?:\s+\[\s*\d+(?:%|\/\d+)])?\s*$/;
/** The `--junitxml` rule pytest prints before its summary (`------ generated xml file: /x/run.xml ------`). */
const generatedFile = /^-+ generated xml file: /;

export type ProgressInputs = {
	readonly tests: TestTable;
	readonly ids: IdNormalizer;
	readonly onFailure: FailureListener | undefined;
	/** A final line met among the progress lines (`-q` prints it with no `=` padding). */
	readonly onFinalLine: (text: string, lineNumber: number) => void;
	/** Told of `-v` lines whose ids hold escapes, to prove whether the output made them. */
	readonly escapes?: EscapedIds;
};

export class ProgressReader {
	/** Any progress line seen, `-v` or letters. */
	hasProgress = false;
	/** A `-v` line seen: the progress lines name the tests. */
	hasVerbose = false;
	/** Progress letters seen: their counts are the run's, not the named tests'. */
	hasChars = false;
	readonly charCounts = emptyCounts();
	/**
	The letters of each line that starts with letters glued to other text (`.PASSED`): under `-s` the outer session's
	letter before a test's own output, or output that merely starts like letters (`FAILED x` a test printed). Those
	of some of these lines count only when pytest's final line says exactly they are missing (the first 16 lines).
	*/
	readonly gluedChars: string[] = [];
	/** How many tests were planned, not run (`plannedLine`). */
	plannedTests = 0;
	/** A `-v` id printed, then what ended the process: that test was running (`killed-test.ts`). */
	readonly killed = new KillWatch();
	private isXdist = false;
	/** xdist's `--dist each` (`each-workers.ts`). */
	private eachWorkers: EachWorkers | undefined;
	private pendingChars: string | undefined;
	private pendingId: string | undefined;
	/**
	`--setup-plan` or `--setup-only` under `-v`: the pending test's `(fixtures used: …)` line ended with no outcome (its
	line number). Such a test runs no call; pytest prints no word for it and counts nothing, but its setup passed,
	and the XML calls it passed. It counts so once the next test's id, a section or the end shows none follows.
	*/
	private plannedLine: number | undefined;
	private readonly inputs: ProgressInputs;

	constructor(inputs: ProgressInputs) {
		this.inputs = inputs;
	}

	/** The `-v` id printed without its outcome, if any. */
	get pendingTest(): string | undefined {
		return this.pendingId;
	}

	/** Whether a `-v` id was printed without its outcome: under `-s`, the test's own output follows until it comes. */
	get hasPendingId(): boolean {
		return this.pendingId !== undefined;
	}

	/** Whether letters are held back for the next line that may be structure (`settlePending`). */
	get hasPendingChars(): boolean {
		return this.pendingChars !== undefined;
	}

	/**
	Called with every line that may be structure, before it is read: letters held back by `line` count only when a section or pytest's last line follows them.
	*/
	settlePending(text: string): void {
		if (this.pendingChars === undefined) {
			return;
		}

		const first = text.charCodeAt(0);
		if (first === 69 /* E */ && text.startsWith('ERROR: ')) {
			// A plugin's message after the last test, before pytest's `[100%]` (pytest-cov's `ERROR: Coverage
			// failure: …`): the letters wait for what follows it.
			return;
		}

		const pending = this.pendingChars;
		this.pendingChars = undefined;
		const withoutMarker = stripPercent(text);
		if (
			// pytest's own marker, alone on its line when a plugin wrote a line after the letters.
			(withoutMarker.length !== text.length && withoutMarker.trim() === '') ||
			first === 61 /* = */ ||
			first === 33 /* ! */ ||
			charsOnly.test(withoutMarker) ||
			finalLinePattern.test(text) ||
			// pytest-timeout's thread method dumps the stacks and ends the process.
			(first === 43 /* + */ && timeoutBanner.test(text)) ||
			(first === 45 /* - */ && generatedFile.test(text))
		) {
			this.countChars(pending);
		}
	}

	/** At the end of the log, letters held back count. */
	flushPending(): void {
		this.settlePlanned();
		if (this.pendingChars !== undefined) {
			this.countChars(this.pendingChars);
			this.pendingChars = undefined;
		}
	}

	/** A number that grows with every progress the session reads (a test's report, progress letters, not letters glued to other text). */
	mark(): number {
		let mark = this.inputs.tests.size;
		for (const count of Object.values(this.charCounts)) {
			mark += count;
		}

		return mark + (this.pendingChars === undefined ? 0 : 1);
	}

	/** A section starts: an id printed without its outcome will not get one. */
	forgetPendingId(): void {
		this.settlePlanned();
		this.pendingId = undefined;
	}

	/**
	The common `-v` line as bytes (`id WORD` or `id WORD   [ NN%]`, an ASCII id without spaces): its report is
	added as `line` would add it, without decoding the line. False when the line is anything else, or when
	reading it needs more than that (a rerun, the test just seen, xdist, held-back letters): then it is read as text.
	*/
	verboseBytes(bytes: Uint8Array, start: number, end: number): boolean {
		if (
			this.isXdist ||
			this.pendingChars !== undefined ||
			!this.hasVerbose ||
			this.inputs.ids.invocationPrefix !== undefined ||
			// `::pkg.mod.func`: an id the normalizer may rewrite (see IdNormalizer).
			bytes[start] === 58 /* : */
		) {
			return false;
		}

		const idEnd = verboseLineBytes(bytes, start, end);
		if (idEnd === -1) {
			return false;
		}

		const {tests} = this.inputs;
		const outcome = verboseBytesOutcome();
		if (tests.isLastBytes(bytes, start, idEnd)) {
			return false;
		}

		this.pendingId = undefined;
		if (outcome === 'error' || outcome === 'failed') {
			this.inputs.onFailure?.(asciiText(bytes, start, idEnd), outcome);
		}

		tests.addReportBytes(
			bytes,
			start,
			idEnd,
			outcome,
			outcome === 'error' ? 'setup' : 'call',
		);
		return true;
	}

	/**
	xdist's `-v` lines as bytes (`worker-line.ts`): a worker's report of a test not named before is added as `line`
	would add it, and an `id ` line after an earlier one (which sets nothing) is read. False for anything else, or
	when reading the line needs more (a test named before, a rerun, held-back letters): then it is read as text.
	*/
	workerBytes(bytes: Uint8Array, start: number, end: number): boolean {
		if (this.pendingChars !== undefined) {
			return false;
		}

		if (bytes[start] !== 0x5b /* [ */) {
			return (
				this.pendingId !== undefined && isBareIdLineBytes(bytes, start, end)
			);
		}

		if (
			!this.isXdist ||
			this.eachWorkers !== undefined ||
			this.inputs.ids.invocationPrefix !== undefined
		) {
			return false;
		}

		const idEnd = workerLineBytes(bytes, start, end);
		if (idEnd === -1) {
			return false;
		}

		const idStart = workerIdStart();
		const {tests} = this.inputs;
		if (tests.findBytes(bytes, idStart, idEnd) !== -1) {
			return false;
		}

		const outcome = workerOutcome();
		if (outcome === 'error' || outcome === 'failed') {
			this.inputs.onFailure?.(asciiText(bytes, idStart, idEnd), outcome);
		}

		tests.addReportBytes(
			bytes,
			idStart,
			idEnd,
			outcome,
			outcome === 'error' ? 'setup' : 'call',
		);
		return true;
	}

	/**
	What the outer session printed on a line before a session a test ran under `-s`: the test's `id ` (its
	outcome follows later, alone on a line), or its file's progress letters.
	*/
	lineBeforeNestedSession(prefix: string, lineNumber: number): void {
		if (charsOnly.test(prefix)) {
			this.countChars(prefix);
			return;
		}

		this.line(prefix.trimEnd(), lineNumber);
	}

	line(text: string, lineNumber: number): void {
		const isWorkerLine = text.charCodeAt(0) === 91; /* [ */
		const xdist = isWorkerLine ? xdistLine.exec(text) : null;
		if (xdist) {
			this.isXdist = true;
			this.hasProgress = true;
			this.hasVerbose = true;
			// Another worker's output can follow on the same line: the id ends at the first space outside brackets.
			const rest = stripPercent(xdist[2]!).trim();
			const end = findIdEnd(rest);
			const id = end === -1 ? rest : rest.slice(0, end);
			if (
				!this.eachWorkers?.isOtherWorkersRun(text, id, xdist[1]!, this.inputs)
			) {
				this.onVerbose(id, xdist[1]!, lineNumber);
			}

			return;
		}

		if (text === eachSchedulingLine) {
			this.eachWorkers = new EachWorkers();
			return;
		}

		const fastId = fastVerboseId(text);
		if (fastId !== undefined) {
			this.hasProgress = true;
			this.hasVerbose = true;
			this.pendingId = undefined;
			this.inputs.escapes?.observeProgressLine(fastId, text);
			this.onVerbose(fastId, fastVerboseWord(), lineNumber);
			return;
		}

		const verbose = parseVerboseLine(text);
		if (verbose) {
			this.hasProgress = true;
			this.hasVerbose = true;
			this.pendingId = undefined;
			this.inputs.escapes?.observeProgressLine(verbose.id, text);
			this.onVerbose(verbose.id, verbose.word, lineNumber);
			return;
		}

		const subtest = text.includes(' SUB')
			? isWorkerLine
				? parseWorkerSubtestLine(text)
				: parseSubtestLine(stripPercent(text).trimEnd())
			: undefined;
		if (subtest) {
			this.hasProgress = true;
			this.hasVerbose = true;
			this.pendingId = undefined;
			this.onSubtest(subtest.id, subtest.outcome, subtest.description);
			return;
		}

		const beforeDump = this.hasVerbose ? null : charsBeforeDump.exec(text);
		if (beforeDump) {
			// Alone on its line it says nothing of the progress (xdist's workers dump theirs between `-v` lines).
			if (beforeDump[1]) {
				this.countChars(beforeDump[1]);
			}

			return;
		}

		const beforeWorker =
			charsBeforeWorker.exec(text) ?? charsBeforeWarning.exec(text);
		if (beforeWorker) {
			// xdist -q: a worker's message (`[gw1] node down: …`, a plugin's warning as a new worker starts)
			// printed right after the progress letters.
			this.countChars(beforeWorker[1]!);
			return;
		}

		// A progress line is as wide as the terminal, two markers at most twice that.
		// `times` under xdist: letters padded for a duration that is not there.
		const withoutPercent = stripPercent(
			text.length < 1000 ? text.replace(innerProgress, '') : text,
		).trimEnd();
		const hasPercent = withoutPercent.length !== text.length;
		if (charsOnly.test(withoutPercent)) {
			if (hasPercent || this.hasChars) {
				this.countChars(withoutPercent);
			} else if (!this.hasVerbose) {
				// `.sxFF` with no `[ NN%]`: -q output cut short by --maxfail or -x. Progress only if a
				// section or pytest's last line follows (see line()).
				this.pendingChars = withoutPercent;
			}

			return;
		}

		const fileChars = fileAndChars.exec(withoutPercent);
		if (
			fileChars &&
			(hasPercent || /\.(?:py|txt|rst|md)$/.test(fileChars[1]!))
		) {
			this.countChars(fileChars[2]!);
			return;
		}

		if (finalLinePattern.test(text)) {
			this.inputs.onFinalLine(text, lineNumber);
			return;
		}

		const fileThenOutput = this.hasVerbose ? null : fileAndOutput.exec(text);
		if (fileThenOutput) {
			// `-s`: a file's name, then its first test's own output (pytest-timeout's `+++ Timeout +++`) before any
			// letter: the progress has started; letters glued to the output may be its first.
			this.hasProgress = true;
			this.hasChars = true;
			const glued = gluedChars.exec(fileThenOutput[1]!);
			if (glued && this.gluedChars.length < 16) {
				this.gluedChars.push(glued[1]!);
			}

			return;
		}

		if (this.pendingId) {
			const trailing = trailingOutcome.exec(text);
			if (!trailing && text.charCodeAt(0) === 43 /* + */) {
				this.killed.onLine(this.pendingId, text);
			} else if (trailing) {
				this.plannedLine = undefined;
				this.onVerbose(this.pendingId, trailing[1]!, lineNumber);
				this.pendingId = undefined;
			} else if (isPlanLine(text, this.pendingId)) {
				this.plannedLine = lineNumber;
			} else if (this.plannedLine !== undefined && text.endsWith(' ')) {
				// The next test's `id `: the planned one got no outcome.
				const candidate = pendingIdCandidate(text);
				if (candidate.includes('::') && candidate.length === text.length - 1) {
					this.settlePlanned();
					this.pendingId = candidate;
				}
			} else {
				this.killed.onOutput(text);
			}

			return;
		}

		if (this.hasChars && !this.hasVerbose) {
			const glued = gluedChars.exec(text);
			if (glued && this.gluedChars.length < 16) {
				this.gluedChars.push(glued[1]!);
			}
		}

		if (this.hasVerbose || !this.hasChars) {
			// `-s`: `id ` printed, then the test's own output, the outcome later.
			const candidate = pendingIdCandidate(text);
			if (candidate.includes('::') && /^[\w./-]/.test(candidate)) {
				const trailing = trailingOutcome.exec(text.slice(candidate.length));
				if (trailing) {
					this.hasProgress = true;
					this.hasVerbose = true;
					this.onVerbose(candidate, trailing[1]!, lineNumber);
				} else {
					this.pendingId = candidate;
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
		const trailing = trailingOutcome.exec(text.slice(-256));
		const id =
			this.pendingId ??
			(this.hasVerbose || !this.hasChars
				? pendingIdCandidate(text.slice(0, 4096))
				: '');
		if (!id.includes('::') || !/^[\w./-]/.test(id)) {
			return;
		}

		this.hasProgress = true;
		this.hasVerbose = true;
		// No outcome at its end: the test's output goes on, the outcome comes on a later line.
		this.pendingId = trailing ? undefined : id;
		if (trailing) {
			this.plannedLine = undefined;
			this.onVerbose(id, trailing[1]!, lineNumber);
		}
	}

	/** A planned test (`plannedLine`) whose outcome did not come: its setup passed. */
	private settlePlanned(): void {
		if (this.plannedLine !== undefined && this.pendingId !== undefined) {
			this.onVerbose(this.pendingId, 'PASSED', this.plannedLine);
			this.pendingId = undefined;
			this.plannedTests++;
		}

		this.plannedLine = undefined;
	}

	private countChars(chars: string): void {
		this.hasProgress = true;
		this.hasChars = true;
		for (const char of chars) {
			const outcome = progressChars[char];
			if (outcome) {
				this.charCounts[outcome]++;
			}
		}
	}

	/** A subtest's `-v` line: a report of its own for its test (none for a passed one, which pytest counts apart). */
	private onSubtest(
		rawId: string,
		outcome: 'failed' | 'skipped' | 'xfailed' | undefined,
		description: string | undefined,
	): void {
		const id = this.inputs.ids.normalize(rawId);
		const state = this.isXdist
			? this.inputs.tests.getOrAdd(id)
			: this.inputs.tests.sequential(id);
		if (outcome === undefined) {
			return;
		}

		if (outcome === 'failed') {
			this.inputs.onFailure?.(id, outcome);
		}

		addSubtestReport(state, outcome, description);
	}

	private onVerbose(rawId: string, word: string, _lineNumber: number): void {
		const outcome = outcomeWords[word]!;
		const id = this.inputs.ids.normalize(rawId);
		const {tests} = this.inputs;
		if (!this.isXdist && outcome !== 'rerun' && !tests.isLast(id)) {
			// The common -v line: a test met for the first time, its outcome its only report (an error is at setup).
			if (outcome === 'error' || outcome === 'failed') {
				this.inputs.onFailure?.(id, outcome);
			}

			tests.addReport(id, outcome, outcome === 'error' ? 'setup' : 'call');
			return;
		}

		// xdist completes tests out of order; a plain -v log names each test on adjacent lines.
		const state = this.isXdist ? tests.getOrAdd(id) : tests.sequential(id);
		if (outcome === 'error' || outcome === 'failed') {
			this.inputs.onFailure?.(id, outcome);
		}

		addVerboseReport(state, outcome, this.isXdist);
	}
}
