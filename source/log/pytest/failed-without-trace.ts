/**
Whether a report is `pytest.fail(msg, pytrace=False)`'s (pytest's own ScopeMismatch is one): pytest prints the message
alone, with no traceback, while its XML (and pytest 9's short summary) say `Failed: msg`. The summary's message says so
when it is there; when the summary leaves it out (an id that fills the line), the report's shape and the pytest version do.
*/
import {holdsNativeNote} from '../headline.js';

/** What the report's traceback says (`describeTraceback`). */
type Described = {readonly headline: string; readonly exceptionType?: string};

/** pytest 9's report of a test whose own call passed and whose subtests failed. */
const failedSubtests = /^contains \d+ failed subtests?$/;

export function isFailedWithoutTrace(
	described: Described,
	/** The report's lines, blank ones around them dropped. */
	body: readonly string[],
	summaryMessage: string | undefined,
	/**
	The pytest is 8 or later (its XML says `Failed: msg`; 7.2's says `msg`), as the header or the log's tracebacks say;
	undefined when nothing does (`-q`). Asked only when the summary has no message for the report.
	*/
	isPytest8: () => boolean | undefined,
): boolean {
	const {headline} = described;
	// A unittest error pytest displays natively is a fail(pytrace=False) whose text is the exception's own print. pytest
	// 9 fails a test that passed but whose subtests failed with a text of its own, not a fail(): its XML says the text.
	if (
		headline.startsWith('Failed: ') ||
		failedSubtests.test(headline) ||
		body.some(line => holdsNativeNote(line))
	) {
		return false;
	}

	if (summaryMessage === undefined || summaryMessage === '...') {
		return (
			(isPytest8() ??
				// With no header, pytest 8's ScopeMismatch text says which pytest it is (7.2's ends `involved factories:`).
				/^ScopeMismatch: .* Requesting fixture stack:$/.test(headline)) &&
			isMessageOnly(body, headline)
		);
	}

	if (summaryMessage.startsWith('Failed: ')) {
		// A message that reads like an exception (pytest 9's `ScopeMismatch: …`) is the summary's after its `Failed: `.
		return (
			!described.exceptionType ||
			startsAlike(headline, summaryMessage.slice('Failed: '.length))
		);
	}

	// Cut before its `Failed: ` ended (`Failed...`).
	return startsAlike(`Failed: ${headline}`, summaryMessage);
}

const workerLine = /^\[gw\d+] \S+ -- Python \d/;
const chainSeparator =
	/^(?:During handling of the above exception, another exception occurred:|The above exception was the direct cause of the following exception:)$/;

/**
\`pytest.fail(msg, pytrace=False)\` raised while another exception was handled (pytest's own \`Error evaluating 'skipif'
condition\`, a plugin's \`except\` that fails the test): pytest prints each exception of the chain as its message alone,
joined by Python's \`During handling of the above exception …\` line. The headline as the XML says it: pytest 8 and later,
\`Failed: \` and the fail's message (the chain's last); 7.2 writes the whole text, which starts with the first exception's
message. Undefined for any other report.
*/
export function chainedFailHeadline(
	/** The report's lines, blank ones around them dropped. */
	body: readonly string[],
	isPytest8: () => boolean | undefined,
): string | undefined {
	// Under xdist the report starts with its worker's `[gw0] linux -- Python …` line.
	const report = workerLine.test(body[0] ?? '') ? body.slice(1) : body;
	const last = report.findLastIndex(line => chainSeparator.test(line));
	if (last === -1 || !isMessageOnly(report, report[0]!)) {
		return undefined;
	}

	if (isPytest8()) {
		const message = report.slice(last + 1).find(line => line.length > 0);
		return message === undefined ? undefined : `Failed: ${message}`;
	}

	return report[0];
}

