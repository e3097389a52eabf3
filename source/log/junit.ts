/**
Reads a JUnit XML report (pytest's or another tool's) into a Run, streaming, from the byte reader's events
(xml/reader.ts): a passing test case becomes a row of the id column and a report, without a string or an
object of its own (its id's bytes are worked out by junit-ids.ts `CaseIds`); only a failure's texts (its
message, its traceback, the captured output) are decoded, and they go to the run's BodyStore.
*/
import {
	emptyCounts,
	type CapturedSection,
	type Failure,
	type FailureListener,
	type Outcome,
	type Phase,
	type Run,
	type Warning,
} from './model.js';
import {stripAnsi} from './ansi.js';
import {internalErrorHeadline} from './internal-error.js';
import type {BodyHandle} from './bodies.js';
import {JunitFailures, trimmed} from './junit-failures.js';
import {IdColumn} from './id-column.js';
import {CaseIds, secondsOf, withEscapedChars} from './junit-ids.js';
import {packReport, ReportRows, TestList} from './test-list.js';
import {
	decodeText,
	describeXmlError,
	readXml,
	type XmlHandler,
} from './xml/read-xml.js';

/** Thrown for XML that cannot be read; read.ts turns it into a one-line LogError. */
export class JunitError extends Error {
	override name = 'JunitError';
}

/** A `<failure>`, `<error>` or `<skipped>` of a test case (pytest writes a setup and a teardown error in one). */
type CaseResult = {
	outcome: Outcome;
	phase: Phase;
	message?: string;
	type?: string;
	/** Its text as read so far: a failure's or an error's only (a skip's is not kept). */
	text: string;
};

const passedCode = packReport('passed', 'call');

/**
How many bytes of XML a test case takes, at least in most reports (`<testcase classname="…" name="…" time="…" />`, a
line of its own): a report's size over this is the rows its table is made with, so that a large report's rows are
not copied as they grow. Copying into fresh memory costs a page fault per 4 KiB, ~4,000 on the bench's 111 MB
report; the room a report does not use is never touched, and is no memory of the process.
*/
const bytesPerCase = 100;

