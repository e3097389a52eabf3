/**
The Run of a session once every line is read and every entry matched: one report per test outcome (a teardown error is a second one), one Failure per failed or errored report with its traceback described, and the counts checked against pytest's final line.
*/
import {
	emptyCounts,
	fileOfId,
	type CapturedSection,
	type Counts,
	type Failure,
	type Phase,
	type Run,
	type TestResult,
	type Warning,
} from '../model.js';
import {
	describeMessage,
	describeTraceback,
	lineReportOf,
} from '../traceback.js';
import type {Entry} from './failures.js';
import {toRunHeader, type Preamble} from './preamble.js';
import type {SessionEnd} from './session-end.js';
import type {TestState, TestTable} from './tests.js';

export type RunParts = {
	readonly source: string;
	readonly header: Preamble;
	readonly tests: TestTable;
	/** Progress letters counted (`-q`): then their counts are the run's. */
	readonly charCounts: Counts | undefined;
	readonly end: SessionEnd;
	/** A `test session starts` rule or a progress line was seen. */
	readonly hasRun: boolean;
	/** Any line was structure (not content) in this session. */
	readonly hasAnyLine: boolean;
	readonly lastLine: number;
	/** The warnings so far (the reader's own, the matcher's); the Run's, sorted by line. */
	readonly warnings: Warning[];
};

export function buildRun(parts: RunParts): Run {
	const {end, warnings} = parts;
	const tests: TestResult[] = [];
	const failures: Failure[] = [];
	const parsedCounts = emptyCounts();
	for (const state of parts.tests.values()) {
		parsedCounts.rerun += state.reruns ?? 0;
		parsedCounts.passed += state.passedBeforeRerun;
		for (const outcome of state.repeatedReports ?? []) {
			parsedCounts[outcome]++;
		}

		if (state.outcome) {
			if (state.outcome !== 'error') {
				state.phase = 'call';
			}

			tests.push(state as unknown as TestResult);
			parsedCounts[state.outcome]++;
			if (state.outcome === 'failed' || state.outcome === 'error') {
				failures.push(
					makeFailure(
						state,
						state.outcome,
						state.phase,
						state.outcome === 'error' ? state.errorEntry : state.failedEntry,
					),
				);
			}
		}

		if (state.teardownError) {
			tests.push({
				id: state.id,
				file: state.file,
				outcome: 'error',
				phase: 'teardown',
			});
			parsedCounts.error++;
			failures.push(
				makeFailure(state, 'error', 'teardown', state.teardownEntry),
			);
		}
	}

	let counts = parsedCounts;
	if (parts.charCounts) {
		counts = {...parts.charCounts};
		// Collection errors are never progress characters.
		for (const test of tests) {
			if (test.phase === 'collect') {
				counts.error++;
			}
		}
	}

	const isComplete = end.judge(
		{
			counts,
			hasRun: parts.hasRun,
			hasAnyLine: parts.hasAnyLine,
			isEmpty: tests.length === 0 && failures.length === 0,
			lastLine: parts.lastLine,
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

function makeFailure(
	state: TestState,
	outcome: 'failed' | 'error',
	phase: Phase,
	entry: Entry | undefined,
): Failure {
	const file = fileOfId(state.id);
	if (!entry) {
		const message =
			outcome === 'error'
				? (state.summaryErrorMessage ?? state.summaryMessage)
				: state.summaryMessage;
		const described = message ? describeMessage(message) : undefined;
		return {
			id: state.id,
			file,
			outcome,
			phase,
			headline: described?.headline ?? '(no traceback in the log)',
			...(described?.exceptionType && {
				exceptionType: described.exceptionType,
			}),
			traceback: '',
			captured: [],
		};
	}

	const captured: CapturedSection[] = entry.captured.map(section => ({
		name: section.name,
		text: trimBlank(section.lines).join('\n'),
	}));
	const tracebackLines = trimBlank(entry.traceback);
	if (entry.kind === 'line' && entry.lineText) {
		const report = lineReportOf(entry.lineText);
		const described = describeMessage(report?.message ?? entry.lineText);
		return {
			id: state.id,
			file,
			outcome,
			phase,
			headline: described.headline,
			...(described.exceptionType && {
				exceptionType: described.exceptionType,
			}),
			traceback: tracebackLines.join('\n'),
			captured,
			...(report && {location: report.location}),
			logLine: entry.startLine,
		};
	}

	const described = describeTraceback(tracebackLines);
	return {
		id: state.id,
		file,
		outcome,
		phase,
		headline:
			described.headline ||
			(outcome === 'error'
				? state.summaryErrorMessage
				: state.summaryMessage) ||
			'(no message)',
		...(described.exceptionType && {exceptionType: described.exceptionType}),
		traceback: tracebackLines.join('\n'),
		captured,
		...(described.location && {location: described.location}),
		logLine: entry.startLine,
	};
}

function trimBlank(lines: readonly string[]): string[] {
	let start = 0;
	let end = lines.length;
	while (start < end && lines[start]!.trim() === '') {
		start++;
	}

	while (end > start && lines[end - 1]!.trim() === '') {
		end--;
	}

	return lines.slice(start, end);
}
