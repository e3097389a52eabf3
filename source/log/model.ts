/**
The data model every part of triage shares: what a test run log says, as plain data.
*/
import type {TestList} from './test-list.js';

/** Every outcome pytest reports, lowercase, in the order its final line prints them. */
export const outcomes = [
	'failed',
	'passed',
	'skipped',
	'xfailed',
	'xpassed',
	'error',
] as const;

export type Outcome = (typeof outcomes)[number];

/** The outcomes that need a person's attention. */
export type FailureOutcome = 'failed' | 'error';

export const phases = ['setup', 'call', 'teardown', 'collect'] as const;

export type Phase = (typeof phases)[number];

export type LogFormat = 'pytest' | 'junit' | 'reportlog';

/** One report of one test: a test that passed and then errored in teardown has two. */
export type TestResult = {
	/** Pytest node id, relative to the rootdir (`tests/test_a.py::TestA::test_b[x]`). */
	readonly id: string;
	/** The file part of the node id. */
	readonly file: string;
	readonly outcome: Outcome;
	/** Where an error happened; `call` for everything else. */
	readonly phase: Phase;
	/** How many times pytest-rerunfailures re-ran it before this outcome. */
	readonly reruns?: number;
	/** Seconds, when the log prints them. */
	readonly duration?: number;
};

/** A named block of captured output (`Captured stdout call`, `Captured log setup`, …). */
export type CapturedSection = {
	readonly name: string;
	readonly text: string;
};

export type Location = {
	readonly path: string;
	readonly line: number;
};

/**
The headline of a failing report whose error the console log does not show (yet): a `-v` line said FAILED, and
no traceback or summary line came (a live run prints them at its end; `--tb=no` without `-r`). Every such
failure has this one signature, which is no cluster of identical failures.
*/
export const noTracebackHeadline = '(no traceback in the log)';

export type Failure = {
	readonly id: string;
	readonly file: string;
	readonly outcome: FailureOutcome;
	readonly phase: Phase;
	/** One line: exception type and message (`AssertionError: expected 3`). */
	readonly headline: string;
	/** The exception type alone, when known (`AssertionError`). */
	readonly exceptionType?: string;
	/** The traceback as printed, ANSI stripped, without the captured-output sections. */
	readonly traceback: string;
	readonly captured: readonly CapturedSection[];
	/** Where it crashed, when the traceback says. */
	readonly location?: Location;
	/** 1-based line in the log where this failure's report starts, when known. */
	readonly logLine?: number;
};

export type Counts = Record<Outcome | 'rerun', number>;

/** One shard of a run that pytest-split cut into `of` groups (`group` is 1-based). */
export type Shard = {
	readonly group: number;
	readonly of: number;
};

export type RunHeader = {
	readonly pytest?: string;
	readonly python?: string;
	/** The interpreter pytest ran on, when `-v` printed it at the end of the platform line. */
	readonly executable?: string;
	readonly rootdir?: string;
	readonly plugins?: readonly string[];
	readonly collected?: number;
	/** True when the session re-ran only the last failures (`--lf`: `run-last-failure: rerun previous N failures`). */
	readonly lastFailed?: boolean;
	/** pytest-split's group, when the header says `[pytest-split] Running group 1/3 …`. */
	readonly shard?: Shard;
};

export type Warning = {
	/** 1-based line number in the log (0 when it concerns the whole file). */
	readonly line: number;
	readonly message: string;
};

export type Run = {
	/** The path the log was read from, as the user gave it (`-` for stdin). */
	readonly source: string;
	/** Which pytest session of the log this is (1-based); set only when the log holds more than one. */
	readonly session?: number;
	readonly format: LogFormat;
	readonly header: RunHeader;
	/** One report per test outcome, in log order (a table: see test-list.ts). */
	readonly tests: TestList;
	readonly failures: readonly Failure[];
	/** Outcome counts: pytest's own final line when it printed one, otherwise what was parsed. */
	readonly counts: Counts;
	/** The counts of pytest's final line, or undefined when the log has none. */
	readonly reportedCounts?: Counts;
	/** False when interrupted, truncated, or when parsed outcomes disagree with pytest's final line. */
	readonly complete: boolean;
	readonly warnings: readonly Warning[];
	/** The logs (shards) this run was merged from, when it is more than one. */
	readonly shards?: readonly string[];
	/**
	The JUnit XML pytest wrote in this same run, joined into the run of its console log (`source`); `shards`
	then names both, so the history knows the run by both logs.
	*/
	readonly junitXml?: string;
	/** Of a merged run's `shards`, the JUnit XML of each shard that came with it: one shard with its console log. */
	readonly shardXml?: readonly string[];
	/** Results of later sessions that re-ran some of this run's failures (`--lf`), in order. */
	readonly retries?: readonly RetryResult[];
	/** The run's number in the history, when it was read back from there. */
	readonly historyId?: number;
	/**
	When the run ended (ISO 8601, UTC), where its log says (a JUnit XML's timestamp, a report log's times, a CI
	service's time on pytest's final line; see runs/run-clock.ts): its place in the history. Every session of a
	log gets the log's time (the last session's), the later sessions after the earlier by the order they are
	recorded in.
	*/
	readonly endedAt?: string;
};

/** One test's report in a re-run attempt of a run (a `--lf` session after it). */
export type RetryResult = TestResult & {
	/** 1 for the first re-run session, 2 for the next, … */
	readonly attempt: number;
};

export function emptyCounts(): Counts {
	return {
		passed: 0,
		failed: 0,
		error: 0,
		skipped: 0,
		xfailed: 0,
		xpassed: 0,
		rerun: 0,
	};
}

export function isFailureOutcome(outcome: Outcome): outcome is FailureOutcome {
	return outcome === 'failed' || outcome === 'error';
}

/** The file part of a node id: everything before the first `::`. */
export function fileOfId(id: string): string {
	const index = id.indexOf('::');
	return index === -1 ? id : id.slice(0, index);
}

/** Told of each failing report as a parser meets it (ids as the log prints them, before the run resolves). */
export type FailureListener = (id: string, outcome: FailureOutcome) => void;
