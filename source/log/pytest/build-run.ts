/**
The Run of a session once every line is read and every entry matched: one report per test outcome (a teardown error is a second one), one Failure per failed or errored report with its traceback described, and the counts checked against pytest's final line.
*/
import {fineStepMask, type Steps} from '../../in-turns.js';
import {
	emptyCounts,
	outcomes,
	type Counts,
	type Failure,
	type Phase,
	type Run,
	type Warning,
	noTracebackHeadline,
} from '../model.js';
import {SharedTexts} from '../stored-failure.js';
import {packReport, ReportRows, TestList} from '../test-list.js';
import {
	describeMessage,
	describeTraceback,
	doctestHeadline,
	lineReportOf,
} from '../traceback.js';
import {isTaskGroupLine} from '../exception-group.js';
import {holdsNativeNote} from '../headline.js';
import {
	chainedFailHeadline,
	isFailedWithoutTrace,
	showsPytest8Shapes,
} from './failed-without-trace.js';
import type {Entry} from './failure-entry.js';
import {blankTrimmed, withReport} from './failure-report.js';
import {toRunHeader, type Preamble} from './preamble.js';
import {withGluedChars} from './letter-progress.js';
import type {SessionEnd} from './session-end.js';
import {wholeWorkerCrash} from './python-repr.js';
import type {TestState} from './test-state.js';
import {workerReportsOf} from './each-workers.js';
import {capturedSubtestFailures} from './captured-subtests.js';
import type {TestTable} from './tests.js';

export type RunParts = {
	readonly source: string;
	readonly header: Preamble;
	readonly tests: TestTable;
	/** Progress letters counted (`-q`): then their counts are the run's. */
	readonly charCounts: Counts | undefined;
	/** What the letters of each line glued to other text (`.PASSED` under `-s`) may count: see `withGluedChars`. */
	readonly gluedCharCounts?: ReadonlyArray<readonly Counts[]>;
	/** Tests `--setup-plan` or `--setup-only` named and ran no call of: passed by the XML, counted by pytest as nothing. */
	readonly plannedTests?: number;
	readonly end: SessionEnd;
	/** A `test session starts` rule or a progress line was seen. */
	readonly hasRun: boolean;
	/** A progress line was read (`ProgressReader.hasProgress`). */
	readonly hasProgress: boolean;
	/** Any line was structure (not content) in this session. */
	readonly hasAnyLine: boolean;
	readonly lastLine: number;
	/** The log ends where a `-qq` run ends (see `SessionSeen`). */
	readonly endsQuietly: boolean;
	/** The session's last section was the short summary (see `SessionSeen`). */
	readonly endsInSummary?: boolean;
	/** The test running when the log ended (see `SessionSeen`). */
	readonly runningTest?: string;
	/** The file of each `F` and `E` progress letter (see `SessionSeen`). */
	readonly failingFiles?: readonly string[];
	/** The warnings so far (the reader's own, the matcher's); the Run's, sorted by line. */
	readonly warnings: Warning[];
	/** The FAILURES and ERRORS entries, in log order. */
	readonly entries?: readonly Entry[];
};

