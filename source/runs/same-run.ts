/**
A console log and the JUnit XML pytest wrote in the same run (`pytest -v --junitxml=run.xml > run.log`), given
together, are one run, not a run and a later run of the same tests. This module tells them apart from two
runs, from plain data, and joins a pair into one run.

Nothing in the two files names the other, so "the same run" is read from what must agree when it is: every
outcome count, the outcome of every test both name (an XPASS is a passing testcase in pytest's XML), the
message of every failure both show, and the duration of pytest's final line against the testsuite's `time`.
Any disagreement is evidence of two runs. What cannot be told: two runs of a deterministic suite whose
durations happen to agree (a log carries no start time to compare with the XML's timestamp).
*/

import {
	emptyCounts,
	noTracebackHeadline,
	type Counts,
	type Failure,
	type Outcome,
	type Run,
	type TestResult,
} from '../log/model.js';
import {TestList} from '../log/test-list.js';
import type {RunClock} from './run-clock.js';

/** A log's one run and its clock, as far as its content says. */
export type ClockedRun = {
	readonly run: Run;
	readonly clock?: RunClock;
};

/** An XPASS is a passing testcase in the XML; a rerun is no outcome there. */
function folded(outcome: Outcome): Outcome {
	return outcome === 'xpassed' ? 'passed' : outcome;
}

function foldedCounts(counts: Counts): Counts {
	const result = emptyCounts();
	for (const key of Object.keys(result) as Array<keyof Counts>) {
		if (key !== 'rerun') {
			result[key === 'xpassed' ? 'passed' : key] += counts[key];
		}
	}

	return result;
}

function outcomesById(run: Run): Map<string, string> {
	const outcomes = new Map<string, Set<Outcome>>();
	for (const result of run.tests) {
		let set = outcomes.get(result.id);
		if (!set) {
			set = new Set();
			outcomes.set(result.id, set);
		}

		set.add(folded(result.outcome));
	}

	return new Map(
		[...outcomes].map(([id, set]) => [id, [...set].toSorted().join(',')]),
	);
}

/** A console line cut short (`- msg...`) still agrees with the whole message. */
function headlinesAgree(first: string, second: string): boolean {
	if (
		first === second ||
		first === noTracebackHeadline ||
		second === noTracebackHeadline
	) {
		return true;
	}

	const cut = (text: string) => text.replace(/(?:\.{3}|\u2026)$/, '');
	return first.startsWith(cut(second)) || second.startsWith(cut(first));
}

function failureKey(failure: Failure): string {
	return `${failure.phase}\u0000${failure.id}`;
}

/**
The console's duration includes the summary it prints after the XML is written: it is the longer by up to a
second or so (0.7 s after an `-rA` summary of 800 lines), and shorter only by rounding.
*/
function durationsAgree(logSeconds: number, xmlSeconds: number): boolean {
	const difference = logSeconds - xmlSeconds;
	return difference >= -0.25 && difference <= Math.max(1, xmlSeconds * 0.015);
}

/**
Why a console log's run and a JUnit XML's run are not one run, or undefined when everything both say agrees.
Both must be one session each (the caller's concern).
*/
export function whyNotSameRun(
	log: ClockedRun,
	xml: ClockedRun,
): string | undefined {
	if (log.run.format !== 'pytest' || xml.run.format !== 'junit') {
		return 'not a console log and a JUnit XML';
	}

	const logCounts = foldedCounts(log.run.reportedCounts ?? log.run.counts);
	const xmlCounts = foldedCounts(xml.run.counts);
	for (const key of Object.keys(logCounts) as Array<keyof Counts>) {
		if (logCounts[key] !== xmlCounts[key]) {
			return `${key}: ${logCounts[key]} in the log, ${xmlCounts[key]} in the XML`;
		}
	}

	const logSeconds = log.clock?.seconds;
	const xmlSeconds = xml.clock?.seconds;
	if (
		logSeconds !== undefined &&
		xmlSeconds !== undefined &&
		!durationsAgree(logSeconds, xmlSeconds)
	) {
		return `the log took ${logSeconds}s, the XML's testsuite ${xmlSeconds}s`;
	}

	const xmlOutcomes = outcomesById(xml.run);
	let shared = 0;
	let named = 0;
	for (const [id, outcomes] of outcomesById(log.run)) {
		named++;
		const other = xmlOutcomes.get(id);
		if (other === undefined) {
			continue;
		}

		shared++;
		if (other !== outcomes) {
			return `${id}: ${outcomes} in the log, ${other} in the XML`;
		}
	}

	if (named > 0 && shared === 0) {
		return 'no test the log names is in the XML';
	}

	const xmlFailures = new Map(
		xml.run.failures.map(failure => [failureKey(failure), failure.headline]),
	);
	for (const failure of log.run.failures) {
		const other = xmlFailures.get(failureKey(failure));
		if (other !== undefined && !headlinesAgree(failure.headline, other)) {
			return `${failure.id}: another error in the XML`;
		}
	}

	return undefined;
}

/**
One run from a console log and its JUnit XML. The console log's run is the base (its tracebacks, captured
sections, header, pytest's own counts, XPASS); the XML adds what the log did not print: the tests a `-q` or
`-rA` log leaves unnamed, durations, and the error of a failure whose traceback the log lacks.
*/
export function joinWithXml(log: Run, xml: Run): Run {
	const xmlDurations = new Map<string, number>();
	const logIds = new Set<string>();
	for (const result of log.tests) {
		logIds.add(result.id);
	}

	const extra: TestResult[] = [];
	for (const result of xml.tests) {
		if (logIds.has(result.id)) {
			if (result.duration !== undefined && !xmlDurations.has(result.id)) {
				xmlDurations.set(result.id, result.duration);
			}
		} else {
			extra.push(result);
		}
	}

	function* results(): Generator<TestResult> {
		for (const result of log.tests) {
			const duration = xmlDurations.get(result.id);
			yield result.duration === undefined && duration !== undefined
				? {...result, duration}
				: result;
		}

		yield* extra;
	}

	const xmlFailures = new Map(
		xml.failures.map(failure => [failureKey(failure), failure]),
	);
	const logKeys = new Set(log.failures.map(failure => failureKey(failure)));
	const failures: Failure[] = log.failures.map(failure => {
		const other = xmlFailures.get(failureKey(failure));
		if (failure.headline !== noTracebackHeadline || !other) {
			return failure;
		}

		// The XML's line numbers are no lines of the log this run is named for.
		const {logLine: _xmlLine, ...rest} = other;
		return {
			...rest,
			...(failure.logLine !== undefined && {logLine: failure.logLine}),
		};
	});
	for (const failure of xml.failures) {
		if (!logKeys.has(failureKey(failure))) {
			const {logLine: _xmlLine, ...rest} = failure;
			failures.push(rest);
		}
	}

	return {
		...log,
		tests:
			extra.length === 0 && xmlDurations.size === 0
				? log.tests
				: TestList.from(results()),
		failures,
		warnings: [
			...log.warnings,
			...xml.warnings.map(warning => ({
				line: warning.line,
				message: `${xml.source}: ${warning.message}`,
			})),
		],
		shards: [log.source, xml.source],
		junitXml: xml.source,
	};
}
