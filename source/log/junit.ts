import {
	emptyCounts,
	fileOfId,
	type CapturedSection,
	type Failure,
	type FailureListener,
	type Outcome,
	type Phase,
	type Run,
	type Warning,
} from './model.js';
import {describeMessage, describeTraceback} from './traceback.js';
import {stripAnsi} from './ansi.js';
import {
	BodyStore,
	SharedTexts,
	storedFailure,
	type BodyHandle,
} from './bodies.js';
import {IdColumn} from './id-column.js';
import {packReport, ReportRows, TestList} from './test-list.js';
import {describeXmlError, readXml, type XmlHandler} from './xml/read-xml.js';
import {namesTestModule, splitClassname} from './junit-ids.js';

/** Thrown for XML that cannot be read; read.ts turns it into a one-line LogError. */
export class JunitError extends Error {
	override name = 'JunitError';
}

type OpenCase = {
	id: string;
	file: string;
	outcome: Outcome;
	phase: Phase;
	message?: string;
	type?: string;
	text: string;
	captured: CapturedSection[];
	duration?: number;
	line: number;
	isPseudo: boolean;
	/** Earlier failed attempts written as Surefire's `<flakyFailure>` / `<rerunFailure>` (and `…Error`). */
	reruns: number;
	/** Results before the last one: pytest puts a setup error and a teardown error in one testcase. */
	earlier: Array<
		Pick<OpenCase, 'outcome' | 'phase' | 'message' | 'type' | 'text'>
	>;
};