/** The Run, in steps (in-turns.ts): every 4,096 rows, as any of them can be a failure to describe. */
export function* buildRun(parts: RunParts): Steps<Run> {
	const {end, warnings} = parts;
	const table = parts.tests;
	// The run's reports point at the table's ids: a test's second report (a teardown error) at the same row.
	const reports = new ReportRows(table.size);
	const reruns = new Map<number, number>();
	const failures: Failure[] = [];
	const parsedCounts = emptyCounts();
	const teardownCode = packReport('error', 'teardown');
	const shared = new SharedTexts();
	const major = parts.header.pytest?.split('.')[0];
	let isPytest8 = major === undefined ? undefined : Number(major) >= 8;
	let isPytestKnown = major !== undefined;
	const context: FailureContext = {
		shared,
		isCrashMessageFailed() {
			if (!isPytestKnown) {
				// No header (`-q`): the tracebacks' column markers or an assertion's spacing may say it.
				isPytestKnown = true;
				isPytest8 = showsPytest8Shapes(parts.entries ?? []) ? true : undefined;
			}

			return isPytest8;
		},
	};
	let collectErrors = 0;
	let subtestFailures = 0;
	const capturedTests: TestState[] = [];
	// The reports of the plain rows (most of them), counted by outcome code and added to the counts at the end.
	const plainCounts = new Uint32Array(outcomes.length);
	for (let index = 0; index < table.size; index++) {
		if ((index & fineStepMask) === fineStepMask) {
			yield;
		}

		const plain = table.plainReportAt(index);
		if (plain !== -1) {
			reports.push(index, plain);
			plainCounts[plain & 7]!++;
			continue;
		}

		if (table.isMergedAt(index)) {
			continue;
		}

		const state = table.existingStateAt(index);
		if (state?.hasCapturedReports) {
			capturedTests.push(state);
		}

		// A crashed worker's FAILED report of a test whose call had failed: a report and a failure of its own.
		const crashEntry =
			state?.crashEntry && state.repeatedReports?.includes('failed')
				? state.crashEntry
				: undefined;
		if (state) {
			parsedCounts.rerun += state.reruns ?? 0;
			parsedCounts.passed += state.passedBeforeRerun;
			for (const outcome of state.repeatedReports ?? []) {
				parsedCounts[outcome]++;
			}

			if (crashEntry) {
				parsedCounts.failed--;
			}
		}

		// Its subtests' reports, which pytest writes during its call, before the call's own (the XML and summary too).
		for (const subtest of state?.subtests ?? []) {
			reports.push(index, packReport(subtest.outcome, 'call'));
			parsedCounts[subtest.outcome]++;
			if (subtest.outcome === 'failed') {
				subtestFailures++;
				failures.push(
					makeFailure(
						context,
						state!.id,
						state,
						'failed',
						'call',
						subtest.entry,
						subtest.message,
					),
				);
			}
		}

		const outcome = table.outcomeAt(index);
		if (outcome) {
			if (outcome !== 'error') {
				table.setPhase(index, 'call');
			}

			const phase = table.phaseAt(index);
			const report = reports.push(index, packReport(outcome, phase));
			if (state?.reruns !== undefined) {
				reruns.set(report, state.reruns);
			}

			parsedCounts[outcome]++;
			// Every xdist worker collects, and reports the same collection error: pytest counts each, and its XML
			// names each (one `<error>` apiece). Each is a report and a failure of its own, as a crashed worker's test
			// run again is; the reports are counted above, never as progress characters either.
			const collectReports =
				phase === 'collect' ? 1 + (state?.repeatedReports?.length ?? 0) : 1;
			if (phase === 'collect') {
				collectErrors += collectReports;
			}

			for (let report = 0; report < collectReports; report++) {
				if (report > 0) {
					reports.push(index, packReport(outcome, phase));
				}

				if (outcome === 'failed' || outcome === 'error') {
					failures.push(
						makeFailure(
							context,
							state?.id ?? table.ids.idAt(index),
							state,
							outcome,
							phase,
							outcome === 'error'
								? report > 0
									? (state?.workerEntries?.[report - 1] ?? state?.errorEntry)
									: state?.errorEntry
								: state?.failedEntry,
						),
					);
				}
			}
		}

		if (crashEntry) {
			reports.push(index, packReport('failed', 'call'));
			parsedCounts.failed++;
			failures.push(
				makeFailure(context, state!.id, state, 'failed', 'call', crashEntry),
			);
		}

		if (state) {
			// Further reports of the test: xdist's replacement worker's.
			for (const outcome of state.otherReports ?? []) {
				reports.push(index, packReport(outcome, 'call'));
				parsedCounts[outcome]++;
			}
		}

		// xdist's `--dist each`: every other worker's report of the test, as pytest counts and its XML names each.
		for (const worker of state ? workerReportsOf(state) : []) {
			reports.push(index, packReport(worker.outcome, worker.phase));
			parsedCounts[worker.outcome]++;
			if (worker.outcome === 'failed' || worker.outcome === 'error') {
				failures.push(
					makeFailure(
						context,
						state!.id,
						state,
						worker.outcome,
						worker.phase,
						worker.entry,
					),
				);
			}
		}

		if (state?.teardownError) {
			reports.push(index, teardownCode);
			parsedCounts.error++;
			failures.push(
				makeFailure(
					context,
					state.id,
					state,
					'error',
					'teardown',
					state.teardownEntry,
					// Its setup's ERROR line came first when both errored.
					state.outcome === 'error' ? state.laterErrorMessage : undefined,
				),
			);
		}
	}

	for (const [code, outcome] of outcomes.entries()) {
		parsedCounts[outcome] += plainCounts[code]!;
	}

	// Failed subtests whose words pytest captured with their test's output: reports of that test, with no entry.
	const hiddenFailures = capturedSubtestFailures(
		capturedTests,
		parsedCounts.failed,
		end.reportedCounts,
		parts.charCounts !== undefined,
	);
	for (let report = 0; report < hiddenFailures; report++) {
		const state = capturedTests[0]!;
		reports.push(state.index, packReport('failed', 'call'));
		parsedCounts.failed++;
		failures.push(
			makeFailure(context, state.id, state, 'failed', 'call', undefined, ''),
		);
	}

	const tests = new TestList(table.ids, reports, {reruns});
	let counts = parsedCounts;
	const planned = parts.plannedTests ?? 0;
	if (planned > 0) {
		counts = {...parsedCounts, passed: parsedCounts.passed - planned};
		warnings.push({
			line: parts.lastLine,
			message: `${planned} tests were planned (--setup-plan or --setup-only), not run: pytest counts none of them, its XML calls them passed`,
		});
	}

	if (parts.charCounts) {
		counts = {...parts.charCounts};
		// Collection errors are never progress characters; a failed subtest's letter (`u`) can be a passed one's.
		counts.error += collectErrors;
		counts.failed += subtestFailures;
		counts = withGluedChars(counts, parts.gluedCharCounts, end.reportedCounts);
	}

	const isComplete = end.judge(
		{
			counts,
			hasRun: parts.hasRun,
			hasAnyLine: parts.hasAnyLine,
			isEmpty: tests.length === 0 && failures.length === 0,
			namedFailures: failures.length,
			endsQuietly: parts.endsQuietly,
			...(parts.endsInSummary && {endsInSummary: true}),
			lastLine: parts.lastLine,
			fromLetters: parts.charCounts !== undefined,
			hasProgress: parts.hasProgress,
			...(parts.runningTest !== undefined && {runningTest: parts.runningTest}),
			...(parts.failingFiles && {failingFiles: parts.failingFiles}),
		},
		warnings,
	);

	warnings.sort((a, b) => a.line - b.line);
	return {
		source: parts.source,
		format: 'pytest',
		header: toRunHeader(parts.header),
		tests,
		failures,
		counts: end.reportedCounts ?? counts,
		...(end.reportedCounts && {reportedCounts: end.reportedCounts}),
		complete: isComplete,
		warnings,
	};
}

