/**
A console log and the JUnit XML pytest wrote in the same run (`pytest -v --junitxml=run.xml > run.log`), given
together, are one run, not a run and a later run of the same tests. This module tells them apart from two
runs, from plain data, and joins a pair into one run.

Nothing in the two files names the other, so "the same run" is read from what must agree when it is: the
outcome counts, the outcomes of every test both name, the message of every failure both show with the same
exception, and the XML's testsuite `time`, which is never much longer than the duration on pytest's final line.
Any disagreement is evidence of two runs. What cannot be told: two runs of a deterministic suite whose
messages carry nothing volatile, the later no slower (a log carries no start time to compare with the XML's
timestamp).
*/

import {
	emptyCounts,
	noTracebackHeadline,
	type Counts,
	type Failure,
	type Run,
} from '../log/model.js';
import {TestList} from '../log/test-list.js';
import {unescapeText} from '../log/pytest/escaped-ids.js';
import {looseExceptionType} from '../log/traceback.js';
import {withFields} from '../log/stored-failure.js';
import {folded, outcomesIn, TestIndex} from './test-index.js';
import {latest} from './merge.js';
import type {RunClock} from './run-clock.js';

/** A log's one run and its clock, as far as its content says. */
export type ClockedRun = {
	readonly run: Run;
	readonly clock?: RunClock;
};

function foldedCounts(counts: Counts): Counts {
	const result = emptyCounts();
	for (const key of Object.keys(result) as Array<keyof Counts>) {
		if (key !== 'rerun') {
			result[folded(key)] += counts[key];
		}
	}

	return result;
}

/** Passes of the log the XML may have no testcase for: of a test that also failed, after reruns, before a teardown error. */
function unwrittenPasses(run: Run): number {
	const teardowns = run.failures.filter(
		failure => failure.phase === 'teardown',
	).length;
	return (
		TestIndex.of(run.tests).passesOfFailing +
		teardowns +
		(run.reportedCounts ?? run.counts).rerun
	);
}

/**
Whether two headlines of one failure can be one report's. Only the same exception with another message tells
two runs apart (an address, a temp path, a time); another exception type is the two formats' rendering of
it (an exception group in the XML), and a console line cut short (`- msg...`) agrees with the whole.
*/
function headlinesAgree(first: string, second: string): boolean {
	if (
		first === second ||
		first === noTracebackHeadline ||
		second === noTracebackHeadline
	) {
		return true;
	}

	const type = looseExceptionType(first);
	if (type === undefined || type !== looseExceptionType(second)) {
		return true;
	}

	const cut = (text: string) =>
		unescapeText(text).replace(/(?:\.{3}|\u2026)$/, '');
	return (
		cut(first).startsWith(cut(second)) || cut(second).startsWith(cut(first))
	);
}

function failureKey(failure: Failure): string {
	return `${failure.phase}\u0000${failure.id}`;
}

/**
The XML's duration is the longer only by rounding and reruns (0.44 s of 8.4 s seen): an XML that took longer
than that is another run's. The console's is the longer by the summary printed after the XML is written, under
0.7 s in pytest 7 (over 200 real pairs), often by seconds in pytest 9: a bound only where the log says pytest 7.
*/
function durationsAgree(
	logSeconds: number,
	xmlSeconds: number,
	pytest: string | undefined,
): boolean {
	const isPytest7 = /^[1-7]\./.test(pytest ?? '');
	return (
		xmlSeconds - logSeconds <= Math.max(0.5, logSeconds * 0.06) &&
		(!isPytest7 || logSeconds - xmlSeconds <= Math.max(1.5, xmlSeconds * 0.02))
	);
}

/** `whyNotSameRun`'s answer for a log and an XML that agree in their counts and times but name no test alike. */
export const noTestAlike = 'no test the log names is in the XML';

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
	const unwritten = unwrittenPasses(log.run);
	for (const key of Object.keys(logCounts) as Array<keyof Counts>) {
		const missing = logCounts[key] - xmlCounts[key];
		if (
			missing !== 0 &&
			!(key === 'passed' && missing > 0 && missing <= unwritten)
		) {
			return `${key}: ${logCounts[key]} in the log, ${xmlCounts[key]} in the XML`;
		}
	}

	const logSeconds = log.clock?.seconds;
	const xmlSeconds = xml.clock?.seconds;
	if (
		logSeconds !== undefined &&
		xmlSeconds !== undefined &&
		!durationsAgree(logSeconds, xmlSeconds, log.run.header.pytest)
	) {
		return `the log took ${logSeconds}s, the XML's testsuite ${xmlSeconds}s`;
	}

	// A -q log names fewer reports of a test than the XML (a skip before a teardown error): none the XML lacks.
	const logTests = TestIndex.of(log.run.tests);
	const xmlTests = TestIndex.of(xml.run.tests);
	let shared = 0;
	for (let number = 0; number < logTests.size; number++) {
		const other = xmlTests.numberOfTestIn(logTests, number);
		if (other === undefined) {
			continue;
		}

		shared++;
		const outcomes = logTests.outcomeBits(number);
		const others = xmlTests.outcomeBits(other);
		if ((outcomes & ~others) !== 0) {
			return `${logTests.idOf(number)}: ${outcomesIn(outcomes).join(',')} in the log, ${outcomesIn(others).join(',')} in the XML`;
		}
	}

	if (logTests.size > 0 && shared === 0) {
		return noTestAlike;
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
	const logTests = TestIndex.of(log.tests);
	const xmlTests = TestIndex.of(xml.tests);
	// The XML's duration of each test the log names, by the log's test number; the XML's reports of tests it does not.
	// NaN: none (an array of half a million holes took half a second to make and fill).
	const durations = new Float64Array(logTests.size).fill(Number.NaN);
	let hasDurations = false;
	for (let number = 0; number < logTests.size; number++) {
		const other = xmlTests.numberOfTestIn(logTests, number);
		const duration =
			other === undefined ? undefined : xmlTests.durationOf(other);
		if (duration !== undefined) {
			durations[number] = duration;
			hasDurations = true;
		}
	}

	const extra: number[] = [];
	for (let index = 0; index < xml.tests.length; index++) {
		if (
			logTests.numberOfTestIn(xmlTests, xmlTests.numberAtReport(index)) ===
			undefined
		) {
			extra.push(index);
		}
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
		return withFields(other, {logLine: failure.logLine});
	});
	for (const failure of xml.failures) {
		if (!logKeys.has(failureKey(failure))) {
			failures.push(withFields(failure, {logLine: undefined}));
		}
	}

	const endedAt = latest([log, xml]);
	return {
		...log,
		tests:
			extra.length === 0 && !hasDurations
				? log.tests
				: TestList.joined(
						log.tests,
						index => {
							const duration = durations[logTests.numberAtReport(index)]!;
							return (
								log.tests.durationAt(index) ??
								(Number.isNaN(duration) ? undefined : duration)
							);
						},
						xml.tests,
						extra,
					),
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
		...(endedAt && {endedAt}),
	};
}