function headlineOf(
	message: string | undefined,
	text: string,
	type: string | undefined,
): {headline: string; exceptionType?: string} {
	let first = message
		?.split('\n')
		.find(line => line.trim().length > 0)
		?.trim();
	const wrapped = first
		? /^failed on (?:setup|teardown|call) with "(.*)"?$/.exec(first)
		: null;
	if (wrapped) {
		first = wrapped[1]!.replace(/"$/, '');
	}

	if (first && first !== 'collection failure') {
		const described = describeMessage(first);
		if (!described.exceptionType && type && !first.startsWith(type)) {
			return {headline: `${type}: ${first}`, exceptionType: type};
		}

		return {
			headline: described.headline,
			...(described.exceptionType && {exceptionType: described.exceptionType}),
		};
	}

	const described = describeTraceback(text.split('\n'));
	return {
		headline: described.headline || (type ?? '(no message)'),
		...((described.exceptionType ?? type) && {
			exceptionType: described.exceptionType ?? type,
		}),
	};
}

/** Reads JUnit XML (pytest's or another tool's) from a stream of bytes, with a streaming parser. */
export async function parseJunitStream(
	chunks: AsyncIterable<Uint8Array>,
	name: string,
	source: string,
	onFailure?: FailureListener,
): Promise<Run> {
	// The reports as a table (ids written once, front coded) and the failures' texts in a store: a report of a
	// hundred thousand test cases keeps neither a string per test nor the decoded XML those would point into.
	const ids = new IdColumn();
	const reports = new ReportRows();
	const rerunsByReport = new Map<number, number>();
	const counts = emptyCounts();
	const bodies = new BodyStore();
	const shared = new SharedTexts();
	const failures: Failure[] = [];
	const warnings: Warning[] = [];
	let current: OpenCase | undefined;
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

	const openTag: XmlHandler['openTag'] = (tagName, tagAttributes, position) => {
		const attributes = tagAttributes as {
			classname?: string;
			name?: string;
			file?: string;
			time?: string;
			message?: string;
			type?: string;
			tests?: string;
		};
		switch (tagName) {
			case 'testsuite':
			case 'testsuites': {
				sawTestsuite = true;
				if (tagName === 'testsuite' && attributes.tests?.trim() === '0') {
					saysNoTests = true;
				}

				if (
					tagName === 'testsuite' &&
					attributes.name !== undefined &&
					attributes.name !== 'pytest'
				) {
					// Another tool's report (JUnit, Go, Jest…): its class names are not Python modules.
					isPytestSuite = false;
				}

				break;
			}

			case 'testcase': {
				const classname = attributes.classname ?? '';
				const testName = attributes.name ?? '';
				const isAnonymous = !classname && !testName;
				const isInternal = classname === 'pytest' && testName === 'internal';
				const isPython =
					isPytestSuite ||
					attributes.file !== undefined ||
					namesTestModule(classname);
				const {file, id} = isPython
					? splitClassname(
							classname,
							testName,
							attributes.file,
							isPytestSuite || namesTestModule(classname),
						)
					: {
							file: classname || testName,
							id: classname ? `${classname}::${testName}` : testName,
						};
				const time = Number(attributes.time);
				current = {
					id,
					file,
					outcome: 'passed',
					phase: 'call',
					text: '',
					captured: [],
					...(Number.isFinite(time) &&
						attributes.time !== undefined && {duration: time}),
					line: position.line,
					isPseudo: isAnonymous || isInternal,
					earlier: [],
					reruns: 0,
				};
				if (isInternal) {
					isComplete = false;
					warnings.push({
						line: position.line,
						message:
							'pytest hit an INTERNALERROR (pseudo test case pytest.internal)',
					});
				}

				break;
			}

			case 'flakyFailure':
			case 'flakyError':
			case 'rerunFailure':
			case 'rerunError': {
				// Maven Surefire's retries: a flaky… element is a failed attempt of a test that then passed, a
				// rerun… element one of a test that failed every time. Either is one rerun, as pytest counts them.
				if (current) {
					current.reruns++;
					retryDepth++;
					textTarget = undefined;
				}

				break;
			}

			case 'failure':
			case 'error':
			case 'skipped': {
				if (!current || retryDepth > 0) {
					break;
				}

				if (current.outcome !== 'passed') {
					const {outcome, phase, message, type, text} = current;
					current.earlier.push({outcome, phase, message, type, text});
					current.text = '';
					current.phase = 'call';
				}

				current.message =
					attributes.message === undefined
						? undefined
						: stripAnsi(attributes.message);
				current.type = attributes.type;
				textTarget = 'result';
				if (tagName === 'failure') {
					current.outcome = 'failed';
				} else if (tagName === 'error') {
					current.outcome = 'error';
					const message = attributes.message ?? '';
					current.phase = message.startsWith('failed on teardown')
						? 'teardown'
						: message.startsWith('failed on setup')
							? 'setup'
							: message === 'collection failure' || !current.id.includes('::')
								? 'collect'
								: 'call';
				} else {
					current.outcome =
						attributes.type === 'pytest.xfail' ? 'xfailed' : 'skipped';
				}

				break;
			}

			case 'system-out':
			case 'system-err': {
				if (current && retryDepth === 0) {
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

	const onText = (text: string) => {
		if (!current) {
			return;
		}

		if (textTarget === 'result') {
			current.text += stripAnsi(text);
		} else if (textTarget === 'captured') {
			capturedText += stripAnsi(text);
		}
	};

	const closeTag = (tagName: string) => {
		switch (tagName) {
			case 'flakyFailure':
			case 'flakyError':
			case 'rerunFailure':
			case 'rerunError': {
				if (current) {
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

				if (current && capturedText.trim()) {
					current.captured.push({
						name: capturedName,
						text: capturedText.replaceAll(/^\n+|\s+$/g, ''),
					});
				}

				textTarget = undefined;
				break;
			}

			case 'testcase': {
				const test = current;
				current = undefined;
				retryDepth = 0;
				if (!test || test.isPseudo) {
					break;
				}

				reruns += test.reruns;
				const row = ids.appendTextOnce(test.id);
				// The id and file as strings of their own (not slices of the decoded XML), for the failures.
				const id = ids.idAt(row);
				const file =
					fileOfId(id) === test.file ? fileOfId(id) : shared.text(test.file);
				let captured: Array<{name: string; text: BodyHandle}> | undefined;
				for (const result of [...test.earlier, test]) {
					const phase = result.outcome === 'error' ? result.phase : 'call';
					const report = reports.push(row, packReport(result.outcome, phase));
					counts[result.outcome]++;
					if (result === test && test.reruns > 0) {
						rerunsByReport.set(report, test.reruns);
					}

					if (test.duration !== undefined) {
						reports.setDuration(report, test.duration);
					}

					if (result.outcome === 'failed' || result.outcome === 'error') {
						onFailure?.(test.id, result.outcome);
						const {headline, exceptionType} = headlineOf(
							result.message,
							result.text,
							result.type,
						);
						const described = describeTraceback(result.text.split('\n'));
						captured ??= test.captured.map(section => ({
							name: shared.text(section.name),
							text: bodies.add(section.text),
						}));
						failures.push(
							storedFailure(
								shared.fields({
									id,
									file,
									outcome: result.outcome,
									phase,
									headline,
									...(exceptionType && {exceptionType}),
									...(described.location && {location: described.location}),
									logLine: test.line,
								}),
								{
									store: bodies,
									traceback: bodies.add(
										result.text.replaceAll(/^\n+|\s+$/g, ''),
									),
									captured,
								},
							),
						);
					}
				}

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

	// A suite that says it ran no tests is a report (pytest collected nothing); XML with no test case
	// and no such suite (a `<testsuites>` of unknown elements) holds no results at all.
	if (reports.length === 0 && !saysNoTests) {
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