/** What every failure of a run is made with. */
type FailureContext = {
	readonly shared: SharedTexts;
	/**
	The log's pytest is 8 or later: a report of `pytest.fail(msg, pytrace=False)` (pytest's own ScopeMismatch too)
	prints the message alone, and the XML says `Failed: msg` (pytest 7.2's says `msg`). Undefined when neither the
	header nor the tracebacks say (`-q`).
	*/
	readonly isCrashMessageFailed: () => boolean | undefined;
};

function makeFailure(
	context: FailureContext,
	id: string,
	state: TestState | undefined,
	outcome: 'failed' | 'error',
	phase: Phase,
	entry: Entry | undefined,
	/** The short summary's message, for a report other than the test's own (a subtest's). */
	ownMessage?: string,
): Failure {
	const {shared} = context;
	const file = shared.fileOf(id);
	if (entry?.kind === 'line' && entry.lineText === 'None') {
		// pytest 7's `--tb=line` for a report with no crash line (`pytest.fail(msg, pytrace=False)`, a plugin's
		// text report): `str(None)`, no message. The entry keeps its place among the reports; it tells nothing else.
		entry = undefined;
	}

	if (!entry) {
		const message =
			ownMessage ??
			(outcome === 'error'
				? (state?.summaryErrorMessage ?? state?.summaryMessage)
				: state?.summaryMessage);
		const described = message ? describeMessage(message) : undefined;
		return {
			id,
			file,
			outcome,
			phase,
			headline: described?.headline ?? noTracebackHeadline,
			...(described?.exceptionType && {
				exceptionType: described.exceptionType,
			}),
			// A test the process was ended under has the stacks pytest-timeout dumped, if any.
			traceback: state?.killedTraceback ?? '',
			captured: [],
		};
	}

	const lines = entry.traceback;
	const [start, end] = blankTrimmed(lines);
	if (entry.kind === 'line' && entry.lineText) {
		const report = lineReportOf(entry.lineText);
		let described = describeMessage(
			report?.message ?? wholeWorkerCrash(entry.lineText, id) ?? entry.lineText,
		);
		if (isTaskGroupLine(described.headline) && entry.traceback.length > 1) {
			// pytest 9 prints the group before its line: its first leaf is the headline, as in a long entry.
			described = {
				headline: describeTraceback(lines.slice(start, end)).headline,
				exceptionType: described.exceptionType,
			};
		} else if (holdsNativeNote(described.headline) && lines.length > 1) {
			// pytest 9 prints what it displays natively (`Failed: NOTE: …` is its line) before the line: read as a long entry.
			described = describeTraceback(lines.slice(start, end));
		} else if (isDoctestType(described.exceptionType)) {
			// pytest 9 prints a doctest's whole report before its line (`Expected:`, `Got:`): read as in a long entry.
			// pytest 7 prints its first 50 characters and no line (`cutDoctestReport`): what they hold of it.
			const shown = lines.slice(start, end);
			const headline = report
				? describeTraceback(shown).headline
				: (doctestHeadline(shown) ?? described.headline);
			described = {
				headline,
				exceptionType: doctestRaisedType(headline) ?? described.exceptionType,
			};
		}

		return withReport(entry, lines, start, end, shared, {
			id,
			file,
			outcome,
			phase,
			headline: described.headline,
			exceptionType: described.exceptionType,
			location: report?.location,
			logLine: entry.startLine,
		});
	}

	const described = describeTraceback(
		start === 0 && end === lines.length ? lines : lines.slice(start, end),
	);
	const summaryMessage =
		outcome === 'error' ? state?.summaryErrorMessage : state?.summaryMessage;
	// A doctest's report ends in its line, `path:None` where doctest found no number: no message printed alone.
	const hasCrashLine =
		described.location !== undefined || isDoctestType(described.exceptionType);
	const chained =
		entry.kind === 'collect' || hasCrashLine
			? undefined
			: chainedFailHeadline(
					lines.slice(start, end),
					context.isCrashMessageFailed,
				);
	if (chained) {
		described.headline = chained;
		described.exceptionType = chained.startsWith('Failed: ')
			? 'Failed'
			: undefined;
	} else if (
		entry.kind !== 'collect' &&
		!hasCrashLine &&
		isFailedWithoutTrace(
			described,
			lines.slice(start, end),
			summaryMessage,
			context.isCrashMessageFailed,
		)
	) {
		// `pytest.fail(msg, pytrace=False)` in a test: the report is the message alone; pytest 9's summary and XML say
		// `Failed: msg` (of a collection error, its XML says only `collection failure`).
		described.headline = `Failed: ${described.headline}`;
		described.exceptionType = 'Failed';
	}

	return withReport(entry, lines, start, end, shared, {
		id,
		file,
		outcome,
		phase,
		headline:
			described.headline ||
			ownMessage ||
			(outcome === 'error'
				? state?.summaryErrorMessage
				: state?.summaryMessage) ||
			'(no message)',
		exceptionType: described.exceptionType,
		location: described.location,
		logLine: entry.startLine,
	});
}

function isDoctestType(type: string | undefined): boolean {
	return type === 'DocTestFailure' || type === 'UnexpectedException';
}

/**
The exception a doctest example raised, when its headline names it whole (`NameError: name 'x' is not defined`, read
from `UNEXPECTED EXCEPTION: …`), as the XML and a long report give it: what the classifier should see, not doctest's
own `DocTestFailure` or `UnexpectedException`. undefined for `DocTestFailure: expected …` and a type cut short (`NameE...`).
*/
function doctestRaisedType(headline: string): string | undefined {
	if (headline.startsWith('DocTestFailure')) {
		return undefined;
	}

	const type = describeMessage(headline).exceptionType;
	return type === undefined || headline.startsWith(`${type}...`)
		? undefined
		: type;
}