/**
Reads JUnit XML (pytest's or another tool's) from a stream of bytes, with a streaming parser. `bytes`: the file's
size, when it is known.
*/
export async function parseJunitStream(
	chunks: AsyncIterable<Uint8Array>,
	name: string,
	source: string,
	onFailure?: FailureListener,
	bytes?: number,
): Promise<Run> {
	// The reports as a table (ids written once, front coded) and the failures' texts in a store: a report of a
	// hundred thousand test cases keeps neither a string per test nor the decoded XML those would point into.
	const rows = Math.max(256, Math.floor((bytes ?? 0) / bytesPerCase));
	const ids = new IdColumn(rows);
	const reports = new ReportRows(rows);
	const rerunsByReport = new Map<number, number>();
	const counts = emptyCounts();
	const built = new JunitFailures();
	const failures: Failure[] = [];
	const warnings: Warning[] = [];
	const caseIds = new CaseIds();
	// The test case being read (its id is in `caseIds`): no object of its own.
	let isInCase = false;
	let caseLine = 0;
	/** Seconds (NaN: none, or not a number). */
	let caseDuration = Number.NaN;
	/** Earlier failed attempts written as Surefire's `<flakyFailure>` / `<rerunFailure>` (and `…Error`). */
	let caseReruns = 0;
	/** Its results in order (none: it passed), and its captured output. */
	let results: CaseResult[] = [];
	let captured: CapturedSection[] = [];
	/** Where text goes: the last result's (when it is a failure's or an error's), or the captured output. */
	let textTarget: 'result' | 'captured' | undefined;
	let capturedName = '';
	let capturedText = '';
	/** Inside a retry element: its stack trace and output belong to an earlier attempt, not to the result. */
	let retryDepth = 0;
	let sawTestsuite = false;
	// pytest names its suite `pytest`: only then are class names dotted module paths.
	let isPytestSuite = true;
	let isComplete = true;
	/** A `<testsuite tests="0">`: a run that collected nothing, which is a result. */
	let saysNoTests = false;
	let reruns = 0;
	/** pytest's INTERNALERROR pseudo test cases (`pytest.internal`): no tests, but a report of the run. */
	let internalErrors = 0;
	/** Test cases read so far, and which of them the last row of `ids` is (-1: none). */
	let caseCount = 0;
	let lastRowCase = -1;

	const openTag: XmlHandler['openTag'] = (tagName, attributes, position) => {
		switch (tagName) {
			case 'testcase': {
				caseIds.read(attributes, isPytestSuite);
				caseCount++;
				const timeIndex = attributes.indexOf('time');
				caseDuration =
					timeIndex === -1 ? Number.NaN : secondsOf(attributes, timeIndex);
				caseLine = position.line;
				isInCase = true;
				textTarget = undefined;
				caseReruns = 0;
				if (results.length > 0) {
					results = [];
				}

				if (captured.length > 0) {
					captured = [];
				}

				if (caseIds.isInternal) {
					isComplete = false;
				}

				break;
			}

			case 'testsuite':
			case 'testsuites': {
				sawTestsuite = true;
				if (
					tagName === 'testsuite' &&
					attributes.get('tests')?.trim() === '0'
				) {
					saysNoTests = true;
				}

				const suiteName = attributes.get('name');
				if (
					tagName === 'testsuite' &&
					suiteName !== undefined &&
					suiteName !== 'pytest'
				) {
					// Another tool's report (JUnit, Go, Jest…): its class names are not Python modules.
					isPytestSuite = false;
				}

				break;
			}

			case 'flakyFailure':
			case 'flakyError':
			case 'rerunFailure':
			case 'rerunError': {
				// Maven Surefire's retries: a flaky… element is a failed attempt of a test that then passed, a
				// rerun… element one of a test that failed every time. Either is one rerun, as pytest counts them.
				if (isInCase) {
					caseReruns++;
					retryDepth++;
					textTarget = undefined;
				}

				break;
			}

			case 'failure':
			case 'error': {
				if (!isInCase || retryDepth > 0) {
					break;
				}

				const rawMessage = attributes.get('message');
				const isError = tagName === 'error';
				const message = rawMessage ?? '';
				results.push({
					outcome: isError ? 'error' : 'failed',
					phase: isError ? errorPhase(message, caseIds) : 'call',
					// Colours are taken off when the case ends, with pytest's `#x1B` written as the escape it is.
					message: rawMessage,
					type: attributes.get('type'),
					text: '',
				});
				textTarget = 'result';
				break;
			}

			case 'skipped': {
				if (!isInCase || retryDepth > 0) {
					break;
				}

				results.push({
					outcome:
						attributes.get('type') === 'pytest.xfail' ? 'xfailed' : 'skipped',
					phase: 'call',
					text: '',
				});
				textTarget = undefined;
				break;
			}

			case 'system-out':
			case 'system-err': {
				if (isInCase && retryDepth === 0) {
					textTarget = 'captured';
					capturedName =
						tagName === 'system-out' ? 'Captured stdout' : 'Captured stderr';
					capturedText = '';
				}

				break;
			}

			default: {
				break;
			}
		}
	};

	const onText: XmlHandler['text'] = (bytes, start, end, kind) => {
		if (textTarget === 'result' && results.length > 0) {
			// Colours are taken off the whole text once it ends (one split across two pieces too).
			results.at(-1)!.text += decodeText(bytes, start, end, kind);
		} else if (textTarget === 'captured') {
			capturedText += decodeText(bytes, start, end, kind);
		}
	};

	/** The test case read to its end: its reports, and a failure for each failing result. */
	const closeCase = () => {
		reruns += caseReruns;
		// The ids' shared head counts only when the last row is the test case read before this one.
		const row = ids.isLast(caseIds.bytes, 0, caseIds.length)
			? ids.length - 1
			: ids.append(
					caseIds.bytes,
					0,
					caseIds.length,
					lastRowCase === caseCount - 1 ? caseIds.sharedWithPrevious : 0,
				);
		lastRowCase = caseCount;
		if (results.length === 0) {
			const report = reports.push(row, passedCode);
			counts.passed++;
			if (caseReruns > 0) {
				rerunsByReport.set(report, caseReruns);
			}

			if (Number.isFinite(caseDuration)) {
				reports.setDuration(report, caseDuration);
			}

			return;
		}

		// The id and file as strings of their own (not slices of the decoded XML), for the failures.
		let id: string | undefined;
		let file = '';
		let capturedParts: Array<{name: string; text: BodyHandle}> | undefined;
		for (const [index, result] of results.entries()) {
			const phase = result.outcome === 'error' ? result.phase : 'call';
			const report = reports.push(row, packReport(result.outcome, phase));
			counts[result.outcome]++;
			if (index === results.length - 1 && caseReruns > 0) {
				rerunsByReport.set(report, caseReruns);
			}

			if (Number.isFinite(caseDuration)) {
				reports.setDuration(report, caseDuration);
			}

			if (result.outcome !== 'failed' && result.outcome !== 'error') {
				continue;
			}

			if (id === undefined) {
				id = caseIds.bytes.toString('utf8', 0, caseIds.length);
				file = built.shared.text(caseIds.file);
			}

			onFailure?.(id, result.outcome);
			capturedParts ??= built.captured(captured);
			failures.push(
				built.failure(
					{
						id,
						file,
						outcome: result.outcome,
						phase,
						message:
							result.message === undefined
								? undefined
								: stripAnsi(withEscapedChars(result.message)),
						type: result.type,
						text: stripAnsi(withEscapedChars(result.text)),
						logLine: caseLine,
					},
					capturedParts,
				),
			);
		}
	};

	const closeTag = (tagName: string) => {
		switch (tagName) {
			case 'testcase': {
				const wasInCase = isInCase;
				isInCase = false;
				retryDepth = 0;
				textTarget = undefined;
				// An anonymous test case is no test (written after a KeyboardInterrupt), unless it holds pytest 7's
				// collection error of the session itself (a conftest.py below the rootdir that fails to import).
				const isSessionError =
					caseIds.isAnonymous &&
					results.some(result => result.phase === 'collect');
				if (wasInCase && caseIds.isInternal) {
					internalErrors++;
					if (internalErrors === 1) {
						warnings.push({
							line: caseLine,
							message: `pytest hit an INTERNALERROR (pseudo test case pytest.internal): ${internalHeadline(results)}`,
						});
					}
				} else if (wasInCase && (!caseIds.isAnonymous || isSessionError)) {
					closeCase();
				}

				break;
			}

			case 'flakyFailure':
			case 'flakyError':
			case 'rerunFailure':
			case 'rerunError': {
				if (isInCase) {
					retryDepth = Math.max(0, retryDepth - 1);
				}

				break;
			}

			case 'failure':
			case 'error':
			case 'skipped': {
				if (retryDepth === 0) {
					textTarget = undefined;
				}

				break;
			}

			case 'system-out':
			case 'system-err': {
				if (retryDepth > 0) {
					break;
				}

				if (isInCase && capturedText.trim()) {
					captured.push({
						name: capturedName,
						text: trimmed(stripAnsi(withEscapedChars(capturedText))),
					});
				}

				capturedText = '';
				textTarget = undefined;
				break;
			}

			default: {
				break;
			}
		}
	};

	try {
		await readXml(chunks, {openTag, text: onText, closeTag});
	} catch (error) {
		const {message, isTruncated} = describeXmlError(error as Error);
		throw new JunitError(
			isTruncated
				? `${name}: truncated XML (${message})`
				: `${name}: invalid XML (${message})`,
		);
	}

	if (!sawTestsuite) {
		throw new JunitError(
			`${name}: XML without <testsuite>: not a JUnit report`,
		);
	}

	// A suite that says it ran no tests is a report (pytest collected nothing), and so is one that holds only
	// pytest's INTERNALERROR (a run that died before its first test: read as an incomplete run of no test, with
	// the error in a warning); XML with neither (a `<testsuites>` of unknown elements) holds no results at all.
	if (reports.length === 0 && !saysNoTests && internalErrors === 0) {
		throw new JunitError(
			`${name}: holds no test results (no <testcase>, and no <testsuite tests="0">): not a JUnit report of a run`,
		);
	}

	counts.rerun = reruns;

	return {
		source,
		format: 'junit',
		header: {},
		tests: new TestList(ids, reports, {reruns: rerunsByReport}),
		failures,
		counts,
		complete: isComplete,
		warnings,
	};
}