/**
A report that is its exception's message alone, as pytest prints `pytest.fail(msg, pytrace=False)`: no `E` line, no
source line, no native traceback; xdist's `[gw0] linux -- Python …` may lead. Two reports of that shape are plain text
with no exception behind them, and the XML says them as they are: a strict xfail that passed (`[XPASS(strict)] reason`)
and xdist's crashed worker (`worker 'gw0' crashed while running …`). A unittest error pytest displays natively is such
a fail too, but what it says is Python's print of the exception (its last line, with no frames when the exception has
no traceback: Twisted trial's), which the XML takes as the headline.
*/
function isMessageOnly(body: readonly string[], headline: string): boolean {
	if (
		body.length === 0 ||
		headline.startsWith('[XPASS(strict)]') ||
		headline.startsWith('worker ') ||
		body.some(line => holdsNativeNote(line))
	) {
		return false;
	}

	return body.every(
		line =>
			!/^(?:E {2,}|>|Traceback \(most recent call last\):|\s+File ")/.test(
				line,
			),
	);
}

/** Whether the headline starts as the summary's message does (cut with `...` or whole). */
function startsAlike(headline: string, message: string): boolean {
	const start = message.endsWith('...') ? message.slice(0, -3) : message;
	return start.length > 0 && headline.startsWith(start);
}

/** A column marker under a traceback's source line (`^^^^^^^^^^^`, Python 3.11+'s error position). */
const columnCarets = /^\s+[~^]*\^[~^]*$/;

/** A `--tb=short` frame's first line: `path:line: in function`. */
const shortFrameLine = /^\S+:\d+: in \S+$/;

/** An assertion's first `E` line (`E       assert 'a' == 'b'`, `E   AssertionError: assert …`): its indentation. */
const assertionLine = /^E( +)(?:AssertionError: )?assert .* == /;
/** The explanations pytest 7.2 too starts with a blank line: a dataclass's, attrs' or namedtuple's. */
const classExplanation =
	/^E +(?:Omitting \d|Matching attributes:|Differing attributes:)/;

/**
Whether a report of the log shows what pytest 8 and later print and 7.2 does not; with no header (`-q`), it is what
says the log's pytest is 8 or later. Two such shapes:
- the failing column marked under its source line: under the `>` line (`--tb=long`, `auto`) or the line after
  `path:line: in function` (`--tb=short`). pytest 7.2 prints the line alone; Python's own tracebacks (`--tb=native`, a
  test's output) mark it under `File "…"` frames, never there;
- an assertion's explanation set apart from its first line by a blank `E` line (`E       AssertionError: assert 'a' ==
  'b'`, then `E` and two more spaces, then the diff). pytest 7.2 does so only for a dataclass, attrs or namedtuple
  (`Omitting 1 identical items…`, `Differing attributes:`). A copy of the log whose trailing spaces were cut shows none.
*/
export function showsPytest8Shapes(
	entries: Iterable<{readonly traceback: readonly string[]}>,
): boolean {
	for (const entry of entries) {
		const lines = entry.traceback;
		for (let index = 1; index < lines.length; index++) {
			const source = lines[index - 1]!;
			if (
				(source.startsWith('>') ||
					(index >= 2 &&
						source.startsWith('    ') &&
						shortFrameLine.test(lines[index - 2]!))) &&
				columnCarets.test(lines[index]!)
			) {
				return true;
			}

			if (source.startsWith('E') && separatesExplanation(lines, index - 1)) {
				return true;
			}
		}
	}

	return false;
}

/** `lines[index]` is an assertion's first `E` line, and pytest 8's blank `E` line follows it (`showsPytest8Shapes`). */
function separatesExplanation(
	lines: readonly string[],
	index: number,
): boolean {
	const indent = assertionLine.exec(lines[index]!)?.[1];
	const after = lines[index + 2];
	return (
		indent !== undefined &&
		// `E` alone: the same, from a terminal copy that trimmed the spaces at the ends of lines.
		(lines[index + 1] === `E${indent}  ` || lines[index + 1] === 'E') &&
		after?.startsWith('E') === true &&
		!classExplanation.test(after)
	);
}