/** What the first INTERNALERROR pseudo test case says went wrong (`internal-error.ts`), else its message. */
function internalHeadline(results: readonly CaseResult[]): string {
	const result = results.find(result => result.outcome === 'error');
	const lines = stripAnsi(result?.text ?? '')
		.split('\n')
		.map(line => line.replace(/^E(?:\s|$)/, '').trim())
		.filter(line => line.length > 0);
	return (
		internalErrorHeadline(lines) ??
		(result?.message === undefined ? undefined : stripAnsi(result.message)) ??
		'internal error'
	);
}

/** The phase of an `<error>`: pytest's message says a setup or teardown error; a collection error has no `::`. */
function errorPhase(message: string, caseIds: CaseIds): Phase {
	if (message.startsWith('failed on teardown')) {
		return 'teardown';
	}

	if (message.startsWith('failed on setup')) {
		return 'setup';
	}

	return message === 'collection failure' || !hasPair(caseIds, 0x3a)
		? 'collect'
		: 'call';
}

/** Whether the id read last has two `byte`s in a row (`::`). */
function hasPair(caseIds: CaseIds, byte: number): boolean {
	const {bytes, length} = caseIds;
	for (let index = 0; index + 1 < length; index++) {
		if (bytes[index] === byte && bytes[index + 1] === byte) {
			return true;
		}
	}

	return false;
}
